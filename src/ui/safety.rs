//! Để không bị lừa: the "never give anyone…" warnings (`content::vneid_safety`), each with its source,
//! on the e-ID guide's result and, folded, in staff mode for the helper to read out.

use yew::prelude::*;

use crate::content::vneid_safety::WARNINGS;

use super::app::use_ctx;
use super::text::eid as words;
use super::widgets::{VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    /// Folded under a summary line (staff mode), rather than shown open (the e-ID result).
    #[prop_or_default]
    pub folded: bool,
}

#[component]
pub fn SafetyWarnings(p: &SafetyProps) -> Html {
    let lang = use_ctx().lang;
    let reasons = WARNINGS.iter().map(|w| (lang.pick(w.text).to_string(), w.source)).collect::<Vec<_>>();
    let list = html! {
        <>
            <ul class="safety-list">
                { for WARNINGS.iter().map(|w| html! { <li>{ lang.pick(w.text) }</li> }) }
            </ul>
            // Every warning whose source is below high confidence or has a doubt says so, visibly.
            { for WARNINGS.iter().filter(|w| w.source.needs_verification()).map(|w| html! { <VerifyNote source={w.source} /> }) }
            <Why {reasons} title={words::safety_sources(lang)} />
        </>
    };
    if p.folded {
        html! {
            <details class="safety">
                <summary>{ words::safety_staff_summary(lang) }</summary>
                { list }
            </details>
        }
    } else {
        html! {
            <section class="safety" aria-labelledby="safety-title">
                <h3 id="safety-title">{ words::safety_heading(lang) }</h3>
                { list }
            </section>
        }
    }
}
