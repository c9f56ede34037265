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
    // Every reason the card and e-ID rules give, over every card held, on dates across the changes.
    use congdanso::law::card::{card_answer, CardAnswers, CardHeld, PrintedExpiry};
    use congdanso::law::date::Date;
    use congdanso::law::digital_citizen::{Answer, DigitalCitizen};
    use congdanso::law::eid::{eid_outcome, AccountStatus, EidAnswers, Nationality};
    let days = [Date::ymd(2024, 10, 1), Date::ymd(2025, 8, 12), Date::ymd(2026, 8, 18), Date::ymd(2026, 11, 24), Date::ymd(2027, 3, 1)];
    for as_of in days {
        for held in CardHeld::ALL {
            for (born, issued) in
                [(Date::ymd(1990, 1, 1), Date::ymd(2021, 6, 1)), (Date::ymd(2015, 5, 1), Date::ymd(2024, 8, 1)), (Date::ymd(1960, 1, 1), Date::ymd(2010, 1, 1))]
            {
                for admin_change in [false, true] {
                    let digital = DigitalCitizen { level_2: Answer::Yes, basic_items: Answer::Yes, document: Answer::Unknown };
                    let a = CardAnswers {
                        born,
                        held,
                        issued_on: Some(issued),
                        printed_expiry: Some(PrintedExpiry::Never),
                        exempt_group: false,
                        digital,
                        admin_change,
                    };
                    for r in card_answer(&a, as_of).reasons {
                        assert!(registered.contains(&r.source.id), "card reason {:?} cites unregistered {}", r.because, r.source.id);
                    }
                }
            }
        }
        for nationality in [Nationality::Vietnamese, Nationality::ForeignerWithCard, Nationality::ForeignerWithoutCard] {
            for status in [AccountStatus::NoAccount, AccountStatus::Level1, AccountStatus::Locked, AccountStatus::LostPhone, AccountStatus::ChangedNumber] {
                let a = EidAnswers {
                    nationality,
                    born: Date::ymd(2000, 1, 1),
                    card: Some(CardHeld::CccdChip),
                    card_expiry: Some(PrintedExpiry::Never),
                    own_number: true,
                    status,
                };
                let o = eid_outcome(&a, as_of);
                for r in &o.reasons {
                    assert!(registered.contains(&r.source.id), "e-ID reason {:?} cites unregistered {}", r.because, r.source.id);
                }
                for s in o.doubts() {
                    assert!(registered.contains(&s.id), "e-ID doubt {}", s.id);
                }
            }
        }
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
