//! Mã QR trên thẻ: the text in the QR code printed on the chip citizen ID card (căn cước công dân
//! gắn chip, from 2021) and on the căn cước card (from 01/07/2024). Both models carry one line of
//! fields separated by `|`:
//!
//! `số định danh | số CMND cũ (may be empty) | họ và tên | ngày sinh ddmmyyyy | giới tính | nơi
//! thường trú | ngày cấp ddmmyyyy`, sometimes followed by empty fields.
//!
//! The QR holds no expiry date ("có giá trị đến"): the card tool still asks for it. The layout is
//! recorded from the desk tools that read it (`../shared/domain/peers-2026-11.md` §1.6:
//! vonguyendang/cccd-qr-excel `docs/quy_tac_xu_ly.md`, whose sample card was issued 04/10/2024);
//! no official specification of it is published, so [`parse`] reads tolerantly and refuses what it
//! cannot place rather than guess, and every field is shown to the person before it is used.
//!
//! Pure: the text comes from the camera, a photo or a desk scanner that types like a keyboard.

use super::date::{Date, DateInputError};
use super::id_number::{self, IdNumberProblem, Sex};

/// What the card's QR says, once read and checked.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CardQr {
    /// Số định danh cá nhân: the 12 digits.
    pub number: String,
    /// Số CMND cũ: the old 9-digit (or 12-digit) ID card number, when the QR has one.
    pub old_number: Option<String>,
    /// Họ, chữ đệm và tên, as printed (spaces tidied).
    pub name: String,
    pub born: Date,
    /// Giới tính, when the QR says `Nam` or `Nữ`.
    pub sex: Option<Sex>,
    /// Nơi thường trú as printed when the card was issued (it may predate the 2025 merger of
    /// provinces and communes): shown, never copied into a form.
    pub address: String,
    pub issued: Date,
}

impl CardQr {
    /// The card model this QR comes from: issued from 01/07/2024, a căn cước card; before, a
    /// chip citizen ID card (the barcode-only 2016 model has no such QR).
    pub fn is_can_cuoc_model(&self) -> bool {
        self.issued >= CAN_CUOC_FIRST_DAY
    }
}

/// The first day the căn cước card (Law 26/2023/QH15) was issued.
pub const CAN_CUOC_FIRST_DAY: Date = Date::ymd(2024, 7, 1);

/// Why a scanned text cannot fill anything. Each has its message in `ui::text::card_scan`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CardQrProblem {
    /// Nothing was scanned or typed.
    Empty,
    /// Far longer than any card's QR: not read at all.
    TooLong,
    /// No `|`-separated fields: another QR code (a link, a payment code) or garbage.
    NotACardQr,
    /// Some fields, but fewer than a card's seven: the scan was cut short.
    Truncated {
        fields: usize,
    },
    Number(IdNumberProblem),
    /// A name that is empty or has digits in it.
    Name,
    BirthDate(DateInputError),
    IssueDate(DateInputError),
    /// A date of birth after today.
    BornAfterToday,
    /// An issue date after today, or before the date of birth.
    IssuedOutOfRange,
    /// The number's digits 4–6 give another year of birth than the date of birth field.
    NumberDisagreesWithBirth {
        in_number: i32,
        in_field: i32,
    },
}

/// More than any card's QR (seven short fields and an address): refused before any work.
const MAX_CHARS: usize = 1_000;
/// A card's fields, in order.
const FIELDS: usize = 7;

/// Reads the text of a card's QR. Never panics, whatever the text (the fuzz harness checks).
pub fn parse(text: &str, today: Date) -> Result<CardQr, CardQrProblem> {
    if text.len() > MAX_CHARS * 4 || text.chars().count() > MAX_CHARS {
        return Err(CardQrProblem::TooLong);
    }
    // A desk scanner may add a line end; some add a byte-order mark or NULs.
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\0');
    if text.is_empty() {
        return Err(CardQrProblem::Empty);
    }
    let mut fields: Vec<&str> = text.split('|').map(str::trim).collect();
    if fields.len() == 1 {
        return Err(CardQrProblem::NotACardQr);
    }
    // Trailing separators and empty fields after the seventh are common; drop the empty tail.
    while fields.len() > FIELDS && fields.last().is_some_and(|f| f.is_empty()) {
        fields.pop();
    }
    if fields.len() < FIELDS {
        return Err(CardQrProblem::Truncated { fields: fields.len() });
    }
    let number = id_number::decode(fields[0], today).map_err(CardQrProblem::Number)?;
    let old_digits: String = fields[1].chars().filter(|c| !c.is_whitespace()).collect();
    let old_number = (matches!(old_digits.len(), 9 | 12) && old_digits.bytes().all(|b| b.is_ascii_digit())).then_some(old_digits);
    let name = fields[2].split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(|c| c.is_numeric()) {
        return Err(CardQrProblem::Name);
    }
    let born = Date::parse_dmy(fields[3]).map_err(CardQrProblem::BirthDate)?;
    if born > today {
        return Err(CardQrProblem::BornAfterToday);
    }
    if number.birth_year != born.year() {
        return Err(CardQrProblem::NumberDisagreesWithBirth { in_number: number.birth_year, in_field: born.year() });
    }
    // As printed, in capitals or not (no case tables: the words are known).
    let sex = match fields[4] {
        "Nam" | "NAM" | "nam" => Some(Sex::Male),
        "Nữ" | "NỮ" | "nữ" | "Nu" | "NU" | "nu" => Some(Sex::Female),
        _ => None,
    };
    let address = fields[5].split_whitespace().collect::<Vec<_>>().join(" ");
    let issued = Date::parse_dmy(fields[6]).map_err(CardQrProblem::IssueDate)?;
    if issued > today || issued < born {
        return Err(CardQrProblem::IssuedOutOfRange);
    }
    Ok(CardQr { number: number.digits, old_number, name, born, sex, address, issued })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::ymd(2026, 12, 2);

    #[test]
    fn a_chip_card_and_a_can_cuoc_card() {
        let chip = parse("001090001234|123456789|Nguyễn Văn An|15031990|Nam|Số 1 phố Huế, Hai Bà Trưng, Hà Nội|10062021", TODAY).unwrap();
        assert_eq!(chip.number, "001090001234");
        assert_eq!(chip.old_number.as_deref(), Some("123456789"));
        assert_eq!(chip.born, Date::ymd(1990, 3, 15));
        assert_eq!(chip.sex, Some(Sex::Male));
        assert!(!chip.is_can_cuoc_model());
        let can_cuoc = parse("079195012345||Trần Thị Bình|01011995|Nữ|Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|04102024||", TODAY).unwrap();
        assert_eq!(can_cuoc.old_number, None);
        assert_eq!(can_cuoc.sex, Some(Sex::Female));
        assert!(can_cuoc.is_can_cuoc_model());
        assert_eq!(parse("001090001234||A|15031990|Nam|X|30062024", TODAY).map(|q| q.is_can_cuoc_model()), Ok(false), "the day before");
        assert_eq!(parse("001090001234||A|15031990|Nam|X|01072024", TODAY).map(|q| q.is_can_cuoc_model()), Ok(true), "the first day");
    }
}
