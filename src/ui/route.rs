//! Hash routes (`#/route?key=value`): the link is the state. Pure, so it is tested natively.

use super::digital_citizen_flow::DcStep;
use super::eid_flow::EidStep;

/// The pages of the app. Route paths are Vietnamese without diacritics, as people would type them.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Home,
    /// Kiểm tra số định danh cá nhân.
    IdNumber,
    /// Tra cứu hạn thẻ căn cước.
    CardExpiry,
    /// Định danh điện tử: the guide's pages.
    Eid(EidStep),
    /// Công dân số: the digital-citizen tool's pages.
    DigitalCitizen(DcStep),
    /// Dịch vụ công: the searchable catalog.
    Services,
    /// One service's page, by catalog id.
    Service(String),
    /// Việc của tôi: the life events.
    Events,
    /// One life event, by slug.
    Event(String),
    /// Tờ khai: the form helper's list of official forms.
    Forms,
    /// One official form, by slug (`tk01`, `ct01`, `khai-sinh`).
    Form(String),
    /// Kế hoạch: one person's answers from every tool on one page.
    Plan,
    /// Số liệu: staff mode's tally of help given, counts only.
    Tally,
    /// Báo thông tin sai: a report of a wrong answer, built on the device.
    Report,
    /// Căn cứ: every source the app cites, grouped by tool.
    Sources,
    NotFound,
}

impl Route {
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::IdNumber => "/so-dinh-danh".into(),
            Route::CardExpiry => "/han-the-can-cuoc".into(),
            Route::Eid(EidStep::Start) => EID_PREFIX.into(),
            Route::Eid(step) => format!("{EID_PREFIX}/{}", step.slug()),
            Route::DigitalCitizen(DcStep::Start) => DC_PREFIX.into(),
            Route::DigitalCitizen(step) => format!("{DC_PREFIX}/{}", step.slug()),
            Route::Services => SERVICES_PREFIX.into(),
            Route::Service(id) => format!("{SERVICES_PREFIX}/{id}"),
            Route::Events => EVENTS_PREFIX.into(),
            Route::Event(slug) => format!("{EVENTS_PREFIX}/{slug}"),
            Route::Forms => FORMS_PREFIX.into(),
            Route::Form(slug) => format!("{FORMS_PREFIX}/{slug}"),
            Route::Plan => "/ke-hoach".into(),
            Route::Tally => "/so-lieu".into(),
            Route::Report => "/bao-sai".into(),
            Route::Sources => "/can-cu".into(),
            Route::NotFound => "/khong-tim-thay".into(),
        }
    }

    pub fn href(&self) -> String {
        format!("#{}", self.path())
    }

    /// The section a route belongs to: the first segment of its path (`/dich-vu` for every service).
    pub fn section(&self) -> String {
        format!("/{}", self.path().split('/').nth(1).unwrap_or_default())
    }

    /// One route per section, the home page and "not found" aside: before the app has started, the
    /// "opening" line names the section a link leads to (src/ui/prerender.rs).
    pub fn sections() -> [Route; 11] {
        [
            Route::IdNumber,
            Route::CardExpiry,
            Route::Eid(EidStep::Start),
            Route::DigitalCitizen(DcStep::Start),
            Route::Services,
            Route::Events,
            Route::Forms,
            Route::Plan,
            Route::Tally,
            Route::Report,
            Route::Sources,
        ]
    }
}

const EID_PREFIX: &str = "/dinh-danh-dien-tu";
const DC_PREFIX: &str = "/cong-dan-so";
const SERVICES_PREFIX: &str = "/dich-vu";
const EVENTS_PREFIX: &str = "/viec-cua-toi";
const FORMS_PREFIX: &str = "/to-khai";

/// The slug in `prefix/slug`, if it is a plain lower-case slug.
fn slug_after(path: &str, prefix: &str) -> Option<String> {
    let slug = path.strip_prefix(prefix)?.strip_prefix('/')?;
    let ok = !slug.is_empty() && slug.len() <= 60 && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| slug.to_string())
}

/// A parsed location: the route and its query parameters (decoded).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Location {
    pub route: Route,
    pub params: Vec<(String, String)>,
}

impl Location {
    /// The first value of `key`, if present.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The longest link fragment worth reading; a longer one is cut (a malformed or hostile link
/// must not freeze the page).
const MAX_HASH_LEN: usize = 4096;

/// Reads `location.hash` (with or without the leading `#`). Never fails: anything unknown is
/// `NotFound`, and malformed escapes are kept as typed.
pub fn parse_hash(hash: &str) -> Location {
    // Cut on a character boundary (a byte cut inside "ệ" would panic).
    let end = (0..=hash.len().min(MAX_HASH_LEN)).rev().find(|i| hash.is_char_boundary(*i)).unwrap_or(0);
    let hash = hash.get(..end).unwrap_or_default().trim_start_matches('#');
    let (path, query) = match hash.split_once('?') {
        Some((p, q)) => (p, q),
        None => (hash, ""),
    };
    let path = path.trim_end_matches('/');
    let route = match path {
        "" => Route::Home,
        "/so-dinh-danh" => Route::IdNumber,
        "/han-the-can-cuoc" => Route::CardExpiry,
        EID_PREFIX => Route::Eid(EidStep::Start),
        DC_PREFIX => Route::DigitalCitizen(DcStep::Start),
        SERVICES_PREFIX => Route::Services,
        EVENTS_PREFIX => Route::Events,
        "/can-cu" => Route::Sources,
        "/ke-hoach" => Route::Plan,
        "/so-lieu" => Route::Tally,
        "/bao-sai" => Route::Report,
        FORMS_PREFIX => Route::Forms,
        _ if slug_after(path, FORMS_PREFIX).is_some() => Route::Form(slug_after(path, FORMS_PREFIX).unwrap_or_default()),
        _ => {
            let eid_step = slug_after(path, EID_PREFIX).and_then(|s| EidStep::from_slug(&s)).filter(|s| *s != EidStep::Start);
            let dc_step = slug_after(path, DC_PREFIX).and_then(|s| DcStep::from_slug(&s)).filter(|s| *s != DcStep::Start);
            match (eid_step, dc_step, slug_after(path, SERVICES_PREFIX), slug_after(path, EVENTS_PREFIX)) {
                (Some(step), _, _, _) => Route::Eid(step),
                (_, Some(step), _, _) => Route::DigitalCitizen(step),
                (_, _, Some(id), _) => Route::Service(id),
                (_, _, _, Some(slug)) => Route::Event(slug),
                _ => Route::NotFound,
            }
        }
    };
    let params = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    Location { route, params }
}

/// Builds `#/path?k=v&…`, escaping values.
pub fn link(route: &Route, params: &[(&str, &str)]) -> String {
    let mut out = route.href();
    for (i, (k, v)) in params.iter().filter(|(_, v)| !v.is_empty()).enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(&percent_encode(k));
        out.push('=');
        out.push_str(&percent_encode(v));
    }
    out
}

/// A `data:` URL of UTF-8 text (a file the page offers to download: calendar, CSV).
pub fn data_url(media_type: &str, text: &str) -> String {
    format!("data:{media_type};charset=utf-8,{}", percent_encode(text))
}

pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            // Unreserved characters, and the comma of set values (a sub-delimiter, valid in a
            // fragment), so that links stay short enough for a QR code.
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+`; an invalid escape is kept literally, invalid UTF-8 is replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_and_params() {
        assert_eq!(parse_hash("").route, Route::Home);
        assert_eq!(parse_hash("#/").route, Route::Home);
        assert_eq!(parse_hash("#").route, Route::Home);
        assert_eq!(parse_hash("#/so-dinh-danh").route, Route::IdNumber);
        assert_eq!(parse_hash("#/so-dinh-danh/").route, Route::IdNumber);
        assert_eq!(parse_hash("#/khong-co-trang-nay").route, Route::NotFound);
        assert_eq!(parse_hash("#/dinh-danh-dien-tu").route, Route::Eid(EidStep::Start));
        assert_eq!(parse_hash("#/dinh-danh-dien-tu/the?qt=vn").route, Route::Eid(EidStep::Card));
        assert_eq!(parse_hash("#/dinh-danh-dien-tu/khong-co").route, Route::NotFound);
        assert_eq!(parse_hash("#/dinh-danh-dien-tu/").route, Route::Eid(EidStep::Start));
        assert_eq!(Route::Eid(EidStep::Check).href(), "#/dinh-danh-dien-tu/kiem-tra");
        assert_eq!(parse_hash("#/cong-dan-so/ket-qua?dd2=co").route, Route::DigitalCitizen(DcStep::Result));
        assert_eq!(parse_hash("#/cong-dan-so").route, Route::DigitalCitizen(DcStep::Start));
        assert_eq!(parse_hash("#/cong-dan-so/khong-co").route, Route::NotFound);
        assert_eq!(parse_hash("#/dich-vu?q=tam").route, Route::Services);
        assert_eq!(parse_hash("#/dich-vu/dang-ky-tam-tru").route, Route::Service("dang-ky-tam-tru".into()));
        assert_eq!(parse_hash("#/dich-vu/<script>").route, Route::NotFound);
        assert_eq!(parse_hash("#/dich-vu-khac").route, Route::NotFound);
        assert_eq!(parse_hash("#/viec-cua-toi/sinh-con?ngay=1/1/2026").route, Route::Event("sinh-con".into()));
        let loc = parse_hash("#/so-dinh-danh?so=001%20090&ns=15%2F03%2F1990&x");
        assert_eq!(loc.param("so"), Some("001 090"));
        assert_eq!(loc.param("ns"), Some("15/03/1990"));
        assert_eq!(loc.param("x"), Some(""));
        assert_eq!(loc.param("y"), None);
    }

    #[test]
    fn malformed_links_do_not_break() {
        assert_eq!(parse_hash("#/so-dinh-danh?so=%ZZ%").param("so"), Some("%ZZ%"));
        assert_eq!(parse_hash("#/so-dinh-danh?so=%FF").param("so"), Some("\u{FFFD}"));
        assert_eq!(parse_hash("#/so-dinh-danh?so=%4").param("so"), Some("%4"));
        let huge = format!("#/so-dinh-danh?so={}", "9".repeat(1_000_000));
        assert_eq!(parse_hash(&huge).param("so").map(str::len), Some(MAX_HASH_LEN - "#/so-dinh-danh?so=".len()));
        let multibyte = format!("#/?a={}", "ệ".repeat(3000));
        assert_eq!(parse_hash(&multibyte).route, Route::Home);
    }

    #[test]
    fn links_round_trip() {
        let href = link(&Route::IdNumber, &[("so", "001 090"), ("ns", "15/03/1990"), ("empty", "")]);
        assert_eq!(href, "#/so-dinh-danh?so=001%20090&ns=15%2F03%2F1990");
        let loc = parse_hash(&href);
        assert_eq!(loc.param("so"), Some("001 090"));
        assert_eq!(loc.param("ns"), Some("15/03/1990"));
        assert_eq!(parse_hash(&link(&Route::Home, &[("q", "Đăng ký")])).param("q"), Some("Đăng ký"));
    }

    /// The "opening" line before the app starts names a link's section: every route that is not the
    /// home page or "not found" is in exactly one of `Route::sections()`, read the way index.html's
    /// first script reads it (the fragment up to its second `/`).
    #[test]
    fn every_page_is_in_one_section() {
        let sections: Vec<String> = Route::sections().iter().map(Route::section).collect();
        let mut distinct = sections.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), sections.len(), "{sections:?}");
        let pages = [
            Route::Eid(EidStep::Check),
            Route::DigitalCitizen(DcStep::Result),
            Route::Service("dang-ky-tam-tru".into()),
            Route::Event("sinh-con".into()),
            Route::Form("ct01".into()),
        ];
        for route in Route::sections().into_iter().chain(pages) {
            let section = route.section();
            let first_script = format!("/{}", route.href().split('?').next().unwrap_or_default().split('/').nth(1).unwrap_or_default());
            assert_eq!(section, first_script, "{route:?}");
            assert_eq!(sections.iter().filter(|s| **s == section).count(), 1, "{route:?}");
        }
        assert_eq!(Route::Service("x".into()).section(), "/dich-vu");
        assert_eq!(Route::DigitalCitizen(DcStep::Result).section(), "/cong-dan-so");
    }
}
