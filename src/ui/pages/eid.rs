//! Định danh điện tử: the guide's pages — start, one question per page, check answers, result.
//! The answers live in the link (see `ui::eid_flow`), so Back, reload and sharing keep them.

use yew::prelude::*;

use crate::content::forms::TK01;
use crate::law::eid::{self, Blocker, EidOutcome, Nationality, Step};
use crate::ui::app::{use_ctx, Ctx};
use crate::ui::card_flow::Draft as CardDraft;
use crate::ui::digital_citizen_flow::DcStep;
use crate::ui::eid_flow::{EidDraft, EidStep};
use crate::ui::guide::Guide;
use crate::ui::guide_view::{check_page, missing_answers, start_page, GuideQuestion};
use crate::ui::link::{self, Query, Shared};
use crate::ui::plan_flow::PlanPart;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::safety::SafetyWarnings;
use crate::ui::tally::Activity;
use crate::ui::text::eid as text;
use crate::ui::text::forms as form_words;
use crate::ui::text::{common, t, Lang, T};
use crate::ui::widgets::{AddToPlan, HelperSwitch, TallyOnce, VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct EidPageProps {
    pub step: EidStep,
    pub draft: EidDraft,
}

#[component]
pub fn EidPage(p: &EidPageProps) -> Html {
    let ctx = use_ctx();
    let as_of = ctx.shared;
    let toggled = EidDraft { helper: !p.draft.helper, ..p.draft.clone() };
    let helper_switch = html! { <HelperSwitch checked={p.draft.helper} href={toggled.link_to(p.step, as_of)} /> };
    let body = match p.step {
        EidStep::Start => start_page(&ctx, &p.draft, T::EidTitle, T::EidIntro),
        EidStep::Check => check_page(&ctx, &p.draft),
        EidStep::Result => result_page(&ctx, &p.draft, as_of),
        step => html! { <GuideQuestion<EidDraft> {step} draft={p.draft.clone()} /> },
    };
    html! { <>{ helper_switch }{ body }</> }
}

fn result_page(ctx: &Ctx, d: &EidDraft, as_of: Shared) -> Html {
    let (lang, helper) = (ctx.lang, d.helper);
    let Some(answers) = d.answers(ctx.today) else { return missing_answers(ctx, d, T::EidResultTitle) };
    let o = eid::eid_outcome(&answers, ctx.today);
    let card_link = card_tool_link(d, as_of);
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::EidResultTitle) }</h1>
            <section class="result answer-block" aria-labelledby="result-title">
                <h2 id="result-title" class="visually-hidden">{ t(lang, T::EidResultTitle) }</h2>
                <ReadAloud />
                <p class="as-of">{ common::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
                <p class={classes!("headline", o.can_get.is_none().then_some("bad"))}>{ text::headline(lang, helper, o.can_get, answers.status, o.without_levels()) }</p>
                if !o.blockers.is_empty() {
                    <h3>{ t(lang, T::BlockersHeading) }</h3>
                    <ul class="blockers">
                        { for o.blockers.iter().map(|b| html! {
                            <li>
                                { text::blocker(lang, helper, *b) }
                                if matches!(b, Blocker::NoValidChipCard { .. }) {
                                    { " " }<a href={card_link.clone()}>{ t(lang, T::CardToolLink) }</a>
                                }
                            </li>
                        }) }
                    </ul>
                }
                if !o.steps.is_empty() {
                    <h3>{ t(lang, T::NextStepsHeading) }</h3>
                    <ol class="steps">{ for o.steps.iter().map(|s| html! { <li>{ step_line(lang, helper, &o, *s) }</li> }) }</ol>
                    if o.steps.contains(&Step::ShowCardAndFillTk01) {
                        <p><a href={ctx.href(&Route::Form(TK01.slug.to_string()), d.tk01(ctx.today).write())}>{ format!("{}: {}", form_words::forms_link(lang), TK01.short) }</a></p>
                    }
                    { for o.ready_by.as_ref().map(|due| due.doubts()).unwrap_or_default().into_iter().map(|source| html! { <VerifyNote {source} /> }) }
                }
                { for o.doubts().into_iter().map(|source| html! { <VerifyNote {source} /> }) }
                <SafetyWarnings />
                if o.can_get.is_some() {
                    <h3>{ t(lang, T::UnlocksHeading) }</h3>
                    <ul>{ for text::unlocks(lang).iter().map(|line| html! { <li>{ *line }</li> }) }</ul>
                    if let Some(source) = o.paper_free_from_law_118() {
                        <p>{ text::no_paper_from_2026(lang) }</p>
                        <VerifyNote {source} />
                    }
                    if answers.nationality == Nationality::Vietnamese {
                        <p><a href={d.digital_citizen().link_to(DcStep::Start, as_of)}>{ t(lang, T::DcToolLink) }</a></p>
                    }
                }
                <Why reasons={o.reasons.iter().map(|r| (text::reason(lang, helper, r.because), r.source)).collect::<Vec<_>>()} />
                <p><a href={d.link_to(EidStep::Check, as_of)}>{ t(lang, T::EditAnswers) }</a></p>
                <AddToPlan part={PlanPart::Eid(d.clone())} />
                if o.steps.contains(&Step::ShowCardAndFillTk01) { <TallyOnce activity={Activity::Level2Explained} /> }
            </section>
        </>
    }
}

fn step_line(lang: Lang, helper: bool, o: &EidOutcome, s: Step) -> String {
    let ready = match (s, &o.ready_by) {
        (Step::WaitForResult { .. }, Some(w)) => Some(text::ready_suffix(lang, &o.as_of.to_string(), &w.date.to_string())),
        _ => None,
    };
    text::step(lang, helper, s, ready)
}

/// The card calculator, with the answers it shares carried over.
fn card_tool_link(d: &EidDraft, as_of: Shared) -> String {
    let card = CardDraft { born: d.born.clone(), held: d.card, expiry: d.expiry.clone(), no_expiry: d.no_expiry, ..CardDraft::default() };
    link::href(&Route::CardExpiry, card.write(), as_of)
}
