//! Words for the form helper (tờ khai). The forms' own labels are data (`content::forms`), in
//! Vietnamese exactly as printed; these are the app's words around them.

use crate::content::forms::{Item, OfficialForm, Part};
use crate::law::id_number::Sex;

use super::Lang;

/// Nam / Nữ, for a form's "Giới tính".
pub fn sex_options(lang: Lang) -> Vec<(&'static str, &'static str, &'static str)> {
    Sex::ALL
        .into_iter()
        .map(|sex| {
            let label = match (lang, sex) {
                (Lang::Vi, _) => sex.printed(),
                (Lang::En, Sex::Male) => "Male (Nam)",
                (Lang::En, Sex::Female) => "Female (Nữ)",
            };
            (sex.code(), label, "")
        })
        .collect()
}

pub fn list_intro(lang: Lang) -> String {
    bi!(
        lang,
        "Điền trước trên điện thoại, kiểm tra từng mục, rồi in ra như mẫu chính thức, chép từng mục vào cổng dịch vụ công, hoặc đưa bản tóm tắt cho cán bộ. Những gì bạn gõ chỉ lưu trên máy này.",
        "Fill it in on your phone, check each item, then print it laid out like the official form, copy each item into the portal, or show the summary at the desk. What you type stays on this device."
    )
}

/// What the form is for, under its title.
pub fn purpose(lang: Lang, form: &OfficialForm) -> String {
    match (form.slug, lang) {
        ("tk01", Lang::Vi) => "Nộp tại công an xã, phường khi đăng ký tài khoản định danh điện tử mức 2.".to_string(),
        ("tk01", Lang::En) => "Filed at the commune or ward police to register a level 2 e-ID account.".to_string(),
        ("ct01", Lang::Vi) => "Dùng khi đăng ký thường trú, tạm trú, gia hạn tạm trú, tách hộ và các thay đổi cư trú khác.".to_string(),
        ("ct01", Lang::En) => "Used for permanent or temporary residence registration, renewal, household split and other residence changes.".to_string(),
        (_, Lang::Vi) => "Dùng khi đăng ký khai sinh cho trẻ tại Ủy ban nhân dân xã, phường hoặc trên Cổng Dịch vụ công.".to_string(),
        (_, Lang::En) => "Used to register a child's birth at the commune People's Committee or on the public-service portal.".to_string(),
    }
}

pub fn open_form(lang: Lang) -> String {
    bi!(lang, "Điền tờ khai này", "Fill in this form")
}

pub fn kept_here(lang: Lang, helper: bool) -> String {
    if helper {
        return bi!(
            lang,
            "Bản nháp lưu trên máy này. Khi đã in hoặc chép xong cho người được hỗ trợ, hãy bấm “Xóa hết” để người sau không thấy thông tin của họ.",
            "The draft is kept on this device. Once it is printed or copied for the person helped, press “Clear all” so the next person cannot see their details."
        );
    }
    bi!(
        lang,
        "Bản nháp chỉ lưu trên máy này và tự điền lại khi bạn quay lại. Không có gì được gửi đi.",
        "The draft is kept on this device only and comes back when you return. Nothing is sent anywhere."
    )
}

pub fn clear_all(lang: Lang) -> String {
    bi!(lang, "Xóa hết", "Clear all")
}

pub fn clear_confirm(lang: Lang) -> String {
    bi!(lang, "Xóa mọi tờ khai đã điền trên máy này?", "Clear every form filled in on this device?")
}

/// A member-table column, in English with the printed Vietnamese beside it.
pub fn member_column(lang: Lang, printed: &str) -> String {
    let en = match printed {
        "Họ, chữ đệm và tên" => "Full name",
        "Ngày, tháng, năm sinh" => "Date of birth",
        "Giới tính" => "Sex",
        "Số định danh cá nhân" => "Personal ID number",
        _ => "Relationship to the head of household",
    };
    match lang {
        Lang::Vi => printed.to_string(),
        Lang::En => format!("{en} — {printed}"),
    }
}

pub fn cleared(lang: Lang) -> String {
    bi!(lang, "Đã xóa mọi tờ khai đã điền trên máy này.", "Every form filled in on this device was cleared.")
}

pub fn prefilled(lang: Lang, items: &str) -> String {
    bi!(lang, "Đã điền sẵn từ các câu trả lời trước: {items}. Hãy kiểm tra lại.", "Filled in from your earlier answers: {items}. Please check them.")
}

pub fn unreadable_draft(lang: Lang) -> String {
    bi!(
        lang,
        "Bản nháp đã lưu trên máy không đọc được (có thể từ phiên bản khác của ứng dụng), nên không điền lại mục nào. Hãy điền lại từ đầu.",
        "The draft saved on this device could not be read (perhaps from another version of the app), so nothing was restored. Please fill the form again."
    )
}

pub fn older_draft(lang: Lang) -> String {
    bi!(
        lang,
        "Bản nháp này được điền theo mẫu cũ. Các mục đã được điền lại; những mục sau đã thay đổi trong mẫu hiện hành:",
        "This draft was filled on an older version of the form. Its items were restored; these items changed in the current form:"
    )
}

pub fn item_changed(lang: Lang, number: &str, what: &str) -> String {
    bi!(lang, "Mục {number}: {what}", "Item {number}: {what}")
}

/// The parts below high confidence, named.
pub fn compare_parts(lang: Lang, parts: &str) -> String {
    bi!(
        lang,
        "Chưa chắc chắn từng chữ ở: {parts}. Hãy so với mẫu tại nơi nộp trước khi ký.",
        "Not certain word for word in: {parts}. Compare with the form where you file before signing."
    )
}

/// A TK01 part-B line: the document to integrate.
pub fn integration_line(lang: Lang, number: &str) -> String {
    bi!(lang, "Giấy tờ đề nghị tích hợp {number}", "Document to integrate {number}")
}

pub fn member_legend(lang: Lang, row: u8) -> String {
    bi!(lang, "Thành viên {row}", "Member {row}")
}

/// A required item left empty.
pub fn fill_in(lang: Lang) -> String {
    bi!(lang, "Hãy điền mục này.", "Please fill in this item.")
}

pub fn check(lang: Lang) -> String {
    bi!(lang, "Kiểm tra tờ khai", "Check the form")
}

pub fn ready(lang: Lang) -> String {
    bi!(lang, "Tờ khai đã đủ và đúng định dạng", "The form is complete and well formed")
}

pub fn ready_hint(lang: Lang, helper: bool) -> String {
    if helper {
        return bi!(
            lang,
            "Ứng dụng chỉ kiểm tra cách ghi (ngày có thật, số định danh, số điện thoại, mục bắt buộc). Hãy đọc lại từng mục cho người được hỗ trợ trước khi họ ký.",
            "The app checks only how items are written (real dates, ID and phone numbers, required items). Read each item back to the person helped before they sign."
        );
    }
    bi!(
        lang,
        "Ứng dụng chỉ kiểm tra cách ghi (ngày có thật, số định danh, số điện thoại, mục bắt buộc); nội dung do bạn chịu trách nhiệm khi ký.",
        "The app checks only how items are written (real dates, ID and phone numbers, required items); what they say is yours to vouch for when you sign."
    )
}

pub fn print(lang: Lang) -> String {
    bi!(lang, "In tờ khai (A4)", "Print the form (A4)")
}

pub fn print_hint(lang: Lang) -> String {
    bi!(
        lang,
        "In ra một trang A4 như mẫu, phần chú thích ở trang sau. Các ô ký để trống để ký tay.",
        "Prints on one A4 page laid out like the form, with the footnotes on the next page. Signature blocks are left empty to sign by hand."
    )
}

pub fn summary_heading(lang: Lang) -> String {
    bi!(lang, "Tóm tắt để đưa cán bộ", "Summary to show at the desk")
}

pub fn portal_heading(lang: Lang) -> String {
    bi!(lang, "Chép vào cổng dịch vụ công", "Copy into the portal")
}

pub fn portal_intro_form(lang: Lang) -> String {
    bi!(lang, "Theo thứ tự các mục trên biểu mẫu điện tử của Cổng Dịch vụ công quốc gia:", "In the order of the items on the national portal's online form:")
}

pub fn portal_intro_same(lang: Lang) -> String {
    bi!(
        lang,
        "Khi nộp trực tuyến, bạn khai trên biểu mẫu điện tử của cổng (không đính kèm CT01); cổng hỏi cùng các thông tin này, có thể theo thứ tự khác:",
        "Online you fill the portal's own e-form (no CT01 attached); it asks for the same information, perhaps in another order:"
    )
}

pub fn counter_only(lang: Lang) -> String {
    bi!(
        lang,
        "Phiếu TK01 nộp trực tiếp tại công an xã, phường (tài khoản mức 2 đăng ký tại chỗ), nên không có biểu mẫu trực tuyến để chép vào.",
        "TK01 is handed in at the commune or ward police (level 2 is registered in person), so there is no online form to copy into."
    )
}

pub fn copy(lang: Lang) -> String {
    bi!(lang, "Sao chép", "Copy")
}

pub fn copied(lang: Lang, label: &str) -> String {
    bi!(lang, "Đã chép: {label}", "Copied: {label}")
}

pub fn copy_failed(lang: Lang) -> String {
    bi!(
        lang,
        "Trình duyệt không cho chép tự động: hãy chọn chữ trong ô và chép tay.",
        "The browser does not allow copying: select the text in the box and copy it by hand."
    )
}

pub fn in_words_line(lang: Lang, words: &str) -> String {
    bi!(lang, "Ghi bằng chữ: {words}", "In words: {words}")
}

pub fn relationship_suggestions(lang: Lang) -> String {
    bi!(lang, "Gợi ý cách ghi", "Suggested words")
}

pub fn verify_form(lang: Lang) -> String {
    bi!(lang, "Nguồn của mẫu tờ khai", "Where this form's text comes from")
}

pub fn forms_link(lang: Lang) -> String {
    bi!(lang, "Điền trước tờ khai", "Fill in the form beforehand")
}

/// The place-and-date line, left to fill by hand.
pub fn place_and_date() -> &'static str {
    "Làm tại: ……………………, ngày …… tháng …… năm ……"
}

/// "1. Họ, chữ đệm và tên (viết chữ in hoa)"; in English the Vietnamese label stays beside it, so
/// the item can be found on the paper.
pub fn item_label(lang: Lang, item: &Item) -> String {
    let label = if item.label.is_empty() { integration_line(lang, item.number) } else { item.label.to_string() };
    let numbered = match item.number {
        "" => label,
        _ if item.label.is_empty() => label,
        // A footnote mark ("(8)") is printed before the label without a dot.
        n if n.starts_with('(') => format!("{n} {label}"),
        n => format!("{n}. {label}"),
    };
    match lang {
        Lang::Vi => numbered,
        Lang::En => format!("{} — {numbered}", item.en),
    }
}

/// A part's heading as printed (with its English in English), or the app's name for a part
/// the paper gives no heading.
pub fn part_heading(lang: Lang, part: &Part) -> String {
    match (part.heading, lang) {
        (Some(heading), Lang::Vi) => heading.to_string(),
        (Some(heading), Lang::En) => format!("{} — {heading}", part.name.en),
        (None, _) => lang.pick(part.name).to_string(),
    }
}

// The paper's fixed lines, as printed on every official form.
pub fn paper_nation() -> &'static str {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
}

pub fn paper_motto() -> &'static str {
    "Độc lập - Tự do - Hạnh phúc"
}

pub fn paper_in_words() -> &'static str {
    "ghi bằng chữ: "
}

pub fn paper_date_line() -> &'static str {
    "…………, ngày …… tháng …… năm ……"
}

/// "Đề nghị cấp bản sao(6): Có ☒, Không ☐ Số lượng: 2 bản", the box marked X as footnote (6) asks.
pub fn paper_copies(label: &str, copies: &str) -> String {
    let (yes, no) = if copies.is_empty() { ("☐", "☒") } else { ("☒", "☐") };
    let count = if copies.is_empty() { "……" } else { copies };
    format!("{label}: Có {yes}, Không {no}    Số lượng: {count} bản")
}

pub fn paper_notes() -> &'static str {
    "Chú thích:"
}

/// Whose card a scan is, on a form (`content::forms::card_roles`).
pub fn card_role(lang: Lang, code: &str) -> String {
    match code {
        "nguoi-de-nghi" => bi!(lang, "Người đề nghị (mục A)", "The applicant (part A)"),
        "nguoi-duoc-dang-ky" => bi!(lang, "Người được đăng ký hộ (mục C)", "The person registered for (part C)"),
        "nguoi-khai" => bi!(lang, "Người kê khai (mục 1–6)", "The person declaring (items 1–6)"),
        "chu-ho" => bi!(lang, "Chủ hộ (mục 7, 9)", "The head of household (items 7, 9)"),
        "nguoi-yeu-cau" => bi!(lang, "Người yêu cầu", "The person asking"),
        "me" => bi!(lang, "Người mẹ", "The mother"),
        "cha" => bi!(lang, "Người cha", "The father"),
        _ => String::new(),
    }
}
