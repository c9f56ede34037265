//! Không cần mang: papers the office must take from the national databases or VNeID instead of
//! asking the person for them, per service, each with the article that says so. Research:
//! research/no-need-to-bring.md (2026-12-02). Only what a text in force was read to say is here;
//! papers no text read replaces (the birth and death notices, the photo, the old passport) stay
//! on the checklist as they are.
//!
//! Pure data, keyed by the catalog's stable service and document ids (a test checks they exist).

use crate::law::date::Date;
use crate::law::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 12, 2);

const fn t(vi: &'static str, en: &'static str) -> Text {
    Text { vi, en }
}

/// Residence: the office may not ask for a paper whose information it can read from a database,
/// an information system or VNeID; when it cannot, it verifies and the person shows the original.
pub const RESIDENCE_TT116: Source = Source {
    id: "circular-116-2026-art-3",
    basis: "Thông tư 116/2026/TT-BCA, Điều 3 khoản 5, 6 (hiệu lực 01/07/2026)",
    url: "https://bocongan.gov.vn/media/bca-media/library-20260717110413-0c32870e-3f4d-41d8-9da4-8f90638543ff-thong-tu-116-2026.pdf",
    verified_on: CHECKED,
    confidence: Confidence::High,
    doubt: None,
};

/// The consent of the owner, a parent or a guardian may be given in VNeID or online.
pub const CONSENT_IN_VNEID: Source = Source {
    id: "decree-154-2024-art-8-5-b",
    basis: "Nghị định 154/2024/NĐ-CP, Điều 8 khoản 5 điểm b (sửa bởi Nghị định 58/2026/NĐ-CP, Điều 4 khoản 5, hiệu lực 15/03/2026)",
    url: "https://datafiles.chinhphu.vn/cpp/files/vbpq/2026/02/58nd.signed.pdf",
    verified_on: CHECKED,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Đọc qua bản nhận dạng chữ (OCR) của văn bản ký số; số điểm, khoản lấy theo nghị định sửa đổi.",
        "Read in a text-recognised (OCR) copy of the signed decree; the clause numbers are the amending decree's.",
    )),
};

/// Nghị quyết 66.7/2025/NQ-CP: papers replaced by the databases' data, in every procedure.
pub const DATA_REPLACES_PAPERS: Source = Source {
    id: "resolution-66-7-2025",
    basis: "Nghị quyết 66.7/2025/NQ-CP, Điều 2, Điều 3 khoản 2, Điều 4 khoản 1, 2, 3 và Phụ lục I (áp dụng từ 01/01/2026 đến hết 28/02/2027)",
    url: "https://github.com/Tiensohot/2A202600003-BuiDucTien-Day07/blob/43efbd3ae09846e4c15f12ff4831d54e2c010a1b/raw_data/66_7_2025_NQ-CP_681135.md",
    verified_on: CHECKED,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Đọc qua bản chép của nghị quyết. Nghị quyết áp dụng đến hết 28/02/2027, hoặc ngắn hơn với thủ tục có nghị định mới; khi cơ quan không tra được dữ liệu, họ vẫn có thể yêu cầu bổ sung giấy tờ.",
        "Read in a transcript of the resolution. It applies until 28/02/2027, or less for a procedure a new decree governs; when the office cannot read the data, it may still ask for the paper.",
    )),
};

/// The days Nghị quyết 66.7/2025/NQ-CP applies (its Art. 10(1)).
pub const RESOLUTION_66_7_FROM: Date = Date::ymd(2026, 1, 1);
pub const RESOLUTION_66_7_LAST_DAY: Date = Date::ymd(2027, 2, 28);
/// Thông tư 116/2026/TT-BCA in force.
pub const CIRCULAR_116_FROM: Date = Date::ymd(2026, 7, 1);
/// Nghị định 58/2026/NĐ-CP in force.
pub const DECREE_58_FROM: Date = Date::ymd(2026, 3, 15);

/// One paper the person need not bring for a service.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NotNeeded {
    /// The service (catalog id).
    pub service: &'static str,
    /// The checklist document this is about, when it is one (its id in the service).
    pub document: Option<&'static str>,
    /// The paper.
    pub paper: Text,
    /// How the office gets it instead, and when the paper is still needed.
    pub instead: Text,
    /// The first day the basis applies.
    pub from: Date,
    /// The last day the basis applies, when it has one.
    pub until: Option<Date>,
    pub source: &'static Source,
}

const PROOF_OF_HOME_PAPER: Text = t("Giấy tờ chứng minh chỗ ở hợp pháp", "Proof of lawful residence");
const PROOF_OF_HOME_INSTEAD: Text = t(
    "Cơ quan đăng ký cư trú không được yêu cầu nộp hay xuất trình khi đã tra được thông tin từ cơ sở dữ liệu hoặc VNeID; chỉ khi không tra được, bạn xuất trình bản gốc để đối chiếu.",
    "The residence office may not ask for it when it can read the information from a database or VNeID; only when it cannot do you show the original for checking.",
);
const CONSENT_PAPER: Text = t("Ý kiến đồng ý viết tay trên tờ khai CT01", "Consent written by hand on form CT01");
const CONSENT_INSTEAD: Text = t(
    "Chủ hộ, chủ sở hữu chỗ ở, cha, mẹ hoặc người giám hộ có thể đồng ý qua ứng dụng VNeID hoặc dịch vụ công trực tuyến.",
    "The head of household, the owner, a parent or guardian can give consent in the VNeID app or through online public services.",
);
const ID_AND_RESIDENCE_PAPER: Text = t("Bản sao thẻ căn cước và giấy tờ về cư trú", "Copies of ID cards and residence papers");
const ID_AND_RESIDENCE_INSTEAD: Text = t(
    "Cơ quan tra trong Cơ sở dữ liệu quốc gia về dân cư (bạn vẫn xuất trình thẻ khi làm trực tiếp).",
    "The office reads the National Population Database (you still show the card in person).",
);

/// A residence registration's proof of lawful residence (Thông tư 116/2026/TT-BCA, Điều 3 khoản 5, 6).
const fn proof_of_home(service: &'static str) -> NotNeeded {
    NotNeeded {
        service,
        document: Some("giay-to-cho-o-hop-phap"),
        paper: PROOF_OF_HOME_PAPER,
        instead: PROOF_OF_HOME_INSTEAD,
        from: CIRCULAR_116_FROM,
        until: None,
        source: &RESIDENCE_TT116,
    }
}

/// Every mark, by service.
pub static NOT_NEEDED: &[NotNeeded] = &[
    proof_of_home("dang-ky-thuong-tru"),
    NotNeeded { service: "dang-ky-thuong-tru", document: None, paper: CONSENT_PAPER, instead: CONSENT_INSTEAD, from: DECREE_58_FROM, until: None, source: &CONSENT_IN_VNEID },
    proof_of_home("dang-ky-tam-tru"),
    NotNeeded { service: "dang-ky-tam-tru", document: None, paper: CONSENT_PAPER, instead: CONSENT_INSTEAD, from: DECREE_58_FROM, until: None, source: &CONSENT_IN_VNEID },
    NotNeeded { service: "gia-han-tam-tru", document: None, paper: CONSENT_PAPER, instead: CONSENT_INSTEAD, from: DECREE_58_FROM, until: None, source: &CONSENT_IN_VNEID },
    NotNeeded {
        service: "dang-ky-khai-sinh",
        document: None,
        paper: t("Bản sao thẻ căn cước của cha, mẹ, người đi khai; giấy chứng nhận kết hôn của cha, mẹ", "Copies of the parents' and the declarant's ID cards; the parents' marriage certificate"),
        instead: t(
            "Cơ quan tra trong Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu hộ tịch điện tử.",
            "The office reads the National Population Database and the electronic civil-status database.",
        ),
        from: RESOLUTION_66_7_FROM,
        until: Some(RESOLUTION_66_7_LAST_DAY),
        source: &DATA_REPLACES_PAPERS,
    },
    NotNeeded {
        service: "lien-thong-khai-sinh",
        document: None,
        paper: t("Bản sao thẻ căn cước của cha, mẹ", "Copies of the parents' ID cards"),
        instead: t("Cơ quan tra trong Cơ sở dữ liệu quốc gia về dân cư.", "The office reads the National Population Database."),
        from: RESOLUTION_66_7_FROM,
        until: Some(RESOLUTION_66_7_LAST_DAY),
        source: &DATA_REPLACES_PAPERS,
    },
    NotNeeded {
        service: "dang-ky-khai-tu",
        document: None,
        paper: t("Bản sao thẻ căn cước của người mất và người đi khai", "Copies of the ID cards of the deceased and of the declarant"),
        instead: t("Cơ quan tra trong Cơ sở dữ liệu quốc gia về dân cư.", "The office reads the National Population Database."),
        from: RESOLUTION_66_7_FROM,
        until: Some(RESOLUTION_66_7_LAST_DAY),
        source: &DATA_REPLACES_PAPERS,
    },
    NotNeeded {
        service: "dang-ky-ket-hon",
        document: None,
        paper: t("Giấy xác nhận tình trạng hôn nhân; bản sao thẻ căn cước của hai bên", "A certificate of marital status; copies of both partners' ID cards"),
        instead: t(
            "Cơ quan tra tình trạng hôn nhân trong Cơ sở dữ liệu hộ tịch điện tử và thông tin căn cước trong Cơ sở dữ liệu quốc gia về dân cư (hai bên vẫn cùng có mặt).",
            "The office reads marital status in the electronic civil-status database and identity in the National Population Database (both partners still attend).",
        ),
        from: RESOLUTION_66_7_FROM,
        until: Some(RESOLUTION_66_7_LAST_DAY),
        source: &DATA_REPLACES_PAPERS,
    },
    NotNeeded {
        service: "phieu-ly-lich-tu-phap",
        document: None,
        paper: ID_AND_RESIDENCE_PAPER,
        instead: ID_AND_RESIDENCE_INSTEAD,
        from: RESOLUTION_66_7_FROM,
        until: Some(RESOLUTION_66_7_LAST_DAY),
        source: &DATA_REPLACES_PAPERS,
    },
];

/// The marks for a service, in order.
pub fn for_service(service: &str) -> impl Iterator<Item = &'static NotNeeded> + '_ {
    NOT_NEEDED.iter().filter(move |n| n.service == service)
}

/// Whether a mark applies on `today`: from its basis's first day, to its last day if it has one.
pub fn applies(n: &NotNeeded, today: Date) -> bool {
    n.from <= today && n.until.is_none_or(|last| today <= last)
}

pub fn sources() -> Vec<&'static Source> {
    vec![&RESIDENCE_TT116, &CONSENT_IN_VNEID, &DATA_REPLACES_PAPERS]
}
