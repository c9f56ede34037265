//! Kế hoạch (`#/ke-hoach`): one person's plan on one page, composed by `plan_flow::compose` from
//! the answers every tool put in its link; printed with its QR code, or its dates added to the
//! phone's calendar (.ics). Each tool's result adds to it ("Thêm vào kế hoạch"): this tab keeps
//! the plan's link in session storage, which "next person" clears.

use yew::prelude::*;

use crate::content::forms;
use crate::law::card::Validity;
use crate::law::date::span_between;
use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::digital_citizen_flow::DcStep;
use crate::ui::eid_flow::EidStep;
use crate::ui::guide::Guide;
use crate::ui::ics::{self, CalendarItem};
use crate::ui::link::{self, Query, Shared};
use crate::ui::plan_flow::{self as flow, PlanDraft};
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::{data_url, Route};
use crate::ui::tally::Activity;
use crate::ui::text::{card as card_words, common, digital_citizen as dc_words, eid as eid_words, events as event_words, plan as words};
use crate::ui::text::{t, T};
use crate::ui::widgets::Why;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub draft: PlanDraft,
}

#[component]
pub fn PlanPage(p: &PlanPageProps) -> Html {
    let ctx = use_ctx();
    let (lang, helper) = (ctx.lang, ctx.shared.staff);
    let own = link::href(&Route::Plan, p.draft.write(), Shared::default());
    use_effect_with(own.clone(), |own| browser::session_store(flow::PLAN_KEY, own));
    let plan = flow::compose(&p.draft, ctx.today);
    let d = &p.draft;

    let card = plan.card.as_ref().map(|a| {
        let headline = match a.validity {
            Validity::Valid { until: Some(until) } => card_words::valid_until(lang, until, &common::span(lang, span_between(a.as_of, until))),
            Validity::Valid { until: None } => t(lang, T::ForLifeLine).to_string(),
            Validity::Expired { since } => card_words::expired_since(lang, since),
            Validity::NoCard => card_words::no_card(lang, helper),
            Validity::Lost => t(lang, T::LostLine).to_string(),
        };
        html! {
            <section class="plan-part">
                <h2>{ t(lang, T::CardTitle) }</h2>
                <p class="headline">{ headline }</p>
                <p>{ card_words::procedure(lang, a.procedure) }</p>
                if let Some((age, on)) = a.next_renewal { <p>{ card_words::renew_at(lang, age, on) }</p> }
                <Why reasons={a.reasons.iter().map(|r| (card_words::reason(lang, r.because), r.source)).collect::<Vec<_>>()} />
                <p class="no-print"><a href={ctx.href(&Route::CardExpiry, d.card.write())}>{ words::open_tool(lang, t(lang, T::CardTitle)) }</a></p>
            </section>
        }
    });
    let eid = plan.eid.as_ref().map(|o| {
        let status = d.eid.status.unwrap_or(crate::law::eid::AccountStatus::NoAccount);
        html! {
            <section class="plan-part">
                <h2>{ t(lang, T::EidTitle) }</h2>
                <p class="headline">{ eid_words::headline(lang, helper, o.can_get, status, o.without_levels()) }</p>
                <ol class="steps">{ for o.steps.iter().map(|s| html! { <li>{ eid_words::step(lang, helper, *s, None) }</li> }) }</ol>
                <Why reasons={o.reasons.iter().map(|r| (eid_words::reason(lang, helper, r.because), r.source)).collect::<Vec<_>>()} />
                <p class="no-print"><a href={d.eid.link_to(EidStep::Result, ctx.shared)}>{ words::open_tool(lang, t(lang, T::EidTitle)) }</a></p>
            </section>
        }
    });
    let dc = plan.dc.as_ref().map(|s| {
        html! {
            <section class="plan-part">
                <h2>{ t(lang, T::DcTitle) }</h2>
                <p class="headline">{ dc_words::headline(lang, helper, s.qualifies, s.window, !s.missing_documents.is_empty(), !s.lines.is_empty()) }</p>
                if s.total_saved > 0 { <p>{ words::saved(lang, &common::money(lang, s.total_saved), s.total_is_partial) }</p> }
                <ul class="blockers">
                    { for s.missing_items.iter().map(|i| html! { <li>{ dc_words::how_to_add(lang, *i) }</li> }) }
                    { for s.missing_documents.iter().map(|doc| html! { <li>{ dc_words::document_missing(lang, *doc) }</li> }) }
                </ul>
                <Why reasons={dc_words::reasons(lang, s)} />
                <p class="no-print"><a href={d.dc.link_to(DcStep::Result, ctx.shared)}>{ words::open_tool(lang, t(lang, T::DcTitle)) }</a></p>
            </section>
        }
    });
    let event = plan.event.as_ref().map(|(event, steps)| {
        html! {
            <section class="plan-part">
                <h2>{ lang.pick(event.name()) }</h2>
                <ol class="steps">
                    { for steps.iter().map(|s| html! {
                        <li>
                            <a href={ctx.link_to(&Route::Service(s.service.id.to_string()))}>{ lang.pick(s.service.name) }</a>
                            if let Some(crate::content::events::DeadlineState::Due { on, days_left }) = s.deadline { <p>{ event_words::due(lang, on, days_left) }</p> }
                        </li>
                    }) }
                </ol>
                <Why reasons={steps.iter().filter_map(|s| s.service.deadline.map(|dl| (lang.pick(s.service.name).to_string(), dl.source))).collect::<Vec<_>>()} />
                <p class="no-print"><a href={ctx.href(&Route::Event(event.slug().to_string()), d.event.write())}>{ words::open_tool(lang, lang.pick(event.name())) }</a></p>
            </section>
        }
    });

    let address = format!("{}{}", browser::page_address(), link::hand_off(&own));
    let calendar: Vec<CalendarItem> = plan
        .dated
        .iter()
        .map(|item| CalendarItem {
            uid: item.uid(),
            date: item.date(),
            summary: words::dated(lang, *item),
            description: words::calendar_description(lang, &address),
            remind_days: 7,
        })
        .collect();
    let ics_href = data_url("text/calendar", &ics::calendar(&calendar, ctx.today));

    html! {
        <div class="plan-page read-scope">
            <h1 id="page-title" tabindex="-1">{ words::title(lang, helper) }</h1>
            <p class="as-of">{ common::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
            if !plan.is_empty() { <ReadAloud /> }
            <p class="no-print">{ words::intro(lang) }</p>
            if plan.is_empty() {
                <p>{ words::empty(lang) }</p>
                <ul class="no-print">
                    <li><a href={ctx.link_to(&Route::CardExpiry)}>{ t(lang, T::CardTitle) }</a></li>
                    <li><a href={ctx.link_to(&Route::Eid(EidStep::Start))}>{ t(lang, T::EidTitle) }</a></li>
                    <li><a href={ctx.link_to(&Route::DigitalCitizen(DcStep::Start))}>{ t(lang, T::DcTitle) }</a></li>
                    <li><a href={ctx.link_to(&Route::Events)}>{ t(lang, T::EventsTitle) }</a></li>
                </ul>
            }
            if !plan.dated.is_empty() {
                <section class="plan-part">
                    <h2>{ words::dates_heading(lang) }</h2>
                    <ul class="plan-dates">
                        { for plan.dated.iter().map(|item| html! { <li><strong>{ words::days_left(lang, item.date(), ctx.today) }</strong>{ ": " }{ words::dated(lang, *item) }</li> }) }
                    </ul>
                    <p class="no-print"><a class="button secondary" href={ics_href} download="ke-hoach.ics">{ words::calendar(lang) }</a></p>
                    <p class="hint no-print">{ words::calendar_hint(lang) }</p>
                </section>
            }
            { for card }
            { for eid }
            { for dc }
            { for event }
            if !plan.forms.is_empty() {
                <section class="plan-part">
                    <h2>{ words::forms_heading(lang) }</h2>
                    <ul>
                        { for plan.forms.iter().map(|(id, prefill)| {
                            let form = forms::form(*id);
                            html! { <li><a href={ctx.href(&Route::Form(form.slug.to_string()), prefill.write())}>{ lang.pick(form.name) }</a></li> }
                        }) }
                    </ul>
                </section>
            }
            if !plan.is_empty() {
                <p class="no-print"><button type="button" class="button secondary" onclick={Callback::from(move |_: MouseEvent| {
                    if helper {
                        browser::tally(Activity::PlanPrinted);
                    }
                    browser::print();
                })}>{ words::print(lang) }</button></p>
            }
        </div>
    }
}
