//! Every word the app shows, Vietnamese first, English second: one module per tool plus
//! [`common`] (money, dates, the as-of line, due dates, fee lines, the "person helped" voice, and the
//! fixed-string table `T`). Pages hold no words of their own (a test checks).
//!
//! One way to write a message:
//! - a fixed string: a row of the `T` table (`t(lang, T::Key)`), or a `Text { vi, en }` in data;
//! - a message with values: a function of the tool's module written with [`bi!`]:
//!   `bi!(lang, "Còn {n} ngày", "{n} days left")` formats only the language shown.

/// One message in both languages; only the language shown is formatted. Defined before the
/// modules below, so it is in scope in each of them.
macro_rules! bi {
    ($lang:expr, $vi:literal, $en:literal $(,)?) => {
        match $lang {
            $crate::ui::text::Lang::Vi => format!($vi),
            $crate::ui::text::Lang::En => format!($en),
        }
    };
}

pub mod card;
pub mod card_scan;
pub mod common;
pub mod digital_citizen;
pub mod eid;
pub mod events;
pub mod forms;
pub mod id_number;
pub mod plan;
pub mod report;
pub mod services;
pub mod sources;
pub mod tally;

pub use common::{t, Lang, T};
