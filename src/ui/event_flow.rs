//! A life event's questions and link codec. Pure: tested natively.
//!
//! Link: `#/viec-cua-toi/sinh-con?ngay=15/11/2026&thuong-tru=co&muc2=co`.

use crate::content::events::{EventAnswers, LifeEvent};
use crate::law::date::Date;

use super::form::{FieldKind, FieldSpec};
use super::link::{self, Params, Query};
use super::route::{Location, Route};
use super::text::events as words;
use super::text::{t, Lang, T};

/// The event answers as typed (kept in the link).
#[derive(Clone, PartialEq, Default, Debug)]
pub struct EventDraft {
    /// The event the page is about (from the route).
    pub event: Option<LifeEvent>,
    pub date: String,
    pub permanent: bool,
    pub eid2: bool,
    /// Guest: the guest is a foreigner.
    pub foreigner: bool,
    /// The link carried answers: the page opens on the plan (or on the date's error).
    pub answered: bool,
}

impl Query for EventDraft {
    fn read(loc: &Location) -> EventDraft {
        let (permanent, eid2, foreigner) = (loc.yes_no(&link::PERMANENT), loc.yes_no(&link::EVENT_EID_LEVEL_2), loc.yes_no(&link::FOREIGN_GUEST));
        let date = loc.text(&link::EVENT_DATE).to_string();
        let event = match &loc.route {
            Route::Event(slug) => LifeEvent::from_slug(slug),
            _ => None,
        };
        EventDraft {
            event,
            answered: !date.is_empty() || permanent.is_some() || eid2.is_some() || foreigner.is_some(),
            date,
            permanent: permanent == Some(true),
            eid2: eid2 == Some(true),
            foreigner: foreigner == Some(true),
        }
    }

    /// The yes/no answers are written, so a plan with no date still opens as answered; "a
    /// foreigner" only for the event that asks it.
    fn write(&self) -> Params {
        let foreigner = self.event.is_some_and(LifeEvent::asks_foreigner).then_some(self.foreigner);
        Params::new()
            .text(&link::EVENT_DATE, &self.date)
            .yes_no(&link::PERMANENT, Some(self.permanent))
            .yes_no(&link::EVENT_EID_LEVEL_2, Some(self.eid2))
            .yes_no(&link::FOREIGN_GUEST, foreigner)
    }
}

impl EventDraft {
    /// The answers the event's rules read.
    pub fn answers(&self) -> EventAnswers {
        EventAnswers { date: Date::parse_dmy(&self.date).ok(), permanent: self.permanent, eid_level_2: self.eid2, foreigner: self.foreigner }
    }
}

/// A life event's form: only the questions the event needs.
pub static EVENT_FIELDS: [FieldSpec<EventDraft>; 4] = [
    FieldSpec {
        id: "event-date",
        param: &link::EVENT_DATE,
        kind: FieldKind::Date { past_only: true },
        required: true,
        missing: None,
        label: |lang, _, d| d.event.and_then(LifeEvent::date_question).map(|q| lang.pick(q).to_string()).unwrap_or_default(),
        hint: |lang, _| Some(t(lang, T::BornHint).to_string()),
        applies: |d| d.event.is_some_and(|e| e.date_question().is_some()),
        get: |d| d.date.clone(),
        set: |d, v| d.date = v,
    },
    FieldSpec {
        id: "permanent",
        param: &link::PERMANENT,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, d| d.event.map(|e| words::permanent_label(lang, e)).unwrap_or_default(),
        hint: |_, _| None,
        applies: |d| d.event.is_some_and(LifeEvent::asks_permanent),
        get: |d| if d.permanent { "1" } else { "" }.to_string(),
        set: |d, v| d.permanent = v == "1",
    },
    FieldSpec {
        id: "eid2",
        param: &link::EVENT_EID_LEVEL_2,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| t(lang, T::Eid2FamilyLabel).to_string(),
        hint: |_, _| None,
        applies: |d| d.event.is_some_and(LifeEvent::asks_eid_level_2),
        get: |d| if d.eid2 { "1" } else { "" }.to_string(),
        set: |d, v| d.eid2 = v == "1",
    },
    FieldSpec {
        id: "foreigner",
        param: &link::FOREIGN_GUEST,
        kind: FieldKind::Flag,
        required: false,
        missing: None,
        label: |lang, _, _| words::foreigner_label(lang),
        hint: |lang, _| Some(words::foreigner_hint(lang)),
        applies: |d| d.event.is_some_and(LifeEvent::asks_foreigner),
        get: |d| if d.foreigner { "1" } else { "" }.to_string(),
        set: |d, v| d.foreigner = v == "1",
    },
];

/// The event date's problem, if any: its row judged by the shared validator.
pub fn date_error(lang: Lang, event: LifeEvent, text: &str, today: Date) -> Option<String> {
    let draft = EventDraft { event: Some(event), date: text.to_string(), ..EventDraft::default() };
    let row = EVENT_FIELDS.iter().find(|f| f.id == "event-date" && (f.applies)(&draft))?;
    row.check(&draft, today).err().map(|p| row.problem_text(lang, &p, today))
}
