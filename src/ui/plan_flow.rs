//! The plan (kế hoạch, `#/ke-hoach`): one person's answers from every tool on one page. Its link
//! is the union of the tools' links (card, e-ID guide, digital citizen, one life event), so it can
//! be handed over by QR code; nothing personal goes into it (the link rules drop the ID number).
//! Pure: the page only renders what [`compose`] returns; tested natively.

use crate::content::catalog::{FormId, Service};
use crate::content::events::{self, DeadlineState, LifeEvent, PlanStep};
use crate::content::savings::{self, Savings, Window};
use crate::law::card::{self, CardAnswer, Validity};
use crate::law::date::Date;
use crate::law::eid::{self, EidOutcome, Step};

use super::card_flow::Draft as CardDraft;
use super::digital_citizen_flow::DcDraft;
use super::eid_flow::EidDraft;
use super::event_flow::EventDraft;
use super::form_helper_flow::FormPrefill;
use super::link::{self, Params, Query};
use super::route::{Location, Route};
use super::text::Lang;

/// Where a tab keeps the link of the plan it is building (session storage, cleared by "next
/// person"), so that each tool's result adds to it.
pub const PLAN_KEY: &str = "congdanso.plan";

/// One tool's answers, to add to the plan.
#[derive(Clone, PartialEq, Debug)]
pub enum PlanPart {
    Card(CardDraft),
    Eid(EidDraft),
    Dc(DcDraft),
    Event(EventDraft),
}

/// The tools a plan holds (`phan=the,dinh-danh,cong-dan-so,su-kien`): the card and the e-ID guide
/// share parameters, so which of them was added is said, not guessed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    Card,
    Eid,
    Dc,
    Event,
}

impl Tool {
    pub const ALL: [Tool; 4] = [Tool::Card, Tool::Eid, Tool::Dc, Tool::Event];

    pub fn code(self) -> &'static str {
        match self {
            Tool::Card => "the",
            Tool::Eid => "dinh-danh",
            Tool::Dc => "cong-dan-so",
            Tool::Event => "su-kien",
        }
    }

    pub fn from_code(code: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// The answers of every tool, as the plan's link carries them.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct PlanDraft {
    /// The tools added, in the order of `Tool::ALL`.
    pub tools: Vec<Tool>,
    pub card: CardDraft,
    pub eid: EidDraft,
    pub dc: DcDraft,
    /// The life event (`su-kien`) and its answers.
    pub event: EventDraft,
}

impl Query for PlanDraft {
    fn read(loc: &Location) -> PlanDraft {
        let event = loc.choice(&link::PLAN_EVENT).and_then(LifeEvent::from_slug);
        let event_loc = Location { route: event.map(|e| Route::Event(e.slug().to_string())).unwrap_or(Route::Plan), params: loc.params.clone() };
        let tools = loc.set(&link::PLAN_PARTS).into_iter().filter_map(Tool::from_code).collect();
        PlanDraft {
            tools,
            card: CardDraft::read(loc),
            eid: EidDraft::read(loc),
            dc: DcDraft::read(loc),
            event: EventDraft { event, ..EventDraft::read(&event_loc) },
        }
    }

    /// Each tool's parameters; where two tools share one (`ns`, `the`, `hh`), the first written
    /// (the card's) is kept.
    fn write(&self) -> Params {
        let event = match self.event.event {
            Some(e) => Params::new().choice(&link::PLAN_EVENT, Some(e.slug())).and(self.event.write()),
            None => Params::new(),
        };
        let eid = EidDraft { helper: false, returning: false, ..self.eid.clone() };
        let dc = DcDraft { helper: false, returning: false, ..self.dc.clone() };
        let has = |t: Tool| self.tools.contains(&t);
        let tools: Vec<&'static str> = Tool::ALL.into_iter().filter(|t| has(*t)).map(Tool::code).collect();
        let part = |t: Tool, params: Params| if has(t) { params } else { Params::new() };
        Params::new()
            .set(&link::PLAN_PARTS, &tools)
            .and(part(Tool::Card, self.card.write()))
            .and(part(Tool::Eid, eid.write()))
            .and(part(Tool::Dc, dc.write()))
            .and(part(Tool::Event, event))
    }
}

impl PlanDraft {
    /// This plan with one tool's answers put in (the others kept): "add to the plan".
    /// The answers the card and the e-ID guide share (date of birth, card, its expiry) take the
    /// newest tool's values, so that a correction made in one is not lost to the other.
    pub fn with(&self, part: &PlanPart) -> PlanDraft {
        let mut plan = self.clone();
        let tool = match part {
            PlanPart::Card(card) => {
                plan.card = card.clone();
                plan.eid = EidDraft { born: card.born.clone(), card: card.held, expiry: card.expiry.clone(), no_expiry: card.no_expiry, ..plan.eid };
                Tool::Card
            }
            PlanPart::Eid(eid) => {
                plan.eid = eid.clone();
                plan.card = CardDraft { born: eid.born.clone(), held: eid.card, expiry: eid.expiry.clone(), no_expiry: eid.no_expiry, ..plan.card };
                Tool::Eid
            }
            PlanPart::Dc(dc) => {
                plan.dc = dc.clone();
                Tool::Dc
            }
            PlanPart::Event(event) => {
                plan.event = event.clone();
                Tool::Event
            }
        };
        if !plan.tools.contains(&tool) {
            plan.tools.push(tool);
            plan.tools.sort_by_key(|t| Tool::ALL.iter().position(|x| x == t));
        }
        plan
    }
}

/// A dated item of the plan (calendar and print).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dated {
    /// The card stops being valid.
    CardExpires(Date),
    /// The next renewal age is reached (age, day).
    CardRenewal(i32, Date),
    /// A life event's legal deadline for a service.
    Deadline(&'static Service, Date),
    /// The last day of the digital-citizen online fee waiver.
    WaiverEnds(Date),
}

impl Dated {
    pub fn date(self) -> Date {
        match self {
            Dated::CardExpires(d) | Dated::CardRenewal(_, d) | Dated::Deadline(_, d) | Dated::WaiverEnds(d) => d,
        }
    }

    /// Stable within a plan, whatever the date: a calendar re-import after a corrected date
    /// updates the event instead of adding a second one.
    pub fn uid(self) -> String {
        match self {
            Dated::CardExpires(_) => "the-het-han".to_string(),
            Dated::CardRenewal(age, _) => format!("the-doi-{age}"),
            Dated::Deadline(s, _) => format!("han-{}", s.id),
            Dated::WaiverEnds(_) => "cong-dan-so-het-mien".to_string(),
        }
    }
}

/// What applies to the person, tool by tool (a tool without answers is left out).
#[derive(Clone, PartialEq, Debug)]
pub struct Plan {
    pub card: Option<CardAnswer>,
    pub eid: Option<EidOutcome>,
    pub dc: Option<Savings>,
    pub event: Option<(LifeEvent, Vec<PlanStep>)>,
    /// The official forms to fill, with what the plan knows for each.
    pub forms: Vec<(FormId, FormPrefill)>,
    /// The dated items from today on, soonest first.
    pub dated: Vec<Dated>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.card.is_none() && self.eid.is_none() && self.dc.is_none() && self.event.is_none()
    }
}

pub fn compose(d: &PlanDraft, today: Date) -> Plan {
    let has = |t: Tool| d.tools.contains(&t);
    let card = if has(Tool::Card) { d.card.answers(Lang::Vi, today).ok().map(|a| card::card_answer(&a, today)) } else { None };
    let eid = if has(Tool::Eid) { d.eid.answers(today).map(|a| eid::eid_outcome(&a, today)) } else { None };
    let dc = if has(Tool::Dc) { d.dc.answers(today).map(|a| savings::savings(&a, today)) } else { None };
    let event = d.event.event.filter(|_| has(Tool::Event)).map(|e| {
        let answers = d.event.answers();
        (e, events::plan(e, answers, today))
    });

    let mut forms: Vec<(FormId, FormPrefill)> = Vec::new();
    if eid.as_ref().is_some_and(|o| o.steps.contains(&Step::ShowCardAndFillTk01)) {
        forms.push((FormId::Tk01, d.eid.tk01(today)));
    }
    for step in event.iter().flat_map(|(_, steps)| steps) {
        for (form, prefill) in FormPrefill::forms_for(step.service, &d.event.date) {
            if !forms.iter().any(|(f, _)| *f == form) {
                forms.push((form, prefill));
            }
        }
    }

    let mut dated: Vec<Dated> = Vec::new();
    if let Some(a) = &card {
        if let Validity::Valid { until: Some(until) } = a.validity {
            dated.push(Dated::CardExpires(until));
        }
        // A renewal age on the expiry day itself is the same date: said once.
        if let Some((age, on)) = a.next_renewal.filter(|(_, on)| !dated.contains(&Dated::CardExpires(*on))) {
            dated.push(Dated::CardRenewal(age, on));
        }
    }
    // The e-ID's processing due date counts from a filing that has not happened: not a date of the plan.
    if let Some(Window::Open { ends, .. }) = dc.as_ref().map(|s| s.window) {
        dated.push(Dated::WaiverEnds(ends));
    }
    for step in event.iter().flat_map(|(_, steps)| steps) {
        if let Some(DeadlineState::Due { on, .. }) = step.deadline {
            dated.push(Dated::Deadline(step.service, on));
        }
    }
    dated.retain(|item| item.date() >= today);
    dated.sort_by_key(|item| item.date());
    dated.dedup();
    Plan { card, eid, dc, event, forms, dated }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::route::parse_hash;

    const TODAY: Date = Date::ymd(2026, 12, 2);

    fn plan(hash: &str) -> Plan {
        compose(&PlanDraft::read(&parse_hash(hash)), TODAY)
    }

    #[test]
    fn an_empty_plan_says_so() {
        assert!(plan("#/ke-hoach").is_empty());
    }

    #[test]
    fn a_plan_from_three_tools_brings_their_answers_and_dates_together() {
        // A mother: a chip CCCD valid to 2030, no e-ID account yet, a baby born on 20/11/2026.
        let p = plan("#/ke-hoach?phan=the,dinh-danh,su-kien&ns=15/03/1995&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&qt=vn&sdt=co&tk=chua-co&su-kien=sinh-con&ngay=20/11/2026&thuong-tru=co&muc2=khong");
        let card = p.card.as_ref().expect("the card's status");
        assert_eq!(card.validity, Validity::Valid { until: Some(Date::ymd(2030, 3, 15)) });
        assert!(p.eid.as_ref().is_some_and(|o| o.steps.contains(&Step::ShowCardAndFillTk01)), "level 2 at the police: TK01");
        let (event, steps) = p.event.as_ref().expect("the birth's services");
        assert_eq!(*event, LifeEvent::Birth);
        assert_eq!(steps.first().map(|s| s.service.id), Some("dang-ky-khai-sinh"));
        let forms: Vec<FormId> = p.forms.iter().map(|(f, _)| *f).collect();
        assert_eq!(forms, vec![FormId::Tk01, FormId::BirthDeclaration, FormId::Ct01]);
        assert_eq!(p.forms[1].1.event_date, "20/11/2026", "the child's date of birth goes to the birth form");
        // Luật Hộ tịch 2014 Điều 15: birth registered within 60 days → 19/01/2027, before the card's expiry.
        let dates: Vec<Date> = p.dated.iter().map(|d| d.date()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "soonest first: {dates:?}");
        assert!(p.dated.iter().any(|d| matches!(d, Dated::Deadline(s, on) if s.id == "dang-ky-khai-sinh" && *on == Date::ymd(2027, 1, 19))), "{:?}", p.dated);
        assert!(p.dated.contains(&Dated::CardExpires(Date::ymd(2030, 3, 15))));
        assert_eq!(p.dated.iter().filter(|d| d.date() == Date::ymd(2030, 3, 15)).count(), 1, "the expiry and the renewal age on one day: said once");
        let eid_only = plan("#/ke-hoach?phan=dinh-danh&ns=15/03/1995&the=cccd-chip&hh=15/03/2030&qt=vn&sdt=co&tk=chua-co");
        assert!(eid_only.card.is_none() && eid_only.eid.is_some(), "the e-ID guide's ns/the do not make a card part");
        assert!(p.dc.is_none(), "the digital-citizen tool was not used");
    }

    #[test]
    fn the_plan_link_round_trips_and_adding_a_tool_keeps_the_others() {
        let first =
            PlanDraft::read(&parse_hash("#/ke-hoach?phan=the,cong-dan-so&ns=15/03/1995&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&dd2=co&thu-tuc=the-doi"));
        let event = EventDraft { event: Some(LifeEvent::Birth), date: "20/11/2026".into(), permanent: true, answered: true, ..EventDraft::default() };
        let both = first.with(&PlanPart::Event(event));
        let again = PlanDraft::read(&parse_hash(&link::href(&Route::Plan, both.write(), link::Shared::default())));
        assert_eq!(again.card, both.card);
        assert_eq!(again.dc.planned, both.dc.planned);
        assert_eq!(again.event.event, Some(LifeEvent::Birth));
        assert_eq!(again.event.date, "20/11/2026");
        let written = link::href(&Route::Plan, both.write(), link::Shared::default());
        assert_eq!(written.matches("ns=").count(), 1, "a shared parameter is written once: {written}");
        assert!(!written.contains("so="), "never the ID number");
        // A correction in the e-ID guide wins over the card's older answer.
        let eid = EidDraft { born: "16/03/1995".into(), ..both.eid.clone() };
        let corrected = both.with(&PlanPart::Eid(eid));
        assert_eq!((corrected.card.born.as_str(), corrected.eid.born.as_str()), ("16/03/1995", "16/03/1995"));
        assert_eq!(corrected.tools, vec![Tool::Card, Tool::Eid, Tool::Dc, Tool::Event]);
    }

    #[test]
    fn the_waiver_window_end_is_a_date_while_it_is_open() {
        let p = plan("#/ke-hoach?phan=cong-dan-so&dd2=co&cb=khai-sinh,thanh-toan,an-sinh,y-te&thu-tuc=the-doi");
        assert!(p.dated.contains(&Dated::WaiverEnds(Date::ymd(2027, 2, 28))), "{:?}", p.dated);
        let later = compose(&PlanDraft::read(&parse_hash("#/ke-hoach?phan=cong-dan-so&dd2=co&thu-tuc=the-doi")), Date::ymd(2027, 3, 2));
        assert!(!later.dated.iter().any(|d| matches!(d, Dated::WaiverEnds(_))), "not after it ended");
    }
}
