//! Việc của tôi: pick a life event, answer only what matters, get the services in order with the
//! deadline counted from the event date. Link: `#/viec-cua-toi/sinh-con?ngay=15/11/2026&thuong-tru=co&muc2=co`.

use yew::prelude::*;

use crate::content::catalog::Service;
use crate::content::events::{plan, DeadlineState, LifeEvent};
use crate::ui::app::use_ctx;
use crate::ui::hooks::{use_form, Submit};
use crate::ui::link::Query;
use crate::ui::plan_flow::PlanPart;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::tally::Activity;
use crate::ui::text::events as words;
use crate::ui::text::{self, t, Lang, T};
use crate::ui::widgets::{AddToPlan, ErrorSummary, FormLinks, ServiceSummary, TallyOnce, VerifyNote};

#[component]
pub fn EventList() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::EventsTitle) }</h1>
            <p>{ words::intro(lang, ctx.shared.staff) }</p>
            <ul class="tiles">
                { for LifeEvent::ALL.iter().map(|e| html! {
                    <li class="tile"><a href={ctx.link_to(&Route::Event(e.slug().to_string()))}>
                        <span class="tile-title">{ lang.pick(e.name()) }</span>
                    </a></li>
                }) }
            </ul>
        </>
    }
}

pub use crate::ui::event_flow::{date_error, EventDraft, EVENT_FIELDS};

#[derive(Properties, PartialEq)]
pub struct EventPageProps {
    pub slug: String,
    pub draft: EventDraft,
}

#[component]
pub fn EventPage(p: &EventPageProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let form = use_form(p.draft.clone(), p.draft.answered);
    let draft = form.draft.clone();
    let Some(event) = LifeEvent::from_slug(&p.slug) else {
        return html! { <crate::ui::pages::not_found::NotFound /> };
    };
    let error = form.submitted().then(|| date_error(lang, event, &draft.date, ctx.today)).flatten();
    let onsubmit = {
        let slug = p.slug.clone();
        form.onsubmit(move |d: &EventDraft| match date_error(lang, event, &d.date, ctx.today) {
            Some(_) => Submit::Fix,
            None => Submit::GoTo(ctx.href(&Route::Event(slug.clone()), d.write())),
        })
    };
    let answers = draft.answers();
    let steps = (p.draft.answered && error.is_none()).then(|| plan(event, answers, ctx.today));
    html! {
        <>
            <p><a class="back-link" href={ctx.link_to(&Route::Events)}>{ t(lang, T::EventsTitle) }</a></p>
            <h1 id="page-title" tabindex="-1">{ lang.pick(event.name()) }</h1>
            <ErrorSummary errors={error.iter().map(|e| (AttrValue::Static("event-date"), e.clone())).collect::<Vec<_>>()} />
            <form class="form" {onsubmit} novalidate=true>
                { for EVENT_FIELDS.iter().filter(|f| (f.applies)(&draft)).map(|f| form.field(f, lang, false, (f.id == "event-date").then(|| error.clone()).flatten(), false)) }
                <button type="submit" class="button">{ t(lang, T::ShowResult) }</button>
            </form>
            if let Some(steps) = steps {
                <section class="result" aria-labelledby="result-title">
                    <h2 id="result-title">{ t(lang, T::EventPlanHeading) }</h2>
                    <ReadAloud />
                    <p class="as-of">{ text::common::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
                    <ol class="steps">
                        { for steps.iter().map(|s| {
                            html! {
                                <li>
                                    <h3><a href={ctx.link_to(&Route::Service(s.service.id.to_string()))}>{ lang.pick(s.service.name) }</a></h3>
                                    if let Some(state) = s.deadline {
                                        { deadline_html(lang, state, s.service) }
                                    }
                                    <ServiceSummary service={s.service} />
                                    <FormLinks service={s.service} event_date={draft.date.clone()} />
                                </li>
                            }
                        }) }
                    </ol>
                    <AddToPlan part={PlanPart::Event(p.draft.clone())} />
                    <TallyOnce activity={Activity::EventPlanned} />
                </section>
            }
        </>
    }
}

fn deadline_html(lang: Lang, state: DeadlineState, service: &'static Service) -> Html {
    let overdue = service.deadline.map(|d| lang.pick(d.overdue)).unwrap_or_default();
    // What missing it costs, when another text says so (a fine), is shown with that text's doubt.
    let penalty = service.deadline.and_then(|d| d.penalty).filter(|_| matches!(state, DeadlineState::Overdue { .. } | DeadlineState::Obligation { .. }));
    let line = match state {
        DeadlineState::Due { on, days_left } => html! { <p class="headline">{ words::due(lang, on, days_left) }</p> },
        DeadlineState::Overdue { on, days_late } => html! { <p class="headline bad">{ words::overdue(lang, on, days_late, overdue) }</p> },
        DeadlineState::Obligation { since, started } => html! {
            <p class={classes!("headline", started.then_some("bad"))}>{ words::obligation(lang, since, started) }{ " " }{ overdue }</p>
        },
        DeadlineState::RuleUnknownAfter { known_until } => html! {
            <>
                <p class="headline">{ words::rule_unknown_after(lang, known_until) }</p>
                if let Some((_, source)) = service.deadline.and_then(|d| d.known_until) { <VerifyNote {source} /> }
            </>
        },
    };
    html! {
        <>
            { line }
            if let Some(source) = penalty { <VerifyNote {source} /> }
        </>
    }
}
