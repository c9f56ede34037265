//! The first paint, written into index.html at build time (issue 14): the home page in both
//! languages, from the app's own views, so text and tool links show in the first round trip, before
//! the wasm arrives. A deep link shows a neutral shell instead (a one-line script in index.html adds
//! `deep` or `en` to `<html>` before the first paint; styles/base.css shows the matching part). The
//! app replaces all of it when it starts (`ui::start`).
//!
//! The neutral shell names the page being opened when it can: one line per section
//! (`Route::sections()`), the one matching the link shown by index.html's first script. When the app
//! has still not started some seconds later (a first visit on a slow network), a line says so and how
//! much is being downloaded, once.

use yew::prelude::*;

use super::app::{page_name, Ctx};
use super::link::Shared;
use super::pages::home::Home;
use super::route::Route;
use super::shell::{Footer, Header};
use super::text::{common, t, Lang, T};
use crate::law::date::Date;

#[derive(Properties, PartialEq)]
pub struct StaticPageProps {
    pub lang: Lang,
    /// What a first visit downloads to start the app (wasm and its glue, gzip), in KB.
    pub app_kb: u32,
}

/// The shell with the home page, and the neutral lines a deep link shows until the app starts.
#[component]
pub fn StaticPage(p: &StaticPageProps) -> Html {
    let lang = p.lang;
    // The home page shows no date; any fixed one will do.
    let ctx = Ctx { lang, today: Date::ymd(2026, 1, 1), shared: Shared::default() };
    let sections = Route::sections().into_iter().filter_map(|route| {
        let name = page_name(lang, &route, false)?;
        Some(html! { <p class="pre-opening" data-section={route.section()} hidden=true>{ common::opening(lang, &name) }</p> })
    });
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <Header on_lang={Callback::noop()} />
            <main id="main" tabindex="-1">
                <div class="pre-home"><Home /></div>
                <div class="pre-shell" role="status">
                    <p class="pre-opening">{ t(lang, T::Opening) }</p>
                    { for sections }
                    <p class="pre-slow">{ common::slow_first_visit(lang, p.app_kb) }</p>
                </div>
            </main>
            <Footer />
        </ContextProvider<Ctx>>
    }
}

/// The HTML for `#app`: one `<div lang>` per language, the one not chosen hidden by the stylesheet.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_paint(app_kb: u32) -> String {
    let render = |lang: Lang| {
        futures::executor::block_on(yew::LocalServerRenderer::<StaticPage>::with_props(StaticPageProps { lang, app_kb }).hydratable(false).render())
    };
    format!(r#"<div class="pre pre-vi">{}</div><div class="pre pre-en" lang="en">{}</div>"#, render(Lang::Vi), render(Lang::En))
}
