//! Life events (việc của tôi) → the services that apply, in order, with deadlines counted from the
//! event date. Pure: the UI passes the answers and today in.

use super::catalog::{CountsFrom, Deadline, Service, Span};
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
        LifeEvent::Birth,
        LifeEvent::Death,
        LifeEvent::Moving,
        LifeEvent::Marriage,
        LifeEvent::Vehicle,
        LifeEvent::Travel,
        LifeEvent::JobLoss,
        LifeEvent::Guest,
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

    /// Whether "is the guest a foreigner" changes the route.
    pub fn asks_foreigner(self) -> bool {
        self == LifeEvent::Guest
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
    /// Guest: the guest is a foreigner (Luật 47/2014/QH13, Điều 3 khoản 1: holds papers of a
    /// foreign nationality), declared under that law rather than the Residence Law.
    pub foreigner: bool,
}

/// Where a deadline stands on a given day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeadlineState {
    /// `days_left` ≥ 0: still time (0 = today is the last day).
    Due {
        on: Date,
        days_left: i64,
    },
    Overdue {
        on: Date,
        days_late: i64,
    },
    /// The deadline's rule is known only to `known_until` and the event or its last day falls
    /// after it: no countdown is extrapolated.
    RuleUnknownAfter {
        known_until: Date,
    },
    /// A duty that starts on `since` (not a filing deadline); `started` once that day is reached.
    Obligation {
        since: Date,
        started: bool,
    },
}

/// The last day of a deadline running from `event`: days are counted after the event day; months
/// end on the corresponding day, or the month's last day (BLDS 2015 Điều 147, 148 khoản 3); a last
/// day that is a weekend or a day off moves to the next working day (Điều 148 khoản 5).
pub fn last_day(event: Date, span: Span) -> Date {
    let mut day = match span {
        Span::Days(n) => event.add_days(n),
        Span::Months(n) => event.add_months(n),
        // A window that closes on the counted day itself (the end of a stay): not moved.
        Span::DaysBefore(_) | Span::Hours(_) => return event,
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

/// Where a catalog deadline stands, unless its rule is not known on the day it would end.
pub fn deadline_state_for(event: Date, deadline: Deadline, today: Date) -> DeadlineState {
    match deadline.known_until {
        Some((known_until, _)) if last_day(event, deadline.span) > known_until => DeadlineState::RuleUnknownAfter { known_until },
        _ if deadline.obligation => {
            let since = match deadline.span {
                Span::Days(n) => event.add_days(n),
                Span::Months(n) => event.add_months(n),
                Span::DaysBefore(_) | Span::Hours(_) => event,
            };
            DeadlineState::Obligation { since, started: today >= since }
        }
        _ => deadline_state(event, deadline.span, today),
    }
}

/// One service in the plan, with its deadline if it has one and the date is known.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PlanStep {
    pub service: &'static Service,
    pub deadline: Option<DeadlineState>,
}

/// The day the birth linked group also issues the child's ID card (Nghị định 301/2026/NĐ-CP).
pub const LINKED_GROUP_WITH_CARD_FROM: Date = Date::ymd(2026, 9, 1);

/// The services that apply on `today`, in the order to do them.
pub fn services_for(event: LifeEvent, a: EventAnswers, today: Date) -> &'static [Service] {
    use services::*;
    match event {
        LifeEvent::Birth if a.eid_level_2 && a.permanent && today >= LINKED_GROUP_WITH_CARD_FROM => &[BIRTH_LINKED_GROUP],
        LifeEvent::Birth if a.eid_level_2 && a.permanent => &[BIRTH_LINKED_GROUP, ID_CARD],
        LifeEvent::Birth if a.permanent => &[BIRTH_REGISTRATION, PERMANENT_RESIDENCE_REGISTRATION, ID_CARD],
        LifeEvent::Birth => &[BIRTH_REGISTRATION, TEMPORARY_RESIDENCE_REGISTRATION, ID_CARD],
        LifeEvent::Death if a.eid_level_2 => &[DEATH_LINKED_GROUP],
        LifeEvent::Death => &[DEATH_REGISTRATION],
        LifeEvent::Moving if a.permanent => &[PERMANENT_RESIDENCE_REGISTRATION],
        LifeEvent::Moving => &[TEMPORARY_RESIDENCE_REGISTRATION, TEMPORARY_RESIDENCE_RENEWAL],
        LifeEvent::Marriage => &[MARRIAGE_REGISTRATION],
        LifeEvent::Vehicle if a.eid_level_2 => &[VEHICLE_FIRST_REGISTRATION],
        LifeEvent::Vehicle => &[EID_LEVEL_2, VEHICLE_FIRST_REGISTRATION],
        LifeEvent::Travel => &[PASSPORT_ISSUE],
        LifeEvent::JobLoss => &[UNEMPLOYMENT_BENEFIT],
        LifeEvent::Guest if a.foreigner => &[FOREIGN_GUEST_DECLARATION],
        LifeEvent::Guest => &[GUEST_STAY_NOTICE],
    }
}

impl LifeEvent {
    /// What the date this event asks for is, as a deadline's starting point. A deadline that
    /// counts from something else (a newborn's temporary residence counts from the birth
    /// registration, not the birth) gets no countdown.
    pub fn date_counts_as(self) -> Option<CountsFrom> {
        match self {
            LifeEvent::Birth => Some(CountsFrom::Birth),
            LifeEvent::Death => Some(CountsFrom::Death),
            LifeEvent::Moving => Some(CountsFrom::Arrival),
            LifeEvent::JobLoss => Some(CountsFrom::ContractEnd),
            _ => None,
        }
    }
}

/// The services that apply to the event, in order, with their deadlines as of `today`.
pub fn plan(event: LifeEvent, a: EventAnswers, today: Date) -> Vec<PlanStep> {
    services_for(event, a, today)
        .iter()
        .map(|service| PlanStep {
            service,
            deadline: match (service.deadline, a.date) {
                (Some(d), Some(event_date)) if event.date_counts_as() == Some(d.counts_from) => Some(deadline_state_for(event_date, d, today)),
                _ => None,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_plans_something_and_its_slug_round_trips() {
        for event in LifeEvent::ALL {
            for (permanent, eid_level_2) in [(false, false), (true, false), (false, true), (true, true)] {
                let a = EventAnswers { date: None, permanent, eid_level_2, foreigner: permanent };
                assert!(!services_for(event, a, Date::ymd(2026, 11, 24)).is_empty(), "{event:?}");
                for s in services_for(event, a, Date::ymd(2026, 8, 31)) {
                    assert_eq!(services::find(s.id), Some(s), "{event:?} plans {} as it is in the catalog", s.id);
                }
            }
            assert_eq!(LifeEvent::from_slug(event.slug()), Some(event));
        }
    }

    #[test]
    fn a_newborns_residence_gets_no_countdown_from_the_birth() {
        let a = EventAnswers { date: Some(Date::ymd(2026, 11, 15)), ..EventAnswers::default() };
        let steps = plan(LifeEvent::Birth, a, Date::ymd(2026, 11, 24));
        let counted: Vec<&str> = steps.iter().filter(|s| s.deadline.is_some()).map(|s| s.service.id).collect();
        assert_eq!(counted, vec!["dang-ky-khai-sinh"]);
        let moving = plan(LifeEvent::Moving, a, Date::ymd(2026, 11, 24));
        assert!(moving[0].deadline.is_some(), "moving: temporary residence counts from the arrival");
    }
}
