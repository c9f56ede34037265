//! The cited facts behind the e-ID (VNeID) guide. Research: ../shared/domain/vn-facts.md §1, §6 and
//! the official procedure records in ../shared/data/ (Phú Thọ provincial police, 2026-07-15).

use super::date::Date;
use super::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 11, 24);

const fn src(id: &'static str, basis: &'static str, url: &'static str, confidence: Confidence, doubt: Option<Text>) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence, doubt }
}

const fn doubt(vi: &'static str, en: &'static str) -> Option<Text> {
    Some(Text { vi, en })
}

/// Who may get which level from 01/07/2024.
pub const DECREE_69_ART_7: Source = src(
    "decree-69-2024-art-7",
    "Nghị định 69/2024/NĐ-CP, Điều 7 (hiệu lực 01/07/2024)",
    "https://luatvietnam.vn/tin-van-ban-moi/tre-duoi-14-tuoi-duoc-cap-tai-khoan-dinh-danh-dien-tu-rieng-tu-01-7-2024-186-98151-article.html?layout=amp",
    Confidence::Medium,
    doubt(
        "Đọc qua trang pháp luật và trang tin của một xã (ba nguồn khớp nhau); chưa đọc văn bản gốc.",
        "Read on a legal portal and a commune news page (three sources agree); the decree itself was not read.",
    ),
);

/// Nghị định 320/2026/NĐ-CP (from 28/09/2026) amends Decree 69/2024 Art. 7: foreigners get an
/// e-ID account "không phân biệt theo mức độ" (without levels).
pub const DECREE_320_2026: Source = Source {
    id: "nd-320-2026",
    basis: "Nghị định 320/2026/NĐ-CP ngày 13/08/2026 (hiệu lực 28/09/2026), Điều 3 sửa Điều 7 Nghị định 69/2024/NĐ-CP: người nước ngoài được cấp tài khoản định danh điện tử không phân biệt theo mức độ",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-dinh-320-2026-nd-cp.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Nghị định 320/2026/NĐ-CP (từ 28/09/2026) sửa Nghị định 69/2024: tài khoản của người nước ngoài không còn phân mức; đọc qua bản chép văn bản. Mức nêu trong kết quả theo quy định trước đó: hãy hỏi cơ quan xuất nhập cảnh.",
        en: "Decree 320/2026/ND-CP (from 28/09/2026) amends Decree 69/2024: foreigners' accounts no longer have levels; read in a transcript of the text. The level in this result follows the earlier rule: ask the immigration office.",
    }),
};
/// Foreigners' accounts have no level from this day.
pub const DECREE_320_FROM: Date = Date::ymd(2026, 9, 28);

/// Before 01/07/2024: 14 and over own account; under 14 under a parent's account.
pub const DECREE_59_ART_11: Source = src(
    "decree-59-2022-art-11",
    "Nghị định 59/2022/NĐ-CP, Điều 11 (20/10/2022 – 30/06/2024)",
    "https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thu-tuc-hanh-chinh-online/50622/tre-em-co-duoc-dang-ky-cap-tai-khoan-dinh-danh-dien-tu-khong",
    Confidence::Medium,
    doubt("Đọc qua trang pháp luật trích nghị định.", "Read on a legal portal quoting the decree."),
);

/// Level 2 for Vietnamese citizens at the commune police: documents, TK01, face and fingerprints,
/// 3 / 7 working days, no fee, children with their representative.
pub const LEVEL_2_PROCEDURE: Source = src(
    "tthc-eid-level-2",
    "Thủ tục “Cấp tài khoản định danh điện tử mức độ 02, căn cước điện tử cho công dân Việt Nam” (Nghị định 69/2024/NĐ-CP; Quyết định 5709/QĐ-BCA-C06 ngày 01/7/2025)",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-tai-khoan-dinh-danh-dien-tu-muc-do-02-can-1320-49",
    Confidence::High,
    None,
);

/// Form TK01, NĐ 69/2024 annex, read in a full transcript (the form helper prints it).
pub const FORM_TK01: Source = Source {
    id: "form-tk01",
    basis: "Nghị định 69/2024/NĐ-CP (25/6/2024, hiệu lực 01/7/2024), Phụ lục, Mẫu TK01; Điều 10 khoản 2 điểm b, đ; Điều 11 khoản 2 điểm b",
    url: "https://github.com/neornotl/rightly-beta/blob/main/legal-sources/decrees-n-decisions/69-2024-N%C4%90-CP%20Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%20Quy%20%C4%91%E1%BB%8Bnh%20v%E1%BB%81%20%C4%91%E1%BB%8Bnh%20danh%20v%C3%A0%20x%C3%A1c%20th%E1%BB%B1c%20%C4%91i%E1%BB%87n%20t%E1%BB%AD.txt",
    verified_on: crate::law::date::Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Nội dung mẫu TK01 đọc từ một bản chép toàn văn Nghị định 69/2024/NĐ-CP, chưa đối chiếu bản PDF chính thức; chưa rõ Nghị định 320/2026/NĐ-CP (hiệu lực 28/9/2026) có sửa mẫu này không.",
        en: "The TK01 text was read from one full transcript of Decree 69/2024/NĐ-CP, not the official PDF; whether Decree 320/2026/NĐ-CP (in force 28/9/2026) changed this form is not known.",
    }),
};

/// Level 2 for foreigners at the provincial immigration office.
pub const FOREIGNER_LEVEL_2: Source = src(
    "tthc-eid-level-2-foreigner",
    "Thủ tục “Cấp tài khoản định danh điện tử mức độ 02 cho người nước ngoài” (Nghị định 69/2024/NĐ-CP, Điều 7)",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-tai-khoan-dinh-danh-dien-tu-muc-do-02-cho-2379-17",
    Confidence::High,
    None,
);

/// Level 1 self-registration in the VNeID app (the Decree 59 procedure; Decree 69 steps not read).
pub const LEVEL_1_APP: Source = src(
    "eid-level-1-app",
    "Nghị định 59/2022/NĐ-CP, Điều 14 khoản 1 (các bước theo Nghị định 69/2024/NĐ-CP chưa đọc được)",
    "https://hoaison-hoainhon.binhdinh.gov.vn/tin-tuc/an-ninh-trat-tu/thu-tuc-dang-ky-tai-khoan-dinh-danh-dien-tu-voi-cong-dan-viet-nam.html",
    Confidence::Medium,
    doubt(
        "Các bước tự đăng ký mức 1 theo Nghị định 69/2024 chưa đọc được; các bước trong hướng dẫn này theo quy trình trước đây và có thể khác trên ứng dụng hiện nay.",
        "The current (Decree 69/2024) self-registration steps for level 1 were not read; the steps in this guide follow the earlier procedure and the app may differ now.",
    ),
);

/// What each level shows and unlocks.
pub const LEVELS_UNLOCK: Source = src(
    "eid-levels-unlock",
    "Nghị định 69/2024/NĐ-CP (định nghĩa mức độ 1, mức độ 2); thông báo của Bộ Công an, BHXH về giấy tờ tích hợp trên VNeID",
    "https://vnexpress.net/vneid-co-the-thay-the-nhung-giay-to-nao-4924821.html",
    Confidence::Medium,
    doubt("Danh sách giấy tờ tích hợp đọc qua báo; có thể đã thay đổi.", "The list of integrated documents was read in the press and may have changed."),
);

/// Online procedures that need level 2 (full-online vehicle registration).
pub const LEVEL_2_NEEDED: Source = src(
    "eid-level-2-needed",
    "Thủ tục “Đăng ký lần đầu trực tuyến toàn trình đối với xe sản xuất, lắp ráp trong nước”: “Chủ xe là công dân Việt Nam có tài khoản định danh mức độ 2”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-lan-dau-truc-tuyen-toan-trinh-doi-voi-xe-2389-14",
    Confidence::High,
    None,
);

/// From 01/07/2026 agencies may not demand paper documents already integrated in VNeID.
pub const LAW_118_NO_PAPER: Source = src(
    "law-118-2025-no-paper",
    "Luật 118/2025/QH15 (hiệu lực 01/07/2026), sửa Luật Căn cước; Chỉ thị 24/CT-TTg",
    "https://kenh14.vn/tu-1-7-2026-nhieu-thay-doi-quan-trong-ve-can-cuoc--cccd-chinh-thuc-ap-dung-nguoi-dan-can-dac-biet-luu-y-215251212235906615.chn",
    Confidence::Medium,
    doubt("Đọc qua báo đưa tin luật đã thông qua; chưa đọc văn bản luật.", "Read in press reports of the adopted law; the law text was not read."),
);

/// Changing the registered phone number; the hotline.
pub const CHANGE_NUMBER: Source = src(
    "vneid-change-number",
    "Thực tiễn của Bộ Công an (đưa tin): đổi số tại công an xã hoặc qua tổng đài 1900 0368",
    "https://cafef.vn/huong-dan-cach-doi-so-dien-thoai-tren-ung-dung-vneid-188230722115253222.chn",
    Confidence::Medium,
    doubt(
        "Cách đổi số và tổng đài 1900 0368 đọc qua báo, không có trong văn bản thủ tục; hãy kiểm tra lại.",
        "How to change the number and the 1900 0368 hotline come from press reports, not the procedure texts: please verify.",
    ),
);

/// Lost phone: lock on vneid.gov.vn; a new device logs in by scanning the chip card (NFC) or at the police.
pub const LOST_PHONE: Source = src(
    "vneid-lost-phone",
    "Tính năng “Yêu cầu khóa tài khoản” trên vneid.gov.vn (đưa tin); đăng nhập thiết bị mới bằng NFC",
    "https://plo.vn/ky-nguyen-so/cach-dang-nhap-ung-dung-vneid-tren-dien-thoai-moi-khi-khong-con-thiet-bi-cu-post866326.html",
    Confidence::Medium,
    doubt(
        "Tính năng khóa tài khoản và đăng nhập thiết bị mới đọc qua báo, không có trong văn bản thủ tục.",
        "Account locking and new-device login come from press reports, not the procedure texts.",
    ),
);

/// When the research behind the sources below was done (research/vneid-recovery-scams.md).
const CHECKED_DEC: Date = Date::ymd(2026, 12, 2);

/// Lock and unlock: a citizen's account follows the electronic ID (căn cước điện tử), which the
/// citizen asks to lock or unlock at the commune police or in the app (form TK03), free;
/// authority requests take ≤ 3 working days. Replaces the Decree 59/2022 basis (repealed).
pub const LOCK_UNLOCK: Source = Source {
    id: "eid-lock-unlock",
    basis: "Nghị định 69/2024/NĐ-CP, Điều 15, 27 khoản 1, 29 khoản 2, 30 khoản 2, mẫu TK03 (Điều 15, 16 sửa bởi Nghị định 320/2026/NĐ-CP, Điều 8, 9, hiệu lực 28/09/2026); Luật Căn cước 26/2023/QH15, Điều 34; thủ tục “Mở khóa căn cước điện tử cấp xã” (Công an tỉnh Phú Thọ, lệ phí: Không)",
    url: "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Mo-khoa-can-cuoc-dien-tu-cap-xa-2371-49",
    verified_on: CHECKED_DEC,
    confidence: Confidence::Medium,
    doubt: doubt(
        "Việc tài khoản tự mở khi căn cước điện tử được mở khóa được đọc từ hai điều (15 và 30) ghép lại; Nghị định 69/2024 và 320/2026 đọc qua bản chép, chưa đọc bản PDF chính thức.",
        "That the account unlocks when the electronic ID is unlocked is read from two articles (15 and 30) together; Decrees 69/2024 and 320/2026 were read in transcripts, not the official PDF.",
    ),
};

/// Forgotten password or passcode: the app's "Quên mật khẩu" / "Quên passcode" (an app function;
/// no decree sets its steps).
pub const FORGOT_PASSWORD: Source = Source {
    id: "vneid-forgot-password",
    basis: "Chức năng “Quên mật khẩu” của ứng dụng VNeID (đưa tin, Dân trí 04/12/2025; Báo Quốc tế 09/06/2023); không có văn bản pháp luật quy định các bước; Nghị định 69/2024/NĐ-CP, Điều 27 khoản 1: sử dụng tài khoản không mất phí",
    url: "https://dantri.com.vn/cong-nghe/cach-xu-ly-trong-truong-hop-quen-mat-khau-dang-nhap-ung-dung-vneid-20251203003057624.htm",
    verified_on: CHECKED_DEC,
    confidence: Confidence::Medium,
    doubt: doubt(
        "Các bước lấy lại mật khẩu đọc qua báo, không có trong văn bản thủ tục; màn hình ứng dụng có thể đã đổi.",
        "The reset steps come from press reports, not procedure texts; the app's screens may have changed.",
    ),
};

/// From 28/09/2026 the account locks itself when the registered number changed hands.
pub const NUMBER_CHANGE_LOCK: Source = Source {
    id: "decree-320-2026-art-8",
    basis: "Nghị định 320/2026/NĐ-CP, Điều 8 (sửa Nghị định 69/2024/NĐ-CP, Điều 15 khoản 1 điểm b), hiệu lực 28/09/2026",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-dinh-320-2026-nd-cp.md",
    verified_on: CHECKED_DEC,
    confidence: Confidence::Medium,
    doubt: doubt(
        "Đọc qua bản chép của nghị định (nguồn ghi: vanban.chinhphu.vn); nghị định không nói tài khoản được mở lại thế nào sau khi đổi số.",
        "Read in a transcript of the decree (naming vanban.chinhphu.vn as its source); the decree does not say how the account is reopened after the number is changed.",
    ),
};

pub fn sources() -> Vec<&'static Source> {
    vec![
        &DECREE_320_2026,
        &DECREE_69_ART_7,
        &DECREE_59_ART_11,
        &LEVEL_2_PROCEDURE,
        &FORM_TK01,
        &FOREIGNER_LEVEL_2,
        &LEVEL_1_APP,
        &LEVELS_UNLOCK,
        &LEVEL_2_NEEDED,
        &LAW_118_NO_PAPER,
        &CHANGE_NUMBER,
        &LOST_PHONE,
        &LOCK_UNLOCK,
        &FORGOT_PASSWORD,
        &NUMBER_CHANGE_LOCK,
    ]
}

/// Decree 69/2024 in force; earlier dates use Decree 59/2022.
pub const DECREE_69_FROM: Date = Date::ymd(2024, 7, 1);
pub const DECREE_59_FROM: Date = Date::ymd(2022, 10, 20);
pub const LAW_118_FROM: Date = Date::ymd(2026, 7, 1);
