//! Tra cứu hạn thẻ căn cước: is the ID card valid, until when, what to do next, where, at what fee.
//!
//! A pure function of (answers, as-of date) → answer + reasons. Every reason names the source
//! that decided it (`card_facts`).

use super::card_facts::{self as facts, FeeRates, Reduction};
use super::date::Date;
use super::digital_citizen::{self, DigitalCitizen, WaivedFee, WaiverVerdict};
use super::fact::Period;
use super::holidays::{self, WorkingDays};
use super::source::Source;

/// The document the person holds now.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardHeld {
    /// Chứng minh nhân dân (old 9-digit card).
    Cmnd,
    /// Căn cước công dân, barcode (no chip), issued before 01/07/2024.
    CccdNoChip,
    /// Căn cước công dân with chip, issued before 01/07/2024.
    CccdChip,
    /// Thẻ căn cước, issued from 01/07/2024.
    CanCuoc,
    /// No card at all.
    NoCard,
    /// The card was lost (or damaged beyond use).
    Lost,
}

impl CardHeld {
    pub const ALL: [CardHeld; 6] = [CardHeld::CanCuoc, CardHeld::CccdChip, CardHeld::CccdNoChip, CardHeld::Cmnd, CardHeld::NoCard, CardHeld::Lost];

    /// The code used in links (`the=`).
    pub fn code(self) -> &'static str {
        match self {
            CardHeld::Cmnd => "cmnd",
            CardHeld::CccdNoChip => "cccd",
            CardHeld::CccdChip => "cccd-chip",
            CardHeld::CanCuoc => "can-cuoc",
            CardHeld::NoCard => "chua-co",
            CardHeld::Lost => "mat",
        }
    }

    pub fn from_code(code: &str) -> Option<CardHeld> {
        CardHeld::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Whether the card's own dates matter (issue date or printed expiry). For a lost card the
    /// issue date (if remembered) tells a renewal from a re-issue.
    pub fn has_dates(self) -> bool {
        matches!(self, CardHeld::Cmnd | CardHeld::CccdNoChip | CardHeld::CccdChip | CardHeld::CanCuoc | CardHeld::Lost)
    }
}

/// "Có giá trị đến" as printed on a CCCD or Căn cước card.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PrintedExpiry {
    On(Date),
    /// "Không thời hạn".
    Never,
}

/// What the person answered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CardAnswers {
    pub born: Date,
    pub held: CardHeld,
    /// Ngày cấp, as printed.
    pub issued_on: Option<Date>,
    pub printed_expiry: Option<PrintedExpiry>,
    /// Belongs to a fee-exempt group other than by age (disability, merit, poor household, …).
    pub exempt_group: bool,
    /// What is known of the digital-citizen conditions (for the 2026–2027 online waiver).
    pub digital: DigitalCitizen,
    /// The details printed on the card (residence, place of birth) changed in the 2025 merger of
    /// provinces and communes (sắp xếp đơn vị hành chính).
    pub admin_change: bool,
}

/// An answer that cannot be right, reported beside its field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardInputProblem {
    AsOfBeforeLaw {
        as_of: Date,
    },
    BornAfterAsOf,
    IssuedBeforeBirth,
    IssuedAfterAsOf,
    /// CCCD cards were issued until 30/06/2024; a later card is a Căn cước card.
    CccdIssuedFromLaw,
    /// Căn cước cards exist from 01/07/2024.
    CanCuocIssuedBeforeLaw,
    /// A barcode CCCD issued before 01/01/2016: CCCD cards did not exist yet (it was a CMND).
    CccdBeforeLaw59,
    /// A chip CCCD issued before 2021: chip cards did not exist yet.
    ChipBefore2021,
    /// A CCCD or Căn cước card needs its issue date or printed expiry.
    CardDatesMissing,
    ExpiryBeforeIssue,
}

/// Where the problem belongs on the form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CardField {
    AsOf,
    Born,
    IssuedOn,
    PrintedExpiry,
}

impl CardInputProblem {
    pub fn field(self) -> CardField {
        match self {
            CardInputProblem::AsOfBeforeLaw { .. } => CardField::AsOf,
            CardInputProblem::BornAfterAsOf => CardField::Born,
            CardInputProblem::ExpiryBeforeIssue => CardField::PrintedExpiry,
            _ => CardField::IssuedOn,
        }
    }
}

/// Is the card valid on the as-of date?
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Validity {
    /// Valid through `until` (inclusive); `None` = for life.
    Valid {
        until: Option<Date>,
    },
    /// No longer valid since `since`.
    Expired {
        since: Date,
    },
    NoCard,
    Lost,
}

/// The procedure that applies now.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Procedure {
    /// Cấp thẻ căn cước lần đầu, 14 and over (mandatory).
    FirstIssue,
    /// Cấp thẻ căn cước cho người dưới 14 tuổi (on request).
    FirstIssueUnder14,
    /// Cấp đổi (age milestone reached, card expired).
    Renewal,
    /// Cấp lại (lost or damaged).
    Reissue,
    /// Optional swap of a valid CCCD for a Căn cước card.
    OptionalSwap,
    /// Optional swap of a valid card whose printed details changed in the 2025 merger (cấp đổi).
    SwapAdminChange,
    /// Nothing to do now.
    Nothing,
}

/// Where the procedure is done.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Channel {
    /// In person at any commune or ward police (công an cấp xã); may be booked online.
    InPersonCommunePolice,
    /// Online by the representative (national portal or VNeID), no visit: children under 6.
    OnlineRepresentative,
    /// Started online by the representative, then the child comes for biometrics (6–13).
    OnlineThenInPerson,
    /// Online (national portal, VNeID) or in person.
    OnlineOrInPerson,
    /// Online (VNeID, the national or the police portal, level-2 account) with no visit, or in person.
    OnlineNoVisit,
}

/// Why a card is exempt from the fee.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Exemption {
    /// Under 16 (Children Law).
    Child,
    /// 60 and over (Elderly Law).
    Elderly,
    /// Another exempt group the person ticked.
    Group,
}

/// The fee for the procedure on the as-of date, in đồng.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fee {
    /// The procedure has no fee.
    None,
    Exempt(Exemption),
    Amount {
        in_person: u32,
        online: u32,
        /// The digital-citizen waiver of the online fee (NQ 66.22/2026, TT 117/2026), when it is in
        /// force or has just ended; `online` is 0 only when it is `Waived`.
        waiver: Option<WaiverVerdict>,
    },
    /// No rate recorded for this date: say so, never guess.
    Unknown,
}

/// One step of the reasoning, with the source that decided it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Reason {
    pub because: Because,
    pub source: &'static Source,
}

/// What was decided, as data the UI words in each language.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Because {
    MustHaveCard {
        age: i32,
    },
    MayHaveCard {
        age: i32,
    },
    NoBiometricsUnder6,
    BiometricsFrom6,
    CmndEnded,
    /// The lost card was issued before CCCD cards existed: it was a CMND.
    LostWasCmnd,
    /// A swap for the 2025 merger is not required: a valid card stays valid.
    AdminSwapOptional,
    /// The merger swap reuses the stored photo and fingerprints: no visit.
    NoBiometricsAdminSwap,
    /// The merger swap filed online (reason "sắp xếp, điều chỉnh đơn vị hành chính"): no fee.
    AdminSwapFreeOnline,
    /// A lost or damaged card re-issued fully online: at most this many working days.
    ProcessingOnlineReissue {
        days: u32,
    },
    CmndValidUntil {
        until: Date,
    },
    CmndDateUnknown,
    PrintedExpiryGoverns {
        until: Option<Date>,
    },
    ExtendedToJune2024,
    ExpiresAtMilestone {
        age: i32,
        on: Date,
    },
    GraceWindow {
        skipped_age: i32,
        window_from: Date,
    },
    ForLife {
        issued_age: i32,
    },
    LostCard,
    Law118Amended,
    NoFee,
    Rate {
        procedure: Procedure,
        amount: u32,
    },
    ReductionApplies {
        percent_paid: u32,
        online_only: bool,
        until: Option<Date>,
    },
    ExemptFee {
        why: Exemption,
    },
    /// The digital-citizen online waiver and what it needs.
    DigitalCitizen(WaiverVerdict),
    RateUnknown,
    Processing {
        days: u32,
    },
}

/// The calculator's answer.
#[derive(Clone, PartialEq, Debug)]
pub struct CardAnswer {
    pub as_of: Date,
    pub age: i32,
    pub validity: Validity,
    /// The next age at which the card must be renewed, and the day.
    pub next_renewal: Option<(i32, Date)>,
    pub must_have_card: bool,
    pub procedure: Procedure,
    pub channel: Option<Channel>,
    pub fee: Fee,
    /// If applied for on the as-of date: the last day of the processing time.
    pub ready_by: Option<WorkingDays>,
    /// A lost or damaged card re-issued fully online, when that is quicker: its last day.
    pub ready_online: Option<WorkingDays>,
    pub reasons: Vec<Reason>,
}

fn because(b: Because, source: &'static Source) -> Reason {
    Reason { because: b, source }
}

/// An age and the day it is reached (or, for a skipped age, the day its 2-year window opens).
pub type AgeOn = (i32, Date);

/// The first milestone after the issue date that is not within 2 years of it, and the milestone
/// skipped by the 2-year rule (if any). `None` = no milestone left: valid for life.
pub fn expiry_by_milestones(born: Date, issued: Date, ages: &[i32]) -> (Option<AgeOn>, Option<AgeOn>) {
    let mut skipped = None;
    for &age in ages {
        let birthday = born.birthday_at_age(age);
        if issued >= birthday {
            continue;
        }
        // The window opens on the birthday two years earlier (a 29/02 birthday in a leap year).
        let window_from = born.birthday_at_age(age - 2);
        if issued >= window_from {
            skipped = Some((age, window_from));
            continue;
        }
        return (Some((age, birthday)), skipped);
    }
    (None, skipped)
}

/// Checks the answers against the as-of date before any rule runs.
pub fn check_answers(a: &CardAnswers, as_of: Date) -> Vec<CardInputProblem> {
    use CardInputProblem::*;
    let mut out = Vec::new();
    if as_of < facts::LAW_26_IN_FORCE {
        out.push(AsOfBeforeLaw { as_of });
    }
    if a.born > as_of {
        out.push(BornAfterAsOf);
    }
    if let Some(issued) = a.issued_on.filter(|_| a.held.has_dates()) {
        if issued < a.born {
            out.push(IssuedBeforeBirth);
        } else if issued > as_of {
            out.push(IssuedAfterAsOf);
        } else if a.held == CardHeld::Lost {
            // Either kind of card may have been lost: no check on the kind's issue period.
        } else if matches!(a.held, CardHeld::CccdChip | CardHeld::CccdNoChip) && issued >= facts::LAW_26_IN_FORCE {
            out.push(CccdIssuedFromLaw);
        } else if a.held == CardHeld::CanCuoc && issued < facts::LAW_26_IN_FORCE {
            out.push(CanCuocIssuedBeforeLaw);
        } else if a.held == CardHeld::CccdNoChip && issued < facts::CCCD_FROM {
            out.push(CccdBeforeLaw59);
        } else if a.held == CardHeld::CccdChip && issued < facts::CHIP_CCCD_FROM {
            out.push(ChipBefore2021);
        }
        if let Some(PrintedExpiry::On(until)) = a.printed_expiry {
            if until < issued {
                out.push(ExpiryBeforeIssue);
            }
        }
    }
    let needs_dates = matches!(a.held, CardHeld::CccdChip | CardHeld::CccdNoChip | CardHeld::CanCuoc);
    if needs_dates && a.issued_on.is_none() && a.printed_expiry.is_none() {
        out.push(CardDatesMissing);
    }
    out
}

/// One procedure's published fee: in person and online, before any exemption or waiver.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Published {
    pub in_person: u32,
    pub online: u32,
}

/// The card fees in force on a date, as published (Thông tư 73/2024/TT-BTC with the reduction in
/// force): what the catalog shows, from the same facts the calculator uses.
#[derive(Clone, PartialEq, Debug)]
pub struct PublishedRates {
    pub swap_from_cccd: Published,
    pub renewal: Published,
    pub reissue: Published,
    /// The last day these amounts hold, when a change is known.
    pub until: Option<Date>,
    pub sources: Vec<&'static Source>,
}

/// The published card fees on `as_of`, or `None` when no rate is recorded for that date.
pub fn published_rates(as_of: Date) -> Option<PublishedRates> {
    let rates = facts::CARD_FEE_RATES.as_of(as_of)?;
    let reduction = facts::CARD_FEE_REDUCTION.as_of(as_of);
    let apply = |amount: u32| match reduction {
        Some(p) => {
            let reduced = amount * p.value.percent_paid / 100;
            Published { in_person: if p.value.online_only { amount } else { reduced }, online: reduced }
        }
        None => Published { in_person: amount, online: amount },
    };
    let until = match (rates.valid_to, reduction.and_then(|p| p.valid_to)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Some(PublishedRates {
        swap_from_cccd: apply(rates.value.swap_from_cccd),
        renewal: apply(rates.value.renewal),
        reissue: apply(rates.value.reissue),
        until,
        sources: std::iter::once(rates.source).chain(reduction.map(|p| p.source)).collect(),
    })
}

/// A value with the reasons (each with its source) that decided it.
#[derive(Clone, PartialEq, Debug)]
pub struct Traced<T> {
    pub value: T,
    pub reasons: Vec<Reason>,
}

/// Whether the card held is valid on the as-of date, and its next renewal age and day: the part
/// of the card rules other tools need (the e-ID guide asks only this).
pub fn validity(a: &CardAnswers, as_of: Date) -> Traced<(Validity, Option<AgeOn>)> {
    let mut reasons = Vec::new();
    let ages_period = facts::CARD_RENEWAL_AGES.as_of(as_of);
    let ages: &[i32] = ages_period.map(|p| p.value).unwrap_or(&[14, 25, 40, 60]);
    let ages_source = ages_period.map(|p| p.source).unwrap_or(&facts::RENEWAL_AGES);
    let value = match a.held {
        CardHeld::NoCard => (Validity::NoCard, None),
        CardHeld::Lost => {
            reasons.push(because(Because::LostCard, &facts::REISSUE_PROCEDURE));
            (Validity::Lost, None)
        }
        CardHeld::Cmnd => {
            let cmnd = cmnd_validity(a, as_of);
            reasons.extend(cmnd.reasons);
            (cmnd.value, None)
        }
        CardHeld::CccdChip | CardHeld::CccdNoChip => return card_validity(a, as_of, true, &[25, 40, 60], &facts::CCCD_2014_AGES),
        CardHeld::CanCuoc => return card_validity(a, as_of, false, ages, ages_source),
    };
    Traced { value, reasons }
}

/// Runs the rules. Call [`check_answers`] first: with problems, the answer may not make sense.
pub fn card_answer(a: &CardAnswers, as_of: Date) -> CardAnswer {
    // A lost card issued before 01/01/2016 was a CMND (no CCCD existed yet): it is treated as one,
    // so from 2025 the person needs a first card, free (Luật Căn cước Điều 46 khoản 2).
    if a.held == CardHeld::Lost && a.issued_on.is_some_and(|issued| issued < facts::CCCD_FROM) {
        let mut answer = card_answer(&CardAnswers { held: CardHeld::Cmnd, admin_change: false, ..*a }, as_of);
        answer.reasons.insert(1, because(Because::LostWasCmnd, &facts::LAW_59_IN_FORCE));
        // Lost, whatever a CMND's own validity would have been on that day.
        if matches!(answer.validity, Validity::Valid { .. }) {
            answer.validity = Validity::Lost;
        }
        return answer;
    }
    let age = a.born.age_on(as_of);
    let mut reasons = Vec::new();
    let must_have_card = age >= 14;
    reasons.push(if must_have_card {
        because(Because::MustHaveCard { age }, &facts::WHO_MUST)
    } else {
        because(Because::MayHaveCard { age }, &facts::WHO_MUST)
    });
    let ages_period = facts::CARD_RENEWAL_AGES.as_of(as_of);
    let ages: &[i32] = ages_period.map(|p| p.value).unwrap_or(&[14, 25, 40, 60]);
    let ages_source = ages_period.map(|p| p.source).unwrap_or(&facts::RENEWAL_AGES);
    if as_of >= facts::CARD_RENEWAL_AGES.periods[1].valid_from {
        reasons.push(because(Because::Law118Amended, &facts::RENEWAL_AGES_AFTER_118));
    }

    let Traced { value: (validity, next_renewal), reasons: validity_reasons } = validity(a, as_of);
    reasons.extend(validity_reasons);

    // A lost card that had already reached a renewal age is renewed (cấp đổi), not re-issued
    // (Luật Căn cước Điều 24 khoản 2 excludes the age cases from cấp lại).
    let lost_past_age = a.held == CardHeld::Lost
        && a.issued_on.is_some_and(|issued| {
            let (old, ages, source) =
                if issued < facts::LAW_26_IN_FORCE { (true, &[25, 40, 60][..], &facts::CCCD_2014_AGES) } else { (false, ages, ages_source) };
            let lost = CardAnswers { held: if old { CardHeld::CccdChip } else { CardHeld::CanCuoc }, printed_expiry: None, ..*a };
            let lost_card = card_validity(&lost, as_of, old, ages, source);
            let expired = matches!(lost_card.value.0, Validity::Expired { .. });
            if expired {
                // Only the milestone that decided it: the lost card's other reasons do not apply.
                reasons.extend(lost_card.reasons.into_iter().filter(|r| matches!(r.because, Because::ExpiresAtMilestone { .. } | Because::GraceWindow { .. })));
            }
            expired
        });
    let procedure = match (a.held, validity) {
        (CardHeld::NoCard | CardHeld::Cmnd, _) if must_have_card => Procedure::FirstIssue,
        (CardHeld::NoCard | CardHeld::Cmnd, _) => Procedure::FirstIssueUnder14,
        (CardHeld::Lost, _) if lost_past_age => Procedure::Renewal,
        (CardHeld::Lost, _) => Procedure::Reissue,
        (_, Validity::Expired { .. }) => Procedure::Renewal,
        (CardHeld::CanCuoc | CardHeld::CccdChip | CardHeld::CccdNoChip, Validity::Valid { .. }) if a.admin_change => Procedure::SwapAdminChange,
        (CardHeld::CccdChip | CardHeld::CccdNoChip, _) => Procedure::OptionalSwap,
        _ => Procedure::Nothing,
    };
    if procedure == Procedure::SwapAdminChange {
        reasons.push(because(Because::AdminSwapOptional, &facts::ADMIN_SWAP));
    }
    if procedure != Procedure::Nothing {
        reasons.push(if age < 6 {
            because(Because::NoBiometricsUnder6, &facts::UNDER_6)
        } else if procedure == Procedure::SwapAdminChange {
            because(Because::NoBiometricsAdminSwap, &facts::RENEWAL_PROCEDURE)
        } else {
            because(Because::BiometricsFrom6, &facts::RENEWAL_PROCEDURE)
        });
    }
    let channel = match procedure {
        Procedure::Nothing => None,
        Procedure::FirstIssueUnder14 if age < 6 => Some(Channel::OnlineRepresentative),
        Procedure::FirstIssueUnder14 => Some(Channel::OnlineThenInPerson),
        Procedure::Reissue => Some(Channel::OnlineOrInPerson),
        Procedure::SwapAdminChange => Some(Channel::OnlineNoVisit),
        _ => Some(Channel::InPersonCommunePolice),
    };
    let Traced { value: fee, reasons: fee_reasons } = fee_for(procedure, age, a, as_of);
    reasons.extend(fee_reasons);
    let ready_by = (procedure != Procedure::Nothing).then(|| {
        let source = match procedure {
            Procedure::FirstIssue => &facts::FIRST_ISSUE_14,
            Procedure::FirstIssueUnder14 => &facts::FIRST_ISSUE_UNDER_14,
            Procedure::Reissue => &facts::REISSUE_PROCEDURE,
            _ => &facts::RENEWAL_PROCEDURE,
        };
        reasons.push(because(Because::Processing { days: facts::PROCESSING_DAYS }, source));
        holidays::add_working_days(as_of, facts::PROCESSING_DAYS)
    });
    // A lost or damaged card re-issued fully online is quicker from 18/08/2026 (QĐ 5230/QĐ-BCA-C06).
    let ready_online = match facts::CARD_PROCESSING.as_of(as_of) {
        Some(p) if procedure == Procedure::Reissue && p.value.online_reissue < p.value.days => {
            reasons.push(because(Because::ProcessingOnlineReissue { days: p.value.online_reissue }, p.source));
            Some(holidays::add_working_days(as_of, p.value.online_reissue))
        }
        _ => None,
    };
    CardAnswer { as_of, age, validity, next_renewal, must_have_card, procedure, channel, fee, ready_by, ready_online, reasons }
}

/// Whether a CMND is still valid (Luật Căn cước Điều 46 khoản 2), with its reasons.
fn cmnd_validity(a: &CardAnswers, as_of: Date) -> Traced<Validity> {
    let mut reasons = Vec::new();
    let value = cmnd_validity_into(a, as_of, &mut reasons);
    Traced { value, reasons }
}

fn cmnd_validity_into(a: &CardAnswers, as_of: Date, reasons: &mut Vec<Reason>) -> Validity {
    if as_of > facts::CMND_LAST_DAY && a.issued_on.is_none_or(|issued| issued.add_years(15) >= facts::CMND_LAST_DAY) {
        reasons.push(because(Because::CmndEnded, &facts::TRANSITION));
        return Validity::Expired { since: facts::CMND_LAST_DAY.add_days(1) };
    }
    let Some(issued) = a.issued_on else {
        reasons.push(because(Because::CmndDateUnknown, &facts::TRANSITION));
        return Validity::Valid { until: Some(facts::CMND_LAST_DAY) };
    };
    let own_end = issued.add_years(15);
    reasons.push(because(Because::CmndValidUntil { until: own_end }, &facts::CMND_15_YEARS));
    let until = extended(own_end, reasons).min(facts::CMND_LAST_DAY);
    if until == facts::CMND_LAST_DAY {
        reasons.push(because(Because::CmndEnded, &facts::TRANSITION));
    }
    validity_on(until, as_of)
}

/// Art. 46(3): a card expiring from 15/01/2024 to the day before 30/06/2024 stays valid to 30/06/2024.
fn extended(until: Date, reasons: &mut Vec<Reason>) -> Date {
    if (facts::EXTENSION_FROM..facts::EXTENSION_TO).contains(&until) {
        reasons.push(because(Because::ExtendedToJune2024, &facts::TRANSITION));
        facts::EXTENSION_TO
    } else {
        until
    }
}

fn validity_on(until: Date, as_of: Date) -> Validity {
    if as_of <= until {
        Validity::Valid { until: Some(until) }
    } else {
        Validity::Expired { since: until.add_days(1) }
    }
}

/// Validity of a CCCD (`old_cccd`, Law 59/2014 ages, Art. 46 transition) or a Căn cước card.
/// A printed expiry governs; otherwise the expiry follows from the issue date and the ages.
/// Whether a CCCD or Căn cước card is valid, and its next renewal, with their reasons.
fn card_validity(a: &CardAnswers, as_of: Date, old_cccd: bool, ages: &[i32], ages_source: &'static Source) -> Traced<(Validity, Option<AgeOn>)> {
    let mut reasons = Vec::new();
    let value = card_validity_into(a, as_of, old_cccd, ages, ages_source, &mut reasons);
    Traced { value, reasons }
}

fn card_validity_into(
    a: &CardAnswers,
    as_of: Date,
    old_cccd: bool,
    ages: &[i32],
    ages_source: &'static Source,
    reasons: &mut Vec<Reason>,
) -> (Validity, Option<(i32, Date)>) {
    let until = match (a.printed_expiry, a.issued_on) {
        (Some(PrintedExpiry::Never), _) => None,
        (Some(PrintedExpiry::On(d)), _) => Some(d),
        (None, Some(issued)) => {
            let (expiry, skipped) = expiry_by_milestones(a.born, issued, ages);
            if let Some((age, window_from)) = skipped {
                reasons.push(because(Because::GraceWindow { skipped_age: age, window_from }, ages_source));
            }
            match expiry {
                Some((age, on)) => reasons.push(because(Because::ExpiresAtMilestone { age, on }, ages_source)),
                None => reasons.push(because(Because::ForLife { issued_age: a.born.age_on(issued) }, ages_source)),
            }
            expiry.map(|(_, on)| on)
        }
        (None, None) => None,
    };
    if old_cccd {
        // Art. 46(1): a CCCD issued before 01/07/2024 is valid until the date printed on it.
        reasons.push(because(Because::PrintedExpiryGoverns { until }, &facts::TRANSITION));
    } else if a.printed_expiry.is_some() {
        reasons.push(because(Because::PrintedExpiryGoverns { until }, ages_source));
    }
    let Some(until) = until else {
        return (Validity::Valid { until: None }, None);
    };
    let until = if old_cccd { extended(until, reasons) } else { until };
    (validity_on(until, as_of), (as_of <= until).then(|| (a.born.age_on(until), until)))
}

/// The fee for the procedure on the as-of date, with its reasons.
fn fee_for(procedure: Procedure, age: i32, a: &CardAnswers, as_of: Date) -> Traced<Fee> {
    let mut reasons = Vec::new();
    let value = fee_for_into(procedure, age, a, as_of, &mut reasons);
    Traced { value, reasons }
}

fn fee_for_into(procedure: Procedure, age: i32, a: &CardAnswers, as_of: Date, reasons: &mut Vec<Reason>) -> Fee {
    let rate = |r: FeeRates| match procedure {
        Procedure::OptionalSwap => Some(r.swap_from_cccd),
        // A CCCD swapped for the merger becomes a Căn cước card: the swap rate, not the renewal one.
        Procedure::SwapAdminChange if matches!(a.held, CardHeld::CccdChip | CardHeld::CccdNoChip) => Some(r.swap_from_cccd),
        Procedure::Renewal | Procedure::SwapAdminChange => Some(r.renewal),
        Procedure::Reissue => Some(r.reissue),
        _ => None,
    };
    match procedure {
        Procedure::Nothing => return Fee::None,
        Procedure::FirstIssue => {
            reasons.push(because(Because::NoFee, &facts::FIRST_ISSUE_14));
            return Fee::None;
        }
        Procedure::FirstIssueUnder14 => {
            reasons.push(because(Because::NoFee, &facts::FIRST_ISSUE_UNDER_14));
            return Fee::None;
        }
        _ => {}
    }
    let Some(Period { value: rates, source, .. }) = facts::CARD_FEE_RATES.as_of(as_of) else {
        reasons.push(because(Because::RateUnknown, &facts::FEE_RATES));
        return Fee::Unknown;
    };
    let exemption = if age < 16 {
        Some(Exemption::Child)
    } else if age >= 60 {
        Some(Exemption::Elderly)
    } else if a.exempt_group {
        Some(Exemption::Group)
    } else {
        None
    };
    if let Some(why) = exemption {
        reasons.push(because(Because::ExemptFee { why }, &facts::FEE_EXEMPTIONS));
        return Fee::Exempt(why);
    }
    let Some(amount) = rate(*rates) else { return Fee::None };
    reasons.push(because(Because::Rate { procedure, amount }, source));
    let (mut in_person, mut online) = (amount, amount);
    if let Some(p) = facts::CARD_FEE_REDUCTION.as_of(as_of) {
        let Reduction { percent_paid, online_only } = p.value;
        let reduced = amount * percent_paid / 100;
        online = reduced;
        if !online_only {
            in_person = reduced;
        }
        reasons.push(because(Because::ReductionApplies { percent_paid, online_only, until: p.valid_to }, p.source));
    }
    // The merger swap is free online (C06, 12/08/2025); in person the ordinary renewal fee is shown.
    if procedure == Procedure::SwapAdminChange && as_of >= facts::ADMIN_SWAP_FREE_FROM {
        reasons.push(because(Because::AdminSwapFreeOnline, &facts::ADMIN_SWAP));
        return Fee::Amount { in_person, online: 0, waiver: None };
    }
    // In person is never waived; online only for a digital citizen (never on level 2 alone).
    let waiver = match procedure {
        Procedure::Renewal | Procedure::Reissue | Procedure::OptionalSwap => match digital_citizen::waiver(WaivedFee::CardRenewalReissue, &a.digital, as_of) {
            (WaiverVerdict::Outside { ended: None }, _) => None,
            (verdict, source) => {
                reasons.push(because(Because::DigitalCitizen(verdict), source));
                if matches!(verdict, WaiverVerdict::Waived { .. }) {
                    online = 0;
                }
                Some(verdict)
            }
        },
        _ => None,
    };
    Fee::Amount { in_person, online, waiver }
}
