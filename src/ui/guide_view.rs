//! The pages every guide shares (`ui::guide`): a question page, the check-answers page and the
//! notice for a result reached with a question missing. The tool's page adds its start and result.

use yew::prelude::*;

use super::app::{use_ctx, Ctx};
use super::card_scan::{self, CardScan};
use super::guide::Guide;
use super::hooks::{use_form, Submit};
use super::text::{t, T};
use super::widgets::ErrorSummary;

#[derive(Properties, PartialEq)]
pub struct GuideQuestionProps<G: Guide> {
    pub step: G::Step,
    pub draft: G,
}

/// One question as the page's heading, its error beside it and in the summary on top (focus moves
/// there after the first failed submit), a back link and "Continue".
#[component]
pub fn GuideQuestion<G: Guide>(p: &GuideQuestionProps<G>) -> Html {
    let ctx = use_ctx();
    let (lang, helper, step, as_of, today) = (ctx.lang, p.draft.helper(), p.step, ctx.shared, ctx.today);
    let q = G::question(step);
    // A link that lands on a question with a wrong answer shows its error at once.
    let carried_wrong = q.is_some_and(|q| !(q.get)(&p.draft).is_empty()) && p.draft.problem(step, today).is_some();
    let form = use_form(p.draft.clone(), carried_wrong);
    let Some(q) = q else { return html! {} };
    let draft = form.draft.clone();
    let error = form.submitted().then(|| draft.problem(step, today)).flatten().map(|e| q.problem_text(lang, &e, today));
    let errors: Vec<(AttrValue, String)> = error.iter().map(|e| (AttrValue::from(q.error_target()), e.clone())).collect();
    let onsubmit = form.onsubmit(move |d: &G| match d.problem(step, today) {
        Some(_) => Submit::Fix,
        None => Submit::GoTo(d.link_to(d.next(step), as_of)),
    });
    let on_card = card_scan::fill_with(&form.draft, G::fill_from_card);
    html! {
        <>
            <a class="back-link" href={p.draft.link_to(p.draft.previous(step), as_of)}>{ t(lang, T::BackLink) }</a>
            <ErrorSummary {errors} />
            <form class="form" {onsubmit} novalidate=true>
                { form.field(q, lang, helper, error, true) }
                <button type="submit" class="button">{ t(lang, T::ContinueButton) }</button>
            </form>
            // Below the question (the page's heading comes first): answers it from the card's QR.
            if draft.scans_card(step) { <CardScan on_use={on_card} /> }
        </>
    }
}

/// The start page: the tool's title and intro, the note for support staff, and "Start".
pub fn start_page<G: Guide>(ctx: &Ctx, d: &G, title: T, intro: T) -> Html {
    let lang = ctx.lang;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, title) }</h1>
            <p>{ t(lang, intro) }</p>
            <p class="hint">{ t(lang, T::EidIntroList) }</p>
            <a class="button" href={d.link_to(G::first_question(), ctx.shared)}>{ t(lang, T::StartButton) }</a>
        </>
    }
}

/// Every answer given, each with a "Change" link that comes back here.
pub fn check_page<G: Guide>(ctx: &Ctx, d: &G) -> Html {
    let (lang, helper, as_of) = (ctx.lang, d.helper(), ctx.shared);
    let returning = d.returning_as(true);
    let plain = d.returning_as(false);
    let rows = G::questions().iter().filter(|(_, q)| (q.applies)(d)).map(|(step, q)| {
        let label = (q.label)(lang, helper, d);
        html! {
            <div>
                <dt>{ label.clone() }</dt>
                <dd>{ q.shown(lang, d) }</dd>
                <dd><a href={returning.link_to(*step, as_of)}>{ t(lang, T::ChangeLink) }<span class="visually-hidden">{ format!(": {label}") }</span></a></dd>
            </div>
        }
    });
    html! {
        <>
            <a class="back-link" href={plain.link_to(plain.previous(G::CHECK), as_of)}>{ t(lang, T::BackLink) }</a>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::CheckTitle) }</h1>
            <dl class="summary-list">{ for rows }</dl>
            <a class="button" href={plain.link_to(G::RESULT, as_of)}>{ t(lang, T::ContinueButton) }</a>
        </>
    }
}

/// A result reached (from a link) with a question unanswered: say so and link to it.
pub fn missing_answers<G: Guide>(ctx: &Ctx, d: &G, title: T) -> Html {
    let lang = ctx.lang;
    let missing = d.first_missing(ctx.today).unwrap_or(G::first_question());
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, title) }</h1>
            <p class="banner">{ t(lang, T::MissingAnswers) }</p>
            <a class="button" href={d.link_to(missing, ctx.shared)}>{ t(lang, T::AnswerMissingLink) }</a>
        </>
    }
}
