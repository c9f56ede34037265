//! Để không bị lừa: the short "never give anyone…" warnings shown on the e-ID guide's result and
//! to staff, each with the source it rests on. Research: research notes of 2026-12-02 (VNeID
//! recovery and scams), which found the warnings in press reports of police statements, and their
//! legal footing where there is one (the account is free: Decree 69/2024 Art. 27(1)).

use crate::law::date::Date;
use crate::law::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 12, 2);

const fn press(id: &'static str, basis: &'static str, url: &'static str, vi: &'static str, en: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::Medium, doubt: Some(Text { vi, en }) }
}

pub const NO_CODES: Source = press(
    "vneid-safety-no-codes",
    "Khuyến cáo của Bộ Công an dịp Tết Nguyên đán 2026 (Tiền Phong đưa tin 29/01/2026); Công an tỉnh Phú Thọ (PA05, Dân trí đưa tin 29/08/2025)",
    "https://tienphong.vn/bo-cong-an-huong-dan-cach-nhan-dien-lua-dao-dip-tet-nguyen-dan-2026-post1816649.tpo",
    "Lời khuyến cáo đọc qua báo đưa tin, chưa đọc trên trang của Bộ Công an.",
    "The advice was read in press reports, not on the ministry's own site.",
);

pub const OFFICIAL_STORE: Source = press(
    "vneid-safety-official-store",
    "Khuyến cáo của Bộ Công an (CafeF đưa tin 08/02/2024); Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao A05 (VOV đưa tin 07/2025)",
    "https://cafef.vn/bo-cong-an-khuyen-cao-4-dieu-nguoi-dan-can-luu-y-de-tranh-bi-chiem-doat-tai-khoan-ngan-hang-188240208104440651.chn",
    "Lời khuyến cáo đọc qua báo đưa tin, chưa đọc trên trang của Bộ Công an.",
    "The advice was read in press reports, not on the ministry's own site.",
);

/// Registering and using the account costs nothing; locking and unlocking have no fee.
pub const FREE: Source = Source {
    id: "vneid-safety-free",
    basis: "Nghị định 69/2024/NĐ-CP, Điều 27 khoản 1 (không phải thanh toán chi phí đăng ký cấp và sử dụng tài khoản định danh điện tử); lệ phí “Không” ở các thủ tục cấp mức 2, khóa, mở khóa (Công an tỉnh Phú Thọ, 15/07/2026)",
    url: "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Mo-khoa-can-cuoc-dien-tu-cap-xa-2371-49",
    verified_on: CHECKED,
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Nghị định đọc qua bản chép. Không thấy cảnh báo chính thức nào gọi tên việc “mở khóa có phí”: việc đòi tiền là dấu hiệu lừa đảo là suy ra từ quy định miễn phí.",
        en: "The decree was read in a transcript. No official warning naming paid “unlocking” was found: that asking for money signals a scam is inferred from the account being free.",
    }),
};

pub const POLICE_IN_PERSON: Source = press(
    "vneid-safety-police-in-person",
    "Trả lời của Bộ Công an ngày 07/08/2025: người dân không tự cập nhật VNeID, không cung cấp thông tin qua điện thoại hay đường link (Báo Nghệ An đưa tin); Công an TP Hồ Chí Minh: chỉ hướng dẫn kích hoạt trực tiếp (Thanh Niên, 26/11/2023)",
    "https://baonghean.vn/bo-cong-an-canh-bao-nguoi-dan-khong-tu-cap-nhat-vneid-khong-cung-cap-thong-tin-qua-dien-thoai-hay-duong-link-la-10301670.html",
    "Đọc qua báo đưa tin lời Bộ Công an và Công an TP Hồ Chí Minh.",
    "Read in press reports quoting the ministry and the Ho Chi Minh City police.",
);

pub const SENSITIVE_DATA: Source = Source {
    id: "decree-356-2025-art-4",
    basis: "Nghị định 356/2025/NĐ-CP, Điều 4 (dữ liệu cá nhân nhạy cảm: tên đăng nhập, mật khẩu tài khoản định danh điện tử, hình ảnh thẻ căn cước), hiệu lực 01/01/2026",
    url: "https://plo.vn/xu-ly-du-lieu-ca-nhan-nhieu-thay-doi-lon-tu-ngay-1-1-2026-nguoi-dan-can-biet-post889644.html",
    verified_on: CHECKED,
    confidence: Confidence::Low,
    doubt: Some(Text {
        vi: "Đọc qua báo và ghi chú pháp lý (nhiều nguồn khớp nhau); chưa đọc nguyên văn Điều 4 của nghị định.",
        en: "Read in the press and legal notes (several agree); the decree's Article 4 itself was not read.",
    }),
};

/// One warning: what to never do, and the source it rests on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Warning {
    pub id: &'static str,
    pub text: Text,
    pub source: &'static Source,
}

/// Shown on the e-ID result and to staff, in this order.
pub static WARNINGS: [Warning; 5] = [
    Warning {
        id: "no-codes",
        text: Text {
            vi: "Không đưa mật khẩu, mã OTP hay mã passcode VNeID cho bất kỳ ai, kể cả người xưng là công an hay cán bộ.",
            en: "Never give anyone your VNeID password, OTP code or passcode, even someone who says they are police or an official.",
        },
        source: &NO_CODES,
    },
    Warning {
        id: "official-store",
        text: Text {
            vi: "Chỉ cài VNeID từ CH Play (Google Play) hoặc App Store; không cài từ đường link hay tệp người khác gửi.",
            en: "Install VNeID only from Google Play or the App Store, never from a link or a file someone sends you.",
        },
        source: &OFFICIAL_STORE,
    },
    Warning {
        id: "free",
        text: Text {
            vi: "Làm, dùng, khóa, mở khóa tài khoản định danh điện tử đều không mất tiền: ai đòi tiền để “mở khóa” hay “nâng cấp” VNeID là dấu hiệu lừa đảo.",
            en: "Getting, using, locking and unlocking the e-ID account cost nothing: anyone asking money to “unlock” or “upgrade” VNeID is a sign of a scam.",
        },
        source: &FREE,
    },
    Warning {
        id: "police-in-person",
        text: Text {
            vi: "Công an không gọi điện, nhắn tin hướng dẫn cập nhật hay tích hợp thông tin VNeID qua đường link; cần giúp thì đến trụ sở công an.",
            en: "The police do not call or text to have you update or link VNeID data through a link; for help, go to the police office in person.",
        },
        source: &POLICE_IN_PERSON,
    },
    Warning {
        id: "no-card-photos",
        text: Text {
            vi: "Không gửi ảnh thẻ căn cước, tên đăng nhập hay mật khẩu cho người lạ: đó là dữ liệu cá nhân nhạy cảm.",
            en: "Do not send photos of your ID card, or your login and password, to strangers: they are sensitive personal data.",
        },
        source: &SENSITIVE_DATA,
    },
];

pub fn sources() -> Vec<&'static Source> {
    vec![&NO_CODES, &OFFICIAL_STORE, &FREE, &POLICE_IN_PERSON, &SENSITIVE_DATA]
}
