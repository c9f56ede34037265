//! Golden cases for the Căn cước card calculator, each at a boundary and naming its basis.

use congdanso::law::card::*;
use congdanso::law::card_facts as facts;
use congdanso::law::date::Date;
use congdanso::law::digital_citizen::{Answer, Conditions, DigitalCitizen, WaiverVerdict};

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

fn ask(born: Date, held: CardHeld, issued: Option<Date>, expiry: Option<PrintedExpiry>, as_of: Date) -> CardAnswer {
    let a = CardAnswers { born, held, issued_on: issued, printed_expiry: expiry, exempt_group: false, digital: DigitalCitizen::default(), admin_change: false };
    assert_eq!(check_answers(&a, as_of), vec![], "answers should be acceptable");
    card_answer(&a, as_of)
}

fn can_cuoc(born: Date, issued: Date, as_of: Date) -> CardAnswer {
    ask(born, CardHeld::CanCuoc, Some(issued), None, as_of)
}

fn has(answer: &CardAnswer, b: Because) -> bool {
    answer.reasons.iter().any(|r| r.because == b)
}

/// Luật Căn cước 26/2023/QH15 Điều 21: renew at 14, 25, 40, 60; a card issued within 2 years
/// before an age stays valid to the next one.
#[test]
fn milestones_and_the_two_year_window() {
    // (born, issued, expected expiry; None = for life, why)
    let cases: [(Date, Date, Option<AgeOn>, &str); 8] = [
        (d(2001, 8, 1), d(2024, 7, 31), Some((25, d(2026, 8, 1))), "day before the 2-year window of 25"),
        (d(2001, 8, 1), d(2024, 8, 1), Some((40, d(2041, 8, 1))), "first day of the window of 25 (inclusive)"),
        (d(2012, 10, 10), d(2024, 10, 9), Some((14, d(2026, 10, 10))), "day before the window of 14"),
        (d(2012, 10, 10), d(2024, 10, 10), Some((25, d(2037, 10, 10))), "first day of the window of 14"),
        (d(1966, 9, 1), d(2024, 8, 31), Some((60, d(2026, 9, 1))), "day before the window of 60"),
        (d(1966, 9, 1), d(2024, 9, 1), None, "issued at 58: for life"),
        (d(1950, 1, 1), d(2025, 1, 1), None, "issued after 60: for life"),
        (d(1985, 5, 20), d(2025, 5, 21), Some((60, d(2045, 5, 20))), "issued the day after turning 40"),
    ];
    for (born, issued, want, why) in cases {
        let a = can_cuoc(born, issued, d(2026, 7, 15));
        let expiry = want.map(|(_, on)| on);
        match expiry {
            Some(on) if on >= d(2026, 7, 15) => assert_eq!(a.validity, Validity::Valid { until: Some(on) }, "{why}"),
            Some(on) => assert_eq!(a.validity, Validity::Expired { since: on.add_days(1) }, "{why}"),
            None => assert_eq!(a.validity, Validity::Valid { until: None }, "{why}"),
        }
        match want {
            Some((age, on)) => assert!(has(&a, Because::ExpiresAtMilestone { age, on }), "{why}: {:?}", a.reasons),
            None => assert!(a.reasons.iter().any(|r| matches!(r.because, Because::ForLife { .. })), "{why}"),
        }
    }
}

#[test]
fn the_day_of_the_milestone_is_the_last_valid_day() {
    // Điều 21: renew when reaching the age; the printed "valid until" is that birthday.
    let on = can_cuoc(d(2001, 8, 1), d(2024, 7, 31), d(2026, 8, 1));
    assert_eq!(on.validity, Validity::Valid { until: Some(d(2026, 8, 1)) });
    assert_eq!(on.next_renewal, Some((25, d(2026, 8, 1))));
    assert_eq!(on.procedure, Procedure::Nothing);
    let after = can_cuoc(d(2001, 8, 1), d(2024, 7, 31), d(2026, 8, 2));
    assert_eq!(after.validity, Validity::Expired { since: d(2026, 8, 2) });
    assert_eq!(after.procedure, Procedure::Renewal);
    assert_eq!(after.channel, Some(Channel::InPersonCommunePolice));
}

#[test]
fn born_on_29_february() {
    // BLDS 2015 Điều 148 khoản 3 (by analogy): in a common year the birthday falls on 28/02.
    let a = can_cuoc(d(2012, 2, 29), d(2025, 3, 1), d(2026, 11, 24));
    // The window of 14 opens on the 12th birthday, 29/02/2024 (a leap year), not 28/02.
    assert!(has(&a, Because::GraceWindow { skipped_age: 14, window_from: d(2024, 2, 29) }), "{:?}", a.reasons);
    assert_eq!(a.validity, Validity::Valid { until: Some(d(2037, 2, 28)) });
    let b = can_cuoc(d(2000, 2, 29), d(2025, 3, 1), d(2026, 11, 24));
    assert_eq!(b.validity, Validity::Valid { until: Some(d(2040, 2, 29)) }, "2040 is a leap year");
    // Luật Căn cước Điều 19: must have a card from 14.
    let before = ask(d(2012, 2, 29), CardHeld::NoCard, None, None, d(2026, 2, 27));
    let on = ask(d(2012, 2, 29), CardHeld::NoCard, None, None, d(2026, 2, 28));
    assert_eq!((before.age, before.must_have_card, before.procedure), (13, false, Procedure::FirstIssueUnder14));
    assert_eq!((on.age, on.must_have_card, on.procedure), (14, true, Procedure::FirstIssue));
}

/// Điều 46 khoản 1: a CCCD issued before 01/07/2024 is valid until its printed expiry; the old
/// law's ages (Luật 59/2014 Điều 21: 25, 40, 60) give that date when it is not typed.
#[test]
fn old_cccd_cards() {
    let printed = ask(d(1990, 3, 15), CardHeld::CccdChip, Some(d(2021, 5, 1)), Some(PrintedExpiry::On(d(2030, 3, 15))), d(2026, 11, 24));
    assert_eq!(printed.validity, Validity::Valid { until: Some(d(2030, 3, 15)) });
    assert_eq!(printed.next_renewal, Some((40, d(2030, 3, 15))));
    assert_eq!(printed.procedure, Procedure::OptionalSwap);
    assert!(has(&printed, Because::PrintedExpiryGoverns { until: Some(d(2030, 3, 15)) }));
    let computed = ask(d(1998, 1, 1), CardHeld::CccdNoChip, Some(d(2021, 6, 1)), None, d(2026, 11, 24));
    assert!(has(&computed, Because::GraceWindow { skipped_age: 25, window_from: d(2021, 1, 1) }));
    assert_eq!(computed.validity, Validity::Valid { until: Some(d(2038, 1, 1)) });
    let never = ask(d(1955, 1, 1), CardHeld::CccdChip, None, Some(PrintedExpiry::Never), d(2026, 11, 24));
    assert_eq!(never.validity, Validity::Valid { until: None });
    assert_eq!(never.next_renewal, None);
}

/// Điều 46 khoản 3: expiring 15/01/2024 – 29/06/2024 → valid to 30/06/2024.
#[test]
fn cards_that_expired_in_the_first_half_of_2024_were_extended() {
    let cccd = ask(d(1999, 5, 20), CardHeld::CccdChip, Some(d(2021, 6, 10)), None, d(2024, 7, 1));
    assert!(has(&cccd, Because::ExtendedToJune2024));
    assert_eq!(cccd.validity, Validity::Expired { since: d(2024, 7, 1) });
    assert_eq!(cccd.procedure, Procedure::Renewal);
    let outside = ask(d(1999, 7, 20), CardHeld::CccdChip, Some(d(2021, 6, 10)), None, d(2024, 7, 1));
    assert!(!has(&outside, Because::ExtendedToJune2024), "expires 20/07/2024, after the window");
    assert_eq!(outside.validity, Validity::Valid { until: Some(d(2024, 7, 20)) });
}

/// Điều 46 khoản 2: CMND valid at most until 31/12/2024; TT 04/1999: 15 years from issue.
#[test]
fn old_cmnd_cards() {
    let last_day = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2015, 1, 1)), None, d(2024, 12, 31));
    assert_eq!(last_day.validity, Validity::Valid { until: Some(d(2024, 12, 31)) });
    let ended = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2015, 1, 1)), None, d(2025, 1, 1));
    assert_eq!(ended.validity, Validity::Expired { since: d(2025, 1, 1) });
    assert!(has(&ended, Because::CmndEnded));
    assert_eq!((ended.procedure, ended.fee), (Procedure::FirstIssue, Fee::None));
    let fifteen = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2009, 9, 1)), None, d(2024, 9, 1));
    assert_eq!(fifteen.validity, Validity::Valid { until: Some(d(2024, 9, 1)) });
    let past = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2009, 9, 1)), None, d(2024, 9, 2));
    assert_eq!(past.validity, Validity::Expired { since: d(2024, 9, 2) });
    let long_ago = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2005, 3, 1)), None, d(2026, 11, 24));
    assert_eq!(long_ago.validity, Validity::Expired { since: d(2020, 3, 2) }, "15 years ran out before 2025");
    let extended = ask(d(1980, 1, 1), CardHeld::Cmnd, Some(d(2009, 3, 1)), None, d(2024, 7, 1));
    assert!(has(&extended, Because::ExtendedToJune2024));
    assert_eq!(extended.validity, Validity::Expired { since: d(2024, 7, 1) });
}

/// Điều 19 (14 must, under 14 may) and Điều 23 khoản 2 điểm a (no biometrics under 6).
#[test]
fn age_bands_decide_obligation_channel_and_biometrics() {
    let cases = [
        (d(2012, 10, 10), d(2026, 10, 9), false, Procedure::FirstIssueUnder14, Channel::OnlineThenInPerson, Because::BiometricsFrom6),
        (d(2012, 10, 10), d(2026, 10, 10), true, Procedure::FirstIssue, Channel::InPersonCommunePolice, Because::BiometricsFrom6),
        (d(2020, 11, 25), d(2026, 11, 24), false, Procedure::FirstIssueUnder14, Channel::OnlineRepresentative, Because::NoBiometricsUnder6),
        (d(2020, 11, 24), d(2026, 11, 24), false, Procedure::FirstIssueUnder14, Channel::OnlineThenInPerson, Because::BiometricsFrom6),
    ];
    for (born, as_of, must, procedure, channel, biometrics) in cases {
        let a = ask(born, CardHeld::NoCard, None, None, as_of);
        assert_eq!((a.must_have_card, a.procedure, a.channel), (must, procedure, Some(channel)), "{born} on {as_of}");
        assert!(has(&a, biometrics), "{born} on {as_of}: {:?}", a.reasons);
        assert_eq!(a.fee, Fee::None, "first issue has no fee");
    }
}

fn lost_fee(age_on: Date, born: Date) -> Fee {
    ask(born, CardHeld::Lost, None, None, age_on).fee
}

/// Nothing known of the digital-citizen conditions: "0 đ online if level 2 and the 5 basic items".
const UNKNOWN_CONDITIONS: Conditions = Conditions { level_2: true, basic_items: true, document: None };

/// TT 73/2024/TT-BTC Điều 4 (rates, reductions), TT 64/2025 (50 %), TT 117/2026 Điều 1–2 and NQ
/// 66.22/2026/NQ-CP Điều 5 (the digital-citizen waiver, which is never granted on level 2 alone).
#[test]
fn reissue_fee_on_both_sides_of_each_change() {
    let born = d(1990, 1, 1);
    let amount = |in_person, online, waiver: Option<WaiverVerdict>| Fee::Amount { in_person, online, waiver };
    let waiver = Some(WaiverVerdict::Possible { until: d(2027, 2, 28), unknown: UNKNOWN_CONDITIONS });
    let ended = Some(WaiverVerdict::Outside { ended: Some(d(2027, 2, 28)) });
    let cases = [
        (d(2024, 10, 20), Fee::Unknown, "before TT 73/2024: no rate recorded"),
        (d(2024, 10, 21), amount(35_000, 35_000, None), "TT 73 Điều 4.2: 50 % to 31/12/2024"),
        (d(2024, 12, 31), amount(35_000, 35_000, None), "last day of the 2024 cut"),
        (d(2025, 1, 1), amount(70_000, 35_000, None), "2025 H1: 50 % online only"),
        (d(2025, 6, 30), amount(70_000, 35_000, None), "last day online-only"),
        (d(2025, 7, 1), amount(35_000, 35_000, None), "TT 64/2025: 50 % on every channel"),
        (d(2026, 8, 14), amount(35_000, 35_000, None), "day before TT 117/2026"),
        (d(2026, 8, 15), amount(35_000, 35_000, waiver), "TT 117/2026 waiver starts"),
        (d(2026, 12, 31), amount(35_000, 35_000, waiver), "last day of TT 64's cut (NQ 66.22 App. III)"),
        (d(2027, 1, 1), amount(70_000, 70_000, waiver), "full rate, waiver still on"),
        (d(2027, 2, 28), amount(70_000, 70_000, waiver), "last day of the waiver"),
        (d(2027, 3, 1), amount(70_000, 70_000, ended), "full rate; the waiver has ended (TT 117 Điều 2 khoản 1)"),
    ];
    for (as_of, want, why) in cases {
        assert_eq!(lost_fee(as_of, born), want, "{as_of}: {why}");
    }
    assert_eq!(lost_fee(d(2024, 9, 1), d(2015, 1, 1)), Fee::Unknown, "no exemption is claimed before TT 73/2024 applies");
}

/// The digital-citizen waiver of TT 117/2026 Điều 1 khoản 4 needs level 2 AND the 5 basic items of
/// NQ 66.22/2026/NQ-CP Phụ lục I AND filing online (Điều 5 khoản 1); in person is never waived.
#[test]
fn the_digital_citizen_waiver_needs_every_condition() {
    let lost = |digital: DigitalCitizen, as_of: Date| {
        let a =
            CardAnswers { born: d(1990, 1, 1), held: CardHeld::Lost, issued_on: None, printed_expiry: None, exempt_group: false, digital, admin_change: false };
        card_answer(&a, as_of).fee
    };
    let yes = DigitalCitizen { level_2: Answer::Yes, basic_items: Answer::Yes, document: Answer::Unknown };
    let level_2_only = DigitalCitizen { level_2: Answer::Yes, ..DigitalCitizen::default() };
    let until = d(2027, 2, 28);
    let waived = Some(WaiverVerdict::Waived { until });
    let cases = [
        (
            level_2_only,
            d(2026, 11, 24),
            Fee::Amount {
                in_person: 35_000,
                online: 35_000,
                waiver: Some(WaiverVerdict::Possible { until, unknown: Conditions { level_2: false, basic_items: true, document: None } }),
            },
            "level 2 alone: not free, the 5 items are asked",
        ),
        (
            DigitalCitizen { basic_items: Answer::No, ..yes },
            d(2026, 11, 24),
            Fee::Amount {
                in_person: 35_000,
                online: 35_000,
                waiver: Some(WaiverVerdict::NotMet { until, unmet: Conditions { level_2: false, basic_items: true, document: None } }),
            },
            "5 items missing: not met",
        ),
        (yes, d(2026, 8, 14), Fee::Amount { in_person: 35_000, online: 35_000, waiver: None }, "the day before the window"),
        (yes, d(2026, 8, 15), Fee::Amount { in_person: 35_000, online: 0, waiver: waived }, "first day: 0 đ online, in person still paid"),
        (yes, d(2026, 11, 24), Fee::Amount { in_person: 35_000, online: 0, waiver: waived }, "a digital citizen online"),
        (yes, d(2027, 2, 28), Fee::Amount { in_person: 70_000, online: 0, waiver: waived }, "last day of the window, full rate in person"),
        (
            yes,
            d(2027, 3, 1),
            Fee::Amount { in_person: 70_000, online: 70_000, waiver: Some(WaiverVerdict::Outside { ended: Some(until) }) },
            "the day after: ordinary fee (TT 117 Điều 2)",
        ),
    ];
    for (digital, as_of, want, why) in cases {
        assert_eq!(lost(digital, as_of), want, "{as_of}: {why}");
    }
}

#[test]
fn renewal_and_swap_rates() {
    let renewal = can_cuoc(d(2001, 8, 1), d(2024, 7, 31), d(2027, 3, 1));
    assert_eq!(renewal.fee, Fee::Amount { in_person: 50_000, online: 50_000, waiver: Some(WaiverVerdict::Outside { ended: Some(d(2027, 2, 28)) }) });
    let swap = ask(d(1990, 3, 15), CardHeld::CccdChip, None, Some(PrintedExpiry::On(d(2030, 3, 15))), d(2026, 11, 24));
    assert_eq!(
        swap.fee,
        Fee::Amount { in_person: 15_000, online: 15_000, waiver: Some(WaiverVerdict::Possible { until: d(2027, 2, 28), unknown: UNKNOWN_CONDITIONS }) }
    );
}

/// Luật Căn cước Điều 24 khoản 2: a lost card past its renewal age is renewed (cấp đổi), not re-issued.
#[test]
fn a_lost_card_past_its_renewal_age_is_a_renewal() {
    // A barcode CCCD issued at 31 (2016) → due at 40 on 01/03/2025 (Luật 59/2014 ages); lost, checked in 2026.
    let past = ask(d(1985, 3, 1), CardHeld::Lost, Some(d(2016, 6, 1)), None, d(2026, 11, 24));
    assert_eq!(past.procedure, Procedure::Renewal);
    assert_eq!(
        past.fee,
        Fee::Amount { in_person: 25_000, online: 25_000, waiver: Some(WaiverVerdict::Possible { until: d(2027, 2, 28), unknown: UNKNOWN_CONDITIONS }) }
    );
    assert!(has(&past, Because::ExpiresAtMilestone { age: 40, on: d(2025, 3, 1) }));
    let in_date = ask(d(1985, 3, 1), CardHeld::Lost, Some(d(2025, 6, 1)), None, d(2026, 11, 24));
    assert_eq!(in_date.procedure, Procedure::Reissue, "a Căn cước card issued at 40 is valid to 60");
    let unknown = ask(d(1985, 3, 1), CardHeld::Lost, None, None, d(2026, 11, 24));
    assert_eq!(unknown.procedure, Procedure::Reissue);
}

/// A lost card issued before 01/01/2016 was a CMND (Luật Căn cước công dân 2014 in force 01/01/2016):
/// since 01/01/2025 it is worth nothing (Luật Căn cước Điều 46 khoản 2), so a first card, free.
#[test]
fn a_lost_card_issued_before_2016_was_a_cmnd() {
    let lost = ask(d(1985, 3, 1), CardHeld::Lost, Some(d(2010, 6, 1)), None, d(2026, 11, 24));
    assert_eq!(lost.procedure, Procedure::FirstIssue);
    assert_eq!(lost.fee, Fee::None);
    assert!(has(&lost, Because::LostWasCmnd) && has(&lost, Because::CmndEnded));
    let in_2024 = ask(d(1985, 3, 1), CardHeld::Lost, Some(d(2010, 6, 1)), None, d(2024, 10, 1));
    assert_eq!(in_2024.validity, Validity::Lost, "lost, even while a CMND was still valid");
    let cccd = ask(d(1985, 3, 1), CardHeld::Lost, Some(d(2016, 1, 1)), None, d(2026, 11, 24));
    assert_ne!(cccd.procedure, Procedure::FirstIssue, "issued on the first CCCD day: a CCCD");
}

/// TT 73/2024 Điều 5: children (under 16, Luật Trẻ em) and the elderly (60+, Luật Người cao tuổi).
#[test]
fn exemptions_by_age_and_group() {
    assert_eq!(lost_fee(d(2026, 11, 24), d(2010, 11, 25)), Fee::Exempt(Exemption::Child), "15");
    assert!(matches!(lost_fee(d(2026, 11, 24), d(2010, 11, 24)), Fee::Amount { .. }), "16");
    assert!(matches!(lost_fee(d(2026, 11, 24), d(1966, 11, 25)), Fee::Amount { .. }), "59");
    assert_eq!(lost_fee(d(2026, 11, 24), d(1966, 11, 24)), Fee::Exempt(Exemption::Elderly), "60");
    let group = CardAnswers {
        born: d(1990, 1, 1),
        held: CardHeld::Lost,
        issued_on: None,
        printed_expiry: None,
        exempt_group: true,
        digital: DigitalCitizen::default(),
        admin_change: false,
    };
    assert_eq!(card_answer(&group, d(2026, 11, 24)).fee, Fee::Exempt(Exemption::Group));
}

/// Luật 118/2025/QH15 amended the Identification Law from 01/07/2026: the answer says so.
#[test]
fn law_118_note_from_1_july_2026() {
    let before = can_cuoc(d(2001, 8, 1), d(2024, 8, 1), d(2026, 6, 30));
    let after = can_cuoc(d(2001, 8, 1), d(2024, 8, 1), d(2026, 7, 1));
    assert!(!has(&before, Because::Law118Amended));
    assert!(has(&after, Because::Law118Amended));
    let source = after.reasons.iter().find(|r| matches!(r.because, Because::ExpiresAtMilestone { .. })).map(|r| r.source.id);
    assert_eq!(source, Some(facts::RENEWAL_AGES_AFTER_118.id));
}

#[test]
fn impossible_answers_are_refused_beside_their_field() {
    let base = CardAnswers {
        born: d(1990, 1, 1),
        held: CardHeld::CccdChip,
        issued_on: Some(d(2021, 1, 1)),
        printed_expiry: None,
        exempt_group: false,
        digital: DigitalCitizen::default(),
        admin_change: false,
    };
    let today = d(2026, 11, 24);
    let problems = |a: CardAnswers, as_of| check_answers(&a, as_of);
    assert_eq!(problems(base, today), vec![]);
    assert_eq!(problems(base, d(2024, 6, 30)), vec![CardInputProblem::AsOfBeforeLaw { as_of: d(2024, 6, 30) }]);
    assert_eq!(problems(CardAnswers { born: d(2027, 1, 1), ..base }, today)[0], CardInputProblem::BornAfterAsOf);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(1989, 1, 1)), ..base }, today), vec![CardInputProblem::IssuedBeforeBirth]);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2026, 11, 25)), ..base }, today), vec![CardInputProblem::IssuedAfterAsOf]);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2024, 7, 1)), ..base }, today), vec![CardInputProblem::CccdIssuedFromLaw]);
    assert_eq!(
        problems(CardAnswers { held: CardHeld::CanCuoc, issued_on: Some(d(2024, 6, 30)), ..base }, today),
        vec![CardInputProblem::CanCuocIssuedBeforeLaw]
    );
    assert_eq!(problems(CardAnswers { issued_on: None, ..base }, today), vec![CardInputProblem::CardDatesMissing]);
    // CCCD cards exist from 01/01/2016 (Luật 59/2014), chip cards from 2021 (TT 06/2021/TT-BCA).
    let barcode = CardAnswers { held: CardHeld::CccdNoChip, ..base };
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2015, 12, 31)), ..barcode }, today), vec![CardInputProblem::CccdBeforeLaw59]);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2016, 1, 1)), ..barcode }, today), vec![]);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2020, 12, 31)), ..base }, today), vec![CardInputProblem::ChipBefore2021]);
    assert_eq!(problems(CardAnswers { issued_on: Some(d(2021, 1, 1)), ..base }, today), vec![]);
    assert_eq!(problems(CardAnswers { printed_expiry: Some(PrintedExpiry::On(d(2020, 1, 1))), ..base }, today), vec![CardInputProblem::ExpiryBeforeIssue]);
    assert_eq!(CardInputProblem::BornAfterAsOf.field(), CardField::Born);
}

#[test]
fn processing_time_counts_working_days_across_tet() {
    // 7 working days from Friday 13/02/2026: Tết 16–20/02 (Thông báo 9441/TB-BNV) is skipped.
    let a = ask(d(1990, 1, 1), CardHeld::Lost, None, None, d(2026, 2, 13));
    let ready = a.ready_by.clone().expect("a procedure applies");
    assert_eq!(ready.date, d(2026, 3, 3));
    assert_eq!(ready.skipped.len(), 5);
    assert!(has(&a, Because::Processing { days: 7 }));
}

#[test]
fn link_codes_round_trip() {
    for held in CardHeld::ALL {
        assert_eq!(CardHeld::from_code(held.code()), Some(held));
    }
    assert_eq!(CardHeld::from_code("x"), None);
}

/// QĐ 5230/QĐ-BCA-C06 (18/08/2026): a lost or damaged card re-issued fully online takes at most 5
/// working days (7 otherwise, and 7 before that day); the filing day does not count.
#[test]
fn a_fully_online_reissue_is_due_in_5_working_days_from_18_08_2026() {
    let lost = ask(d(1990, 1, 1), CardHeld::Lost, None, None, d(2026, 11, 24));
    assert_eq!(lost.ready_by.as_ref().map(|w| w.date), Some(d(2026, 12, 3)), "in person: 7 working days");
    assert_eq!(lost.ready_online.as_ref().map(|w| w.date), Some(d(2026, 12, 1)), "online: 25, 26, 27, 30/11, 01/12");
    assert!(has(&lost, Because::ProcessingOnlineReissue { days: 5 }));
    let before = ask(d(1990, 1, 1), CardHeld::Lost, None, None, d(2026, 8, 17));
    assert!(before.ready_online.is_none(), "before the merged procedure: 7 days on every channel");
    let renewal = can_cuoc(d(2001, 8, 1), d(2024, 7, 31), d(2027, 3, 1));
    assert!(renewal.ready_online.is_none(), "only a re-issue is quicker online");
}

/// The 2025 merger of provinces and communes: a valid card whose printed details changed may be
/// swapped (cấp đổi), optionally, online with no visit and no fee (C06 12/08/2025; PT 291-19;
/// QĐ 5230/QĐ-BCA-C06); in person the ordinary renewal fee is shown, with a verify note.
#[test]
fn a_swap_for_the_2025_merger_is_optional_and_free_online() {
    let swap = |held, issued, as_of| {
        let a = CardAnswers {
            born: d(1990, 1, 1),
            held,
            issued_on: Some(issued),
            printed_expiry: None,
            exempt_group: false,
            digital: DigitalCitizen::default(),
            admin_change: true,
        };
        assert_eq!(check_answers(&a, as_of), vec![]);
        card_answer(&a, as_of)
    };
    let a = swap(CardHeld::CanCuoc, d(2024, 8, 1), d(2026, 11, 24));
    assert_eq!(a.procedure, Procedure::SwapAdminChange);
    assert_eq!(a.channel, Some(Channel::OnlineNoVisit));
    assert_eq!(a.fee, Fee::Amount { in_person: 25_000, online: 0, waiver: None });
    assert!(has(&a, Because::AdminSwapOptional) && has(&a, Because::NoBiometricsAdminSwap) && has(&a, Because::AdminSwapFreeOnline));
    let later = swap(CardHeld::CanCuoc, d(2024, 8, 1), d(2027, 3, 1));
    assert_eq!(later.fee, Fee::Amount { in_person: 50_000, online: 0, waiver: None }, "still free online, full rate in person");
    let before = swap(CardHeld::CanCuoc, d(2024, 8, 1), d(2025, 8, 11));
    assert!(matches!(before.fee, Fee::Amount { online: 25_000, .. }), "before the announcement the ordinary fee");
    let cccd = swap(CardHeld::CccdChip, d(2021, 6, 1), d(2026, 11, 24));
    assert_eq!(cccd.procedure, Procedure::SwapAdminChange, "a valid CCCD too (with the verify note)");
    assert_eq!(cccd.fee, Fee::Amount { in_person: 15_000, online: 0, waiver: None }, "a CCCD pays the swap rate (30.000 đ, 50 % off), not the renewal rate");
}
