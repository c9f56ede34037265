//! The card calculator's answers as typed, their link codec and their checks. Pure: tested natively.
//!
//! Link: `#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&mien=1&mdd2=1&as_of=2026-11-24`
//! (`hh=khong` = "Không thời hạn").

use crate::content::savings::Planned;
use crate::law::card::{self, CardAnswers, CardField, CardHeld, PrintedExpiry, Procedure};
use crate::law::card_qr::CardQr;
use crate::law::date::Date;
use crate::law::digital_citizen::{Answer, BasicItem, DigitalCitizen};

use super::digital_citizen_flow::DcDraft;

use super::form::{FieldKind, FieldSpec, FillFromCard, Value};
use super::link::{self, Params, Query};
use super::route::Location;
use super::text::card as words;
use super::text::{t, Lang, T};

/// What the form holds, as typed.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct Draft {
    pub born: String,
    pub held: Option<CardHeld>,
    pub issued: String,
    pub expiry: String,
    pub no_expiry: bool,
    pub exempt: bool,
    pub eid2: bool,
    /// Has integrated the 5 basic items in VNeID (the digital-citizen waiver's condition).
    pub basic_items: bool,
    /// The card's printed details changed in the 2025 merger of provinces and communes.
    pub admin_change: bool,
}

impl Draft {
    /// The digital-citizen tool with what this form already knows: the card procedure found, the
    /// level-2 account and the basic items.
    pub fn digital_citizen(&self, procedure: Procedure) -> DcDraft {
        let cccd = matches!(self.held, Some(CardHeld::CccdChip | CardHeld::CccdNoChip));
        let planned = match procedure {
            Procedure::Reissue => Some(Planned::CardReissue),
            Procedure::Renewal | Procedure::OptionalSwap if cccd => Some(Planned::CardSwapFromCccd),
            Procedure::Renewal | Procedure::OptionalSwap => Some(Planned::CardRenewal),
            _ => None,
        };
        DcDraft {
            level_2: self.eid2.then_some(Answer::Yes),
            items: if self.eid2 && self.basic_items { BasicItem::ALL.to_vec() } else { Vec::new() },
            planned: planned.into_iter().collect(),
            ..DcDraft::default()
        }
    }
}

impl Query for Draft {
    fn read(loc: &Location) -> Draft {
        let expiry = loc.text(&link::EXPIRY);
        Draft {
            born: loc.text(&link::BORN).to_string(),
            held: loc.choice(&link::CARD).and_then(CardHeld::from_code),
            issued: loc.text(&link::ISSUED).to_string(),
            expiry: if expiry == link::NEVER { String::new() } else { expiry.to_string() },
            no_expiry: expiry == link::NEVER,
            exempt: loc.flag(&link::FEE_EXEMPT),
            eid2: loc.flag(&link::CARD_EID_LEVEL_2),
            basic_items: loc.flag(&link::BASIC_ITEMS),
            admin_change: loc.flag(&link::ADMIN_CHANGE),
        }
    }

    fn write(&self) -> Params {
        let dates = self.held.is_some_and(CardHeld::has_dates);
        Params::new()
            .text(&link::BORN, &self.born)
            .choice(&link::CARD, self.held.map(CardHeld::code))
            .text(&link::ISSUED, if dates { &self.issued } else { "" })
            .expiry(&link::EXPIRY, if dates { &self.expiry } else { "" }, dates && self.no_expiry)
            .flag(&link::ADMIN_CHANGE, self.admin_change && matches!(self.held, Some(CardHeld::CanCuoc | CardHeld::CccdChip | CardHeld::CccdNoChip)))
            .flag(&link::FEE_EXEMPT, self.exempt)
            .flag(&link::CARD_EID_LEVEL_2, self.eid2)
            .flag(&link::BASIC_ITEMS, self.eid2 && self.basic_items)
    }
}

impl FillFromCard for Draft {
    /// Fills the date of birth, the issue date and the card model from the card's QR (only chip
    /// cards and căn cước cards carry it; the model follows from the issue date, whatever was
    /// chosen before); "valid until" stays to be read from the card, the QR lacks it. Returns how
    /// many answers were filled.
    fn fill_from_card(&mut self, card: &CardQr) -> usize {
        self.born = card.born.to_string();
        self.issued = card.issued.to_string();
        self.held = Some(if card.is_can_cuoc_model() { CardHeld::CanCuoc } else { CardHeld::CccdChip });
        3
    }
}

impl Draft {
    /// Whether the link carries answers (then the page opens on the result or on its errors).
    pub fn is_filled(&self) -> bool {
        !self.born.is_empty() || self.held.is_some()
    }

    /// The answers, or the problems as (element id, message) in form order: first each field by
    /// its spec, then what the rules find between fields (an issue date before the birth, …).
    pub fn answers(&self, lang: Lang, as_of: Date) -> Result<CardAnswers, Vec<(String, String)>> {
        let mut errors = Vec::new();
        let mut value = |id: &str| -> Value {
            let Some(f) = CARD_FIELDS.iter().find(|f| f.id == id && (f.applies)(self)) else { return Value::Empty };
            f.check(self, as_of).unwrap_or_else(|p| {
                errors.push((f.error_target(), f.problem_text(lang, &p, as_of)));
                Value::Empty
            })
        };
        let born = match value("born") {
            Value::Date(d) => Some(d),
            _ => None,
        };
        let held = match value("held") {
            Value::Choice(code) => CardHeld::from_code(code),
            _ => None,
        };
        let issued_on = match value("issued") {
            Value::Date(d) => Some(d),
            _ => None,
        };
        let printed_expiry = match value("expiry") {
            Value::Date(d) => Some(PrintedExpiry::On(d)),
            Value::Never => Some(PrintedExpiry::Never),
            _ => None,
        };
        let (Some(born), Some(held), true) = (born, held, errors.is_empty()) else {
            return Err(errors);
        };
        let answer = |yes: bool| if yes { Answer::Yes } else { Answer::Unknown };
        let digital = DigitalCitizen { level_2: answer(self.eid2), basic_items: answer(self.eid2 && self.basic_items), document: Answer::Unknown };
        let admin_change = self.admin_change && CARD_FIELDS.iter().any(|f| f.id == "admin-change" && (f.applies)(self));
        let answers = CardAnswers { born, held, issued_on, printed_expiry, exempt_group: self.exempt, digital, admin_change };
        let problems = card::check_answers(&answers, as_of);
        if problems.is_empty() {
            return Ok(answers);
        }
        Err(problems
            .into_iter()
            .map(|p| {
                let id = match p.field() {
                    CardField::AsOf => "as-of",
                    CardField::Born => "born",
                    CardField::IssuedOn => "issued",
                    CardField::PrintedExpiry => "expiry",
                };
                (id.to_string(), words::problem(lang, p))
            })
            .collect())
    }
}

/// The card form, one row per question, in the order asked.
pub static CARD_FIELDS: [FieldSpec<Draft>; 8] = [
    FieldSpec {
        id: "born",
        param: &link::BORN,
        kind: FieldKind::Date { past_only: false },
        required: true,
        missing: None,
        label: |lang, helper, _| words::born_label(lang, helper),
        hint: |lang, _| Some(t(lang, T::BornHint).to_string()),
        applies: |_| true,
        get: |d| d.born.clone(),
        set: |d, v| d.born = v,
    },
    FieldSpec {
        id: "held",
        param: &link::CARD,
        kind: FieldKind::Choice(|lang| {
            CardHeld::ALL
                .iter()
                .map(|h| {
                    let (label, hint) = words::held(lang, *h);
                    (h.code(), label, hint)
                })
                .collect()
        }),
        required: true,
        missing: Some(T::ChooseCard),
        label: |lang, helper, _| words::held_label(lang, helper),
        hint: |_, _| None,
        applies: |_| true,
        get: |d| d.held.map(CardHeld::code).unwrap_or_default().to_string(),
        set: |d, v| d.held = CardHeld::from_code(&v),
    },
    FieldSpec {
        id: "issued",
        param: &link::ISSUED,
        kind: FieldKind::Date { past_only: false },
        required: false,
        missing: None,
        label: |lang, _, d| t(lang, if d.held == Some(CardHeld::Lost) { T::LostIssuedLabel } else { T::IssuedLabel }).to_string(),
        hint: |lang, d| Some(t(lang, if d.held == Some(CardHeld::Lost) { T::LostIssuedHint } else { T::IssuedHint }).to_string()),
        applies: |d| d.held.is_some_and(CardHeld::has_dates),
        get: |d| d.issued.clone(),
        set: |d, v| d.issued = v,
    },
    FieldSpec {
        id: "expiry",
        param: &link::EXPIRY,
        kind: FieldKind::DateOrNever,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::ExpiryLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::ExpiryHint).to_string()),
        applies: |d| d.held.is_some_and(|h| h.has_dates() && h != CardHeld::Cmnd && h != CardHeld::Lost),
        get: |d| if d.no_expiry { link::NEVER.to_string() } else { d.expiry.clone() },
        set: |d, v| {
            d.no_expiry = v == link::NEVER;
            d.expiry = if d.no_expiry { String::new() } else { v };
        },
    },
    FieldSpec {
        id: "admin-change",
        param: &link::ADMIN_CHANGE,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::AdminChangeLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::AdminChangeHint).to_string()),
        applies: |d| matches!(d.held, Some(CardHeld::CanCuoc | CardHeld::CccdChip | CardHeld::CccdNoChip)),
        get: |d| if d.admin_change { "1" } else { "" }.to_string(),
        set: |d, v| d.admin_change = v == "1",
    },
    FieldSpec {
        id: "exempt",
        param: &link::FEE_EXEMPT,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::ExemptLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::ExemptHint).to_string()),
        applies: |_| true,
        get: |d| if d.exempt { "1" } else { "" }.to_string(),
        set: |d, v| d.exempt = v == "1",
    },
    FieldSpec {
        id: "eid2",
        param: &link::CARD_EID_LEVEL_2,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::Eid2Label).to_string(),
        hint: |lang, _| Some(t(lang, T::Eid2Hint).to_string()),
        applies: |_| true,
        get: |d| if d.eid2 { "1" } else { "" }.to_string(),
        set: |d, v| d.eid2 = v == "1",
    },
    FieldSpec {
        id: "basic-items",
        param: &link::BASIC_ITEMS,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::BasicItemsLabel).to_string(),
        hint: |lang, _| Some(t(lang, T::BasicItemsHint).to_string()),
        applies: |d| d.eid2,
        get: |d| if d.basic_items { "1" } else { "" }.to_string(),
        set: |d, v| d.basic_items = v == "1",
    },
];
