//! Numbers and dates written in Vietnamese words, as the birth declaration asks for the child's
//! date of birth ("ghi bằng chữ"). Pure; golden cases below and in tests/forms_golden.rs.
//!
//! The spelling follows the usual rules of written Vietnamese numbers: "mười" for 10, "mươi"
//! after 2–9 tens, "mốt" for a final 1 and "lăm" for a final 5 after a ten, "tư" for a final 4
//! after "mươi", "linh" for an empty tens place ("hai nghìn không trăm linh năm") and
//! "không trăm" for an empty hundreds place. Months are named as in speech: "tháng tư" for April.

use super::date::Date;

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// 0–99 in words.
fn below_hundred(n: u32) -> String {
    let (tens, units) = (n / 10, n % 10);
    match (tens, units) {
        (0, u) => DIGITS[u as usize].to_string(),
        (1, 0) => "mười".to_string(),
        (1, 5) => "mười lăm".to_string(),
        (1, u) => format!("mười {}", DIGITS[u as usize]),
        (t, 0) => format!("{} mươi", DIGITS[t as usize]),
        (t, u) => {
            let unit = match u {
                1 => "mốt",
                4 => "tư",
                5 => "lăm",
                _ => DIGITS[u as usize],
            };
            format!("{} mươi {unit}", DIGITS[t as usize])
        }
    }
}

/// 0–9999 in words (enough for years and days).
pub fn number(n: u32) -> String {
    let n = n.min(9999);
    let (thousands, hundreds, rest) = (n / 1000, (n / 100) % 10, n % 100);
    let mut parts: Vec<String> = Vec::new();
    if thousands > 0 {
        parts.push(format!("{} nghìn", DIGITS[thousands as usize]));
    }
    if hundreds > 0 || (thousands > 0 && rest > 0) {
        parts.push(format!("{} trăm", DIGITS[hundreds as usize]));
    }
    if rest > 0 || parts.is_empty() {
        if !parts.is_empty() && rest < 10 {
            parts.push(format!("linh {}", DIGITS[rest as usize]));
        } else {
            parts.push(below_hundred(rest));
        }
    }
    parts.join(" ")
}

/// The month's name as said: "một" … "mười hai", with "tư" for April.
fn month(m: u8) -> String {
    match m {
        4 => "tư".to_string(),
        m => number(u32::from(m)),
    }
}

/// "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu".
pub fn date(d: Date) -> String {
    format!("Ngày {} tháng {} năm {}", number(u32::from(d.day())), month(d.month()), number(d.year().max(0) as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_spelling_rules() {
        let cases = [
            (0, "không"),
            (1, "một"),
            (4, "bốn"),
            (5, "năm"),
            (10, "mười"),
            (11, "mười một"),
            (14, "mười bốn"),
            (15, "mười lăm"),
            (20, "hai mươi"),
            (21, "hai mươi mốt"),
            (24, "hai mươi tư"),
            (25, "hai mươi lăm"),
            (31, "ba mươi mốt"),
            (105, "một trăm linh năm"),
            (1990, "một nghìn chín trăm chín mươi"),
            (2000, "hai nghìn"),
            (2001, "hai nghìn không trăm linh một"),
            (2010, "hai nghìn không trăm mười"),
            (2015, "hai nghìn không trăm mười lăm"),
            (2024, "hai nghìn không trăm hai mươi tư"),
            (2026, "hai nghìn không trăm hai mươi sáu"),
        ];
        for (n, words) in cases {
            assert_eq!(number(n), words, "{n}");
        }
    }

    #[test]
    fn dates_name_the_month_as_said() {
        assert_eq!(date(Date::ymd(2026, 3, 15)), "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu");
        assert_eq!(date(Date::ymd(2025, 4, 1)), "Ngày một tháng tư năm hai nghìn không trăm hai mươi lăm");
        assert_eq!(date(Date::ymd(2024, 2, 29)), "Ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư");
        assert_eq!(date(Date::ymd(2026, 12, 31)), "Ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu");
    }
}
