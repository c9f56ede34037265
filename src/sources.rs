//! The one registry of every source the app cites, and of every dated fact: the rules' and the
//! catalog's. The test suite checks each source is complete, unique and registered; the sources
//! page (`#/can-cu`) lists them grouped by tool, with their validity windows and what rests on them.

use crate::content::{forms, not_needed, savings, services, vneid_safety};
use crate::law::date::Date;
use crate::law::fact::CheckedFact;
use crate::law::source::{Confidence, Source};
use crate::law::{card_facts, digital_citizen, eid_facts, holidays, id_number};

/// Every source the app cites, rules first, then the catalog.
pub fn all() -> Vec<&'static Source> {
    let mut all = crate::law::sources();
    all.extend(services::sources());
    all.extend(not_needed::sources());
    all.extend(vneid_safety::sources());
    all.extend(savings::sources());
    all.extend(forms::sources());
    all
}

/// Every dated fact, rules and catalog.
pub fn facts() -> Vec<&'static dyn CheckedFact> {
    let mut all = crate::law::all_facts();
    all.extend(services::facts().into_iter().map(|f| f as &'static dyn CheckedFact));
    all
}

/// The tool a source belongs to on the sources page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    IdNumber,
    Card,
    Eid,
    DigitalCitizen,
    WorkingDays,
    Services,
    Forms,
}

/// One row of the sources page.
#[derive(Clone, PartialEq, Debug)]
pub struct SourceRow {
    pub source: &'static Source,
    pub tool: Tool,
    /// The validity windows of the dated facts that rest on it.
    pub windows: Vec<(Date, Option<Date>)>,
    /// The ids of the catalog services that cite it.
    pub services: Vec<&'static str>,
}

/// Every source once, grouped by tool in the order of the page, least certain first in each group.
pub fn rows() -> Vec<SourceRow> {
    let groups: [(Tool, Vec<&'static Source>); 7] = [
        (Tool::IdNumber, vec![&id_number::STRUCTURE, &id_number::PROVINCE_TABLE, &id_number::CMND_ENDED, &id_number::ADMIN_CODES_2025]),
        (Tool::Card, card_facts::sources()),
        (Tool::Eid, eid_facts::sources().into_iter().chain(vneid_safety::sources()).collect()),
        (Tool::DigitalCitizen, digital_citizen::sources().into_iter().chain(savings::sources()).collect()),
        (Tool::WorkingDays, holidays::sources()),
        (Tool::Services, services::sources().into_iter().chain(not_needed::sources()).collect()),
        (Tool::Forms, forms::sources()),
    ];
    let windows: Vec<(&'static Source, Date, Option<Date>)> = facts().into_iter().flat_map(|f| f.windows()).collect();
    let rank = |c: Confidence| match c {
        Confidence::Low => 0,
        Confidence::Medium => 1,
        Confidence::High => 2,
    };
    let mut rows: Vec<SourceRow> = Vec::new();
    for (tool, sources) in groups {
        let mut group: Vec<SourceRow> = sources
            .into_iter()
            .filter(|s| !rows.iter().any(|r| r.source.id == s.id))
            .map(|source| SourceRow {
                source,
                tool,
                windows: windows.iter().filter(|(s, _, _)| s.id == source.id).map(|(_, from, to)| (*from, *to)).collect(),
                services: services::SERVICES.iter().filter(|sv| sv.sources().iter().any(|s| s.id == source.id)).map(|sv| sv.id).collect(),
            })
            .collect();
        group.sort_by_key(|r| rank(r.source.confidence));
        rows.extend(group);
    }
    rows
}
