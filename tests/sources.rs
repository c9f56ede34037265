//! Every fact the app shows must be cited: a blank basis, a missing URL, a weak source without a
//! doubt note or a duplicated id fails the test run.

use congdanso::law::all_sources;

#[test]
fn every_source_is_complete() {
    let problems: Vec<String> = all_sources().iter().flat_map(|s| s.problems()).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn source_ids_are_unique() {
    let mut ids: Vec<&str> = all_sources().iter().map(|s| s.id).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate source id");
}
