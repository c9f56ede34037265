//! The card calculator's answers as typed, their link codec and their checks. Pure: tested natively.
//!
//! Link: `#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&mien=1&mdd2=1&as_of=2026-11-24`
//! (`hh=khong` = "Không thời hạn").

use crate::law::card::{self, CardAnswers, CardField, CardHeld, PrintedExpiry};
use crate::law::date::{Date, DateInputError};

use super::link::{self, Params, Query};
use super::route::Location;
use super::text::card as words;
use super::text::{common, t, Lang, T};

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
        }
    }

    fn write(&self) -> Params {
        let dates = self.held.is_some_and(CardHeld::has_dates);
        Params::new()
            .text(&link::BORN, &self.born)
            .choice(&link::CARD, self.held.map(CardHeld::code))
            .text(&link::ISSUED, if dates { &self.issued } else { "" })
            .expiry(&link::EXPIRY, if dates { &self.expiry } else { "" }, dates && self.no_expiry)
            .flag(&link::FEE_EXEMPT, self.exempt)
            .flag(&link::CARD_EID_LEVEL_2, self.eid2)
    }
}

impl Draft {
    /// Whether the link carries answers (then the page opens on the result or on its errors).
    pub fn is_filled(&self) -> bool {
        !self.born.is_empty() || self.held.is_some()
    }

    /// The answers, or the problems per field id in form order.
    pub fn answers(&self, lang: Lang, as_of: Date) -> Result<CardAnswers, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        let optional = |s: &str| match Date::parse_dmy(s) {
            Err(DateInputError::Empty) => Ok(None),
            Err(e) => Err(common::date_problem(lang, e)),
            Ok(d) => Ok(Some(d)),
        };
        let born = match Date::parse_dmy(&self.born) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(("born", common::date_problem(lang, e)));
                None
            }
        };
        if self.held.is_none() {
            errors.push(("held-can-cuoc", t(lang, T::ChooseCard).to_string()));
        }
        let dates = self.held.is_some_and(CardHeld::has_dates);
        let issued = if dates { optional(&self.issued).map_err(|e| errors.push(("issued", e))).ok().flatten() } else { None };
        let expiry = match (dates && !matches!(self.held, Some(CardHeld::Cmnd | CardHeld::Lost)), self.no_expiry) {
            (false, _) => None,
            (true, true) => Some(PrintedExpiry::Never),
            (true, false) => optional(&self.expiry).map_err(|e| errors.push(("expiry", e))).ok().flatten().map(PrintedExpiry::On),
        };
        let (Some(born), Some(held), true) = (born, self.held, errors.is_empty()) else {
            return Err(errors);
        };
        let answers = CardAnswers { born, held, issued_on: issued, printed_expiry: expiry, exempt_group: self.exempt, eid_level_2: self.eid2 };
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
                (id, words::problem(lang, p))
            })
            .collect())
    }
}

