//! Today's tally (số liệu hỗ trợ) for a team's reports: how many times each kind of help was
//! given, per day, on this device only; never a name, a number or an answer of anyone. Kept as
//! `tally-1;2026-12-02,nguoi,3;2026-12-02,muc-2,1`; exported as CSV. Pure; tested natively.

use crate::law::date::Date;

pub const SCHEMA: &str = "tally-1";
/// More than this is not a tally this app wrote.
const MAX_STORED: usize = 50_000;

/// What was done, counted once per person (result pages) or per press (print, next person).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Activity {
    /// "Next person": one person helped.
    PersonHelped,
    /// An e-ID result with the steps to a level-2 account.
    Level2Explained,
    /// A card result (status, renewal, fee).
    CardChecked,
    /// A digital-citizen result (what is missing, what it saves).
    SavingsExplained,
    /// A life event's plan of services.
    EventPlanned,
    /// A form printed from the form helper.
    FormPrinted,
    /// A plan printed.
    PlanPrinted,
}

impl Activity {
    pub const ALL: [Activity; 7] = [
        Activity::PersonHelped,
        Activity::Level2Explained,
        Activity::CardChecked,
        Activity::SavingsExplained,
        Activity::EventPlanned,
        Activity::FormPrinted,
        Activity::PlanPrinted,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Activity::PersonHelped => "nguoi",
            Activity::Level2Explained => "muc-2",
            Activity::CardChecked => "the",
            Activity::SavingsExplained => "cong-dan-so",
            Activity::EventPlanned => "su-kien",
            Activity::FormPrinted => "in-to-khai",
            Activity::PlanPrinted => "in-ke-hoach",
        }
    }

    pub fn from_code(code: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.code() == code)
    }
}

#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct Tally {
    /// (day, activity, count), in the order first counted.
    rows: Vec<(Date, Activity, u32)>,
}

impl Tally {
    /// Reads what `serialize` wrote; anything else is an empty tally (it holds nothing personal,
    /// so starting again loses only counts).
    pub fn parse(stored: &str) -> Tally {
        let mut tally = Tally::default();
        if stored.len() > MAX_STORED {
            return tally;
        }
        let mut parts = stored.split(';');
        if parts.next() != Some(SCHEMA) {
            return tally;
        }
        for part in parts {
            let mut fields = part.split(',');
            let row = (fields.next().and_then(Date::parse_iso), fields.next().and_then(Activity::from_code), fields.next().and_then(|n| n.parse::<u32>().ok()));
            match row {
                (Some(day), Some(activity), Some(count)) if fields.next().is_none() => tally.add(day, activity, count),
                _ => return Tally::default(),
            }
        }
        tally
    }

    pub fn serialize(&self) -> String {
        let mut out = SCHEMA.to_string();
        for (day, activity, count) in &self.rows {
            out.push_str(&format!(";{},{},{count}", day.to_iso(), activity.code()));
        }
        out
    }

    pub fn add(&mut self, day: Date, activity: Activity, n: u32) {
        match self.rows.iter_mut().find(|(d, a, _)| *d == day && *a == activity) {
            Some(row) => row.2 = row.2.saturating_add(n),
            None => self.rows.push((day, activity, n)),
        }
    }

    pub fn count(&self, day: Date, activity: Activity) -> u32 {
        self.rows.iter().find(|(d, a, _)| *d == day && *a == activity).map_or(0, |r| r.2)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// `ngay,viec,so_lan` then one row per day and activity, days in order; `label` names each
    /// activity in the language shown (quoted, commas allowed).
    pub fn csv(&self, label: impl Fn(Activity) -> String) -> String {
        let mut rows = self.rows.clone();
        rows.sort_by_key(|(d, a, _)| (*d, Activity::ALL.iter().position(|x| x == a)));
        let mut out = String::from("ngay,ma,viec,so_lan\r\n");
        for (day, activity, count) in rows {
            out.push_str(&format!("{},{},\"{}\",{count}\r\n", day.to_iso(), activity.code(), label(activity).replace('"', "\"\"")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Date = Date::ymd(2026, 12, 2);

    #[test]
    fn counts_round_trip_and_export_as_csv() {
        let mut t = Tally::default();
        t.add(DAY, Activity::PersonHelped, 1);
        t.add(DAY, Activity::Level2Explained, 1);
        t.add(DAY, Activity::PersonHelped, 1);
        t.add(DAY.add_days(-1), Activity::FormPrinted, 1);
        assert_eq!(t.count(DAY, Activity::PersonHelped), 2);
        assert_eq!(Tally::parse(&t.serialize()), t);
        let csv = t.csv(|a| format!("việc \"{}\"", a.code()));
        assert_eq!(
            csv,
            "ngay,ma,viec,so_lan\r\n2026-12-01,in-to-khai,\"việc \"\"in-to-khai\"\"\",1\r\n2026-12-02,nguoi,\"việc \"\"nguoi\"\"\",2\r\n2026-12-02,muc-2,\"việc \"\"muc-2\"\"\",1\r\n"
        );
    }

    #[test]
    fn a_broken_tally_starts_again() {
        for bad in ["", "tally-2;2026-12-02,nguoi,1", "tally-1;2026-12-02,ai,1", "tally-1;2026-12-02,nguoi,-1", "tally-1;2026-12-02,nguoi,1,x"] {
            assert!(Tally::parse(bad).is_empty(), "{bad:?}");
        }
        assert!(Tally::parse(&"x".repeat(60_000)).is_empty());
    }
}
