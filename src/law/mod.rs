//! The rules layer: pure Rust, no yew, web-sys or gloo. Dated, cited facts and the functions over
//! them. Nothing here reads the clock, the DOM or storage: callers pass "today" in.

pub mod card;
pub mod card_facts;
pub mod card_qr;
pub mod date;
pub mod digital_citizen;
pub mod eid;
pub mod eid_facts;
pub mod fact;
pub mod holidays;
pub mod id_number;
pub mod in_words;
pub mod source;

use source::Source;

use fact::CheckedFact;

/// Every source the rules cite (the catalog's are in `content::services::sources`; both are
/// joined in `crate::sources::all`).
pub fn sources() -> Vec<&'static Source> {
    let mut all = vec![&id_number::STRUCTURE, &id_number::PROVINCE_TABLE, &id_number::CMND_ENDED, &id_number::ADMIN_CODES_2025];
    all.extend(card_facts::sources());
    all.extend(holidays::sources());
    all.extend(eid_facts::sources());
    all.extend(digital_citizen::sources());
    all
}

/// Every dated fact, for the validation the test suite runs.
pub fn all_facts() -> Vec<&'static dyn CheckedFact> {
    vec![
        &card_facts::CARD_RENEWAL_AGES,
        &card_facts::CARD_FEE_RATES,
        &card_facts::CARD_FEE_REDUCTION,
        &card_facts::CARD_PROCESSING,
        &digital_citizen::WAIVER_WINDOW,
    ]
}
