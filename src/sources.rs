//! The one registry of every source the app cites: the rules' and the catalog's. The test suite
//! checks each is complete, unique and registered; the sources page lists them.

use crate::law::source::Source;

/// Every source the app cites, rules first, then the catalog.
pub fn all() -> Vec<&'static Source> {
    let mut all = crate::law::sources();
    all.extend(crate::content::services::sources());
    all
}
