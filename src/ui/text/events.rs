//! Words for life events (việc của tôi).

use crate::content::events::LifeEvent;
use crate::law::date::Date;

use super::Lang;

/// The permanent-residence question, as the event asks it.
pub fn permanent_label(lang: Lang, event: LifeEvent) -> String {
    if event == LifeEvent::Birth {
        bi!(lang, "Cha hoặc mẹ đã đăng ký thường trú (con sẽ thường trú cùng)", "A parent has a registered permanent residence (the child will share it)")
    } else {
        bi!(lang, "Tôi chuyển hẳn đến đây (đăng ký thường trú)", "I am moving here for good (permanent residence)")
    }
}

pub fn due(lang: Lang, on: Date, days_left: i64) -> String {
    bi!(lang, "Hạn chót {on} – còn {days_left} ngày", "Deadline {on} – {days_left} days left")
}

pub fn overdue(lang: Lang, on: Date, days_late: i64, what_then: &str) -> String {
    bi!(lang, "Đã quá hạn {days_late} ngày (hạn chót {on}). {what_then}", "{days_late} days overdue (deadline {on}). {what_then}")
}
