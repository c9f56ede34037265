//! The home page: one tile per tool that exists.

use yew::prelude::*;

use crate::ui::app::use_ctx;
use crate::ui::digital_citizen_flow::DcStep;
use crate::ui::eid_flow::EidStep;
use crate::ui::route::Route;
use crate::ui::text::{t, T};

/// The tools that exist, in the order people need them.
fn tools() -> [(Route, T, T); 7] {
    [
        (Route::Events, T::EventsTitle, T::EventsTile),
        (Route::Eid(EidStep::Start), T::EidTitle, T::EidTile),
        (Route::DigitalCitizen(DcStep::Start), T::DcTitle, T::DcTile),
        (Route::Forms, T::FormsTitle, T::FormsTile),
        (Route::CardExpiry, T::CardTitle, T::CardTile),
        (Route::IdNumber, T::IdCheckTitle, T::IdCheckTile),
        (Route::Services, T::ServicesTitle, T::ServicesTile),
    ]
}

#[component]
pub fn Home() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::AppName) }</h1>
            <p class="lead">{ t(lang, T::Tagline) }</p>
            <h2>{ t(lang, T::ToolsHeading) }</h2>
            <ul class="tiles">
                { for tools().into_iter().map(|(route, title, blurb)| html! {
                    <li class="tile">
                        <a href={ctx.link_to(&route)}>
                            <span class="tile-title">{ t(lang, title) }</span>
                            <span class="tile-blurb">{ t(lang, blurb) }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </>
    }
}
