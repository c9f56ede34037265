//! The service catalog's shape: what each public service records, and the checks that keep every
//! value cited. The data itself is in `services.rs`.

use crate::law::date::Date;
use crate::law::digital_citizen::{self, DigitalCitizen, WaivedFee, WaiverVerdict};
use crate::law::fact::Fact;
use crate::law::source::{Source, Text};

/// Where a service is done.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Channel {
    /// In person at the office named.
    InPerson(Text),
    /// Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).
    NationalPortal,
    /// Cổng dịch vụ công Bộ Công an.
    MpsPortal,
    /// The VNeID app.
    Vneid,
    /// VssID, the social-insurance app.
    VssId,
}

/// The e-ID (VNeID) level a channel needs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EidNeed {
    /// In person: the ID card, no account.
    None,
    Level2,
    /// The sources read do not say: shown with a "verify" note.
    NotStated,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ChannelOffer {
    pub channel: Channel,
    pub eid: EidNeed,
    pub source: &'static Source,
}

/// An official form (tờ khai) the app can help fill (the form helper, issue 11).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FormId {
    /// Tờ khai căn cước (TK01), Nghị định 69/2024/NĐ-CP.
    Tk01,
    /// Tờ khai thay đổi thông tin cư trú (CT01).
    Ct01,
    /// Tờ khai đăng ký khai sinh.
    BirthDeclaration,
}

/// A document to bring, and when it is needed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Document {
    /// Stable within its service: saved checklist ticks are keyed by it, so it never changes
    /// when documents are added, removed or reordered.
    pub id: &'static str,
    pub name: Text,
    pub when: Option<Text>,
    /// The official form that is this document, when there is one.
    pub form: Option<FormId>,
}

impl Document {
    /// This document is filled in on `form`.
    pub const fn filled_by(self, form: FormId) -> Document {
        Document { form: Some(form), ..self }
    }
}

/// The fee, in đồng.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fee {
    Free,
    Amount {
        in_person: u32,
        online: u32,
    },
    /// A rule in words (several rates, exemptions) — shown as is.
    Described(Text),
    /// The amount in force was not found: said so, never guessed.
    NotFound(Text),
    /// A fee that changes on known dates, each period with its source. Past the last period the
    /// page says the rule is not known yet rather than showing an expired rate.
    Dated(&'static Fact<Fee>),
    /// The card fees, read from the same dated facts the card calculator uses.
    CardRates,
    /// Several named rates (a new passport and a replacement; one certificate and a reduced one),
    /// each with its stable id so that other tools (the digital-citizen savings) read the amount
    /// they need from the same record.
    Rates(&'static [Rate]),
}

/// One named rate of a fee, in đồng.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Rate {
    pub id: &'static str,
    pub name: Text,
    pub in_person: u32,
    pub online: u32,
}

impl Fee {
    /// The rate with this id, in force on `as_of` (looking through dated fees).
    pub fn rate(self, id: &str, as_of: Date) -> Option<(Rate, Option<&'static Source>)> {
        match self {
            Fee::Rates(rates) => rates.iter().find(|r| r.id == id).map(|r| (*r, None)),
            Fee::Dated(fact) => fact.as_of(as_of).and_then(|p| p.value.rate(id, as_of).map(|(r, _)| (r, Some(p.source)))),
            _ => None,
        }
    }
}

/// Processing time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Processing {
    WorkingDays(u32),
    /// The card's processing times, read from the same dated fact the card calculator uses.
    CardDays,
    /// Accepted at once.
    Immediate,
    Described(Text),
    NotFound,
}

/// How long a deadline runs: calendar days, or calendar months (BLDS 2015 Điều 148 khoản 3).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Span {
    Days(i64),
    Months(i32),
    /// Within this many days before the counted day (renewing before a stay ends).
    DaysBefore(i64),
    /// Within this many hours (a foreign guest's declaration): the app asks no hour, so it counts
    /// no date from it.
    Hours(u32),
}

/// What a legal deadline counts from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CountsFrom {
    /// Ngày sinh.
    Birth,
    /// Ngày mất.
    Death,
    /// The day the person started living at the new place.
    Arrival,
    /// The end of the labour contract.
    ContractEnd,
    /// The last day of the registered temporary stay.
    TemporaryStayEnd,
    /// A foreign guest's arrival at the place they stay.
    GuestArrival,
}

/// A legal deadline for the citizen, counted from an event.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Deadline {
    pub span: Span,
    pub counts_from: CountsFrom,
    /// What the count starts from, e.g. "the birth".
    pub from: Text,
    /// What happens when it is missed.
    pub overdue: Text,
    pub source: &'static Source,
    /// The last day the rule is known to hold, and the text that replaces it (whose own rule the
    /// app has not read): past it, no countdown is extrapolated.
    pub known_until: Option<(Date, &'static Source)>,
    /// The count marks when a duty starts (e.g. temporary residence once a stay reaches 30 days,
    /// Luật Cư trú Điều 27 khoản 1), not a filing deadline: no "days late" is shown.
    pub obligation: bool,
    /// The source of `overdue` when it is not the deadline's own (a fine in another text).
    pub penalty: Option<&'static Source>,
}

/// A tool of this app that answers the service in depth.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    CardCalculator,
    EidGuide,
}

/// One public service (thủ tục hành chính).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Service {
    /// The link slug: `#/dich-vu/<id>`.
    pub id: &'static str,
    pub name: Text,
    pub agency: Text,
    pub channels: &'static [ChannelOffer],
    pub documents: &'static [Document],
    pub documents_source: &'static Source,
    pub fee: Fee,
    pub fee_source: &'static Source,
    pub processing: Processing,
    pub processing_source: &'static Source,
    pub deadline: Option<Deadline>,
    pub tool: Option<Tool>,
    /// The digital-citizen online fee waiver that covers this service, if any (Thông tư
    /// 117/2026/TT-BTC Điều 1; conditions in Nghị quyết 66.22/2026/NQ-CP).
    pub waiver: Option<WaivedFee>,
}

impl Service {
    /// The digital-citizen online waiver for someone whose conditions are not known yet: in its
    /// window, what it needs; after it, that it has ended. `None` when it does not apply.
    pub fn online_waiver(&self, today: Date) -> Option<(WaiverVerdict, &'static Source)> {
        let (verdict, source) = digital_citizen::waiver(self.waiver?, &DigitalCitizen::default(), today);
        (verdict != WaiverVerdict::Outside { ended: None }).then_some((verdict, source))
    }

    /// The due date of a file sent on `today`, when the processing time is in working days.
    pub fn processing_due(&self, today: Date) -> Option<crate::law::holidays::WorkingDays> {
        match self.processing {
            Processing::WorkingDays(n) => Some(crate::law::holidays::add_working_days(today, n)),
            Processing::CardDays => crate::law::card_facts::CARD_PROCESSING.as_of(today).map(|p| crate::law::holidays::add_working_days(today, p.value.days)),
            _ => None,
        }
    }

    /// Every source the service cites.
    pub fn sources(&self) -> Vec<&'static Source> {
        let mut all = vec![self.documents_source, self.fee_source, self.processing_source];
        all.extend(self.channels.iter().map(|c| c.source));
        all.extend(self.deadline.map(|d| d.source));
        all.extend(self.deadline.and_then(|d| d.known_until).map(|(_, next)| next));
        all.extend(self.deadline.and_then(|d| d.penalty));
        if let Fee::Dated(fact) = self.fee {
            all.extend(fact.sources().filter(|s| !all_ids(&all).contains(&s.id)).collect::<Vec<_>>());
        }
        if self.fee == Fee::CardRates {
            let card = crate::law::card_facts::CARD_FEE_RATES.sources().chain(crate::law::card_facts::CARD_FEE_REDUCTION.sources());
            all.extend(card.filter(|s| !all_ids(&all).contains(&s.id)).collect::<Vec<_>>());
        }
        all
    }

    /// Problems that make the record unfit to show (checked by the test suite).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let id = self.id;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            out.push(format!("{id:?}: id must be a lower-case slug"));
        }
        let texts = [Some(self.name), Some(self.agency)]
            .into_iter()
            .flatten()
            .chain(self.documents.iter().flat_map(|d| [Some(d.name), d.when].into_iter().flatten()))
            .chain(self.deadline.iter().flat_map(|d| [d.from, d.overdue]))
            .chain(fee_texts(self.fee))
            .chain(match self.processing {
                Processing::Described(t) => Some(t),
                _ => None,
            })
            .chain(self.channels.iter().filter_map(|c| match c.channel {
                Channel::InPerson(t) => Some(t),
                _ => None,
            }));
        for t in texts {
            if t.vi.trim().is_empty() || t.en.trim().is_empty() {
                out.push(format!("{id}: a text lacks Vietnamese or English"));
            }
        }
        if self.channels.is_empty() {
            out.push(format!("{id}: no channel"));
        }
        for c in self.channels {
            let online = !matches!(c.channel, Channel::InPerson(_));
            if online && c.eid == EidNeed::None {
                out.push(format!("{id}: an online channel must say its e-ID level (or NotStated)"));
            }
            if c.eid == EidNeed::NotStated && c.source.doubt.is_none() {
                out.push(format!("{id}: e-ID level not stated, and its source carries no doubt note"));
            }
        }
        for (i, d) in self.documents.iter().enumerate() {
            if d.id.is_empty() || !d.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                out.push(format!("{id}: document id {:?} must be a lower-case slug", d.id));
            }
            if self.documents[..i].iter().any(|e| e.id == d.id) {
                out.push(format!("{id}: document id {:?} used twice (saved ticks are keyed by it)", d.id));
            }
        }
        if self.documents.is_empty() && self.tool.is_none() {
            out.push(format!("{id}: no documents listed"));
        }
        if let Some(d) = self.deadline {
            if matches!(d.span, Span::Days(..=0) | Span::Months(..=0) | Span::DaysBefore(..=0)) {
                out.push(format!("{id}: deadline must be positive"));
            }
        }
        out
    }
}

/// The words a fee carries, in every period of a dated one.
fn fee_texts(fee: Fee) -> Vec<Text> {
    match fee {
        Fee::Described(t) | Fee::NotFound(t) => vec![t],
        Fee::Rates(rates) => rates.iter().map(|r| r.name).collect(),
        Fee::Dated(fact) => fact.periods.iter().flat_map(|p| fee_texts(p.value)).collect(),
        Fee::Free | Fee::Amount { .. } | Fee::CardRates => Vec::new(),
    }
}

fn all_ids(sources: &[&'static Source]) -> Vec<&'static str> {
    sources.iter().map(|s| s.id).collect()
}
