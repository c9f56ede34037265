//! Reusable pieces: labelled text field with hint and error, error summary, "Why?" reasons.

use yew::prelude::*;

use crate::content::catalog::Service;
use crate::content::savings::Planned;
use crate::law::digital_citizen::WaiverVerdict;
use crate::law::source::Source;

use super::app::use_ctx;
use super::browser;
use super::digital_citizen_flow::{DcDraft, DcStep};
use super::form::{self, FieldKind};
use super::form_helper_flow::FormPrefill;
use super::guide::Guide;
use super::link::Query;
use super::link::{self, Params, NEVER};
use super::plan_flow::{PlanDraft, PlanPart, PLAN_KEY};
use super::route::Route;
use super::tally::Activity;
use super::text::forms as form_words;
use super::text::plan as plan_words;
use super::text::services as service_words;
use super::text::{t, T};

/// A callback that edits one field of a draft held in state: `edit(&draft, |d, v| d.born = v)`.
pub fn edit<D: Clone + 'static, V: 'static>(state: &UseStateHandle<D>, f: fn(&mut D, V)) -> Callback<V> {
    let state = state.clone();
    Callback::from(move |v: V| {
        let mut d = (*state).clone();
        f(&mut d, v);
        state.set(d);
    })
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub inputmode: AttrValue,
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    /// The label is the page's question: rendered inside the page's h1.
    #[prop_or_default]
    pub label_is_heading: bool,
}

/// A text input whose label is a question, with a hint and an error message beside it.
#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let oninput = p.oninput.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    html! {
        <div class={classes!("field", p.error.is_some().then_some("field-error"))}>
            if p.label_is_heading {
                <h1 id="page-title" tabindex="-1" class="question"><label for={p.id.clone()}>{ p.label.clone() }</label></h1>
            } else {
                <label for={p.id.clone()}>{ p.label.clone() }</label>
            }
            if let Some(hint) = &p.hint { <p class="hint" id={hint_id}>{ hint.clone() }</p> }
            if let Some(err) = &p.error { <p class="error-message" id={error_id}>{ err.clone() }</p> }
            <input id={p.id.clone()} name={p.id.clone()} type="text" value={p.value.clone()}
                inputmode={p.inputmode.clone()} autocomplete={p.autocomplete.clone()} spellcheck="false"
                aria-invalid={p.error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                {oninput} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// (field id, message) in page order.
    pub errors: Vec<(AttrValue, String)>,
}

/// The list of problems at the top of a form; each links to its field.
#[component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    let lang = use_ctx().lang;
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" role="alert" tabindex="-1">
            <h2>{ t(lang, T::ErrorSummaryTitle) }</h2>
            <ul>
                { for p.errors.iter().map(|(id, message)| {
                    let target = id.to_string();
                    // Focus the field instead of following the link: a bare #id would be a route.
                    let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); browser::focus_id(&target); });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    /// (what was decided, the source it rests on).
    pub reasons: Vec<(String, &'static Source)>,
    /// The summary line, when not "Vì sao?" (a second list of sources on the same page).
    #[prop_or_default]
    pub title: Option<String>,
}

/// "Vì sao?": the reasons behind a result, each with its legal basis, source and check date.
#[component]
pub fn Why(p: &WhyProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // Freshness: a source verified more than a year before the date applied gets a note.
    let stale = |s: &Source| s.verified_on.days_until(ctx.today) > 365;
    html! {
        <details class="why">
            <summary>{ p.title.clone().unwrap_or_else(|| t(lang, T::WhyTitle).to_string()) }</summary>
            <ul>
                { for p.reasons.iter().enumerate().map(|(i, (text, source))| html! {
                    <li>
                        <p>{ text.clone() }</p>
                        <p class="basis"><strong>{ t(lang, T::Basis) }{ ": " }</strong>{ source.basis }</p>
                        <p class="basis">
                            <a href={source.url} rel="noopener noreferrer">{ t(lang, T::SourceLink) }</a>
                            { format!(" · {} {} · ", t(lang, T::VerifiedOn), source.verified_on) }
                            <a href={source_row_link(&ctx, source)}>{ t(lang, T::SourcesLink) }</a>
                        </p>
                        // A doubt is said once, under the first reason resting on that source.
                        if let Some(doubt) = source.doubt.filter(|_| !p.reasons[..i].iter().any(|(_, s)| s.id == source.id)) {
                            <p class="verify-inline"><strong>{ t(lang, T::VerifyNote) }{ ": " }</strong>{ lang.pick(doubt) }</p>
                        }
                        if stale(source) { <p class="verify-inline">{ t(lang, T::StaleNote) }</p> }
                    </li>
                }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct VerifyProps {
    pub source: &'static Source,
}

/// The visible "verify" note beside a fact whose source is not certain.
#[component]
pub fn VerifyNote(p: &VerifyProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let Some(doubt) = p.source.doubt else { return html! {} };
    html! {
        <div class="verify" role="note">
            <strong>{ t(lang, T::VerifyNote) }{ ": " }</strong>{ lang.pick(doubt) }
            { " " }
            <a href="https://dichvucong.gov.vn" rel="noopener noreferrer">{ "dichvucong.gov.vn" }</a>
            { " · " }
            <a href={source_row_link(&ctx, p.source)}>{ t(lang, T::SourcesLink) }</a>
        </div>
    }
}

/// The link to a source's row on the sources page.
fn source_row_link(ctx: &super::app::Ctx, source: &Source) -> String {
    ctx.href(&Route::Sources, Params::new().text(&link::SOURCE, source.id))
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// Id prefix; each option's input id is `{id}-{value}` and the first one is the error target.
    pub id: AttrValue,
    pub legend: AttrValue,
    /// (value, label, hint).
    pub options: Vec<(AttrValue, AttrValue, AttrValue)>,
    pub selected: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub onchange: Callback<AttrValue>,
    /// The legend is the page's question: rendered as the page's h1.
    #[prop_or_default]
    pub legend_is_heading: bool,
}

/// A question answered by one choice: a fieldset whose legend is the question.
#[component]
pub fn RadioGroup(p: &RadioGroupProps) -> Html {
    let options = html! {
        { for p.options.iter().map(|(value, label, hint)| {
                let input_id = format!("{}-{}", p.id, value);
                let hint_id = format!("{input_id}-hint");
                let onchange = { let v = value.clone(); p.onchange.reform(move |_: Event| v.clone()) };
                html! {
                    <div class="radio">
                        <input type="radio" id={input_id.clone()} name={p.id.clone()} value={value.clone()}
                            checked={p.selected.as_ref() == Some(value)} {onchange}
                            aria-describedby={(!hint.is_empty()).then(|| hint_id.clone())} />
                        <label for={input_id}>{ label.clone() }
                            if !hint.is_empty() { <span class="hint" id={hint_id}>{ hint.clone() }</span> }
                        </label>
                    </div>
                }
            }) }
    };
    fieldset("radios", &p.id, &p.legend, p.legend_is_heading, &p.error, options)
}

/// A question answered in a group of inputs: a fieldset whose legend is the question (the page's
/// h1 on a one-question page), its error first.
fn fieldset(kind: &'static str, id: &AttrValue, legend: &AttrValue, legend_is_heading: bool, error: &Option<String>, inputs: Html) -> Html {
    let error_id = format!("{id}-error");
    html! {
        <fieldset class={classes!("field", kind, error.is_some().then_some("field-error"))}
            aria-describedby={error.is_some().then(|| error_id.clone())}>
            if legend_is_heading {
                <legend><h1 id="page-title" tabindex="-1" class="question">{ legend.clone() }</h1></legend>
            } else {
                <legend>{ legend.clone() }</legend>
            }
            if let Some(err) = error { <p class="error-message" id={error_id}>{ err.clone() }</p> }
            { inputs }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelperSwitchProps {
    pub checked: bool,
    /// The same page with the switch flipped.
    pub href: AttrValue,
}

/// "Tôi đang giúp người khác": flips the voice of the questions and the result (the link carries it).
#[component]
pub fn HelperSwitch(p: &HelperSwitchProps) -> Html {
    let lang = use_ctx().lang;
    let href = p.href.clone();
    html! {
        <div class="helper-switch">
            <Checkbox id="helper" label={t(lang, T::HelperSwitch)} checked={p.checked} onchange={Callback::from(move |_| browser::set_hash(&href))} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxGroupProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    /// (code, label, hint)
    pub options: Vec<(AttrValue, AttrValue, AttrValue)>,
    /// The ticked codes, comma-separated.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    /// The new answer (comma-separated codes).
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub legend_is_heading: bool,
}

/// A question answered by ticking any number of boxes: a fieldset whose legend is the question.
#[component]
pub fn CheckboxGroup(p: &CheckboxGroupProps) -> Html {
    let boxes = html! {
        { for p.options.iter().map(|(code, label, hint)| {
                let id = format!("{}-{}", p.id, code);
                let checked = form::ticked(&p.value).any(|c| c == code.as_str());
                let onchange = {
                    let (value, code) = (p.value.clone(), code.clone());
                    p.onchange.reform(move |on: bool| form::toggle(&value, &code, on))
                };
                let hint = (!hint.is_empty()).then(|| hint.clone());
                html! { <Checkbox {id} label={label.clone()} {hint} {checked} {onchange} /> }
            }) }
    };
    fieldset("checkboxes", &p.id, &p.legend, p.legend_is_heading, &p.error, boxes)
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

#[component]
pub fn Checkbox(p: &CheckboxProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let onchange = p.onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
    html! {
        <div class="field checkbox">
            <input type="checkbox" id={p.id.clone()} name={p.id.clone()} checked={p.checked} {onchange}
                aria-describedby={p.hint.is_some().then(|| hint_id.clone())} />
            <label for={p.id.clone()}>{ p.label.clone() }
                if let Some(hint) = &p.hint { <span class="hint" id={hint_id}>{ hint.clone() }</span> }
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QrImageProps {
    pub text: AttrValue,
    /// What the image is, for screen readers.
    pub label: AttrValue,
}

/// A QR code of `text`, drawn on the device as SVG (`ui::qr`); nothing when the text is too long.
#[component]
pub fn QrImage(p: &QrImageProps) -> Html {
    let Some((size, path)) = super::qr::svg(&p.text) else { return html! {} };
    html! {
        <svg class="qr" role="img" aria-label={p.label.clone()} viewBox={format!("0 0 {size} {size}")} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct TallyOnceProps {
    pub activity: Activity,
}

/// Staff mode: counts this result's kind of help once per person (nothing shown).
#[component]
pub fn TallyOnce(p: &TallyOnceProps) -> Html {
    let ctx = use_ctx();
    use_effect_with((p.activity, ctx.shared.staff), move |(activity, staff)| {
        if *staff {
            browser::tally_once(*activity);
        }
    });
    html! {}
}

#[derive(Properties, PartialEq)]
pub struct AddToPlanProps {
    pub part: PlanPart,
}

/// Staff mode: "add to the plan" on a tool's result, keeping what the plan this tab is building
/// already holds from the other tools.
#[component]
pub fn AddToPlan(p: &AddToPlanProps) -> Html {
    let ctx = use_ctx();
    if !ctx.shared.staff {
        return html! {};
    }
    let current = browser::session_stored(PLAN_KEY).map(|hash| PlanDraft::read(&super::route::parse_hash(&hash))).unwrap_or_default();
    html! {
        <p class="no-print"><a class="button secondary" href={ctx.href(&Route::Plan, current.with(&p.part).write())}>{ plan_words::add_to_plan(ctx.lang) }</a></p>
    }
}

#[derive(Properties, PartialEq)]
pub struct FormLinksProps {
    pub service: &'static Service,
    /// The life event's date, as typed (the child's date of birth on the birth declaration).
    #[prop_or_default]
    pub event_date: AttrValue,
}

/// "Fill in the form beforehand": a link to the form helper for each official form the service's
/// documents name, carrying what is known (the request, the event's date).
#[component]
pub fn FormLinks(p: &FormLinksProps) -> Html {
    let ctx = use_ctx();
    html! {
        { for FormPrefill::forms_for(p.service, &p.event_date).into_iter().map(|(id, prefill)| {
            let form = crate::content::forms::form(id);
            html! {
                <p class="no-print"><a href={ctx.href(&Route::Form(form.slug.to_string()), prefill.write())}>
                    { format!("{}: {}", form_words::forms_link(ctx.lang), form.short) }
                </a></p>
            }
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct ServiceSummaryProps {
    pub service: &'static Service,
}

/// A service at a glance: where (with the e-ID level each channel needs), the fee, the online
/// waiver in its period, and the processing time with its due date.
#[component]
pub fn ServiceSummary(p: &ServiceSummaryProps) -> Html {
    let ctx = use_ctx();
    let (lang, s) = (ctx.lang, p.service);
    html! {
        <>
            <ul>{ for s.channels.iter().map(|c| html! { <li>{ service_words::channel_line(lang, c.channel, c.eid) }</li> }) }</ul>
            <p>{ t(lang, T::FeeHeading) }{ ": " }{ service_words::fee_line(lang, s.fee, ctx.today) }</p>
            <Waiver service={s} />
            <p>{ t(lang, T::TimeHeading) }{ ": " }{ service_words::processing_line(lang, s.processing, ctx.today) }</p>
            { for s.processing_due(ctx.today).map(|due| due.doubts()).unwrap_or_default().into_iter().map(|source| html! { <VerifyNote {source} /> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct WaiverProps {
    pub service: &'static Service,
    /// Show the source's "verify" note too (the service page; the summaries leave it out).
    #[prop_or_default]
    pub with_note: bool,
}

/// The digital-citizen online waiver of a service in its window, and, while it runs, the tool
/// that says what is missing, with this procedure chosen.
#[component]
pub fn Waiver(p: &WaiverProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let Some((verdict, source)) = p.service.online_waiver(ctx.today) else { return html! {} };
    let open = !matches!(verdict, WaiverVerdict::Outside { .. });
    let tool = Planned::for_service(p.service).filter(|_| open).map(|planned| DcDraft { planned: vec![planned], ..DcDraft::default() });
    html! {
        <>
            if let Some(line) = super::text::common::waiver_line(lang, verdict) { <p>{ line }</p> }
            if p.with_note { <VerifyNote {source} /> }
            if let Some(draft) = tool {
                <p><a href={draft.link_to(DcStep::Start, ctx.shared)}>{ t(lang, T::DcToolLink) }</a></p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub kind: FieldKind,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The answer as typed (a choice's code, `khong`, `1`).
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub onchange: Callback<String>,
    /// The label is the page's question: rendered as the page's h1.
    #[prop_or_default]
    pub label_is_heading: bool,
}

/// Any form field from its spec (`ui::form`): a text box for dates, text, ID and phone numbers,
/// a group of choices, a tick box, or a date with "no expiry" beside it; the error beside it.
#[component]
pub fn Field(p: &FieldProps) -> Html {
    let lang = use_ctx().lang;
    let text_box = |inputmode: &'static str, autocomplete: &'static str| {
        html! {
            <TextField id={p.id.clone()} label={p.label.clone()} hint={p.hint.clone()} value={p.value.clone()}
                error={p.error.clone()} {inputmode} {autocomplete} label_is_heading={p.label_is_heading}
                oninput={p.onchange.clone()} />
        }
    };
    match p.kind {
        FieldKind::Choice(options) => {
            let options = options(lang)
                .into_iter()
                .map(|(code, label, hint)| (AttrValue::Static(code), AttrValue::Static(label), AttrValue::Static(hint)))
                .collect::<Vec<_>>();
            html! {
                <>
                    <RadioGroup id={p.id.clone()} legend={p.label.clone()} legend_is_heading={p.label_is_heading} {options}
                        selected={(!p.value.is_empty()).then(|| p.value.clone())} error={p.error.clone()}
                        onchange={p.onchange.reform(|v: AttrValue| v.to_string())} />
                    if let Some(hint) = &p.hint { <p class="hint">{ hint.clone() }</p> }
                </>
            }
        }
        FieldKind::Choices(options) => {
            let options = options(lang)
                .into_iter()
                .map(|(code, label, hint)| (AttrValue::Static(code), AttrValue::Static(label), AttrValue::Static(hint)))
                .collect::<Vec<_>>();
            html! {
                <>
                    <CheckboxGroup id={p.id.clone()} legend={p.label.clone()} legend_is_heading={p.label_is_heading} {options}
                        value={p.value.clone()} error={p.error.clone()} onchange={p.onchange.clone()} />
                    if let Some(hint) = &p.hint { <p class="hint">{ hint.clone() }</p> }
                </>
            }
        }
        FieldKind::Flag => html! {
            <Checkbox id={p.id.clone()} label={p.label.clone()} hint={p.hint.clone()} checked={p.value == "1"}
                onchange={p.onchange.reform(|on: bool| if on { "1".to_string() } else { String::new() })} />
        },
        FieldKind::DateOrNever => {
            let never = p.value == NEVER;
            html! {
                <>
                    if !never {
                        { text_box("numeric", "off") }
                    } else if p.label_is_heading {
                        <h1 id="page-title" tabindex="-1" class="question">{ p.label.clone() }</h1>
                    }
                    <Checkbox id="no-expiry" label={t(lang, T::NoExpiryLabel)} checked={never}
                        onchange={p.onchange.reform(|on: bool| if on { NEVER.to_string() } else { String::new() })} />
                </>
            }
        }
        FieldKind::Date { .. } | FieldKind::BirthDate | FieldKind::IdNumber => text_box("numeric", "off"),
        FieldKind::Phone => text_box("tel", "tel"),
        FieldKind::Text { .. } | FieldKind::Name | FieldKind::IdOrPassport => text_box("text", "off"),
        FieldKind::YearOrDate | FieldKind::Copies => text_box("numeric", "off"),
        FieldKind::Email => text_box("email", "email"),
    }
}
