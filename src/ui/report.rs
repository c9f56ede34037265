//! "Báo thông tin sai" (report a wrong answer), built on the device without a server: what kind of
//! fact looks wrong, the page it was on (its link, without staff mode, the helper's voice or the ID
//! number), the as-of date and the app's version, and an optional note. The person copies it, sends
//! it by e-mail, or shows its QR code to a maintainer. Pure; tested natively.

use crate::law::date::Date;

use super::link;

/// The app's version, as built.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The longest note kept (a report is a pointer to a page, not a document).
pub const MAX_NOTE: usize = 500;

/// What looks wrong.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Fee,
    Deadline,
    Document,
    Channel,
    Other,
}

impl Category {
    pub const ALL: [Category; 5] = [Category::Fee, Category::Deadline, Category::Document, Category::Channel, Category::Other];

    pub fn code(self) -> &'static str {
        match self {
            Category::Fee => "le-phi",
            Category::Deadline => "thoi-han",
            Category::Document => "giay-to",
            Category::Channel => "noi-lam",
            Category::Other => "khac",
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The report's text: one fact per line, Vietnamese labels (maintainers read it), the page as a
/// full address so it opens as the person saw it.
pub fn report(category: Category, category_name: &str, address: &str, page_hash: &str, as_of: Date, note: &str) -> String {
    let page = format!("{address}{}", link::hand_off(page_hash));
    let note: String = note.trim().chars().take(MAX_NOTE).collect();
    let mut out = format!(
        "Sổ tay Công dân số – báo thông tin có thể sai\nLoại: {category_name} ({})\nTrang: {page}\nNgày áp dụng: {as_of}\nPhiên bản: {VERSION}",
        category.code()
    );
    if !note.is_empty() {
        out.push_str(&format!("\nGhi chú: {note}"));
    }
    out
}

/// A `mailto:` link with the report as its body (no address: the person chooses where to send it).
pub fn mailto(subject: &str, body: &str) -> String {
    format!("mailto:?subject={}&body={}", super::route::percent_encode(subject), super::route::percent_encode(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_the_page_without_the_id_number_or_staff_mode() {
        let r = report(
            Category::Fee,
            "Lệ phí",
            "http://127.0.0.1:8080/",
            "#/so-dinh-danh?so=001090001234&ns=15%2F03%2F1990&nv=1&giup=1",
            Date::ymd(2026, 12, 2),
            "  Lệ phí online là 0 đ?  ",
        );
        assert_eq!(
            r,
            "Sổ tay Công dân số – báo thông tin có thể sai\nLoại: Lệ phí (le-phi)\nTrang: http://127.0.0.1:8080/#/so-dinh-danh?ns=15%2F03%2F1990\nNgày áp dụng: 02/12/2026\nPhiên bản: 0.1.0\nGhi chú: Lệ phí online là 0 đ?"
        );
        let long = report(Category::Other, "Khác", "", "#/", Date::ymd(2026, 12, 2), &"ữ".repeat(10_000));
        assert_eq!(long.lines().last().map(|l| l.chars().count()), Some("Ghi chú: ".chars().count() + MAX_NOTE), "a note is cut, not refused");
        assert!(mailto("Báo sai", "a\nb").starts_with("mailto:?subject=B%C3%A1o%20sai&body=a%0Ab"));
    }
}
