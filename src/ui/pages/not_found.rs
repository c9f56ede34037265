//! A friendly page for unknown links, with a way home.

use yew::prelude::*;

use crate::ui::app::use_ctx;
use crate::ui::route::Route;
use crate::ui::text::{t, T};

#[component]
pub fn NotFound() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::NotFoundTitle) }</h1>
            <p>{ t(lang, T::NotFoundBody) }</p>
            <p><a class="button" href={ctx.link_to(&Route::Home)}>{ t(lang, T::BackHome) }</a></p>
        </>
    }
}
