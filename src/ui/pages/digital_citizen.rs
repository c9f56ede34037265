//! Công dân số: the digital-citizen tool's pages — start, one question per page, check answers,
//! result. The answers live in the link (see `ui::digital_citizen_flow`).

use yew::prelude::*;

use crate::content::savings::{self, Line, Price};
use crate::law::digital_citizen::{Answer, NQ_66_22};
use crate::law::source::Source;
use crate::ui::app::{use_ctx, Ctx};
use crate::ui::digital_citizen_flow::{DcDraft, DcStep};
use crate::ui::eid_flow::EidStep;
use crate::ui::guide::Guide;
use crate::ui::guide_view::{check_page, missing_answers, start_page, GuideQuestion};
use crate::ui::link::Shared;
use crate::ui::plan_flow::PlanPart;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::tally::Activity;
use crate::ui::text::digital_citizen as words;
use crate::ui::text::{common, t, T};
use crate::ui::widgets::{AddToPlan, HelperSwitch, TallyOnce, VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct DigitalCitizenPageProps {
    pub step: DcStep,
    pub draft: DcDraft,
}

#[component]
pub fn DigitalCitizenPage(p: &DigitalCitizenPageProps) -> Html {
    let ctx = use_ctx();
    let as_of = ctx.shared;
    let toggled = DcDraft { helper: !p.draft.helper, ..p.draft.clone() };
    let body = match p.step {
        DcStep::Start => start_page(&ctx, &p.draft, T::DcTitle, T::DcIntro),
        DcStep::Check => check_page(&ctx, &p.draft),
        DcStep::Result => result_page(&ctx, &p.draft, as_of),
        step => html! { <GuideQuestion<DcDraft> {step} draft={p.draft.clone()} /> },
    };
    html! { <><HelperSwitch checked={p.draft.helper} href={toggled.link_to(p.step, as_of)} />{ body }</> }
}

fn result_page(ctx: &Ctx, d: &DcDraft, as_of: Shared) -> Html {
    let (lang, helper) = (ctx.lang, d.helper);
    let Some(answers) = d.answers(ctx.today) else { return missing_answers(ctx, d, T::DcResultTitle) };
    let s = savings::savings(&answers, ctx.today);
    let back_on = savings::after_window();
    let level_missing = words::level_2_missing(lang, helper, answers.level_2);
    let anything_missing = level_missing.is_some() || !s.missing_items.is_empty() || !s.missing_documents.is_empty();
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::DcResultTitle) }</h1>
            <section class="result answer-block" aria-labelledby="result-title">
                <h2 id="result-title" class="visually-hidden">{ t(lang, T::DcResultTitle) }</h2>
                <ReadAloud />
                <p class="as-of">{ common::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
                <p class={classes!("headline", (s.qualifies == Answer::No).then_some("bad"))}>{ words::headline(lang, helper, s.qualifies, s.window, !s.missing_documents.is_empty(), !s.lines.is_empty()) }</p>
                <p class="countdown">{ words::window_line(lang, s.window, back_on) }</p>
                if anything_missing {
                    <h3>{ t(lang, T::DcMissingHeading) }</h3>
                    <ul class="blockers">
                        if let Some(line) = level_missing {
                            <li>{ line }{ " " }<a href={ctx.link_to(&Route::Eid(EidStep::Start))}>{ t(lang, T::DcEidGuideLink) }</a></li>
                        }
                        { for s.missing_items.iter().map(|i| html! { <li>{ words::how_to_add(lang, *i) }</li> }) }
                        { for s.missing_documents.iter().map(|doc| html! { <li>{ words::document_missing(lang, *doc) }</li> }) }
                    </ul>
                    <VerifyNote source={&savings::VNEID_INTEGRATION} />
                }
                <VerifyNote source={&NQ_66_22} />
                <h3>{ t(lang, T::DcFeesHeading) }</h3>
                if s.lines.is_empty() {
                    <p>{ t(lang, T::DcNothingPlanned) }</p>
                    <a href={d.link_to(DcStep::Planned, as_of)}>{ t(lang, T::DcChooseProcedures) }</a>
                } else {
                    { for s.lines.iter().map(|l| fee_card(ctx, l, back_on)) }
                    if matches!(s.window, savings::Window::Open { .. }) && (s.total_saved > 0 || s.could_save.is_none()) {
                        <p class="total">{ words::total(lang, helper, s.total_saved, s.total_is_partial) }</p>
                    }
                    if let (Some((amount, partial)), savings::Window::Open { ends, .. }) = (s.could_save, s.window) {
                        <p class="total">{ words::could_save(lang, helper, amount, partial, ends) }</p>
                    }
                }
                <p>{ words::highest_relief(lang) }</p>
                <p class="hint">{ words::second_vehicle_tax(lang) }</p>
                <p class="hint">{ words::verify_in_vneid(lang) }</p>
                <Why reasons={words::reasons(lang, &s)} />
                <p><a href={d.link_to(DcStep::Check, as_of)}>{ t(lang, T::EditAnswers) }</a></p>
                <AddToPlan part={PlanPart::Dc(d.clone())} />
                <TallyOnce activity={Activity::SavingsExplained} />
            </section>
        </>
    }
}

/// One planned procedure: its fee in person, online, and online as a digital citizen.
fn fee_card(ctx: &Ctx, l: &Line, back_on: crate::law::date::Date) -> Html {
    let lang = ctx.lang;
    let row = |label: T, price: Price| html! { <div><dt>{ t(lang, label) }</dt><dd>{ words::price(lang, price) }</dd></div> };
    let doubts: Vec<&'static Source> = l.sources.iter().copied().filter(|s| s.needs_verification() && s.id != NQ_66_22.id).collect();
    html! {
        <div class="fee-card">
            <h4>{ words::planned(lang, l.planned) }</h4>
            <dl class="summary-list">
                { row(T::DcInPerson, l.in_person) }
                { row(T::DcOnline, l.online) }
                { row(if l.saved.is_some() { T::DcAsDigitalCitizen } else { T::DcNotWaivedYet }, l.as_digital_citizen) }
                if let Some(saved) = l.saved { { row(T::DcSaved, saved) } }
            </dl>
            if l.saved.is_none() {
                if let Some(line) = common::waiver_line(lang, l.verdict) { <p>{ line }</p> }
            }
            <p class="hint">{ words::after_window_line(lang, back_on, l.after_window) }</p>
            { for doubts.into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            if let Some(service) = l.planned.service() {
                <p><a href={ctx.link_to(&Route::Service(service.id.to_string()))}>{ t(lang, T::DcServiceLink) }<span class="visually-hidden">{ format!(": {}", lang.pick(service.name)) }</span></a></p>
            }
        </div>
    }
}
