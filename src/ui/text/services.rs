//! Words for the service catalog (dịch vụ công) and the service summaries other tools show.

use crate::content::catalog::{Channel, EidNeed, Fee, Processing, Span};
use crate::law::date::Date;
use crate::law::holidays;

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

pub fn fee_line(lang: Lang, fee: Fee) -> String {
    match fee {
        Fee::Free => t(lang, T::NoFeeLine).to_string(),
        Fee::Amount { in_person, online } => common::fee_line(lang, in_person, online),
        Fee::Described(text) => lang.pick(text).to_string(),
        Fee::NotFound(text) => format!("{} {}", t(lang, T::NotFoundOfficial), lang.pick(text)),
    }
}

pub fn processing_line(lang: Lang, p: Processing, today: Date) -> String {
    match p {
        Processing::WorkingDays(n) => {
            let by = holidays::add_working_days(today, n).date;
            bi!(lang, "Không quá {n} ngày làm việc (nộp ngày {today} thì chậm nhất ngày {by}).", "At most {n} working days (applied on {today}: due by {by}).")
        }
        Processing::Immediate => t(lang, T::ImmediateLine).to_string(),
        Processing::Described(text) => lang.pick(text).to_string(),
        Processing::NotFound => t(lang, T::ProcessingNotFound).to_string(),
    }
}

/// "Trong 60 ngày kể từ ngày sinh."
pub fn deadline_line(lang: Lang, span: Span, from: &str) -> String {
    match span {
        Span::Days(n) => bi!(lang, "Trong {n} ngày kể từ {from}.", "Within {n} days of {from}."),
        Span::Months(n) => bi!(lang, "Trong {n} tháng kể từ {from}.", "Within {n} months of {from}."),
    }
}
