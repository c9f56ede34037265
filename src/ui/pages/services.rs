//! The service catalog: a searchable list (`#/dich-vu?q=…`) and one page per service
//! (`#/dich-vu/<id>`) with channels, e-ID level, documents as a checklist kept on the device,
//! fee, processing time, deadline and basis; printable on one page.

use yew::prelude::*;

use crate::content::catalog::{Service, Tool};
use crate::content::checklist::Checklist;
use crate::content::not_needed::{self, NotNeeded};
use crate::content::{self, services};
use crate::law::source::Source;
use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::eid_flow::EidStep;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::text::services as words;
use crate::ui::text::{self, t, T};
use crate::ui::widgets::{Checkbox, FormLinks, VerifyNote, Waiver, Why};

const CHECKLIST_KEY: &str = "congdanso.checklist";

#[derive(Properties, PartialEq)]
pub struct ServiceListProps {
    #[prop_or_default]
    pub query: String,
}

#[component]
pub fn ServiceList(p: &ServiceListProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let query = use_state(|| p.query.clone());
    let found: Vec<&'static Service> = if query.trim().is_empty() { services::SERVICES.iter().collect() } else { content::search(&query) };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::ServicesTitle) }</h1>
            <p class="hint">{ t(lang, T::EssentialListNote) }</p>
            <div class="field">
                <label for="service-search">{ t(lang, T::SearchLabel) }</label>
                <p class="hint" id="service-search-hint">{ t(lang, T::SearchHint) }</p>
                <input id="service-search" type="search" value={(*query).clone()} {oninput} autocomplete="off"
                    aria-describedby="service-search-hint" />
            </div>
            <p role="status" class="hint">{ words::services_found(lang, found.len()) }</p>
            if found.is_empty() {
                <p>{ t(lang, T::SearchNothing) }</p>
            }
            <ul class="tiles">
                { for found.into_iter().map(|s| html! {
                    <li class="tile"><a href={ctx.link_to(&Route::Service(s.id.to_string()))}>
                        <span class="tile-title">{ lang.pick(s.name) }</span>
                        <span class="tile-blurb">{ lang.pick(s.agency) }</span>
                    </a></li>
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ServicePageProps {
    pub id: String,
}

/// Reads the stored checklist; a corrupted one is replaced by an empty list and reported.
fn load_checklist() -> (Checklist, bool) {
    match browser::stored(CHECKLIST_KEY) {
        None => (Checklist::default(), false),
        Some(text) => match Checklist::parse(&text) {
            Ok(list) => (list, false),
            Err(_) => {
                browser::store(CHECKLIST_KEY, &Checklist::default().serialize());
                (Checklist::default(), true)
            }
        },
    }
}

#[component]
pub fn ServicePage(p: &ServicePageProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let loaded = use_state(load_checklist);
    let Some(s) = services::find(&p.id) else {
        return html! { <crate::ui::pages::not_found::NotFound /> };
    };
    let (list, was_corrupted) = (*loaded).clone();
    let tick = |document: &'static str| {
        let loaded = loaded.clone();
        let id = s.id;
        Callback::from(move |on: bool| {
            let mut list = loaded.0.clone();
            list.set(id, document, on);
            browser::store(CHECKLIST_KEY, &list.serialize());
            loaded.set((list, false));
        })
    };
    let clear = {
        let loaded = loaded.clone();
        let id = s.id;
        Callback::from(move |_| {
            let mut list = loaded.0.clone();
            list.clear(id);
            browser::store(CHECKLIST_KEY, &list.serialize());
            loaded.set((list, false));
        })
    };
    let print = Callback::from(|_| browser::print());
    let mut reasons: Vec<(String, &'static Source)> = s.channels.iter().map(|c| (words::channel_line(lang, c.channel, c.eid), c.source)).collect();
    reasons.push((
        format!("{}: {}", t(lang, T::DocumentsHeading), s.documents.iter().map(|d| lang.pick(d.name)).collect::<Vec<_>>().join("; ")),
        s.documents_source,
    ));
    reasons.push((format!("{}: {}", t(lang, T::FeeHeading), words::fee_line(lang, s.fee, ctx.today)), s.fee_source));
    reasons.push((format!("{}: {}", t(lang, T::TimeHeading), words::processing_line(lang, s.processing, ctx.today)), s.processing_source));
    if let Some(d) = s.deadline {
        reasons.push((words::deadline_line(lang, d), d.source));
        if let Some(penalty) = d.penalty {
            reasons.push((lang.pick(d.overdue).to_string(), penalty));
        }
    }
    // Không cần mang: what the office must look up itself, on the as-of date.
    let marks: Vec<&'static NotNeeded> = not_needed::for_service(s.id).filter(|n| not_needed::applies(n, ctx.today)).collect();
    reasons.extend(marks.iter().map(|n| (words::not_needed_line(lang, n), n.source)));
    let mut doubts: Vec<&'static Source> = Vec::new();
    for source in s.sources().into_iter().chain(marks.iter().map(|n| n.source)) {
        if source.doubt.is_some() && !doubts.iter().any(|d| d.id == source.id) {
            doubts.push(source);
        }
    }
    let tool = s.tool.map(|tool| match tool {
        Tool::CardCalculator => (ctx.link_to(&Route::CardExpiry), t(lang, T::CardTitle)),
        Tool::EidGuide => (ctx.link_to(&Route::Eid(EidStep::Start)), t(lang, T::EidTitle)),
    });
    html! {
        <article class="service read-scope">
            <p class="no-print"><a class="back-link" href={ctx.link_to(&Route::Services)}>{ t(lang, T::ServicesTitle) }</a></p>
            <h1 id="page-title" tabindex="-1">{ lang.pick(s.name) }</h1>
            <p class="as-of">{ text::common::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
            <ReadAloud />
            if let Some((href, name)) = tool {
                <p class="no-print"><a class="button" href={href}>{ name }</a></p>
            }
            <h2>{ t(lang, T::WhereHeading) }</h2>
            <p>{ lang.pick(s.agency) }</p>
            <ul>{ for s.channels.iter().map(|c| html! { <li>{ words::channel_line(lang, c.channel, c.eid) }</li> }) }</ul>
            if !s.documents.is_empty() {
                <h2>{ t(lang, T::DocumentsHeading) }</h2>
                if was_corrupted { <p class="banner" role="status">{ t(lang, T::ChecklistReset) }</p> }
                <div class="checklist">
                    { for s.documents.iter().map(|d| {
                        let marked = marks.iter().any(|n| n.document == Some(d.id));
                        html! {
                            <Checkbox id={format!("doc-{}", d.id)} label={lang.pick(d.name)}
                                hint={words::document_hint(lang, d.when, marked).map(AttrValue::from)}
                                checked={list.is_ticked(s.id, d.id)} onchange={tick(d.id)} />
                        }
                    }) }
                </div>
                <FormLinks service={s} />
                if !marks.is_empty() {
                    <h3 id="not-needed">{ words::not_needed_heading(lang, ctx.shared.staff) }</h3>
                    <ul class="not-needed">
                        { for marks.iter().map(|n| html! { <li>{ words::not_needed_line(lang, n) }</li> }) }
                    </ul>
                    <p class="hint not-needed-caveat">{ words::not_needed_caveat(lang) }</p>
                }
                <p class="no-print"><button type="button" class="button secondary" onclick={clear}>{ t(lang, T::ClearAll) }</button></p>
            }
            <h2>{ t(lang, T::FeeHeading) }</h2>
            <p>{ words::fee_line(lang, s.fee, ctx.today) }</p>
            <Waiver service={s} with_note=true />
            <h2>{ t(lang, T::TimeHeading) }</h2>
            <p>{ words::processing_line(lang, s.processing, ctx.today) }</p>
            { for s.processing_due(ctx.today).map(|due| due.doubts()).unwrap_or_default().into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            if let Some(d) = s.deadline {
                <h2>{ t(lang, T::DeadlineHeading) }</h2>
                <p>{ words::deadline_line(lang, d) }</p>
                <p>{ lang.pick(d.overdue) }</p>
            }
            { for doubts.into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            <Why {reasons} />
            <p class="basis print-only">{ t(lang, T::Basis) }{ ": " }{ s.sources().iter().map(|x| x.basis).collect::<Vec<_>>().join(" · ") }</p>
            <p class="no-print"><button type="button" class="button secondary" onclick={print}>{ t(lang, T::PrintButton) }</button></p>
            <p class="hint no-print">{ t(lang, T::ShareHint) }{ " " }<code>{ ctx.link_to(&Route::Service(s.id.to_string())) }</code></p>
        </article>
    }
}
