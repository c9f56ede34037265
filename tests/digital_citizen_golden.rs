//! Golden cases for the digital-citizen fee waivers: Nghị quyết 66.22/2026/NQ-CP Điều 3, Điều 5
//! khoản 1, Phụ lục III (who qualifies) and Thông tư 117/2026/TT-BTC Điều 1–2 (which fees, until when).

use congdanso::law::date::Date;
use congdanso::law::digital_citizen::{waiver, Answer, Conditions, DigitalCitizen, ExtraDocument, WaivedFee, WaiverVerdict};

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

const ALL_FEES: [WaivedFee; 7] = [
    WaivedFee::CivilStatusCopy,
    WaivedFee::ResidenceRegistration,
    WaivedFee::CardRenewalReissue,
    WaivedFee::CriminalRecord,
    WaivedFee::DrivingLicence,
    WaivedFee::VehicleExchange,
    WaivedFee::Passport,
];
const YES: DigitalCitizen = DigitalCitizen { level_2: Answer::Yes, basic_items: Answer::Yes, document: Answer::Yes };
const UNTIL: Date = d(2027, 2, 28);

#[test]
fn every_condition_met_waives_every_listed_fee_inside_the_window_only() {
    for fee in ALL_FEES {
        assert_eq!(waiver(fee, &YES, d(2026, 8, 14)).0, WaiverVerdict::Outside { ended: None }, "{fee:?}: before 15/08/2026");
        assert_eq!(waiver(fee, &YES, d(2026, 8, 15)).0, WaiverVerdict::Waived { until: UNTIL }, "{fee:?}: first day (TT 117 Điều 1)");
        assert_eq!(waiver(fee, &YES, UNTIL).0, WaiverVerdict::Waived { until: UNTIL }, "{fee:?}: last day (NQ 66.22 Điều 10)");
        assert_eq!(waiver(fee, &YES, d(2027, 3, 1)).0, WaiverVerdict::Outside { ended: Some(UNTIL) }, "{fee:?}: ordinary fees again (TT 117 Điều 2 khoản 1)");
    }
}

#[test]
fn level_2_alone_is_never_enough() {
    let level_2_only = DigitalCitizen { level_2: Answer::Yes, ..DigitalCitizen::default() };
    for fee in ALL_FEES {
        let verdict = waiver(fee, &level_2_only, d(2026, 11, 24)).0;
        assert!(matches!(verdict, WaiverVerdict::Possible { unknown: Conditions { basic_items: true, .. }, .. }), "{fee:?}: {verdict:?}");
    }
    let no_account = DigitalCitizen { level_2: Answer::No, ..YES };
    assert_eq!(
        waiver(WaivedFee::ResidenceRegistration, &no_account, d(2026, 11, 24)).0,
        WaiverVerdict::NotMet { until: UNTIL, unmet: Conditions { level_2: true, basic_items: false, document: None } }
    );
}

/// Phụ lục III: the passport, driving licence, vehicle and criminal-record waivers also need the
/// procedure's own document integrated in VNeID; the card and residence ones do not.
#[test]
fn the_procedures_own_document_where_appendix_iii_asks_for_it() {
    let without = DigitalCitizen { document: Answer::No, ..YES };
    let cases = [
        (WaivedFee::Passport, Some(ExtraDocument::Passport)),
        (WaivedFee::DrivingLicence, Some(ExtraDocument::DrivingLicence)),
        (WaivedFee::VehicleExchange, Some(ExtraDocument::VehicleRegistration)),
        (WaivedFee::CriminalRecord, Some(ExtraDocument::CriminalRecordInfo)),
        (WaivedFee::CardRenewalReissue, None),
        (WaivedFee::ResidenceRegistration, None),
    ];
    for (fee, document) in cases {
        let want = match document {
            Some(_) => WaiverVerdict::NotMet { until: UNTIL, unmet: Conditions { level_2: false, basic_items: false, document } },
            None => WaiverVerdict::Waived { until: UNTIL },
        };
        assert_eq!(waiver(fee, &without, d(2026, 11, 24)).0, want, "{fee:?}");
    }
}
