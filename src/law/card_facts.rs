//! The cited, dated facts behind the Căn cước card calculator. Research with quotes and URLs:
//! docs/research/card-facts.md and ../shared/domain/vn-facts.md §2.

use super::date::Date;
use super::fact::{Fact, Period};
use super::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 11, 24);

const fn weak(id: &'static str, basis: &'static str, url: &'static str, vi: &'static str, en: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::Medium, doubt: Some(Text { vi, en }) }
}

const fn official(id: &'static str, basis: &'static str, url: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::High, doubt: None }
}

const PRESS_VI: &str = "Đọc qua báo hoặc trang pháp luật trích luật; chưa đọc văn bản gốc.";
const PRESS_EN: &str = "Read in the press or on a legal portal quoting the law; the original text was not read.";

/// Who must have a card: 14 and over must, under 14 may.
pub const WHO_MUST: Source = weak(
    "law-26-2023-art-19",
    "Luật Căn cước 26/2023/QH15, Điều 19 khoản 2, 3",
    "https://giadinh.suckhoedoisong.vn/tu-nam-2026-nhung-nguoi-co-nam-sinh-sau-can-luu-y-doi-the-can-cuoc-172260121102519087.htm",
    PRESS_VI,
    PRESS_EN,
);

/// Renewal ages 14, 25, 40, 60 and the 2-year rule, as enacted.
pub const RENEWAL_AGES: Source = weak(
    "law-26-2023-art-21",
    "Luật Căn cước 26/2023/QH15, Điều 21 khoản 1, 2",
    "https://giadinh.suckhoedoisong.vn/tu-nam-2026-nhung-nguoi-co-nam-sinh-sau-can-luu-y-doi-the-can-cuoc-172260121102519087.htm",
    "Đọc qua báo trích nguyên văn Điều 21. Luật không nói rõ cách đếm “trong thời hạn 02 năm trước”: ứng dụng tính thẻ cấp đúng ngày tròn 2 năm trước sinh nhật mốc là nằm trong thời hạn.",
    "Read in the press quoting Art. 21 verbatim. The law does not say how to count \"within 2 years before\": the app counts a card issued exactly 2 years before the milestone birthday as inside the window.",
);

/// The same ages after Law 118/2025/QH15 amended the Identification Law (01/07/2026).
pub const RENEWAL_AGES_AFTER_118: Source = weak(
    "law-26-2023-art-21-after-law-118",
    "Luật Căn cước 26/2023/QH15, Điều 21, được sửa đổi bởi Luật 118/2025/QH15 (hiệu lực 01/07/2026)",
    "https://phaply.net.vn/luat-sua-doi-bo-sung-mot-so-dieu-cua-10-luat-co-lien-quan-den-an-ninh-trat-tu-a261110.html",
    "Luật 118/2025/QH15 sửa Luật Căn cước từ 01/07/2026. Các nguồn đã đọc cho biết các mốc tuổi 14, 25, 40, 60 giữ nguyên, nhưng chưa đọc được điều sửa đổi (Điều 5 của Luật 118): hãy kiểm tra lại.",
    "Law 118/2025/QH15 amended the Identification Law from 01/07/2026. Sources read say the ages 14, 25, 40, 60 are unchanged, but the amending article (Art. 5 of Law 118) was not read: please verify.",
);

/// Old CCCD cards (Law 59/2014/QH13): renewal at 25, 40, 60 with the same 2-year rule.
pub const CCCD_2014_AGES: Source = weak(
    "law-59-2014-art-21",
    "Luật Căn cước công dân 59/2014/QH13, Điều 21",
    "https://cafef.vn/thong-bao-quan-trong-lien-quan-den-can-cuoc-cong-dan-trong-nam-2025-188251126072618739.chn",
    "Mốc 25, 40, 60 tuổi của luật cũ đọc qua báo. Ngày hết hạn in trên thẻ là căn cứ chính: nếu thẻ có in, hãy nhập ngày đó.",
    "The old law's 25/40/60 ages were read in the press. The expiry printed on the card is what counts: if your card shows one, enter it.",
);

/// Transitional rules: CCCD valid to its printed expiry; CMND until 31/12/2024; the 30/06/2024 extension.
pub const TRANSITION: Source = weak(
    "law-26-2023-art-46",
    "Luật Căn cước 26/2023/QH15, Điều 46 khoản 1, 2, 3",
    "https://www.quochoitv.vn/goc-nhin-hom-nay-the-can-cuoc-tu-1-7-2024-204698.htm",
    "Nội dung đọc qua Truyền hình Quốc hội và một bản trích nguyên văn; một trang .gov.vn xác nhận ngày hiệu lực.",
    "Read on National Assembly TV and in a verbatim quote; a .gov.vn page confirms the effective dates.",
);

/// CMND cards were valid for 15 years.
pub const CMND_15_YEARS: Source = official(
    "cmnd-15-years",
    "Thông tư 04/1999/TT-BCA(C13), Phần I mục 4 (hướng dẫn Nghị định 05/1999/NĐ-CP)",
    "https://cchccongan.quangngai.gov.vn/traloi.aspx?id=54",
);

/// No identification or biometric data from children under 6.
pub const UNDER_6: Source = weak(
    "law-26-2023-art-23",
    "Luật Căn cước 26/2023/QH15, Điều 23 khoản 2 điểm a",
    "https://thuviennhadat.vn/phap-luat-doi-song/doi-tuong-nao-khong-thu-nhan-thong-tin-nhan-dang-va-thong-tin-sinh-trac-hoc-khi-cap-the-can-cuoc-578328.html",
    PRESS_VI,
    PRESS_EN,
);

/// First issue for 14 and over: in person at the commune police, no fee, ≤ 7 working days.
pub const FIRST_ISSUE_14: Source = official(
    "tthc-first-issue-14-plus",
    "Thủ tục “Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên” (Bộ Công an, công bố tại Công an tỉnh Phú Thọ); lệ phí: Không",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-the-can-cuoc-cho-nguoi-tu-du-14-tuoi-tro-len-289-19",
);

/// Card for under-14s: free, started online by the representative.
pub const FIRST_ISSUE_UNDER_14: Source = official(
    "tthc-first-issue-under-14",
    "Thủ tục “Cấp thẻ căn cước cho người dưới 14 tuổi” (cấp xã); lệ phí: Miễn phí",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-the-can-cuoc-cho-nguoi-duoi-14-tuoi-cap-xa-1362-19",
);

/// Renewal (cấp đổi) and swap: in person at the commune police, ≤ 7 working days.
pub const RENEWAL_PROCEDURE: Source = official(
    "tthc-renewal",
    "Thủ tục “Cấp đổi thẻ căn cước” (cấp xã)",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-doi-the-can-cuoc-cap-xa-291-19",
);

/// Re-issue (cấp lại) after loss or damage: online (national portal, VNeID) or in person.
pub const REISSUE_PROCEDURE: Source = official(
    "tthc-reissue",
    "Thủ tục “Cấp lại thẻ căn cước” (cấp xã)",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-lai-the-Can-cuoc-cap-xa-292-19",
);

/// Fee rates: swap CCCD → Căn cước 30.000 đ; renewal 50.000 đ; re-issue 70.000 đ.
pub const FEE_RATES: Source = official(
    "tt-73-2024-art-4-1",
    "Thông tư 73/2024/TT-BTC, Điều 4 khoản 1",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-doi-the-can-cuoc-cap-xa-291-19",
);

/// The first temporary reductions (50 % in 2024; 50 % online in the first half of 2025).
pub const FEE_REDUCTION_TT73: Source = official(
    "tt-73-2024-art-4-2",
    "Thông tư 73/2024/TT-BTC, Điều 4 khoản 2",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-doi-the-can-cuoc-cap-xa-291-19",
);

/// 50 % on every channel from 01/07/2025 to 31/12/2026; from 01/01/2027 the full TT 73/2024 rates.
pub const FEE_REDUCTION_TT64: Source = Source {
    id: "tt-64-2025",
    basis: "Thông tư 64/2025/TT-BTC (giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước từ 01/07/2025 đến hết 31/12/2026), xác nhận tại Nghị quyết 66.22/2026/NQ-CP, Phụ lục III (dòng lệ phí cấp đổi, cấp lại thẻ căn cước)",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-quyet-66.22-2026-nq-cp-phat-trien-cong-dan-so.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::High,
    doubt: None,
};

/// Fee exemptions for children, the elderly, people with disabilities and other groups.
pub const FEE_EXEMPTIONS: Source = weak(
    "tt-73-2024-art-5",
    "Thông tư 73/2024/TT-BTC, Điều 5; Luật Trẻ em 2016, Điều 1 (dưới 16 tuổi); Luật Người cao tuổi 2009, Điều 2 (từ đủ 60 tuổi)",
    "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/73849/mien-le-phi-cap-doi-cap-lai-the-can-cuoc-voi-tre-em-nguoi-cao-tuoi",
    PRESS_VI,
    PRESS_EN,
);

/// Processing time: at most 7 working days.
pub const PROCESSING_DAYS: u32 = 7;

/// QĐ 5230/QĐ-BCA-C06 (18/08/2026): one merged procedure "Cấp, cấp đổi, cấp lại thẻ căn cước"
/// replacing the four commune-level ones; 7 working days, 5 for a lost or damaged card re-issued
/// fully online.
pub const QD_5230_T1: Source = Source {
    id: "qd-5230-2026",
    basis: "Quyết định 5230/QĐ-BCA-C06 ngày 18/08/2026, Phần II thủ tục T1 “Cấp, cấp đổi, cấp lại thẻ căn cước” (thay 04 thủ tục 1.014061, 1.014062, 1.014063, 1.014064 cấp xã)",
    url: "https://github.com/vi-phuong-158/bandocapt/blob/HEAD/docs/tthc/TTHC_2026_QD5230_FINAL_CATALOG_CLOSURE.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Thủ tục gộp và thời hạn 05 ngày làm việc đọc qua bản chép Quyết định 5230/QĐ-BCA-C06 (18/08/2026), chưa đọc trực tiếp trên cổng của Bộ Công an.",
        en: "The merged procedure and the 5-working-day limit were read in a transcript of Decision 5230/QD-BCA-C06 (18/08/2026), not on the Ministry's portal itself.",
    }),
};

/// The swap of a valid card whose printed details changed in the 2025 merger of provinces and
/// communes: online without a new photo or fingerprints, and no fee online.
pub const ADMIN_SWAP: Source = Source {
    id: "c06-admin-swap-2025",
    basis: "Thông báo của Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), Bộ Công an, 12/08/2025: cấp đổi thẻ căn cước do sắp xếp, điều chỉnh đơn vị hành chính, miễn lệ phí khi làm trực tuyến trên VNeID; thủ tục “Cấp đổi thẻ căn cước” (không thu lại ảnh, vân tay); Quyết định 5230/QĐ-BCA-C06 (“Miễn phí (sắp xếp ĐVHC)”)",
    url: "https://thanhnien.vn/doi-the-can-cuoc-mien-phi-qua-vneid-185250812193205995.htm",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Miễn lệ phí khi đổi thẻ do sắp xếp đơn vị hành chính đọc qua thông báo của Cục C06 (8/2025) và Quyết định 5230/QĐ-BCA-C06; chưa đọc được điều khoản lệ phí làm căn cứ, chưa rõ nộp trực tiếp có được miễn hay không và người dùng thẻ căn cước công dân (cấp trước 01/07/2024) có được miễn hay không.",
        en: "The fee-free swap for the administrative merger was read in the C06 announcement (Aug 2025) and Decision 5230/QD-BCA-C06; the fee article behind it was not read, and whether it is also free in person, or for holders of the older CCCD card, is not confirmed.",
    }),
};
/// The day the fee-free online swap for the merger was announced (C06, 12/08/2025).
pub const ADMIN_SWAP_FREE_FROM: Date = Date::ymd(2025, 8, 12);

/// Working days to process: any card procedure, and a lost or damaged card re-issued fully online.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ProcessingDays {
    pub days: u32,
    pub online_reissue: u32,
}

/// Processing times as of a date: 7 working days; from 18/08/2026, 5 for a fully online re-issue.
pub static CARD_PROCESSING: Fact<ProcessingDays> = Fact {
    id: "card-processing",
    periods: &[
        Period {
            value: ProcessingDays { days: PROCESSING_DAYS, online_reissue: PROCESSING_DAYS },
            valid_from: LAW_26_IN_FORCE,
            valid_to: Some(Date::ymd(2026, 8, 17)),
            source: &FIRST_ISSUE_14,
        },
        Period { value: ProcessingDays { days: PROCESSING_DAYS, online_reissue: 5 }, valid_from: Date::ymd(2026, 8, 18), valid_to: None, source: &QD_5230_T1 },
    ],
};

/// Renewal ages of the Căn cước card, as of a date.
pub static CARD_RENEWAL_AGES: Fact<&[i32]> = Fact {
    id: "card-renewal-ages",
    periods: &[
        Period { value: &[14, 25, 40, 60], valid_from: Date::ymd(2024, 7, 1), valid_to: Some(Date::ymd(2026, 6, 30)), source: &RENEWAL_AGES },
        Period { value: &[14, 25, 40, 60], valid_from: Date::ymd(2026, 7, 1), valid_to: None, source: &RENEWAL_AGES_AFTER_118 },
    ],
};

/// The card fee rates in đồng: (swap from CCCD, renewal, re-issue).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeeRates {
    pub swap_from_cccd: u32,
    pub renewal: u32,
    pub reissue: u32,
}

pub static CARD_FEE_RATES: Fact<FeeRates> = Fact {
    id: "card-fee-rates",
    periods: &[Period {
        value: FeeRates { swap_from_cccd: 30_000, renewal: 50_000, reissue: 70_000 },
        valid_from: Date::ymd(2024, 10, 21),
        valid_to: None,
        source: &FEE_RATES,
    }],
};

/// A temporary reduction: the share of the rate still paid, and on which channels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reduction {
    pub percent_paid: u32,
    pub online_only: bool,
}

pub static CARD_FEE_REDUCTION: Fact<Reduction> = Fact {
    id: "card-fee-reduction",
    periods: &[
        Period {
            value: Reduction { percent_paid: 50, online_only: false },
            valid_from: Date::ymd(2024, 10, 21),
            valid_to: Some(Date::ymd(2024, 12, 31)),
            source: &FEE_REDUCTION_TT73,
        },
        Period {
            value: Reduction { percent_paid: 50, online_only: true },
            valid_from: Date::ymd(2025, 1, 1),
            valid_to: Some(Date::ymd(2025, 6, 30)),
            source: &FEE_REDUCTION_TT73,
        },
        Period {
            value: Reduction { percent_paid: 50, online_only: false },
            valid_from: Date::ymd(2025, 7, 1),
            valid_to: Some(Date::ymd(2026, 12, 31)),
            source: &FEE_REDUCTION_TT64,
        },
    ],
};

/// The Identification Law's day of entry into force; the calculator applies it from then on.
pub const LAW_26_IN_FORCE: Date = Date::ymd(2024, 7, 1);

/// Citizen ID cards (CCCD, barcode) exist from the Citizen Identity Law's entry into force.
pub const CCCD_FROM: Date = Date::ymd(2016, 1, 1);
/// Chip CCCD cards exist from 2021 (card form of TT 06/2021/TT-BCA, in force 23/01/2021).
pub const CHIP_CCCD_FROM: Date = Date::ymd(2021, 1, 1);

/// Luật Căn cước công dân 59/2014/QH13 in force 01/01/2016: no CCCD card before that day.
pub const LAW_59_IN_FORCE: Source = Source {
    id: "law-59-2014-in-force",
    basis: "Luật Căn cước công dân 59/2014/QH13 (hiệu lực 01/01/2016): thẻ căn cước công dân cấp từ ngày đó; thẻ cấp trước là chứng minh nhân dân",
    url: "https://trangcongnghe.vn/blog/215329-y-nghia-cua-day-12-so-tren-the-cccd-moi-co-gan-chip.html",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Ngày hiệu lực 01/01/2016 của Luật Căn cước công dân 2014 đọc qua bài báo, chưa đọc điều khoản hiệu lực của luật.",
        en: "The 2014 Citizen Identity Law's entry into force on 01/01/2016 was read in an article, not in the law's own article.",
    }),
};

/// Thông tư 06/2021/TT-BCA: the chip CCCD card form, in force 23/01/2021.
pub const CHIP_FORM_TT06: Source = Source {
    id: "tt-06-2021-bca",
    basis: "Thông tư 06/2021/TT-BCA quy định mẫu thẻ Căn cước công dân gắn chip (hiệu lực 23/01/2021, thay Thông tư 61/2015/TT-BCA về thẻ mã vạch)",
    url: "https://amp.cand.com.vn/Giai-dap-phap-luat/Mau-the-Can-cuoc-cong-dan-gan-chip-dien-tu-i595567",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Ngày hiệu lực của mẫu thẻ gắn chip đọc qua báo Công an nhân dân và LuatVietnam, chưa đọc văn bản thông tư.",
        en: "The chip card form's entry into force was read in the police newspaper and LuatVietnam, not in the circular itself.",
    }),
};
/// Old 9-digit CMND cards were valid until the end of this day (Art. 46(2)).
pub const CMND_LAST_DAY: Date = Date::ymd(2024, 12, 31);
/// CCCD/CMND expiring from this day to the day before 30/06/2024 stayed valid to 30/06/2024 (Art. 46(3)).
pub const EXTENSION_FROM: Date = Date::ymd(2024, 1, 15);
pub const EXTENSION_TO: Date = Date::ymd(2024, 6, 30);

pub fn sources() -> Vec<&'static Source> {
    vec![
        &LAW_59_IN_FORCE,
        &QD_5230_T1,
        &ADMIN_SWAP,
        &CHIP_FORM_TT06,
        &WHO_MUST,
        &RENEWAL_AGES,
        &RENEWAL_AGES_AFTER_118,
        &CCCD_2014_AGES,
        &TRANSITION,
        &CMND_15_YEARS,
        &UNDER_6,
        &FIRST_ISSUE_14,
        &FIRST_ISSUE_UNDER_14,
        &RENEWAL_PROCEDURE,
        &REISSUE_PROCEDURE,
        &FEE_RATES,
        &FEE_REDUCTION_TT73,
        &FEE_REDUCTION_TT64,
        &FEE_EXEMPTIONS,
    ]
}
