//! Báo thông tin sai (`#/bao-sai?trang=…&loai=…`): a report of a wrong answer, built on the device
//! from the page's link, the as-of date and the app's version; copied, e-mailed or shown as a QR
//! code. Nothing is sent by the app, and the note the person types never goes into a link.

use yew::prelude::*;

use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::form::FieldKind;
use crate::ui::report::{self, Category};
use crate::ui::route::{parse_hash, Route};
use crate::ui::text::report as words;
use crate::ui::widgets::{Field, QrImage};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    /// The page reported (its fragment).
    pub page: String,
    pub category: Option<Category>,
}

#[component]
pub fn ReportPage(p: &ReportPageProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let category = use_state(|| p.category.unwrap_or(Category::Other));
    let note = use_state(String::new);
    let copied = use_state(|| false);
    // Only the app's own pages are reported (anything else is read as the home page).
    let page = if parse_hash(&p.page).route == Route::NotFound { String::new() } else { p.page.clone() };
    let text = report::report(*category, words::category(lang, *category), &browser::page_address(), &page, ctx.today, &note);
    let on_category = {
        let category = category.clone();
        Callback::from(move |code: String| category.set(Category::from_code(&code).unwrap_or(Category::Other)))
    };
    let on_note = {
        let note = note.clone();
        Callback::from(move |v: String| note.set(v))
    };
    let copy = {
        let (text, copied) = (text.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(browser::copy_text(&text)))
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ words::title(lang) }</h1>
            <p>{ words::intro(lang) }</p>
            <Field id="report-category" kind={FieldKind::Choice(words::category_options)} label={words::category_label(lang)}
                value={category.code()} onchange={on_category} />
            <Field id="report-note" kind={FieldKind::Text { max: report::MAX_NOTE }} label={words::note_label(lang)}
                hint={AttrValue::from(words::note_hint(lang))} value={(*note).clone()} onchange={on_note} />
            <h2>{ words::report_heading(lang) }</h2>
            <pre class="report" id="report-text">{ text.clone() }</pre>
            <p>
                <button type="button" class="button" onclick={copy}>{ words::copy(lang) }</button>
                <span role="status">{ if *copied { crate::ui::text::t(lang, crate::ui::text::T::LinkCopied) } else { "" } }</span>
            </p>
            <p><a class="button secondary" href={report::mailto(words::subject(), &text)}>{ words::email(lang) }</a></p>
            <QrImage text={text} label={words::qr_label(lang)} />
        </>
    }
}
