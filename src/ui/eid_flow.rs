//! The e-ID guide's question flow: which questions apply, in what order, and the answers carried in
//! the link. Pure (no web types), so the flow is tested natively.
//!
//! Link: `#/dinh-danh-dien-tu/<step>?qt=vn&ns=15/03/1990&the=can-cuoc&hh=15/03/2030&sdt=co&tk=chua-co&giup=1&as_of=…`

use crate::law::card::{CardHeld, PrintedExpiry};
use crate::law::card_qr::CardQr;
use crate::law::date::Date;
use crate::law::eid::{AccountStatus, EidAnswers, Nationality};

use crate::law::digital_citizen::Answer;

use super::digital_citizen_flow::DcDraft;
use super::form::{FieldKind, FieldSpec};
use super::form_helper_flow::FormPrefill;
use super::guide::Guide;
use super::link::{self, Params, Query};
use super::route::{Location, Route};
use super::text::eid::{self as words, say};
use super::text::{card as card_words, t, T};

/// The pages of the guide, in order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EidStep {
    Start,
    Nationality,
    BirthDate,
    Card,
    CardExpiry,
    Phone,
    Account,
    Check,
    Result,
}

impl EidStep {
    pub const ORDER: [EidStep; 9] = [
        EidStep::Start,
        EidStep::Nationality,
        EidStep::BirthDate,
        EidStep::Card,
        EidStep::CardExpiry,
        EidStep::Phone,
        EidStep::Account,
        EidStep::Check,
        EidStep::Result,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            EidStep::Start => "",
            EidStep::Nationality => "quoc-tich",
            EidStep::BirthDate => "ngay-sinh",
            EidStep::Card => "the",
            EidStep::CardExpiry => "han-the",
            EidStep::Phone => "so-dien-thoai",
            EidStep::Account => "tai-khoan",
            EidStep::Check => "kiem-tra",
            EidStep::Result => "ket-qua",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EidStep> {
        EidStep::ORDER.into_iter().find(|s| s.slug() == slug)
    }
}

/// The answers as carried in the link (each may be missing).
#[derive(Clone, PartialEq, Default, Debug)]
pub struct EidDraft {
    pub nationality: Option<Nationality>,
    pub born: String,
    pub card: Option<CardHeld>,
    /// Typed "valid until" date, or empty.
    pub expiry: String,
    pub no_expiry: bool,
    pub own_number: Option<bool>,
    pub status: Option<AccountStatus>,
    /// "Tôi đang giúp người khác": speak of "the person helped" instead of "you".
    pub helper: bool,
    /// Came from the check-answers page: continue returns there.
    pub returning: bool,
}

pub fn nationality_code(n: Nationality) -> &'static str {
    match n {
        Nationality::Vietnamese => "vn",
        Nationality::ForeignerWithCard => "nn-the",
        Nationality::ForeignerWithoutCard => "nn-khong",
    }
}

pub const NATIONALITIES: [Nationality; 3] = [Nationality::Vietnamese, Nationality::ForeignerWithCard, Nationality::ForeignerWithoutCard];

pub fn status_code(s: AccountStatus) -> &'static str {
    match s {
        AccountStatus::NoAccount => "chua-co",
        AccountStatus::Level1 => "muc-1",
        AccountStatus::Level2NotActivated => "cho-kich-hoat",
        AccountStatus::Level2 => "muc-2",
        AccountStatus::Locked => "bi-khoa",
        AccountStatus::ChangedNumber => "doi-so",
        AccountStatus::LostPhone => "mat-may",
        AccountStatus::ForgotPassword => "quen-mat-khau",
    }
}

pub const STATUSES: [AccountStatus; 8] = [
    AccountStatus::NoAccount,
    AccountStatus::Level1,
    AccountStatus::Level2NotActivated,
    AccountStatus::Level2,
    AccountStatus::Locked,
    AccountStatus::ChangedNumber,
    AccountStatus::LostPhone,
    AccountStatus::ForgotPassword,
];

/// The card choices the guide offers (the card calculator's, in the same codes).
pub const CARDS: [CardHeld; 6] = CardHeld::ALL;

impl Query for EidDraft {
    fn read(loc: &Location) -> EidDraft {
        let expiry = loc.text(&link::EXPIRY);
        EidDraft {
            nationality: loc.choice(&link::NATIONALITY).and_then(|c| NATIONALITIES.into_iter().find(|n| nationality_code(*n) == c)),
            born: loc.text(&link::BORN).to_string(),
            card: loc.choice(&link::CARD).and_then(CardHeld::from_code),
            expiry: if expiry == link::NEVER { String::new() } else { expiry.to_string() },
            no_expiry: expiry == link::NEVER,
            own_number: loc.yes_no(&link::OWN_NUMBER),
            status: loc.choice(&link::ACCOUNT).and_then(|c| STATUSES.into_iter().find(|s| status_code(*s) == c)),
            helper: loc.flag(&link::HELPER),
            returning: loc.flag(&link::RETURNING),
        }
    }

    fn write(&self) -> Params {
        Params::new()
            .choice(&link::NATIONALITY, self.nationality.map(nationality_code))
            .text(&link::BORN, &self.born)
            .choice(&link::CARD, self.card.map(CardHeld::code))
            .expiry(&link::EXPIRY, &self.expiry, self.no_expiry)
            .yes_no(&link::OWN_NUMBER, self.own_number)
            .choice(&link::ACCOUNT, self.status.map(status_code))
            .flag(&link::HELPER, self.helper)
            .flag(&link::RETURNING, self.returning)
    }
}

impl Guide for EidDraft {
    type Step = EidStep;
    const ORDER: &'static [EidStep] = &EidStep::ORDER;
    const START: EidStep = EidStep::Start;
    const CHECK: EidStep = EidStep::Check;
    const RESULT: EidStep = EidStep::Result;

    fn questions() -> &'static [(EidStep, FieldSpec<EidDraft>)] {
        &QUESTIONS
    }

    fn route(step: EidStep) -> Route {
        Route::Eid(step)
    }

    fn returning(&self) -> bool {
        self.returning
    }

    fn returning_as(&self, returning: bool) -> EidDraft {
        EidDraft { returning, ..self.clone() }
    }

    fn helper(&self) -> bool {
        self.helper
    }

    /// The date-of-birth question offers the card scan to a Vietnamese citizen (foreigners hold
    /// no such card): it answers that question and the card's model (the expiry is still asked:
    /// the QR lacks it).
    fn scans_card(&self, step: EidStep) -> bool {
        step == EidStep::BirthDate && self.nationality == Some(Nationality::Vietnamese)
    }

    fn fill_from_card(&mut self, card: &CardQr) -> usize {
        self.born = card.born.to_string();
        self.card = Some(if card.is_can_cuoc_model() { CardHeld::CanCuoc } else { CardHeld::CccdChip });
        2
    }
}

impl EidDraft {
    /// The digital-citizen tool with what the guide knows: a level-2 account already active.
    pub fn digital_citizen(&self) -> DcDraft {
        let level_2 = (self.status == Some(AccountStatus::Level2)).then_some(Answer::Yes);
        DcDraft { level_2, helper: self.helper, ..DcDraft::default() }
    }

    /// Form TK01 with what the guide knows: the date of birth, and part C when the account is
    /// for a child under 14 (a parent or guardian then fills part A with their own details).
    pub fn tk01(&self, today: Date) -> FormPrefill {
        let child = Date::parse_dmy(&self.born).is_ok_and(|b| b.age_on(today) < 14);
        FormPrefill { born: self.born.clone(), for_other: child, helper: self.helper, ..FormPrefill::default() }
    }

    /// The rules' input, once every question that applies is answered.
    pub fn answers(&self, today: Date) -> Option<EidAnswers> {
        if self.first_missing(today).is_some() {
            return None;
        }
        let foreign_without = self.nationality == Some(Nationality::ForeignerWithoutCard);
        Some(EidAnswers {
            nationality: self.nationality?,
            born: Date::parse_dmy(&self.born).ok()?,
            card: self.card.filter(|_| self.applies(EidStep::Card)),
            card_expiry: if !self.applies(EidStep::CardExpiry) {
                None
            } else if self.no_expiry {
                Some(PrintedExpiry::Never)
            } else {
                Date::parse_dmy(&self.expiry).ok().map(PrintedExpiry::On)
            },
            own_number: self.own_number.unwrap_or(false) && !foreign_without,
            status: self.status.unwrap_or(AccountStatus::NoAccount),
        })
    }
}

/// The guide's questions, one row each: the page's field, its words and how it reads and writes
/// the answers. Adding a question is a row here, its words in `text::eid`, and its step.
pub static QUESTIONS: [(EidStep, FieldSpec<EidDraft>); 6] = [
    (
        EidStep::Nationality,
        FieldSpec {
            id: "answer-choice",
            param: &link::NATIONALITY,
            kind: FieldKind::Choice(|lang| NATIONALITIES.iter().map(|n| (nationality_code(*n), words::nationality(lang, *n), "")).collect()),
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::NATIONALITY_Q.vi, words::NATIONALITY_Q.en),
            hint: |_, _| None,
            applies: |_| true,
            get: |d| d.nationality.map(nationality_code).unwrap_or_default().to_string(),
            set: |d, v| d.nationality = NATIONALITIES.into_iter().find(|n| nationality_code(*n) == v),
        },
    ),
    (
        EidStep::BirthDate,
        FieldSpec {
            id: "answer-date",
            param: &link::BORN,
            kind: FieldKind::BirthDate,
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::BIRTH_Q.vi, words::BIRTH_Q.en),
            hint: |lang, _| Some(t(lang, T::BornHint).to_string()),
            applies: |_| true,
            get: |d| d.born.clone(),
            set: |d, v| d.born = v,
        },
    ),
    (
        EidStep::Card,
        FieldSpec {
            id: "answer-choice",
            param: &link::CARD,
            kind: FieldKind::Choice(|lang| {
                CARDS
                    .iter()
                    .map(|c| {
                        let (label, hint) = card_words::held(lang, *c);
                        (c.code(), label, hint)
                    })
                    .collect()
            }),
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::CARD_Q.vi, words::CARD_Q.en),
            hint: |_, _| None,
            applies: |d| d.nationality == Some(Nationality::Vietnamese),
            get: |d| d.card.map(CardHeld::code).unwrap_or_default().to_string(),
            set: |d, v| d.card = CardHeld::from_code(&v),
        },
    ),
    (
        EidStep::CardExpiry,
        FieldSpec {
            id: "answer-expiry",
            param: &link::EXPIRY,
            kind: FieldKind::DateOrNever,
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::EXPIRY_Q.vi, words::EXPIRY_Q.en),
            hint: |lang, _| Some(t(lang, T::BornHint).to_string()),
            applies: |d| d.nationality == Some(Nationality::Vietnamese) && matches!(d.card, Some(CardHeld::CccdChip | CardHeld::CanCuoc)),
            get: |d| if d.no_expiry { link::NEVER.to_string() } else { d.expiry.clone() },
            set: |d, v| {
                d.no_expiry = v == link::NEVER;
                d.expiry = if d.no_expiry { String::new() } else { v };
            },
        },
    ),
    (
        EidStep::Phone,
        FieldSpec {
            id: "answer-choice",
            param: &link::OWN_NUMBER,
            kind: FieldKind::Choice(|lang| vec![("co", words::yes_no(lang, true), ""), ("khong", words::yes_no(lang, false), "")]),
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::PHONE_Q.vi, words::PHONE_Q.en),
            hint: |lang, _| Some(words::phone_hint(lang).to_string()),
            applies: |d| d.nationality != Some(Nationality::ForeignerWithoutCard),
            get: |d| d.own_number.map(|yes| if yes { "co" } else { "khong" }).unwrap_or_default().to_string(),
            set: |d, v| d.own_number = Some(v == "co"),
        },
    ),
    (
        EidStep::Account,
        FieldSpec {
            id: "answer-choice",
            param: &link::ACCOUNT,
            kind: FieldKind::Choice(|lang| STATUSES.iter().map(|s| (status_code(*s), words::status(lang, *s), "")).collect()),
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::ACCOUNT_Q.vi, words::ACCOUNT_Q.en),
            hint: |_, _| None,
            applies: |d| d.nationality != Some(Nationality::ForeignerWithoutCard),
            get: |d| d.status.map(status_code).unwrap_or_default().to_string(),
            set: |d, v| d.status = STATUSES.into_iter().find(|s| status_code(*s) == v),
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::date::DateInputError;
    use crate::ui::form::FieldProblem;
    use crate::ui::link::Shared;
    use crate::ui::route::parse_hash;

    const TODAY: Date = Date::ymd(2026, 11, 24);

    fn draft(hash: &str) -> EidDraft {
        EidDraft::read(&parse_hash(hash))
    }

    #[test]
    fn the_flow_asks_only_what_matters() {
        let vn_chip = draft("#/dinh-danh-dien-tu/the?qt=vn&the=can-cuoc");
        assert_eq!(vn_chip.next(EidStep::Card), EidStep::CardExpiry);
        let vn_cmnd = draft("#/dinh-danh-dien-tu/the?qt=vn&the=cmnd");
        assert_eq!(vn_cmnd.next(EidStep::Card), EidStep::Phone, "no expiry question for a CMND");
        assert_eq!(vn_cmnd.previous(EidStep::Phone), EidStep::Card);
        let foreign = draft("#/dinh-danh-dien-tu/ngay-sinh?qt=nn-the");
        assert_eq!(foreign.next(EidStep::BirthDate), EidStep::Phone, "no card questions for foreigners");
        let without = draft("#/dinh-danh-dien-tu/ngay-sinh?qt=nn-khong");
        assert_eq!(without.next(EidStep::BirthDate), EidStep::Check);
        assert_eq!(without.previous(EidStep::Check), EidStep::BirthDate);
        assert_eq!(without.previous(EidStep::Nationality), EidStep::Start);
    }

    #[test]
    fn a_change_from_the_check_page_returns_there() {
        let d = draft("#/dinh-danh-dien-tu/so-dien-thoai?qt=vn&sua=1");
        assert_eq!(d.next(EidStep::Phone), EidStep::Check);
        assert_eq!(d.previous(EidStep::Phone), EidStep::Check);
    }

    #[test]
    fn answers_round_trip_through_the_link() {
        let d = draft("#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=15/03/1990&the=cccd-chip&hh=khong&sdt=co&tk=muc-1&giup=1&as_of=2026-11-24");
        let back = draft(&d.link_to(EidStep::Result, Shared { as_of: Some(TODAY), staff: false }));
        assert_eq!(back, d);
        let Some(a) = d.answers(TODAY) else { panic!("every answer is given") };
        assert_eq!((a.card, a.card_expiry, a.own_number, a.status), (Some(CardHeld::CccdChip), Some(PrintedExpiry::Never), true, AccountStatus::Level1));
        assert!(d.helper);
    }

    #[test]
    fn missing_or_wrong_answers_are_found_in_order() {
        assert_eq!(draft("#/dinh-danh-dien-tu/ket-qua").first_missing(TODAY), Some(EidStep::Nationality));
        assert_eq!(
            draft("#/x?qt=vn&ns=31/02/1990").problem(EidStep::BirthDate, TODAY),
            Some(FieldProblem::Date(DateInputError::NoSuchDay { day: 31, month: 2, year: 1990 }))
        );
        assert_eq!(draft("#/x?qt=vn&ns=01/01/2027").problem(EidStep::BirthDate, TODAY), Some(FieldProblem::BornAfterToday));
        assert_eq!(draft("#/x?qt=vn&ns=01/01/1990&the=mat&sdt=khong").first_missing(TODAY), Some(EidStep::Account));
        assert_eq!(draft("#/x?qt=nn-khong&ns=01/01/1990").first_missing(TODAY), None);
        assert_eq!(draft("#/x?qt=zz&ns=01/01/1990").first_missing(TODAY), Some(EidStep::Nationality), "an unknown code is unanswered");
    }
}
