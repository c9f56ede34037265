//! The first paint, written into index.html at build time (issue 14): the home page in both
//! languages, from the app's own views, so text and tool links show in the first round trip, before
//! the wasm arrives. A deep link shows a neutral shell instead (a one-line script in index.html adds
//! `deep` or `en` to `<html>` before the first paint; styles/base.css shows the matching part). The
//! app replaces all of it when it starts (`ui::start`).

use yew::prelude::*;

use super::app::Ctx;
use super::link::Shared;
use super::pages::home::Home;
use super::shell::{Footer, Header};
use super::text::{t, Lang, T};
use crate::law::date::Date;

#[derive(Properties, PartialEq)]
pub struct StaticPageProps {
    pub lang: Lang,
}

/// The shell with the home page, and the neutral line a deep link shows until the app starts.
#[component]
pub fn StaticPage(p: &StaticPageProps) -> Html {
    // The home page shows no date; any fixed one will do.
    let ctx = Ctx { lang: p.lang, today: Date::ymd(2026, 1, 1), shared: Shared::default() };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <Header on_lang={Callback::noop()} />
            <main id="main" tabindex="-1">
                <div class="pre-home"><Home /></div>
                <p class="pre-shell" role="status">{ t(p.lang, T::Opening) }</p>
            </main>
            <Footer />
        </ContextProvider<Ctx>>
    }
}

/// The HTML for `#app`: one `<div lang>` per language, the one not chosen hidden by the stylesheet.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_paint() -> String {
    let render =
        |lang: Lang| futures::executor::block_on(yew::LocalServerRenderer::<StaticPage>::with_props(StaticPageProps { lang }).hydratable(false).render());
    format!(r#"<div class="pre pre-vi">{}</div><div class="pre pre-en" lang="en">{}</div>"#, render(Lang::Vi), render(Lang::En))
}
