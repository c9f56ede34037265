//! Words for the service catalog (dịch vụ công) and the service summaries other tools show.

use crate::content::catalog::{Channel, Deadline, EidNeed, Fee, Processing, Span};
use crate::content::not_needed::NotNeeded;
use crate::law::card::Published;
use crate::law::date::Date;
use crate::law::holidays;
use crate::law::source::Text;

use super::common::{self, t, T};
use super::Lang;

/// "18 dịch vụ".
pub fn services_found(lang: Lang, n: usize) -> String {
    bi!(lang, "{n} dịch vụ", "{n} services")
}

/// Where the service is done, and the e-ID level that channel needs.
pub fn channel_line(lang: Lang, c: Channel, eid: EidNeed) -> String {
    let place = match c {
        Channel::InPerson(office) => {
            let office = lang.pick(office);
            bi!(lang, "Trực tiếp: {office}", "In person: {office}")
        }
        Channel::NationalPortal => {
            bi!(lang, "Trực tuyến: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)", "Online: National Public Service Portal (dichvucong.gov.vn)")
        }
        Channel::MpsPortal => bi!(lang, "Trực tuyến: Cổng dịch vụ công Bộ Công an", "Online: Ministry of Public Security portal"),
        Channel::Vneid => bi!(lang, "Trực tuyến: ứng dụng VNeID", "Online: the VNeID app"),
        Channel::VssId => bi!(lang, "Trực tuyến: ứng dụng VssID", "Online: the VssID app"),
    };
    let level = match eid {
        EidNeed::None => String::new(),
        EidNeed::Level2 => bi!(lang, " – cần tài khoản định danh điện tử mức 2", " – needs a level 2 e-ID account"),
        EidNeed::NotStated => {
            bi!(lang, " – mức tài khoản định danh cần có: chưa rõ, hãy kiểm tra khi đăng nhập", " – e-ID level needed: not stated, check when logging in")
        }
    };
    format!("{place}{level}")
}

pub fn fee_line(lang: Lang, fee: Fee, today: Date) -> String {
    match fee {
        Fee::Dated(fact) => match fact.as_of(today) {
            Some(period) => {
                let line = fee_line(lang, period.value, today);
                match period.valid_to {
                    Some(end) => bi!(lang, "{line} (áp dụng đến hết {end})", "{line} (until {end})"),
                    None => line,
                }
            }
            None => match fact.periods.last().and_then(|p| p.valid_to).filter(|end| today > *end) {
                Some(end) => bi!(
                    lang,
                    "Mức lệ phí sau ngày {end} chưa được ứng dụng xác nhận: hãy xem thông báo mới nhất trên Cổng Dịch vụ công quốc gia.",
                    "The fee after {end} is not confirmed by the app yet: check the latest notice on the National Public Service Portal."
                ),
                None => t(lang, T::FeeUnknownLine).to_string(),
            },
        },
        Fee::CardRates => match crate::law::card::published_rates(today) {
            Some(r) => {
                let amount = |p: Published| amounts(lang, p.in_person, p.online);
                let (renewal, reissue, swap) = (amount(r.renewal), amount(r.reissue), amount(r.swap_from_cccd));
                let line = bi!(
                    lang,
                    "Làm lần đầu: không thu. Cấp đổi: {renewal}; cấp lại: {reissue}; đổi từ căn cước công dân sang thẻ căn cước: {swap}. Trẻ dưới 16 tuổi, người từ 60 tuổi và một số nhóm được miễn.",
                    "First card: free. Renewal: {renewal}; re-issue: {reissue}; CCCD to Căn cước card: {swap}. Children under 16, people aged 60 and over and some groups are exempt."
                );
                match r.until {
                    Some(end) => bi!(lang, "{line} (áp dụng đến hết {end})", "{line} (until {end})"),
                    None => line,
                }
            }
            None => t(lang, T::FeeUnknownLine).to_string(),
        },
        Fee::Rates(rates) => rates
            .iter()
            .map(|r| {
                let name = lang.pick(r.name);
                let amount = amounts(lang, r.in_person, r.online);
                format!("{name}: {amount}")
            })
            .collect::<Vec<_>>()
            .join("; "),
        Fee::Free => t(lang, T::NoFeeLine).to_string(),
        Fee::Amount { in_person, online } => common::fee_line(lang, in_person, online),
        Fee::Described(text) => lang.pick(text).to_string(),
        Fee::NotFound(text) => format!("{} {}", t(lang, T::NotFoundOfficial), lang.pick(text)),
    }
}

/// One amount when both channels cost the same, else "X in person, Y online".
pub fn amounts(lang: Lang, in_person: u32, online: u32) -> String {
    let (a, b) = (common::money(lang, in_person), common::money(lang, online));
    if in_person == online {
        a
    } else {
        bi!(lang, "{a} trực tiếp, {b} trực tuyến", "{a} in person, {b} online")
    }
}

pub fn processing_line(lang: Lang, p: Processing, today: Date) -> String {
    match p {
        Processing::WorkingDays(n) => {
            let by = holidays::add_working_days(today, n).date;
            bi!(lang, "Không quá {n} ngày làm việc (nộp ngày {today} thì chậm nhất ngày {by}).", "At most {n} working days (applied on {today}: due by {by}).")
        }
        Processing::CardDays => match crate::law::card_facts::CARD_PROCESSING.as_of(today) {
            Some(p) => {
                let (n, online) = (p.value.days, p.value.online_reissue);
                let line = processing_line(lang, Processing::WorkingDays(n), today);
                if online < n {
                    let quicker = bi!(
                        lang,
                        "Cấp lại thẻ bị mất, hư hỏng nộp trực tuyến toàn trình: không quá {online} ngày làm việc.",
                        "A lost or damaged card re-issued fully online: at most {online} working days."
                    );
                    format!("{line} {quicker}")
                } else {
                    line
                }
            }
            None => t(lang, T::ProcessingNotFound).to_string(),
        },
        Processing::Immediate => t(lang, T::ImmediateLine).to_string(),
        Processing::Described(text) => lang.pick(text).to_string(),
        Processing::NotFound => t(lang, T::ProcessingNotFound).to_string(),
    }
}

/// A checklist line's hint: when it is needed, and whether the office may look it up instead.
pub fn document_hint(lang: Lang, when: Option<Text>, not_needed: bool) -> Option<String> {
    let mark = not_needed.then(|| bi!(lang, "Có thể không cần mang: xem mục bên dưới.", "You may not need it: see below."));
    match (when.map(|w| lang.pick(w).to_string()), mark) {
        (Some(w), Some(m)) => Some(format!("{w} {m}")),
        (w, m) => w.or(m),
    }
}

pub fn not_needed_caveat(lang: Lang) -> String {
    bi!(lang, "Vẫn nên mang bản gốc phòng khi cơ quan không tra được dữ liệu.", "Still take the originals in case the office cannot read the data.")
}

pub fn not_needed_heading(lang: Lang, helper: bool) -> String {
    common::say(lang, helper, "{Ban} có thể không cần mang: cơ quan tự tra cứu", "{You} may not need to bring these: the office looks them up")
}

/// "Paper: how the office gets it (until when)."
pub fn not_needed_line(lang: Lang, n: &NotNeeded) -> String {
    let (paper, instead) = (lang.pick(n.paper), lang.pick(n.instead));
    match n.until {
        Some(until) => bi!(lang, "{paper}: {instead} (Quy định này áp dụng đến hết {until}.)", "{paper}: {instead} (This rule applies until {until}.)"),
        None => format!("{paper}: {instead}"),
    }
}

/// "Trong 60 ngày kể từ ngày sinh." and, for a rule known only to a date, until when.
pub fn deadline_line(lang: Lang, deadline: Deadline) -> String {
    let from = lang.pick(deadline.from);
    let line = match deadline.span {
        Span::Days(n) => bi!(lang, "Trong {n} ngày kể từ {from}.", "Within {n} days of {from}."),
        Span::Months(n) => bi!(lang, "Trong {n} tháng kể từ {from}.", "Within {n} months of {from}."),
        Span::DaysBefore(n) => bi!(lang, "Trong {n} ngày trước {from}.", "Within the {n} days before {from}."),
        Span::Hours(n) => bi!(lang, "Trong {n} giờ kể từ {from}.", "Within {n} hours of {from}."),
    };
    match deadline.known_until {
        Some((until, _)) => format!("{line} {}", bi!(lang, "(Quy định này áp dụng đến hết {until}.)", "(This rule applies until {until}.)")),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::fact::{Fact, Period};
    use crate::law::source::Source;

    static SOURCE: Source = Source {
        id: "test",
        basis: "test",
        url: "https://example.invalid",
        verified_on: Date::ymd(2026, 12, 2),
        confidence: crate::law::source::Confidence::High,
        doubt: None,
    };
    static ENDS: Fact<Fee> = Fact {
        id: "ends",
        periods: &[Period {
            value: Fee::Amount { in_person: 100_000, online: 50_000 },
            valid_from: Date::ymd(2026, 1, 1),
            valid_to: Some(Date::ymd(2026, 12, 31)),
            source: &SOURCE,
        }],
    };

    /// A fee known to a date shows its end; past it the page says the rule is not known yet,
    /// instead of showing an expired rate (Build 3 of issue 10).
    #[test]
    fn a_dated_fee_knows_its_end() {
        let fee = Fee::Dated(&ENDS);
        assert_eq!(fee_line(Lang::Vi, fee, Date::ymd(2026, 12, 31)), "Nộp trực tiếp: 100.000 đ. Nộp trực tuyến: 50.000 đ. (áp dụng đến hết 31/12/2026)");
        assert!(fee_line(Lang::Vi, fee, Date::ymd(2027, 1, 1)).starts_with("Mức lệ phí sau ngày 31/12/2026 chưa được ứng dụng xác nhận"));
        assert_eq!(fee_line(Lang::En, fee, Date::ymd(2025, 12, 31)), t(Lang::En, T::FeeUnknownLine), "before the first period: no rate recorded");
    }
}
