//! The form cycle every form shares: a draft as typed, whether it was submitted, and a submit
//! that either goes on or shows the errors and moves focus to their summary.
//!
//! Focus moves in an effect, after the render that shows the summary: Yew renders later than the
//! submit callback runs, so focusing from the callback would find no summary on a first failed
//! submit (and focus would stay on the button, unannounced to a screen reader).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::form::FieldSpec;
use super::text::Lang;
use super::widgets::{edit, Field};

/// What a submit found.
pub enum Submit {
    /// Valid: go to this link.
    GoTo(String),
    /// Valid: the page shows the result in place.
    Show,
    /// Something to fix: show the errors and move focus to their summary.
    Fix,
}

/// Moves focus to an element after the render that shows it (focusing from a callback would find
/// the old page). Each request is numbered outside the render, so a callback made in an earlier
/// render still asks anew.
#[derive(Clone)]
pub struct FocusLater {
    asked: UseStateHandle<(&'static str, u32)>,
    count: Rc<RefCell<u32>>,
}

impl FocusLater {
    /// Focus the element `id` once the next render is done.
    pub fn request(&self, id: &'static str) {
        let n = {
            let mut count = self.count.borrow_mut();
            *count += 1;
            *count
        };
        self.asked.set((id, n));
    }
}

#[hook]
pub fn use_focus_later() -> FocusLater {
    let asked = use_state(|| ("", 0u32));
    let count = use_mut_ref(|| 0u32);
    use_effect_with(*asked, |(id, n)| {
        if *n > 0 {
            browser::focus_id(id);
        }
    });
    FocusLater { asked, count }
}

/// A form's state: the draft as typed and whether it has been submitted.
pub struct Form<D: 'static> {
    pub draft: UseStateHandle<D>,
    submitted: UseStateHandle<bool>,
    focus: FocusLater,
}

impl<D: Clone + 'static> Form<D> {
    /// Whether the errors are to be shown (after a submit, or from a link that carried answers).
    pub fn submitted(&self) -> bool {
        *self.submitted
    }

    /// A callback that edits one field of the draft: `form.edit(|d, v| d.born = v)`.
    pub fn edit<V: 'static>(&self, f: fn(&mut D, V)) -> Callback<V> {
        edit(&self.draft, f)
    }

    /// A callback that forgets the submit (after "clear all": an empty form is not an error).
    pub fn reset(&self) -> Callback<()> {
        let submitted = self.submitted.clone();
        Callback::from(move |_| submitted.set(false))
    }

    /// The form's submit handler: `check` judges the draft as it is when the button is pressed.
    pub fn onsubmit(&self, check: impl Fn(&D) -> Submit + 'static) -> Callback<SubmitEvent> {
        let (draft, submitted, focus) = (self.draft.clone(), self.submitted.clone(), self.focus.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&draft) {
                Submit::GoTo(href) => browser::set_hash(&href),
                Submit::Show => submitted.set(true),
                Submit::Fix => {
                    submitted.set(true);
                    focus.request("error-summary");
                }
            }
        })
    }
}

impl<D: Clone + PartialEq + 'static> Form<D> {
    /// A row of the form (`ui::form`) as a field: its words in the voice and language shown, the
    /// answer as typed, its error beside it; typing edits the draft.
    pub fn field(&self, row: &'static FieldSpec<D>, lang: Lang, helper: bool, error: Option<String>, label_is_heading: bool) -> Html {
        let draft = &*self.draft;
        html! {
            <Field id={row.id} kind={row.kind} label={(row.label)(lang, helper, draft)} hint={(row.hint)(lang, draft).map(AttrValue::from)}
                value={(row.get)(draft)} {error} onchange={self.edit(row.set)} {label_is_heading} />
        }
    }
}

/// A form starting from `initial` (what the link carried); `submitted` shows its errors at once.
#[hook]
pub fn use_form<D: Clone + 'static>(initial: D, submitted: bool) -> Form<D> {
    let draft = use_state(move || initial);
    let submitted = use_state(move || submitted);
    let focus = use_focus_later();
    Form { draft, submitted, focus }
}
