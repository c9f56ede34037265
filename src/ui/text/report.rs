//! Words for reporting a wrong answer (báo thông tin sai).

use crate::ui::report::Category;

use super::Lang;

pub fn link(lang: Lang) -> String {
    bi!(lang, "Thấy thông tin sai trên trang này? Báo cho nhóm làm ứng dụng", "Something wrong on this page? Tell the app's team")
}

pub fn title(lang: Lang) -> String {
    bi!(lang, "Báo thông tin có thể sai", "Report something that may be wrong")
}

pub fn intro(lang: Lang) -> String {
    bi!(
        lang,
        "Báo cáo được tạo trên máy này và không tự gửi đi đâu: bạn chép nó, gửi bằng thư điện tử, hoặc cho nhóm làm ứng dụng quét mã QR. Nó gồm đường dẫn của trang (không có số định danh), ngày áp dụng và phiên bản ứng dụng.",
        "The report is made on this device and sent nowhere by itself: copy it, send it by e-mail, or let the app's team scan its QR code. It holds the page's link (never the ID number), the as-of date and the app's version."
    )
}

pub fn category_label(lang: Lang) -> String {
    bi!(lang, "Thông tin nào có vẻ sai?", "What looks wrong?")
}

pub fn category(lang: Lang, c: Category) -> &'static str {
    match (c, lang) {
        (Category::Fee, Lang::Vi) => "Lệ phí",
        (Category::Fee, Lang::En) => "A fee",
        (Category::Deadline, Lang::Vi) => "Thời hạn, ngày tháng",
        (Category::Deadline, Lang::En) => "A deadline or date",
        (Category::Document, Lang::Vi) => "Giấy tờ cần mang",
        (Category::Document, Lang::En) => "A document to bring",
        (Category::Channel, Lang::Vi) => "Nơi làm, cách làm (trực tuyến, trực tiếp)",
        (Category::Channel, Lang::En) => "Where or how to do it (online, in person)",
        (Category::Other, Lang::Vi) => "Khác",
        (Category::Other, Lang::En) => "Something else",
    }
}

pub fn category_options(lang: Lang) -> Vec<(&'static str, &'static str, &'static str)> {
    Category::ALL.iter().map(|c| (c.code(), category(lang, *c), "")).collect()
}

pub fn note_label(lang: Lang) -> String {
    bi!(lang, "Điều gì sai, và đúng ra là gì? (không bắt buộc)", "What is wrong, and what is right? (optional)")
}

pub fn note_hint(lang: Lang) -> String {
    bi!(
        lang,
        "Đừng ghi tên, số định danh hay số điện thoại của ai. Nếu biết, ghi văn bản pháp luật hoặc trang chính thức nói điều đúng.",
        "Do not write anyone's name, ID number or phone number. If you know it, name the legal text or official page that says what is right."
    )
}

pub fn report_heading(lang: Lang) -> String {
    bi!(lang, "Báo cáo", "The report")
}

pub fn copy(lang: Lang) -> String {
    bi!(lang, "Chép báo cáo", "Copy the report")
}

pub fn email(lang: Lang) -> String {
    bi!(lang, "Gửi bằng thư điện tử", "Send by e-mail")
}

pub fn subject() -> &'static str {
    "Sổ tay Công dân số: báo thông tin có thể sai"
}

pub fn qr_label(lang: Lang) -> String {
    bi!(lang, "Mã QR của báo cáo", "QR code of the report")
}
