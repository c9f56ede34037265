//! Words for the ID-number checker (kiểm tra số định danh cá nhân), in Vietnamese and English.

use crate::law::id_number::{IdNumberProblem, Sex};

use super::common::{t, Lang, T};

pub fn sex(lang: Lang, sex: Sex) -> &'static str {
    match sex {
        Sex::Male => t(lang, T::Male),
        Sex::Female => t(lang, T::Female),
    }
}

pub fn century_and_sex(lang: Lang, century: i32, digit: u8, who: Sex) -> String {
    let (who, last) = (sex(lang, who), century + 99);
    bi!(lang, "{who} – sinh trong các năm {century}–{last} (số thứ 4 là {digit})", "{who} – born {century}–{last} (4th digit is {digit})")
}

/// A code the 2025 administrative list gives to another province, for a birth from 2025.
pub fn province_ambiguous(lang: Lang, code: u16, old: &str, new: &str) -> String {
    bi!(
        lang,
        "Mã {code:03}: {old} (theo bảng mã cũ) hoặc {new} (nếu dùng mã theo danh mục hành chính từ 01/07/2025) — chưa xác định được chắc chắn.",
        "Code {code:03}: {old} (under the old code table) or {new} (if the administrative list of 01/07/2025 is used) — cannot be told for sure."
    )
}

pub fn province_line(lang: Lang, name: &str, code: u16) -> String {
    bi!(lang, "{name} (mã {code:03})", "{name} (code {code:03})")
}

pub fn id_problem(lang: Lang, problem: &IdNumberProblem) -> String {
    match *problem {
        IdNumberProblem::Empty => bi!(lang, "Hãy nhập số định danh cá nhân (12 số).", "Type the personal ID number (12 digits)."),
        IdNumberProblem::NotADigit { found, position } => bi!(
            lang,
            "Số định danh chỉ gồm chữ số. Ký tự thứ {position} là “{found}”: hãy xoá hoặc sửa.",
            "The ID number has digits only. Character {position} is “{found}”: remove or correct it."
        ),
        IdNumberProblem::OldCmnd => bi!(
            lang,
            "Đây là số chứng minh nhân dân (CMND) 9 số. CMND không còn giá trị từ ngày 01/01/2025.",
            "This is an old 9-digit ID card (CMND) number. CMND cards are no longer valid since 01/01/2025."
        ),
        IdNumberProblem::WrongLength { digits } => {
            bi!(lang, "Số định danh có đúng 12 chữ số; bạn đã nhập {digits} chữ số.", "The ID number has exactly 12 digits; you typed {digits}.")
        }
        IdNumberProblem::UnknownProvince { code } => bi!(
            lang,
            "Ba số đầu “{code:03}” không có trong bảng mã 63 tỉnh, thành phố. Hãy kiểm tra lại số; nếu khai sinh đăng ký ở nước ngoài, ba số đầu là mã quốc gia mà ứng dụng chưa giải mã được.",
            "The first three digits “{code:03}” are not in the 63-province code table. Check the number; if the birth was registered abroad, they are a country code this app cannot decode."
        ),
        IdNumberProblem::BirthYearInFuture { century_digit, birth_year } => bi!(
            lang,
            "Số thứ 4 là {century_digit}, nghĩa là sinh năm {birth_year}, sau năm hiện tại. Không thể có số như vậy: hãy kiểm tra lại số thứ 4 đến 6.",
            "The 4th digit is {century_digit}, which means born in {birth_year}, after this year. No such number can exist: check digits 4 to 6."
        ),
    }
}

pub fn dob_year_differs(lang: Lang, in_number: i32, entered: i32) -> String {
    bi!(
        lang,
        "Không khớp: số định danh cho biết năm sinh {in_number}, nhưng ngày sinh bạn nhập là năm {entered}. Hãy kiểm tra lại số hoặc ngày sinh; nếu thông tin trên thẻ sai, hãy đến công an xã, phường để điều chỉnh.",
        "Mismatch: the ID number says born in {in_number}, but the date of birth you entered is in {entered}. Check the number or the date; if the card itself is wrong, ask the commune or ward police to correct it."
    )
}
