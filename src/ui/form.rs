//! Questions and form fields as data. A tool's form is a table of [`FieldSpec`] rows (id, link
//! parameter, kind, words, required, when it applies, how it reads and writes the draft); one pure
//! [`validate`] judges any field, and one widget (`widgets::Field`) renders any spec with its
//! error beside it. Adding a question is one row plus its words.
//!
//! Pure: no web types, tested natively.

use crate::law::card_qr::CardQr;
use crate::law::date::{Date, DateInputError};
use crate::law::id_number::{self, IdNumberProblem};

use super::link::{Param, NEVER};
use super::text::{t, Lang, T};

/// What a field holds, and so how it is typed, shown and checked.
#[derive(Clone, Copy)]
pub enum FieldKind {
    /// A date typed day/month/year. `past_only`: not after the as-of date (an event).
    Date { past_only: bool },
    /// A date of birth: a date, not after the as-of date, said as a birth.
    BirthDate,
    /// A date, or "no expiry printed" (the value `khong`), offered as a checkbox beside it.
    DateOrNever,
    /// Free text, at most `max` characters.
    Text { max: usize },
    /// The 12-digit personal ID number (checked as the ID checker does).
    IdNumber,
    /// A Vietnamese mobile number: 10 digits from 03, 05, 07, 08 or 09 (or +84 and 9 digits).
    Phone,
    /// One of a list: (code, label, hint) in the language shown.
    Choice(fn(Lang) -> Vec<(&'static str, &'static str, &'static str)>),
    /// Any number of a list, as tick boxes: the codes ticked, comma-separated.
    Choices(fn(Lang) -> Vec<(&'static str, &'static str, &'static str)>),
    /// A tick box: `1` or nothing.
    Flag,
    /// A person's name: text without digits, at most 100 characters.
    Name,
    /// An e-mail address.
    Email,
    /// A year of birth (`1995`) or a full date of birth.
    YearOrDate,
    /// The 12-digit ID number, or a passport or travel-document number (5–20 letters and digits).
    IdOrPassport,
    /// A number of copies, 1–20.
    Copies,
}

impl PartialEq for FieldKind {
    fn eq(&self, other: &FieldKind) -> bool {
        match (self, other) {
            (FieldKind::Date { past_only: a }, FieldKind::Date { past_only: b }) => a == b,
            (FieldKind::Text { max: a }, FieldKind::Text { max: b }) => a == b,
            (FieldKind::Choice(a), FieldKind::Choice(b)) | (FieldKind::Choices(a), FieldKind::Choices(b)) => std::ptr::fn_addr_eq(*a, *b),
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

/// A tool's answers that a confirmed card's QR fills (the card tool, the ID checker): the
/// scanner (`ui::card_scan`) hands the card over, the draft takes what it asks.
pub trait FillFromCard {
    /// Fills what the card says; returns how many answers were filled.
    fn fill_from_card(&mut self, card: &CardQr) -> usize;
}

/// One question of a form, over the tool's draft `D`.
pub struct FieldSpec<D: 'static> {
    /// The element id (errors link to it; for a choice, the first option's input is `{id}-{code}`).
    pub id: &'static str,
    /// Where the answer travels in links.
    pub param: &'static Param,
    pub kind: FieldKind,
    /// Must be answered (when it applies).
    pub required: bool,
    /// The message when a required choice or text is not given (default: "choose an answer").
    pub missing: Option<T>,
    /// The question, in the voice and language shown (the draft can change it, e.g. a lost card).
    pub label: fn(Lang, bool, &D) -> String,
    pub hint: fn(Lang, &D) -> Option<String>,
    /// Whether the question is asked, given the other answers.
    pub applies: fn(&D) -> bool,
    /// The answer as typed (a choice's code; `khong`; `1` for a ticked box).
    pub get: fn(&D) -> String,
    pub set: fn(&mut D, String),
}

impl<D: 'static> FieldSpec<D> {
    /// Judges this field's answer in `draft`.
    pub fn check(&self, draft: &D, today: Date) -> Result<Value, FieldProblem> {
        validate(self.kind, self.required, &(self.get)(draft), today)
    }

    /// The answer as a person reads it back (a choice's label, "no expiry", the date as typed).
    pub fn shown(&self, lang: Lang, draft: &D) -> String {
        let raw = (self.get)(draft);
        match self.kind {
            FieldKind::Choice(options) => {
                options(lang).into_iter().find(|(code, _, _)| *code == raw).map(|(_, label, _)| label.to_string()).unwrap_or_default()
            }
            FieldKind::Choices(options) => {
                let ticked: Vec<&str> = options(lang).into_iter().filter(|(code, _, _)| ticked(&raw).any(|c| c == *code)).map(|(_, label, _)| label).collect();
                if ticked.is_empty() {
                    t(lang, T::NoneTicked).to_string()
                } else {
                    ticked.join("; ")
                }
            }
            FieldKind::DateOrNever if raw == NEVER => t(lang, T::NoExpiryLabel).to_string(),
            FieldKind::Flag => t(lang, if raw == "1" { T::Yes } else { T::No }).to_string(),
            _ => raw,
        }
    }

    /// The message beside the field for `problem`.
    pub fn problem_text(&self, lang: Lang, problem: &FieldProblem, today: Date) -> String {
        match (problem, self.missing) {
            (FieldProblem::Missing, Some(key)) => t(lang, key).to_string(),
            _ => super::text::common::field_problem(lang, problem, today),
        }
    }

    /// The id an error message links to (a choice's first option).
    pub fn error_target(&self) -> String {
        match self.kind {
            FieldKind::Choice(options) | FieldKind::Choices(options) => match options(Lang::Vi).first() {
                Some((code, _, _)) => format!("{}-{code}", self.id),
                None => self.id.to_string(),
            },
            _ => self.id.to_string(),
        }
    }
}

/// A field's answer once checked.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Value {
    /// Not answered (and not required).
    Empty,
    Date(Date),
    /// "No expiry printed".
    Never,
    Text(String),
    /// The 12 digits.
    IdNumber(String),
    /// The number as dialled in Vietnam: 10 digits from 0.
    Phone(String),
    Choice(&'static str),
    /// The ticked codes, in the list's order.
    Choices(Vec<&'static str>),
    Flag(bool),
}

/// Why a field's answer cannot be used; each has its message in `text::common::field_problem`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FieldProblem {
    /// A choice or text that must be given.
    Missing,
    Date(DateInputError),
    /// A date after the as-of date where only a past one makes sense.
    AfterToday,
    /// A date of birth after the as-of date.
    BornAfterToday,
    TooLong {
        max: usize,
    },
    IdNumber(IdNumberProblem),
    Phone,
    /// A name with digits in it.
    NameDigits,
    Email,
    /// Neither a 12-digit ID number nor a passport number.
    Passport,
    /// Not a number of copies from 1 to 20.
    Copies,
}

/// The longest phone number worth reading (spaces and dots allowed).
const MAX_PHONE_CHARS: usize = 20;
/// The longest name a form line takes.
const MAX_NAME_CHARS: usize = 100;
/// The longest e-mail address accepted (RFC 5321 allows 254; a form line takes less).
const MAX_EMAIL_CHARS: usize = 100;

/// Judges one typed answer. Never panics, whatever the text (the fuzz harness checks).
pub fn validate(kind: FieldKind, required: bool, raw: &str, today: Date) -> Result<Value, FieldProblem> {
    let text = raw.trim();
    let empty = text.is_empty();
    match kind {
        FieldKind::Flag => Ok(Value::Flag(matches!(text, "1" | "co"))),
        _ if empty && !required => Ok(Value::Empty),
        FieldKind::DateOrNever if text == NEVER => Ok(Value::Never),
        FieldKind::Date { past_only } => match Date::parse_dmy(text) {
            Err(e) => Err(FieldProblem::Date(e)),
            Ok(d) if past_only && d > today => Err(FieldProblem::AfterToday),
            Ok(d) => Ok(Value::Date(d)),
        },
        FieldKind::BirthDate => match Date::parse_dmy(text) {
            Err(e) => Err(FieldProblem::Date(e)),
            Ok(d) if d > today => Err(FieldProblem::BornAfterToday),
            Ok(d) => Ok(Value::Date(d)),
        },
        FieldKind::DateOrNever => Date::parse_dmy(text).map(Value::Date).map_err(FieldProblem::Date),
        FieldKind::Text { .. } if empty => Err(FieldProblem::Missing),
        FieldKind::Text { max } if text.chars().count() > max => Err(FieldProblem::TooLong { max }),
        FieldKind::Text { .. } => Ok(Value::Text(text.to_string())),
        FieldKind::IdNumber => id_number::decode(text, today).map(|id| Value::IdNumber(id.digits)).map_err(FieldProblem::IdNumber),
        FieldKind::Phone => phone(text).map(Value::Phone).ok_or(FieldProblem::Phone),
        FieldKind::Name if empty => Err(FieldProblem::Missing),
        FieldKind::Name if text.chars().count() > MAX_NAME_CHARS => Err(FieldProblem::TooLong { max: MAX_NAME_CHARS }),
        FieldKind::Name if text.chars().any(|c| c.is_numeric()) => Err(FieldProblem::NameDigits),
        FieldKind::Name => Ok(Value::Text(text.split_whitespace().collect::<Vec<_>>().join(" "))),
        FieldKind::Email => email(text).then(|| Value::Text(text.to_string())).ok_or(FieldProblem::Email),
        FieldKind::YearOrDate => match text.parse::<i32>() {
            Ok(year) if text.len() == 4 && (1900..=today.year()).contains(&year) => Ok(Value::Text(text.to_string())),
            Ok(year) if text.len() == 4 && year > today.year() => Err(FieldProblem::BornAfterToday),
            Ok(year) if text.len() == 4 => Err(FieldProblem::Date(DateInputError::YearOutOfRange { year })),
            _ => validate(FieldKind::BirthDate, required, text, today),
        },
        // Twelve digits is a personal ID number; anything else a passport or travel document
        // (some countries' passport numbers are digits only).
        FieldKind::IdOrPassport if text.chars().filter(|c| *c != ' ').count() == 12 && text.chars().all(|c| c.is_ascii_digit() || c == ' ') => {
            validate(FieldKind::IdNumber, required, text, today)
        }
        FieldKind::IdOrPassport => {
            let ok = (5..=20).contains(&text.len()) && text.chars().all(|c| c.is_ascii_alphanumeric());
            ok.then(|| Value::Text(text.to_ascii_uppercase())).ok_or(FieldProblem::Passport)
        }
        FieldKind::Copies => match text.parse::<u8>() {
            Ok(n) if (1..=20).contains(&n) => Ok(Value::Text(n.to_string())),
            _ => Err(FieldProblem::Copies),
        },
        FieldKind::Choice(options) => {
            options(Lang::Vi).into_iter().map(|(code, _, _)| code).find(|code| *code == text).map(Value::Choice).ok_or(FieldProblem::Missing)
        }
        FieldKind::Choices(options) => {
            let codes: Vec<&'static str> = options(Lang::Vi).into_iter().map(|(code, _, _)| code).filter(|code| ticked(text).any(|c| c == *code)).collect();
            if codes.is_empty() && required {
                Err(FieldProblem::Missing)
            } else {
                Ok(Value::Choices(codes))
            }
        }
    }
}

/// The codes of a tick-box list's answer (`a,b`).
pub fn ticked(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|c| !c.is_empty())
}

/// The answer with `code` ticked or unticked, keeping the others.
pub fn toggle(raw: &str, code: &str, on: bool) -> String {
    let mut codes: Vec<&str> = ticked(raw).filter(|c| *c != code).collect();
    if on {
        codes.push(code);
    }
    codes.join(",")
}

/// An e-mail address as people type it: one `@`, something before it, a dotted domain after it,
/// no spaces.
fn email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    text.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// A mobile number as dialled in Vietnam (`0912345678`), from what people type: spaces, dots and
/// dashes allowed; `+84` or `84` in front of 9 digits.
fn phone(text: &str) -> Option<String> {
    if text.chars().count() > MAX_PHONE_CHARS {
        return None;
    }
    let mut digits = String::new();
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => {}
            ' ' | '.' | '-' => {}
            _ => return None,
        }
    }
    let national = match digits.strip_prefix("84") {
        Some(rest) if rest.len() == 9 => format!("0{rest}"),
        _ => digits,
    };
    let mobile_prefix = national.as_bytes().get(1).is_some_and(|b| matches!(b, b'3' | b'5' | b'7' | b'8' | b'9'));
    (national.len() == 10 && national.starts_with('0') && mobile_prefix).then_some(national)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::ymd(2026, 11, 24);

    fn yes_no(_: Lang) -> Vec<(&'static str, &'static str, &'static str)> {
        vec![("co", "Có", ""), ("khong", "Không", "")]
    }

    #[test]
    fn dates_required_optional_past_only_and_never() {
        let past = FieldKind::Date { past_only: true };
        assert_eq!(validate(past, true, "15/03/1990", TODAY), Ok(Value::Date(Date::ymd(1990, 3, 15))));
        assert_eq!(validate(past, true, "", TODAY), Err(FieldProblem::Date(DateInputError::Empty)));
        assert_eq!(validate(past, false, "  ", TODAY), Ok(Value::Empty));
        assert_eq!(validate(past, true, "25/11/2026", TODAY), Err(FieldProblem::AfterToday), "the day after the as-of date");
        assert_eq!(validate(past, true, "24/11/2026", TODAY), Ok(Value::Date(TODAY)), "the as-of date itself");
        assert_eq!(validate(FieldKind::Date { past_only: false }, true, "25/11/2030", TODAY), Ok(Value::Date(Date::ymd(2030, 11, 25))));
        assert_eq!(validate(FieldKind::DateOrNever, true, "khong", TODAY), Ok(Value::Never));
        assert_eq!(validate(FieldKind::DateOrNever, true, "12ữ199", TODAY), Err(FieldProblem::Date(DateInputError::Format)));
    }

    #[test]
    fn choices_text_id_numbers_and_flags() {
        let choice = FieldKind::Choice(yes_no);
        assert_eq!(validate(choice, true, "co", TODAY), Ok(Value::Choice("co")));
        assert_eq!(validate(choice, true, "", TODAY), Err(FieldProblem::Missing));
        assert_eq!(validate(choice, true, "maybe", TODAY), Err(FieldProblem::Missing));
        assert_eq!(validate(FieldKind::Text { max: 5 }, true, "Lê Văn", TODAY), Err(FieldProblem::TooLong { max: 5 }));
        assert_eq!(validate(FieldKind::Text { max: 6 }, true, " Lê Văn ", TODAY), Ok(Value::Text("Lê Văn".into())), "counted in characters");
        assert_eq!(validate(FieldKind::IdNumber, true, "001 090 001 234", TODAY), Ok(Value::IdNumber("001090001234".into())));
        assert_eq!(validate(FieldKind::IdNumber, true, "123456789", TODAY), Err(FieldProblem::IdNumber(IdNumberProblem::OldCmnd)));
        assert_eq!(validate(FieldKind::Flag, false, "1", TODAY), Ok(Value::Flag(true)));
        assert_eq!(validate(FieldKind::Flag, true, "", TODAY), Ok(Value::Flag(false)));
        let several = FieldKind::Choices(yes_no);
        assert_eq!(validate(several, false, "khong,co,zz", TODAY), Ok(Value::Choices(vec!["co", "khong"])), "known codes, in the list's order");
        assert_eq!(validate(several, false, "", TODAY), Ok(Value::Empty));
        assert_eq!(validate(several, true, "zz", TODAY), Err(FieldProblem::Missing));
        assert_eq!(toggle("co", "khong", true), "co,khong");
        assert_eq!(toggle("co,khong", "co", false), "khong");
    }

    #[test]
    fn mobile_numbers_as_people_type_them() {
        for typed in ["0912345678", "091 234 5678", "0912.345.678", "+84912345678", "84 912 345 678", "0312345678"] {
            assert!(validate(FieldKind::Phone, true, typed, TODAY).is_ok(), "{typed}");
        }
        assert_eq!(validate(FieldKind::Phone, true, "+84 912 345 678", TODAY), Ok(Value::Phone("0912345678".into())));
        for typed in ["091234567", "09123456789", "0212345678", "1912345678", "09ữ2345678", "0912-345-67a", "+", "0+912345678"] {
            assert_eq!(validate(FieldKind::Phone, true, typed, TODAY), Err(FieldProblem::Phone), "{typed}");
        }
        assert_eq!(validate(FieldKind::Phone, true, &"0".repeat(1_000_000), TODAY), Err(FieldProblem::Phone));
    }
}
