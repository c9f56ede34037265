//! Reading the ID card's QR (issue 16, part 1): golden samples of both card models, the ways a scan
//! goes wrong (an empty old-CMND field, trailing separators, a line end from a desk scanner, a cut
//! short or foreign code, garbage, a 1 MB paste), and what a confirmed card fills in each tool.
//!
//! Basis of the layout: the card's QR is one `|`-separated line (số định danh | số CMND | họ tên |
//! ngày sinh ddmmyyyy | giới tính | nơi thường trú | ngày cấp ddmmyyyy), recorded from the desk
//! tools in `../shared/domain/peers-2026-11.md` §1.6 (vonguyendang/cccd-qr-excel, whose sample
//! card was issued 04/10/2024, so the căn cước model of Law 26/2023/QH15 keeps it). No expiry date.

use congdanso::content::form_draft::FormDraft;
use congdanso::content::forms::{BIRTH_DECLARATION, CT01, TK01};
use congdanso::law::card::CardHeld;
use congdanso::law::card_qr::{parse, CardQrProblem};
use congdanso::law::date::{Date, DateInputError};
use congdanso::law::id_number::{IdNumberProblem, Sex};
use congdanso::ui::card_flow::Draft as CardDraft;
use congdanso::ui::form::FillFromCard;
use congdanso::ui::form_helper_flow as flow;
use congdanso::ui::id_flow::IdDraft;
use congdanso::ui::text::{card_scan as words, Lang};

const TODAY: Date = Date::ymd(2026, 12, 2);
/// A chip citizen ID card (2021 model) with the old CMND number.
const CHIP: &str = "001090001234|123456789|Nguyễn Văn An|15031990|Nam|Số 1 phố Huế, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội|10062021";
/// A căn cước card (2024 model): no old number, trailing separators.
const CAN_CUOC: &str = "079195012345||Trần Thị Bình|01011995|Nữ|Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|04102024||";

#[test]
fn both_card_models_read_every_field() {
    let chip = parse(CHIP, TODAY).expect("chip card");
    assert_eq!(chip.number, "001090001234");
    assert_eq!(chip.old_number.as_deref(), Some("123456789"));
    assert_eq!(chip.name, "Nguyễn Văn An");
    assert_eq!(chip.born, Date::ymd(1990, 3, 15));
    assert_eq!(chip.sex, Some(Sex::Male));
    assert_eq!(chip.issued, Date::ymd(2021, 6, 10));
    assert!(chip.address.starts_with("Số 1 phố Huế"));
    assert!(!chip.is_can_cuoc_model(), "issued before 01/07/2024 (Law 26/2023/QH15 in force that day)");

    let can_cuoc = parse(CAN_CUOC, TODAY).expect("căn cước card");
    assert_eq!(can_cuoc.old_number, None, "an empty old-CMND field");
    assert_eq!(can_cuoc.sex, Some(Sex::Female));
    assert_eq!(can_cuoc.issued, Date::ymd(2024, 10, 4));
    assert!(can_cuoc.is_can_cuoc_model());
}

#[test]
fn what_scanners_add_is_tolerated() {
    for scanned in [
        format!("{CHIP}\r\n"),
        format!("\u{feff}{CHIP}"),
        format!("  {CHIP}|||| "),
        CHIP.replace('|', " | "),
        CHIP.replace("Nguyễn Văn An", "Nguyễn  Văn   An"),
        CHIP.replace("15031990", "15/03/1990"),
    ] {
        let card = parse(&scanned, TODAY).unwrap_or_else(|e| panic!("{scanned:?}: {e:?}"));
        assert_eq!((card.number.as_str(), card.name.as_str(), card.born), ("001090001234", "Nguyễn Văn An", Date::ymd(1990, 3, 15)), "{scanned:?}");
    }
    // A sex written otherwise is not guessed; the rest is read.
    assert_eq!(parse(&CHIP.replace("|Nam|", "|M|"), TODAY).map(|c| c.sex), Ok(None));
    // An old number that is not 9 or 12 digits is left out rather than shown wrong.
    assert_eq!(parse(&CHIP.replace("123456789", "12345"), TODAY).map(|c| c.old_number), Ok(None));
}

#[test]
fn a_bad_scan_fills_nothing_and_says_why() {
    let cases: Vec<(String, CardQrProblem)> = vec![
        (String::new(), CardQrProblem::Empty),
        ("\r\n".into(), CardQrProblem::Empty),
        ("https://dichvucong.gov.vn".into(), CardQrProblem::NotACardQr),
        ("00020101021238570010A000000727".into(), CardQrProblem::NotACardQr),
        ("001090001234|123456789|Nguyễn Văn An|150319".into(), CardQrProblem::Truncated { fields: 4 }),
        ("001090001234|123456789|Nguyễn Văn An|15031990|Nam|Hà Nội".into(), CardQrProblem::Truncated { fields: 6 }),
        (CHIP.replace("001090001234", "00109000123"), CardQrProblem::Number(IdNumberProblem::WrongLength { digits: 11 })),
        (CHIP.replace("Nguyễn Văn An", "Nguy3n"), CardQrProblem::Name),
        (CHIP.replace("Nguyễn Văn An", ""), CardQrProblem::Name),
        // 31/02 does not exist.
        (CHIP.replace("15031990", "31021990"), CardQrProblem::BirthDate(DateInputError::NoSuchDay { day: 31, month: 2, year: 1990 })),
        (CHIP.replace("10062021", "1006202"), CardQrProblem::IssueDate(DateInputError::Format)),
        (CHIP.replace("10062021", "03122026"), CardQrProblem::IssuedOutOfRange),
        (CHIP.replace("10062021", "14031990"), CardQrProblem::IssuedOutOfRange),
        // Digits 5–6 of the number are the year of birth (Thông tư 59/2021/TT-BCA Điều 7).
        (CHIP.replace("15031990", "15031991"), CardQrProblem::NumberDisagreesWithBirth { in_number: 1990, in_field: 1991 }),
        ("|".repeat(6), CardQrProblem::Number(IdNumberProblem::Empty)),
        ("ữ|".repeat(400_000), CardQrProblem::TooLong),
    ];
    for (scanned, expected) in cases {
        let shown: String = scanned.chars().take(60).collect();
        let got = parse(&scanned, TODAY);
        assert_eq!(got, Err(expected.clone()), "{shown:?}");
        for lang in [Lang::Vi, Lang::En] {
            assert!(!words::problem(lang, &expected).is_empty(), "a message for {expected:?}");
        }
    }
    assert!(words::problem(Lang::Vi, &CardQrProblem::Truncated { fields: 4 }).contains("chưa điền gì"), "says nothing was filled");
}

#[test]
fn a_confirmed_card_fills_the_card_tool_the_id_checker_and_each_forms_person() {
    let chip = parse(CHIP, TODAY).unwrap();
    // The card tool: date of birth and issue date; the card model from the issue date; the
    // "valid until" date stays to be read from the card.
    let mut card = CardDraft::default();
    assert_eq!(card.fill_from_card(&chip), 3);
    assert_eq!((card.born.as_str(), card.issued.as_str(), card.held), ("15/03/1990", "10/06/2021", Some(CardHeld::CccdChip)));
    assert!(card.expiry.is_empty() && !card.no_expiry);
    let mut can_cuoc = CardDraft::default();
    can_cuoc.fill_from_card(&parse(CAN_CUOC, TODAY).unwrap());
    assert_eq!(can_cuoc.held, Some(CardHeld::CanCuoc));
    // A model chosen before is replaced by the one the confirmed card shows.
    let mut chosen = CardDraft { held: Some(CardHeld::CanCuoc), ..CardDraft::default() };
    chosen.fill_from_card(&chip);
    assert_eq!(chosen.held, Some(CardHeld::CccdChip), "a card issued 10/06/2021 is a chip CCCD");
    assert!(card.answers(Lang::Vi, TODAY).is_ok(), "the filled answers are accepted as they are");

    // The e-ID guide's date-of-birth question: the date and the card model (the expiry is asked next).
    let mut eid = congdanso::ui::eid_flow::EidDraft::default();
    assert_eq!(congdanso::ui::guide::Guide::fill_from_card(&mut eid, &chip), 2);
    assert_eq!((eid.born.as_str(), eid.card, eid.expiry.as_str()), ("15/03/1990", Some(CardHeld::CccdChip), ""));
    {
        use congdanso::law::eid::Nationality;
        use congdanso::ui::eid_flow::{EidDraft, EidStep};
        use congdanso::ui::guide::Guide;
        let citizen = EidDraft { nationality: Some(Nationality::Vietnamese), ..EidDraft::default() };
        assert!(citizen.scans_card(EidStep::BirthDate) && !citizen.scans_card(EidStep::Phone));
        let foreigner = EidDraft { nationality: Some(Nationality::ForeignerWithCard), ..EidDraft::default() };
        assert!(!foreigner.scans_card(EidStep::BirthDate), "foreigners hold no such card");
    }

    let mut id = IdDraft::default();
    id.fill_from_card(&chip);
    assert_eq!((id.number.as_str(), id.birth_date.as_str()), ("001090001234", "15/03/1990"));

    // TK01: the applicant (part A) or the person registered for (part C, which is then shown).
    let mut tk01 = FormDraft::default();
    assert_eq!(flow::fill_from_card(&TK01, &mut tk01, &chip, "nguoi-de-nghi"), vec!["tk01-a1", "tk01-a2", "tk01-a3"]);
    assert_eq!(tk01.get("tk01-a2"), "001090001234");
    let mut tk01_c = FormDraft::default();
    let filled = flow::fill_from_card(&TK01, &mut tk01_c, &chip, "nguoi-duoc-dang-ky");
    assert_eq!(filled, vec!["tk01-c11", "tk01-c12", "tk01-c13", "tk01-cho-nguoi-khac"]);
    // CT01: the person declaring, sex included; the head of household has no date of birth item.
    let mut ct01 = FormDraft::default();
    assert_eq!(flow::fill_from_card(&CT01, &mut ct01, &chip, "nguoi-khai"), vec!["ct01-1", "ct01-4", "ct01-2", "ct01-3"]);
    assert_eq!(ct01.get("ct01-3"), "nam");
    assert_eq!(flow::fill_from_card(&CT01, &mut FormDraft::default(), &chip, "chu-ho"), vec!["ct01-7", "ct01-9"]);
    // The birth declaration: the mother's block, never her address.
    let mut birth = FormDraft::default();
    assert_eq!(flow::fill_from_card(&BIRTH_DECLARATION, &mut birth, &chip, "me"), vec!["ks-me-ten", "ks-me-so", "ks-me-ns"]);
    assert!(birth.get("ks-me-cu-tru").is_empty(), "the printed address is not copied");
    // Every role's items exist on its form, and each has its words in both languages.
    for form in [&TK01, &CT01, &BIRTH_DECLARATION] {
        for role in congdanso::content::forms::card_roles(form) {
            for id in [Some(role.name), Some(role.number), role.born, role.sex].into_iter().flatten() {
                assert!(form.item(id).is_some(), "{} has {id}", form.slug);
            }
            for lang in [Lang::Vi, Lang::En] {
                assert!(!congdanso::ui::text::forms::card_role(lang, role.code).is_empty(), "{}", role.code);
            }
        }
    }
    // A scan replaces what the person had typed there: they confirmed the card's lines.
    let mut typed = FormDraft::default();
    typed.set("ct01-1", "Nguyen Van A");
    flow::fill_from_card(&CT01, &mut typed, &chip, "nguoi-khai");
    assert_eq!(typed.get("ct01-1"), "Nguyễn Văn An");
}
