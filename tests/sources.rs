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

/// The sources page lists every source the app cites exactly once, and every dated fact's
/// windows appear on the rows of the sources they rest on.
#[test]
fn the_sources_page_lists_every_source_once() {
    let rows = congdanso::sources::rows();
    for source in all_sources() {
        assert_eq!(rows.iter().filter(|r| r.source.id == source.id).count(), 1, "{}", source.id);
    }
    assert_eq!(rows.len(), all_sources().len());
    for fact in congdanso::sources::facts() {
        for (source, from, to) in fact.windows() {
            let row = rows.iter().find(|r| r.source.id == source.id).expect("registered");
            assert!(row.windows.contains(&(from, to)), "{}: window of {}", source.id, fact.id());
        }
    }
    let card = rows.iter().find(|r| r.source.id == "qd-5230-2026").expect("QĐ 5230 listed");
    assert!(card.services.contains(&"the-can-cuoc"), "the card service rests on QĐ 5230");
}
