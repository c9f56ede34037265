//! Content: the catalog of public services (data with a schema) and search over it.
//! No web types here; the UI renders it.

pub mod catalog;
pub mod checklist;
pub mod events;
pub mod form_draft;
pub mod forms;
pub mod not_needed;
pub mod savings;
pub mod search;
pub mod services;
pub mod vneid_safety;

use catalog::Service;

/// Services whose name (Vietnamese or English) the query finds, in catalog order.
pub fn search(query: &str) -> Vec<&'static Service> {
    let Some(query) = search::Query::new(query) else { return Vec::new() };
    services::SERVICES.iter().filter(|s| query.finds(s.name.vi) || query.finds(s.name.en)).collect()
}
