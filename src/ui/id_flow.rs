//! The ID checker's questions and link codec. Pure: tested natively.
//!
//! Link: `#/so-dinh-danh?so=001090001234&ns=15/03/1990` opens the result directly. The number is
//! read from such a link (a support worker may share one) but never written into one.

use crate::law::card_qr::CardQr;

use super::form::{FieldKind, FieldSpec, FillFromCard};
use super::link::{self, Params, Query};
use super::route::Location;
use super::text::{t, T};

/// What the checker's form holds, as typed.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct IdDraft {
    pub number: String,
    pub birth_date: String,
}

impl FillFromCard for IdDraft {
    /// The number and the date of birth from the card's QR; returns how many answers were filled.
    fn fill_from_card(&mut self, card: &CardQr) -> usize {
        self.number = card.number.clone();
        self.birth_date = card.born.to_string();
        2
    }
}

impl Query for IdDraft {
    fn read(loc: &Location) -> IdDraft {
        IdDraft { number: loc.text(&link::ID_NUMBER).to_string(), birth_date: loc.text(&link::BORN).to_string() }
    }

    /// The number is personal: only the date of birth is written.
    fn write(&self) -> Params {
        Params::new().text(&link::ID_NUMBER, &self.number).text(&link::BORN, &self.birth_date)
    }
}

/// The checker's form, one row per question.
pub static ID_FIELDS: [FieldSpec<IdDraft>; 2] = [
    FieldSpec {
        id: "id-number",
        param: &link::ID_NUMBER,
        kind: FieldKind::IdNumber,
        required: true,
        missing: None,
        label: |lang, _, _| t(lang, T::IdNumberLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::IdNumberHint).to_string()),
        applies: |_| true,
        get: |d| d.number.clone(),
        set: |d, v| d.number = v,
    },
    FieldSpec {
        id: "birth-date",
        param: &link::BORN,
        kind: FieldKind::BirthDate,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::DobLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::DobHint).to_string()),
        applies: |_| true,
        get: |d| d.birth_date.clone(),
        set: |d, v| d.birth_date = v,
    },
];
