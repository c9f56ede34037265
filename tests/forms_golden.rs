//! The form helper (issue 11): the three official forms as data are coherent, and every field kind
//! the forms use is checked as a person would expect, at its boundaries. Each case names its basis.

use congdanso::content::catalog::FormId;
use congdanso::content::form_draft::{self, FormDraft, Restored};
use congdanso::content::forms::{self, Kind, When, BIRTH_DECLARATION, CT01, FORMS, TK01};
use congdanso::content::services::SERVICES;
use congdanso::law::date::{Date, DateInputError};
use congdanso::law::id_number::IdNumberProblem;
use congdanso::law::in_words;
use congdanso::ui::form::{validate, FieldKind, FieldProblem, Value};
use congdanso::ui::form_helper_flow::{self as flow, field_kind};
use congdanso::ui::text::{forms as words, Lang};

const TODAY: Date = Date::ymd(2026, 12, 2);

fn check(kind: FieldKind, raw: &str) -> Result<Value, FieldProblem> {
    validate(kind, true, raw, TODAY)
}

#[test]
fn id_numbers_go_through_the_id_checker() {
    // Thông tư 59/2021/TT-BCA Điều 7: 12 digits, province code, century-and-sex digit, birth year.
    assert_eq!(check(FieldKind::IdNumber, "001 090 001 234"), Ok(Value::IdNumber("001090001234".into())), "spaces as people type them");
    assert!(matches!(check(FieldKind::IdNumber, "00109000123"), Err(FieldProblem::IdNumber(IdNumberProblem::WrongLength { .. }))));
    assert!(check(FieldKind::IdNumber, "99909000123x").is_err());
    // TK01 A.2 takes the ID number or a passport number (NĐ 69/2024 Mẫu TK01).
    assert_eq!(check(FieldKind::IdOrPassport, "c1234567"), Ok(Value::Text("C1234567".into())));
    assert!(
        matches!(check(FieldKind::IdOrPassport, "999 090 001 234"), Err(FieldProblem::IdNumber(_))),
        "12 digits: read as an ID number (999 is no province)"
    );
    assert_eq!(check(FieldKind::IdOrPassport, "123456789"), Ok(Value::Text("123456789".into())), "a passport of digits only (e.g. a US passport)");
    assert_eq!(check(FieldKind::IdOrPassport, "C 123"), Err(FieldProblem::Passport));
}

#[test]
fn dates_are_real_and_births_not_in_the_future() {
    // 29/02 exists only in leap years (Gregorian calendar); a birth cannot be after the as-of date.
    assert_eq!(check(FieldKind::BirthDate, "29/02/2024"), Ok(Value::Date(Date::ymd(2024, 2, 29))));
    assert!(matches!(check(FieldKind::BirthDate, "29/02/2026"), Err(FieldProblem::Date(DateInputError::NoSuchDay { .. }))));
    assert!(matches!(check(FieldKind::BirthDate, "31/02/2025"), Err(FieldProblem::Date(DateInputError::NoSuchDay { .. }))));
    assert_eq!(check(FieldKind::BirthDate, "02/12/2026"), Ok(Value::Date(TODAY)), "born today");
    assert_eq!(check(FieldKind::BirthDate, "03/12/2026"), Err(FieldProblem::BornAfterToday), "born tomorrow");
    // Birth declaration footnote (5): the parents' year, or the full date when known.
    assert_eq!(check(FieldKind::YearOrDate, "1995"), Ok(Value::Text("1995".into())));
    assert_eq!(check(FieldKind::YearOrDate, "2027"), Err(FieldProblem::BornAfterToday));
    assert_eq!(check(FieldKind::YearOrDate, "15/03/1995"), Ok(Value::Date(Date::ymd(1995, 3, 15))));
    assert!(matches!(check(FieldKind::YearOrDate, "1850"), Err(FieldProblem::Date(DateInputError::YearOutOfRange { .. }))));
}

#[test]
fn the_childs_date_is_written_in_words() {
    // Tờ khai đăng ký khai sinh: "Ngày, tháng, năm sinh: … ghi bằng chữ: …".
    let cases = [
        (Date::ymd(2026, 11, 20), "Ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu"),
        (Date::ymd(2026, 1, 5), "Ngày năm tháng một năm hai nghìn không trăm hai mươi sáu"),
        (Date::ymd(2025, 4, 14), "Ngày mười bốn tháng tư năm hai nghìn không trăm hai mươi lăm"),
        (Date::ymd(2024, 2, 29), "Ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư"),
        (Date::ymd(2021, 10, 21), "Ngày hai mươi mốt tháng mười năm hai nghìn không trăm hai mươi mốt"),
        (Date::ymd(2005, 12, 15), "Ngày mười lăm tháng mười hai năm hai nghìn không trăm linh năm"),
    ];
    for (date, words) in cases {
        assert_eq!(in_words::date(date), words, "{date}");
    }
    assert_eq!(flow::in_words("31/02/2026"), None, "no words for a date that does not exist");
}

#[test]
fn mobile_numbers_with_the_country_code_or_spaces() {
    // NĐ 69/2024 Điều 10 k2 b: the applicant's own mobile subscriber number; Vietnamese mobile
    // numbers are 10 digits from 03, 05, 07, 08, 09.
    for typed in ["0912345678", "0912 345 678", "+84 912 345 678", "84912345678", "091.234.5678"] {
        assert_eq!(check(FieldKind::Phone, typed), Ok(Value::Phone("0912345678".into())), "{typed}");
    }
    for wrong in ["0212345678", "091234567", "+1 912 345 678", "0912345678x", "+84 (912) 345 678"] {
        assert_eq!(check(FieldKind::Phone, wrong), Err(FieldProblem::Phone), "{wrong}");
    }
}

#[test]
fn names_emails_copies_and_over_long_input() {
    assert_eq!(check(FieldKind::Name, "  Nguyễn   Văn  An "), Ok(Value::Text("Nguyễn Văn An".into())));
    assert_eq!(check(FieldKind::Name, "Nguyễn Văn 4n"), Err(FieldProblem::NameDigits));
    assert_eq!(check(FieldKind::Name, &"A".repeat(101)), Err(FieldProblem::TooLong { max: 100 }));
    let megabyte = "ữ".repeat(1_000_000);
    for kind in
        [FieldKind::Name, FieldKind::Text { max: 300 }, FieldKind::Email, FieldKind::Phone, FieldKind::IdOrPassport, FieldKind::YearOrDate, FieldKind::Copies]
    {
        assert!(check(kind, &megabyte).is_err(), "1 MB pasted is refused, not kept");
    }
    assert_eq!(check(FieldKind::Email, "an.nguyen@example.com.vn"), Ok(Value::Text("an.nguyen@example.com.vn".into())));
    for wrong in ["an@", "an@example", "an nguyen@example.com", "@example.com", "an@@example.com", "an@example..com"] {
        assert_eq!(check(FieldKind::Email, wrong), Err(FieldProblem::Email), "{wrong}");
    }
    // Footnote (6): the number of copies wanted.
    assert_eq!(check(FieldKind::Copies, "2"), Ok(Value::Text("2".into())));
    for wrong in ["0", "21", "hai", "-1"] {
        assert_eq!(check(FieldKind::Copies, wrong), Err(FieldProblem::Copies), "{wrong}");
    }
    // A saved draft keeps at most MAX_VALUE characters of one item.
    let mut d = FormDraft::default();
    d.set("ct01-10", &megabyte);
    assert_eq!(d.get("ct01-10").chars().count(), form_draft::MAX_VALUE);
}

#[test]
fn every_form_is_coherent_data() {
    for form in FORMS {
        let items: Vec<_> = form.items().map(|(_, i)| i).collect();
        let mut ids: Vec<&str> = items.iter().map(|i| i.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), items.len(), "{}: item ids are unique", form.slug);
        for item in &items {
            assert!(!item.en.trim().is_empty(), "{}/{}: an English name", form.slug, item.id);
            assert!(!words::item_label(Lang::Vi, item).trim().is_empty() && !words::item_label(Lang::En, item).trim().is_empty());
            if let Some(hint) = item.hint {
                assert!(!hint.vi.trim().is_empty() && !hint.en.trim().is_empty(), "{}/{}: hint in both languages", form.slug, item.id);
            }
            if let When::Ticked(id) | When::Empty(id) | When::NoIdOrYearOnly { id, .. } = item.when {
                let target = form.item(id).unwrap_or_else(|| panic!("{}/{}: its condition names {id}", form.slug, item.id));
                if let When::Ticked(_) = item.when {
                    assert_eq!(target.kind, Kind::Tick, "{}/{}", form.slug, item.id);
                }
            }
            assert!(item.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}: stable id {}", form.slug, item.id);
            let _ = field_kind(item.kind);
        }
        for part in form.parts {
            for lang in [Lang::Vi, Lang::En] {
                assert!(!words::part_heading(lang, part).trim().is_empty());
            }
        }
        assert!(!form.sources.is_empty(), "{}: its instrument is cited", form.slug);
        let registered = congdanso::sources::all();
        for source in form.sources {
            assert!(registered.iter().any(|s| s.id == source.id), "{}: {} is registered", form.slug, source.id);
            assert!(source.problems().is_empty(), "{:?}", source.problems());
        }
        assert_eq!(forms::find(form.slug).map(|f| f.id), Some(form.id));
        assert_eq!(forms::form(form.id).slug, form.slug);
    }
    // The portal's 28-item birth e-form: each number used once, in 1..=27 (28 is the attachments).
    let mut numbers: Vec<u8> = BIRTH_DECLARATION.items().filter_map(|(_, i)| i.portal.map(|(n, _)| n)).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=27).collect::<Vec<u8>>());
}

#[test]
fn the_forms_parts_and_conditions_follow_the_official_texts() {
    // TK01 (NĐ 69/2024 Phụ lục): A.1–A.5, B.1–B.5, C.1.1–C.1.4; no footnotes; two signatures.
    let numbers = |part: usize| TK01.parts[part].items.iter().map(|i| i.number).collect::<Vec<_>>();
    assert_eq!(numbers(1), vec!["1", "2", "3", "4", "5"]);
    assert_eq!(numbers(2), vec!["1", "2", "3", "4", "5"]);
    assert_eq!(numbers(3), vec!["1.1", "1.2", "1.3", "1.4"]);
    assert_eq!((TK01.footnotes.len(), TK01.signatures.len()), (0, 2));
    // CT01 (TT 116/2026): items 1–11 after "Kính gửi", four signature blocks, footnotes (1)–(8).
    let ct01: Vec<&str> = CT01.parts[1].items.iter().map(|i| i.number).filter(|n| !n.is_empty()).collect();
    assert_eq!(ct01, vec!["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    assert_eq!((CT01.signatures.len(), CT01.footnotes.len()), (4, 8));
    assert!(CT01.header[0].contains("116/2026/TT-BCA"));
    // Birth declaration footnote (2): residence, ethnicity and nationality of the parents only
    // when no personal ID number is given.
    let conditional: Vec<&str> = BIRTH_DECLARATION.items().filter(|(_, i)| matches!(i.when, When::Empty(_))).map(|(_, i)| i.id).collect();
    assert_eq!(conditional, vec!["ks-nyc-cu-tru"]);
    let parents: Vec<&str> = BIRTH_DECLARATION.items().filter(|(_, i)| matches!(i.when, When::NoIdOrYearOnly { .. })).map(|(_, i)| i.id).collect();
    assert_eq!(parents, vec!["ks-me-dt", "ks-me-qt", "ks-me-cu-tru", "ks-cha-dt", "ks-cha-qt", "ks-cha-cu-tru"]);
    let mut d = FormDraft::default();
    d.set("ks-me-so", "001195001234");
    d.set("ks-me-ns", "1995");
    assert!(d.applies(When::NoIdOrYearOnly { id: "ks-me-so", birth: "ks-me-ns" }), "a year alone is not the full date of birth");
    d.set("ks-me-ns", "15/03/1995");
    assert!(!d.applies(When::NoIdOrYearOnly { id: "ks-me-so", birth: "ks-me-ns" }), "ID number and full date: not asked");
    assert_eq!(BIRTH_DECLARATION.footnotes.len(), 6);
    // From 01/03/2027 (Luật Hộ tịch 03/2026/QH16) the birth form says it may change.
    assert_eq!(BIRTH_DECLARATION.changes_from.map(|(d, _)| d), Some(Date::ymd(2027, 3, 1)));
}

#[test]
fn every_catalog_document_that_names_a_form_has_one_to_fill() {
    let mut named: Vec<FormId> = SERVICES.iter().flat_map(|s| s.documents.iter().filter_map(|d| d.form)).collect();
    named.sort_by_key(|f| forms::form(*f).slug);
    named.dedup();
    assert_eq!(named, vec![FormId::Ct01, FormId::BirthDeclaration, FormId::Tk01], "every form is reachable from a service");
}

#[test]
fn a_broken_or_foreign_saved_draft_restores_nothing() {
    for stored in ["{\"ct01-1\":\"x\"}", "congdanso-form-1\ttt116-2026\nct01-1\tA\nct01-1\tB", "congdanso-form-1\ttt116-2026\nkhong-co\tA"] {
        assert_eq!(FormDraft::restore(&CT01, Some(stored)), Restored::Unreadable, "{stored:?}");
    }
}
