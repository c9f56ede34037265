//! Days off for state agencies (ngày nghỉ lễ, Tết) and working-day arithmetic.
//!
//! A working day is Monday–Friday, minus the weekdays off below, plus the Saturdays worked in
//! exchange (làm bù). Research with quotes: docs/research/holidays.md.

use super::date::{Date, Weekday};
use super::source::{Confidence, Source, Text};

pub const LABOUR_CODE_ART_112: Source = Source {
    id: "labour-code-2019-art-112",
    basis: "Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 và Điều 112",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/1D157-hd-cac-ngay-nghi-le-tet-trong-nam.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Đọc qua trang pháp luật trích Bộ luật Lao động; chưa đọc bản gốc.",
        en: "Read on a legal portal quoting the Labour Code; the original text was not read.",
    }),
};

pub const DAYS_OFF_2024: Source = Source {
    id: "days-off-2024",
    basis: "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023; Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi 29/4 ↔ thứ Bảy 4/5)",
    url: "http://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::High,
    doubt: None,
};

pub const DAYS_OFF_2025: Source = Source {
    id: "days-off-2025",
    basis: "Công văn 8726/VPCP-KGVX ngày 26/11/2024 và thông báo của Bộ LĐTBXH ngày 03/12/2024 (hoán đổi 2/5 ↔ thứ Bảy 26/4)",
    url: "https://dantocmiennui.baotintuc.vn/nghi-tet-nguyen-dan-at-ty-2025-keo-dai-9-ngay-post356984.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Lịch nghỉ đọc qua Thông tấn xã Việt Nam trích công văn của Văn phòng Chính phủ; chưa đọc văn bản gốc.",
        en: "Read in the national news agency quoting the Government Office dispatch, not the dispatch itself.",
    }),
};

pub const DAYS_OFF_2026: Source = Source {
    id: "days-off-2026",
    basis: "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch, hoán đổi 2/1 ↔ thứ Bảy 10/1); Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết, Quốc khánh, hoán đổi 31/8 ↔ thứ Bảy 22/8); nghỉ bù Giỗ Tổ 27/4 (Bộ luật Lao động Điều 111 khoản 3)",
    url: "https://baohiemxahoi.gov.vn/tintuc/audio/Pages/default.aspx?CateID=0&ItemID=25908&OtItem=date",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Tết Dương lịch đọc trên trang .gov.vn; lịch Tết và Quốc khánh đọc qua báo trích Thông báo 9441/TB-BNV.",
        en: "New Year read on a .gov.vn page; the Tết and National Day schedule read in the press quoting Notice 9441/TB-BNV.",
    }),
};

pub const CULTURE_DAY: Source = Source {
    id: "nq-28-2026-qh16-art-2",
    basis: "Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2 (hiệu lực 01/07/2026): “Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động được nghỉ làm việc và hưởng nguyên lương”",
    url: "https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Nội dung Điều 2 Nghị quyết 28/2026/QH16 đọc qua bản trích nguyên văn, chưa đọc trên trang của Quốc hội.",
        en: "Art. 2 of Resolution 28/2026/QH16 was read in a verbatim quote, not on the National Assembly's site.",
    }),
};

/// A proposed swap around 24/11/2026 (Monday 23/11 off, Saturday 28/11 worked), not seen approved:
/// counts are not changed, but a count that crosses it says so.
pub const SWAP_PROPOSAL_2026_11: Source = Source {
    id: "swap-23-28-11-2026-proposal",
    basis: "Giải thích của Chính phủ ngày 06/09/2026: đề xuất nghỉ thứ Hai 23/11, làm bù thứ Bảy 28/11/2026 (chưa thấy văn bản phê duyệt)",
    url: "https://xaydungchinhsach.chinhphu.vn/ngay-24-11-hang-nam-la-ngay-van-hoa-viet-nam-nguoi-lao-dong-duoc-nghi-huong-nguyen-luong-119260113152642414.htm",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Low,
    doubt: Some(Text {
        vi: "Từ 23/11 đến 28/11/2026 có đề xuất hoán đổi ngày làm việc (nghỉ thứ Hai 23/11, làm bù thứ Bảy 28/11) chưa thấy được phê duyệt; nếu đã áp dụng, ngày có kết quả có thể sớm hoặc muộn hơn một ngày.",
        en: "For 23–28/11/2026 a swap (Monday 23/11 off, Saturday 28/11 worked) was proposed but no approval was found; if it applied, the result may be due a day earlier or later.",
    }),
};
/// The days of the unconfirmed swap: (off, worked).
pub const UNCONFIRMED_SWAP_2026: (Date, Date) = (Date::ymd(2026, 11, 23), Date::ymd(2026, 11, 28));
/// From this day the holiday table is an estimate (the 2027 schedule is not published).
pub const PROVISIONAL_FROM: Date = Date::ymd(2027, 1, 1);

pub const DAYS_OFF_2027: Source = Source {
    id: "days-off-2027",
    basis: "Bộ luật Lao động 45/2019/QH14, Điều 111–112; ngày âm lịch tính theo lịch Việt Nam (chưa có thông báo lịch nghỉ năm 2027)",
    url: "https://thuvienphapluat.vn/hoi-dap-phap-luat/1D157-hd-cac-ngay-nghi-le-tet-trong-nam.html",
    verified_on: Date::ymd(2026, 11, 24),
    confidence: Confidence::Low,
    doubt: Some(Text {
        vi: "Lịch nghỉ năm 2027 chưa được công bố: ngày nghỉ Tết và Quốc khánh là ước tính theo luật và âm lịch, có thể khác khi Thủ tướng quyết định.",
        en: "The 2027 schedule is not yet published: Tết and National Day days off are estimated from the law and the lunar calendar and may differ once the Prime Minister decides.",
    }),
};

/// A weekday on which state agencies do not work.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayOff {
    pub date: Date,
    pub name: Text,
    pub source: &'static Source,
}

const NEW_YEAR: Text = Text { vi: "Tết Dương lịch", en: "New Year's Day" };
const TET: Text = Text { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" };
const HUNG_KINGS: Text = Text { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration" };
const REUNIFICATION: Text = Text { vi: "Ngày Giải phóng miền Nam, Quốc tế Lao động", en: "Reunification Day and Labour Day" };
const NATIONAL_DAY: Text = Text { vi: "Quốc khánh", en: "National Day" };
const CULTURE: Text = Text { vi: "Ngày Văn hóa Việt Nam", en: "Vietnam Culture Day" };

const fn off(y: i32, m: u8, d: u8, name: Text, source: &'static Source) -> DayOff {
    DayOff { date: Date::ymd(y, m, d), name, source }
}

/// Weekdays off, 2024–2027, in date order.
pub const DAYS_OFF: &[DayOff] = &[
    off(2024, 1, 1, NEW_YEAR, &DAYS_OFF_2024),
    off(2024, 2, 8, TET, &DAYS_OFF_2024),
    off(2024, 2, 9, TET, &DAYS_OFF_2024),
    off(2024, 2, 12, TET, &DAYS_OFF_2024),
    off(2024, 2, 13, TET, &DAYS_OFF_2024),
    off(2024, 2, 14, TET, &DAYS_OFF_2024),
    off(2024, 4, 18, HUNG_KINGS, &DAYS_OFF_2024),
    off(2024, 4, 29, REUNIFICATION, &DAYS_OFF_2024),
    off(2024, 4, 30, REUNIFICATION, &DAYS_OFF_2024),
    off(2024, 5, 1, REUNIFICATION, &DAYS_OFF_2024),
    off(2024, 9, 2, NATIONAL_DAY, &DAYS_OFF_2024),
    off(2024, 9, 3, NATIONAL_DAY, &DAYS_OFF_2024),
    off(2025, 1, 1, NEW_YEAR, &DAYS_OFF_2025),
    off(2025, 1, 27, TET, &DAYS_OFF_2025),
    off(2025, 1, 28, TET, &DAYS_OFF_2025),
    off(2025, 1, 29, TET, &DAYS_OFF_2025),
    off(2025, 1, 30, TET, &DAYS_OFF_2025),
    off(2025, 1, 31, TET, &DAYS_OFF_2025),
    off(2025, 4, 7, HUNG_KINGS, &DAYS_OFF_2025),
    off(2025, 4, 30, REUNIFICATION, &DAYS_OFF_2025),
    off(2025, 5, 1, REUNIFICATION, &DAYS_OFF_2025),
    off(2025, 5, 2, REUNIFICATION, &DAYS_OFF_2025),
    off(2025, 9, 1, NATIONAL_DAY, &DAYS_OFF_2025),
    off(2025, 9, 2, NATIONAL_DAY, &DAYS_OFF_2025),
    off(2026, 1, 1, NEW_YEAR, &DAYS_OFF_2026),
    off(2026, 1, 2, NEW_YEAR, &DAYS_OFF_2026),
    off(2026, 2, 16, TET, &DAYS_OFF_2026),
    off(2026, 2, 17, TET, &DAYS_OFF_2026),
    off(2026, 2, 18, TET, &DAYS_OFF_2026),
    off(2026, 2, 19, TET, &DAYS_OFF_2026),
    off(2026, 2, 20, TET, &DAYS_OFF_2026),
    off(2026, 4, 27, HUNG_KINGS, &DAYS_OFF_2026),
    off(2026, 4, 30, REUNIFICATION, &DAYS_OFF_2026),
    off(2026, 5, 1, REUNIFICATION, &DAYS_OFF_2026),
    off(2026, 8, 31, NATIONAL_DAY, &DAYS_OFF_2026),
    off(2026, 9, 1, NATIONAL_DAY, &DAYS_OFF_2026),
    off(2026, 9, 2, NATIONAL_DAY, &DAYS_OFF_2026),
    off(2026, 11, 24, CULTURE, &CULTURE_DAY),
    off(2027, 1, 1, NEW_YEAR, &DAYS_OFF_2027),
    off(2027, 2, 4, TET, &DAYS_OFF_2027),
    off(2027, 2, 5, TET, &DAYS_OFF_2027),
    off(2027, 2, 8, TET, &DAYS_OFF_2027),
    off(2027, 2, 9, TET, &DAYS_OFF_2027),
    off(2027, 2, 10, TET, &DAYS_OFF_2027),
    off(2027, 4, 16, HUNG_KINGS, &DAYS_OFF_2027),
    off(2027, 4, 30, REUNIFICATION, &DAYS_OFF_2027),
    off(2027, 5, 3, REUNIFICATION, &DAYS_OFF_2027),
    off(2027, 9, 2, NATIONAL_DAY, &DAYS_OFF_2027),
    off(2027, 9, 3, NATIONAL_DAY, &DAYS_OFF_2027),
    off(2027, 11, 24, CULTURE, &CULTURE_DAY),
];

/// Saturdays worked in exchange for a weekday off.
pub const SATURDAYS_WORKED: &[(Date, &Source)] = &[
    (Date::ymd(2024, 5, 4), &DAYS_OFF_2024),
    (Date::ymd(2025, 4, 26), &DAYS_OFF_2025),
    (Date::ymd(2026, 1, 10), &DAYS_OFF_2026),
    (Date::ymd(2026, 8, 22), &DAYS_OFF_2026),
];

/// The years the table covers; outside them only weekends are known.
pub const FIRST_YEAR: i32 = 2024;
pub const LAST_YEAR: i32 = 2027;

pub fn day_off(date: Date) -> Option<&'static DayOff> {
    DAYS_OFF.iter().find(|d| d.date == date)
}

pub fn is_working_day(date: Date) -> bool {
    match date.weekday() {
        Weekday::Sunday => false,
        Weekday::Saturday => SATURDAYS_WORKED.iter().any(|(d, _)| *d == date),
        _ => day_off(date).is_none(),
    }
}

/// The result of counting working days, with what the count rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkingDays {
    /// How many working days were counted.
    pub days: u32,
    /// The last working day of the count.
    pub date: Date,
    /// Weekdays off that were skipped (their sources say how sure we are).
    pub skipped: Vec<&'static DayOff>,
    /// The count ran through a year the holiday table does not cover.
    pub beyond_table: bool,
    /// The count ran into days whose schedule is only estimated (2027): their source says so.
    pub provisional: Option<&'static Source>,
    /// The count crossed an unconfirmed swap of working days: its source says so.
    pub possible_swap: Option<&'static Source>,
}

impl WorkingDays {
    /// The uncertain sources this count rests on, once each: a doubtful day off it skipped, the
    /// unconfirmed 2026 swap it crosses, the estimated 2027 schedule it runs into.
    pub fn doubts(&self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        let candidates = self.skipped.iter().map(|d| d.source).filter(|s| s.doubt.is_some()).take(1).chain(self.possible_swap).chain(self.provisional);
        for source in candidates {
            if !out.iter().any(|s| s.id == source.id) {
                out.push(source);
            }
        }
        out
    }
}

/// The `n`th working day after `start` (the day of submission does not count), e.g. "processed
/// within 7 working days". `n = 0` gives `start` itself.
pub fn add_working_days(start: Date, n: u32) -> WorkingDays {
    let mut date = start;
    let mut left = n;
    let mut skipped = Vec::new();
    let mut beyond_table = !(FIRST_YEAR..=LAST_YEAR).contains(&start.year());
    while left > 0 {
        date = date.add_days(1);
        if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            beyond_table = true;
        }
        if is_working_day(date) {
            left -= 1;
        } else if let Some(off) = day_off(date) {
            skipped.push(off);
        }
    }
    let provisional = (n > 0 && date >= PROVISIONAL_FROM && start.year() <= LAST_YEAR).then_some(&DAYS_OFF_2027);
    let (swap_off, swap_worked) = UNCONFIRMED_SWAP_2026;
    let crosses = |day: Date| start < day && day <= date;
    // Crossing both days would leave the count unchanged; crossing one moves it by a day.
    let possible_swap = (crosses(swap_off) != crosses(swap_worked)).then_some(&SWAP_PROPOSAL_2026_11);
    WorkingDays { days: n, date, skipped, beyond_table, provisional, possible_swap }
}

pub fn sources() -> Vec<&'static Source> {
    vec![&LABOUR_CODE_ART_112, &DAYS_OFF_2024, &DAYS_OFF_2025, &DAYS_OFF_2026, &CULTURE_DAY, &DAYS_OFF_2027, &SWAP_PROPOSAL_2026_11]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_order_and_lists_only_weekdays() {
        for pair in DAYS_OFF.windows(2) {
            assert!(pair[0].date < pair[1].date, "{:?}", pair[1].date);
        }
        for d in DAYS_OFF {
            assert!(!matches!(d.date.weekday(), Weekday::Saturday | Weekday::Sunday), "{} is a weekend", d.date);
        }
        for (d, _) in SATURDAYS_WORKED {
            assert_eq!(d.weekday(), Weekday::Saturday, "{d}");
        }
    }

    #[test]
    fn each_year_has_the_statutory_eleven_days_at_least() {
        // Labour Code Art. 112: 11 days a year; some fall on weekends and are moved or swapped.
        for year in FIRST_YEAR..=LAST_YEAR {
            let count = DAYS_OFF.iter().filter(|d| d.date.year() == year).count();
            assert!((10..=14).contains(&count), "{year}: {count}");
        }
    }
}
