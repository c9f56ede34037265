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

/// A duty that starts on a day (temporary residence once a stay reaches 30 days).
pub fn obligation(lang: Lang, since: Date, started: bool) -> String {
    if started {
        bi!(lang, "Đã ở từ 30 ngày trở lên (từ {since}): cần đăng ký ngay.", "Staying 30 days or more (since {since}): register now.")
    } else {
        bi!(lang, "Nếu ở từ 30 ngày trở lên thì phải đăng ký (từ ngày {since}).", "If you stay 30 days or more you must register (from {since}).")
    }
}

/// A deadline whose rule is known only to a day before it would end.
pub fn rule_unknown_after(lang: Lang, known_until: Date) -> String {
    bi!(
        lang,
        "Thời hạn này theo luật hiện hành chỉ áp dụng đến hết {known_until}; quy định sau đó chưa được ứng dụng xác nhận. Hãy làm sớm hoặc xem hướng dẫn trên Cổng Dịch vụ công quốc gia.",
        "This deadline is known only up to {known_until} under the current law; the rule after that is not confirmed by the app. Do it early, or check the National Public Service Portal."
    )
}

/// The life events' list: what is happening to the person (or to the person helped).
pub fn intro(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "Chọn việc đang xảy ra với {ban}.", "Choose what is happening to {you}.")
}

pub fn foreigner_label(lang: Lang) -> String {
    bi!(
        lang,
        "Khách là người nước ngoài, hoặc vào Việt Nam bằng hộ chiếu nước ngoài (kể cả người Việt Nam ở nước ngoài)",
        "The guest is a foreigner, or entered Vietnam on a foreign passport (overseas Vietnamese included)"
    )
}

pub fn foreigner_hint(lang: Lang) -> String {
    bi!(
        lang,
        "Người có giấy tờ mang quốc tịch nước ngoài là người nước ngoài (Luật 47/2014/QH13, Điều 3); người Việt Nam ở nước ngoài vào bằng hộ chiếu nước ngoài cũng khai như người nước ngoài (trang hỏi đáp pháp luật). Khi đó chủ nhà khai báo tạm trú cho khách, không phải thông báo lưu trú. Người hai quốc tịch vào bằng hộ chiếu Việt Nam: chưa rõ, hỏi công an xã, phường.",
        "Anyone holding papers of a foreign nationality is a foreigner (Law 47/2014/QH13, Art. 3); overseas Vietnamese who entered on a foreign passport are declared as foreigners too (a legal Q&A page). The host then declares the guest's stay, not a notice of stay. Dual nationals who entered on a Vietnamese passport: not settled, ask the commune police."
    )
}
