//! Điền tờ khai: the form helper. `#/to-khai` lists the official forms; `#/to-khai/{slug}` fills
//! one, pre-filled from other tools and from the other forms on this device, checked as you type,
//! then printed like the official form, copied into the portal item by item, or shown at the desk.
//! The draft is kept on this device only (`form_helper_flow::storage_key`), never in a link.

use yew::prelude::*;

use crate::content::form_draft::FormDraft;
use crate::content::forms::{self, member_key, Item, Kind, OfficialForm, MEMBER_COLUMNS};
use crate::law::card_qr::CardQr;
use crate::law::date::Date;
use crate::law::source::Text;
use crate::ui::app::use_ctx;
use crate::ui::browser;
use crate::ui::card_scan::CardScan;
use crate::ui::form::FieldProblem;
use crate::ui::form_helper_flow::{self as flow, FormPrefill, Restore};
use crate::ui::hooks::{use_focus_later, use_form, Submit};
use crate::ui::link::Query;
use crate::ui::read_aloud::ReadAloud;
use crate::ui::route::Route;
use crate::ui::tally::Activity;
use crate::ui::text::forms as words;
use crate::ui::text::{common, t, Lang, T};
use crate::ui::widgets::{ErrorSummary, Field, HelperSwitch, VerifyNote, Why};

#[component]
pub fn FormList() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::FormsTitle) }</h1>
            <p>{ words::list_intro(lang) }</p>
            <ul class="tiles">
                { for forms::FORMS.iter().map(|f| html! {
                    <li class="tile">
                        <a href={ctx.link_to(&Route::Form(f.slug.to_string()))}>
                            <span class="tile-title">{ lang.pick(f.name) }</span>
                            <span class="tile-blurb">{ words::purpose(lang, f) }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct FormPageProps {
    pub form: &'static OfficialForm,
    pub prefill: FormPrefill,
}

/// The draft's saved text for each of the other forms, for the answers they share.
fn others(form: &OfficialForm) -> Vec<(&'static OfficialForm, Option<String>)> {
    forms::FORMS.iter().filter(|f| f.slug != form.slug).map(|f| (*f, browser::stored(&flow::storage_key(f)))).collect()
}

#[component]
pub fn FormPage(p: &FormPageProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let form = p.form;
    let start = use_memo((), |_| flow::start(form, browser::stored(&flow::storage_key(form)).as_deref(), &others(form), &p.prefill));
    let state = use_form(start.draft.clone(), false);
    let cleared = use_state(|| false);
    let copied = use_state(|| None::<String>);
    let draft = (*state.draft).clone();
    // The latest draft, updated at once: two inputs changed before the next render (a browser's
    // autofill) must both be kept.
    let latest = use_mut_ref(|| start.draft.clone());

    let edit = {
        let (handle, latest) = (state.draft.clone(), latest.clone());
        move |key: String| {
            let (handle, latest) = (handle.clone(), latest.clone());
            Callback::from(move |value: String| {
                let d = {
                    let mut d = latest.borrow_mut();
                    d.set(&key, &value);
                    d.clone()
                };
                browser::store(&flow::storage_key(form), &d.serialize(form));
                handle.set(d);
            })
        }
    };
    // After a check that finds nothing wrong, focus moves to what is ready (and is announced);
    // only on the check itself, never while the person is still typing.
    let ready_focus = use_focus_later();
    let onsubmit = {
        state.onsubmit(move |d: &FormDraft| {
            if flow::problems(form, d, ctx.today, true).is_empty() {
                ready_focus.request("ready-title");
                Submit::Show
            } else {
                Submit::Fix
            }
        })
    };
    // Every form's draft goes: on a shared device the next person must find nothing of this one.
    let on_clear = {
        let (handle, latest, cleared, reset) = (state.draft.clone(), latest.clone(), cleared.clone(), state.reset());
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(&words::clear_confirm(lang)) {
                for f in forms::FORMS {
                    browser::forget(&flow::storage_key(f));
                }
                *latest.borrow_mut() = FormDraft::default();
                handle.set(FormDraft::default());
                reset.emit(());
                cleared.set(true);
            }
        })
    };

    let problems = flow::problems(form, &draft, ctx.today, state.submitted());
    let message = |kind: Kind, problem: &FieldProblem| match (kind, problem) {
        (Kind::Sex, _) | (_, FieldProblem::Date(_)) => common::field_problem(lang, problem, ctx.today),
        (_, FieldProblem::Missing) => words::fill_in(lang),
        _ => common::field_problem(lang, problem, ctx.today),
    };
    // The summary names each item; the message beside the field needs no name.
    let errors: Vec<(AttrValue, String)> = if state.submitted() {
        problems
            .iter()
            .map(|(key, kind, pr)| (AttrValue::from(flow::error_target(*kind, key)), format!("{}: {}", label_for(lang, form, key), message(*kind, pr))))
            .collect()
    } else {
        Vec::new()
    };
    let error_for = |key: &str| problems.iter().find(|(k, _, _)| k == key).map(|(_, kind, pr)| message(*kind, pr));
    // Once checked, the problems are every problem: none left means ready.
    let ready = state.submitted() && problems.is_empty();

    // The card's QR fills the chosen person's name, number, date of birth (and sex where asked).
    let on_card = {
        let (handle, latest) = (state.draft.clone(), latest.clone());
        Callback::from(move |(card, role): (CardQr, &'static str)| {
            let d = {
                let mut d = latest.borrow_mut();
                let filled = flow::fill_from_card(form, &mut d, &card, role).len();
                (d.clone(), filled)
            };
            browser::store(&flow::storage_key(form), &d.0.serialize(form));
            handle.set(d.0);
            d.1
        })
    };
    let card_roles: Vec<(&'static str, String)> = forms::card_roles(form).iter().map(|r| (r.code, words::card_role(lang, r.code))).collect();
    let doubtful: Vec<&str> = form.doubtful_parts().iter().map(|part| lang.pick(part.name)).collect();
    let reasons: Vec<(String, &'static crate::law::source::Source)> = form.sources.iter().map(|s| (words::verify_form(lang), *s)).collect();
    let prefilled: Vec<String> = start.prefilled.iter().filter_map(|id| form.item(id)).map(|i| named(lang, form, i)).collect();

    let field = |kind: Kind, hint: Option<Text>, key: String, label: String| {
        let value = draft.get(&key).to_string();
        let hint = hint.map(|h| AttrValue::from(lang.pick(h)));
        let error = error_for(&key);
        html! {
            <>
                <Field id={key.clone()} kind={flow::field_kind(kind)} {label} {hint} value={value.clone()} {error} onchange={edit(key.clone())} />
                if kind == Kind::BirthDateInWords {
                    if let Some(in_words) = flow::in_words(&value) { <p class="in-words">{ words::in_words_line(lang, &in_words) }</p> }
                }
            </>
        }
    };
    let item_view = |item: &'static Item| -> Html {
        match item.kind {
            Kind::Members { rows } => html! {
                <fieldset class="members" id={item.id}>
                    <legend>{ words::item_label(lang, item) }</legend>
                    if let Some(hint) = item.hint { <p class="hint">{ lang.pick(hint) }</p> }
                    { for (1..=flow::member_rows_shown(item, rows, &draft)).map(|row| html! {
                        <fieldset class="member">
                            <legend>{ words::member_legend(lang, row) }</legend>
                            { for MEMBER_COLUMNS.iter().map(|(col, label, kind)| field(*kind, None, member_key(item.id, row, col), words::member_column(lang, label))) }
                        </fieldset>
                    }) }
                </fieldset>
            },
            _ => field(item.kind, item.hint, item.id.to_string(), words::item_label(lang, item)),
        }
    };

    html! {
        <div class="form-helper">
            <HelperSwitch checked={p.prefill.helper} href={ctx.href(&Route::Form(form.slug.to_string()), FormPrefill { helper: !p.prefill.helper, ..p.prefill.clone() }.write())} />
            <h1 id="page-title" tabindex="-1">{ lang.pick(form.name) }</h1>
            <p>{ words::purpose(lang, form) }</p>
            <p class="hint">{ words::kept_here(lang, p.prefill.helper) }</p>
            if *cleared { <p class="banner" role="status">{ words::cleared(lang) }</p> }
            { restore_notice(lang, start.restore) }
            if !prefilled.is_empty() && !*cleared { <p class="banner" role="status">{ words::prefilled(lang, &prefilled.join("; ")) }</p> }
            if let Some((from, source)) = form.changes_from.filter(|(from, _)| ctx.today >= *from) {
                <VerifyNote source={source} />
                <p class="hint">{ from.to_string() }</p>
            }
            if !doubtful.is_empty() { <p class="verify" role="note">{ words::compare_parts(lang, &doubtful.join("; ")) }</p> }
            { for form.sources.iter().filter(|s| s.needs_verification()).map(|source| html! { <VerifyNote {source} /> }) }
            <Why {reasons} />
            <CardScan roles={card_roles} on_use={on_card} />
            <ErrorSummary errors={errors} />
            <form class="form" {onsubmit} novalidate=true>
                { for form.parts.iter().filter(|part| draft.applies(part.when)).map(|part| html! {
                    <fieldset class="form-part">
                        <legend>{ words::part_heading(lang, part) }</legend>
                        { for part.items.iter().filter(|i| draft.applies(i.when)).map(item_view) }
                    </fieldset>
                }) }
                { for form.signatures.iter().filter(|s| s.items.iter().any(|i| draft.applies(i.when))).map(|s| html! {
                    <fieldset class="form-part">
                        <legend>{ s.title }</legend>
                        { for s.items.iter().filter(|i| draft.applies(i.when)).map(item_view) }
                    </fieldset>
                }) }
                <button type="submit" class="button">{ words::check(lang) }</button>
                <button type="button" class="button secondary" onclick={on_clear}>{ words::clear_all(lang) }</button>
            </form>
            if ready {
                <section class="result answer-block" aria-labelledby="ready-title">
                    <h2 id="ready-title" tabindex="-1">{ words::ready(lang) }</h2>
                    <ReadAloud />
                    <p class="hint">{ words::ready_hint(lang, p.prefill.helper) }</p>
                    <p><button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| {
                        if ctx.shared.staff {
                            browser::tally(Activity::FormPrinted);
                        }
                        browser::print();
                    })}>{ words::print(lang) }</button></p>
                    <p class="hint">{ words::print_hint(lang) }</p>
                    <h3>{ words::summary_heading(lang) }</h3>
                    { desk_summary(lang, form, &draft, ctx.today) }
                    <h3>{ words::portal_heading(lang) }</h3>
                    { portal_view(lang, form, &draft, ctx.today, copied.clone()) }
                </section>
            }
            { paper(form, &draft, ctx.today) }
        </div>
    }
}

/// The name of the item a draft key belongs to (a member-table cell: its row and column).
fn label_for(lang: Lang, form: &OfficialForm, key: &str) -> String {
    if let Some(item) = form.item(key) {
        return named(lang, form, item);
    }
    for (_, item) in form.items() {
        if let Kind::Members { rows } = item.kind {
            for row in 1..=rows {
                if let Some((_, label, _)) = MEMBER_COLUMNS.iter().find(|(col, _, _)| member_key(item.id, row, col) == key) {
                    return format!("{} – {}", words::member_legend(lang, row), words::member_column(lang, label));
                }
            }
        }
    }
    key.to_string()
}

/// An item's label, with whose it is when the form asks the same thing of several people (the
/// mother's and the father's "Năm sinh", the owner's and the parent's "(8) Họ và tên").
fn named(lang: Lang, form: &OfficialForm, item: &Item) -> String {
    let label = words::item_label(lang, item);
    if form.items().filter(|(_, i)| i.label == item.label).count() < 2 {
        return label;
    }
    let owner = form.signatures.iter().find(|s| s.items.iter().any(|i| i.id == item.id)).map(|s| s.title.to_string());
    let whose = owner.or_else(|| form.items().find(|(_, i)| i.id == item.id).map(|(part, _)| lang.pick(part.name).to_string())).unwrap_or_default();
    format!("{whose} – {label}")
}

fn restore_notice(lang: Lang, restore: Restore) -> Html {
    match restore {
        Restore::Fresh | Restore::Restored => html! {},
        Restore::Unreadable => html! { <p class="banner" role="status">{ words::unreadable_draft(lang) }</p> },
        Restore::Older(older) => html! {
            <div class="banner" role="status">
                <p>{ words::older_draft(lang) }</p>
                <ul>{ for older.changed.iter().map(|(n, what)| html! { <li>{ words::item_changed(lang, n, lang.pick(*what)) }</li> }) }</ul>
            </div>
        },
    }
}

/// The answers as a list to show at the desk, large.
fn desk_summary(lang: Lang, form: &OfficialForm, draft: &FormDraft, today: Date) -> Html {
    let rows: Vec<(String, String)> = form
        .items()
        .filter(|(part, item)| draft.applies(part.when) && draft.applies(item.when) && !matches!(item.kind, Kind::Tick | Kind::Members { .. }))
        .map(|(_, item)| (named(lang, form, item), flow::written(item.kind, draft.get(item.id), today)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    html! {
        <dl class="desk-summary">
            { for rows.into_iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
        </dl>
    }
}

fn portal_view(lang: Lang, form: &OfficialForm, draft: &FormDraft, today: Date, copied: UseStateHandle<Option<String>>) -> Html {
    let Some(rows) = flow::portal_rows(form, draft, today) else { return html! { <p>{ words::counter_only(lang) }</p> } };
    let intro = match form.online {
        forms::Online::PortalForm(_) => words::portal_intro_form(lang),
        _ => words::portal_intro_same(lang),
    };
    html! {
        <>
            <p>{ intro }</p>
            if let Some(message) = &*copied { <p class="banner" role="status">{ message.clone() }</p> }
            <ol class="portal-rows">
                { for rows.into_iter().map(|row| {
                    let (value, label, copied) = (row.value.clone(), row.label, copied.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        copied.set(Some(if browser::copy_text(&value) { words::copied(lang, label) } else { words::copy_failed(lang) }));
                    });
                    let id = format!("copy-{}", row.key);
                    html! {
                        <li class="portal-row">
                            <label for={id.clone()}>{ format!("{} {}", row.number, row.label) }</label>
                            <input id={id} type="text" readonly=true value={row.value.clone()} />
                            <button type="button" class="button secondary" {onclick}>{ words::copy(lang) }</button>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}

/// The form as printed: its header, the items with their numbers and labels, the 12 boxes of an
/// ID number, the member table, the signature blocks left empty, the footnotes on the next page.
/// Shown only in print (styles/print.css).
fn paper(form: &OfficialForm, draft: &FormDraft, today: Date) -> Html {
    let value = |item: &Item| flow::paper_value(form, item, draft, today);
    let lead = |item: &Item| {
        let label = if item.label.is_empty() { String::new() } else { format!("{}: ", item.label) };
        let number = match item.number {
            "" => String::new(),
            n if n.starts_with('(') => format!("{n} "),
            n => format!("{n}. "),
        };
        format!("{number}{label}")
    };
    let line = |items: Vec<&'static Item>| -> Html {
        let Some(first) = items.first().copied() else { return html! {} };
        match first.kind {
            Kind::IdNumber { boxes: true } => {
                let digits: Vec<char> = value(first).chars().collect();
                html! {
                    <p class="paper-line">{ lead(first) }
                        <span class="id-boxes">{ for (0..12).map(|i| html! { <span class="id-box">{ digits.get(i).map(|c| c.to_string()).unwrap_or_default() }</span> }) }</span>
                    </p>
                }
            }
            Kind::Members { rows } => html! {
                <>
                    <p class="paper-line">{ lead(first) }</p>
                    <table class="paper-table">
                        <thead><tr><th>{ "TT" }</th>{ for MEMBER_COLUMNS.iter().map(|(_, l, _)| html! { <th>{ *l }</th> }) }</tr></thead>
                        <tbody>
                            { for (1..=rows).map(|row| html! {
                                <tr><td>{ row }</td>{ for MEMBER_COLUMNS.iter().map(|(col, _, kind)| html! {
                                    <td>{ if flow::applies(form, first, draft) { flow::written(*kind, draft.get(&member_key(first.id, row, col)), today) } else { String::new() } }</td>
                                }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </>
            },
            Kind::BirthDateInWords => html! {
                <>
                    <p class="paper-line">{ lead(first) }<span class="paper-value">{ value(first) }</span></p>
                    <p class="paper-line">{ words::paper_in_words() }<span class="paper-value">{ flow::in_words(draft.get(first.id)).unwrap_or_default() }</span></p>
                </>
            },
            Kind::Copies => html! { <p class="paper-line">{ words::paper_copies(first.label, &value(first)) }</p> },
            _ => html! {
                <p class="paper-line">
                    { for items.into_iter().map(|item| html! {
                        <span class="paper-item">{ lead(item) }<span class="paper-value">{ value(item) }</span>
                            if form.bilingual && !item.label.is_empty() && item.en != item.label { <span class="paper-gloss">{ item.en }</span> }
                        </span>
                    }) }
                </p>
            },
        }
    };
    html! {
        <section class={classes!("paper", form.bilingual.then_some("bilingual"))} aria-hidden="true">
            <div class="paper-code">{ for form.header.iter().map(|l| html! { <p>{ *l }</p> }) }</div>
            <p class="paper-nation">{ words::paper_nation() }</p>
            <p class="paper-motto">{ words::paper_motto() }</p>
            <div class="paper-title">{ for form.title.iter().map(|l| html! { <p>{ *l }</p> }) }</div>
            { for form.parts.iter().filter(|part| part.items.iter().any(|i| i.kind != Kind::Tick)).map(|part| html! {
                <>
                    if let Some(heading) = part.heading {
                        <p class="paper-part">{ heading }</p>
                        if form.bilingual { <p class="paper-part">{ part.name.en }</p> }
                    }
                    if let Some(lead) = part.lead { <p>{ lead }</p> }
                    { for flow::paper_lines(part.items).into_iter().map(line) }
                </>
            }) }
            { for form.pledges.iter().map(|p| html! { <p class="paper-pledge">{ *p }</p> }) }
            if form.place_and_date { <p class="paper-place">{ words::place_and_date() }</p> }
            <div class="paper-signatures">
                { for form.signatures.iter().map(|s| html! {
                    <div class="paper-signature">
                        if form.signatures.len() > 2 { <p class="paper-date">{ words::paper_date_line() }</p> }
                        <p class="paper-sign-title">{ s.title }</p>
                        <p class="paper-sign-note">{ s.note }</p>
                        { for flow::paper_lines(s.items).into_iter().map(line) }
                    </div>
                }) }
            </div>
            if !form.footnotes.is_empty() {
                <div class="paper-notes">
                    <p class="paper-part">{ words::paper_notes() }</p>
                    { for form.footnotes.iter().map(|(mark, text)| html! { <p>{ format!("{mark} {text}") }</p> }) }
                </div>
            }
        </section>
    }
}
