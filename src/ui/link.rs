//! Typed links. Every link parameter is declared once here: its key, how its value is written
//! (the codec) and whether it is personal. Pages never build `#/…` strings: they fill [`Params`]
//! through these declarations and call [`Ctx::href`](super::app::Ctx::href), which adds the state
//! every page shares (today the `as_of` date; next, staff mode).
//!
//! Shared links and QR codes are an API: the keys and codes below are pinned by a golden test
//! (`tests/links.rs`), and old links keep working (flags also read the older `co`/`khong`).
//! Personal parameters (the ID number) are read from old links but never written.
//!
//! Pure: no web types, tested natively.

use crate::law::card::CardHeld;
use crate::law::date::Date;

use super::route::{link, Location, Route};

/// How a parameter's value is written in a link.
#[derive(Clone, Copy)]
pub enum Codec {
    /// A date as the person typed it (`15/03/1990`); the form checks it, not the link.
    TypedDate,
    /// A typed date, or `khong` for "no expiry printed" (Không thời hạn).
    TypedDateOrNever,
    /// `YYYY-MM-DD`.
    IsoDate,
    /// One code of a fixed list (the list is the codec's `codes`).
    Choice(fn() -> Vec<&'static str>),
    /// Several codes of a fixed list, comma-separated (`thu-tuc=the-doi,thuong-tru`).
    Set(fn() -> Vec<&'static str>),
    /// A yes/no answer whose absence means "not answered yet": `co` or `khong`.
    YesNo,
    /// An option or mode: `1` when on, absent when off (`co` is read as on, `khong`/`0` as off).
    Flag,
    /// Free text (a search query).
    Text,
}

/// One link parameter.
pub struct Param {
    pub key: &'static str,
    pub codec: Codec,
    /// Identifies a person: read from old links, never written into a link or a QR code.
    pub personal: bool,
}

const fn param(key: &'static str, codec: Codec) -> Param {
    Param { key, codec, personal: false }
}

/// `khong`: the card says "Không thời hạn" (no expiry).
pub const NEVER: &str = "khong";

// The app-wide state carried by every link.
/// The date the rules are applied on, for reviewers and "as of" checks (`as_of=2027-03-01`).
pub const AS_OF: Param = param("as_of", Codec::IsoDate);
/// Staff mode (chế độ hỗ trợ, `nv=1`): every tool speaks of the person helped, a banner says so
/// and offers "next person".
pub const STAFF: Param = param("nv", Codec::Flag);

// The ID checker.
/// Số định danh cá nhân. Personal: never written.
pub const ID_NUMBER: Param = Param { key: "so", codec: Codec::Text, personal: true };

// Shared by the card calculator and the e-ID guide (and, next, the forms).
/// Ngày sinh.
pub const BORN: Param = param("ns", Codec::TypedDate);
/// The card held (loại thẻ đang có).
pub const CARD: Param = param("the", Codec::Choice(card_codes));
/// The card's "valid until" (có giá trị đến), or `khong`.
pub const EXPIRY: Param = param("hh", Codec::TypedDateOrNever);

// The card calculator.
/// Ngày cấp.
pub const ISSUED: Param = param("nc", Codec::TypedDate);
/// In a group exempt from the card fee.
pub const FEE_EXEMPT: Param = param("mien", Codec::Flag);
/// Has a level-2 e-ID account (định danh mức 2).
pub const CARD_EID_LEVEL_2: Param = param("mdd2", Codec::Flag);
/// Has integrated the 5 basic items in VNeID (tích hợp cơ bản: the digital-citizen condition).
pub const BASIC_ITEMS: Param = param("ttcb", Codec::Flag);
/// The card's printed details changed in the 2025 merger of provinces and communes (sắp xếp hành chính).
pub const ADMIN_CHANGE: Param = param("sxhc", Codec::Flag);

// The e-ID guide.
/// Quốc tịch.
pub const NATIONALITY: Param = param("qt", Codec::Choice(nationality_codes));
/// The phone number is in the person's own name.
pub const OWN_NUMBER: Param = param("sdt", Codec::YesNo);
/// The VNeID account's state.
pub const ACCOUNT: Param = param("tk", Codec::Choice(account_codes));
/// Staff or family helping someone: speak of "người được hỗ trợ".
pub const HELPER: Param = param("giup", Codec::Flag);
/// Came from the check-answers page: continue returns there.
pub const RETURNING: Param = param("sua", Codec::Flag);

// The service catalog.
/// Search words.
pub const SEARCH: Param = param("q", Codec::Text);

// The sources page.
/// The source to show first (its id).
pub const SOURCE: Param = param("nguon", Codec::Text);

// Life events.
/// The event's date.
pub const EVENT_DATE: Param = param("ngay", Codec::TypedDate);
/// Birth: a parent has permanent residence; moving: the move is permanent.
pub const PERMANENT: Param = param("thuong-tru", Codec::YesNo);
/// Has a level-2 e-ID account (asked by the life events).
pub const EVENT_EID_LEVEL_2: Param = param("muc2", Codec::YesNo);
/// A guest is staying: the guest is a foreigner.
pub const FOREIGN_GUEST: Param = param("nuoc-ngoai", Codec::YesNo);

// The digital-citizen tool (công dân số).
/// Has a level-2 e-ID account: `co`, `khong` or `chua-biet` (not sure).
pub const DC_LEVEL_2: Param = param("dd2", Codec::Choice(answer_codes));
/// The basic items of NQ 66.22 Appendix I already integrated in VNeID.
pub const DC_ITEMS: Param = param("cb", Codec::Set(item_codes));
/// The planned procedures (thủ tục định làm).
pub const DC_PLANNED: Param = param("thu-tuc", Codec::Set(planned_codes));
/// The procedure-specific documents already integrated in VNeID (giấy tờ).
pub const DC_DOCUMENTS: Param = param("gt", Codec::Set(document_codes));

// The form helper (tờ khai). It also reads `ns` (the person's date of birth) and `ngay` (the
// event's date: the child's date of birth on the birth declaration).
/// CT01: what the person asks for (`thuong-tru`, `tam-tru`, `gia-han-tam-tru`), written into item 10.
pub const FORM_REQUEST: Param = param("de-nghi", Codec::Choice(request_codes));
/// TK01: registering for a child under 14, a represented person or a ward (part C).
pub const FORM_FOR_OTHER: Param = param("dai-dien", Codec::Flag);

// The plan (kế hoạch): every tool's parameters, plus the life event.
/// The life event of the plan (`sinh-con`, `chuyen-noi-o`, …), whose answers are `ngay`, `thuong-tru`, `muc2`.
pub const PLAN_EVENT: Param = param("su-kien", Codec::Choice(event_codes));
/// The tools the plan holds: `the` (card), `dinh-danh` (e-ID guide), `cong-dan-so`, `su-kien`.
pub const PLAN_PARTS: Param = param("phan", Codec::Set(plan_tool_codes));

// Reporting a wrong answer.
/// The page the report is about: its link (the app's own, already without personal parameters).
pub const REPORT_PAGE: Param = param("trang", Codec::Text);
/// What looks wrong: `le-phi`, `thoi-han`, `giay-to`, `noi-lam`, `khac`.
pub const REPORT_CATEGORY: Param = param("loai", Codec::Choice(report_codes));

/// Every public parameter, in the README's order.
pub const ALL: [&Param; 32] = [
    &AS_OF,
    &STAFF,
    &ID_NUMBER,
    &BORN,
    &CARD,
    &EXPIRY,
    &ISSUED,
    &ADMIN_CHANGE,
    &FEE_EXEMPT,
    &CARD_EID_LEVEL_2,
    &BASIC_ITEMS,
    &NATIONALITY,
    &OWN_NUMBER,
    &ACCOUNT,
    &HELPER,
    &RETURNING,
    &SEARCH,
    &SOURCE,
    &EVENT_DATE,
    &PERMANENT,
    &EVENT_EID_LEVEL_2,
    &FOREIGN_GUEST,
    &DC_LEVEL_2,
    &DC_ITEMS,
    &DC_PLANNED,
    &DC_DOCUMENTS,
    &FORM_REQUEST,
    &FORM_FOR_OTHER,
    &PLAN_EVENT,
    &PLAN_PARTS,
    &REPORT_PAGE,
    &REPORT_CATEGORY,
];

fn report_codes() -> Vec<&'static str> {
    super::report::Category::ALL.iter().map(|c| c.code()).collect()
}

fn plan_tool_codes() -> Vec<&'static str> {
    super::plan_flow::Tool::ALL.iter().map(|t| t.code()).collect()
}

fn event_codes() -> Vec<&'static str> {
    crate::content::events::LifeEvent::ALL.iter().map(|e| e.slug()).collect()
}

fn request_codes() -> Vec<&'static str> {
    crate::content::forms::Request::ALL.iter().map(|r| r.code()).collect()
}

fn answer_codes() -> Vec<&'static str> {
    super::digital_citizen_flow::ANSWERS.iter().map(|a| super::digital_citizen_flow::answer_code(*a)).collect()
}

fn item_codes() -> Vec<&'static str> {
    crate::law::digital_citizen::BasicItem::ALL.iter().map(|i| i.code()).collect()
}

fn planned_codes() -> Vec<&'static str> {
    crate::content::savings::Planned::ALL.iter().map(|p| p.code()).collect()
}

fn document_codes() -> Vec<&'static str> {
    crate::law::digital_citizen::ExtraDocument::ALL.iter().map(|d| d.code()).collect()
}

fn card_codes() -> Vec<&'static str> {
    CardHeld::ALL.iter().map(|c| c.code()).collect()
}

fn nationality_codes() -> Vec<&'static str> {
    super::eid_flow::NATIONALITIES.iter().map(|n| super::eid_flow::nationality_code(*n)).collect()
}

fn account_codes() -> Vec<&'static str> {
    super::eid_flow::STATUSES.iter().map(|s| super::eid_flow::status_code(*s)).collect()
}

impl Codec {
    /// Whether a value found in a link can be read. Typed dates and text are always kept (the
    /// form says what is wrong with them, beside the field).
    pub fn accepts(&self, value: &str) -> bool {
        match self {
            Codec::TypedDate | Codec::TypedDateOrNever | Codec::Text => true,
            Codec::IsoDate => value.is_empty() || Date::parse_iso(value).is_some(),
            Codec::Choice(codes) => value.is_empty() || codes().contains(&value),
            Codec::Set(codes) => {
                let codes = codes();
                value.split(',').all(|code| code.is_empty() || codes.contains(&code))
            }
            Codec::YesNo => matches!(value, "" | "co" | "khong"),
            Codec::Flag => matches!(value, "" | "1" | "0" | "co" | "khong"),
        }
    }
}

/// Reading parameters from a link, each through its declaration.
impl Location {
    /// The value as carried (typed dates, text), or empty.
    pub fn text(&self, p: &Param) -> &str {
        self.param(p.key).unwrap_or_default()
    }

    /// A flag: on for `1` (and the older `co`).
    pub fn flag(&self, p: &Param) -> bool {
        matches!(self.param(p.key), Some("1" | "co"))
    }

    /// A yes/no answer, or `None` when not answered (or unreadable).
    pub fn yes_no(&self, p: &Param) -> Option<bool> {
        match self.param(p.key) {
            Some("co") => Some(true),
            Some("khong") => Some(false),
            _ => None,
        }
    }

    /// A choice's code, if it is one of the declared codes.
    pub fn choice(&self, p: &Param) -> Option<&str> {
        self.param(p.key).filter(|v| p.codec.accepts(v) && !v.is_empty())
    }

    /// A set's codes that are declared (unknown ones are dropped; the notice names the key).
    pub fn set(&self, p: &Param) -> Vec<&'static str> {
        let Codec::Set(codes) = p.codec else { return Vec::new() };
        let value = self.param(p.key).unwrap_or_default();
        codes().into_iter().filter(|code| value.split(',').any(|v| v == *code)).collect()
    }

    /// The keys of declared parameters whose value cannot be read (shown as a notice; every
    /// other answer is kept).
    pub fn unreadable(&self) -> Vec<&'static str> {
        let mut keys: Vec<&'static str> = ALL.iter().filter(|p| self.params.iter().any(|(k, v)| k == p.key && !p.codec.accepts(v))).map(|p| p.key).collect();
        keys.dedup();
        keys
    }
}

/// The parameters of one link, written through their declarations. Empty values, flags that
/// are off and personal parameters are left out.
#[derive(Clone, Default, PartialEq, Debug)]
pub struct Params(Vec<(&'static str, String)>);

impl Params {
    pub fn new() -> Params {
        Params::default()
    }

    fn put(mut self, p: &Param, value: &str) -> Params {
        let value = value.trim();
        if !p.personal && !value.is_empty() && !self.0.iter().any(|(k, _)| *k == p.key) {
            self.0.push((p.key, value.to_string()));
        }
        self
    }

    /// A typed date or text.
    pub fn text(self, p: &Param, value: &str) -> Params {
        self.put(p, value)
    }

    /// A typed expiry date, or `khong` when the card has none.
    pub fn expiry(self, p: &Param, value: &str, never: bool) -> Params {
        self.put(p, if never { NEVER } else { value })
    }

    pub fn flag(self, p: &Param, on: bool) -> Params {
        self.put(p, if on { "1" } else { "" })
    }

    pub fn yes_no(self, p: &Param, answer: Option<bool>) -> Params {
        self.put(p, answer.map(|yes| if yes { "co" } else { "khong" }).unwrap_or_default())
    }

    pub fn choice(self, p: &Param, code: Option<&'static str>) -> Params {
        self.put(p, code.unwrap_or_default())
    }

    /// Several codes, comma-separated, in the order given.
    pub fn set(self, p: &Param, codes: &[&'static str]) -> Params {
        self.put(p, &codes.join(","))
    }

    /// These parameters, then those of `other` whose keys are not written yet.
    pub fn and(mut self, other: Params) -> Params {
        for (key, value) in other.0 {
            if !self.0.iter().any(|(k, _)| *k == key) {
                self.0.push((key, value));
            }
        }
        self
    }

    /// The (key, value) pairs, in the order written.
    pub fn pairs(&self) -> &[(&'static str, String)] {
        &self.0
    }
}

/// The state every page shares, carried by every in-app link.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct Shared {
    /// The as-of date, when it came from the link (otherwise the device's today is used and
    /// nothing is written).
    pub as_of: Option<Date>,
    /// Staff mode is on.
    pub staff: bool,
}

impl Shared {
    pub fn read(loc: &Location) -> Shared {
        Shared { as_of: Date::parse_iso(loc.text(&AS_OF)), staff: loc.flag(&STAFF) }
    }
}

/// The one builder of in-app links: the route, its parameters, then the shared state.
pub fn href(route: &Route, params: Params, shared: Shared) -> String {
    let as_of = shared.as_of.map(Date::to_iso).unwrap_or_default();
    let params = params.text(&AS_OF, &as_of).flag(&STAFF, shared.staff);
    let pairs: Vec<(&str, &str)> = params.pairs().iter().map(|(k, v)| (*k, v.as_str())).collect();
    link(route, &pairs)
}

/// The link to hand to the person helped (by QR code or copy): this page as it is, without staff
/// mode or the helper's voice (their phone is not a desk), without "came from the check page",
/// and without any personal parameter.
pub fn hand_off(hash: &str) -> String {
    let loc = super::route::parse_hash(hash);
    let pairs: Vec<(&str, &str)> = loc
        .params
        .iter()
        .filter(|(k, _)| ![STAFF.key, HELPER.key, RETURNING.key].contains(&k.as_str()) && !ALL.iter().any(|p| p.personal && p.key == k))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    link(&loc.route, &pairs)
}

/// A tool's answers as carried in its links.
pub trait Query: Sized {
    /// Reads the answers from a link; anything unreadable is left unanswered.
    fn read(loc: &Location) -> Self;
    /// Writes the answers (never a personal one).
    fn write(&self) -> Params;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::route::parse_hash;

    #[test]
    fn as_of_is_carried_by_every_link_and_only_when_it_came_from_the_link() {
        let shared = Shared { as_of: Some(Date::ymd(2027, 3, 1)), staff: false };
        assert_eq!(href(&Route::Services, Params::new(), shared), "#/dich-vu?as_of=2027-03-01");
        let staff = Shared { as_of: None, staff: true };
        assert_eq!(href(&Route::Services, Params::new(), staff), "#/dich-vu?nv=1");
        assert_eq!(Shared::read(&parse_hash("#/dich-vu?nv=1")), staff);
        assert_eq!(href(&Route::Services, Params::new(), Shared::default()), "#/dich-vu");
        let with = href(&Route::CardExpiry, Params::new().text(&BORN, "15/03/1990"), shared);
        assert_eq!(with, "#/han-the-can-cuoc?ns=15%2F03%2F1990&as_of=2027-03-01");
        assert_eq!(Shared::read(&parse_hash(&with)), shared);
    }

    #[test]
    fn the_hand_off_link_drops_staff_mode_and_the_id_number() {
        assert_eq!(hand_off("#/so-dinh-danh?so=001090001234&ns=15%2F03%2F1990&nv=1&as_of=2026-12-02"), "#/so-dinh-danh?ns=15%2F03%2F1990&as_of=2026-12-02");
        assert_eq!(hand_off("#/?nv=1"), "#/");
        assert_eq!(
            hand_off("#/dinh-danh-dien-tu/ket-qua?qt=vn&giup=1&sua=1&nv=1"),
            "#/dinh-danh-dien-tu/ket-qua?qt=vn",
            "the person's own phone speaks to them"
        );
    }

    #[test]
    fn personal_parameters_are_never_written() {
        let params = Params::new().text(&ID_NUMBER, "001090001234").text(&BORN, "1/1/1990");
        assert_eq!(params.pairs(), &[("ns", "1/1/1990".to_string())]);
    }

    #[test]
    fn one_flag_encoding_written_older_ones_read() {
        assert_eq!(Params::new().flag(&HELPER, true).pairs(), &[("giup", "1".to_string())]);
        assert!(Params::new().flag(&HELPER, false).pairs().is_empty());
        assert!(parse_hash("#/x?giup=1").flag(&HELPER));
        assert!(parse_hash("#/x?giup=co").flag(&HELPER), "older links");
        assert!(!parse_hash("#/x?giup=khong").flag(&HELPER));
        assert!(!parse_hash("#/x").flag(&HELPER));
    }

    #[test]
    fn unreadable_values_are_named_and_the_rest_is_kept() {
        let loc = parse_hash("#/han-the-can-cuoc?ns=15/03/1990&the=xyz&mien=maybe&as_of=2026-02-30&khac=1");
        assert_eq!(loc.unreadable(), vec!["as_of", "the", "mien"]);
        assert_eq!(loc.choice(&CARD), None);
        assert_eq!(loc.text(&BORN), "15/03/1990");
        assert!(parse_hash("#/han-the-can-cuoc?ns=12ữ199&the=cmnd").unreadable().is_empty(), "the form judges typed dates");
    }
}
