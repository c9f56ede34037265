//! The service catalog: every record complete, every channel's e-ID level known or flagged, every
//! fact cited by a registered source; search that ignores diacritics, case and spaces.

use congdanso::content::catalog::{Channel, EidNeed, Fee, Span};
use congdanso::content::{search, services};
use congdanso::sources::all as all_sources;

#[test]
fn every_service_is_complete_and_cited() {
    let registered: Vec<&str> = all_sources().iter().map(|s| s.id).collect();
    let mut ids = Vec::new();
    for s in services::SERVICES {
        assert_eq!(s.problems(), Vec::<String>::new(), "{}", s.id);
        for source in s.sources() {
            assert!(registered.contains(&source.id), "{} cites unregistered source {}", s.id, source.id);
        }
        assert!(!ids.contains(&s.id), "duplicate id {}", s.id);
        ids.push(s.id);
    }
    assert!(services::SERVICES.len() >= 18);
}

#[test]
fn online_channels_say_their_e_id_level_and_in_person_needs_none() {
    for s in services::SERVICES {
        for c in s.channels {
            match c.channel {
                Channel::InPerson(_) => assert_eq!(c.eid, EidNeed::None, "{}", s.id),
                _ => assert_ne!(c.eid, EidNeed::None, "{}", s.id),
            }
        }
    }
    // Full-online vehicle registration needs level 2 (procedure record, high confidence).
    let vehicle = services::find("dang-ky-xe-lan-dau").expect("in catalog");
    assert!(vehicle.channels.iter().all(|c| c.eid == EidNeed::Level2));
}

#[test]
fn known_fees_and_deadlines_match_their_sources() {
    // Thông tư 75/2022/TT-BTC as amended: 20.000 đ in person, 10.000 đ online.
    assert_eq!(services::find("dang-ky-thuong-tru").map(|s| s.fee), Some(Fee::Amount { in_person: 20_000, online: 10_000 }));
    assert_eq!(services::find("dang-ky-tam-tru").map(|s| s.fee), Some(Fee::Amount { in_person: 15_000, online: 7_000 }));
    // Luật Hộ tịch Điều 15 and 33.
    assert_eq!(services::find("dang-ky-khai-sinh").and_then(|s| s.deadline).map(|d| d.span), Some(Span::Days(60)));
    assert_eq!(services::find("dang-ky-khai-tu").and_then(|s| s.deadline).map(|d| d.span), Some(Span::Days(15)));
    assert_eq!(services::find("tro-cap-that-nghiep").and_then(|s| s.deadline).map(|d| d.span), Some(Span::Months(3)));
    assert!(services::find("khong-co").is_none());
}

#[test]
fn search_ignores_diacritics_case_and_spaces() {
    let names = |q: &str| search(q).iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(names("dang ky tam tru"), vec!["dang-ky-tam-tru"]);
    assert_eq!(names("dangkytamtru"), vec!["dang-ky-tam-tru"]);
    assert_eq!(names("ĐĂNG KÝ KHAI SINH"), vec!["dang-ky-khai-sinh", "lien-thong-khai-sinh"]);
    assert_eq!(names("tam tru"), vec!["dang-ky-tam-tru", "gia-han-tam-tru", "khai-bao-tam-tru-nguoi-nuoc-ngoai"]);
    assert_eq!(names("nguoi nuoc ngoai"), vec!["khai-bao-tam-tru-nguoi-nuoc-ngoai"]);
    assert_eq!(names("passport"), vec!["cap-ho-chieu"]);
    assert_eq!(names("ho chieu"), vec!["cap-ho-chieu"]);
    assert!(names("").is_empty());
    assert!(names("xyz").is_empty());
}

/// Saved checklist ticks are keyed by document id: an id used twice in one service, or one that
/// is not a plain slug, fails the catalog check.
#[test]
fn document_ids_are_unique_slugs_within_each_service() {
    use congdanso::content::catalog::Document;
    use congdanso::law::source::Text;
    let form = Document { id: "to-khai", name: Text { vi: "Tờ khai", en: "Form" }, when: None, form: None };
    let mut twice = services::MARRIAGE_REGISTRATION;
    twice.documents = &[];
    assert!(twice.problems().iter().any(|p| p.contains("no documents")));
    let docs: &'static [Document] = Box::leak(Box::new([form, form]));
    twice.documents = docs;
    assert!(twice.problems().iter().any(|p| p.contains("used twice")), "{:?}", twice.problems());
    let bad: &'static [Document] = Box::leak(Box::new([Document { id: "Tờ khai", ..form }]));
    twice.documents = bad;
    assert!(twice.problems().iter().any(|p| p.contains("lower-case slug")), "{:?}", twice.problems());
}

/// A document can name the official form that fills it (the form helper links from here).
#[test]
fn documents_name_the_forms_that_fill_them() {
    use congdanso::content::catalog::FormId;
    let form_of = |s: &congdanso::content::catalog::Service, id: &str| s.documents.iter().find(|d| d.id == id).and_then(|d| d.form);
    assert_eq!(form_of(&services::PERMANENT_RESIDENCE_REGISTRATION, "to-khai-ct01"), Some(FormId::Ct01));
    assert_eq!(form_of(&services::TEMPORARY_RESIDENCE_REGISTRATION, "to-khai-ct01"), Some(FormId::Ct01));
    assert_eq!(form_of(&services::TEMPORARY_RESIDENCE_RENEWAL, "to-khai-ct01"), Some(FormId::Ct01));
    assert_eq!(form_of(&services::BIRTH_REGISTRATION, "to-khai-khai-sinh"), Some(FormId::BirthDeclaration));
    assert_eq!(form_of(&services::PASSPORT_ISSUE, "to-khai-ho-chieu"), None, "the passport's TK01 is another form");
}

/// TT 117/2026/TT-BTC Điều 1: the services whose fee a digital citizen filing online does not pay;
/// a vehicle's first registration is not among them (Điều 1 khoản 7 covers exchanges only).
#[test]
fn the_digital_citizen_waiver_is_on_the_services_it_covers() {
    use congdanso::law::digital_citizen::WaivedFee;
    assert_eq!(services::ID_CARD.waiver, Some(WaivedFee::CardRenewalReissue));
    assert_eq!(services::PERMANENT_RESIDENCE_REGISTRATION.waiver, Some(WaivedFee::ResidenceRegistration));
    assert_eq!(services::TEMPORARY_RESIDENCE_RENEWAL.waiver, Some(WaivedFee::ResidenceRegistration));
    assert_eq!(services::PASSPORT_ISSUE.waiver, Some(WaivedFee::Passport));
    assert_eq!(services::CRIMINAL_RECORD_CERTIFICATE.waiver, Some(WaivedFee::CriminalRecord));
    assert_eq!(services::DRIVING_LICENCE_EXCHANGE.waiver, Some(WaivedFee::DrivingLicence));
    assert_eq!(services::VEHICLE_FIRST_REGISTRATION.waiver, None);
    assert_eq!(services::BIRTH_REGISTRATION.waiver, None);
}

/// Fees that change on known dates: the passport's 50 % cut (TT 64/2025) ends 31/12/2026 and the
/// TT 28/2026 base rate follows; vehicle plate fees are TT 155/2025's from 01/01/2026, none before.
#[test]
fn dated_fees_on_both_sides_of_their_changes() {
    use congdanso::content::catalog::Fee;
    use congdanso::law::date::Date;
    for fact in services::facts() {
        assert_eq!(fact.problems(), Vec::<String>::new());
    }
    let text = |fee: Fee, on: Date| match fee {
        Fee::Dated(fact) => fact.as_of(on).map(|p| match p.value {
            Fee::Described(t) => t.vi,
            _ => "",
        }),
        _ => None,
    };
    // The passport's rates, by id, as the catalog and the digital-citizen savings read them.
    let passport = services::PASSPORT_ISSUE.fee;
    let rate = |id: &str, on: Date| passport.rate(id, on).map(|(r, _)| (r.in_person, r.online));
    assert_eq!(rate("cap-moi", Date::ymd(2026, 12, 31)), Some((100_000, 100_000)), "50 % off under TT 64/2025 to 31/12/2026");
    assert_eq!(rate("cap-lai", Date::ymd(2026, 12, 31)), Some((200_000, 200_000)));
    assert_eq!(rate("cap-moi", Date::ymd(2027, 1, 1)), Some((200_000, 200_000)), "TT 28/2026 base rate from 01/01/2027");
    assert_eq!(rate("cap-lai", Date::ymd(2027, 1, 1)), Some((400_000, 400_000)));
    assert_eq!(rate("cap-moi", Date::ymd(2025, 6, 30)), None, "no rate recorded before 01/07/2025");
    let vehicle = services::VEHICLE_FIRST_REGISTRATION.fee;
    assert!(text(vehicle, Date::ymd(2026, 11, 24)).is_some_and(|t| t.contains("14.000.000 đ ở Hà Nội, TP Hồ Chí Minh (khu vực I); 140.000 đ ở nơi khác")));
    assert_eq!(text(vehicle, Date::ymd(2025, 12, 31)), None, "no rate recorded before TT 155/2025: said so, not guessed");
}

/// An audit of legal time limits the services' own sources set: each is shown (Luật Cư trú
/// Điều 27 khoản 1 for temporary residence, Điều 28 khoản 3 for its renewal; Luật Hộ tịch 2014
/// Điều 15, 33 for births and deaths; Luật Việc làm for the unemployment benefit).
#[test]
fn every_time_limit_the_sources_set_is_shown() {
    use congdanso::content::catalog::{CountsFrom, Span};
    let limit = |s: &congdanso::content::catalog::Service| s.deadline.map(|d| (d.span, d.counts_from, d.obligation));
    assert_eq!(limit(&services::TEMPORARY_RESIDENCE_RENEWAL), Some((Span::DaysBefore(15), CountsFrom::TemporaryStayEnd, false)));
    assert_eq!(limit(&services::TEMPORARY_RESIDENCE_REGISTRATION), Some((Span::Days(30), CountsFrom::Arrival, true)), "a duty, not a filing deadline");
    assert_eq!(limit(&services::BIRTH_REGISTRATION), Some((Span::Days(60), CountsFrom::Birth, false)));
    assert_eq!(limit(&services::DEATH_REGISTRATION), Some((Span::Days(15), CountsFrom::Death, false)));
    assert_eq!(limit(&services::UNEMPLOYMENT_BENEFIT), Some((Span::Months(3), CountsFrom::ContractEnd, false)));
    assert_eq!(services::BIRTH_REGISTRATION.deadline.and_then(|d| d.known_until).map(|(day, _)| day), Some(congdanso::law::date::Date::ymd(2027, 2, 28)));
}

/// The card's catalog entry reads the same dated facts as the calculator (TT 73/2024 Điều 4,
/// TT 64/2025 to 31/12/2026; QĐ 5230/QĐ-BCA-C06 for 5 working days online from 18/08/2026).
#[test]
fn the_card_service_reads_the_card_rules_facts() {
    use congdanso::content::catalog::{Fee, Processing};
    use congdanso::law::card::{published_rates, Published};
    use congdanso::law::date::Date;
    assert_eq!(services::ID_CARD.fee, Fee::CardRates);
    assert_eq!(services::ID_CARD.processing, Processing::CardDays);
    let same = |amount| Published { in_person: amount, online: amount };
    let now = published_rates(Date::ymd(2026, 11, 24)).expect("rates known");
    assert_eq!((now.swap_from_cccd, now.renewal, now.reissue, now.until), (same(15_000), same(25_000), same(35_000), Some(Date::ymd(2026, 12, 31))));
    let next = published_rates(Date::ymd(2027, 1, 1)).expect("rates known");
    assert_eq!((next.swap_from_cccd, next.renewal, next.reissue, next.until), (same(30_000), same(50_000), same(70_000), None));
    let h1_2025 = published_rates(Date::ymd(2025, 3, 1)).expect("rates known");
    assert_eq!(h1_2025.reissue, Published { in_person: 70_000, online: 35_000 }, "2025 H1: 50 % online only");
    assert_eq!(published_rates(Date::ymd(2024, 10, 20)), None, "before TT 73/2024: no rate recorded");
    let due = services::ID_CARD.processing_due(Date::ymd(2026, 11, 24)).expect("working days");
    assert_eq!(due.days, 7);
}

/// "You don't need to bring…" (issue 16, part 6): each mark names a service and checklist document
/// the catalog has, rests on a source fit to show, and ends with its basis. Residence: Thông tư
/// 116/2026/TT-BCA Điều 3 khoản 5 (the office may not ask for a paper it can read from data or
/// VNeID). Nghị quyết 66.7/2025/NQ-CP applies to 28/02/2027 (its Điều 10): its marks end then.
#[test]
fn papers_the_office_must_look_up_are_marked_with_their_basis() {
    use congdanso::content::not_needed::{self, NOT_NEEDED};
    use congdanso::law::date::Date;
    for n in NOT_NEEDED {
        let service = services::find(n.service).unwrap_or_else(|| panic!("{} is in the catalog", n.service));
        if let Some(doc) = n.document {
            assert!(service.documents.iter().any(|d| d.id == doc), "{} lists {doc}", n.service);
        }
        assert!(n.source.problems().is_empty(), "{:?}", n.source.problems());
        assert!(!n.paper.vi.is_empty() && !n.instead.en.is_empty());
    }
    let proof: Vec<&str> = NOT_NEEDED.iter().filter(|n| n.document == Some("giay-to-cho-o-hop-phap")).map(|n| n.service).collect();
    assert_eq!(proof, vec!["dang-ky-thuong-tru", "dang-ky-tam-tru"]);
    assert!(NOT_NEEDED.iter().filter(|n| n.document == Some("giay-to-cho-o-hop-phap")).all(|n| n.source.basis.contains("116/2026/TT-BCA, Điều 3 khoản 5")));
    // The marriage: marital status is read from the civil-status database, until 28/02/2027.
    let marriage: Vec<_> = not_needed::for_service("dang-ky-ket-hon").collect();
    assert_eq!(marriage.len(), 1);
    assert!(marriage[0].paper.vi.contains("Giấy xác nhận tình trạng hôn nhân"));
    assert!(not_needed::applies(marriage[0], Date::ymd(2027, 2, 28)), "the last day of Nghị quyết 66.7/2025");
    assert!(!not_needed::applies(marriage[0], Date::ymd(2025, 12, 31)), "the day before it applies");
    assert!(not_needed::applies(marriage[0], Date::ymd(2026, 1, 1)), "its first day");
    let proof = not_needed::for_service("dang-ky-tam-tru").find(|n| n.document.is_some()).unwrap();
    assert!(!not_needed::applies(proof, Date::ymd(2026, 6, 30)) && not_needed::applies(proof, Date::ymd(2026, 7, 1)), "Thông tư 116/2026 from 01/07/2026");
    // The forms stay on the checklist: only the handwritten consent on them may be replaced.
    assert!(NOT_NEEDED.iter().all(|n| n.document != Some("to-khai-ct01")));
    assert!(!not_needed::applies(marriage[0], Date::ymd(2027, 3, 1)), "the day after: the mark is not shown");
    // Papers no text read replaces stay unmarked: the birth notice, the death notice, the photo.
    for doc in ["giay-chung-sinh", "giay-bao-tu", "anh-4x6", "ho-chieu-cu"] {
        assert!(NOT_NEEDED.iter().all(|n| n.document != Some(doc)), "{doc} stays on the checklist unmarked");
    }
    let all = congdanso::sources::all();
    assert!(NOT_NEEDED.iter().all(|n| all.iter().any(|s| s.id == n.source.id)), "registered for the sources page");
}
