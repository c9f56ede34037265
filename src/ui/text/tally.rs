//! Words for staff mode's tally (số liệu hỗ trợ).

use crate::ui::tally::Activity;

use super::Lang;

pub fn activity(lang: Lang, a: Activity) -> String {
    match a {
        Activity::PersonHelped => bi!(lang, "Người được hỗ trợ (bấm “Người tiếp theo”)", "People helped (“Next person” pressed)"),
        Activity::Level2Explained => bi!(lang, "Hướng dẫn các bước lên tài khoản định danh mức 2", "Level 2 e-ID account steps explained"),
        Activity::CardChecked => bi!(lang, "Tra cứu hạn, cấp đổi thẻ căn cước", "ID card validity and renewal checked"),
        Activity::SavingsExplained => bi!(lang, "Giải thích miễn lệ phí công dân số", "Digital-citizen fee waiver explained"),
        Activity::EventPlanned => bi!(lang, "Lập danh sách việc cần làm theo sự kiện", "Life-event plans made"),
        Activity::FormPrinted => bi!(lang, "In tờ khai", "Forms printed"),
        Activity::PlanPrinted => bi!(lang, "In kế hoạch", "Plans printed"),
    }
}

pub fn intro(lang: Lang) -> String {
    bi!(
        lang,
        "Chỉ có số lần, theo từng việc và từng ngày, lưu trên máy này: không có tên, số định danh hay câu trả lời của ai. Mỗi kết quả được đếm một lần cho mỗi người.",
        "Counts only, per kind of help and per day, kept on this device: no one's name, ID number or answers. Each result counts once per person."
    )
}

pub fn today_heading(lang: Lang, day: &str) -> String {
    bi!(lang, "Hôm nay, {day}", "Today, {day}")
}

pub fn count_heading(lang: Lang) -> String {
    bi!(lang, "Số lần", "Count")
}

pub fn what_heading(lang: Lang) -> String {
    bi!(lang, "Việc", "What")
}

pub fn download(lang: Lang) -> String {
    bi!(lang, "Tải về tệp CSV (mọi ngày)", "Download the CSV file (every day)")
}

pub fn clear(lang: Lang) -> String {
    bi!(lang, "Xóa số liệu", "Clear the tally")
}

pub fn clear_confirm(lang: Lang) -> String {
    bi!(lang, "Xóa mọi số liệu đã đếm trên máy này?", "Clear every count kept on this device?")
}
