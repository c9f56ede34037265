//! The service catalog: a searchable list (`#/dich-vu?q=…`) and one page per service
//! (`#/dich-vu/<id>`) with channels, e-ID level, documents as a checklist kept on the device,
//! fee, processing time, deadline and basis; printable on one page.

use yew::prelude::*;

use crate::content::catalog::{Channel, EidNeed, Fee, Processing, Service, Span, Tool};
use crate::content::checklist::Checklist;
use crate::content::{self, services};
use crate::law::holidays;
use crate::law::source::Source;
use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::card_text::money;
use crate::ui::eid_flow::EidStep;
use crate::ui::i18n::{t, Lang, T};
use crate::ui::route::Route;
use crate::ui::widgets::{Checkbox, VerifyNote, Why};

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
            <p role="status" class="hint">{ match lang {
                Lang::Vi => format!("{} dịch vụ", found.len()),
                Lang::En => format!("{} services", found.len()),
            } }</p>
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

pub fn channel_line(lang: Lang, c: Channel, eid: EidNeed) -> String {
    let place = match (lang, c) {
        (_, Channel::InPerson(where_)) => format!("{}: {}", if lang == Lang::Vi { "Trực tiếp" } else { "In person" }, lang.pick(where_)),
        (Lang::Vi, Channel::NationalPortal) => "Trực tuyến: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)".into(),
        (Lang::En, Channel::NationalPortal) => "Online: National Public Service Portal (dichvucong.gov.vn)".into(),
        (Lang::Vi, Channel::MpsPortal) => "Trực tuyến: Cổng dịch vụ công Bộ Công an".into(),
        (Lang::En, Channel::MpsPortal) => "Online: Ministry of Public Security portal".into(),
        (Lang::Vi, Channel::Vneid) => "Trực tuyến: ứng dụng VNeID".into(),
        (Lang::En, Channel::Vneid) => "Online: the VNeID app".into(),
        (Lang::Vi, Channel::VssId) => "Trực tuyến: ứng dụng VssID".into(),
        (Lang::En, Channel::VssId) => "Online: the VssID app".into(),
    };
    let level = match (lang, eid) {
        (_, EidNeed::None) => "",
        (Lang::Vi, EidNeed::Level2) => " – cần tài khoản định danh điện tử mức 2",
        (Lang::En, EidNeed::Level2) => " – needs a level 2 e-ID account",
        (Lang::Vi, EidNeed::NotStated) => " – mức tài khoản định danh cần có: chưa rõ, hãy kiểm tra khi đăng nhập",
        (Lang::En, EidNeed::NotStated) => " – e-ID level needed: not stated, check when logging in",
    };
    format!("{place}{level}")
}

pub fn fee_line(lang: Lang, fee: Fee) -> String {
    match fee {
        Fee::Free => t(lang, T::NoFeeLine).to_string(),
        Fee::Amount { in_person, online } => match lang {
            Lang::Vi => format!("Nộp trực tiếp: {}. Nộp trực tuyến: {}.", money(lang, in_person), money(lang, online)),
            Lang::En => format!("In person: {}. Online: {}.", money(lang, in_person), money(lang, online)),
        },
        Fee::Described(text) => lang.pick(text).to_string(),
        Fee::NotFound(text) => format!("{} {}", t(lang, T::NotFoundOfficial), lang.pick(text)),
    }
}

/// The TT 117/2026 online waiver, when the service has it and the date applied is in its period.
pub fn waiver_line(lang: Lang, s: &Service, today: crate::law::date::Date) -> Option<String> {
    let period = crate::law::card_facts::CARD_FEE_EID_WAIVER.as_of(today).filter(|_| s.eid_waiver)?;
    let until = period.valid_to.unwrap_or(today);
    Some(match lang {
        Lang::Vi => format!("Đến hết {until}: có thể được miễn lệ phí khi nộp trực tuyến nếu có tài khoản định danh điện tử mức 2 và đáp ứng điều kiện (Thông tư 117/2026/TT-BTC)."),
        Lang::En => format!("Until {until}: the fee may be waived online with a level 2 e-ID account if the conditions are met (Circular 117/2026/TT-BTC)."),
    })
}

pub fn processing_line(lang: Lang, p: Processing, today: crate::law::date::Date) -> String {
    match p {
        Processing::WorkingDays(n) => {
            let by = holidays::add_working_days(today, n).date;
            match lang {
                Lang::Vi => format!("Không quá {n} ngày làm việc (nộp ngày {today} thì chậm nhất ngày {by})."),
                Lang::En => format!("At most {n} working days (applied on {today}: due by {by})."),
            }
        }
        Processing::Immediate => t(lang, T::ImmediateLine).to_string(),
        Processing::Described(text) => lang.pick(text).to_string(),
        Processing::NotFound => t(lang, T::ProcessingNotFound).to_string(),
    }
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
    let mut reasons: Vec<(String, &'static Source)> = s
        .channels
        .iter()
        .map(|c| (channel_line(lang, c.channel, c.eid), c.source))
        .collect();
    reasons.push((format!("{}: {}", t(lang, T::DocumentsHeading), s.documents.iter().map(|d| lang.pick(d.name)).collect::<Vec<_>>().join("; ")), s.documents_source));
    reasons.push((format!("{}: {}", t(lang, T::FeeHeading), fee_line(lang, s.fee)), s.fee_source));
    reasons.push((format!("{}: {}", t(lang, T::TimeHeading), processing_line(lang, s.processing, ctx.today)), s.processing_source));
    if let Some(d) = s.deadline {
        reasons.push((deadline_line(lang, d.span, lang.pick(d.from)), d.source));
    }
    let mut doubts: Vec<&'static Source> = Vec::new();
    for source in s.sources() {
        if source.doubt.is_some() && !doubts.iter().any(|d| d.id == source.id) {
            doubts.push(source);
        }
    }
    let tool = s.tool.map(|tool| match tool {
        Tool::CardCalculator => (ctx.link_to(&Route::CardExpiry), t(lang, T::CardTitle)),
        Tool::EidGuide => (ctx.link_to(&Route::Eid(EidStep::Start)), t(lang, T::EidTitle)),
    });
    html! {
        <article class="service">
            <p class="no-print"><a class="back-link" href={ctx.link_to(&Route::Services)}>{ t(lang, T::ServicesTitle) }</a></p>
            <h1 id="page-title" tabindex="-1">{ lang.pick(s.name) }</h1>
            <p class="as-of">{ crate::ui::card_text::as_of_line(lang, ctx.today, ctx.today_from_link()) }</p>
            if let Some((href, name)) = tool {
                <p class="no-print"><a class="button" href={href}>{ name }</a></p>
            }
            <h2>{ t(lang, T::WhereHeading) }</h2>
            <p>{ lang.pick(s.agency) }</p>
            <ul>{ for s.channels.iter().map(|c| html! { <li>{ channel_line(lang, c.channel, c.eid) }</li> }) }</ul>
            if !s.documents.is_empty() {
                <h2>{ t(lang, T::DocumentsHeading) }</h2>
                if was_corrupted { <p class="banner" role="status">{ t(lang, T::ChecklistReset) }</p> }
                <div class="checklist">
                    { for s.documents.iter().map(|d| html! {
                        <Checkbox id={format!("doc-{}", d.id)} label={lang.pick(d.name)}
                            hint={d.when.map(|w| AttrValue::Static(lang.pick(w)))}
                            checked={list.is_ticked(s.id, d.id)} onchange={tick(d.id)} />
                    }) }
                </div>
                <p class="no-print"><button type="button" class="button secondary" onclick={clear}>{ t(lang, T::ClearAll) }</button></p>
            }
            <h2>{ t(lang, T::FeeHeading) }</h2>
            <p>{ fee_line(lang, s.fee) }</p>
            if let Some(line) = waiver_line(lang, s, ctx.today) {
                <p>{ line }</p>
                <VerifyNote source={&crate::law::card_facts::FEE_WAIVER_TT117} />
            }
            <h2>{ t(lang, T::TimeHeading) }</h2>
            <p>{ processing_line(lang, s.processing, ctx.today) }</p>
            if let Some(d) = s.deadline {
                <h2>{ t(lang, T::DeadlineHeading) }</h2>
                <p>{ deadline_line(lang, d.span, lang.pick(d.from)) }</p>
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

fn deadline_line(lang: Lang, span: Span, from: &str) -> String {
    match (lang, span) {
        (Lang::Vi, Span::Days(n)) => format!("Trong {n} ngày kể từ {from}."),
        (Lang::Vi, Span::Months(n)) => format!("Trong {n} tháng kể từ {from}."),
        (Lang::En, Span::Days(n)) => format!("Within {n} days of {from}."),
        (Lang::En, Span::Months(n)) => format!("Within {n} months of {from}."),
    }
}
