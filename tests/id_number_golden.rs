//! Golden cases for the personal ID number decoder.
//! Basis: Luật Căn cước 26/2023/QH15 Điều 12; structure NĐ 137/2015/NĐ-CP Điều 13;
//! province codes TT 07/2016/TT-BCA Phụ lục 1 (transcribed here independently of src/, from the
//! annex copy listed in docs/research/card-facts.md).

use congdanso::law::date::Date;
use congdanso::law::id_number::{check_birth_date, decode, grouped, BirthDateCheck, IdNumberProblem, Sex};

const TODAY: Date = Date::ymd(2026, 11, 24);

/// TT 07/2016/TT-BCA, Phụ lục 1, rows 1–63, in the annex's own order.
const ANNEX: [(&str, &str); 63] = [
    ("001", "Hà Nội"),
    ("002", "Hà Giang"),
    ("004", "Cao Bằng"),
    ("006", "Bắc Kạn"),
    ("008", "Tuyên Quang"),
    ("010", "Lào Cai"),
    ("011", "Điện Biên"),
    ("012", "Lai Châu"),
    ("014", "Sơn La"),
    ("015", "Yên Bái"),
    ("017", "Hòa Bình"),
    ("019", "Thái Nguyên"),
    ("020", "Lạng Sơn"),
    ("022", "Quảng Ninh"),
    ("024", "Bắc Giang"),
    ("025", "Phú Thọ"),
    ("026", "Vĩnh Phúc"),
    ("027", "Bắc Ninh"),
    ("030", "Hải Dương"),
    ("031", "Hải Phòng"),
    ("033", "Hưng Yên"),
    ("034", "Thái Bình"),
    ("035", "Hà Nam"),
    ("036", "Nam Định"),
    ("037", "Ninh Bình"),
    ("038", "Thanh Hóa"),
    ("040", "Nghệ An"),
    ("042", "Hà Tĩnh"),
    ("044", "Quảng Bình"),
    ("045", "Quảng Trị"),
    ("046", "Thừa Thiên Huế"),
    ("048", "Đà Nẵng"),
    ("049", "Quảng Nam"),
    ("051", "Quảng Ngãi"),
    ("052", "Bình Định"),
    ("054", "Phú Yên"),
    ("056", "Khánh Hòa"),
    ("058", "Ninh Thuận"),
    ("060", "Bình Thuận"),
    ("062", "Kon Tum"),
    ("064", "Gia Lai"),
    ("066", "Đắk Lắk"),
    ("067", "Đắk Nông"),
    ("068", "Lâm Đồng"),
    ("070", "Bình Phước"),
    ("072", "Tây Ninh"),
    ("074", "Bình Dương"),
    ("075", "Đồng Nai"),
    ("077", "Bà Rịa – Vũng Tàu"),
    ("079", "TP Hồ Chí Minh"),
    ("080", "Long An"),
    ("082", "Tiền Giang"),
    ("083", "Bến Tre"),
    ("084", "Trà Vinh"),
    ("086", "Vĩnh Long"),
    ("087", "Đồng Tháp"),
    ("089", "An Giang"),
    ("091", "Kiên Giang"),
    ("092", "Cần Thơ"),
    ("093", "Hậu Giang"),
    ("094", "Sóc Trăng"),
    ("095", "Bạc Liêu"),
    ("096", "Cà Mau"),
];

#[test]
fn every_annex_code_decodes_to_its_province() {
    for (code, name) in ANNEX {
        let number = format!("{code}090001234");
        let decoded = decode(&number, TODAY).unwrap_or_else(|e| panic!("{number}: {e:?}"));
        assert_eq!(decoded.province, name, "code {code}");
        assert_eq!(format!("{:03}", decoded.province_code), code);
        assert_eq!(decoded.birth_year, 1990);
    }
}

#[test]
fn codes_missing_from_the_annex_are_unknown() {
    let known: Vec<u16> = ANNEX.iter().map(|(c, _)| c.parse().unwrap()).collect();
    for code in (0u16..=999).filter(|c| !known.contains(c)) {
        let number = format!("{code:03}090001234");
        assert_eq!(decode(&number, TODAY), Err(IdNumberProblem::UnknownProvince { code }), "{number}");
    }
}

/// Digit 4: century and sex (NĐ 137/2015 Điều 13; even = male, odd = female).
#[test]
fn century_and_sex_digit() {
    let cases: [(char, i32, Sex); 4] = [('0', 1900, Sex::Male), ('1', 1900, Sex::Female), ('2', 2000, Sex::Male), ('3', 2000, Sex::Female)];
    for (digit, century, sex) in cases {
        let d = decode(&format!("079{digit}05123456"), TODAY).expect("valid");
        assert_eq!((d.century, d.sex, d.birth_year), (century, sex, century + 5), "digit {digit}");
    }
}

#[test]
fn birth_years_after_the_as_of_year_are_impossible() {
    // 2026 is fine on 24/11/2026, 2027 is not; digits 4–9 mean 2100 and later.
    assert_eq!(decode("001226000001", TODAY).map(|d| d.birth_year), Ok(2026));
    assert_eq!(decode("001227000001", TODAY), Err(IdNumberProblem::BirthYearInFuture { century_digit: 2, birth_year: 2027 }));
    assert_eq!(decode("001327000001", TODAY), Err(IdNumberProblem::BirthYearInFuture { century_digit: 3, birth_year: 2027 }));
    for digit in 4u8..=9 {
        let year = 1900 + 100 * i32::from(digit / 2);
        assert_eq!(decode(&format!("001{digit}00000001"), TODAY), Err(IdNumberProblem::BirthYearInFuture { century_digit: digit, birth_year: year }));
    }
    assert_eq!(decode("001299000001", TODAY), Err(IdNumberProblem::BirthYearInFuture { century_digit: 2, birth_year: 2099 }));
}

#[test]
fn spaces_and_dots_are_allowed() {
    for typed in ["001 090 001 234", "001.090.001.234", " 001090001234 ", "001\t090 001\u{a0}234"] {
        assert_eq!(decode(typed, TODAY).map(|d| d.digits), Ok("001090001234".to_string()), "{typed:?}");
    }
}

#[test]
fn each_problem_has_its_own_answer() {
    use IdNumberProblem::*;
    let cases: [(&str, IdNumberProblem); 9] = [
        ("", Empty),
        ("   ", Empty),
        ("00109000123a", NotADigit { found: 'a', position: 12 }),
        ("001-090-001-234", NotADigit { found: '-', position: 4 }),
        ("０01090001234", NotADigit { found: '０', position: 1 }),
        ("123456789", OldCmnd), // Luật Căn cước Điều 46 khoản 2
        ("123 456 789", OldCmnd),
        ("00109000123", WrongLength { digits: 11 }),
        ("0010900012345", WrongLength { digits: 13 }),
    ];
    for (typed, want) in cases {
        assert_eq!(decode(typed, TODAY), Err(want), "{typed:?}");
    }
}

#[test]
fn a_megabyte_paste_is_refused_with_its_length() {
    let paste = "1".repeat(1_000_000);
    assert_eq!(decode(&paste, TODAY), Err(IdNumberProblem::WrongLength { digits: 1_000_000 }));
    let spaced = "1 ".repeat(500_000);
    assert_eq!(decode(&spaced, TODAY), Err(IdNumberProblem::WrongLength { digits: 500_000 }));
}

#[test]
fn a_date_of_birth_is_checked_against_the_year() {
    let d = decode("001090001234", TODAY).expect("valid");
    assert_eq!(check_birth_date(&d, Date::ymd(1990, 3, 15)), BirthDateCheck::Agrees);
    assert_eq!(check_birth_date(&d, Date::ymd(1991, 3, 15)), BirthDateCheck::YearDiffers { in_number: 1990, entered: 1991 });
    assert_eq!(grouped(&d.digits), "001 090 001 234");
}

/// QĐ 19/2025/QĐ-TTg gives seven old codes to another province from 01/07/2025: for a birth from
/// 2025 the province cannot be told for sure; for earlier births, and other codes, it can.
#[test]
fn codes_reused_by_the_2025_list_are_ambiguous_for_births_from_2025() {
    let today = Date::ymd(2026, 11, 24);
    let decoded = |n: &str| decode(n, today).expect("a valid number");
    assert_eq!(decoded("052205000001").province_ambiguity, None, "born 2005 in Bình Định");
    assert_eq!(decoded("052325000001").province_ambiguity, Some(("Bình Định", "Gia Lai")), "born 2025");
    assert_eq!(decoded("052224000001").province_ambiguity, None, "born 2024: before the new list");
    assert_eq!(decoded("001325000001").province_ambiguity, None, "Hà Nội keeps its code");
    for code in ["015", "024", "044", "052", "080", "082", "091"] {
        assert!(decoded(&format!("{code}326000001")).province_ambiguity.is_some(), "{code}, born 2026");
    }
}
