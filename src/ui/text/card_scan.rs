//! Words for reading the card's QR (quét mã QR trên thẻ) and for reading a result aloud (đọc to).

use crate::law::card_qr::CardQrProblem;
use crate::law::id_number::Sex;

use super::Lang;

pub fn open_button(lang: Lang) -> String {
    bi!(lang, "Quét mã QR trên thẻ căn cước để điền nhanh", "Scan the QR code on the ID card to fill in")
}

pub fn close_button(lang: Lang) -> String {
    bi!(lang, "Đóng, tự gõ tay", "Close, type it instead")
}

pub fn title(lang: Lang) -> String {
    bi!(lang, "Quét mã QR trên thẻ", "Scan the card's QR code")
}

pub fn intro(lang: Lang) -> String {
    bi!(
        lang,
        "Mã QR ở mặt trước thẻ căn cước công dân gắn chip hoặc thẻ căn cước. Mã được đọc ngay trên máy này, không gửi đi đâu; số định danh không bao giờ được ghi vào đường dẫn.",
        "The QR code is on the front of a chip citizen ID card (CCCD) or a căn cước card. It is read on this device and sent nowhere; the ID number is never put in a link."
    )
}

pub fn photo_button(lang: Lang) -> String {
    bi!(lang, "Chụp ảnh mã QR", "Take a photo of the QR code")
}

pub fn pick_button(lang: Lang) -> String {
    bi!(lang, "Chọn ảnh có sẵn", "Choose a photo")
}

pub fn wedge_label(lang: Lang) -> String {
    bi!(lang, "Hoặc dùng máy quét cầm tay: bấm vào ô này rồi quét", "Or use a desk scanner: tap this box, then scan")
}

pub fn wedge_hint(lang: Lang) -> String {
    bi!(
        lang,
        "Máy quét gõ nội dung mã vào ô và tự bấm Enter. Cũng có thể dán nội dung mã vào đây rồi bấm “Đọc mã”.",
        "The scanner types the code into the box and presses Enter. You can also paste the code here and press “Read the code”."
    )
}

pub fn read_button(lang: Lang) -> String {
    bi!(lang, "Đọc mã", "Read the code")
}

pub fn reading(lang: Lang) -> String {
    bi!(lang, "Đang đọc ảnh…", "Reading the photo…")
}

pub fn no_code_in_photo(lang: Lang) -> String {
    bi!(
        lang,
        "Không thấy mã QR trong ảnh. Chụp lại gần hơn, đủ sáng, mã nằm trọn trong khung; hoặc tự gõ tay.",
        "No QR code found in the photo. Take it again closer, in good light, with the whole code in the frame; or type it instead."
    )
}

pub fn photo_unreadable(lang: Lang) -> String {
    bi!(lang, "Không mở được ảnh này. Chụp lại, hoặc tự gõ tay.", "This photo could not be opened. Take it again, or type it instead.")
}

pub fn reader_unavailable(lang: Lang) -> String {
    bi!(
        lang,
        "Chưa tải được bộ đọc mã trên máy này (cần mạng lần đầu quét ảnh). Dùng máy quét cầm tay, hoặc tự gõ tay.",
        "The code reader could not be loaded on this device (the first photo scan needs the network). Use a desk scanner, or type it instead."
    )
}

pub fn problem(lang: Lang, p: &CardQrProblem) -> String {
    let retry = bi!(lang, " Quét lại, hoặc tự gõ tay: chưa điền gì.", " Scan again, or type it instead: nothing was filled.");
    let what = match p {
        CardQrProblem::Empty => return bi!(lang, "Chưa có nội dung mã để đọc.", "There is no code to read yet."),
        CardQrProblem::TooLong => bi!(lang, "Nội dung quá dài, không phải mã QR trên thẻ.", "Far too long to be the card's QR code."),
        CardQrProblem::NotACardQr => {
            bi!(
                lang,
                "Đây không phải mã QR trên thẻ căn cước (có thể là mã khác, ví dụ mã thanh toán).",
                "This is not the ID card's QR code (perhaps another code, such as a payment code)."
            )
        }
        CardQrProblem::Truncated { fields } => {
            bi!(lang, "Mã bị đọc thiếu: chỉ có {fields} trong 7 mục.", "The code was read only in part: {fields} of its 7 fields.")
        }
        CardQrProblem::Number(_) => bi!(lang, "Số định danh trong mã không đọc được.", "The ID number in the code cannot be read."),
        CardQrProblem::Name => bi!(lang, "Họ tên trong mã không đọc được.", "The name in the code cannot be read."),
        CardQrProblem::BirthDate(_) | CardQrProblem::BornAfterToday => {
            bi!(lang, "Ngày sinh trong mã không đọc được.", "The date of birth in the code cannot be read.")
        }
        CardQrProblem::IssueDate(_) | CardQrProblem::IssuedOutOfRange => {
            bi!(lang, "Ngày cấp trong mã không đọc được.", "The issue date in the code cannot be read.")
        }
        CardQrProblem::NumberDisagreesWithBirth { in_number, in_field } => bi!(
            lang,
            "Số định danh (năm sinh {in_number}) và ngày sinh (năm {in_field}) trong mã không khớp nhau.",
            "The ID number (born {in_number}) and the date of birth (year {in_field}) in the code disagree."
        ),
    };
    what + &retry
}

pub fn confirm_title(lang: Lang) -> String {
    bi!(lang, "Kiểm tra trước khi dùng", "Check before using it")
}

pub fn confirm_intro(lang: Lang) -> String {
    bi!(
        lang,
        "So từng dòng với thẻ. Chỉ những mục trên tờ khai hoặc câu hỏi đang mở được điền.",
        "Compare each line with the card. Only the items of the form or questions open now are filled."
    )
}

pub fn number_label(lang: Lang) -> String {
    bi!(lang, "Số định danh cá nhân", "Personal ID number")
}

pub fn old_number_label(lang: Lang) -> String {
    bi!(lang, "Số CMND cũ", "Old ID card (CMND) number")
}

pub fn name_label(lang: Lang) -> String {
    bi!(lang, "Họ, chữ đệm và tên", "Full name")
}

pub fn born_label(lang: Lang) -> String {
    bi!(lang, "Ngày sinh", "Date of birth")
}

pub fn sex_label(lang: Lang) -> String {
    bi!(lang, "Giới tính", "Sex")
}

pub fn sex(lang: Lang, sex: Option<Sex>) -> String {
    match sex {
        Some(Sex::Male) => bi!(lang, "Nam", "Male"),
        Some(Sex::Female) => bi!(lang, "Nữ", "Female"),
        None => bi!(lang, "không rõ", "not stated"),
    }
}

pub fn address_label(lang: Lang) -> String {
    bi!(lang, "Nơi thường trú in trên thẻ", "Permanent residence printed on the card")
}

pub fn address_note(lang: Lang) -> String {
    bi!(
        lang,
        "Là địa chỉ lúc cấp thẻ, có thể trước khi sắp xếp lại tỉnh, xã năm 2025: ứng dụng không tự điền địa chỉ.",
        "It is the address when the card was issued, possibly before the 2025 merger of provinces and communes: the app does not copy it into forms."
    )
}

pub fn issued_label(lang: Lang) -> String {
    bi!(lang, "Ngày cấp", "Date of issue")
}

pub fn model_line(lang: Lang, can_cuoc: bool) -> String {
    if can_cuoc {
        bi!(lang, "Loại thẻ: thẻ căn cước (cấp từ 01/07/2024).", "Card model: căn cước card (issued from 01/07/2024).")
    } else {
        bi!(lang, "Loại thẻ: căn cước công dân gắn chip (cấp trước 01/07/2024).", "Card model: chip citizen ID card (issued before 01/07/2024).")
    }
}

pub fn no_expiry_note(lang: Lang) -> String {
    bi!(
        lang,
        "Mã QR không có ngày hết hạn: xem dòng “Có giá trị đến” in trên thẻ.",
        "The QR code holds no expiry date: read the “Có giá trị đến” (valid until) line printed on the card."
    )
}

pub fn role_label(lang: Lang) -> String {
    bi!(lang, "Thẻ này của ai trên tờ khai?", "Whose card is this, on the form?")
}

pub fn use_button(lang: Lang) -> String {
    bi!(lang, "Đúng, điền vào", "Correct, fill it in")
}

pub fn rescan_button(lang: Lang) -> String {
    bi!(lang, "Không đúng, quét lại", "Not right, scan again")
}

pub fn filled(lang: Lang, items: usize) -> String {
    bi!(lang, "Đã điền {items} mục từ thẻ. Kiểm tra lại trước khi nộp.", "{items} items filled from the card. Check them before you submit.")
}

pub fn read_aloud(lang: Lang) -> String {
    bi!(lang, "Đọc to", "Read aloud")
}

pub fn stop_reading(lang: Lang) -> String {
    bi!(lang, "Dừng đọc", "Stop reading")
}
