//! The 12-digit personal identification number (số định danh cá nhân) and what its digits say.
//!
//! Structure: digits 1–3 = code of the province or city where the birth was registered (or a
//! country code for births registered abroad); digit 4 = century of birth and sex (even = male,
//! odd = female); digits 5–6 = the last two digits of the year of birth; digits 7–12 = a random
//! serial. One public validator has the sex rule inverted; this one follows the decree's table.

use super::date::Date;
use super::source::{Confidence, Source, Text};

/// Law 26/2023/QH15 Art. 12 (what the number is) and the decree that fixed its structure.
pub const STRUCTURE: Source = Source {
    id: "id-number-structure",
    basis: "Luật Căn cước 26/2023/QH15, Điều 12 khoản 1; cấu trúc: Nghị định 137/2015/NĐ-CP, Điều 13",
    url: "https://thuvienphapluat.vn/phap-luat/nhin-vao-so-dinh-danh-ca-nhan-se-biet-duoc-thong-tin-gi-so-dinh-danh-ca-nhan-duoc-su-dung-de-lam-gi-400856-176494.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Cấu trúc số do Nghị định 137/2015/NĐ-CP, Điều 13 quy định; nghị định này hết hiệu lực từ 01/07/2024 và Nghị định 70/2024/NĐ-CP thay thế không còn hướng dẫn cấu trúc. Đọc qua trang tư vấn pháp luật, chưa đọc văn bản gốc.",
        en: "The structure was set by Decree 137/2015/ND-CP Art. 13, replaced on 01/07/2024 by Decree 70/2024/ND-CP, which no longer describes it. Read on a legal-advice page, not in the original text.",
    }),
};

/// The province code table (annex 1 of Circular 07/2016/TT-BCA).
pub const PROVINCE_TABLE: Source = Source {
    id: "id-number-province-codes",
    basis: "Thông tư 07/2016/TT-BCA, Phụ lục 1 (mã tỉnh, thành phố nơi đăng ký khai sinh)",
    url: "https://news.thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/tu-van-phap-luat/50225/tra-cuu-ma-63-tinh-thanh-tren-the-can-cuoc-cong-dan-3-so-dau-the-can-cuoc-cong-dan",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Chưa đọc được phụ lục của văn bản gốc. Bảng mã đọc trên một trang pháp luật (mã 001–044) và một bản chép phụ lục (đủ 63 mã), hai nguồn khớp nhau. Mã cho khai sinh đăng ký sau khi sáp nhập tỉnh (01/07/2025) chưa được xác nhận.",
        en: "The legal annex itself was not read. The codes were read on a legal-news page (001–044) and a copy of the annex (all 63), which agree. Codes for births registered after the 2025 province merger are not confirmed.",
    }),
};

/// Old 9-digit ID cards (CMND) stopped being valid on 01/01/2025.
pub const CMND_ENDED: Source = Source {
    id: "cmnd-ended-2025",
    basis: "Luật Căn cước 26/2023/QH15, Điều 46 khoản 2",
    url: "https://vnexpress.net/8-thang-nua-chung-minh-nhan-dan-het-gia-tri-su-dung-4731713.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Đọc qua báo điện tử trích Luật Căn cước; nhiều nguồn thống nhất.",
        en: "Read in the press quoting the Identification Law; several sources agree.",
    }),
};

/// The 2025 list of provincial units (QĐ 19/2025/QĐ-TTg, from 01/07/2025) gives seven of the old
/// codes to another province.
pub const ADMIN_CODES_2025: Source = Source {
    id: "qd-19-2025-ttg",
    basis: "Quyết định 19/2025/QĐ-TTg, bảng danh mục và mã số đơn vị hành chính cấp tỉnh (34 tỉnh, thành phố, từ 01/07/2025)",
    url: "https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Chưa có văn bản nào đọc được cho biết số định danh cấp cho trẻ khai sinh từ 01/07/2025 dùng mã tỉnh cũ hay mã của danh mục hành chính mới.",
        en: "No text read says whether ID numbers for births registered from 01/07/2025 use the old province codes or the new administrative list.",
    }),
};

/// Codes the 2025 list reuses for another province: (code, the old province, the new meaning).
pub const REUSED_CODES_2025: [(u16, &str, &str); 7] = [
    (15, "Yên Bái", "Lào Cai"),
    (24, "Bắc Giang", "Bắc Ninh"),
    (44, "Quảng Bình", "Quảng Trị"),
    (52, "Bình Định", "Gia Lai"),
    (80, "Long An", "Tây Ninh"),
    (82, "Tiền Giang", "Đồng Tháp"),
    (91, "Kiên Giang", "An Giang"),
];

/// Births from this year may have been registered under the 2025 administrative list.
pub const MERGER_BIRTH_YEAR: i32 = 2025;

/// The 63 provinces and cities before the 2025 merger, by birth-registration code.
pub const PROVINCES: [(u16, &str); 63] = [
    (1, "Hà Nội"),
    (2, "Hà Giang"),
    (4, "Cao Bằng"),
    (6, "Bắc Kạn"),
    (8, "Tuyên Quang"),
    (10, "Lào Cai"),
    (11, "Điện Biên"),
    (12, "Lai Châu"),
    (14, "Sơn La"),
    (15, "Yên Bái"),
    (17, "Hòa Bình"),
    (19, "Thái Nguyên"),
    (20, "Lạng Sơn"),
    (22, "Quảng Ninh"),
    (24, "Bắc Giang"),
    (25, "Phú Thọ"),
    (26, "Vĩnh Phúc"),
    (27, "Bắc Ninh"),
    (30, "Hải Dương"),
    (31, "Hải Phòng"),
    (33, "Hưng Yên"),
    (34, "Thái Bình"),
    (35, "Hà Nam"),
    (36, "Nam Định"),
    (37, "Ninh Bình"),
    (38, "Thanh Hóa"),
    (40, "Nghệ An"),
    (42, "Hà Tĩnh"),
    (44, "Quảng Bình"),
    (45, "Quảng Trị"),
    (46, "Thừa Thiên Huế"),
    (48, "Đà Nẵng"),
    (49, "Quảng Nam"),
    (51, "Quảng Ngãi"),
    (52, "Bình Định"),
    (54, "Phú Yên"),
    (56, "Khánh Hòa"),
    (58, "Ninh Thuận"),
    (60, "Bình Thuận"),
    (62, "Kon Tum"),
    (64, "Gia Lai"),
    (66, "Đắk Lắk"),
    (67, "Đắk Nông"),
    (68, "Lâm Đồng"),
    (70, "Bình Phước"),
    (72, "Tây Ninh"),
    (74, "Bình Dương"),
    (75, "Đồng Nai"),
    (77, "Bà Rịa – Vũng Tàu"),
    (79, "TP Hồ Chí Minh"),
    (80, "Long An"),
    (82, "Tiền Giang"),
    (83, "Bến Tre"),
    (84, "Trà Vinh"),
    (86, "Vĩnh Long"),
    (87, "Đồng Tháp"),
    (89, "An Giang"),
    (91, "Kiên Giang"),
    (92, "Cần Thơ"),
    (93, "Hậu Giang"),
    (94, "Sóc Trăng"),
    (95, "Bạc Liêu"),
    (96, "Cà Mau"),
];

pub fn province_name(code: u16) -> Option<&'static str> {
    PROVINCES.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];

    /// How a form draft on the device keeps the answer (`nam`, `nu`: ASCII, stable across versions).
    pub fn code(self) -> &'static str {
        match self {
            Sex::Male => "nam",
            Sex::Female => "nu",
        }
    }

    pub fn from_code(code: &str) -> Option<Sex> {
        Sex::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The word written on an official form's "Giới tính" line.
    pub fn printed(self) -> &'static str {
        match self {
            Sex::Male => "Nam",
            Sex::Female => "Nữ",
        }
    }
}

/// What a well-formed number says.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DecodedId {
    /// The 12 digits, without spaces or dots.
    pub digits: String,
    pub province_code: u16,
    pub province: &'static str,
    pub century_digit: u8,
    /// First year of the century of birth (1900, 2000, …).
    pub century: i32,
    pub sex: Sex,
    pub birth_year: i32,
    /// For a birth from 2025 with a code the 2025 list gives to another province: (the old
    /// province, the new one). Which one registered the birth cannot be told for sure.
    pub province_ambiguity: Option<(&'static str, &'static str)>,
}

/// Why a typed number cannot be a personal ID number. Each is a message beside the field.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum IdNumberProblem {
    Empty,
    /// A character that is not a digit, space or dot; `position` counts from 1 in what was typed.
    NotADigit {
        found: char,
        position: usize,
    },
    /// 9 digits: an old ID card (CMND) number, no longer valid since 01/01/2025.
    OldCmnd,
    /// Any other count of digits.
    WrongLength {
        digits: usize,
    },
    /// Digits 1–3 are not in the 63-province table (perhaps a country code, or a mistake).
    UnknownProvince {
        code: u16,
    },
    /// Digit 4 and digits 5–6 give a year of birth after the as-of date.
    BirthYearInFuture {
        century_digit: u8,
        birth_year: i32,
    },
}

/// The longest input worth looking at: 12 digits with generous spacing. Anything longer is
/// refused without scanning it all (a 1 MB paste answers at once).
const MAX_TYPED_CHARS: usize = 40;

/// Reads a typed number: spaces and dots are allowed and removed; `today` bounds the birth year.
pub fn decode(typed: &str, today: Date) -> Result<DecodedId, IdNumberProblem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(IdNumberProblem::Empty);
    }
    let mut digits = String::with_capacity(12);
    let mut counted = 0usize;
    for (index, c) in typed.chars().enumerate() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !(c == '.' || c.is_whitespace()) {
            return Err(IdNumberProblem::NotADigit { found: c, position: index + 1 });
        }
        counted += 1;
        if counted > MAX_TYPED_CHARS {
            let more = typed.chars().skip(counted).filter(char::is_ascii_digit).count();
            return Err(IdNumberProblem::WrongLength { digits: digits.len() + more });
        }
    }
    match digits.len() {
        12 => {}
        9 => return Err(IdNumberProblem::OldCmnd),
        n => return Err(IdNumberProblem::WrongLength { digits: n }),
    }
    let b = digits.as_bytes();
    let num = |range: std::ops::Range<usize>| b[range].iter().fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'));
    let province_code = num(0..3);
    let province = province_name(province_code).ok_or(IdNumberProblem::UnknownProvince { code: province_code })?;
    let century_digit = b[3] - b'0';
    let century = 1900 + 100 * i32::from(century_digit / 2);
    let birth_year = century + i32::from(num(4..6));
    if birth_year > today.year() {
        return Err(IdNumberProblem::BirthYearInFuture { century_digit, birth_year });
    }
    let sex = if century_digit % 2 == 0 { Sex::Male } else { Sex::Female };
    let province_ambiguity = (birth_year >= MERGER_BIRTH_YEAR)
        .then(|| REUSED_CODES_2025.iter().find(|(code, _, _)| *code == province_code).map(|(_, old, new)| (*old, *new)))
        .flatten();
    Ok(DecodedId { digits, province_code, province, century_digit, century, sex, birth_year, province_ambiguity })
}

/// The number written in groups of three, as people read it aloud: `001 090 001 234`.
pub fn grouped(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Whether an entered date of birth agrees with the number.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BirthDateCheck {
    Agrees,
    /// The number says `in_number`, the date says `entered`.
    YearDiffers {
        in_number: i32,
        entered: i32,
    },
}

pub fn check_birth_date(decoded: &DecodedId, date_of_birth: Date) -> BirthDateCheck {
    if date_of_birth.year() == decoded.birth_year {
        BirthDateCheck::Agrees
    } else {
        BirthDateCheck::YearDiffers { in_number: decoded.birth_year, entered: date_of_birth.year() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sex_codes_drafts_keep_are_pinned_and_read_back() {
        // Form drafts saved on phones hold these codes: changing one would blank a saved answer.
        assert_eq!(Sex::ALL.map(Sex::code), ["nam", "nu"]);
        assert_eq!(Sex::ALL.map(Sex::printed), ["Nam", "Nữ"]);
        for sex in Sex::ALL {
            assert_eq!(Sex::from_code(sex.code()), Some(sex));
        }
        assert_eq!(Sex::from_code("Nam"), None, "the printed word is not a code");
        assert_eq!(Sex::from_code(""), None);
    }

    #[test]
    fn codes_are_unique_sorted_and_within_the_annex_range() {
        for pair in PROVINCES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
        assert!(PROVINCES.iter().all(|(code, name)| (1..=96).contains(code) && !name.is_empty()));
    }

    #[test]
    fn grouping_for_reading_aloud() {
        assert_eq!(grouped("001090001234"), "001 090 001 234");
        assert_eq!(grouped("12"), "12");
    }
}
