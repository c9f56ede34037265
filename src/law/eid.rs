//! Định danh điện tử: which VNeID level a person can get, what blocks them, where to go, what to
//! bring, and what each level unlocks. Pure: (answers, as-of date) → outcome + reasons.

use super::card::{self, CardAnswers, CardHeld, PrintedExpiry, Validity};
use super::date::Date;
use super::eid_facts as facts;
use super::holidays::{self, WorkingDays};
use super::source::Source;

/// Quốc tịch và giấy tờ cư trú.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Nationality {
    Vietnamese,
    /// Foreigner holding a Vietnamese temporary- or permanent-residence card.
    ForeignerWithCard,
    ForeignerWithoutCard,
}

/// Where the person is with VNeID now.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AccountStatus {
    NoAccount,
    Level1,
    /// Level 2 approved, not yet activated in the app.
    Level2NotActivated,
    Level2,
    Locked,
    ChangedNumber,
    LostPhone,
    /// Quên mật khẩu: forgot the password (or the 6-digit passcode) of the VNeID app.
    ForgotPassword,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct EidAnswers {
    pub nationality: Nationality,
    pub born: Date,
    /// Vietnamese citizens only.
    pub card: Option<CardHeld>,
    /// "Có giá trị đến" printed on a chip CCCD or Căn cước card.
    pub card_expiry: Option<PrintedExpiry>,
    /// A mobile number registered in the person's own name (for a child: the representative's).
    pub own_number: bool,
    pub status: AccountStatus,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Level {
    One,
    Two,
}

/// The age bands of Decree 69/2024 Art. 7.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AgeBand {
    Under6,
    From6To13,
    From14,
}

impl AgeBand {
    pub fn of(age: i32) -> AgeBand {
        match age {
            ..=5 => AgeBand::Under6,
            6..=13 => AgeBand::From6To13,
            _ => AgeBand::From14,
        }
    }
}

/// Something that stops the person getting the level now, and its fix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Blocker {
    /// No valid chip card: get the card first (level 2 can be issued with it).
    NoValidChipCard { card: CardHeld, expired_since: Option<Date> },
    /// The mobile number is not in their own name: standardise it at the carrier first.
    NumberNotOwn { child: bool },
    /// Foreigners without a residence card cannot get an account.
    ForeignerWithoutCard,
    /// Under Decree 59/2022 (before 01/07/2024) an under-14 had no own account.
    Under14BeforeDecree69,
    /// Before Decree 59/2022 came into force: no rules recorded.
    BeforeRules,
}

/// One numbered next step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    FixCarrierFirst,
    GetCardFirst,
    Level1InApp,
    Level1Under6AskPolice,
    GoToCommunePolice {
        with_child: bool,
    },
    GoToImmigrationOffice {
        with_child: bool,
    },
    ShowCardAndFillTk01,
    FaceAndFingerprints,
    WaitForResult {
        working_days: u32,
    },
    ActivateInApp,
    ChangeNumber,
    LockAccountOnline,
    NewDeviceLogin,
    AskPoliceToUnlock,
    /// "Quên mật khẩu" in the app: a code (OTP) to the registered number, then a new password.
    ResetPasswordInApp,
    AlreadyLevel2,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Reason {
    pub because: Because,
    pub source: &'static Source,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Because {
    Decree69Band {
        band: AgeBand,
        age: i32,
    },
    Decree59Band {
        age: i32,
    },
    ForeignerBand {
        band: AgeBand,
    },
    ForeignerNeedsCard,
    /// From 28/09/2026 foreigners' accounts have no level (Nghị định 320/2026/NĐ-CP).
    ForeignerWithoutLevels,
    CardValid,
    CardNotValid {
        card: CardHeld,
    },
    NeedsOwnNumber,
    ChildUsesParentsNumber,
    Level2Procedure,
    Level2Processing {
        with_card: u32,
        without_card: u32,
    },
    NoFee,
    Level1Steps,
    PaperReplacedByVneid,
    ChangeNumberHow,
    LostPhoneHow,
    LockGrounds,
    /// How the app resets a forgotten password or passcode (an app function, not a procedure).
    ForgotPasswordHow,
    /// From 28/09/2026 the system locks the account when the registered number has changed and is
    /// no longer in the holder's name (Nghị định 320/2026/NĐ-CP, Điều 8).
    NumberChangeLocks,
}

/// The guide's answer.
#[derive(Clone, PartialEq, Debug)]
pub struct EidOutcome {
    pub as_of: Date,
    pub age: i32,
    pub band: AgeBand,
    /// The highest level the person can get under the rules (ignoring blockers); `None` = none.
    pub can_get: Option<Level>,
    pub blockers: Vec<Blocker>,
    pub steps: Vec<Step>,
    /// Level 2 applied for on the as-of date: the last day of the processing time.
    pub ready_by: Option<WorkingDays>,
    pub reasons: Vec<Reason>,
}

impl EidOutcome {
    /// The uncertain sources the outcome's steps rest on (hotline, level-1 steps, lost phone, lock
    /// grounds, the TK01 form), once each: each is shown as a "verify" note.
    pub fn doubts(&self) -> Vec<&'static Source> {
        let mut shown: Vec<&'static Source> = Vec::new();
        for r in &self.reasons {
            let relevant = matches!(
                r.because,
                Because::ChangeNumberHow
                    | Because::LostPhoneHow
                    | Because::Level1Steps
                    | Because::LockGrounds
                    | Because::ForeignerWithoutLevels
                    | Because::ForgotPasswordHow
                    | Because::NumberChangeLocks
            );
            if relevant && r.source.doubt.is_some() && !shown.iter().any(|s| s.id == r.source.id) {
                shown.push(r.source);
            }
        }
        if self.steps.contains(&Step::ShowCardAndFillTk01) && !shown.iter().any(|s| s.id == facts::FORM_TK01.id) {
            shown.push(&facts::FORM_TK01);
        }
        shown
    }

    /// From 28/09/2026 a foreigner's account has no level (Nghị định 320/2026/NĐ-CP): the result
    /// must not speak of levels.
    pub fn without_levels(&self) -> bool {
        self.reasons.iter().any(|r| r.because == Because::ForeignerWithoutLevels)
    }

    /// From Law 118/2025/QH15 (01/07/2026), an e-ID account can stand in for the paper card in
    /// more transactions: the source to cite when that applies on the as-of date.
    pub fn paper_free_from_law_118(&self) -> Option<&'static Source> {
        (self.can_get.is_some() && self.as_of >= facts::LAW_118_FROM).then_some(&facts::LAW_118_NO_PAPER)
    }
}

/// Level 2 processing: ≤ 3 working days with a valid chip card, ≤ 7 without (issued with the card).
pub const DAYS_WITH_CARD: u32 = 3;
pub const DAYS_WITHOUT_CARD: u32 = 7;

fn r(because: Because, source: &'static Source) -> Reason {
    Reason { because, source }
}

/// Whether the person's card counts for level 2: a valid chip CCCD or Căn cước card on the as-of date.
fn chip_card_validity(a: &EidAnswers, as_of: Date) -> Result<(), Option<Date>> {
    let Some(held @ (CardHeld::CccdChip | CardHeld::CanCuoc)) = a.card else {
        return Err(None);
    };
    let answers = CardAnswers {
        born: a.born,
        held,
        issued_on: None,
        printed_expiry: a.card_expiry.or(Some(PrintedExpiry::Never)),
        exempt_group: false,
        digital: super::digital_citizen::DigitalCitizen::default(),
        admin_change: false,
    };
    match card::validity(&answers, as_of).value.0 {
        Validity::Valid { .. } => Ok(()),
        Validity::Expired { since } => Err(Some(since)),
        _ => Err(None),
    }
}

pub fn eid_outcome(a: &EidAnswers, as_of: Date) -> EidOutcome {
    let age = a.born.age_on(as_of);
    let band = AgeBand::of(age);
    let mut reasons = Vec::new();
    let mut blockers = Vec::new();
    let mut steps = Vec::new();
    let child = band != AgeBand::From14;
    let foreigner = a.nationality != Nationality::Vietnamese;

    // Which level the rules allow.
    let can_get = if as_of < facts::DECREE_59_FROM {
        blockers.push(Blocker::BeforeRules);
        None
    } else if a.nationality == Nationality::ForeignerWithoutCard {
        reasons.push(r(Because::ForeignerNeedsCard, &facts::DECREE_69_ART_7));
        blockers.push(Blocker::ForeignerWithoutCard);
        None
    } else if as_of < facts::DECREE_69_FROM {
        reasons.push(r(Because::Decree59Band { age }, &facts::DECREE_59_ART_11));
        if child {
            blockers.push(Blocker::Under14BeforeDecree69);
            None
        } else {
            Some(Level::Two)
        }
    } else if foreigner {
        reasons.push(r(Because::ForeignerBand { band }, &facts::DECREE_69_ART_7));
        if as_of >= facts::DECREE_320_FROM {
            reasons.push(r(Because::ForeignerWithoutLevels, &facts::DECREE_320_2026));
        }
        Some(if band == AgeBand::Under6 { Level::One } else { Level::Two })
    } else {
        reasons.push(r(Because::Decree69Band { band, age }, &facts::DECREE_69_ART_7));
        Some(if band == AgeBand::Under6 { Level::One } else { Level::Two })
    };

    // The card (Vietnamese citizens): a valid chip card is the precondition.
    let card = chip_card_validity(a, as_of);
    let card_ok = foreigner || card.is_ok();
    if !foreigner && can_get.is_some() {
        match card {
            Ok(()) => reasons.push(r(Because::CardValid, &facts::LEVEL_2_PROCEDURE)),
            Err(expired_since) => {
                let card = a.card.unwrap_or(CardHeld::NoCard);
                reasons.push(r(Because::CardNotValid { card }, &facts::LEVEL_2_PROCEDURE));
                blockers.push(Blocker::NoValidChipCard { card, expired_since });
            }
        }
    }
    // The phone number: in the person's own name, or the representative's for a child.
    if can_get == Some(Level::Two) {
        reasons.push(r(
            if child { Because::ChildUsesParentsNumber } else { Because::NeedsOwnNumber },
            if foreigner { &facts::FOREIGNER_LEVEL_2 } else { &facts::LEVEL_2_PROCEDURE },
        ));
        if !a.own_number {
            blockers.push(Blocker::NumberNotOwn { child });
        }
    }

    let mut ready_by = None;
    match a.status {
        AccountStatus::Level2 => {
            steps.push(Step::AlreadyLevel2);
            reasons.push(r(Because::PaperReplacedByVneid, &facts::LEVELS_UNLOCK));
        }
        AccountStatus::Level2NotActivated => steps.push(Step::ActivateInApp),
        AccountStatus::ChangedNumber => {
            if as_of >= facts::DECREE_320_FROM {
                reasons.push(r(Because::NumberChangeLocks, &facts::NUMBER_CHANGE_LOCK));
            }
            reasons.push(r(Because::ChangeNumberHow, &facts::CHANGE_NUMBER));
            steps.extend([Step::ChangeNumber, Step::ActivateInApp]);
        }
        // The code goes to the registered number: a person who no longer has it changes the
        // number first (the step says so), and from 28/09/2026 the account may already be locked.
        AccountStatus::ForgotPassword => {
            reasons.push(r(Because::ForgotPasswordHow, &facts::FORGOT_PASSWORD));
            // The step sends someone without the registered number to change it first.
            reasons.push(r(Because::ChangeNumberHow, &facts::CHANGE_NUMBER));
            if as_of >= facts::DECREE_320_FROM {
                reasons.push(r(Because::NumberChangeLocks, &facts::NUMBER_CHANGE_LOCK));
            }
            steps.push(Step::ResetPasswordInApp);
        }
        AccountStatus::LostPhone => {
            reasons.push(r(Because::LostPhoneHow, &facts::LOST_PHONE));
            steps.extend([Step::LockAccountOnline, Step::NewDeviceLogin]);
        }
        AccountStatus::Locked => {
            reasons.push(r(Because::LockGrounds, &facts::LOCK_UNLOCK));
            steps.push(Step::AskPoliceToUnlock);
        }
        AccountStatus::NoAccount | AccountStatus::Level1 => {
            if blockers.iter().any(|b| matches!(b, Blocker::NumberNotOwn { .. })) {
                steps.push(Step::FixCarrierFirst);
            }
            match can_get {
                None => {}
                Some(Level::One) if a.status == AccountStatus::Level1 => {}
                Some(Level::One) if !card_ok => steps.push(Step::GetCardFirst),
                Some(Level::One) if foreigner => steps.push(Step::GoToImmigrationOffice { with_child: true }),
                Some(Level::One) => {
                    reasons.push(r(Because::Level1Steps, &facts::LEVEL_1_APP));
                    steps.push(Step::Level1Under6AskPolice);
                }
                Some(Level::Two) => {
                    if !card_ok {
                        steps.push(Step::GetCardFirst);
                    } else if a.status == AccountStatus::NoAccount && !child && !foreigner {
                        reasons.push(r(Because::Level1Steps, &facts::LEVEL_1_APP));
                        steps.push(Step::Level1InApp);
                    }
                    let source = if foreigner { &facts::FOREIGNER_LEVEL_2 } else { &facts::LEVEL_2_PROCEDURE };
                    steps.push(if foreigner { Step::GoToImmigrationOffice { with_child: child } } else { Step::GoToCommunePolice { with_child: child } });
                    if card_ok {
                        steps.push(Step::ShowCardAndFillTk01);
                    }
                    steps.push(Step::FaceAndFingerprints);
                    // Foreigners: 3 days only when face and fingerprints are already in the
                    // immigration database, which the guide does not ask: count the longer limit.
                    let days = if card_ok && !foreigner { DAYS_WITH_CARD } else { DAYS_WITHOUT_CARD };
                    reasons.push(r(Because::Level2Procedure, source));
                    reasons.push(r(Because::Level2Processing { with_card: DAYS_WITH_CARD, without_card: DAYS_WITHOUT_CARD }, source));
                    reasons.push(r(Because::NoFee, source));
                    steps.push(Step::WaitForResult { working_days: days });
                    steps.push(Step::ActivateInApp);
                    ready_by = Some(holidays::add_working_days(as_of, days));
                    reasons.push(r(Because::PaperReplacedByVneid, &facts::LEVELS_UNLOCK));
                }
            }
        }
    }
    EidOutcome { as_of, age, band, can_get, blockers, steps, ready_by, reasons }
}
