//! Golden cases for the e-ID guide: every age band, every card state, foreigners, both decrees.
//! Basis: Nghị định 69/2024/NĐ-CP Điều 7 (from 01/07/2024), Nghị định 59/2022/NĐ-CP Điều 11
//! (before), the level-2 procedure records (Quyết định 5709/QĐ-BCA-C06).

use congdanso::law::card::{CardHeld, PrintedExpiry};
use congdanso::law::date::Date;
use congdanso::law::eid::*;

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

const TODAY: Date = d(2026, 11, 24);

fn person(born: Date, card: Option<CardHeld>) -> EidAnswers {
    EidAnswers {
        nationality: Nationality::Vietnamese,
        born,
        card,
        card_expiry: Some(PrintedExpiry::On(d(2040, 1, 1))),
        own_number: true,
        status: AccountStatus::NoAccount,
    }
}

#[test]
fn age_bands_under_decree_69() {
    // (born, band, level) on 24/11/2026
    let cases = [
        (d(2020, 11, 25), AgeBand::Under6, Level::One, "5: level 1 only"),
        (d(2020, 11, 24), AgeBand::From6To13, Level::Two, "6 today"),
        (d(2012, 11, 25), AgeBand::From6To13, Level::Two, "13"),
        (d(2012, 11, 24), AgeBand::From14, Level::Two, "14 today"),
    ];
    for (born, band, level, why) in cases {
        let o = eid_outcome(&person(born, Some(CardHeld::CanCuoc)), TODAY);
        assert_eq!((o.band, o.can_get), (band, Some(level)), "{why}");
        assert!(o.blockers.is_empty(), "{why}: {:?}", o.blockers);
    }
}

#[test]
fn a_child_goes_with_the_parent_who_uses_their_own_number() {
    let o = eid_outcome(&person(d(2015, 1, 1), Some(CardHeld::CanCuoc)), TODAY);
    assert!(o.steps.contains(&Step::GoToCommunePolice { with_child: true }));
    assert!(o.reasons.iter().any(|r| r.because == Because::ChildUsesParentsNumber));
    assert!(!o.steps.contains(&Step::Level1InApp), "a child does not self-register");
    let not_own = EidAnswers { own_number: false, ..person(d(2015, 1, 1), Some(CardHeld::CanCuoc)) };
    assert_eq!(eid_outcome(&not_own, TODAY).blockers, vec![Blocker::NumberNotOwn { child: true }]);
}

#[test]
fn an_adult_with_a_valid_chip_card_gets_the_full_level_2_steps() {
    let o = eid_outcome(&person(d(1990, 3, 15), Some(CardHeld::CccdChip)), TODAY);
    assert_eq!(
        o.steps,
        vec![
            Step::Level1InApp,
            Step::GoToCommunePolice { with_child: false },
            Step::ShowCardAndFillTk01,
            Step::FaceAndFingerprints,
            Step::WaitForResult { working_days: 3 },
            Step::ActivateInApp,
        ]
    );
    assert_eq!(o.ready_by.map(|w| w.date), Some(d(2026, 11, 27)), "3 working days after Tuesday 24/11/2026");
}

#[test]
fn every_card_state() {
    let cases: [(Option<CardHeld>, Option<PrintedExpiry>, bool); 7] = [
        (Some(CardHeld::CanCuoc), Some(PrintedExpiry::On(d(2030, 1, 1))), true),
        (Some(CardHeld::CccdChip), Some(PrintedExpiry::Never), true),
        (Some(CardHeld::CccdChip), Some(PrintedExpiry::On(d(2026, 11, 23))), false),
        (Some(CardHeld::CccdNoChip), Some(PrintedExpiry::On(d(2030, 1, 1))), false),
        (Some(CardHeld::Cmnd), None, false),
        (Some(CardHeld::NoCard), None, false),
        (Some(CardHeld::Lost), None, false),
    ];
    for (card, expiry, ok) in cases {
        let a = EidAnswers { card_expiry: expiry, ..person(d(1990, 1, 1), card) };
        let o = eid_outcome(&a, TODAY);
        let blocked = o.blockers.iter().any(|b| matches!(b, Blocker::NoValidChipCard { .. }));
        assert_eq!(!blocked, ok, "{card:?} {expiry:?}");
        if !ok {
            assert_eq!(o.steps[0], Step::GetCardFirst, "{card:?}: the card comes first");
            assert!(o.steps.contains(&Step::WaitForResult { working_days: 7 }), "issued with the card: 7 working days");
        }
    }
    let expired = EidAnswers { card_expiry: Some(PrintedExpiry::On(d(2026, 11, 23))), ..person(d(1990, 1, 1), Some(CardHeld::CccdChip)) };
    assert!(eid_outcome(&expired, TODAY).blockers.contains(&Blocker::NoValidChipCard { card: CardHeld::CccdChip, expired_since: Some(d(2026, 11, 24)) }));
}

#[test]
fn foreigners() {
    let with = EidAnswers { nationality: Nationality::ForeignerWithCard, card: None, ..person(d(1985, 1, 1), None) };
    let o = eid_outcome(&with, TODAY);
    assert_eq!(o.can_get, Some(Level::Two));
    assert!(o.steps.contains(&Step::GoToImmigrationOffice { with_child: false }));
    assert!(o.steps.contains(&Step::WaitForResult { working_days: 7 }), "3 days only when biometrics are already held: 7 is the limit to plan for");
    assert!(o.blockers.is_empty());
    let small = EidAnswers { born: d(2022, 1, 1), ..with };
    assert_eq!(eid_outcome(&small, TODAY).can_get, Some(Level::One));
    let without = EidAnswers { nationality: Nationality::ForeignerWithoutCard, ..with };
    let o = eid_outcome(&without, TODAY);
    assert_eq!((o.can_get, o.blockers.clone()), (None, vec![Blocker::ForeignerWithoutCard]));
}

#[test]
fn as_of_dates_on_both_sides_of_1_july_2024() {
    let child = person(d(2014, 1, 1), Some(CardHeld::CccdChip));
    let before = eid_outcome(&child, d(2024, 6, 30));
    assert_eq!((before.can_get, before.blockers.clone()), (None, vec![Blocker::Under14BeforeDecree69]));
    assert!(before.reasons.iter().any(|r| r.source.id == "decree-59-2022-art-11"));
    let after = eid_outcome(&child, d(2024, 7, 1));
    assert_eq!(after.can_get, Some(Level::Two));
    assert!(after.reasons.iter().any(|r| r.source.id == "decree-69-2024-art-7"));
    let adult_before = eid_outcome(&person(d(1990, 1, 1), Some(CardHeld::CccdChip)), d(2024, 6, 30));
    assert_eq!(adult_before.can_get, Some(Level::Two));
    assert_eq!(eid_outcome(&person(d(1990, 1, 1), Some(CardHeld::CccdChip)), d(2022, 10, 19)).blockers, vec![Blocker::BeforeRules]);
}

#[test]
fn account_situations() {
    let base = person(d(1990, 1, 1), Some(CardHeld::CanCuoc));
    let steps = |status| eid_outcome(&EidAnswers { status, ..base }, TODAY).steps;
    assert_eq!(steps(AccountStatus::Level2), vec![Step::AlreadyLevel2]);
    assert_eq!(steps(AccountStatus::Level2NotActivated), vec![Step::ActivateInApp]);
    assert_eq!(steps(AccountStatus::ChangedNumber), vec![Step::ChangeNumber, Step::ActivateInApp]);
    assert_eq!(steps(AccountStatus::LostPhone), vec![Step::LockAccountOnline, Step::NewDeviceLogin]);
    assert_eq!(steps(AccountStatus::Locked), vec![Step::AskPoliceToUnlock]);
    assert!(!steps(AccountStatus::Level1).contains(&Step::Level1InApp), "already level 1");
    assert!(steps(AccountStatus::Level1).contains(&Step::GoToCommunePolice { with_child: false }));
}

/// A forgotten password is an app function, not a procedure: the app's "Quên mật khẩu" steps (press,
/// Dân trí 04/12/2025), with a verify note; from 28/09/2026 a registered number that changed hands
/// locks the account (Nghị định 320/2026/NĐ-CP, Điều 8), said for this case and a changed number.
#[test]
fn a_forgotten_password_and_the_number_change_lock_from_28_september_2026() {
    let base = person(d(1990, 1, 1), Some(CardHeld::CanCuoc));
    let forgot = |on| eid_outcome(&EidAnswers { status: AccountStatus::ForgotPassword, ..base }, on);
    let ids = |o: &congdanso::law::eid::EidOutcome| o.reasons.iter().map(|r| r.source.id).collect::<Vec<_>>();
    let before = forgot(d(2026, 9, 27));
    assert_eq!(before.steps, vec![Step::ResetPasswordInApp]);
    assert!(ids(&before).contains(&"vneid-forgot-password"));
    assert!(!ids(&before).contains(&"decree-320-2026-art-8"), "the day before Decree 320/2026");
    assert!(before.doubts().iter().any(|s| s.id == "vneid-forgot-password"), "press-only steps carry a verify note");
    let after = forgot(d(2026, 9, 28));
    assert!(ids(&after).contains(&"decree-320-2026-art-8"), "from the day Decree 320/2026 is in force");
    assert!(after.reasons.iter().any(|r| r.because == Because::NumberChangeLocks));
    let changed = eid_outcome(&EidAnswers { status: AccountStatus::ChangedNumber, ..base }, TODAY);
    assert!(ids(&changed).contains(&"decree-320-2026-art-8"));
    // The step itself says the code goes to the registered number, and never to give it away.
    let words = congdanso::ui::text::eid::step(congdanso::ui::text::Lang::Vi, false, Step::ResetPasswordInApp, None);
    assert!(words.contains("Quên mật khẩu") && words.contains("số điện thoại đã đăng ký") && words.contains("không đưa mã OTP"));
    // An account in trouble is told what to do, never "you can get an account": a foreign resident
    // (accounts without levels from 28/09/2026) included.
    use congdanso::ui::text::{eid::headline, Lang};
    for (status, says) in [
        (AccountStatus::ForgotPassword, "lấy lại mật khẩu"),
        (AccountStatus::Locked, "đang bị khóa"),
        (AccountStatus::LostPhone, "Khóa tài khoản ngay"),
        (AccountStatus::ChangedNumber, "Đổi số điện thoại"),
    ] {
        for (can_get, without_levels) in [(Some(Level::Two), false), (Some(Level::Two), true), (None, false)] {
            let line = headline(Lang::Vi, false, can_get, status, without_levels);
            assert!(line.contains(says) && !line.contains("có thể được cấp"), "{status:?}, {without_levels}: {line}");
        }
    }
    // Locking and unlocking now cite Decree 69/2024 as amended, not the repealed Decree 59/2022.
    let locked = eid_outcome(&EidAnswers { status: AccountStatus::Locked, ..base }, TODAY);
    let lock = locked.reasons.iter().find(|r| r.because == Because::LockGrounds).unwrap().source;
    assert!(lock.basis.contains("Nghị định 69/2024/NĐ-CP") && !lock.basis.contains("59/2022"));
}

/// The "never give anyone…" warnings: each rests on a source fit to show; the one whose wording
/// was not read (Decree 356/2025 Art. 4) is low confidence, so it carries a verify note.
#[test]
fn safety_warnings_each_cite_a_source() {
    use congdanso::content::vneid_safety::WARNINGS;
    for w in &WARNINGS {
        assert!(w.source.problems().is_empty(), "{}: {:?}", w.id, w.source.problems());
        assert!(!w.text.vi.is_empty() && !w.text.en.is_empty());
    }
    let free = WARNINGS.iter().find(|w| w.id == "free").unwrap();
    assert!(free.source.basis.contains("Điều 27 khoản 1"));
    // Press reports and inferences carry their doubt, shown beside the warnings.
    for id in ["no-codes", "official-store", "free", "police-in-person"] {
        assert!(WARNINGS.iter().find(|w| w.id == id).unwrap().source.needs_verification(), "{id}");
    }
    let photos = WARNINGS.iter().find(|w| w.id == "no-card-photos").unwrap();
    assert!(photos.source.needs_verification());
    let all = congdanso::sources::all();
    assert!(WARNINGS.iter().all(|w| all.iter().any(|s| s.id == w.source.id)), "listed on the sources page");
}

#[test]
fn a_number_not_in_ones_own_name_is_fixed_at_the_carrier_first() {
    let a = EidAnswers { own_number: false, ..person(d(1990, 1, 1), Some(CardHeld::CanCuoc)) };
    let o = eid_outcome(&a, TODAY);
    assert_eq!(o.blockers, vec![Blocker::NumberNotOwn { child: false }]);
    assert_eq!(o.steps[0], Step::FixCarrierFirst);
}

/// Nghị định 320/2026/NĐ-CP (from 28/09/2026): foreigners' accounts have no level; the result says
/// so, with a verify note, from that day only.
#[test]
fn foreigners_accounts_have_no_level_from_28_09_2026() {
    use congdanso::law::eid::{eid_outcome, AccountStatus, Because, EidAnswers, Nationality};
    let a = EidAnswers {
        nationality: Nationality::ForeignerWithCard,
        born: Date::ymd(1990, 1, 1),
        card: None,
        card_expiry: None,
        own_number: true,
        status: AccountStatus::NoAccount,
    };
    let says = |as_of| eid_outcome(&a, as_of).reasons.iter().any(|r| r.because == Because::ForeignerWithoutLevels);
    assert!(!says(Date::ymd(2026, 9, 27)));
    assert!(says(Date::ymd(2026, 9, 28)));
    assert!(eid_outcome(&a, Date::ymd(2026, 11, 24)).doubts().iter().any(|s| s.id == "nd-320-2026"));
    assert!(eid_outcome(&a, Date::ymd(2026, 11, 24)).without_levels(), "the headline then speaks of no level");
    assert!(!eid_outcome(&a, Date::ymd(2026, 9, 27)).without_levels());
}
