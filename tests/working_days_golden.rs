//! Working days: Monday–Friday minus weekdays off, plus Saturdays worked (làm bù).
//! Basis: Bộ luật Lao động 2019 Điều 111–112 and each year's notice (docs/research/holidays.md).

use congdanso::law::date::Date;
use congdanso::law::holidays::{add_working_days, is_working_day};

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

#[test]
fn counts_skip_tet_and_weekends() {
    let cases = [
        (d(2025, 1, 24), 7, d(2025, 2, 11), 5, "Tết Ất Tỵ 27–31/01/2025 (Công văn 8726/VPCP-KGVX)"),
        (d(2026, 2, 13), 7, d(2026, 3, 3), 5, "Tết Bính Ngọ 16–20/02/2026 (Thông báo 9441/TB-BNV)"),
        (d(2024, 2, 7), 1, d(2024, 2, 15), 5, "Tết Giáp Thìn 08–14/02/2024 (Thông báo 5015/TB-LĐTBXH)"),
        (d(2026, 4, 24), 1, d(2026, 4, 28), 1, "Giỗ Tổ on Sunday 26/04/2026 → Monday 27/04 off (Điều 111 khoản 3)"),
        (d(2026, 1, 9), 1, d(2026, 1, 10), 0, "Saturday 10/01/2026 worked in exchange (12729/VPCP-KGVX)"),
        (d(2024, 5, 3), 1, d(2024, 5, 4), 0, "Saturday 04/05/2024 worked (2450/VPCP-KGVX)"),
        (d(2026, 11, 24), 0, d(2026, 11, 24), 0, "zero days: the same day"),
        (d(2026, 11, 20), 3, d(2026, 11, 26), 1, "24/11/2026 Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16 Điều 2)"),
    ];
    for (start, n, want, skipped, why) in cases {
        let got = add_working_days(start, n);
        assert_eq!((got.date, got.skipped.len()), (want, skipped), "{why}");
        assert!(!got.beyond_table);
    }
}

#[test]
fn days_outside_the_table_are_flagged() {
    let got = add_working_days(d(2027, 12, 30), 3);
    assert_eq!(got.date, d(2028, 1, 4), "weekends still known");
    assert!(got.beyond_table);
    assert!(!is_working_day(d(2026, 2, 17)), "Tết");
    assert!(!is_working_day(d(2026, 2, 21)), "Saturday");
    assert!(is_working_day(d(2026, 8, 22)), "Saturday worked");
    assert!(is_working_day(d(2026, 2, 23)));
}

/// A count that crosses the proposed 23/11 ↔ 28/11/2026 swap says so (not applied: no approval
/// found); a count into 2027 says the schedule is provisional (not published).
#[test]
fn unconfirmed_swaps_and_the_provisional_2027_schedule_are_flagged() {
    let swap = |start, n| add_working_days(start, n).possible_swap.is_some();
    assert!(swap(d(2026, 11, 20), 3), "20/11 + 3 runs through Monday 23/11");
    assert!(!swap(d(2026, 11, 16), 3), "16/11 + 3 ends on 19/11");
    assert!(swap(d(2026, 11, 27), 1), "Friday 27/11 + 1 → Monday 30/11, past Saturday 28/11");
    assert!(!swap(d(2026, 11, 24), 2), "(24/11, 26/11] holds neither day");
    assert!(!swap(d(2026, 11, 20), 7), "→ 02/12 crosses both days: the count is the same either way");
    let provisional = |start, n| add_working_days(start, n).provisional.is_some();
    assert!(provisional(d(2026, 12, 30), 3), "→ 05/01/2027, 01/01 off by estimate");
    assert!(!provisional(d(2026, 12, 28), 2), "→ 30/12/2026");
}
