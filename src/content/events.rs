//! Life events (việc của tôi) → the services that apply, in order, with deadlines counted from the
//! event date. Pure: the UI passes the answers and today in.

use super::catalog::{Service, Span};
use super::services;
use crate::law::date::Date;
use crate::law::holidays;
use crate::law::source::Text;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LifeEvent {
    Birth,
    Death,
    Moving,
    Marriage,
    Vehicle,
    Travel,
    JobLoss,
    Guest,
}

impl LifeEvent {
    pub const ALL: [LifeEvent; 8] = [
        LifeEvent::Birth, LifeEvent::Death, LifeEvent::Moving, LifeEvent::Marriage,
        LifeEvent::Vehicle, LifeEvent::Travel, LifeEvent::JobLoss, LifeEvent::Guest,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            LifeEvent::Birth => "sinh-con",
            LifeEvent::Death => "nguoi-than-mat",
            LifeEvent::Moving => "chuyen-noi-o",
            LifeEvent::Marriage => "ket-hon",
            LifeEvent::Vehicle => "mua-xe",
            LifeEvent::Travel => "di-nuoc-ngoai",
            LifeEvent::JobLoss => "mat-viec",
            LifeEvent::Guest => "co-khach-o",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LifeEvent> {
        LifeEvent::ALL.into_iter().find(|e| e.slug() == slug)
    }

    pub fn name(self) -> Text {
        let (vi, en) = match self {
            LifeEvent::Birth => ("Con tôi mới sinh", "My baby was born"),
            LifeEvent::Death => ("Người thân qua đời", "A family member died"),
            LifeEvent::Moving => ("Tôi chuyển đến nơi ở mới", "I moved home"),
            LifeEvent::Marriage => ("Tôi kết hôn", "I am getting married"),
            LifeEvent::Vehicle => ("Tôi mua xe máy, ô tô", "I bought a motorbike or car"),
            LifeEvent::Travel => ("Tôi cần đi nước ngoài", "I need to travel abroad"),
            LifeEvent::JobLoss => ("Tôi bị mất việc", "I lost my job"),
            LifeEvent::Guest => ("Có người đến ở nhà tôi", "Someone is staying at my home"),
        };
        Text { vi, en }
    }

    /// The question about the event's date, when a deadline counts from it.
    pub fn date_question(self) -> Option<Text> {
        let (vi, en) = match self {
            LifeEvent::Birth => ("Bé sinh ngày nào?", "When was the baby born?"),
            LifeEvent::Death => ("Người thân mất ngày nào?", "On what date did they die?"),
            LifeEvent::Moving => ("Bạn đến ở nơi mới từ ngày nào?", "Since when have you lived at the new place?"),
            LifeEvent::JobLoss => ("Hợp đồng lao động chấm dứt ngày nào?", "On what date did the labour contract end?"),
            _ => return None,
        };
        Some(Text { vi, en })
    }

    /// Whether the answer "has a level-2 e-ID" changes the route.
    pub fn asks_eid_level_2(self) -> bool {
        matches!(self, LifeEvent::Birth | LifeEvent::Death | LifeEvent::Vehicle)
    }

    /// Whether "is the permanent residence registered / is this move permanent" matters.
    pub fn asks_permanent(self) -> bool {
        matches!(self, LifeEvent::Birth | LifeEvent::Moving)
    }
}

/// The answers for an event.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct EventAnswers {
    pub date: Option<Date>,
    /// Birth: the parents' permanent residence is registered. Moving: the move is permanent.
    pub permanent: bool,
    pub eid_level_2: bool,
}

/// Where a deadline stands on a given day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeadlineState {
    /// `days_left` ≥ 0: still time (0 = today is the last day).
    Due { on: Date, days_left: i64 },
    Overdue { on: Date, days_late: i64 },
}

/// The last day of a deadline running from `event`: days are counted after the event day; months
/// end on the corresponding day, or the month's last day (BLDS 2015 Điều 147, 148 khoản 3); a last
/// day that is a weekend or a day off moves to the next working day (Điều 148 khoản 5).
pub fn last_day(event: Date, span: Span) -> Date {
    let mut day = match span {
        Span::Days(n) => event.add_days(n),
        Span::Months(n) => event.add_months(n),
    };
    while !holidays::is_working_day(day) {
        day = day.add_days(1);
    }
    day
}

pub fn deadline_state(event: Date, span: Span, today: Date) -> DeadlineState {
    let on = last_day(event, span);
    let left = today.days_until(on);
    if left >= 0 {
        DeadlineState::Due { on, days_left: left }
    } else {
        DeadlineState::Overdue { on, days_late: -left }
    }
}

/// One service in the plan, with its deadline if it has one and the date is known.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PlanStep {
    pub service: &'static Service,
    pub deadline: Option<DeadlineState>,
}

/// The catalog ids of the services that apply, in the order to do them.
pub fn service_ids(event: LifeEvent, a: EventAnswers) -> &'static [&'static str] {
    match event {
        LifeEvent::Birth if a.eid_level_2 && a.permanent => &["lien-thong-khai-sinh", "the-can-cuoc"],
        LifeEvent::Birth if a.permanent => &["dang-ky-khai-sinh", "dang-ky-thuong-tru", "the-can-cuoc"],
        LifeEvent::Birth => &["dang-ky-khai-sinh", "dang-ky-tam-tru", "the-can-cuoc"],
        LifeEvent::Death if a.eid_level_2 => &["lien-thong-khai-tu"],
        LifeEvent::Death => &["dang-ky-khai-tu"],
        LifeEvent::Moving if a.permanent => &["dang-ky-thuong-tru"],
        LifeEvent::Moving => &["dang-ky-tam-tru", "gia-han-tam-tru"],
        LifeEvent::Marriage => &["dang-ky-ket-hon"],
        LifeEvent::Vehicle if a.eid_level_2 => &["dang-ky-xe-lan-dau"],
        LifeEvent::Vehicle => &["dinh-danh-dien-tu-muc-2", "dang-ky-xe-lan-dau"],
        LifeEvent::Travel => &["cap-ho-chieu"],
        LifeEvent::JobLoss => &["tro-cap-that-nghiep"],
        LifeEvent::Guest => &["thong-bao-luu-tru"],
    }
}

/// The services whose legal deadline counts from this event's date. (A newborn's temporary
/// residence, say, counts from the birth registration, not the birth: no countdown is shown.)
fn counts_from_event(event: LifeEvent, id: &str) -> bool {
    match event {
        LifeEvent::Birth => matches!(id, "dang-ky-khai-sinh" | "lien-thong-khai-sinh"),
        LifeEvent::Death => matches!(id, "dang-ky-khai-tu" | "lien-thong-khai-tu"),
        LifeEvent::Moving => id == "dang-ky-tam-tru",
        LifeEvent::JobLoss => id == "tro-cap-that-nghiep",
        _ => false,
    }
}

/// The services that apply to the event, in order, with their deadlines as of `today`.
pub fn plan(event: LifeEvent, a: EventAnswers, today: Date) -> Vec<PlanStep> {
    service_ids(event, a)
        .iter()
        .filter_map(|id| services::find(id))
        .map(|service| PlanStep {
            service,
            deadline: match (service.deadline, a.date) {
                (Some(d), Some(event_date)) if counts_from_event(event, service.id) => Some(deadline_state(event_date, d.span, today)),
                _ => None,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_planned_service_exists() {
        for event in LifeEvent::ALL {
            for (permanent, eid_level_2) in [(false, false), (true, false), (false, true), (true, true)] {
                let a = EventAnswers { date: None, permanent, eid_level_2 };
                for id in service_ids(event, a) {
                    assert!(services::find(id).is_some(), "{event:?} plans unknown service {id}");
                }
                assert!(!service_ids(event, a).is_empty(), "{event:?}");
            }
            assert_eq!(LifeEvent::from_slug(event.slug()), Some(event));
        }
    }
}
