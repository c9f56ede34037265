//! Tra cứu hạn thẻ căn cước: one compact form (4 short questions) whose answers go into the link;
//! the result is read from the link, so it can be shared, reloaded and reviewed "as of" a date.
//!
//! Link: `#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&mien=1&mdd2=1&as_of=2026-11-24`
//! (`hh=khong` = "Không thời hạn").

use yew::prelude::*;

use crate::law::card::{self, Because, Channel, Fee, Validity};
use crate::law::date::span_between;
use crate::law::digital_citizen::WaiverVerdict;
use crate::ui::app::use_ctx;
pub use crate::ui::card_flow::{Draft, CARD_FIELDS};
use crate::ui::card_scan::{self, CardScan};
use crate::ui::digital_citizen_flow::DcStep;
use crate::ui::guide::Guide;
use crate::ui::hooks::{use_form, Submit};
use crate::ui::link::Query;
use crate::ui::plan_flow::PlanPart;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::tally::Activity;
use crate::ui::text::card as words;
use crate::ui::text::common;
use crate::ui::text::{t, Lang, T};
use crate::ui::widgets::{AddToPlan, ErrorSummary, TallyOnce, VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct CardPageProps {
    pub draft: Draft,
}

#[component]
pub fn CardPage(props: &CardPageProps) -> Html {
    let ctx = use_ctx();
    let (lang, helper) = (ctx.lang, ctx.shared.staff);
    let form = use_form(props.draft.clone(), props.draft.is_filled());
    let draft = form.draft.clone();
    let outcome = form.submitted().then(|| draft.answers(lang, ctx.today));
    let errors: Vec<(AttrValue, String)> = match &outcome {
        Some(Err(e)) => e.iter().map(|(id, m)| (AttrValue::from(id.clone()), m.clone())).collect(),
        _ => Vec::new(),
    };
    let error_for = |id: &str| errors.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());
    let onsubmit = form.onsubmit(move |d: &Draft| match d.answers(lang, ctx.today) {
        Ok(_) => Submit::GoTo(ctx.href(&Route::CardExpiry, d.write())),
        Err(_) => Submit::Fix,
    });

    let on_card = card_scan::fill_draft(&form.draft);

    let result = match &outcome {
        Some(Ok(answers)) => Some(card::card_answer(answers, ctx.today)),
        _ => None,
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::CardTitle) }</h1>
            if let Some(answer) = &result {
                { result_view(lang, helper, answer, ctx.today_from_link()) }
                if matches!(answer.fee, Fee::Amount { waiver: Some(verdict), .. } if !matches!(verdict, WaiverVerdict::Outside { .. })) {
                    <p><a href={draft.digital_citizen(answer.procedure).link_to(DcStep::Start, ctx.shared)}>{ t(lang, T::DcToolLink) }</a></p>
                }
                <AddToPlan part={PlanPart::Card(props.draft.clone())} />
                <TallyOnce activity={Activity::CardChecked} />
                <h2>{ words::your_answers(lang, helper) }</h2>
            } else {
                <p>{ t(lang, T::CardIntro) }</p>
            }
            <CardScan on_use={on_card} />
            <ErrorSummary errors={errors.clone()} />
            if let Some(message) = error_for("as-of") { <p class="banner" id="as-of">{ message }</p> }
            <form class="form" {onsubmit} novalidate=true>
                { for CARD_FIELDS.iter().filter(|f| (f.applies)(&draft)).map(|f| form.field(f, lang, helper, error_for(&f.error_target()), false)) }
                <button type="submit" class="button">{ t(lang, T::ShowResult) }</button>
            </form>
        </>
    }
}

fn result_view(lang: Lang, helper: bool, a: &card::CardAnswer, from_link: bool) -> Html {
    let (headline, bad) = match a.validity {
        Validity::Valid { until: Some(until) } => {
            let left = common::span(lang, span_between(a.as_of, until));
            (words::valid_until(lang, until, &left), false)
        }
        Validity::Valid { until: None } => (t(lang, T::ForLifeLine).to_string(), false),
        Validity::Expired { since } => (words::expired_since(lang, since), true),
        Validity::NoCard => (words::no_card(lang, helper), a.must_have_card),
        Validity::Lost => (t(lang, T::LostLine).to_string(), true),
    };
    let next = a.next_renewal.map(|(age, on)| words::renew_at(lang, age, on));
    let fee = match a.fee {
        Fee::None => html! { <p>{ t(lang, T::NoFeeLine) }</p> },
        Fee::Exempt(why) => html! { <p>{ words::exempt_fee(lang, why) }</p> },
        Fee::Unknown => html! { <p>{ t(lang, T::FeeUnknownLine) }</p> },
        Fee::Amount { in_person, online, waiver } => html! {
            <>
                <p>{ words::fee_line(lang, in_person, online, a.channel == Some(Channel::InPersonCommunePolice)) }</p>
                if let Some(line) = waiver.and_then(|verdict| common::waiver_line(lang, verdict)) {
                    <p>{ line }</p>
                }
            </>
        },
    };
    // The facts behind the fee and the ages that sources disagree on get their note beside them.
    let fee_doubts: Vec<_> = a
        .reasons
        .iter()
        .filter(|r| {
            matches!(r.because, Because::ReductionApplies { .. } | Because::DigitalCitizen(..) | Because::AdminSwapFreeOnline) && r.source.doubt.is_some()
        })
        .map(|r| r.source)
        .collect();
    let law_118 = a.reasons.iter().find(|r| r.because == Because::Law118Amended).map(|r| r.source);
    let reasons: Vec<(String, &'static crate::law::source::Source)> = a.reasons.iter().map(|r| (words::reason(lang, r.because), r.source)).collect();
    html! {
        <section class="result answer-block" aria-labelledby="result-title">
            <h2 id="result-title">{ words::status_heading(lang, helper) }</h2>
            <ReadAloud />
            <p class="as-of">{ common::as_of_line(lang, a.as_of, from_link) }</p>
            <p class={classes!("headline", bad.then_some("bad"))}>{ headline }</p>
            if let Some(source) = law_118 { <VerifyNote {source} /> }
            if let Some(next) = next {
                <h3>{ t(lang, T::NextRenewalHeading) }</h3>
                <p>{ next }</p>
            }
            <h3>{ t(lang, T::WhatToDoHeading) }</h3>
            <p><strong>{ words::procedure(lang, a.procedure) }</strong></p>
            if let Some(channel) = a.channel {
                <h3>{ t(lang, T::WhereHeading) }</h3>
                <p>{ words::channel(lang, channel) }</p>
                <h3>{ t(lang, T::FeeHeading) }</h3>
                { fee }
                { for fee_doubts.into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            }
            if let Some(ready) = &a.ready_by {
                <h3>{ t(lang, T::TimeHeading) }</h3>
                <p>{ common::ready_by(lang, ready.days, a.as_of, ready.date) }</p>
                if let Some(online) = &a.ready_online {
                    <p>{ words::ready_online(lang, online.days, a.as_of, online.date) }</p>
                }
                { for ready.doubts().into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            }
            <Why {reasons} />
        </section>
    }
}
