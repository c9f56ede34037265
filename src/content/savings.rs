//! Công dân số: what a person who plans some procedures would pay in person, online, and online as
//! a digital citizen, and what is missing for them to qualify (Nghị quyết 66.22/2026/NQ-CP,
//! Thông tư 117/2026/TT-BTC). The conditions and the window are the rules layer's
//! (`law::digital_citizen`); the amounts are the catalog's own records, read by rate id, so a fee
//! is written once.
//!
//! Pure: the caller passes the answers and the as-of date.

use super::catalog::{Fee, Service};
use super::services;
use crate::law::card;
use crate::law::date::Date;
use crate::law::digital_citizen::{self, Answer, BasicItem, DigitalCitizen, ExtraDocument, WaivedFee, WaiverVerdict, WAIVER_WINDOW};
use crate::law::source::{Confidence, Source, Text};

/// A procedure the person plans, as the tool asks it (TT 117/2026 Art. 1(2)–(8)).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Planned {
    /// Cấp đổi thẻ căn cước (renewal at an age, changed details, damaged card).
    CardRenewal,
    /// Đổi thẻ căn cước công dân sang thẻ căn cước.
    CardSwapFromCccd,
    /// Cấp lại thẻ căn cước (lost).
    CardReissue,
    /// Đăng ký thường trú.
    PermanentResidence,
    /// Đăng ký hoặc gia hạn tạm trú.
    TemporaryResidence,
    /// Cấp hộ chiếu phổ thông lần đầu.
    Passport,
    /// Cấp lại hộ chiếu bị hỏng, mất.
    PassportReplacement,
    /// Cấp phiếu lý lịch tư pháp.
    CriminalRecord,
    /// Đổi, cấp lại giấy phép lái xe.
    DrivingLicence,
    /// Đổi chứng nhận đăng ký xe, biển số; đăng ký xe tạm thời (not a first registration).
    VehicleExchange,
    /// Bản sao trích lục hộ tịch (a copy of a birth, marriage … extract).
    CivilStatusCopy,
}

impl Planned {
    pub const ALL: [Planned; 11] = [
        Planned::CardRenewal,
        Planned::CardSwapFromCccd,
        Planned::CardReissue,
        Planned::PermanentResidence,
        Planned::TemporaryResidence,
        Planned::Passport,
        Planned::PassportReplacement,
        Planned::CriminalRecord,
        Planned::DrivingLicence,
        Planned::VehicleExchange,
        Planned::CivilStatusCopy,
    ];

    /// The link code (`thu-tuc=the-doi,thuong-tru`).
    pub fn code(self) -> &'static str {
        match self {
            Planned::CardRenewal => "the-doi",
            Planned::CardSwapFromCccd => "the-cccd",
            Planned::CardReissue => "the-lai",
            Planned::PermanentResidence => "thuong-tru",
            Planned::TemporaryResidence => "tam-tru",
            Planned::Passport => "ho-chieu",
            Planned::PassportReplacement => "ho-chieu-lai",
            Planned::CriminalRecord => "ly-lich",
            Planned::DrivingLicence => "gplx",
            Planned::VehicleExchange => "dang-ky-xe",
            Planned::CivilStatusCopy => "trich-luc",
        }
    }

    pub fn from_code(code: &str) -> Option<Planned> {
        Planned::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The TT 117/2026 waiver that covers it.
    pub fn waived_fee(self) -> WaivedFee {
        match self {
            Planned::CardRenewal | Planned::CardSwapFromCccd | Planned::CardReissue => WaivedFee::CardRenewalReissue,
            Planned::PermanentResidence | Planned::TemporaryResidence => WaivedFee::ResidenceRegistration,
            Planned::Passport | Planned::PassportReplacement => WaivedFee::Passport,
            Planned::CriminalRecord => WaivedFee::CriminalRecord,
            Planned::DrivingLicence => WaivedFee::DrivingLicence,
            Planned::VehicleExchange => WaivedFee::VehicleExchange,
            Planned::CivilStatusCopy => WaivedFee::CivilStatusCopy,
        }
    }

    /// The planned procedure a catalog service is (its first one, for a service covering several).
    pub fn for_service(s: &Service) -> Option<Planned> {
        if s.id == services::TEMPORARY_RESIDENCE_RENEWAL.id {
            return Some(Planned::TemporaryResidence);
        }
        Planned::ALL.into_iter().find(|p| p.service().is_some_and(|x| x.id == s.id))
    }

    /// The catalog's record of the service, where the catalog has one.
    pub fn service(self) -> Option<&'static Service> {
        Some(match self {
            Planned::CardRenewal | Planned::CardSwapFromCccd | Planned::CardReissue => &services::ID_CARD,
            Planned::PermanentResidence => &services::PERMANENT_RESIDENCE_REGISTRATION,
            Planned::TemporaryResidence => &services::TEMPORARY_RESIDENCE_REGISTRATION,
            Planned::Passport | Planned::PassportReplacement => &services::PASSPORT_ISSUE,
            Planned::CriminalRecord => &services::CRIMINAL_RECORD_CERTIFICATE,
            Planned::DrivingLicence => &services::DRIVING_LICENCE_EXCHANGE,
            Planned::VehicleExchange | Planned::CivilStatusCopy => return None,
        })
    }
}

/// An amount in đồng, as far as it is known.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Price {
    Known(u32),
    /// Depends on the vehicle or the area: from … to ….
    Range(u32, u32),
    /// The amount in force was not read: said so, never guessed.
    Unknown,
}

impl Price {
    /// Adds this amount to a running (total, partial) sum: a range with its lower end, and a range
    /// or an unknown amount makes the total "at least".
    fn add_to(self, (total, partial): &mut (u32, bool)) {
        match self {
            Price::Known(n) => *total += n,
            Price::Range(lo, _) => {
                *total += lo;
                *partial = true;
            }
            Price::Unknown => *partial = true,
        }
    }
}

/// Copies of civil-status extracts: 8.000 đ a copy (TT 281/2016/TT-BTC Art. 4, STT 4), waived
/// for digital citizens by TT 117/2026 Art. 1(2). Not in the catalog yet: recorded here.
pub const CIVIL_STATUS_COPY_FEE: Source = Source {
    id: "tt-281-2016-civil-status-copy",
    basis: "Thông tư 281/2016/TT-BTC, Điều 4, Biểu mức thu STT 4: “Phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch là 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký”; miễn cho công dân số theo Thông tư 117/2026/TT-BTC, Điều 1 khoản 2",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/tai-chinh/117-2026-tt-btc.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Mức 8.000 đ/bản sao đọc qua đoạn trích Điều 4 Thông tư 281/2016/TT-BTC trong một kiến nghị gửi Chính phủ (2019), chưa đọc văn bản gốc; hỏi lại nơi cấp.",
        en: "The 8,000 VND a copy was read in a quote of Art. 4 of Circular 281/2016/TT-BTC in a 2019 petition, not in the circular itself; ask at the office.",
    }),
};

/// Exchanging a vehicle registration and plate, or a temporary registration: from 35.000 đ to
/// 105.000 đ by vehicle and area (TT 155/2025/TT-BTC items II, III), as NQ 66.22 App. III prints it.
pub const VEHICLE_EXCHANGE_FEE: Source = Source {
    id: "nq-66-22-app-3-vehicle",
    basis: "Nghị quyết 66.22/2026/NQ-CP, Phụ lục III, dòng lệ phí đăng ký, cấp biển phương tiện giao thông (Thông tư 155/2025/TT-BTC, Số TT II, III): cấp đổi, đăng ký tạm thời “từ 35.000đ đến 105.000đ”; thủ tục 1.013079, 1.013080, 1.013086",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-quyet-66.22-2026-nq-cp-phat-trien-cong-dan-so.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Khoảng 35.000–105.000 đ đọc từ bản quét của Phụ lục III Nghị quyết 66.22/2026/NQ-CP; mức cho từng loại xe, khu vực theo Thông tư 155/2025/TT-BTC chưa đọc được.",
        en: "The 35,000–105,000 VND range was read in a scan of Appendix III of Resolution 66.22/2026/NQ-CP; the amount for each vehicle type and area under Circular 155/2025/TT-BTC was not read.",
    }),
};

/// How a document is integrated in VNeID: "Ví giấy tờ" → "Tích hợp thông tin" → "Tạo mới yêu cầu".
pub const VNEID_INTEGRATION: Source = Source {
    id: "vneid-integration-steps",
    basis: "Hướng dẫn tích hợp giấy tờ trên ứng dụng VNeID: “Chọn ‘Ví giấy tờ’. Sau đó chọn ‘Tích hợp thông tin’” → “Tạo mới yêu cầu” → chọn loại giấy tờ → “Gửi yêu cầu”; Sổ sức khỏe điện tử: mở mục “Sổ sức khỏe điện tử” trên VNeID",
    url: "https://github.com/tnt305/tai_lieu_noi_bo/blob/HEAD/src/etl/dataset/7fdacbacf8e8b7fe.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Low,
    doubt: Some(Text {
        vi: "Các bước trên VNeID đọc từ một hướng dẫn năm 2024, không phải văn bản của Bộ Công an; tên mục có thể đã đổi theo phiên bản ứng dụng. Tổ công nghệ số cộng đồng hoặc công an xã có thể hướng dẫn trực tiếp.",
        en: "The VNeID steps come from a 2024 guide, not a Ministry text; menu names may have changed with app versions. The community digital-technology team or the commune police can show you.",
    }),
};

/// Art. 5(2) / TT 117 Art. 2(2): where another relief also applies, the highest one applies.
pub const HIGHEST_RELIEF: Source = Source {
    id: "tt-117-2026-art-2-2",
    basis: "Thông tư 117/2026/TT-BTC, Điều 2 khoản 2; Nghị quyết 66.22/2026/NQ-CP, Điều 5 khoản 2: “được áp dụng mức ưu đãi cao nhất”",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/tai-chinh/117-2026-tt-btc.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::High,
    doubt: None,
};

/// Registration tax (lệ phí trước bạ) on a second motorbike or car, for a digital citizen
/// (TT 117/2026 Art. 1(1)(b)–(d)): a reduction, with the seller's documents as its condition.
pub const SECOND_VEHICLE_TAX: Source = Source {
    id: "tt-117-2026-art-1-1",
    basis: "Thông tư 117/2026/TT-BTC, Điều 1 khoản 1 điểm b, c, d: giảm 100% lệ phí trước bạ xe mô tô, 50% ô tô chở người đến 9 chỗ nộp lần thứ 2 trở đi; 01 lần mỗi loại tài sản trong 01 năm; tối đa 05 lần mức lương cơ sở; bên chuyển nhượng đã tích hợp 05 loại thông tin cơ bản, mã số thuế cá nhân và thông tin đăng ký xe trên VNeID; kê khai điện tử",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/tai-chinh/117-2026-tt-btc.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::High,
    doubt: None,
};

/// The sources this module adds (registered in `sources::all`).
pub fn sources() -> [&'static Source; 5] {
    [&CIVIL_STATUS_COPY_FEE, &VEHICLE_EXCHANGE_FEE, &VNEID_INTEGRATION, &HIGHEST_RELIEF, &SECOND_VEHICLE_TAX]
}

/// The ordinary fee of a planned procedure on `as_of`: (in person, online, the sources).
pub fn ordinary_fee(p: Planned, as_of: Date) -> (Price, Price, Vec<&'static Source>) {
    let pair = |in_person: u32, online: u32| (Price::Known(in_person), Price::Known(online));
    let from_rate = |fee: Fee, id: &str, fallback: &'static Source| match fee.rate(id, as_of) {
        Some((r, source)) => (Price::Known(r.in_person), Price::Known(r.online), vec![source.unwrap_or(fallback)]),
        None => (Price::Unknown, Price::Unknown, vec![fallback]),
    };
    match p {
        Planned::CardRenewal | Planned::CardSwapFromCccd | Planned::CardReissue => match card::published_rates(as_of) {
            Some(r) => {
                let rate = match p {
                    Planned::CardRenewal => r.renewal,
                    Planned::CardSwapFromCccd => r.swap_from_cccd,
                    _ => r.reissue,
                };
                let (a, b) = pair(rate.in_person, rate.online);
                (a, b, r.sources)
            }
            None => (Price::Unknown, Price::Unknown, vec![&crate::law::card_facts::FEE_RATES]),
        },
        Planned::PermanentResidence | Planned::TemporaryResidence | Planned::DrivingLicence => {
            let Some(s) = p.service() else { return (Price::Unknown, Price::Unknown, Vec::new()) };
            match s.fee {
                Fee::Amount { in_person, online } => {
                    let (a, b) = pair(in_person, online);
                    (a, b, vec![s.fee_source])
                }
                _ => (Price::Unknown, Price::Unknown, vec![s.fee_source]),
            }
        }
        Planned::Passport => from_rate(services::PASSPORT_ISSUE.fee, "cap-moi", &services::PASSPORT),
        Planned::PassportReplacement => from_rate(services::PASSPORT_ISSUE.fee, "cap-lai", &services::PASSPORT),
        Planned::CriminalRecord => from_rate(services::CRIMINAL_RECORD_CERTIFICATE.fee, "mot-phieu", &services::CRIMINAL_RECORD),
        Planned::VehicleExchange => (Price::Range(35_000, 105_000), Price::Range(35_000, 105_000), vec![&VEHICLE_EXCHANGE_FEE]),
        Planned::CivilStatusCopy => (Price::Known(8_000), Price::Known(8_000), vec![&CIVIL_STATUS_COPY_FEE]),
    }
}

/// What the person said.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Answers {
    pub level_2: Answer,
    /// The basic items already integrated in VNeID.
    pub items: Vec<BasicItem>,
    /// The procedure-specific documents already integrated in VNeID.
    pub documents: Vec<ExtraDocument>,
    pub planned: Vec<Planned>,
}

impl Answers {
    /// The rules' view of the conditions for one procedure.
    pub fn conditions(&self, fee: WaivedFee) -> DigitalCitizen {
        let basic_items = if BasicItem::ALL.iter().all(|i| self.items.contains(i)) { Answer::Yes } else { Answer::No };
        let document = match fee.extra_document() {
            Some(doc) if self.documents.contains(&doc) => Answer::Yes,
            Some(_) => Answer::No,
            None => Answer::Unknown,
        };
        DigitalCitizen { level_2: self.level_2, basic_items, document }
    }

    /// The basic items still to integrate, in Appendix I's order.
    pub fn missing_items(&self) -> Vec<BasicItem> {
        BasicItem::ALL.into_iter().filter(|i| !self.items.contains(i)).collect()
    }

    /// The procedure-specific documents the planned procedures need and that are missing.
    pub fn missing_documents(&self) -> Vec<ExtraDocument> {
        let mut out: Vec<ExtraDocument> = Vec::new();
        for doc in self.planned.iter().filter_map(|p| p.waived_fee().extra_document()) {
            if !self.documents.contains(&doc) && !out.contains(&doc) {
                out.push(doc);
            }
        }
        out
    }
}

/// One planned procedure's fees.
#[derive(Clone, PartialEq, Debug)]
pub struct Line {
    pub planned: Planned,
    pub in_person: Price,
    pub online: Price,
    /// Online as a digital citizen: 0 when waived, else the online fee.
    pub as_digital_citizen: Price,
    pub verdict: WaiverVerdict,
    /// Saved against filing in person, when waived.
    pub saved: Option<Price>,
    /// The online fee from 01/03/2027, when the ordinary fees are back.
    pub after_window: Price,
    pub sources: Vec<&'static Source>,
}

/// Where the as-of date falls against the window.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Window {
    NotYet { opens: Date },
    Open { ends: Date, days_left: i64 },
    Ended { ended: Date },
}

/// The whole answer.
#[derive(Clone, PartialEq, Debug)]
pub struct Savings {
    /// Level 2, all basic items: a digital citizen (procedure documents aside).
    pub qualifies: Answer,
    pub missing_items: Vec<BasicItem>,
    pub missing_documents: Vec<ExtraDocument>,
    pub lines: Vec<Line>,
    /// Sum of the known savings, and whether some saving could not be counted.
    pub total_saved: u32,
    pub total_is_partial: bool,
    /// What meeting every condition (and filing online in the window) would save, when some
    /// condition is not met: the reason to finish the missing items now.
    pub could_save: Option<(u32, bool)>,
    pub window: Window,
}

/// The day after the window, when the ordinary fees apply again (TT 117/2026 Art. 2(1)).
pub fn after_window() -> Date {
    WAIVER_WINDOW.periods.last().and_then(|p| p.valid_to).map(|end| end.add_days(1)).unwrap_or(Date::ymd(2027, 3, 1))
}

pub fn savings(a: &Answers, as_of: Date) -> Savings {
    let first = WAIVER_WINDOW.periods.first().map(|p| p.valid_from).unwrap_or(as_of);
    let last = after_window().add_days(-1);
    let window = if as_of < first {
        Window::NotYet { opens: first }
    } else if as_of <= last {
        Window::Open { ends: last, days_left: as_of.days_until(last) }
    } else {
        Window::Ended { ended: last }
    };
    let qualifies = match (a.level_2, a.missing_items().is_empty()) {
        (Answer::No, _) | (_, false) => Answer::No,
        (Answer::Unknown, true) => Answer::Unknown,
        (Answer::Yes, true) => Answer::Yes,
    };
    let mut lines = Vec::new();
    let (mut saved_so_far, mut could) = ((0, false), (0, false));
    for p in Planned::ALL.into_iter().filter(|p| a.planned.contains(p)) {
        let (in_person, online, mut sources) = ordinary_fee(p, as_of);
        let (verdict, rule) = digital_citizen::waiver(p.waived_fee(), &a.conditions(p.waived_fee()), as_of);
        sources.push(rule);
        let waived = matches!(verdict, WaiverVerdict::Waived { .. });
        let as_digital_citizen = if waived { Price::Known(0) } else { online };
        // Saved against filing in person: the whole in-person fee, since online is 0 đ.
        let saved = waived.then_some(in_person);
        if let Some(price) = saved {
            price.add_to(&mut saved_so_far);
        }
        if matches!(window, Window::Open { .. }) {
            in_person.add_to(&mut could);
        }
        let (_, after_window, _) = ordinary_fee(p, after_window());
        lines.push(Line { planned: p, in_person, online, as_digital_citizen, verdict, saved, after_window, sources });
    }
    let (total_saved, total_is_partial) = saved_so_far;
    Savings {
        qualifies,
        missing_items: a.missing_items(),
        missing_documents: a.missing_documents(),
        lines,
        total_saved,
        total_is_partial,
        could_save: (saved_so_far != could).then_some(could),
        window,
    }
}
