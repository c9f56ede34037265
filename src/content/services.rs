//! The public services, each value cited. Police procedures: the official procedure records of the
//! Phú Thọ provincial police (snapshot 2026-07-15, ../shared/data/; the procedures are national).
//! Civil status: ../shared/domain/vn-facts.md §4. Read on 2026-11-24.

use super::catalog::{Channel, ChannelOffer, Deadline, Document, EidNeed, Fee, Processing, Service, Tool};
use crate::law::date::Date;
use crate::law::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 11, 24);

const fn official(id: &'static str, basis: &'static str, url: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::High, doubt: None }
}

const fn weak(id: &'static str, basis: &'static str, url: &'static str, vi: &'static str, en: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::Medium, doubt: Some(Text { vi, en }) }
}

const fn t(vi: &'static str, en: &'static str) -> Text {
    Text { vi, en }
}

const fn doc(vi: &'static str, en: &'static str) -> Document {
    Document { name: t(vi, en), when: None }
}

const fn doc_if(vi: &'static str, en: &'static str, when_vi: &'static str, when_en: &'static str) -> Document {
    Document { name: t(vi, en), when: Some(t(when_vi, when_en)) }
}

const fn offer(channel: Channel, eid: EidNeed, source: &'static Source) -> ChannelOffer {
    ChannelOffer { channel, eid, source }
}

const COMMUNE_POLICE: Channel = Channel::InPerson(t("Công an xã, phường", "Commune or ward police"));
const COMMUNE_COMMITTEE: Channel = Channel::InPerson(t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"));

// --- Sources -------------------------------------------------------------------------------

pub const PERMANENT_RESIDENCE: Source = official(
    "tthc-permanent-residence",
    "Luật Cư trú 68/2020/QH14; Nghị định 154/2024/NĐ-CP; Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC) về lệ phí; thủ tục “Đăng ký thường trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-thuong-tru-259-39",
);
pub const TEMPORARY_RESIDENCE: Source = official(
    "tthc-temporary-residence",
    "Luật Cư trú 68/2020/QH14, Điều 27; Nghị định 154/2024/NĐ-CP; Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC); thủ tục “Đăng ký tạm trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-tam-tru-261-39",
);
pub const TEMPORARY_RENEWAL: Source = official(
    "tthc-temporary-residence-renewal",
    "Luật Cư trú 68/2020/QH14, Điều 28; thủ tục “Gia hạn tạm trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Gia-han-tam-tru-262-39",
);
pub const NOTICE_OF_STAY: Source = official(
    "tthc-notice-of-stay",
    "Luật Cư trú 68/2020/QH14, Điều 30; Thông tư 55/2021/TT-BCA, Điều 15; thủ tục “Thông báo lưu trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Thong-bao-luu-tru-264-39",
);
pub const TEMPORARY_ABSENCE: Source = official(
    "tthc-temporary-absence",
    "Luật Cư trú 68/2020/QH14, Điều 31; thủ tục “Khai báo tạm vắng”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Khai-bao-tam-vang-265-39",
);
pub const PASSPORT: Source = official(
    "tthc-passport",
    "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 49/2019/QH14 (sửa đổi 2023); Thông tư 25/2021/TT-BTC; Thông tư 64/2025/TT-BTC (mức thu đến hết 31/12/2026); thủ tục “Cấp hộ chiếu phổ thông ở trong nước”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-ho-chieu-pho-thong-o-trong-nuoc-2357-17",
);
pub const VEHICLE_FIRST: Source = official(
    "tthc-vehicle-first-registration",
    "Thông tư 79/2024/TT-BCA; Thông tư 60/2023/TT-BTC (lệ phí); thủ tục “Đăng ký xe lần đầu trực tuyến toàn trình”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/-Cap-lai-chung-nhan-dang-ky-xe-bien-so-xe-thuc-2404-14",
);
pub const BIRTH_DEADLINE: Source = weak(
    "civil-status-birth",
    "Luật Hộ tịch 60/2014/QH13, Điều 15 (thời hạn 60 ngày), Điều 11 (miễn lệ phí đăng ký đúng hạn)",
    "https://luatvn.vn/tu-van-ve-dang-ky-khai-sinh-va-bao-hiem-y-te-doi-voi-tre-em-duoi-6-tuoi/",
    "Đọc qua trang tư vấn pháp luật trích Luật Hộ tịch.",
    "Read on a legal-advice page quoting the Civil Status Law.",
);
pub const BIRTH_DOCUMENTS: Source = official(
    "civil-status-birth-documents",
    "Thông tư liên tịch 05/2015/TTLT-BTP-BCA-BYT; thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-lien-thong-chi-tiet.html?ma_thu_tuc=233448",
);
pub const LINKED_GROUPS: Source = weak(
    "linked-groups-296",
    "Quyết định 296/QĐ-VPCP (2024) về hai nhóm thủ tục liên thông điện tử",
    "https://amp.cand.com.vn/su-kien-binh-luan-thoi-su/huong-dan-dang-ky-khai-sinh-dang-ky-thuong-tru-cap-the-bhyt-online-cho-tre-duoi-6-tuoi-i734441",
    "Đọc qua báo Công an nhân dân; chưa đọc văn bản quyết định. Mức tài khoản định danh cần để nộp chưa được nêu trong nguồn đã đọc.",
    "Read in the People's Police newspaper, not the decision itself. The e-ID level needed to submit is not stated in what was read.",
);
pub const DEATH: Source = weak(
    "civil-status-death",
    "Luật Hộ tịch 60/2014/QH13, Điều 33 (thời hạn 15 ngày); Nghị định 123/2015/NĐ-CP, Điều 28",
    "https://hoidap.thuvienphapluat.vn/hoi-dap/4053D-hd-thoi-han-dang-ky-khai-tu-la-bao-lau.html",
    "Đọc qua trang hỏi đáp pháp luật trích Luật Hộ tịch.",
    "Read on a legal Q&A page quoting the Civil Status Law.",
);
pub const MARRIAGE: Source = weak(
    "civil-status-marriage",
    "Luật Hộ tịch 60/2014/QH13, Điều 11 (miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước), Điều 18",
    "https://luatvantin.com.vn/post/khi-ca-nhan-den-dang-ky-ho-tich-co-phai-nop-le-phi-khong-nhung-truong-hop-nao-duoc-mien-dang-ky-ho-tich-eyJpZCI6MTA4MX0=",
    "Đọc qua trang tư vấn pháp luật; thời gian giải quyết và giấy tờ chưa đối chiếu với văn bản gốc.",
    "Read on a legal-advice page; processing time and documents not checked against the law itself.",
);
pub const ONLINE_LEVEL_NOT_STATED: Source = weak(
    "online-eid-level-not-stated",
    "Từ 01/07/2024 đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID (Nghị định 69/2024/NĐ-CP, quy định chuyển tiếp)",
    "http://linhdong.thuduc.truongdientu.vn/tin-tuc-su-kien/tu-ngay-0172024-chi-su-dung-tai-khoan-vneid-de-dang-nhap-cong-dich-vu-cong-quoc/ct/5184/18346",
    "Nguồn đã đọc không nói thủ tục này cần tài khoản định danh mức 1 hay mức 2 khi nộp trực tuyến: hãy kiểm tra khi đăng nhập.",
    "The sources read do not say whether this procedure needs a level 1 or level 2 e-ID to submit online: check when logging in.",
);

// --- Services --------------------------------------------------------------------------------

const CT01: Document = doc_if(
    "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
    "Residence information change form (CT01)",
    "Người chưa thành niên: ghi ý kiến đồng ý của cha, mẹ hoặc người giám hộ",
    "For a minor: the consent of a parent or guardian written on it",
);
const PROOF_OF_HOME: Document = doc_if(
    "Giấy tờ chứng minh chỗ ở hợp pháp",
    "Proof of lawful residence",
    "Chỉ khi cơ quan không khai thác được thông tin từ VNeID hoặc cơ sở dữ liệu",
    "Only when the office cannot read it from VNeID or the databases",
);

pub static SERVICES: &[Service] = &[
    Service {
        id: "dang-ky-khai-sinh",
        name: t("Đăng ký khai sinh", "Birth registration"),
        agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
        channels: &[
            offer(COMMUNE_COMMITTEE, EidNeed::None, &BIRTH_DEADLINE),
            offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS),
            offer(Channel::Vneid, EidNeed::NotStated, &LINKED_GROUPS),
        ],
        documents: &[
            doc("Tờ khai đăng ký khai sinh", "Birth registration form"),
            doc_if(
                "Giấy chứng sinh do cơ sở y tế cấp",
                "Birth certificate from the hospital or clinic (giấy chứng sinh)",
                "Không có thì: văn bản của người làm chứng, hoặc giấy cam đoan về việc sinh",
                "Without it: a witness's statement, or a sworn statement of the birth",
            ),
        ],
        documents_source: &BIRTH_DOCUMENTS,
        fee: Fee::Described(t(
            "Miễn lệ phí khi đăng ký đúng hạn. Đăng ký quá hạn có thu lệ phí theo mức của tỉnh (chưa thu thập được).",
            "Free when registered on time. Late registration is charged at a rate set by the province (not collected).",
        )),
        fee_source: &BIRTH_DEADLINE,
        processing: Processing::Described(t(
            "Nộp trực tuyến theo nhóm liên thông: không quá 3 ngày làm việc (5 ngày nếu cần xác minh); hồ sơ nộp sau 15 giờ tính từ ngày làm việc tiếp theo.",
            "Online as the linked group: at most 3 working days (5 if checks are needed); files sent after 15:00 count from the next working day.",
        )),
        processing_source: &LINKED_GROUPS,
        deadline: Some(Deadline {
            days: 60,
            from: t("ngày sinh", "the birth"),
            overdue: t(
                "Quá hạn vẫn phải đăng ký khai sinh (đăng ký quá hạn) và có thể phải nộp lệ phí.",
                "Past the deadline the birth must still be registered (late registration), and a fee may apply.",
            ),
            source: &BIRTH_DEADLINE,
        }),
        tool: None,
    },
    Service {
        id: "dang-ky-khai-tu",
        name: t("Đăng ký khai tử", "Death registration"),
        agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
        channels: &[
            offer(COMMUNE_COMMITTEE, EidNeed::None, &DEATH),
            offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS),
            offer(Channel::Vneid, EidNeed::NotStated, &LINKED_GROUPS),
        ],
        documents: &[
            doc("Tờ khai đăng ký khai tử", "Death registration form"),
            doc_if("Giấy báo tử", "Death notice (giấy báo tử)", "Hoặc giấy tờ thay thế giấy báo tử", "Or a document that replaces it"),
        ],
        documents_source: &DEATH,
        fee: Fee::Described(t("Miễn lệ phí khi đăng ký đúng hạn.", "Free when registered on time.")),
        fee_source: &BIRTH_DEADLINE,
        processing: Processing::NotFound,
        processing_source: &DEATH,
        deadline: Some(Deadline {
            days: 15,
            from: t("ngày mất", "the death"),
            overdue: t("Quá hạn vẫn phải đăng ký khai tử.", "Past the deadline the death must still be registered."),
            source: &DEATH,
        }),
        tool: None,
    },
    Service {
        id: "dang-ky-ket-hon",
        name: t("Đăng ký kết hôn", "Marriage registration"),
        agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
        channels: &[offer(COMMUNE_COMMITTEE, EidNeed::None, &MARRIAGE)],
        documents: &[doc("Tờ khai đăng ký kết hôn (hai bên cùng có mặt)", "Marriage registration form (both partners present)")],
        documents_source: &MARRIAGE,
        fee: Fee::Free,
        fee_source: &MARRIAGE,
        processing: Processing::NotFound,
        processing_source: &MARRIAGE,
        deadline: None,
        tool: None,
    },
    Service {
        id: "dang-ky-thuong-tru",
        name: t("Đăng ký thường trú", "Permanent residence registration"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[
            offer(COMMUNE_POLICE, EidNeed::None, &PERMANENT_RESIDENCE),
            offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
            offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        ],
        documents: &[CT01, PROOF_OF_HOME],
        documents_source: &PERMANENT_RESIDENCE,
        fee: Fee::Amount { in_person: 20_000, online: 10_000 },
        fee_source: &PERMANENT_RESIDENCE,
        processing: Processing::WorkingDays(7),
        processing_source: &PERMANENT_RESIDENCE,
        deadline: None,
        tool: None,
    },
    Service {
        id: "dang-ky-tam-tru",
        name: t("Đăng ký tạm trú", "Temporary residence registration"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[
            offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_RESIDENCE),
            offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
            offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        ],
        documents: &[CT01, PROOF_OF_HOME],
        documents_source: &TEMPORARY_RESIDENCE,
        fee: Fee::Amount { in_person: 15_000, online: 7_000 },
        fee_source: &TEMPORARY_RESIDENCE,
        processing: Processing::WorkingDays(3),
        processing_source: &TEMPORARY_RESIDENCE,
        deadline: Some(Deadline {
            days: 30,
            from: t("ngày đến ở (khi ở từ 30 ngày trở lên ngoài nơi thường trú)", "arrival (when staying 30 days or more away from the permanent residence)"),
            overdue: t("Ở từ 30 ngày trở lên mà không đăng ký tạm trú là vi phạm quy định cư trú.", "Staying 30 days or more without registering breaks the residence rules."),
            source: &TEMPORARY_RESIDENCE,
        }),
        tool: None,
    },
    Service {
        id: "gia-han-tam-tru",
        name: t("Gia hạn tạm trú", "Temporary residence renewal"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[
            offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_RENEWAL),
            offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
            offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        ],
        documents: &[doc_if(
            "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
            "Residence information change form (CT01)",
            "Ghi ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp",
            "With the consent of the owner of the home written on it",
        )],
        documents_source: &TEMPORARY_RENEWAL,
        fee: Fee::Amount { in_person: 15_000, online: 7_000 },
        fee_source: &TEMPORARY_RESIDENCE,
        processing: Processing::WorkingDays(3),
        processing_source: &TEMPORARY_RENEWAL,
        deadline: None,
        tool: None,
    },
    Service {
        id: "thong-bao-luu-tru",
        name: t("Thông báo lưu trú", "Notice of stay (guest registration)"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[
            offer(COMMUNE_POLICE, EidNeed::None, &NOTICE_OF_STAY),
            offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
            offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        ],
        documents: &[doc(
            "Không cần hồ sơ: người đến ở xuất trình giấy tờ có số định danh cá nhân cho chủ hộ",
            "No file: the guest shows a document with their personal ID number to the host",
        )],
        documents_source: &NOTICE_OF_STAY,
        fee: Fee::Free,
        fee_source: &NOTICE_OF_STAY,
        processing: Processing::Immediate,
        processing_source: &NOTICE_OF_STAY,
        deadline: None,
        tool: None,
    },
    Service {
        id: "khai-bao-tam-vang",
        name: t("Khai báo tạm vắng", "Temporary absence declaration"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[
            offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_ABSENCE),
            offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
            offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        ],
        documents: &[doc(
            "Nội dung khai báo: họ tên, ngày sinh, số định danh cá nhân, nơi cư trú, lý do, thời gian tạm vắng, nơi đến",
            "What to declare: name, date of birth, personal ID number, residence, reason, period of absence, destination",
        )],
        documents_source: &TEMPORARY_ABSENCE,
        fee: Fee::Free,
        fee_source: &TEMPORARY_ABSENCE,
        processing: Processing::Described(t(
            "Trong 1 ngày; trường hợp phức tạp không quá 2 ngày làm việc.",
            "Within 1 day; at most 2 working days when complex.",
        )),
        processing_source: &TEMPORARY_ABSENCE,
        deadline: None,
        tool: None,
    },
    Service {
        id: "the-can-cuoc",
        name: t("Thẻ căn cước: cấp, cấp đổi, cấp lại", "ID card (Căn cước): first issue, renewal, re-issue"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[offer(COMMUNE_POLICE, EidNeed::None, &crate::law::card_facts::FIRST_ISSUE_14)],
        documents: &[],
        documents_source: &crate::law::card_facts::FIRST_ISSUE_14,
        fee: Fee::Described(t(
            "Làm lần đầu: không thu. Cấp đổi, cấp lại: theo ngày áp dụng và trường hợp miễn; xem công cụ tra cứu hạn thẻ.",
            "First issue: no fee. Renewal, re-issue: depends on the date and exemptions; see the card calculator.",
        )),
        fee_source: &crate::law::card_facts::FEE_RATES,
        processing: Processing::WorkingDays(7),
        processing_source: &crate::law::card_facts::FIRST_ISSUE_14,
        deadline: None,
        tool: Some(Tool::CardCalculator),
    },
    Service {
        id: "dinh-danh-dien-tu-muc-2",
        name: t("Cấp tài khoản định danh điện tử mức 2", "Level 2 e-ID (VNeID) account"),
        agency: t("Công an xã, phường", "Commune or ward police"),
        channels: &[offer(COMMUNE_POLICE, EidNeed::None, &crate::law::eid_facts::LEVEL_2_PROCEDURE)],
        documents: &[],
        documents_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
        fee: Fee::Free,
        fee_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
        processing: Processing::WorkingDays(3),
        processing_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
        deadline: None,
        tool: Some(Tool::EidGuide),
    },
    Service {
        id: "cap-ho-chieu",
        name: t("Cấp hộ chiếu phổ thông ở trong nước", "Ordinary passport (issued in Vietnam)"),
        agency: t("Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố", "Immigration office of the provincial police"),
        channels: &[offer(
            Channel::InPerson(t("Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố", "Provincial immigration office")),
            EidNeed::None,
            &PASSPORT,
        )],
        documents: &[
            doc_if("Tờ khai TK01 (từ 14 tuổi) hoặc TK01a (dưới 14 tuổi)", "Form TK01 (14 and over) or TK01a (under 14)", "Người dưới 14 tuổi: người đại diện hợp pháp khai và ký thay", "Under 14: the legal representative fills in and signs"),
            doc("Ảnh 4x6 cm chụp không quá 6 tháng, nền trắng, không đeo kính", "4×6 cm photo taken within 6 months, white background, no glasses"),
            doc_if("Hộ chiếu cấp lần gần nhất", "The last passport", "Nếu đã từng được cấp; nếu bị mất thì kèm đơn báo mất", "If one was issued before; if lost, with the loss report"),
        ],
        documents_source: &PASSPORT,
        fee: Fee::Described(t(
            "Cấp mới 100.000 đ; cấp lại do hỏng hoặc mất 200.000 đ (áp dụng đến hết 31/12/2026 theo Thông tư 64/2025/TT-BTC).",
            "New passport 100,000 VND; replacement for a damaged or lost one 200,000 VND (until 31/12/2026 under Circular 64/2025/TT-BTC).",
        )),
        fee_source: &PASSPORT,
        processing: Processing::WorkingDays(8),
        processing_source: &PASSPORT,
        deadline: None,
        tool: None,
    },
    Service {
        id: "dang-ky-xe-lan-dau",
        name: t("Đăng ký xe lần đầu (xe máy, ô tô) trực tuyến toàn trình", "First vehicle registration (motorbike, car), fully online"),
        agency: t("Cảnh sát giao thông, Công an tỉnh hoặc Công an xã", "Traffic police of the province or commune"),
        channels: &[
            offer(Channel::NationalPortal, EidNeed::Level2, &VEHICLE_FIRST),
            offer(Channel::Vneid, EidNeed::Level2, &VEHICLE_FIRST),
        ],
        documents: &[
            doc("Giấy khai đăng ký xe (kê khai trực tuyến)", "Vehicle registration declaration (filled in online)"),
            doc("Tài khoản định danh điện tử mức 2 của chủ xe", "The owner's level 2 e-ID account"),
        ],
        documents_source: &VEHICLE_FIRST,
        fee: Fee::NotFound(t(
            "Lệ phí theo Thông tư 60/2023/TT-BTC (đã sửa đổi); chưa thu thập được mức thu cụ thể theo khu vực.",
            "Fee under Circular 60/2023/TT-BTC (as amended); the amounts by area were not collected.",
        )),
        fee_source: &VEHICLE_FIRST,
        processing: Processing::NotFound,
        processing_source: &VEHICLE_FIRST,
        deadline: None,
        tool: None,
    },
];

pub fn find(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}

pub fn sources() -> Vec<&'static Source> {
    vec![
        &PERMANENT_RESIDENCE, &TEMPORARY_RESIDENCE, &TEMPORARY_RENEWAL, &NOTICE_OF_STAY, &TEMPORARY_ABSENCE,
        &PASSPORT, &VEHICLE_FIRST, &BIRTH_DEADLINE, &BIRTH_DOCUMENTS, &LINKED_GROUPS, &DEATH, &MARRIAGE,
        &ONLINE_LEVEL_NOT_STATED,
    ]
}
