//! Every fact the app shows must be cited: a blank basis, a missing URL, a weak source without a
//! doubt note or a duplicated id fails the test run.

use congdanso::sources::all as all_sources;

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

#[test]
fn every_dated_fact_is_well_formed_and_cites_a_registered_source() {
    let registered: Vec<&str> = all_sources().iter().map(|s| s.id).collect();
    for fact in congdanso::law::all_facts() {
        assert_eq!(fact.problems(), Vec::<String>::new(), "{}", fact.id());
        for source in fact.source_list() {
            assert!(registered.contains(&source.id), "{} cites unregistered source {}", fact.id(), source.id);
        }
    }
}

#[test]
fn every_source_a_card_reason_or_holiday_cites_is_registered() {
    use congdanso::law::holidays::{DAYS_OFF, SATURDAYS_WORKED};
    let registered: Vec<&str> = all_sources().iter().map(|s| s.id).collect();
    for off in DAYS_OFF {
        assert!(registered.contains(&off.source.id), "{}", off.date);
    }
    for (date, source) in SATURDAYS_WORKED {
        assert!(registered.contains(&source.id), "{date}");
    }
}
