//! Golden cases for the digital-citizen tool: who qualifies, what is missing, and what each planned
//! procedure costs in person, online and online as a digital citizen, at every boundary of the
//! window. Basis: Nghị quyết 66.22/2026/NQ-CP Art. 3, 5(1)–(2), App. I, III; Thông tư
//! 117/2026/TT-BTC Art. 1(2)–(8), Art. 2(1); the fees of TT 73/2024 with TT 64/2025, TT 75/2022,
//! TT 28/2026, TT 16/2025, TT 281/2016.

use congdanso::content::savings::{savings, Answers, Planned, Price, Window};
use congdanso::law::date::Date;
use congdanso::law::digital_citizen::{Answer, BasicItem, ExtraDocument, WaiverVerdict};

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

const TODAY: Date = d(2026, 12, 2);
const END: Date = d(2027, 2, 28);

fn qualified(planned: &[Planned]) -> Answers {
    Answers { level_2: Answer::Yes, items: BasicItem::ALL.to_vec(), documents: ExtraDocument::ALL.to_vec(), planned: planned.to_vec() }
}

fn line(a: &Answers, on: Date, p: Planned) -> (Price, Price, Price, Option<Price>) {
    let s = savings(a, on);
    let Some(l) = s.lines.iter().find(|l| l.planned == p) else { panic!("{p:?} planned") };
    (l.in_person, l.online, l.as_digital_citizen, l.saved)
}

#[test]
fn a_person_who_qualifies_with_three_procedures() {
    let a = qualified(&[Planned::CardRenewal, Planned::PermanentResidence, Planned::Passport]);
    let s = savings(&a, TODAY);
    assert_eq!(s.qualifies, Answer::Yes);
    assert!(s.missing_items.is_empty() && s.missing_documents.is_empty());
    // Card renewal: 50.000 đ, 50 % off to 31/12/2026 (TT 73/2024 Art. 4(1), TT 64/2025), 0 online (TT 117 Art. 1(4)).
    assert_eq!(line(&a, TODAY, Planned::CardRenewal), (Price::Known(25_000), Price::Known(25_000), Price::Known(0), Some(Price::Known(25_000))));
    // Permanent residence: 20.000 đ in person, 10.000 đ online (TT 75/2022), 0 online (Art. 1(3)).
    assert_eq!(line(&a, TODAY, Planned::PermanentResidence), (Price::Known(20_000), Price::Known(10_000), Price::Known(0), Some(Price::Known(20_000))));
    // Passport: 100.000 đ to 31/12/2026 (TT 64/2025), 0 online (Art. 1(8)(a)).
    assert_eq!(line(&a, TODAY, Planned::Passport), (Price::Known(100_000), Price::Known(100_000), Price::Known(0), Some(Price::Known(100_000))));
    assert_eq!((s.total_saved, s.total_is_partial), (145_000, false));
    assert_eq!(s.could_save, None, "already saving all there is");
    assert_eq!(s.window, Window::Open { ends: END, days_left: 88 });
    assert!(s.lines.iter().all(|l| matches!(l.verdict, WaiverVerdict::Waived { until } if until == END)));
}

#[test]
fn one_basic_item_missing_the_social_security_account() {
    let mut a = qualified(&[Planned::CardRenewal, Planned::CriminalRecord]);
    a.items.retain(|i| *i != BasicItem::SocialSecurityAccount);
    let s = savings(&a, TODAY);
    assert_eq!(s.qualifies, Answer::No);
    assert_eq!(s.missing_items, vec![BasicItem::SocialSecurityAccount], "NQ 66.22 App. I row 3");
    assert_eq!(s.total_saved, 0);
    assert_eq!(s.could_save, Some((225_000, false)), "with the missing item: 25.000 đ (card) + 200.000 đ (criminal record)");
    for l in &s.lines {
        assert_eq!(l.saved, None, "{:?}: nothing saved without every basic item", l.planned);
        assert!(matches!(l.verdict, WaiverVerdict::NotMet { unmet, .. } if unmet.basic_items && !unmet.level_2), "{:?}", l.planned);
        assert_eq!(l.as_digital_citizen, l.online, "the ordinary online fee");
    }
}

#[test]
fn level_1_only_never_qualifies() {
    let mut a = qualified(&[Planned::TemporaryResidence]);
    a.level_2 = Answer::No;
    let s = savings(&a, TODAY);
    assert_eq!(s.qualifies, Answer::No, "NQ 66.22 Art. 3: a level-2 account");
    assert_eq!(line(&a, TODAY, Planned::TemporaryResidence), (Price::Known(15_000), Price::Known(7_000), Price::Known(7_000), None));
    a.level_2 = Answer::Unknown;
    let s = savings(&a, TODAY);
    assert_eq!(s.qualifies, Answer::Unknown, "not sure of the level: say what would make it free, never say free");
    assert!(matches!(s.lines[0].verdict, WaiverVerdict::Possible { .. }));
    assert_eq!(s.lines[0].as_digital_citizen, Price::Known(7_000));
}

#[test]
fn a_procedures_own_document_where_appendix_iii_asks_for_it() {
    let mut a = qualified(&[Planned::Passport, Planned::DrivingLicence, Planned::CardReissue]);
    a.documents = vec![ExtraDocument::DrivingLicence];
    let s = savings(&a, TODAY);
    assert_eq!(s.qualifies, Answer::Yes, "a digital citizen; the passport needs its own document");
    assert_eq!(s.missing_documents, vec![ExtraDocument::Passport]);
    assert_eq!(line(&a, TODAY, Planned::Passport).2, Price::Known(100_000), "passport information not in VNeID: no waiver");
    // The driving licence's amount was not read (TT 154/2025): 0 online, the saving not counted.
    assert_eq!(line(&a, TODAY, Planned::DrivingLicence), (Price::Unknown, Price::Unknown, Price::Known(0), Some(Price::Unknown)));
    // The card needs no document: re-issue 70.000 đ, 50 % off to 31/12/2026.
    assert_eq!(line(&a, TODAY, Planned::CardReissue), (Price::Known(35_000), Price::Known(35_000), Price::Known(0), Some(Price::Known(35_000))));
    assert_eq!((s.total_saved, s.total_is_partial), (35_000, true), "a saving that cannot be counted makes the total 'at least'");
}

#[test]
fn each_procedures_saving() {
    let all = qualified(&Planned::ALL);
    let cases: [(Planned, Price, Price, &str); 11] = [
        (Planned::CardRenewal, Price::Known(25_000), Price::Known(50_000), "TT 73/2024 Art. 4(1), 50 % off (TT 64/2025) to 31/12/2026"),
        (Planned::CardSwapFromCccd, Price::Known(15_000), Price::Known(30_000), "TT 73/2024 Art. 4(1): 30.000 đ"),
        (Planned::CardReissue, Price::Known(35_000), Price::Known(70_000), "TT 73/2024 Art. 4(1): 70.000 đ"),
        (Planned::PermanentResidence, Price::Known(20_000), Price::Known(10_000), "TT 75/2022: 20.000 / 10.000 đ"),
        (Planned::TemporaryResidence, Price::Known(15_000), Price::Known(7_000), "TT 75/2022: 15.000 / 7.000 đ"),
        (Planned::Passport, Price::Known(100_000), Price::Known(200_000), "TT 64/2025 then TT 28/2026"),
        (Planned::PassportReplacement, Price::Known(200_000), Price::Known(400_000), "TT 64/2025 then TT 28/2026"),
        (Planned::CriminalRecord, Price::Known(200_000), Price::Known(200_000), "TT 16/2025 Art. 4(1)"),
        (Planned::DrivingLicence, Price::Unknown, Price::Unknown, "TT 154/2025: amount not read"),
        (Planned::VehicleExchange, Price::Range(35_000, 105_000), Price::Range(35_000, 105_000), "NQ 66.22 App. III, TT 155/2025 items II, III"),
        (Planned::CivilStatusCopy, Price::Known(8_000), Price::Known(8_000), "TT 281/2016 Art. 4 STT 4"),
    ];
    let s = savings(&all, TODAY);
    for (p, saved_in_person, after, basis) in cases {
        let Some(l) = s.lines.iter().find(|l| l.planned == p) else { panic!("{p:?}") };
        assert_eq!(l.saved, Some(saved_in_person), "{p:?}: {basis}");
        assert_eq!(l.as_digital_citizen, Price::Known(0), "{p:?}: TT 117 Art. 1");
        assert_eq!(l.after_window, after, "{p:?} from 01/03/2027: {basis}");
        assert!(!l.sources.is_empty(), "{p:?} cites its fee");
    }
}

#[test]
fn both_sides_of_the_window() {
    let a = qualified(&[Planned::CardRenewal]);
    let cases = [
        (d(2026, 8, 14), Price::Known(25_000), Window::NotYet { opens: d(2026, 8, 15) }, "the day before TT 117 takes effect"),
        (d(2026, 8, 15), Price::Known(0), Window::Open { ends: END, days_left: 197 }, "the first day (TT 117 Art. 2(1))"),
        (END, Price::Known(0), Window::Open { ends: END, days_left: 0 }, "the last day"),
        (d(2027, 3, 1), Price::Known(50_000), Window::Ended { ended: END }, "ordinary fees again, full rate (no reduction after 31/12/2026)"),
    ];
    for (on, online_fee, window, basis) in cases {
        let s = savings(&a, on);
        assert_eq!(s.window, window, "{on}: {basis}");
        assert_eq!(s.lines[0].as_digital_citizen, online_fee, "{on}: {basis}");
    }
}

#[test]
fn nothing_planned_still_says_whether_the_person_qualifies() {
    let mut a = qualified(&[]);
    a.items = vec![BasicItem::BirthCertificate];
    let s = savings(&a, TODAY);
    assert!(s.lines.is_empty());
    assert_eq!(s.missing_items, vec![BasicItem::PaymentAccount, BasicItem::SocialSecurityAccount, BasicItem::HealthItems]);
    assert_eq!(s.qualifies, Answer::No);
}

#[test]
fn a_range_counts_with_its_lower_end_and_makes_the_total_at_least() {
    // Vehicle exchange: 35.000–105.000 đ by vehicle (NQ 66.22 App. III; TT 155/2025 items II, III).
    let s = savings(&qualified(&[Planned::VehicleExchange]), TODAY);
    assert_eq!((s.total_saved, s.total_is_partial), (35_000, true));
    let mut a = qualified(&[Planned::VehicleExchange]);
    a.documents.clear();
    assert_eq!(savings(&a, TODAY).could_save, Some((35_000, true)), "the vehicle registration missing in VNeID");
}
