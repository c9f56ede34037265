//! Quét mã QR trên thẻ: fills a tool's questions from the QR code on the person's ID card, from a
//! photo taken now or chosen, or from a desk scanner that types like a keyboard. The text is read
//! by `law::card_qr::parse`, every field is shown for the person to compare with the card, and only
//! then handed to the page. Nothing is kept here: what the page fills is kept as the page keeps its
//! answers (a form's draft on this device; never the ID number in a link).

use yew::prelude::*;

use crate::law::card_qr::{self, CardQr};

use super::app::use_ctx;
use super::device::{self, PhotoError};
use super::form::FillFromCard;
use super::hooks::use_focus_later;
use super::text::card_scan as words;

/// The scanner's `on_use` for a tool whose draft is one state: the card fills it in place.
pub fn fill_draft<D: FillFromCard + Clone + 'static>(draft: &UseStateHandle<D>) -> Callback<(CardQr, &'static str), usize> {
    fill_with(draft, D::fill_from_card)
}

/// The same, with the fill given (a guide's, `Guide::fill_from_card`).
pub fn fill_with<D: Clone + 'static>(draft: &UseStateHandle<D>, fill: fn(&mut D, &CardQr) -> usize) -> Callback<(CardQr, &'static str), usize> {
    let draft = draft.clone();
    Callback::from(move |(card, _): (CardQr, &'static str)| {
        let mut d = (*draft).clone();
        let filled = fill(&mut d, &card);
        draft.set(d);
        filled
    })
}

#[derive(Properties, PartialEq)]
pub struct CardScanProps {
    /// Whose card it may be on the page, when it has several people: (code, words). The first is
    /// chosen at first.
    #[prop_or_default]
    pub roles: Vec<(&'static str, String)>,
    /// Fills the page from the card the person confirmed, for the role chosen; returns how many
    /// answers were filled.
    pub on_use: Callback<(CardQr, &'static str), usize>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Closed,
    Open { problem: Option<String>, busy: bool },
    Confirm(Box<CardQr>),
    Filled(usize),
}

#[component]
pub fn CardScan(p: &CardScanProps) -> Html {
    let ctx = use_ctx();
    let (lang, today) = (ctx.lang, ctx.today);
    let step = use_state(|| Step::Closed);
    let typed = use_state(String::new);
    let role = use_state(|| p.roles.first().map(|(code, _)| *code).unwrap_or(""));
    // Each open scanner has a number: a photo still being read when the person closes or reopens
    // it reports to a scanner that is gone, and is ignored.
    let generation = use_mut_ref(|| 0u32);
    // Focus follows each step (the pressed button is gone once the step changes).
    let focus = use_focus_later();
    let move_focus = move |id: &'static str| focus.request(id);

    let read = {
        let (step, move_focus, generation) = (step.clone(), move_focus.clone(), generation.clone());
        // A reading replaces any photo still being read: that one is ignored when it ends.
        Callback::from(move |text: String| {
            *generation.borrow_mut() += 1;
            match card_qr::parse(&text, today) {
                Ok(qr) => {
                    step.set(Step::Confirm(Box::new(qr)));
                    move_focus("card-scan-confirm");
                }
                Err(problem) => step.set(Step::Open { problem: Some(words::problem(lang, &problem)), busy: false }),
            }
        })
    };
    let open = {
        let (step, generation, move_focus) = (step.clone(), generation.clone(), move_focus.clone());
        Callback::from(move |_: MouseEvent| {
            *generation.borrow_mut() += 1;
            step.set(Step::Open { problem: None, busy: false });
            move_focus("card-scan-title");
        })
    };
    let close = {
        let (step, typed, generation, move_focus) = (step.clone(), typed.clone(), generation.clone(), move_focus.clone());
        Callback::from(move |_: MouseEvent| {
            *generation.borrow_mut() += 1;
            typed.set(String::new());
            step.set(Step::Closed);
            move_focus("card-scan-open");
        })
    };

    let body = match &*step {
        Step::Closed | Step::Filled(_) => html! {
            <p><button type="button" id="card-scan-open" class="button secondary" onclick={open}>{ words::open_button(lang) }</button></p>
        },
        Step::Open { problem, .. } => {
            let on_photo = {
                let (step, read, generation) = (step.clone(), read.clone(), generation.clone());
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    let Some(file) = device::chosen_file(&input) else { return };
                    // The same photo chosen again must fire again.
                    input.set_value("");
                    step.set(Step::Open { problem: None, busy: true });
                    // A newer photo replaces one still being read.
                    let asked = {
                        let mut g = generation.borrow_mut();
                        *g += 1;
                        *g
                    };
                    let (step, read, generation) = (step.clone(), read.clone(), generation.clone());
                    device::decode_qr_photo(
                        file,
                        Callback::from(move |found: Result<Option<String>, PhotoError>| {
                            if *generation.borrow() != asked {
                                return;
                            }
                            match found {
                                Ok(Some(text)) => read.emit(text),
                                Ok(None) => step.set(Step::Open { problem: Some(words::no_code_in_photo(lang)), busy: false }),
                                Err(PhotoError::Photo) => step.set(Step::Open { problem: Some(words::photo_unreadable(lang)), busy: false }),
                                Err(PhotoError::Reader) => step.set(Step::Open { problem: Some(words::reader_unavailable(lang)), busy: false }),
                            }
                        }),
                    );
                })
            };
            let oninput = {
                let typed = typed.clone();
                Callback::from(move |e: InputEvent| typed.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
            };
            // A desk scanner ends with Enter: read then, and never submit the page's form.
            let onkeydown = {
                let read = read.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" {
                        e.prevent_default();
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        // Selected: a scan that is refused is replaced by the next one, not appended to.
                        input.select();
                        read.emit(input.value());
                    }
                })
            };
            let read_typed = {
                let (read, typed) = (read.clone(), typed.clone());
                Callback::from(move |_: MouseEvent| read.emit((*typed).clone()))
            };
            html! {
                <>
                    <h2 id="card-scan-title" tabindex="-1">{ words::title(lang) }</h2>
                    <p>{ words::intro(lang) }</p>
                    <p class="scan-photo">
                        <input id="card-scan-camera" class="file-input" type="file" accept="image/*" capture="environment" onchange={on_photo.clone()} />
                        <label class="button secondary" for="card-scan-camera">{ words::photo_button(lang) }</label>
                        <input id="card-scan-photo" class="file-input" type="file" accept="image/*" onchange={on_photo} />
                        <label class="button secondary" for="card-scan-photo">{ words::pick_button(lang) }</label>
                    </p>
                    <div class={classes!("field", problem.is_some().then_some("field-error"))}>
                        <label for="card-scan-text">{ words::wedge_label(lang) }</label>
                        <p class="hint" id="card-scan-text-hint">{ words::wedge_hint(lang) }</p>
                        if let Some(problem) = problem { <p class="error-message" id="card-scan-error" role="alert">{ problem.clone() }</p> }
                        <input id="card-scan-text" type="text" value={(*typed).clone()} autocomplete="off" spellcheck="false"
                            aria-invalid={problem.is_some().then_some("true")}
                            aria-describedby={if problem.is_some() { "card-scan-text-hint card-scan-error" } else { "card-scan-text-hint" }}
                            {oninput} {onkeydown} />
                    </div>
                    <p class="actions">
                        <button type="button" class="button" onclick={read_typed}>{ words::read_button(lang) }</button>
                        <button type="button" class="button secondary" onclick={close}>{ words::close_button(lang) }</button>
                    </p>
                </>
            }
        }
        Step::Confirm(qr) => {
            let on_use = {
                let (step, typed, role, on_use, qr, move_focus) =
                    (step.clone(), typed.clone(), role.clone(), p.on_use.clone(), (**qr).clone(), move_focus.clone());
                Callback::from(move |_: MouseEvent| {
                    let filled = on_use.emit((qr.clone(), *role));
                    typed.set(String::new());
                    step.set(Step::Filled(filled));
                    move_focus("card-scan-status");
                })
            };
            let rescan = {
                let (step, typed, move_focus) = (step.clone(), typed.clone(), move_focus.clone());
                Callback::from(move |_: MouseEvent| {
                    typed.set(String::new());
                    step.set(Step::Open { problem: None, busy: false });
                    move_focus("card-scan-title");
                })
            };
            let row = |label: String, value: String| html! { <><dt>{ label }</dt><dd>{ value }</dd></> };
            html! {
                <>
                    <h2 id="card-scan-confirm" tabindex="-1">{ words::confirm_title(lang) }</h2>
                    <p>{ words::confirm_intro(lang) }</p>
                    <dl class="facts">
                        { row(words::number_label(lang), crate::law::id_number::grouped(&qr.number)) }
                        if let Some(old) = &qr.old_number { { row(words::old_number_label(lang), old.clone()) } }
                        { row(words::name_label(lang), qr.name.clone()) }
                        { row(words::born_label(lang), qr.born.to_string()) }
                        { row(words::sex_label(lang), words::sex(lang, qr.sex)) }
                        { row(words::issued_label(lang), qr.issued.to_string()) }
                        { row(words::address_label(lang), qr.address.clone()) }
                    </dl>
                    <p class="hint">{ words::model_line(lang, qr.is_can_cuoc_model()) }</p>
                    <p class="hint">{ words::address_note(lang) }</p>
                    <p class="hint">{ words::no_expiry_note(lang) }</p>
                    if p.roles.len() > 1 {
                        <fieldset class="field">
                            <legend>{ words::role_label(lang) }</legend>
                            { for p.roles.iter().map(|(code, label)| {
                                let code: &'static str = code;
                                let onchange = { let role = role.clone(); Callback::from(move |_: Event| role.set(code)) };
                                let id = format!("card-scan-role-{code}");
                                html! {
                                    <div class="choice">
                                        <input type="radio" name="card-scan-role" id={id.clone()} checked={*role == code} {onchange} />
                                        <label for={id}>{ label.clone() }</label>
                                    </div>
                                }
                            }) }
                        </fieldset>
                    }
                    <p class="actions">
                        <button type="button" class="button" onclick={on_use}>{ words::use_button(lang) }</button>
                        <button type="button" class="button secondary" onclick={rescan}>{ words::rescan_button(lang) }</button>
                    </p>
                </>
            }
        }
    };
    // One live region, always in the page: what it says is announced when it changes.
    let status = match &*step {
        Step::Open { busy: true, .. } => words::reading(lang),
        Step::Filled(n) => words::filled(lang, *n),
        _ => String::new(),
    };
    html! {
        <section class="card-scan no-print" aria-label={words::title(lang)}>
            { body }
            <p id="card-scan-status" class={classes!(matches!(*step, Step::Filled(_)).then_some("ok"))} role="status" tabindex="-1">{ status }</p>
        </section>
    }
}
