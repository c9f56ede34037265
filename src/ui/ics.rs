//! Dated items as an iCalendar file (RFC 5545) a phone's calendar imports: one all-day VEVENT per
//! item with a VALARM reminder a few days before. Pure; tested natively against the RFC's rules
//! (CRLF line ends, lines folded at 75 octets without splitting a character, text escaped).

use crate::law::date::Date;

/// One dated item of a person's plan.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CalendarItem {
    /// Stable within the plan (the item's kind and date), so a re-import updates, not duplicates.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// The reminder, this many days before.
    pub remind_days: u32,
}

/// The calendar, stamped with `today` (DTSTAMP), lines joined by CRLF.
pub fn calendar(items: &[CalendarItem], today: Date) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//congdanso//So tay Cong dan so//VI".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for item in items {
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}@congdanso.local", escape(&item.uid)),
            format!("DTSTAMP:{}T000000Z", compact(today)),
            format!("DTSTART;VALUE=DATE:{}", compact(item.date)),
            format!("DTEND;VALUE=DATE:{}", compact(item.date.add_days(1))),
            format!("SUMMARY:{}", escape(&item.summary)),
            format!("DESCRIPTION:{}", escape(&item.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            // All-day events start at 00:00: the reminder rings at 09:00, `remind_days` days before.
            format!("TRIGGER:-P{}DT15H", item.remind_days.saturating_sub(1)),
            format!("DESCRIPTION:{}", escape(&item.summary)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// `YYYYMMDD`.
fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline escaped.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a
/// multi-octet character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut octets = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if octets + len > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(summary: &str) -> CalendarItem {
        CalendarItem {
            uid: "the-han-2030-03-15".into(),
            date: Date::ymd(2030, 3, 15),
            summary: summary.into(),
            description: "Cấp đổi thẻ căn cước; mang thẻ cũ, đến công an xã\nLuật Căn cước 2023".into(),
            remind_days: 7,
        }
    }

    #[test]
    fn one_event_with_a_reminder_in_crlf_lines_of_at_most_75_octets() {
        let ics = calendar(&[item("Hạn thẻ căn cước – đổi thẻ trước ngày này, kẻo phải làm lại từ đầu khi thẻ đã hết hạn sử dụng")], Date::ymd(2026, 12, 2));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 1);
        assert!(ics.contains("DTSTART;VALUE=DATE:20300315\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20300316\r\n"));
        assert!(ics.contains("DTSTAMP:20261202T000000Z\r\n"));
        assert!(ics.contains("TRIGGER:-P6DT15H\r\n"), "09:00, seven days before");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        // Unfolding gives back the escaped text, accents intact.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("DESCRIPTION:Cấp đổi thẻ căn cước\\; mang thẻ cũ\\, đến công an xã\\nLuật Căn cước 2023\r\n"));
        assert!(unfolded.contains("SUMMARY:Hạn thẻ căn cước – đổi thẻ trước ngày này\\, kẻo phải làm lại từ đầu khi thẻ đã hết hạn sử dụng\r\n"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "ữ".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75);
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }
}
