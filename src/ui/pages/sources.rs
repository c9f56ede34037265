//! Căn cứ (`#/can-cu`): every source the app cites, grouped by tool, least certain first, with its
//! basis, where it was read, the date checked, its confidence, when it applies and what rests on
//! it. Support staff use it to check the app against today's notices; every "Why?" and "verify"
//! note links to its row (`?nguon=<id>`).

use yew::prelude::*;

use crate::content::services;
use crate::sources::{rows, SourceRow, Tool};
use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::text::sources as words;
use crate::ui::text::{t, Lang, T};

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The id of a source to move focus to (from a "verify" note or a "Why?" reason).
    #[prop_or_default]
    pub focus: String,
}

#[component]
pub fn SourcesPage(p: &SourcesProps) -> Html {
    let lang = use_ctx().lang;
    let all = rows();
    {
        let target = words::row_id(&p.focus);
        let wanted = !p.focus.is_empty() && all.iter().any(|r| r.source.id == p.focus);
        use_effect_with(target, move |target| {
            if wanted {
                browser::focus_id(target);
            }
        });
    }
    let tools = [Tool::IdNumber, Tool::Card, Tool::Eid, Tool::DigitalCitizen, Tool::WorkingDays, Tool::Services, Tool::Forms];
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::SourcesTitle) }</h1>
            <p>{ t(lang, T::SourcesIntro) }</p>
            { for tools.into_iter().map(|tool| html! {
                <section class="source-group">
                    <h2>{ words::tool_name(lang, tool) }</h2>
                    <ul class="sources">
                        { for all.iter().filter(|r| r.tool == tool).map(|r| row(lang, r)) }
                    </ul>
                </section>
            }) }
        </>
    }
}

fn row(lang: Lang, r: &SourceRow) -> Html {
    let used_for: Vec<&str> = r.services.iter().filter_map(|id| services::find(id)).map(|s| lang.pick(s.name)).collect();
    html! {
        <li id={words::row_id(r.source.id)} tabindex="-1" class="source-row">
            <p><strong>{ r.source.basis }</strong></p>
            <p class="basis">{ words::confidence(lang, r.source.confidence) }{ " · " }{ t(lang, T::VerifiedOn) }{ " " }{ r.source.verified_on.to_string() }</p>
            if !r.windows.is_empty() {
                <p class="basis">{ t(lang, T::AppliesLabel) }{ ": " }{ words::windows(lang, &r.windows) }</p>
            }
            if !used_for.is_empty() {
                <p class="basis">{ t(lang, T::UsedForLabel) }{ ": " }{ used_for.join("; ") }</p>
            }
            if let Some(doubt) = r.source.doubt {
                <p class="verify-inline"><strong>{ t(lang, T::VerifyNote) }{ ": " }</strong>{ lang.pick(doubt) }</p>
            }
            <p class="basis"><a href={r.source.url} rel="noopener noreferrer">{ t(lang, T::SourceLink) }</a></p>
        </li>
    }
}
