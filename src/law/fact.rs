//! Dated, cited facts: a value that holds between two dates under a source, looked up "as of" a date.
//!
//! Shape borrowed from OpenFisca's dated parameters (a value per period, the law that set it) and
//! Catala's habit of keeping the article next to the rule: each period names its own source.

use super::date::Date;
use super::source::Source;

/// One value for one period. `valid_to` is the last day it holds (inclusive); `None` = open-ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period<T: 'static> {
    pub value: T,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
    pub source: &'static Source,
}

impl<T> Period<T> {
    pub fn holds_on(&self, on: Date) -> bool {
        self.valid_from <= on && self.valid_to.is_none_or(|end| on <= end)
    }
}

/// A fact whose value changes over time, e.g. a fee set by successive circulars.
#[derive(Debug, PartialEq, Eq)]
pub struct Fact<T: 'static> {
    /// Stable identifier for validation messages.
    pub id: &'static str,
    /// Periods in chronological order; gaps are allowed (no value known then), overlaps are not.
    pub periods: &'static [Period<T>],
}

impl<T> Fact<T> {
    /// The period in force on `on`, if any value is known for that date.
    pub fn as_of(&self, on: Date) -> Option<&'static Period<T>> {
        self.periods.iter().find(|p| p.holds_on(on))
    }

    /// The sources this fact rests on.
    pub fn sources(&self) -> impl Iterator<Item = &'static Source> + '_ {
        self.periods.iter().map(|p| p.source)
    }

    /// Problems that make this fact unfit to show: no periods, a period ending before it starts,
    /// or periods out of order / overlapping.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.periods.is_empty() {
            out.push(format!("{}: no periods", self.id));
        }
        for p in self.periods {
            if p.valid_to.is_some_and(|end| end < p.valid_from) {
                out.push(format!("{}: period from {} ends before it starts", self.id, p.valid_from));
            }
        }
        for pair in self.periods.windows(2) {
            match pair[0].valid_to {
                None => out.push(format!("{}: open-ended period from {} is followed by another", self.id, pair[0].valid_from)),
                Some(end) if end >= pair[1].valid_from => {
                    out.push(format!("{}: periods from {} and {} overlap", self.id, pair[0].valid_from, pair[1].valid_from))
                }
                Some(_) => {}
            }
        }
        out
    }
}

/// A checked fact of any value type, for the validation that runs in the test suite.
pub trait CheckedFact: Sync {
    fn id(&self) -> &'static str;
    fn problems(&self) -> Vec<String>;
    fn source_list(&self) -> Vec<&'static Source>;
    /// Each period's source and validity window.
    fn windows(&self) -> Vec<(&'static Source, Date, Option<Date>)>;
}

impl<T: Sync> CheckedFact for Fact<T> {
    fn id(&self) -> &'static str {
        self.id
    }
    fn problems(&self) -> Vec<String> {
        Fact::problems(self)
    }
    fn source_list(&self) -> Vec<&'static Source> {
        self.sources().collect()
    }
    fn windows(&self) -> Vec<(&'static Source, Date, Option<Date>)> {
        self.periods.iter().map(|p| (p.source, p.valid_from, p.valid_to)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::source::Confidence;

    const S: Source =
        Source { id: "s", basis: "X", url: "https://example.gov.vn", verified_on: Date::ymd(2026, 1, 1), confidence: Confidence::High, doubt: None };

    static FEE: Fact<u32> = Fact {
        id: "fee",
        periods: &[
            Period { value: 100, valid_from: Date::ymd(2024, 1, 1), valid_to: Some(Date::ymd(2024, 12, 31)), source: &S },
            Period { value: 50, valid_from: Date::ymd(2025, 7, 1), valid_to: None, source: &S },
        ],
    };

    #[test]
    fn looks_up_the_value_in_force_and_knows_gaps() {
        assert_eq!(FEE.as_of(Date::ymd(2023, 12, 31)).map(|p| p.value), None);
        assert_eq!(FEE.as_of(Date::ymd(2024, 1, 1)).map(|p| p.value), Some(100));
        assert_eq!(FEE.as_of(Date::ymd(2024, 12, 31)).map(|p| p.value), Some(100));
        assert_eq!(FEE.as_of(Date::ymd(2025, 1, 1)).map(|p| p.value), None, "a gap is unknown, not zero");
        assert_eq!(FEE.as_of(Date::ymd(2030, 1, 1)).map(|p| p.value), Some(50));
        assert!(FEE.problems().is_empty());
    }

    #[test]
    fn overlaps_and_disorder_are_reported() {
        static BAD: Fact<u32> = Fact {
            id: "bad",
            periods: &[
                Period { value: 1, valid_from: Date::ymd(2024, 1, 1), valid_to: Some(Date::ymd(2024, 6, 30)), source: &S },
                Period { value: 2, valid_from: Date::ymd(2024, 6, 30), valid_to: None, source: &S },
                Period { value: 3, valid_from: Date::ymd(2025, 1, 1), valid_to: Some(Date::ymd(2024, 1, 1)), source: &S },
            ],
        };
        let problems = BAD.problems();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("ends before it starts"));
        assert!(problems[1].contains("overlap"));
        assert!(problems[2].contains("open-ended"));
    }
}
