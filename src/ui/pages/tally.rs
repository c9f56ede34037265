//! Số liệu hỗ trợ (`#/so-lieu`): staff mode's tally for the team's reports, counts only, on this
//! device; exported as CSV and cleared on request.

use yew::prelude::*;

use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::route::data_url;
use crate::ui::tally::{Activity, Tally};
use crate::ui::text::tally as words;
use crate::ui::text::{t, T};

#[component]
pub fn TallyPage() -> Html {
    let lang = use_ctx().lang;
    // The device's day, not a link's as-of date: the tally is about when help was given.
    let today = browser::today();
    let tally = use_state(|| Tally::parse(&browser::stored(browser::TALLY_KEY).unwrap_or_default()));
    let clear = {
        let tally = tally.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(&words::clear_confirm(lang)) {
                browser::forget(browser::TALLY_KEY);
                tally.set(Tally::default());
            }
        })
    };
    let csv = tally.csv(|a| words::activity(lang, a));
    let href = data_url("text/csv", &format!("\u{feff}{csv}"));
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::TallyTitle) }</h1>
            <p>{ words::intro(lang) }</p>
            <table class="tally">
                <caption>{ words::today_heading(lang, &today.to_string()) }</caption>
                <thead><tr><th scope="col">{ words::what_heading(lang) }</th><th scope="col">{ words::count_heading(lang) }</th></tr></thead>
                <tbody>
                    { for Activity::ALL.iter().map(|a| html! {
                        <tr><th scope="row">{ words::activity(lang, *a) }</th><td>{ tally.count(today, *a) }</td></tr>
                    }) }
                </tbody>
            </table>
            <p><a class="button secondary" href={href} download={format!("so-lieu-{}.csv", today.to_iso())}>{ words::download(lang) }</a></p>
            <p><button type="button" class="button secondary" onclick={clear}>{ words::clear(lang) }</button></p>
        </>
    }
}
