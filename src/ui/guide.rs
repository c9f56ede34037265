//! A guide: a tool that asks one question per page (the e-ID guide, the digital-citizen tool), then
//! a check-answers page and a result. Its pages in order, its question rows and its link are
//! declared by the tool; the walk between pages (which question applies, next, back, the first one
//! missing) is written once here. Pure: no web types, tested natively through each tool.

use crate::law::date::Date;

use super::form::{FieldProblem, FieldSpec};
use super::link::{self, Query, Shared};
use super::route::Route;

/// One question per page, over the tool's answers (`Self`, as carried in the link).
pub trait Guide: Clone + PartialEq + Query + 'static {
    type Step: Copy + PartialEq + std::fmt::Debug + 'static;
    /// Every page in order: the start, the questions, the check page, the result.
    const ORDER: &'static [Self::Step];
    const START: Self::Step;
    const CHECK: Self::Step;
    const RESULT: Self::Step;

    /// The question rows, one per question page, in order.
    fn questions() -> &'static [(Self::Step, FieldSpec<Self>)];
    /// The route of a page.
    fn route(step: Self::Step) -> Route;
    /// Came from the check page: continuing and going back return there.
    fn returning(&self) -> bool;
    /// The same answers, with `returning` set.
    fn returning_as(&self, returning: bool) -> Self;
    /// "I'm helping someone": the words speak of the person helped.
    fn helper(&self) -> bool;

    /// Whether `step` offers to fill the answers from the ID card's QR (`ui::card_scan`), given
    /// the answers so far.
    fn scans_card(&self, _step: Self::Step) -> bool {
        false
    }

    /// Fills what a confirmed card says; returns how many answers were filled.
    fn fill_from_card(&mut self, _card: &crate::law::card_qr::CardQr) -> usize {
        0
    }

    /// The question asked on `step`, if it is a question page.
    fn question(step: Self::Step) -> Option<&'static FieldSpec<Self>> {
        Self::questions().iter().find(|(s, _)| *s == step).map(|(_, q)| q)
    }

    /// The first question page (where "Start" goes).
    fn first_question() -> Self::Step {
        Self::ORDER.iter().copied().find(|s| Self::is_question(*s)).unwrap_or(Self::START)
    }

    fn is_question(step: Self::Step) -> bool {
        Self::question(step).is_some()
    }

    /// Whether the page is shown, given the answers (a question: its row's `applies`).
    fn applies(&self, step: Self::Step) -> bool {
        Self::question(step).is_none_or(|q| (q.applies)(self))
    }

    /// The page after `step`.
    fn next(&self, step: Self::Step) -> Self::Step {
        if self.returning() && step != Self::CHECK && step != Self::START {
            return Self::CHECK;
        }
        let at = Self::ORDER.iter().position(|s| *s == step).unwrap_or(0);
        Self::ORDER[at + 1..].iter().copied().find(|s| self.applies(*s)).unwrap_or(Self::RESULT)
    }

    /// The page the back link of `step` goes to.
    fn previous(&self, step: Self::Step) -> Self::Step {
        if self.returning() && step != Self::CHECK {
            return Self::CHECK;
        }
        let at = Self::ORDER.iter().position(|s| *s == step).unwrap_or(0);
        Self::ORDER[..at].iter().rev().copied().find(|s| self.applies(*s)).unwrap_or(Self::START)
    }

    /// Why the answer to `step` is missing or wrong, if it is.
    fn problem(&self, step: Self::Step, today: Date) -> Option<FieldProblem> {
        Self::question(step)?.check(self, today).err()
    }

    /// The first question that applies and is not (validly) answered.
    fn first_missing(&self, today: Date) -> Option<Self::Step> {
        Self::ORDER.iter().copied().filter(|s| Self::is_question(*s) && self.applies(*s)).find(|s| self.problem(*s, today).is_some())
    }

    /// The link to `step` carrying every answer and the shared state.
    fn link_to(&self, step: Self::Step, shared: Shared) -> String {
        link::href(&Self::route(step), self.write(), shared)
    }
}
