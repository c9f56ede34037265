//! Words for the plan (kế hoạch) and the calendar file it gives.

use crate::law::date::Date;

use super::Lang;
use crate::ui::plan_flow::Dated;

pub fn title(lang: Lang, helper: bool) -> String {
    match helper {
        true => bi!(lang, "Kế hoạch của người được hỗ trợ", "The plan of the person helped"),
        false => bi!(lang, "Kế hoạch của bạn", "Your plan"),
    }
}

pub fn intro(lang: Lang) -> String {
    bi!(
        lang,
        "Mọi điều áp dụng với một người, từ các câu trả lời ở từng công cụ, trên một trang: in ra, quét mã QR hoặc thêm các mốc vào lịch điện thoại.",
        "Everything that applies to one person, from the answers given in each tool, on one page: print it, scan its QR code or add its dates to the phone's calendar."
    )
}

pub fn empty(lang: Lang) -> String {
    bi!(
        lang,
        "Kế hoạch chưa có câu trả lời nào. Dùng một công cụ dưới đây, rồi ở trang kết quả bấm “Thêm vào kế hoạch”.",
        "The plan has no answers yet. Use a tool below, then press “Add to the plan” on its result."
    )
}

pub fn add_to_plan(lang: Lang) -> String {
    bi!(lang, "Thêm vào kế hoạch", "Add to the plan")
}

/// The link back to a tool, named so that a screen reader's list of links tells them apart.
pub fn open_tool(lang: Lang, tool: &str) -> String {
    bi!(lang, "Xem chi tiết, sửa câu trả lời: {tool}", "Details, change the answers: {tool}")
}

pub fn dates_heading(lang: Lang) -> String {
    bi!(lang, "Các mốc thời gian", "Dates")
}

pub fn forms_heading(lang: Lang) -> String {
    bi!(lang, "Tờ khai cần điền", "Forms to fill in")
}

pub fn calendar(lang: Lang) -> String {
    bi!(lang, "Thêm các mốc vào lịch (tệp .ics)", "Add the dates to the calendar (.ics file)")
}

pub fn calendar_hint(lang: Lang) -> String {
    bi!(
        lang,
        "Mở tệp trên điện thoại để lịch nhập các mốc, mỗi mốc có lời nhắc trước 7 ngày.",
        "Open the file on the phone and its calendar imports the dates, each with a reminder 7 days before."
    )
}

pub fn print(lang: Lang) -> String {
    bi!(lang, "In kế hoạch", "Print the plan")
}

pub fn days_left(lang: Lang, on: Date, today: Date) -> String {
    let n = today.days_until(on);
    bi!(lang, "{on} – còn {n} ngày", "{on} – {n} days left")
}

pub fn saved(lang: Lang, amount: &str, partial: bool) -> String {
    match partial {
        true => bi!(lang, "Tiết kiệm ít nhất {amount} so với làm trực tiếp.", "Saves at least {amount} against filing in person."),
        false => bi!(lang, "Tiết kiệm {amount} so với làm trực tiếp.", "Saves {amount} against filing in person."),
    }
}

/// What a dated item is, for the list and the calendar.
pub fn dated(lang: Lang, item: Dated) -> String {
    match item {
        Dated::CardExpires(_) => bi!(lang, "Thẻ căn cước hết hạn: làm thủ tục cấp đổi trước ngày này", "The ID card expires: renew it before this day"),
        Dated::CardRenewal(age, _) => bi!(lang, "Đủ {age} tuổi: đến tuổi cấp đổi thẻ căn cước", "Turns {age}: the ID card's renewal age"),
        Dated::Deadline(service, _) => {
            let name = lang.pick(service.name);
            bi!(lang, "Hạn chót: {name}", "Deadline: {name}")
        }
        Dated::WaiverEnds(_) => bi!(
            lang,
            "Hết hạn miễn lệ phí trực tuyến cho công dân số (Nghị quyết 66.22/2026/NQ-CP)",
            "End of the online fee waiver for digital citizens (Resolution 66.22/2026/NQ-CP)"
        ),
    }
}

/// The calendar event's description: the app and the page it came from.
pub fn calendar_description(lang: Lang, address: &str) -> String {
    bi!(lang, "Từ Sổ tay Công dân số: {address}", "From Sổ tay Công dân số: {address}")
}
