//! The form cycle every form shares: a draft as typed, whether it was submitted, and a submit
//! that either goes on or shows the errors and moves focus to their summary.
//!
//! Focus moves in an effect, after the render that shows the summary: Yew renders later than the
//! submit callback runs, so focusing from the callback would find no summary on a first failed
//! submit (and focus would stay on the button, unannounced to a screen reader).

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

/// A form's state: the draft as typed and whether it has been submitted.
pub struct Form<D: 'static> {
    pub draft: UseStateHandle<D>,
    submitted: UseStateHandle<bool>,
    focus_summary: UseStateHandle<u32>,
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
        let (draft, submitted, focus) = (self.draft.clone(), self.submitted.clone(), self.focus_summary.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&draft) {
                Submit::GoTo(href) => browser::set_hash(&href),
                Submit::Show => submitted.set(true),
                Submit::Fix => {
                    submitted.set(true);
                    focus.set(*focus + 1);
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
    let focus_summary = use_state(|| 0u32);
    use_effect_with(*focus_summary, |asked| {
        if *asked > 0 {
            browser::focus_id("error-summary");
        }
    });
    Form { draft, submitted, focus_summary }
}
