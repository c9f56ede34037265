//! Công dân số (digital citizens): the fee waivers of Resolution 66.22/2026/NQ-CP and Circular
//! 117/2026/TT-BTC, from 15/08/2026 to 28/02/2027.
//!
//! Who qualifies (NQ 66.22 Art. 3, Art. 5(1); App. III): a Vietnamese citizen with a level-2 e-ID
//! account who has integrated the 5 basic items of Appendix I in VNeID, has also integrated the
//! procedure's own document where Appendix III asks for it (passport, driving licence, vehicle
//! registration, criminal-record information), and files online. In person is never waived.
//! Level 2 alone is never enough: the app never says "free" on it.
//!
//! Pure: the caller passes the answers and the as-of date.

use super::date::Date;
use super::fact::{Fact, Period};
use super::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 12, 2);

/// NQ 66.22/2026/NQ-CP: who is a digital citizen and what the waivers need.
pub const NQ_66_22: Source = Source {
    id: "nq-66-22-2026",
    basis: "Nghị quyết 66.22/2026/NQ-CP ngày 09/07/2026 về phát triển công dân số, Điều 3, Điều 5 khoản 1–3, Điều 10 khoản 1; Phụ lục I, Phụ lục III",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-quyet-66.22-2026-nq-cp-phat-trien-cong-dan-so.md",
    verified_on: CHECKED,
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Danh sách 05 loại thông tin, giấy tờ cơ bản (Phụ lục I Nghị quyết 66.22/2026/NQ-CP) chưa đọc được đầy đủ: đọc được giấy khai sinh, tài khoản thanh toán, tài khoản an sinh xã hội; 02 loại còn lại thuộc lĩnh vực khám bệnh, chữa bệnh (có thể là Sổ sức khỏe điện tử) chưa đọc được tên. Mức được hưởng chính sách hiển thị trên ứng dụng VNeID (Điều 5 khoản 3), hãy kiểm tra ở đó trước khi nộp.",
        en: "The list of the 5 basic items (Appendix I of Resolution 66.22/2026/NQ-CP) could not be read in full: the birth certificate, a payment account and the social-security account were read; the names of the other 2, in the health field (perhaps the electronic health book), were not. VNeID shows whether you qualify (Art. 5(3)), so check there before filing.",
    }),
};

/// TT 117/2026/TT-BTC: which fees are waived, and until when.
pub const TT_117: Source = Source {
    id: "tt-117-2026",
    basis: "Thông tư 117/2026/TT-BTC ngày 14/08/2026, Điều 1 khoản 2–8, Điều 2 khoản 1–2",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/tai-chinh/117-2026-tt-btc.md",
    verified_on: CHECKED,
    confidence: Confidence::High,
    doubt: None,
};

/// The waiver window (TT 117 Art. 1, Art. 2(1); NQ 66.22 Art. 10(1)). From 01/03/2027 the
/// ordinary fees apply again (TT 117 Art. 2(1)): known, not unknown.
pub static WAIVER_WINDOW: Fact<()> = Fact {
    id: "digital-citizen-waiver",
    periods: &[Period { value: (), valid_from: Date::ymd(2026, 8, 15), valid_to: Some(Date::ymd(2027, 2, 28)), source: &TT_117 }],
};

pub fn sources() -> [&'static Source; 2] {
    [&NQ_66_22, &TT_117]
}

/// What is known of one condition.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}

/// What the person said of the digital-citizen conditions (all unknown by default).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct DigitalCitizen {
    /// Has a level-2 e-ID account (tài khoản định danh điện tử mức độ 2).
    pub level_2: Answer,
    /// Has integrated the 5 basic items of NQ 66.22 Appendix I in VNeID.
    pub basic_items: Answer,
    /// Has integrated the procedure's own document in VNeID, where Appendix III asks for one.
    pub document: Answer,
}

/// The basic items of NQ 66.22 Appendix I (05 loại thông tin, giấy tờ cơ bản), as far as the
/// appendix could be read: rows 1–3 are legible; rows 4–5 lie in the field "Khám bệnh, chữa
/// bệnh" and their names are not (the scan is illegible there), so they are asked as one item
/// whose words say so, and the source's doubt is shown beside it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BasicItem {
    /// Row 1: Giấy khai sinh (Bộ Tư pháp, hộ tịch).
    BirthCertificate,
    /// Row 2: Thông tin Thẻ ngân hàng/Tài khoản thanh toán/Ví điện tử/Tài khoản Tiền di động.
    PaymentAccount,
    /// Row 3: Thông tin Tài khoản an sinh xã hội.
    SocialSecurityAccount,
    /// Rows 4–5: two items of the health field (khám bệnh, chữa bệnh), names not read.
    HealthItems,
}

impl BasicItem {
    pub const ALL: [BasicItem; 4] = [BasicItem::BirthCertificate, BasicItem::PaymentAccount, BasicItem::SocialSecurityAccount, BasicItem::HealthItems];

    /// The link code.
    pub fn code(self) -> &'static str {
        match self {
            BasicItem::BirthCertificate => "khai-sinh",
            BasicItem::PaymentAccount => "thanh-toan",
            BasicItem::SocialSecurityAccount => "an-sinh",
            BasicItem::HealthItems => "y-te",
        }
    }

    pub fn from_code(code: &str) -> Option<BasicItem> {
        BasicItem::ALL.into_iter().find(|i| i.code() == code)
    }

    /// Whether the appendix names it legibly (otherwise the app says it could not read it).
    pub fn read_in_full(self) -> bool {
        self != BasicItem::HealthItems
    }
}

/// A document Appendix III asks to be integrated in VNeID for a procedure's waiver.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExtraDocument {
    Passport,
    DrivingLicence,
    VehicleRegistration,
    CriminalRecordInfo,
}

impl ExtraDocument {
    pub const ALL: [ExtraDocument; 4] =
        [ExtraDocument::Passport, ExtraDocument::DrivingLicence, ExtraDocument::VehicleRegistration, ExtraDocument::CriminalRecordInfo];

    /// The link code.
    pub fn code(self) -> &'static str {
        match self {
            ExtraDocument::Passport => "ho-chieu",
            ExtraDocument::DrivingLicence => "gplx",
            ExtraDocument::VehicleRegistration => "dang-ky-xe",
            ExtraDocument::CriminalRecordInfo => "ly-lich",
        }
    }

    pub fn from_code(code: &str) -> Option<ExtraDocument> {
        ExtraDocument::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// A fee TT 117/2026 Art. 1 waives for digital citizens filing online.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WaivedFee {
    /// Art. 1(2): copies of civil-status extracts.
    CivilStatusCopy,
    /// Art. 1(3): residence registration (permanent, temporary, renewal, splitting a household).
    ResidenceRegistration,
    /// Art. 1(4): card renewal and re-issue (including the CCCD → căn cước swap).
    CardRenewalReissue,
    /// Art. 1(5): criminal-record certificate.
    CriminalRecord,
    /// Art. 1(6): driving-licence exchange and re-issue.
    DrivingLicence,
    /// Art. 1(7): vehicle registration exchange and temporary registration (not first registration).
    VehicleExchange,
    /// Art. 1(8)(a): passport.
    Passport,
}

impl WaivedFee {
    /// The document Appendix III asks to be integrated as well, if any.
    pub fn extra_document(self) -> Option<ExtraDocument> {
        match self {
            WaivedFee::Passport => Some(ExtraDocument::Passport),
            WaivedFee::DrivingLicence => Some(ExtraDocument::DrivingLicence),
            WaivedFee::VehicleExchange => Some(ExtraDocument::VehicleRegistration),
            WaivedFee::CriminalRecord => Some(ExtraDocument::CriminalRecordInfo),
            WaivedFee::CivilStatusCopy | WaivedFee::ResidenceRegistration | WaivedFee::CardRenewalReissue => None,
        }
    }
}

/// The conditions a verdict is about (true = this one is not met, or not known to be met).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Conditions {
    pub level_2: bool,
    pub basic_items: bool,
    pub document: Option<ExtraDocument>,
}

/// Whether the online fee is waived for this person on the as-of date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WaiverVerdict {
    /// Every condition is met: 0 đ online, until the window ends.
    Waived { until: Date },
    /// None is known to fail, but these are not known: "0 đ online if …".
    Possible { until: Date, unknown: Conditions },
    /// These conditions are not met: the ordinary fee.
    NotMet { until: Date, unmet: Conditions },
    /// Before 15/08/2026, or after 28/02/2027 (`ended` is then the last day of the window).
    Outside { ended: Option<Date> },
}

/// The verdict for `fee` filed online, and the source it rests on.
pub fn waiver(fee: WaivedFee, a: &DigitalCitizen, as_of: Date) -> (WaiverVerdict, &'static Source) {
    let Some(period) = WAIVER_WINDOW.as_of(as_of) else {
        let ended = WAIVER_WINDOW.periods.last().and_then(|p| p.valid_to).filter(|end| as_of > *end);
        return (WaiverVerdict::Outside { ended }, &TT_117);
    };
    let until = period.valid_to.unwrap_or(as_of);
    let document = fee.extra_document();
    let which =
        |wanted: Answer| Conditions { level_2: a.level_2 == wanted, basic_items: a.basic_items == wanted, document: document.filter(|_| a.document == wanted) };
    let (no, unknown) = (which(Answer::No), which(Answer::Unknown));
    let verdict = if no != Conditions::default() {
        WaiverVerdict::NotMet { until, unmet: no }
    } else if unknown != Conditions::default() {
        WaiverVerdict::Possible { until, unknown }
    } else {
        WaiverVerdict::Waived { until }
    };
    (verdict, &NQ_66_22)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_a_clean_period() {
        assert!(WAIVER_WINDOW.problems().is_empty());
        assert!(NQ_66_22.problems().is_empty() && TT_117.problems().is_empty());
    }
}
