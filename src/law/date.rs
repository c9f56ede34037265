//! Calendar dates and the date arithmetic the rules need, with explicit policies.
//!
//! Pure: no clock. The UI passes "today" in.
//!
//! Policies (each named where it applies):
//! - a period in months or years that ends in a month without the corresponding day ends on the
//!   last day of that month (Bộ luật Dân sự 2015, Điều 148 khoản 3–4): 31/01 + 1 month = 28/02 (29/02 in a
//!   leap year); 29/02/2024 + 1 year = 28/02/2025;
//! - so a person born on 29/02 reaches a birthday age on 28/02 in a common year.

use std::fmt;

/// A calendar date (proleptic Gregorian). Field order gives chronological ordering.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a typed date was refused. Each variant is a message the person sees beside the field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateInputError {
    /// Nothing typed.
    Empty,
    /// Not recognisable as day, month, year.
    Format,
    /// Month outside 1–12.
    NoSuchMonth { month: u32 },
    /// The day does not exist in that month, e.g. 31/02.
    NoSuchDay { day: u32, month: u8, year: i32 },
    /// A year this app cannot reason about (before 1900 or after 2399).
    YearOutOfRange { year: i32 },
}

/// The earliest and latest years the rules reason about (ID-number centuries 1900–2399).
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2399;

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day of the week, Monday first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Date {
    /// A date if it exists in the calendar (no 31/02, no month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// A date known at compile time (data tables). An impossible date fails the build.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        let max = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => 0,
        };
        assert!(day >= 1 && day <= max, "impossible date in a data table");
        Date { year, month, day }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD` exactly (the `as_of` link parameter).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        // Digits only: `str::parse` would also take a sign (`+026-11-24` read as year 26).
        let digits_at = |range: std::ops::Range<usize>| {
            range.clone().all(|i| b[i].is_ascii_digit()).then(|| b[range].iter().fold(0, |acc, d| acc * 10 + i32::from(d - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits_at(0..4).filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))?;
        let month = u8::try_from(digits_at(5..7)?).ok()?;
        let day = u8::try_from(digits_at(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// A date as a person types it: day, month, year separated by `/`, `.`, `-` or spaces
    /// (`15/3/1990`, `15.03.1990`, `15 03 1990`), or 8 digits `15031990`.
    pub fn parse_dmy(text: &str) -> Result<Date, DateInputError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateInputError::Empty);
        }
        // Refuse long input before any work: a date is at most a few characters.
        if text.len() > 24 {
            return Err(DateInputError::Format);
        }
        let parts: Vec<&str> = text.split(|c: char| c == '/' || c == '.' || c == '-' || c.is_whitespace()).filter(|p| !p.is_empty()).collect();
        // Only ASCII digits count: `12ữ199` is 8 bytes but not 8 digits, and full-width or
        // Arabic-Indic digits are refused rather than guessed. Splitting `ddmmyyyy` happens on
        // the checked digits, never on the typed text.
        let digits = |s: &str| -> Option<Vec<u32>> {
            (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.bytes().map(|c| u32::from(c - b'0')).collect())
        };
        let number = |ds: &[u32]| ds.iter().fold(0u32, |acc, d| acc * 10 + d);
        let (day, month, year) = match parts.as_slice() {
            [d, m, y] => match (digits(d), digits(m), digits(y)) {
                (Some(d), Some(m), Some(y)) if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => (number(&d), number(&m), number(&y)),
                _ => return Err(DateInputError::Format),
            },
            [all] => match digits(all) {
                Some(ds) if ds.len() == 8 => (number(&ds[0..2]), number(&ds[2..4]), number(&ds[4..8])),
                _ => return Err(DateInputError::Format),
            },
            _ => return Err(DateInputError::Format),
        };
        // Four digits at most: the cast cannot overflow.
        let year = year as i32;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateInputError::YearOutOfRange { year });
        }
        if !(1..=12).contains(&month) {
            return Err(DateInputError::NoSuchMonth { month });
        }
        let month = month as u8;
        if day == 0 || day > u32::from(days_in_month(year, month)) {
            return Err(DateInputError::NoSuchDay { day, month, year });
        }
        Ok(Date { year, month, day: day as u8 })
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// Adds calendar months; a missing day clamps to the month's last day (BLDS 2015 Điều 148).
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Adds calendar years; 29/02 becomes 28/02 in a common year (BLDS 2015 Điều 148).
    pub fn add_years(self, years: i32) -> Date {
        self.add_months(years * 12)
    }

    /// Completed years of age on `on`, for someone born on `self`. Under the clamping policy a
    /// 29/02 birthday is reached on 28/02 in a common year. Negative if `on` is before birth.
    pub fn age_on(self, on: Date) -> i32 {
        let mut age = on.year - self.year;
        if self.add_years(age) > on {
            age -= 1;
        }
        age
    }

    /// The day a person born on `self` reaches `age` years (clamped for 29/02 births).
    pub fn birthday_at_age(self, age: i32) -> Date {
        self.add_years(age)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
}

/// `dd/mm/yyyy`, the format Vietnamese documents use.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

/// A span of whole years, months and days between two dates ("còn 2 năm 3 tháng").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Span {
    pub years: i32,
    pub months: i32,
    pub days: i32,
}

/// The calendar span from `from` to `to` (`to` ≥ `from`), counting whole months first under
/// the clamping policy, then the remaining days.
pub fn span_between(from: Date, to: Date) -> Span {
    if to <= from {
        return Span { years: 0, months: 0, days: 0 };
    }
    let mut months = (to.year - from.year) * 12 + i32::from(to.month) - i32::from(from.month);
    while months > 0 && from.add_months(months) > to {
        months -= 1;
    }
    let days = from.add_months(months).days_until(to) as i32;
    Span { years: months / 12, months: months % 12, days }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::ymd(y, m, day)
    }

    #[test]
    fn refuses_dates_that_do_not_exist() {
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(2024, 2, 30), None);
        assert_eq!(Date::new(2024, 4, 31), None);
        assert_eq!(Date::new(2024, 13, 1), None);
        assert_eq!(Date::new(2024, 1, 0), None);
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2000, 2, 29).is_some());
        assert_eq!(Date::new(1900, 2, 29), None);
    }

    #[test]
    fn parses_what_people_type() {
        let want = Ok(d(1990, 3, 15));
        for typed in ["15/03/1990", "15/3/1990", " 15.03.1990 ", "15-03-1990", "15 3 1990", "15031990"] {
            assert_eq!(Date::parse_dmy(typed), want, "{typed}");
        }
        assert_eq!(Date::parse_dmy(""), Err(DateInputError::Empty));
        assert_eq!(Date::parse_dmy("   "), Err(DateInputError::Empty));
        assert_eq!(Date::parse_dmy("hôm qua"), Err(DateInputError::Format));
        assert_eq!(Date::parse_dmy("15/03/90"), Err(DateInputError::Format));
        assert_eq!(Date::parse_dmy("31/02/2024"), Err(DateInputError::NoSuchDay { day: 31, month: 2, year: 2024 }));
        assert_eq!(Date::parse_dmy("29/02/2023"), Err(DateInputError::NoSuchDay { day: 29, month: 2, year: 2023 }));
        assert_eq!(Date::parse_dmy("01/13/2024"), Err(DateInputError::NoSuchMonth { month: 13 }));
        assert_eq!(Date::parse_dmy("01/01/1850"), Err(DateInputError::YearOutOfRange { year: 1850 }));
        assert_eq!(Date::parse_dmy(&"1".repeat(1_000_000)), Err(DateInputError::Format));
    }

    /// Found by typing on a Vietnamese keyboard and by the fuzz harness (tests/fuzz.rs): 8 bytes
    /// that are not 8 digits used to be sliced inside a multi-byte character and stop the app.
    #[test]
    fn multi_byte_and_foreign_digits_are_a_format_problem_not_a_crash() {
        for typed in [
            "12ữ199",
            "1ữ2ữ",
            "ệệệ11",
            "15/03/199ữ",
            "15031990ữ",
            "１５/０３/１９９０",
            "١٥/٠٣/١٩٩٠",
            "15\u{202E}031990",
            "15\u{0}031990",
            "1\u{301}5031990",
            "%E1%BB%AF",
            "\u{FEFF}15031990",
        ] {
            assert_eq!(Date::parse_dmy(typed), Err(DateInputError::Format), "{typed:?}");
        }
    }

    #[test]
    fn iso_round_trip() {
        assert_eq!(Date::parse_iso("2026-11-24"), Some(d(2026, 11, 24)));
        assert_eq!(d(2026, 1, 5).to_iso(), "2026-01-05");
        assert_eq!(Date::parse_iso("2026-02-30"), None);
        assert_eq!(Date::parse_iso("2026-2-3"), None);
        assert_eq!(Date::parse_iso("not-a-date"), None);
        // Found by the fuzz harness: a sign was read as part of the year.
        assert_eq!(Date::parse_iso("+026-11-24"), None);
        assert_eq!(Date::parse_iso("2026-+1-24"), None);
        assert_eq!(Date::parse_iso("0026-11-24"), None, "outside the years the rules reason about");
        assert_eq!(Date::parse_iso("ữ1-11-20"), None);
        assert_eq!(d(2026, 1, 5).to_string(), "05/01/2026");
    }

    #[test]
    fn day_numbers_round_trip_across_four_centuries() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(2000, 3, 1).to_days(), 11_017);
        let start = d(1900, 1, 1).to_days();
        let end = d(2399, 12, 31).to_days();
        let mut expected = d(1900, 1, 1);
        for n in start..=end {
            let date = Date::from_days(n);
            assert_eq!(date, expected);
            assert_eq!(date.to_days(), n);
            expected = if date.day < days_in_month(date.year, date.month) {
                Date { day: date.day + 1, ..date }
            } else if date.month < 12 {
                Date { month: date.month + 1, day: 1, ..date }
            } else {
                Date { year: date.year + 1, month: 1, day: 1 }
            };
        }
    }

    #[test]
    fn month_and_year_arithmetic_clamps_to_the_last_day() {
        // BLDS 2015 Điều 148: no corresponding day → last day of that month.
        assert_eq!(d(2025, 1, 31).add_months(1), d(2025, 2, 28));
        assert_eq!(d(2024, 1, 31).add_months(1), d(2024, 2, 29));
        assert_eq!(d(2024, 3, 31).add_months(-1), d(2024, 2, 29));
        assert_eq!(d(2024, 8, 31).add_months(1), d(2024, 9, 30));
        assert_eq!(d(2024, 11, 30).add_months(3), d(2025, 2, 28));
        assert_eq!(d(2024, 2, 29).add_years(1), d(2025, 2, 28));
        assert_eq!(d(2024, 2, 29).add_years(4), d(2028, 2, 29));
        assert_eq!(d(2024, 12, 15).add_months(1), d(2025, 1, 15));
        assert_eq!(d(2024, 12, 31).add_days(1), d(2025, 1, 1));
        assert_eq!(d(2024, 3, 1).add_days(-1), d(2024, 2, 29));
    }

    #[test]
    fn age_counts_completed_years_and_handles_29_february() {
        let born = d(2010, 6, 15);
        assert_eq!(born.age_on(d(2024, 6, 14)), 13);
        assert_eq!(born.age_on(d(2024, 6, 15)), 14);
        assert_eq!(born.age_on(d(2010, 6, 15)), 0);
        assert_eq!(born.age_on(d(2010, 6, 14)), -1);
        let leap = d(2008, 2, 29);
        assert_eq!(leap.age_on(d(2022, 2, 27)), 13);
        assert_eq!(leap.age_on(d(2022, 2, 28)), 14, "common year: birthday falls on 28/02");
        assert_eq!(leap.age_on(d(2024, 2, 28)), 15);
        assert_eq!(leap.age_on(d(2024, 2, 29)), 16, "leap year: birthday on 29/02");
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(2026, 11, 24).weekday(), Weekday::Tuesday);
        assert_eq!(d(1970, 1, 1).weekday(), Weekday::Thursday);
        assert_eq!(d(2025, 1, 29).weekday(), Weekday::Wednesday); // Tết Ất Tỵ
    }

    #[test]
    fn spans_count_months_then_days() {
        assert_eq!(span_between(d(2026, 11, 24), d(2029, 2, 24)), Span { years: 2, months: 3, days: 0 });
        assert_eq!(span_between(d(2026, 1, 31), d(2026, 3, 1)), Span { years: 0, months: 1, days: 1 });
        assert_eq!(span_between(d(2026, 11, 24), d(2026, 12, 2)), Span { years: 0, months: 0, days: 8 });
        assert_eq!(span_between(d(2026, 11, 24), d(2026, 11, 24)), Span { years: 0, months: 0, days: 0 });
        assert_eq!(span_between(d(2026, 11, 24), d(2020, 1, 1)), Span { years: 0, months: 0, days: 0 });
    }
}
