//! Questions and form fields as data: every row is declared coherently, reads back what it
//! writes, and the forms built on them say what is wrong beside the right field.

use congdanso::content::events::LifeEvent;
use congdanso::law::date::Date;
use congdanso::ui::card_flow::{Draft as CardDraft, CARD_FIELDS};
use congdanso::ui::digital_citizen_flow::{DcDraft, DcStep, QUESTIONS as DC_QUESTIONS};
use congdanso::ui::eid_flow::{EidDraft, EidStep, QUESTIONS};
use congdanso::ui::event_flow::{EventDraft, EVENT_FIELDS};
use congdanso::ui::form::{FieldKind, FieldSpec};
use congdanso::ui::guide::Guide;
use congdanso::ui::id_flow::{IdDraft, ID_FIELDS};
use congdanso::ui::link;
use congdanso::ui::text::Lang;

const TODAY: Date = Date::ymd(2026, 11, 24);

/// A value each kind accepts.
fn sample(kind: FieldKind) -> String {
    match kind {
        FieldKind::Date { .. } | FieldKind::BirthDate => "15/03/1990".into(),
        FieldKind::DateOrNever => "khong".into(),
        FieldKind::Text { .. } => "Nguyễn Văn A".into(),
        FieldKind::IdNumber => "001090001234".into(),
        FieldKind::Phone => "0912345678".into(),
        FieldKind::Flag => "1".into(),
        FieldKind::Name => "Nguyễn Văn A".into(),
        FieldKind::Email => "a@example.com".into(),
        FieldKind::YearOrDate => "1990".into(),
        FieldKind::IdOrPassport => "C1234567".into(),
        FieldKind::Copies => "2".into(),
        FieldKind::Choice(options) => options(Lang::Vi).last().map(|(code, _, _)| code.to_string()).unwrap_or_default(),
        // The first and the last option ticked, in the list's order.
        FieldKind::Choices(options) => {
            let codes: Vec<&str> = options(Lang::Vi).into_iter().map(|(code, _, _)| code).collect();
            format!("{},{}", codes.first().unwrap_or(&""), codes.last().unwrap_or(&""))
        }
    }
}

fn check_rows<D: Clone>(form: &str, rows: &[&FieldSpec<D>], base: D) {
    for row in rows {
        assert!(link::ALL.iter().any(|p| p.key == row.param.key), "{form}/{}: its link parameter is not declared", row.id);
        let value = sample(row.kind);
        let mut draft = base.clone();
        (row.set)(&mut draft, value.clone());
        assert_eq!((row.get)(&draft), value, "{form}/{}: reads back what it writes", row.id);
        assert!(row.check(&draft, TODAY).is_ok(), "{form}/{}: accepts {value}", row.id);
        for lang in [Lang::Vi, Lang::En] {
            assert!(!(row.label)(lang, false, &draft).trim().is_empty(), "{form}/{}: a label in {lang:?}", row.id);
            assert!(!row.shown(lang, &draft).trim().is_empty(), "{form}/{}: the answer read back", row.id);
        }
        if let FieldKind::Choice(options) | FieldKind::Choices(options) = row.kind {
            assert_eq!(options(Lang::Vi).len(), options(Lang::En).len(), "{form}/{}", row.id);
        }
    }
}

#[test]
fn every_row_is_declared_coherently_and_round_trips() {
    check_rows::<CardDraft>("card", &CARD_FIELDS.iter().collect::<Vec<_>>(), CardDraft::default());
    check_rows::<EidDraft>("eid", &QUESTIONS.iter().map(|(_, q)| q).collect::<Vec<_>>(), EidDraft::default());
    check_rows::<DcDraft>("digital citizen", &DC_QUESTIONS.iter().map(|(_, q)| q).collect::<Vec<_>>(), DcDraft::default());
    check_rows::<IdDraft>("id", &ID_FIELDS.iter().collect::<Vec<_>>(), IdDraft::default());
    check_rows::<EventDraft>("event", &EVENT_FIELDS.iter().collect::<Vec<_>>(), EventDraft { event: Some(LifeEvent::Birth), ..EventDraft::default() });
    let mut ids: Vec<&str> = CARD_FIELDS.iter().map(|f| f.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), CARD_FIELDS.len(), "card field ids are unique");
}

#[test]
fn the_guides_ask_one_row_per_question_step_in_order() {
    let steps: Vec<EidStep> = QUESTIONS.iter().map(|(s, _)| *s).collect();
    // Every page but the start, the check page and the result asks one question.
    let pages =
        |order: &[EidStep]| -> Vec<EidStep> { order.iter().copied().filter(|s| ![EidDraft::START, EidDraft::CHECK, EidDraft::RESULT].contains(s)).collect() };
    let expected = pages(&EidStep::ORDER);
    assert_eq!(steps, expected);
    let steps: Vec<DcStep> = DC_QUESTIONS.iter().map(|(s, _)| *s).collect();
    let expected: Vec<DcStep> = DcStep::ORDER.into_iter().filter(|s| ![DcDraft::START, DcDraft::CHECK, DcDraft::RESULT].contains(s)).collect();
    assert_eq!(steps, expected);
}

#[test]
fn the_card_form_names_each_missing_answer_beside_its_field() {
    let errors = CardDraft::default().answers(Lang::Vi, TODAY).unwrap_err();
    let ids: Vec<&str> = errors.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, vec!["born", "held-can-cuoc"]);
    assert_eq!(errors[1].1, "Hãy chọn loại thẻ bạn đang có.");
    let typed = CardDraft { born: "12ữ199".into(), held: None, ..CardDraft::default() };
    assert!(typed.answers(Lang::En, TODAY).unwrap_err()[0].1.contains("not a date we can read"));
}
