//! Deadlines counted from life-event dates, each at its boundary and naming its basis.

use congdanso::content::catalog::Span;
use congdanso::content::events::{deadline_state, last_day, plan, DeadlineState, EventAnswers, LifeEvent};
use congdanso::law::date::Date;
use congdanso::law::holidays::add_working_days;

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

#[test]
fn birth_registration_within_60_days() {
    // Luật Hộ tịch 2014 Điều 15: within 60 days of the birth.
    let born = d(2026, 11, 15);
    assert_eq!(last_day(born, Span::Days(60)), d(2027, 1, 14));
    assert_eq!(deadline_state(born, Span::Days(60), d(2026, 12, 7)), DeadlineState::Due { on: d(2027, 1, 14), days_left: 38 });
    assert_eq!(deadline_state(born, Span::Days(60), d(2027, 1, 14)), DeadlineState::Due { on: d(2027, 1, 14), days_left: 0 }, "day 60");
    assert_eq!(deadline_state(born, Span::Days(60), d(2027, 1, 15)), DeadlineState::Overdue { on: d(2027, 1, 14), days_late: 1 }, "day 61");
}

#[test]
fn death_registration_within_15_days() {
    // Luật Hộ tịch 2014 Điều 33.
    assert_eq!(last_day(d(2026, 12, 1), Span::Days(15)), d(2026, 12, 16));
    assert_eq!(last_day(d(2024, 2, 20), Span::Days(15)), d(2024, 3, 6), "across 29/02/2024");
    // BLDS 2015 Điều 148 khoản 5: a last day on a weekend or day off moves to the next working day.
    assert_eq!(last_day(d(2026, 10, 2), Span::Days(15)), d(2026, 10, 19), "Saturday 17/10 → Monday 19/10");
    assert_eq!(last_day(d(2026, 2, 2), Span::Days(15)), d(2026, 2, 23), "17/02/2026 is Tết → Monday 23/02");
    assert_eq!(deadline_state(d(2026, 10, 2), Span::Days(15), d(2026, 10, 19)), DeadlineState::Due { on: d(2026, 10, 19), days_left: 0 });
}

#[test]
fn months_end_on_the_corresponding_day_or_the_last_day() {
    // Unemployment benefit: 3 months; BLDS 2015 Điều 148 khoản 3.
    assert_eq!(last_day(d(2026, 8, 31), Span::Months(3)), d(2026, 11, 30));
    assert_eq!(last_day(d(2026, 11, 30), Span::Months(3)), d(2027, 3, 1), "28/02/2027 is a Sunday: next working day (Điều 148 khoản 5)");
    assert_eq!(last_day(d(2027, 11, 30), Span::Months(3)), d(2028, 2, 29));
}

#[test]
fn a_birth_plan_follows_the_answers_and_counts_the_deadline() {
    let answers = EventAnswers { date: Some(d(2026, 11, 15)), permanent: true, eid_level_2: true, foreigner: false };
    let steps = plan(LifeEvent::Birth, answers, d(2026, 12, 7));
    // Nghị định 301/2026/NĐ-CP (from 01/09/2026): the linked group issues the child's ID card too.
    assert_eq!(steps.iter().map(|s| s.service.id).collect::<Vec<_>>(), vec!["lien-thong-khai-sinh"]);
    assert_eq!(steps[0].deadline, Some(DeadlineState::Due { on: d(2027, 1, 14), days_left: 38 }));
    let before = plan(LifeEvent::Birth, EventAnswers { date: Some(d(2026, 8, 1)), ..answers }, d(2026, 8, 31));
    assert_eq!(
        before.iter().map(|s| s.service.id).collect::<Vec<_>>(),
        vec!["lien-thong-khai-sinh", "the-can-cuoc"],
        "until 31/08/2026 the card is a step of its own"
    );
    assert_eq!(before[1].deadline, None);
    let without = plan(LifeEvent::Birth, EventAnswers { eid_level_2: false, ..answers }, d(2026, 12, 7));
    assert_eq!(without[0].service.id, "dang-ky-khai-sinh");
    let temporary = plan(LifeEvent::Birth, EventAnswers { permanent: false, eid_level_2: false, ..answers }, d(2026, 12, 7));
    assert_eq!(temporary[1].service.id, "dang-ky-tam-tru");
    assert_eq!(temporary[1].deadline, None, "a newborn's temporary residence does not count 30 days from the birth");
    let moving = plan(LifeEvent::Moving, EventAnswers { date: Some(d(2026, 10, 1)), permanent: false, eid_level_2: false, foreigner: false }, d(2026, 11, 5));
    assert_eq!(
        moving[0].deadline,
        Some(DeadlineState::Obligation { since: d(2026, 10, 31), started: true }),
        "Luật Cư trú Điều 27 khoản 1: registration is due once a stay reaches 30 days; no filing deadline, no days late"
    );
    let early = plan(LifeEvent::Moving, EventAnswers { date: Some(d(2026, 11, 1)), permanent: false, eid_level_2: false, foreigner: false }, d(2026, 11, 5));
    assert_eq!(early[0].deadline, Some(DeadlineState::Obligation { since: d(2026, 12, 1), started: false }));
}

/// Luật Hộ tịch 2014 Điều 15, 33 hold to 28/02/2027; Luật Hộ tịch 03/2026/QH16 replaces it on
/// 01/03/2027 and its deadlines were not read: no countdown is extrapolated past 28/02/2027.
#[test]
fn civil_status_deadlines_on_both_sides_of_01_03_2027() {
    let birth = |born: Date| {
        plan(LifeEvent::Birth, EventAnswers { date: Some(born), permanent: true, eid_level_2: false, foreigner: false }, d(2026, 12, 20))[0].deadline
    };
    let unknown = Some(DeadlineState::RuleUnknownAfter { known_until: d(2027, 2, 28) });
    assert_eq!(birth(d(2026, 12, 15)), Some(DeadlineState::Due { on: d(2027, 2, 15), days_left: 57 }), "day 60 is Saturday 13/02 → Monday 15/02");
    assert_eq!(birth(d(2026, 12, 31)), unknown, "day 60 is 01/03/2027, past the known rule");
    assert_eq!(birth(d(2027, 3, 1)), unknown, "born under the new law");
    let death = |died: Date| {
        plan(LifeEvent::Death, EventAnswers { date: Some(died), permanent: false, eid_level_2: false, foreigner: false }, d(2027, 2, 12))[0].deadline
    };
    assert_eq!(death(d(2027, 2, 10)), Some(DeadlineState::Due { on: d(2027, 2, 25), days_left: 13 }));
    assert_eq!(death(d(2027, 2, 13)), unknown, "day 15 is Sunday 28/02 → Monday 01/03, past the known rule");
}

#[test]
fn processing_across_tet_counts_working_days() {
    // Temporary residence: 3 working days (procedure record); Tết 16–20/02/2026 (Thông báo 9441/TB-BNV).
    assert_eq!(add_working_days(d(2026, 2, 13), 3).date, d(2026, 2, 25));
    // Permanent residence: 7 working days from Friday 24/01/2025 across Tết Ất Tỵ.
    assert_eq!(add_working_days(d(2025, 1, 24), 7).date, d(2025, 2, 11));
}

/// A guest staying: a Vietnamese guest is a notice of stay (Luật Cư trú); a foreign guest is the
/// host's declaration of temporary residence (Luật 47/2014/QH13, Điều 33 as amended by Luật
/// 23/2023/QH15: online at once, or the paper form within 12 hours, 24 in remote areas), free,
/// with the fine of Nghị định 282/2025/NĐ-CP cited beside it.
#[test]
fn a_foreign_guest_is_declared_by_the_host_within_12_hours() {
    use congdanso::content::catalog::{Channel, CountsFrom, Fee};
    let today = d(2026, 12, 2);
    let vietnamese = plan(LifeEvent::Guest, EventAnswers::default(), today);
    assert_eq!(vietnamese.iter().map(|s| s.service.id).collect::<Vec<_>>(), vec!["thong-bao-luu-tru"]);
    let foreign = plan(LifeEvent::Guest, EventAnswers { foreigner: true, ..EventAnswers::default() }, today);
    assert_eq!(foreign.iter().map(|s| s.service.id).collect::<Vec<_>>(), vec!["khai-bao-tam-tru-nguoi-nuoc-ngoai"]);
    assert_eq!(foreign[0].deadline, None, "counted in hours from the arrival: no date is counted");
    let s = foreign[0].service;
    let deadline = s.deadline.expect("a time limit");
    assert_eq!((deadline.span, deadline.counts_from), (Span::Hours(12), CountsFrom::GuestArrival));
    assert!(deadline.source.basis.contains("Điều 33") && deadline.source.basis.contains("23/2023/QH15"));
    let fine = deadline.penalty.expect("the fine is cited");
    assert!(fine.basis.contains("282/2025/NĐ-CP") && fine.needs_verification(), "the decree's own wording was not read");
    assert!(deadline.overdue.vi.contains("3 đến 5 triệu đồng"));
    assert_eq!(s.fee, Fee::Free);
    assert!(s.channels.iter().any(|c| c.channel == Channel::MpsPortal) && s.channels.iter().any(|c| matches!(c.channel, Channel::InPerson(_))));
    assert!(s.problems().is_empty(), "{:?}", s.problems());
    assert!(s.sources().iter().any(|src| src.id == "decree-282-2025-art-21"), "the fine's source is among the service's sources");
    let words = congdanso::ui::text::services::deadline_line(congdanso::ui::text::Lang::Vi, deadline);
    assert!(words.starts_with("Trong 12 giờ kể từ khi khách đến (24 giờ ở vùng sâu, vùng xa)"), "{words}");
    // Only the guest event asks it.
    assert!(LifeEvent::ALL.iter().filter(|e| e.asks_foreigner()).eq([LifeEvent::Guest].iter()));
}
