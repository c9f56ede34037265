//! Words for the sources page (căn cứ).

use crate::law::date::Date;
use crate::law::source::Confidence;
use crate::sources::Tool;

use super::{t, Lang, T};

/// The element id of a source's row (`nguon-<id>`).
pub fn row_id(source_id: &str) -> String {
    format!("nguon-{source_id}")
}

pub fn tool_name(lang: Lang, tool: Tool) -> &'static str {
    t(
        lang,
        match tool {
            Tool::IdNumber => T::ToolIdNumber,
            Tool::Card => T::CardTitle,
            Tool::Eid => T::EidTitle,
            Tool::DigitalCitizen => T::ToolDigitalCitizen,
            Tool::WorkingDays => T::ToolWorkingDays,
            Tool::Services => T::ServicesTitle,
            Tool::Forms => T::FormsTitle,
        },
    )
}

pub fn confidence(lang: Lang, c: Confidence) -> &'static str {
    t(
        lang,
        match c {
            Confidence::High => T::ConfidenceHigh,
            Confidence::Medium => T::ConfidenceMedium,
            Confidence::Low => T::ConfidenceLow,
        },
    )
}

/// "từ 01/07/2025 đến hết 31/12/2026; từ 01/01/2027".
pub fn windows(lang: Lang, windows: &[(Date, Option<Date>)]) -> String {
    windows
        .iter()
        .map(|(from, to)| match to {
            Some(to) => bi!(lang, "từ {from} đến hết {to}", "from {from} to {to}"),
            None => bi!(lang, "từ {from}", "from {from}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
