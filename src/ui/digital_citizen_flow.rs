//! The digital-citizen tool's question flow (công dân số): which questions apply, in what order, and
//! the answers carried in the link. Pure (no web types), so the flow is tested natively.
//!
//! Link: `#/cong-dan-so/<step>?dd2=co&cb=khai-sinh,thanh-toan&thu-tuc=the-doi,ho-chieu&gt=ho-chieu&giup=1&as_of=…`

use crate::content::savings::{Answers, Planned};
use crate::law::date::Date;
use crate::law::digital_citizen::{Answer, BasicItem, ExtraDocument};

use super::form::{ticked, FieldKind, FieldSpec};
use super::guide::Guide;
use super::link::{self, Params, Query};
use super::route::{Location, Route};
use super::text::digital_citizen as words;
use super::text::eid::say;

/// The pages of the tool, in order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DcStep {
    Start,
    Level2,
    Items,
    Planned,
    Documents,
    Check,
    Result,
}

impl DcStep {
    pub const ORDER: [DcStep; 7] = [DcStep::Start, DcStep::Level2, DcStep::Items, DcStep::Planned, DcStep::Documents, DcStep::Check, DcStep::Result];

    pub fn slug(self) -> &'static str {
        match self {
            DcStep::Start => "",
            DcStep::Level2 => "muc-2",
            DcStep::Items => "thong-tin-co-ban",
            DcStep::Planned => "thu-tuc",
            DcStep::Documents => "giay-to",
            DcStep::Check => "kiem-tra",
            DcStep::Result => "ket-qua",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DcStep> {
        DcStep::ORDER.into_iter().find(|s| s.slug() == slug)
    }
}

/// The answers to "level 2?", in the order offered.
pub const ANSWERS: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unknown];

pub fn answer_code(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "co",
        Answer::No => "khong",
        Answer::Unknown => "chua-biet",
    }
}

/// The answers as carried in the link.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct DcDraft {
    /// `None` until answered.
    pub level_2: Option<Answer>,
    pub items: Vec<BasicItem>,
    pub planned: Vec<Planned>,
    pub documents: Vec<ExtraDocument>,
    pub helper: bool,
    pub returning: bool,
}

impl Query for DcDraft {
    fn read(loc: &Location) -> DcDraft {
        DcDraft {
            level_2: loc.choice(&link::DC_LEVEL_2).and_then(|c| ANSWERS.into_iter().find(|a| answer_code(*a) == c)),
            items: loc.set(&link::DC_ITEMS).into_iter().filter_map(BasicItem::from_code).collect(),
            planned: loc.set(&link::DC_PLANNED).into_iter().filter_map(Planned::from_code).collect(),
            documents: loc.set(&link::DC_DOCUMENTS).into_iter().filter_map(ExtraDocument::from_code).collect(),
            helper: loc.flag(&link::HELPER),
            returning: loc.flag(&link::RETURNING),
        }
    }

    fn write(&self) -> Params {
        let items: Vec<&str> = self.items.iter().map(|i| i.code()).collect();
        let planned: Vec<&str> = self.planned.iter().map(|p| p.code()).collect();
        let documents: Vec<&str> = self.documents.iter().map(|d| d.code()).collect();
        Params::new()
            .choice(&link::DC_LEVEL_2, self.level_2.map(answer_code))
            .set(&link::DC_ITEMS, &items)
            .set(&link::DC_PLANNED, &planned)
            .set(&link::DC_DOCUMENTS, &documents)
            .flag(&link::HELPER, self.helper)
            .flag(&link::RETURNING, self.returning)
    }
}

impl Guide for DcDraft {
    type Step = DcStep;
    const ORDER: &'static [DcStep] = &DcStep::ORDER;
    const START: DcStep = DcStep::Start;
    const CHECK: DcStep = DcStep::Check;
    const RESULT: DcStep = DcStep::Result;

    fn questions() -> &'static [(DcStep, FieldSpec<DcDraft>)] {
        &QUESTIONS
    }

    fn route(step: DcStep) -> Route {
        Route::DigitalCitizen(step)
    }

    fn returning(&self) -> bool {
        self.returning
    }

    fn returning_as(&self, returning: bool) -> DcDraft {
        DcDraft { returning, ..self.clone() }
    }

    fn helper(&self) -> bool {
        self.helper
    }
}

impl DcDraft {
    /// Whether a planned procedure needs a document of its own (then the documents are asked).
    pub fn needs_documents(&self) -> bool {
        self.planned.iter().any(|p| p.waived_fee().extra_document().is_some())
    }

    /// The rules' input, once the questions that must be answered are.
    pub fn answers(&self, today: Date) -> Option<Answers> {
        if self.first_missing(today).is_some() {
            return None;
        }
        Some(Answers {
            level_2: self.level_2?,
            items: self.items.clone(),
            documents: if self.needs_documents() { self.documents.clone() } else { Vec::new() },
            planned: self.planned.clone(),
        })
    }
}

fn codes<T: Copy + PartialEq>(all: &[T], chosen: &[T], code: fn(T) -> &'static str) -> String {
    all.iter().filter(|x| chosen.contains(x)).map(|x| code(*x)).collect::<Vec<_>>().join(",")
}

fn parse<T: Copy>(raw: &str, all: &[T], code: fn(T) -> &'static str) -> Vec<T> {
    all.iter().copied().filter(|x| ticked(raw).any(|c| c == code(*x))).collect()
}

/// The tool's questions, one row each (the words are in `text::digital_citizen`).
pub static QUESTIONS: [(DcStep, FieldSpec<DcDraft>); 4] = [
    (
        DcStep::Level2,
        FieldSpec {
            id: "answer-choice",
            param: &link::DC_LEVEL_2,
            kind: FieldKind::Choice(|lang| ANSWERS.iter().map(|a| (answer_code(*a), words::level_2_answer(lang, *a), "")).collect()),
            required: true,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::LEVEL_2_Q.vi, words::LEVEL_2_Q.en),
            hint: |lang, _| Some(words::level_2_hint(lang).to_string()),
            applies: |_| true,
            get: |d| d.level_2.map(answer_code).unwrap_or_default().to_string(),
            set: |d, v| d.level_2 = ANSWERS.into_iter().find(|a| answer_code(*a) == v),
        },
    ),
    (
        DcStep::Items,
        FieldSpec {
            id: "answer-items",
            param: &link::DC_ITEMS,
            kind: FieldKind::Choices(|lang| {
                BasicItem::ALL
                    .iter()
                    .map(|i| {
                        let (label, hint) = words::item(lang, *i);
                        (i.code(), label, hint)
                    })
                    .collect()
            }),
            required: false,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::ITEMS_Q.vi, words::ITEMS_Q.en),
            hint: |lang, _| Some(words::items_hint(lang).to_string()),
            applies: |_| true,
            get: |d| codes(&BasicItem::ALL, &d.items, BasicItem::code),
            set: |d, v| d.items = parse(&v, &BasicItem::ALL, BasicItem::code),
        },
    ),
    (
        DcStep::Planned,
        FieldSpec {
            id: "answer-planned",
            param: &link::DC_PLANNED,
            kind: FieldKind::Choices(|lang| Planned::ALL.iter().map(|p| (p.code(), words::planned(lang, *p), "")).collect()),
            required: false,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::PLANNED_Q.vi, words::PLANNED_Q.en),
            hint: |lang, _| Some(words::planned_hint(lang).to_string()),
            applies: |_| true,
            get: |d| codes(&Planned::ALL, &d.planned, Planned::code),
            set: |d, v| d.planned = parse(&v, &Planned::ALL, Planned::code),
        },
    ),
    (
        DcStep::Documents,
        FieldSpec {
            id: "answer-documents",
            param: &link::DC_DOCUMENTS,
            kind: FieldKind::Choices(|lang| {
                ExtraDocument::ALL
                    .iter()
                    .map(|doc| {
                        let (label, hint) = words::document(lang, *doc);
                        (doc.code(), label, hint)
                    })
                    .collect()
            }),
            required: false,
            missing: None,
            label: |lang, helper, _| say(lang, helper, words::DOCUMENTS_Q.vi, words::DOCUMENTS_Q.en),
            hint: |lang, _| Some(words::documents_hint(lang).to_string()),
            applies: DcDraft::needs_documents,
            get: |d| codes(&ExtraDocument::ALL, &d.documents, ExtraDocument::code),
            set: |d, v| d.documents = parse(&v, &ExtraDocument::ALL, ExtraDocument::code),
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::link::Shared;
    use crate::ui::route::parse_hash;

    const TODAY: Date = Date::ymd(2026, 12, 2);

    fn draft(hash: &str) -> DcDraft {
        DcDraft::read(&parse_hash(hash))
    }

    #[test]
    fn documents_are_asked_only_for_procedures_that_need_one() {
        let card_only = draft("#/cong-dan-so/thu-tuc?dd2=co&thu-tuc=the-doi,thuong-tru");
        assert_eq!(card_only.next(DcStep::Planned), DcStep::Check);
        let passport = draft("#/cong-dan-so/thu-tuc?dd2=co&thu-tuc=ho-chieu");
        assert_eq!(passport.next(DcStep::Planned), DcStep::Documents);
        assert_eq!(card_only.previous(DcStep::Check), DcStep::Planned);
    }

    #[test]
    fn answers_round_trip_and_unknown_codes_are_dropped() {
        let d = draft("#/cong-dan-so/ket-qua?dd2=chua-biet&cb=an-sinh,khai-sinh,zz&thu-tuc=ho-chieu,the-doi&gt=ho-chieu&giup=1");
        assert_eq!(d.level_2, Some(Answer::Unknown));
        assert_eq!(d.items, vec![BasicItem::BirthCertificate, BasicItem::SocialSecurityAccount], "in Appendix I's order");
        assert_eq!(d.planned, vec![Planned::CardRenewal, Planned::Passport]);
        assert_eq!(draft(&d.link_to(DcStep::Result, Shared::default())), d);
        let Some(a) = d.answers(TODAY) else { panic!("the level is answered") };
        assert_eq!(a.documents, vec![ExtraDocument::Passport]);
        assert!(draft("#/cong-dan-so/ket-qua").answers(TODAY).is_none(), "the level must be answered");
        assert_eq!(draft("#/cong-dan-so/ket-qua").first_missing(TODAY), Some(DcStep::Level2));
    }
}
