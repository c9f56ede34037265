//! The rules layer: pure Rust, no yew, web-sys or gloo. Dated, cited facts and the functions over
//! them. Nothing here reads the clock, the DOM or storage: callers pass "today" in.

pub mod date;
pub mod id_number;
pub mod source;

use source::Source;

/// Every source the rules cite, for the validation the test suite runs.
pub fn all_sources() -> Vec<&'static Source> {
    vec![&id_number::STRUCTURE, &id_number::PROVINCE_TABLE, &id_number::CMND_ENDED]
}
