//! The official forms the form helper fills (tờ khai), as data: every item in the official order
//! with its number and its label exactly as printed, its kind, whether it is required and when it
//! applies, the instrument that issued the form and how sure we are of each part.
//!
//! Read from `../shared/domain/forms-2026-11.md` (2026-11), which quotes the copies it rests on;
//! the same copies are cited in the sources below. Pure data and pure functions, tested natively
//! (tests/forms_golden.rs).

use super::catalog::FormId;
use crate::law::date::Date;
use crate::law::eid_facts::FORM_TK01;
use crate::law::source::{Confidence, Source, Text};

const READ: Date = Date::ymd(2026, 12, 2);

const fn t(vi: &'static str, en: &'static str) -> Text {
    Text { vi, en }
}

/// What an item holds, and so how it is typed, checked and printed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A name the form asks for in capital letters ("viết chữ in hoa"): printed in capitals.
    NameCaps,
    /// A name written as is.
    Name,
    /// One line of text.
    Text,
    /// Two dotted lines on paper.
    Long,
    /// A date (a marriage registration), day/month/year.
    Date,
    /// A date of birth: not after the as-of date.
    BirthDate,
    /// A date of birth the paper wants in figures and then in words ("ghi bằng chữ").
    BirthDateInWords,
    /// "Năm sinh", where footnote (5) asks for the full date when it is known: a year or a date.
    YearOrDate,
    /// The 12-digit personal ID number, checked as the ID checker does; `boxes`: printed one digit
    /// per box (CT01 items 4 and 9).
    IdNumber {
        boxes: bool,
    },
    /// The 12-digit ID number or a passport or travel-document number (TK01 A.2).
    IdOrPassport,
    Phone,
    Email,
    /// Nam / Nữ.
    Sex,
    /// A relationship, typed; the hint gives the usual words (TT 116/2026 Điều 6 khoản 1: chủ hộ,
    /// con đẻ, vợ, ở thuê…).
    Relationship,
    /// How many copies (1–20).
    Copies,
    /// A question the app asks to know which items apply; not printed.
    Tick,
    /// CT01 item 11: a table of household members who change with the declarant.
    Members {
        rows: u8,
    },
}

/// When an item or a part applies, from the other answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum When {
    Always,
    /// The tick-box item with this id is ticked.
    Ticked(&'static str),
    /// The item with this id is left empty.
    Empty(&'static str),
    /// Birth declaration footnote (2): only when the person gives no personal ID number, or not
    /// the full date of birth (a year alone).
    NoIdOrYearOnly {
        id: &'static str,
        birth: &'static str,
    },
}

/// What the person typed once and other forms on this device may reuse.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Known {
    Name,
    BirthDate,
    IdNumber,
    Phone,
    Email,
    Sex,
}

/// One item of a form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Item {
    /// Stable: the draft is kept by it, so it never changes when items are reworded or moved.
    pub id: &'static str,
    /// The number printed before the label ("1", "C.1.1"); empty where the paper has none.
    pub number: &'static str,
    /// The label exactly as printed, with its footnote mark; for a `Tick`, the app's question.
    pub label: &'static str,
    /// The item in English, and (where useful) what to write, in both languages.
    pub en: &'static str,
    pub hint: Option<Text>,
    pub kind: Kind,
    pub required: bool,
    pub when: When,
    pub known: Option<Known>,
    /// The item's number and label in the portal's online form, when the form has one.
    pub portal: Option<(u8, &'static str)>,
    /// Printed on the same line as the item before it, as on the paper ("2. … 3. Giới tính: …").
    pub same_line: bool,
    /// Not a line of the paper: its answer is printed in the item with this id when that one is
    /// left empty (the ID number, asked by the portal, goes into "Giấy tờ tùy thân").
    pub printed_in: Option<&'static str>,
    /// Required only while the item with this id is empty (the identity document, when no ID
    /// number is given for the portal).
    pub required_unless: Option<&'static str>,
}

/// A part of a form (A, B… or a block), with how sure we are of its text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Part {
    /// The heading exactly as printed; `None` for the items under the title.
    pub heading: Option<&'static str>,
    /// The part as the app names it (the heading's English, or a name for a part without one).
    pub name: Text,
    pub confidence: Confidence,
    pub when: When,
    pub items: &'static [Item],
    /// A line printed under the heading (an instruction, a sub-heading), exactly as printed.
    pub lead: Option<&'static str>,
}

/// A signature block, left empty to sign by hand.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Signature {
    pub title: &'static str,
    /// "(Ký, ghi rõ họ và tên)".
    pub note: &'static str,
    /// Items printed under it (CT01's "(8)" lines, filled only for consent given in VNeID).
    pub items: &'static [Item],
}

/// An older version of a form whose saved drafts are still restored, with the items it changed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct OlderVersion {
    pub version: &'static str,
    /// (item number, what changed).
    pub changed: &'static [(&'static str, Text)],
}

/// One official form.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct OfficialForm {
    pub id: FormId,
    /// `#/to-khai/{slug}`.
    pub slug: &'static str,
    /// The short name people use ("TK01", "CT01", "Tờ khai khai sinh").
    pub short: &'static str,
    /// The lines above the title (the form's code and instrument), as printed.
    pub header: &'static [&'static str],
    /// The title lines, as printed.
    pub title: &'static [&'static str],
    /// Each label and part heading has its English printed under it (TK01).
    pub bilingual: bool,
    pub name: Text,
    /// Saved drafts carry it; a draft of another version is restored with a notice.
    pub version: &'static str,
    pub older: &'static [OlderVersion],
    /// "Kính gửi" and the like, before the parts.
    pub parts: &'static [Part],
    /// The commitments printed before the signatures.
    pub pledges: &'static [&'static str],
    /// "Làm tại: …, ngày … tháng … năm …" above the signatures.
    pub place_and_date: bool,
    pub signatures: &'static [Signature],
    /// Chú thích: (mark, text), as printed.
    pub footnotes: &'static [(&'static str, &'static str)],
    /// The instrument and the copies read; each below-high source carries its doubt.
    pub sources: &'static [&'static Source],
    /// How the form is filed online, when it is: the portal's form and its order.
    pub online: Online,
    /// A date from which the form is expected to change, and why (a "verify" note from then).
    pub changes_from: Option<(Date, &'static Source)>,
}

/// Whether and how a form is filed online.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Online {
    /// Filed at the counter only (TK01: level 2 is registered in person).
    CounterOnly,
    /// The portal asks for the same information on its own e-form; its order was not read.
    SameInformation(&'static Source),
    /// The portal's e-form, item by item (`Item::portal`).
    PortalForm(&'static Source),
}

// --- Sources ----------------------------------------------------------------------------------

/// CT01, TT 116/2026 (in force 01/7/2026).
pub const CT01_SOURCE: Source = Source {
    id: "form-ct01-tt116",
    basis: "Thông tư 116/2026/TT-BCA (29/6/2026, hiệu lực 01/7/2026), Mẫu CT01; Điều 27 (bãi bỏ Thông tư 56/2021/TT-BCA và Điều 1, 2 Thông tư 53/2025/TT-BCA)",
    url: "https://vanban.bocongan.gov.vn/co-so-du-lieu-van-ban/thong-tu-quy-dinh-chi-tiet-mot-so-dieu-va-bien-phap-thi-hanh-luat-cu-tru-1784261073",
    verified_on: READ,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Các mục của mẫu CT01 theo Thông tư 116/2026 đọc từ hai bản dựng lại không chính thức, khớp nhau; lời chú thích và số dòng của bảng thành viên chưa đối chiếu bản chính thức. Một số nơi vẫn phát mẫu theo Thông tư 53/2025 (các mục 1–11 như nhau).",
        "The items of CT01 under Circular 116/2026 come from two unofficial renderings that agree; the footnote wording and the number of member rows were not checked against the official text. Some desks still hand out the Circular 53/2025 sheet (items 1–11 are the same).",
    )),
};

/// The birth declaration, TT 04/2024/TT-BTP, as served by the national portal in 2026.
pub const BIRTH_SOURCE: Source = Source {
    id: "form-birth-tt04-2024",
    basis: "Thông tư 04/2024/TT-BTP, Phụ lục: Tờ khai đăng ký khai sinh (thay mẫu tại Phụ lục 5 Thông tư 04/2020/TT-BTP); bản do Cổng Dịch vụ công quốc gia cung cấp năm 2026",
    url: "https://github.com/tandat-dao/vn-public-service-assistant/blob/main/backend/data/form_sources/extracted_text/1.TKngkkhaisinh.txt",
    verified_on: READ,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Các mục đọc từ bản tờ khai của Cổng Dịch vụ công quốc gia (2026), dấu tiếng Việt được dựng lại; chưa rõ văn bản nào sửa lời chú thích năm 2026 (căn cước điện tử; địa danh 02 cấp).",
        "The items were read from the national portal's copy of the form (2026), with the Vietnamese accents rebuilt; which text changed its 2026 footnotes (electronic ID; two-level place names) is not known.",
    )),
};

/// The portal's online birth form (28 items).
pub const BIRTH_EFORM_SOURCE: Source = Source {
    id: "form-birth-eform",
    basis: "Nội dung mẫu hộ tịch điện tử tương tác đăng ký khai sinh, Cổng Dịch vụ công quốc gia (28 mục)",
    url: "https://github.com/tandat-dao/vn-public-service-assistant/blob/main/backend/data/form_sources/extracted_text/1.TTT-ngkkhaisinh.txt",
    verified_on: READ,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Thứ tự các mục trên biểu mẫu điện tử đọc từ tệp đính kèm của Cổng, dấu tiếng Việt được dựng lại; cổng có thể đã đổi giao diện.",
        "The order of the online form's items was read from the portal's attachment with the accents rebuilt; the portal's screens may have changed.",
    )),
};

/// Online residence filing uses the portal's own e-form.
pub const CT01_ONLINE_SOURCE: Source = Source {
    id: "form-ct01-online",
    basis: "Thông tư 116/2026/TT-BCA, Điều 3 khoản 3 (“công dân khai báo thông tin theo biểu mẫu điện tử được cung cấp sẵn”)",
    url: "https://github.com/phucbeo223/Local-Project-For-Student-Room/blob/main/docs/legal_corpus_v2/residence116.json",
    verified_on: READ,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Đọc từ bản nhận dạng chữ (OCR) của Thông tư 116/2026; thứ tự các ô trên biểu mẫu điện tử của cổng chưa đọc được, ứng dụng giữ thứ tự của mẫu CT01.",
        "Read from an OCR of Circular 116/2026; the order of the portal's e-form boxes was not read, so the app keeps CT01's order.",
    )),
};

/// The new Civil Status Law, from which new civil-status forms are expected.
pub const NEW_CIVIL_STATUS_FORMS: Source = Source {
    id: "form-birth-2027",
    basis: "Luật Hộ tịch 03/2026/QH16, Điều 29 (hiệu lực 01/3/2027, thay Luật Hộ tịch 60/2014/QH13)",
    url: "https://github.com/neornotl/rightly-beta/blob/main/legal-sources/laws-n-codes/03-2026-QH16%20Lu%E1%BA%ADt%20H%E1%BB%99%20t%E1%BB%8Bch.txt",
    verified_on: READ,
    confidence: Confidence::Medium,
    doubt: Some(t(
        "Từ 01/3/2027 Luật Hộ tịch mới có hiệu lực và mẫu tờ khai có thể thay đổi; chưa có mẫu mới nào được ban hành mà ứng dụng đọc được. Hãy so với mẫu tại nơi nộp.",
        "From 01/3/2027 the new Civil Status Law is in force and the form may change; no new form the app could read has been issued. Compare with the form where you file.",
    )),
};

/// The forms' sources (TK01's is the e-ID guide's, `eid_facts::FORM_TK01`).
pub fn sources() -> Vec<&'static Source> {
    vec![&CT01_SOURCE, &CT01_ONLINE_SOURCE, &BIRTH_SOURCE, &BIRTH_EFORM_SOURCE, &NEW_CIVIL_STATUS_FORMS]
}

// --- Items ----------------------------------------------------------------------------------

const fn item(id: &'static str, number: &'static str, label: &'static str, en: &'static str, kind: Kind, required: bool) -> Item {
    Item {
        id,
        number,
        label,
        en,
        hint: None,
        kind,
        required,
        when: When::Always,
        known: None,
        portal: None,
        same_line: false,
        printed_in: None,
        required_unless: None,
    }
}

impl Item {
    const fn hint(self, vi: &'static str, en: &'static str) -> Item {
        Item { hint: Some(t(vi, en)), ..self }
    }
    const fn when(self, when: When) -> Item {
        Item { when, ..self }
    }
    const fn known(self, known: Known) -> Item {
        Item { known: Some(known), ..self }
    }
    const fn portal(self, number: u8, label: &'static str) -> Item {
        Item { portal: Some((number, label)), ..self }
    }
    const fn same_line(self) -> Item {
        Item { same_line: true, ..self }
    }
    const fn printed_in(self, id: &'static str) -> Item {
        Item { printed_in: Some(id), ..self }
    }
}

// TK01 ----------------------------------------------------------------------------------------

pub const TK01_CHILD: &str = "tk01-cho-nguoi-khac";

const TK01_ASK: &[Item] = &[item(
    TK01_CHILD,
    "",
    "Đăng ký cho người dưới 14 tuổi, người được đại diện hoặc người được giám hộ?",
    "Registering for a child under 14, a represented person or a ward?",
    Kind::Tick,
    false,
)
.hint(
    "Khi đó người đại diện, người giám hộ khai phần A bằng thông tin và số thuê bao di động chính chủ của mình, và khai phần C cho người kia (Nghị định 69/2024/NĐ-CP, Điều 10 khoản 2 điểm đ).",
    "Then the representative or guardian fills part A with their own details and own mobile number, and part C for the other person (Decree 69/2024, Art. 10(2)(đ)).",
)];

const TK01_A: &[Item] = &[
    item("tk01-a1", "1", "Họ, chữ đệm và tên (viết chữ in hoa)", "Full name (in capital letters)", Kind::NameCaps, true).known(Known::Name),
    item(
        "tk01-a2",
        "2",
        "Số định danh cá nhân/Hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế số",
        "Personal Identification Number/Passport or International Travel Document number",
        Kind::IdOrPassport,
        true,
    )
    .known(Known::IdNumber),
    item("tk01-a3", "3", "Ngày, tháng, năm sinh", "Date of birth", Kind::BirthDate, true).known(Known::BirthDate),
    item("tk01-a4", "4", "Số điện thoại", "Telephone Number", Kind::Phone, true)
        .hint(
            "Số thuê bao di động đứng tên chính bạn (chính chủ): tài khoản gắn với số này (Nghị định 69/2024/NĐ-CP, Điều 10 khoản 2 điểm b).",
            "A mobile number registered in your own name: the account is tied to it (Decree 69/2024, Art. 10(2)(b)).",
        )
        .known(Known::Phone),
    item("tk01-a5", "5", "Email", "Email", Kind::Email, false).known(Known::Email),
];

const TK01_B: &[Item] = &[
    item("tk01-b1", "1", "", "Document 1 to integrate", Kind::Long, false).hint(
        "Ghi tên loại giấy tờ, rồi các thông tin trong giấy tờ. Ví dụ: Giấy phép lái xe (Số giấy phép lái xe; Hạng; Ngày, tháng, năm cấp; Đơn vị cấp; Có giá trị đến).",
        "The kind of document, then its details. Example: Driving licence (number; class; date of issue; issuing unit; valid until).",
    ),
    item("tk01-b2", "2", "", "Document 2 to integrate", Kind::Long, false),
    item("tk01-b3", "3", "", "Document 3 to integrate", Kind::Long, false),
    item("tk01-b4", "4", "", "Document 4 to integrate", Kind::Long, false),
    item("tk01-b5", "5", "", "Document 5 to integrate", Kind::Long, false),
];

const TK01_C: &[Item] = &[
    item("tk01-c11", "1.1", "Họ, chữ đệm và tên (viết chữ in hoa)", "Full name (in capital letters)", Kind::NameCaps, true),
    item(
        "tk01-c12",
        "1.2",
        "Số định danh cá nhân/Hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế",
        "Personal Identification Number/Passport or International Travel Document",
        Kind::IdOrPassport,
        true,
    ),
    item("tk01-c13", "1.3", "Ngày, tháng, năm sinh", "Date of birth", Kind::BirthDate, true),
    item("tk01-c14", "1.4", "Mối quan hệ với người đề nghị", "Relationship with the applicant", Kind::Relationship, true),
];

pub const TK01: OfficialForm = OfficialForm {
    id: FormId::Tk01,
    slug: "tk01",
    short: "TK01",
    header: &["Mẫu TK01"],
    title: &[
        "PHIẾU ĐỀ NGHỊ",
        "Cấp tài khoản định danh điện tử, căn cước điện tử",
        "(Dùng cho công dân Việt Nam, người nước ngoài)",
        "APPLICATION FORM FOR ELECTRONIC IDENTITY ACCOUNT (Used for Vietnamese citizens and foreigners)",
    ],
    bilingual: true,
    name: t("Phiếu đề nghị cấp tài khoản định danh điện tử (TK01)", "Application for an electronic identity account (TK01)"),
    version: "nd69-2024",
    older: &[],
    parts: &[
        Part { lead: None, heading: None, name: t("Trước khi điền", "Before you start"), confidence: Confidence::High, when: When::Always, items: TK01_ASK },
        Part { lead: None, heading: Some("A. NGƯỜI ĐỀ NGHỊ"), name: t("Phần A", "A. THE APPLICANT"), confidence: Confidence::Medium, when: When::Always, items: TK01_A },
        Part {
            lead: Some("(Ghi đầy đủ thông tin: (1) Tên loại giấy tờ đề nghị tích hợp; (2) Ghi cụ thể các thông tin trong giấy tờ cần tích hợp. Ví dụ: 1) Giấy phép lái xe (Số giấy phép lái xe; Hạng; Ngày, tháng, năm cấp; Đơn vị cấp; Có giá trị đến)"),
            heading: Some("B. ĐĂNG KÝ TÍCH HỢP THÔNG TIN LÊN TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ"),
            name: t("Phần B", "B. REGISTER TO INTEGRATE INFORMATION INTO ELECTRONIC IDENTITY ACCOUNT"),
            confidence: Confidence::Medium,
            when: When::Always,
            items: TK01_B,
        },
        Part {
            lead: Some("1. Thông tin người dưới 14 tuổi, người được đại diện, người được giám hộ"),
            heading: Some("C. ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ CHO NGƯỜI DƯỚI 14 TUỔI, NGƯỜI ĐƯỢC ĐẠI DIỆN, NGƯỜI ĐƯỢC GIÁM HỘ"),
            name: t("Phần C", "C. REGISTER AN ELECTRONIC IDENTITY ACCOUNT FOR PEOPLE UNDER 14 YEARS OLD, REPRESENTED PERSON, THE WARD"),
            confidence: Confidence::Medium,
            when: When::Ticked(TK01_CHILD),
            items: TK01_C,
        },
    ],
    pledges: &[
        "D. CAM KẾT CỦA NGƯỜI ĐỀ NGHỊ",
        "1. Tôi cam kết rằng những thông tin được khai trong đơn này là đúng sự thật, hoàn toàn chịu trách nhiệm trước pháp luật về tính chính xác, đúng sự thật của các giấy tờ đã cung cấp.",
        "2. Tôi đồng ý sử dụng dịch vụ định danh và xác thực điện tử, cam kết chịu trách nhiệm quản lý và sử dụng tài khoản theo đúng quy định của pháp luật.",
    ],
    place_and_date: false,
    signatures: &[
        Signature { title: "Cán bộ tiếp nhận", note: "(Ký, ghi rõ họ và tên)", items: &[] },
        Signature { title: "Người đề nghị", note: "(Ký, ghi rõ họ và tên)", items: &[] },
    ],
    footnotes: &[],
    sources: &[&FORM_TK01],
    online: Online::CounterOnly,
    changes_from: None,
};

// CT01 ----------------------------------------------------------------------------------------

const CT01_MEMBERS: &str = "ct01-co-thanh-vien";
const CT01_OWNER_CONSENT: &str = "ct01-chu-so-huu-vneid";
const CT01_PARENT_CONSENT: &str = "ct01-cha-me-vneid";

const CT01_ASK: &[Item] = &[
    item(
        CT01_MEMBERS,
        "",
        "Có thành viên trong hộ gia đình cùng thay đổi với bạn?",
        "Do members of your household change together with you?",
        Kind::Tick,
        false,
    ),
    item(
        CT01_OWNER_CONSENT,
        "",
        "Chủ sở hữu chỗ ở hợp pháp sẽ đồng ý qua ứng dụng VNeID?",
        "Will the owner of the home consent through the VNeID app?",
        Kind::Tick,
        false,
    )
    .hint(
        "Khi đó phải ghi họ, chữ đệm, tên và số định danh cá nhân của chủ sở hữu dưới ô ý kiến của họ (chú thích 5 và 8).",
        "Then the owner's full name and personal ID number must go under their consent block (footnotes 5 and 8).",
    ),
    item(
        CT01_PARENT_CONSENT,
        "",
        "Cha, mẹ hoặc người giám hộ sẽ đồng ý qua ứng dụng VNeID?",
        "Will a parent or guardian consent through the VNeID app?",
        Kind::Tick,
        false,
    )
    .hint(
        "Khi đó ghi họ tên và số định danh cá nhân của họ dưới ô ý kiến của họ (chú thích 8).",
        "Then their name and personal ID number go under their consent block (footnote 8).",
    ),
];

const CT01_ITEMS: &[Item] = &[
    item("ct01-kinh-gui", "", "Kính gửi(1)", "To (the residence registration office)", Kind::Text, true)
        .hint("Cơ quan đăng ký cư trú, ví dụ: Công an phường A, tỉnh B.", "The residence registration office, e.g. the police of ward A, province B."),
    item("ct01-1", "1", "Họ, chữ đệm và tên khai sinh", "Full name as on the birth certificate", Kind::Name, true).known(Known::Name),
    item("ct01-2", "2", "Ngày, tháng, năm sinh", "Date of birth", Kind::BirthDate, true).known(Known::BirthDate),
    item("ct01-3", "3", "Giới tính", "Sex", Kind::Sex, true).known(Known::Sex).same_line(),
    item("ct01-4", "4", "Số định danh cá nhân", "Personal ID number", Kind::IdNumber { boxes: true }, true).known(Known::IdNumber),
    item("ct01-5", "5", "Số điện thoại liên hệ", "Contact phone number", Kind::Phone, true).known(Known::Phone),
    item("ct01-6", "6", "Email", "Email", Kind::Email, false).known(Known::Email).same_line(),
    item("ct01-7", "7", "Họ, chữ đệm và tên chủ hộ(2)", "Full name of the head of household", Kind::Name, true).hint(
        "Đăng ký thường trú, tạm trú, tách hộ: ghi thông tin chủ hộ gia đình mới (chú thích 2).",
        "For permanent or temporary registration or a household split: the new head of household (footnote 2).",
    ),
    item("ct01-8", "8", "Mối quan hệ với chủ hộ", "Relationship to the head of household", Kind::Relationship, true)
        .same_line()
        .hint("Ví dụ: chủ hộ, con đẻ, vợ, ở thuê.", "For example: head (chủ hộ), child (con đẻ), wife (vợ), renting (ở thuê)."),
    item("ct01-9", "9", "Số định danh cá nhân của chủ hộ", "Personal ID number of the head of household", Kind::IdNumber { boxes: true }, false),
    item("ct01-10", "10", "Nội dung đề nghị(3)", "What you ask for", Kind::Long, true).hint(
        "Ghi rõ, cụ thể: ví dụ “Đăng ký thường trú tại: số nhà, đường, xã/phường, tỉnh”. Nếu địa giới hành chính đã thay đổi, ghi theo địa giới mới và ghi chú theo giấy tờ chỗ ở (chú thích 3).",
        "Be specific, e.g. “Permanent registration at: house number, street, commune/ward, province”. If the administrative boundaries changed, write the new ones and note the ones on the housing papers (footnote 3).",
    ),
    item(
        "ct01-11",
        "11",
        "Những thành viên trong hộ gia đình cùng thay đổi",
        "Household members who change with you",
        Kind::Members { rows: 9 },
        true,
    )
    .when(When::Ticked(CT01_MEMBERS))
    .hint(
        "Mỗi người một dòng; dòng tiếp theo hiện ra khi bạn điền dòng trước. Mẫu Thông tư 53/2025 có 9 dòng; số dòng của mẫu Thông tư 116/2026 chưa đối chiếu được.",
        "One person per row; the next row appears once you fill the one before. The Circular 53/2025 sheet has 9 rows; the Circular 116/2026 count was not checked.",
    ),
];

const CT01_OWNER_VNEID: &[Item] = &[
    item("ct01-chu-so-huu-ten", "(8)", "Họ và tên", "Owner's full name (consent in VNeID)", Kind::Name, true).when(When::Ticked(CT01_OWNER_CONSENT)),
    item("ct01-chu-so-huu-so", "(8)", "Số định danh cá nhân", "Owner's personal ID number (consent in VNeID)", Kind::IdNumber { boxes: false }, true)
        .when(When::Ticked(CT01_OWNER_CONSENT)),
];

const CT01_PARENT_VNEID: &[Item] = &[
    item("ct01-cha-me-ten", "(8)", "Họ và tên", "Parent's or guardian's full name (consent in VNeID)", Kind::Name, true)
        .when(When::Ticked(CT01_PARENT_CONSENT)),
    item(
        "ct01-cha-me-so",
        "(8)",
        "Số định danh cá nhân",
        "Parent's or guardian's personal ID number (consent in VNeID)",
        Kind::IdNumber { boxes: false },
        true,
    )
    .when(When::Ticked(CT01_PARENT_CONSENT)),
];

pub const CT01: OfficialForm = OfficialForm {
    id: FormId::Ct01,
    slug: "ct01",
    short: "CT01",
    header: &["Mẫu CT01 ban hành kèm theo Thông tư số 116/2026/TT-BCA", "ngày 29 tháng 6 năm 2026 của Bộ trưởng Bộ Công an"],
    title: &["TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ"],
    bilingual: false,
    name: t("Tờ khai thay đổi thông tin cư trú (CT01)", "Residence information change form (CT01)"),
    version: "tt116-2026",
    older: &[OlderVersion {
        version: "tt53-2025",
        changed: &[
            (
                "7",
                t(
                    "Mục 7 có chú thích mới (2): đăng ký thường trú, tạm trú, tách hộ thì ghi chủ hộ gia đình mới.",
                    "Item 7 has a new footnote (2): for permanent or temporary registration or a split, write the new head of household.",
                ),
            ),
            ("10", t("Chú thích của mục 10 nay là (3), thêm cách ghi khi địa giới hành chính thay đổi.", "Item 10's footnote is now (3), with how to write changed boundaries.")),
        ],
    }],
    parts: &[
        Part { lead: None, heading: None, name: t("Trước khi điền", "Before you start"), confidence: Confidence::High, when: When::Always, items: CT01_ASK },
        Part { lead: None, heading: None, name: t("Mục 1–11", "Items 1–11"), confidence: Confidence::Medium, when: When::Always, items: CT01_ITEMS },
    ],
    pledges: &[],
    place_and_date: false,
    signatures: &[
        Signature { title: "Ý KIẾN CỦA CHỦ HỘ(4)", note: "(Ký, ghi rõ họ tên)", items: &[] },
        Signature { title: "Ý KIẾN CỦA CHỦ SỞ HỮU CHỖ Ở HỢP PHÁP(5)", note: "(Ký, ghi rõ họ tên)", items: CT01_OWNER_VNEID },
        Signature { title: "Ý KIẾN CỦA CHA HOẶC MẸ HOẶC NGƯỜI GIÁM HỘ(6)", note: "(Ký, ghi rõ họ tên)", items: CT01_PARENT_VNEID },
        Signature { title: "NGƯỜI KÊ KHAI(7)", note: "(Ký, ghi rõ họ tên)", items: &[] },
    ],
    footnotes: &[
        ("(1)", "Cơ quan đăng ký cư trú."),
        ("(2)", "Trường hợp đăng ký thường trú, đăng ký tạm trú, tách hộ ghi thông tin chủ hộ gia đình mới."),
        ("(3)", "Ghi rõ ràng, cụ thể nội dung đề nghị. Ví dụ: ghi chi tiết thông tin nơi đề nghị đăng ký thường trú hoặc nơi đề nghị đăng ký tạm trú hoặc nội dung đề nghị xác nhận thông tin về cư trú..... Trường hợp đăng ký thường trú, đăng ký tạm trú, gia hạn tạm trú, tách hộ mà địa giới hành chính đã có sự thay đổi theo quyết định của cơ quan có thẩm quyền thì ghi thông tin theo địa giới hành chính mới, đồng thời ghi chú địa giới hành chính theo giấy tờ, tài liệu chứng minh chỗ ở hợp pháp."),
        ("(4)", "Áp dụng đối với các trường hợp quy định tại khoản 2 (Trừ trường hợp người dưới 6 tuổi đăng ký về với cha, mẹ, người giám hộ), khoản 3, khoản 5, khoản 6 Điều 20; khoản 1 Điều 25; điểm a khoản 1 Điều 26 Luật Cư trú và các trường hợp khác theo quy định pháp luật. Việc lấy ý kiến của chủ hộ được thực hiện theo các phương thức sau: a) Chủ hộ ghi rõ nội dung đồng ý và ký, ghi rõ họ tên vào Tờ khai. b) Chủ hộ xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia hoặc các dịch vụ công trực tuyến khác. c) Chủ hộ có văn bản riêng ghi rõ nội dung đồng ý (văn bản này không phải công chứng, chứng thực)."),
        ("(5)", "Áp dụng đối với các trường hợp quy định tại khoản 2 (Trừ trường hợp người dưới 6 tuổi đăng ký về với cha, mẹ, người giám hộ), khoản 3, khoản 4, khoản 5, khoản 6 Điều 20; khoản 1 Điều 25 Luật Cư trú; điểm a khoản 1 Điều 26 Luật Cư trú (trường hợp người đứng đầu cơ sở trợ giúp xã hội quyết định chủ hộ) và các trường hợp khác theo quy định pháp luật. Việc lấy ý kiến của chủ sở hữu chỗ ở hợp pháp được thực hiện theo các phương thức sau: a) Chủ sở hữu chỗ ở hợp pháp ghi rõ nội dung đồng ý và ký, ghi rõ họ tên vào Tờ khai. b) Chủ sở hữu chỗ ở hợp pháp xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia (VNeID) hoặc các dịch vụ công trực tuyến khác. c) Chủ sở hữu chỗ ở hợp pháp có văn bản riêng ghi rõ nội dung đồng ý (văn bản này không phải công chứng, chứng thực). Ghi chú: Trường hợp chủ sở hữu hợp chỗ ở hợp pháp gồm nhiều cá nhân, tổ chức thì phải có ý kiến đồng ý của tất cả các đồng sở hữu, tổ chức trừ trường hợp đã có thỏa thuận về việc cử đại diện có ý kiến đồng ý hoặc trường hợp có quy định khác; Trường hợp chủ sở hữu chỗ ở hợp pháp xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia thì công dân phải kê khai thông tin về họ, chữ đệm, tên và số ĐDCN của chủ sở hữu chỗ ở hợp pháp. Trường hợp đăng ký thường trú theo quy định tại điểm a Khoản 2 Điều 20 Luật Cư trú mà chỗ ở hợp pháp có nhiều hơn một chủ sở hữu thì chỉ cần ý kiến đồng ý của ít nhất một chủ sở hữu."),
        ("(6)", "Áp dụng đối với trường hợp người chưa thành niên, người hạn chế hành vi dân sự, người không đủ năng lực hành vi dân sự có thay đổi thông tin về cư trú. Việc lấy ý kiến của cha, mẹ hoặc người giám hộ được thực hiện theo các phương thức sau: a) Cha, mẹ hoặc người giám hộ ghi rõ nội dung đồng ý và ký, ghi rõ họ tên vào Tờ khai. b) Cha, mẹ hoặc người giám hộ xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia (VNeID) hoặc các dịch vụ công trực tuyến khác. c) Cha, mẹ hoặc người giám hộ có văn bản riêng ghi rõ nội dung đồng ý (văn bản này không phải công chứng, chứng thực)."),
        ("(7)", "Trường hợp nộp trực tiếp người kê khai ký, ghi rõ họ, chữ đệm và tên vào Tờ khai; Trường hợp nộp qua cổng dịch vụ công hoặc ứng dụng định danh quốc gia thì người kê khai không phải ký vào mục này. Trường hợp người kê khai đồng thời là chủ hộ hoặc chủ sở hữu chỗ ở hợp pháp hoặc cha, mẹ, người giám hộ của người thay đổi thì người kê khai không phải ký vào các mục (4), (5), (6), (7)."),
        ("(8)", "Chỉ kê khai thông tin khi công dân đề nghị xác nhận nội dung đồng ý thông qua ứng dụng định danh quốc gia (VNeID)."),
    ],
    sources: &[&CT01_SOURCE],
    online: Online::SameInformation(&CT01_ONLINE_SOURCE),
    changes_from: None,
};

/// The columns of CT01's member table, exactly as printed after "TT".
pub const MEMBER_COLUMNS: [(&str, &str, Kind); 5] = [
    ("ten", "Họ, chữ đệm và tên", Kind::Name),
    ("ns", "Ngày, tháng, năm sinh", Kind::BirthDate),
    ("gt", "Giới tính", Kind::Sex),
    ("so", "Số định danh cá nhân", Kind::IdNumber { boxes: false }),
    ("qh", "Mối quan hệ với chủ hộ", Kind::Relationship),
];

/// The draft key of a member-table cell: `ct01-11-2-ten`.
pub fn member_key(item: &str, row: u8, column: &str) -> String {
    format!("{item}-{row}-{column}")
}

// Birth declaration ----------------------------------------------------------------------------

const BIRTH_REQUESTER_ID: &str = "ks-nyc-so";
const BIRTH_MOTHER_ID: &str = "ks-me-so";
const BIRTH_FATHER_ID: &str = "ks-cha-so";

const ID_PAPER_HINT: Text = t(
    "Ví dụ: Căn cước công dân số 025188001010 do Cục Cảnh sát QLHC về TTXH cấp ngày 20/11/2021. Không có thì ghi giấy tờ hợp lệ thay thế (hộ chiếu...) (chú thích 3).",
    "E.g. “Căn cước công dân số 025188001010 do Cục Cảnh sát QLHC về TTXH cấp ngày 20/11/2021”. Without one, a valid replacement (passport…) (footnote 3).",
);
const RESIDENCE_HINT: Text = t(
    "Chỉ ghi khi không cung cấp số định danh cá nhân (chú thích 2): nơi thường trú; không có thì nơi tạm trú; không có cả hai thì nơi ở hiện tại.",
    "Only when no personal ID number is given (footnote 2): the permanent address; else the temporary one; else where the person lives now.",
);
const NO_ID_HINT: Text = t(
    "Không bắt buộc trên tờ khai giấy; cổng trực tuyến hỏi số này. Có số này thì không phải ghi các mục có chú thích (2).",
    "Not on the paper form; the online portal asks for it. With it, the items marked (2) can be left out.",
);

const BIRTH_REQUESTER: &[Item] = &[
    item("ks-kinh-gui", "", "Kính gửi(1)", "To (the civil-status registration office)", Kind::Text, true)
        .hint("Tên cơ quan đăng ký khai sinh, ví dụ: Ủy ban nhân dân phường A.", "The registering office, e.g. the People's Committee of ward A."),
    item("ks-nyc-ten", "", "Họ, chữ đệm, tên người yêu cầu", "Full name of the person asking", Kind::Name, true)
        .known(Known::Name)
        .portal(1, "Họ, chữ đệm, tên"),
    item("ks-nyc-ns", "", "Ngày, tháng, năm sinh", "Date of birth", Kind::BirthDate, true).known(Known::BirthDate),
    Item {
        hint: Some(NO_ID_HINT), ..item(BIRTH_REQUESTER_ID, "", "Số định danh cá nhân", "Personal ID number", Kind::IdNumber { boxes: false }, false)
    }
    .known(Known::IdNumber)
    .portal(2, "Số định danh cá nhân")
    .printed_in("ks-nyc-giay-to"),
    Item { hint: Some(RESIDENCE_HINT), ..item("ks-nyc-cu-tru", "", "Nơi cư trú(2)", "Place of residence", Kind::Long, true) }
        .when(When::Empty(BIRTH_REQUESTER_ID))
        .portal(4, "Nơi cư trú"),
    Item {
        hint: Some(ID_PAPER_HINT),
        required_unless: Some(BIRTH_REQUESTER_ID),
        ..item("ks-nyc-giay-to", "", "Giấy tờ tùy thân(3)", "Identity document", Kind::Long, true)
    }
    .portal(3, "Giấy tờ tùy thân"),
    item("ks-nyc-quan-he", "", "Quan hệ với người được khai sinh", "Relationship to the child", Kind::Relationship, true)
        .hint("Ví dụ: mẹ, cha, ông nội, bà ngoại.", "E.g. mẹ (mother), cha (father), ông nội, bà ngoại (grandparents).")
        .portal(5, "Quan hệ với người được khai sinh"),
];

const BIRTH_CHILD: &[Item] = &[
    item("ks-con-ten", "", "Họ, chữ đệm, tên", "The child's full name", Kind::Name, true).portal(6, "Họ, chữ đệm, tên"),
    item("ks-con-ns", "", "Ngày, tháng, năm sinh", "The child's date of birth (also written in words)", Kind::BirthDateInWords, true)
        .portal(7, "Ngày, tháng, năm sinh"),
    item("ks-con-gt", "", "Giới tính", "Sex", Kind::Sex, true).portal(8, "Giới tính"),
    item("ks-con-dt", "", "Dân tộc", "Ethnicity", Kind::Text, true).hint("Ví dụ: Kinh.", "E.g. Kinh.").portal(9, "Dân tộc").same_line(),
    item("ks-con-qt", "", "Quốc tịch", "Nationality", Kind::Text, true).hint("Ví dụ: Việt Nam.", "E.g. Việt Nam.").portal(10, "Quốc tịch").same_line(),
    item("ks-con-noi-sinh", "", "Nơi sinh(4)", "Place of birth", Kind::Long, true)
        .hint(
            "Sinh ở cơ sở y tế: tên và địa chỉ cơ sở đó (ví dụ: Trạm y tế xã A, tỉnh B). Sinh ngoài cơ sở y tế: địa danh 02 cấp (xã, tỉnh) (chú thích 4).",
            "Born in a health facility: its name and address (e.g. Trạm y tế xã A, tỉnh B). Elsewhere: the commune and province (footnote 4).",
        )
        .portal(11, "Nơi sinh"),
    item("ks-con-que", "", "Quê quán", "Home town", Kind::Text, true).portal(12, "Quê quán"),
];

/// A parent's block: the mother's (`me`) and the father's (`cha`) are the same lines.
macro_rules! parent {
    ($p:literal, $id:ident, $title:literal, $en:literal, $required:expr, $first:literal) => {
        &[
            item(concat!("ks-", $p, "-ten"), "", $title, $en, Kind::Name, $required).portal($first, "Họ, chữ đệm, tên"),
            item(concat!("ks-", $p, "-ns"), "", "Năm sinh(5)", "Year of birth (the full date when known)", Kind::YearOrDate, false)
                .hint(
                    "Ghi đầy đủ ngày, tháng sinh nếu có, ví dụ 15/03/1995; không thì năm sinh (chú thích 5).",
                    "The full date if known, e.g. 15/03/1995; else the year (footnote 5).",
                )
                .portal($first + 1, "Ngày, tháng, năm sinh"),
            Item { hint: Some(NO_ID_HINT), ..item($id, "", "Số định danh cá nhân", "Personal ID number", Kind::IdNumber { boxes: false }, false) }
                .portal($first + 2, "Số định danh cá nhân")
                .printed_in(concat!("ks-", $p, "-giay-to")),
            item(concat!("ks-", $p, "-dt"), "", "Dân tộc(2)", "Ethnicity", Kind::Text, false)
                .when(When::NoIdOrYearOnly { id: $id, birth: concat!("ks-", $p, "-ns") })
                .portal($first + 4, "Dân tộc")
                .same_line(),
            item(concat!("ks-", $p, "-qt"), "", "Quốc tịch(2)", "Nationality", Kind::Text, false)
                .when(When::NoIdOrYearOnly { id: $id, birth: concat!("ks-", $p, "-ns") })
                .portal($first + 5, "Quốc tịch")
                .same_line(),
            Item { hint: Some(RESIDENCE_HINT), ..item(concat!("ks-", $p, "-cu-tru"), "", "Nơi cư trú(2)", "Place of residence", Kind::Long, false) }
                .when(When::NoIdOrYearOnly { id: $id, birth: concat!("ks-", $p, "-ns") })
                .portal($first + 6, "Nơi cư trú"),
            Item { hint: Some(ID_PAPER_HINT), ..item(concat!("ks-", $p, "-giay-to"), "", "Giấy tờ tùy thân(3)", "Identity document", Kind::Long, false) }
                .portal($first + 3, "Giấy tờ tùy thân"),
        ]
    };
}

const BIRTH_MOTHER: &[Item] = parent!("me", BIRTH_MOTHER_ID, "Họ, chữ đệm, tên người mẹ", "The mother's full name", true, 13);
const BIRTH_FATHER: &[Item] = parent!("cha", BIRTH_FATHER_ID, "Họ, chữ đệm, tên người cha", "The father's full name", false, 20);

const BIRTH_MARRIAGE: &[Item] = &[
    item("ks-kh-so", "", "Số", "Marriage certificate: number", Kind::Text, false),
    item("ks-kh-quyen", "", "Quyển số", "Marriage certificate: book number", Kind::Text, false).same_line(),
    item("ks-kh-ngay", "", "đăng ký ngày", "Marriage registered on", Kind::Date, false).same_line(),
    item("ks-kh-tai", "", "tại", "Marriage registered at", Kind::Text, false).same_line(),
];

const BIRTH_COPIES: &[Item] = &[item("ks-ban-sao", "", "Đề nghị cấp bản sao(6)", "Copies of the birth certificate wanted (how many)", Kind::Copies, false)
    .hint("Để trống nếu không cần bản sao (ô “Không”).", "Leave empty for none (the “Không” box).")
    .portal(27, "Đề nghị cấp bản sao")];

pub const BIRTH_DECLARATION: OfficialForm = OfficialForm {
    id: FormId::BirthDeclaration,
    slug: "khai-sinh",
    short: "Tờ khai khai sinh",
    header: &[],
    title: &["TỜ KHAI ĐĂNG KÝ KHAI SINH"],
    bilingual: false,
    name: t("Tờ khai đăng ký khai sinh", "Birth registration form"),
    version: "tt04-2024-dvcqg-2026",
    older: &[],
    parts: &[
        Part { lead: None, heading: None, name: t("Người yêu cầu", "The person asking"), confidence: Confidence::Medium, when: When::Always, items: BIRTH_REQUESTER },
        Part {
            lead: None,
            heading: Some("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:"),
            name: t("Người được khai sinh", "Please register the birth of:"),
            confidence: Confidence::Medium,
            when: When::Always,
            items: BIRTH_CHILD,
        },
        Part { lead: None, heading: None, name: t("Người mẹ", "The mother"), confidence: Confidence::Medium, when: When::Always, items: BIRTH_MOTHER },
        Part { lead: None, heading: None, name: t("Người cha", "The father"), confidence: Confidence::Medium, when: When::Always, items: BIRTH_FATHER },
        Part {
            lead: None,
            heading: Some("Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ trẻ đã ĐKKH)"),
            name: t("Giấy chứng nhận kết hôn", "The parents' marriage certificate (if they registered their marriage)"),
            confidence: Confidence::Medium,
            when: When::Always,
            items: BIRTH_MARRIAGE,
        },
        Part { lead: None, heading: None, name: t("Bản sao", "Copies"), confidence: Confidence::High, when: When::Always, items: BIRTH_COPIES },
    ],
    pledges: &[
        "Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật.",
        "Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình.",
    ],
    place_and_date: true,
    signatures: &[Signature { title: "Người yêu cầu", note: "(Ký, ghi rõ họ, chữ đệm, tên)", items: &[] }],
    footnotes: &[
        ("(1)", "Ghi rõ tên cơ quan đăng ký khai sinh."),
        ("(2)", "Chỉ ghi trong trường hợp người có yêu cầu đăng ký hộ tịch chưa có/không cung cấp số định danh cá nhân/căn cước công dân/thẻ căn cước/căn cước điện tử; không cung cấp đầy đủ thông tin ngày, tháng, năm sinh. Trường hợp phải cung cấp thông tin “Nơi cư trú” thì ghi theo nơi đăng ký thường trú; nếu không có nơi đăng ký thường trú thì ghi theo nơi đăng ký tạm trú; trường hợp không có nơi đăng ký thường trú và nơi đăng ký tạm trú thì ghi theo nơi ở hiện tại."),
        ("(3)", "Ghi số định danh cá nhân/căn cước công dân/thẻ căn cước (ví dụ: Căn cước công dân số 025188001010 do Cục Cảnh sát QLHC về TTXH cấp ngày 20/11/2021). Trường hợp không có số định danh cá nhân/căn cước công dân/thẻ căn cước/căn cước điện tử thì ghi giấy tờ hợp lệ thay thế (hộ chiếu...)."),
        ("(4)", "Trường hợp sinh tại cơ sở y tế thì ghi rõ tên cơ sở y tế và và địa chỉ trụ sở cơ sở y tế đó. Ví dụ: - Bệnh viện A, đường B, phường C, Thành phố D. - Trạm y tế xã A, tỉnh B. Trường hợp sinh ra ngoài cơ sở y tế thì ghi địa danh của 02 cấp hành chính (xã, tỉnh), nơi sinh ra. Ví dụ: xã A, tỉnh B."),
        ("(5)", "Ghi đầy đủ ngày, tháng sinh của cha, mẹ (nếu có)."),
        ("(6)", "Đề nghị đánh dấu X vào ô nếu có yêu cầu cấp bản sao và ghi rõ số lượng."),
    ],
    sources: &[&BIRTH_SOURCE],
    online: Online::PortalForm(&BIRTH_EFORM_SOURCE),
    changes_from: Some((Date::ymd(2027, 3, 1), &NEW_CIVIL_STATUS_FORMS)),
};

/// What a residence service asks for, written into CT01 item 10 ("Nội dung đề nghị").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Request {
    Permanent,
    Temporary,
    TemporaryRenewal,
}

impl Request {
    pub const ALL: [Request; 3] = [Request::Permanent, Request::Temporary, Request::TemporaryRenewal];

    pub fn code(self) -> &'static str {
        match self {
            Request::Permanent => "thuong-tru",
            Request::Temporary => "tam-tru",
            Request::TemporaryRenewal => "gia-han-tam-tru",
        }
    }

    pub fn from_code(code: &str) -> Option<Request> {
        Request::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The start of item 10, for the person to finish with the address.
    pub fn item_10(self) -> &'static str {
        match self {
            Request::Permanent => "Đăng ký thường trú tại: ",
            Request::Temporary => "Đăng ký tạm trú tại: ",
            Request::TemporaryRenewal => "Gia hạn tạm trú tại: ",
        }
    }

    /// The residence service that asks for it.
    pub fn for_service(service_id: &str) -> Option<Request> {
        match service_id {
            "dang-ky-thuong-tru" => Some(Request::Permanent),
            "dang-ky-tam-tru" => Some(Request::Temporary),
            "gia-han-tam-tru" => Some(Request::TemporaryRenewal),
            _ => None,
        }
    }
}

pub const FORMS: [&OfficialForm; 3] = [&TK01, &CT01, &BIRTH_DECLARATION];

pub fn find(slug: &str) -> Option<&'static OfficialForm> {
    FORMS.into_iter().find(|f| f.slug == slug)
}

pub fn form(id: FormId) -> &'static OfficialForm {
    match id {
        FormId::Tk01 => &TK01,
        FormId::Ct01 => &CT01,
        FormId::BirthDeclaration => &BIRTH_DECLARATION,
    }
}

impl OfficialForm {
    /// Every item, part by part in the paper's order, then the signature blocks' items.
    pub fn items(&self) -> impl Iterator<Item = (&'static Part, &'static Item)> + '_ {
        let signature_part: &'static Part = &SIGNATURE_PART;
        self.parts
            .iter()
            .flat_map(|p| p.items.iter().map(move |i| (p, i)))
            .chain(self.signatures.iter().flat_map(move |s| s.items.iter().map(move |i| (signature_part, i))))
    }

    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items().map(|(_, i)| i).find(|i| i.id == id)
    }

    /// The parts whose text is below high confidence (the page asks to compare them at the desk).
    pub fn doubtful_parts(&self) -> Vec<&'static Part> {
        self.parts.iter().filter(|p| p.confidence != Confidence::High).collect()
    }
}

/// The part the signature blocks' items belong to.
const SIGNATURE_PART: Part =
    Part { lead: None, heading: None, name: t("Chữ ký", "Signatures"), confidence: Confidence::Medium, when: When::Always, items: &[] };

/// Whose card a scan is, on a form (`ui::card_scan`): the items its name, ID number, date of birth
/// and sex fill. The address is never copied (it is the address when the card was issued).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CardRole {
    /// Stable code (the radio button's id).
    pub code: &'static str,
    pub name: &'static str,
    pub number: &'static str,
    pub born: Option<&'static str>,
    pub sex: Option<&'static str>,
    /// A tick the role's part needs to be shown (TK01 part C).
    pub tick: Option<&'static str>,
}

const fn role(code: &'static str, name: &'static str, number: &'static str, born: Option<&'static str>, sex: Option<&'static str>) -> CardRole {
    CardRole { code, name, number, born, sex, tick: None }
}

const TK01_ROLES: [CardRole; 2] = [
    role("nguoi-de-nghi", "tk01-a1", "tk01-a2", Some("tk01-a3"), None),
    CardRole { tick: Some(TK01_CHILD), ..role("nguoi-duoc-dang-ky", "tk01-c11", "tk01-c12", Some("tk01-c13"), None) },
];
const CT01_ROLES: [CardRole; 2] = [role("nguoi-khai", "ct01-1", "ct01-4", Some("ct01-2"), Some("ct01-3")), role("chu-ho", "ct01-7", "ct01-9", None, None)];
const BIRTH_ROLES: [CardRole; 3] = [
    role("nguoi-yeu-cau", "ks-nyc-ten", BIRTH_REQUESTER_ID, Some("ks-nyc-ns"), None),
    role("me", "ks-me-ten", BIRTH_MOTHER_ID, Some("ks-me-ns"), None),
    role("cha", "ks-cha-ten", BIRTH_FATHER_ID, Some("ks-cha-ns"), None),
];

/// The people on `form` whose card may be scanned, the form's own person first.
pub fn card_roles(form: &OfficialForm) -> &'static [CardRole] {
    match form.id {
        FormId::Tk01 => &TK01_ROLES,
        FormId::Ct01 => &CT01_ROLES,
        FormId::BirthDeclaration => &BIRTH_ROLES,
    }
}
