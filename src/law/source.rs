//! Where a fact comes from: legal basis, the page it was read on, when, and how sure we are.

use super::date::Date;

/// Text carried by data in both languages (doubt notes, names of things).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Text {
    pub vi: &'static str,
    pub en: &'static str,
}

/// How sure we are of a fact (vn-facts.md's scale).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Confidence {
    /// Read in a legal text or on an official (.gov.vn) page.
    High,
    /// A legal portal, law firm or newspaper quoting the law.
    Medium,
    /// Inferred, unofficial, or a single weak source: shown with a "verify" note.
    Low,
}

/// A citation: the legal basis of a fact and the source it was read from.
///
/// Every user-visible fact points at one of these, and the test suite checks that none is blank.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    /// Stable identifier, used by data that refers to this source.
    pub id: &'static str,
    /// Document number and article, e.g. "Luật Căn cước 26/2023/QH15, Điều 12".
    pub basis: &'static str,
    /// The URL actually read.
    pub url: &'static str,
    /// When that page was read and the fact checked.
    pub verified_on: Date,
    pub confidence: Confidence,
    /// What is not certain, in words the person reads. Required when confidence is below High.
    pub doubt: Option<Text>,
}

impl Source {
    /// Needs a visible "verify" note: not high confidence, or a recorded doubt.
    pub fn needs_verification(&self) -> bool {
        self.confidence != Confidence::High || self.doubt.is_some()
    }

    /// Problems that make this source unfit to show (checked by the test suite).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.id.trim().is_empty() {
            out.push("source without id".to_string());
        }
        if self.basis.trim().is_empty() {
            out.push(format!("{}: no legal basis", self.id));
        }
        if !self.url.starts_with("https://") && !self.url.starts_with("http://") {
            out.push(format!("{}: source is not a URL", self.id));
        }
        if self.confidence != Confidence::High && self.doubt.is_none() {
            out.push(format!("{}: below high confidence but no doubt note", self.id));
        }
        if let Some(doubt) = self.doubt {
            if doubt.vi.trim().is_empty() || doubt.en.trim().is_empty() {
                out.push(format!("{}: doubt note missing a language", self.id));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: Source = Source {
        id: "good",
        basis: "Luật X, Điều 1",
        url: "https://example.gov.vn/x",
        verified_on: Date::ymd(2026, 11, 24),
        confidence: Confidence::High,
        doubt: None,
    };

    #[test]
    fn a_blank_basis_or_missing_doubt_is_reported() {
        assert!(GOOD.problems().is_empty());
        assert!(!GOOD.needs_verification());
        let no_basis = Source { basis: " ", ..GOOD };
        assert_eq!(no_basis.problems(), vec!["good: no legal basis".to_string()]);
        let weak = Source { confidence: Confidence::Medium, ..GOOD };
        assert_eq!(weak.problems(), vec!["good: below high confidence but no doubt note".to_string()]);
        assert!(weak.needs_verification());
        let no_url = Source { url: "thuvienphapluat", ..GOOD };
        assert_eq!(no_url.problems().len(), 1);
    }
}
