//! Words for the digital-citizen tool (công dân số), in the person's voice or, with the helper
//! switch on, about "the person helped". Placeholders as in `text::eid`.

use crate::content::savings::{Planned, Price, Window};
use crate::law::date::Date;
use crate::law::digital_citizen::{Answer, BasicItem, ExtraDocument};
use crate::law::source::Text;

use super::common::money;
pub use super::common::say;
use super::eid::Question;
use super::Lang;

const fn t(vi: &'static str, en: &'static str) -> Text {
    Text { vi, en }
}

pub const LEVEL_2_Q: Question = Question {
    vi: "Tài khoản định danh điện tử (VNeID) của {ban} đã là mức 2 chưa?",
    en: "Has {your} e-ID (VNeID) account reached level 2?",
};
pub const ITEMS_Q: Question = Question {
    vi: "Những thông tin, giấy tờ nào {ban} đã tích hợp trên ứng dụng VNeID?",
    en: "Which of these are already integrated in {your} VNeID app?",
};
pub const PLANNED_Q: Question = Question { vi: "{Ban} sắp làm những thủ tục nào?", en: "Which procedures are coming up for {you}?" };
pub const DOCUMENTS_Q: Question = Question {
    vi: "Giấy tờ riêng của các thủ tục đó đã được tích hợp trên VNeID chưa?",
    en: "Are the documents these procedures need already integrated in {your} VNeID?",
};

pub fn level_2_answer(lang: Lang, a: Answer) -> &'static str {
    lang.pick(match a {
        Answer::Yes => t("Có, đã là mức 2", "Yes, level 2"),
        Answer::No => t("Chưa: chưa có tài khoản hoặc mới mức 1", "No: no account yet, or only level 1"),
        Answer::Unknown => t("Chưa biết", "Not sure"),
    })
}

pub fn level_2_hint(lang: Lang) -> &'static str {
    lang.pick(t(
        "Tài khoản mức 2 được cấp tại công an xã, phường (có ảnh chân dung, vân tay đã thu khi làm thẻ căn cước). Không chắc thì chọn “Chưa biết”.",
        "A level 2 account is issued at the commune or ward police (with the photo and fingerprints taken for the ID card). If unsure, choose “Not sure”.",
    ))
}

pub fn items_hint(lang: Lang) -> &'static str {
    lang.pick(t(
        "Đánh dấu những mục đã có trong VNeID. Để được miễn lệ phí cần đủ 05 loại thông tin, giấy tờ cơ bản (Nghị quyết 66.22/2026/NQ-CP, Phụ lục I).",
        "Tick what is already in VNeID. The waiver needs all 5 basic items (Resolution 66.22/2026/NQ-CP, Appendix I).",
    ))
}

/// The item's name and what it is, in plain words.
pub fn item(lang: Lang, i: BasicItem) -> (&'static str, &'static str) {
    let (name, what) = match i {
        BasicItem::BirthCertificate => {
            (t("Giấy khai sinh", "Birth certificate"), t("Bản điện tử giấy khai sinh.", "The electronic copy of the birth certificate."))
        }
        BasicItem::PaymentAccount => (
            t(
                "Thẻ ngân hàng, tài khoản thanh toán, ví điện tử hoặc tài khoản Tiền di động (Mobile Money)",
                "Bank card, payment account, e-wallet or mobile-money account",
            ),
            t("Thông tin một tài khoản đứng tên chính chủ.", "The details of one account in the holder's own name."),
        ),
        BasicItem::SocialSecurityAccount => (
            t("Tài khoản an sinh xã hội", "Social-security account"),
            t(
                "Tài khoản nhận các khoản chi trả an sinh xã hội, gắn với một tài khoản thanh toán chính chủ.",
                "The account social-security payments go to, linked to a payment account in the holder's own name.",
            ),
        ),
        BasicItem::HealthItems => (
            t("Hai loại thông tin về khám bệnh, chữa bệnh", "Two health-care items (khám bệnh, chữa bệnh)"),
            t(
                "Ứng dụng chưa đọc được tên 2 loại này trong Phụ lục I (có thể là Sổ sức khỏe điện tử): hãy xem trên VNeID.",
                "The app could not read the names of these 2 in Appendix I (perhaps the electronic health book): check in VNeID.",
            ),
        ),
    };
    (lang.pick(name), lang.pick(what))
}

/// How to add the item in VNeID.
pub fn how_to_add(lang: Lang, i: BasicItem) -> String {
    let (name, _) = item(lang, i);
    match i {
        BasicItem::HealthItems => lang
            .pick(t(
                "Trên VNeID: mở mục “Sổ sức khỏe điện tử” và đồng ý sử dụng; mức được hưởng chính sách hiển thị trên VNeID cho biết còn thiếu gì.",
                "In VNeID: open “Sổ sức khỏe điện tử” (electronic health book) and accept its use; the benefit level VNeID shows says what is still missing.",
            ))
            .to_string(),
        _ => bi!(
            lang,
            "{name}: trên VNeID chọn “Ví giấy tờ” → “Tích hợp thông tin” → “Tạo mới yêu cầu”, chọn loại giấy tờ rồi gửi.",
            "{name}: in VNeID choose “Ví giấy tờ” (document wallet) → “Tích hợp thông tin” (integrate) → “Tạo mới yêu cầu” (new request), pick the document, send."
        ),
    }
}

pub fn planned(lang: Lang, p: Planned) -> &'static str {
    lang.pick(match p {
        Planned::CardRenewal => t("Cấp đổi thẻ căn cước (đến tuổi đổi, thay đổi thông tin, thẻ hỏng)", "ID card renewal (age, changed details, damaged card)"),
        Planned::CardSwapFromCccd => t("Đổi thẻ căn cước công dân sang thẻ căn cước", "Swap a CCCD card for a Căn cước card"),
        Planned::CardReissue => t("Cấp lại thẻ căn cước bị mất", "Re-issue of a lost ID card"),
        Planned::PermanentResidence => t("Đăng ký thường trú", "Permanent residence registration"),
        Planned::TemporaryResidence => t("Đăng ký hoặc gia hạn tạm trú", "Temporary residence registration or renewal"),
        Planned::Passport => t("Cấp hộ chiếu lần đầu", "First passport"),
        Planned::PassportReplacement => t("Cấp lại hộ chiếu bị hỏng, mất", "Replacing a damaged or lost passport"),
        Planned::CriminalRecord => t("Cấp phiếu lý lịch tư pháp", "Criminal-record certificate"),
        Planned::DrivingLicence => t("Đổi, cấp lại giấy phép lái xe", "Driving licence exchange or re-issue"),
        Planned::VehicleExchange => {
            t("Đổi chứng nhận đăng ký xe, biển số; đăng ký xe tạm thời", "Exchange of a vehicle registration or plate; temporary registration")
        }
        Planned::CivilStatusCopy => t("Bản sao trích lục hộ tịch (khai sinh, kết hôn…)", "Copy of a civil-status extract (birth, marriage…)"),
    })
}

pub fn planned_hint(lang: Lang) -> &'static str {
    lang.pick(t(
        "Chọn một hoặc nhiều. Bỏ trống nếu chỉ muốn biết đã đủ điều kiện chưa. Đăng ký xe lần đầu không thuộc diện miễn.",
        "Choose one or more, or none to learn only whether you qualify. A first vehicle registration is not covered.",
    ))
}

pub fn document(lang: Lang, d: ExtraDocument) -> (&'static str, &'static str) {
    let (name, needed_for) = match d {
        ExtraDocument::Passport => (
            t("Thông tin hộ chiếu", "Passport information"),
            t(
                "Cần cho hộ chiếu. Người chưa từng có hộ chiếu chưa có thông tin này để tích hợp: hỏi Phòng Quản lý xuất nhập cảnh có được miễn không.",
                "Needed for the passport. Someone who never had a passport has none to integrate: ask the immigration office whether the waiver applies.",
            ),
        ),
        ExtraDocument::DrivingLicence => {
            (t("Giấy phép lái xe", "Driving licence"), t("Cần cho đổi, cấp lại giấy phép lái xe.", "Needed for the licence exchange."))
        }
        ExtraDocument::VehicleRegistration => {
            (t("Chứng nhận đăng ký xe", "Vehicle registration certificate"), t("Cần cho đổi đăng ký xe.", "Needed for the registration exchange."))
        }
        ExtraDocument::CriminalRecordInfo => {
            (t("Thông tin lý lịch tư pháp", "Criminal-record information"), t("Cần cho phiếu lý lịch tư pháp.", "Needed for the certificate."))
        }
    };
    (lang.pick(name), lang.pick(needed_for))
}

pub fn documents_hint(lang: Lang) -> &'static str {
    lang.pick(t(
        "Với các thủ tục này, Phụ lục III Nghị quyết 66.22/2026/NQ-CP còn yêu cầu đã tích hợp giấy tờ tương ứng trên VNeID.",
        "For these procedures, Appendix III of Resolution 66.22/2026/NQ-CP also asks for the matching document to be integrated in VNeID.",
    ))
}

/// `documents_missing`: a planned procedure still lacks its own document; `planned`: some procedure chosen.
pub fn headline(lang: Lang, helper: bool, qualifies: Answer, window: Window, documents_missing: bool, planned: bool) -> String {
    let (vi, en) = match (qualifies, window) {
        (_, Window::Ended { .. }) => (
            "Chính sách miễn phí, lệ phí cho công dân số đã hết hạn: {ban} nộp theo mức thông thường.",
            "The digital-citizen fee waiver has ended: the ordinary fees apply to {you}.",
        ),
        (Answer::Yes, _) if documents_missing => (
            "{Ban} đủ điều kiện công dân số; các thủ tục còn thiếu giấy tờ riêng (ở dưới) chưa được miễn.",
            "The digital-citizen conditions are met for {you}; the procedures still missing their own document (below) are not waived yet.",
        ),
        (Answer::Yes, _) if planned => (
            "{Ban} đủ điều kiện công dân số: nộp trực tuyến các thủ tục dưới đây được miễn phí, lệ phí.",
            "The digital-citizen conditions are met for {you}: filing the procedures below online is free of fees.",
        ),
        (Answer::Yes, _) => (
            "{Ban} đủ điều kiện công dân số: nộp trực tuyến các thủ tục được miễn thì không mất phí, lệ phí.",
            "The digital-citizen conditions are met for {you}: the waived procedures cost nothing when filed online.",
        ),
        (Answer::Unknown, _) => (
            "{Ban} có thể đủ điều kiện công dân số nếu tài khoản VNeID đã là mức 2: hãy kiểm tra trên VNeID.",
            "The digital-citizen conditions may be met for {you} if the VNeID account is level 2: check in VNeID.",
        ),
        (Answer::No, _) => (
            "{Ban} chưa đủ điều kiện công dân số: còn thiếu những mục dưới đây.",
            "The digital-citizen conditions are not yet met for {you}: the items below are missing.",
        ),
    };
    say(lang, helper, vi, en)
}

pub fn window_line(lang: Lang, w: Window, back_on: Date) -> String {
    match w {
        Window::NotYet { opens } => bi!(lang, "Chính sách áp dụng từ ngày {opens}.", "The waiver applies from {opens}."),
        Window::Open { ends, days_left: 0 } => bi!(
            lang,
            "Hôm nay ({ends}) là ngày cuối chính sách áp dụng. Từ ngày {back_on}, lệ phí trở lại mức thông thường (Thông tư 117/2026/TT-BTC, Điều 2 khoản 1).",
            "Today ({ends}) is the last day of the waiver. From {back_on} the ordinary fees apply again (Circular 117/2026/TT-BTC, Art. 2(1))."
        ),
        Window::Open { ends, days_left: 1 } => bi!(
            lang,
            "Còn 1 ngày: chính sách áp dụng đến hết ngày {ends}. Từ ngày {back_on}, lệ phí trở lại mức thông thường (Thông tư 117/2026/TT-BTC, Điều 2 khoản 1).",
            "1 day left: the waiver runs until {ends}. From {back_on} the ordinary fees apply again (Circular 117/2026/TT-BTC, Art. 2(1))."
        ),
        Window::Open { ends, days_left } => bi!(
            lang,
            "Còn {days_left} ngày: chính sách áp dụng đến hết ngày {ends}. Từ ngày {back_on}, lệ phí trở lại mức thông thường (Thông tư 117/2026/TT-BTC, Điều 2 khoản 1).",
            "{days_left} days left: the waiver runs until {ends}. From {back_on} the ordinary fees apply again (Circular 117/2026/TT-BTC, Art. 2(1))."
        ),
        Window::Ended { ended } => bi!(
            lang,
            "Chính sách đã kết thúc ngày {ended}; từ ngày {back_on} áp dụng mức thu thông thường (Thông tư 117/2026/TT-BTC, Điều 2 khoản 1).",
            "The waiver ended on {ended}; from {back_on} the ordinary fees apply (Circular 117/2026/TT-BTC, Art. 2(1))."
        ),
    }
}

pub fn level_2_missing(lang: Lang, helper: bool, level: Answer) -> Option<String> {
    let (vi, en) = match level {
        Answer::Yes => return None,
        Answer::No => {
            ("Tài khoản định danh điện tử mức 2 (Nghị quyết 66.22/2026/NQ-CP, Điều 3).", "A level 2 e-ID account (Resolution 66.22/2026/NQ-CP, Art. 3).")
        }
        Answer::Unknown => (
            "Chưa rõ tài khoản của {ban} đã là mức 2 chưa: xem trên VNeID, hoặc hỏi công an xã, phường.",
            "Not known whether {your} account is level 2: check in VNeID, or ask the commune police.",
        ),
    };
    Some(say(lang, helper, vi, en))
}

pub fn document_missing(lang: Lang, d: ExtraDocument) -> String {
    let (name, needed_for) = document(lang, d);
    bi!(
        lang,
        "{name}: {needed_for} Trên VNeID: “Ví giấy tờ” → “Tích hợp thông tin” → “Tạo mới yêu cầu”.",
        "{name}: {needed_for} In VNeID: “Ví giấy tờ” → “Tích hợp thông tin” → “Tạo mới yêu cầu”."
    )
}

pub fn price(lang: Lang, p: Price) -> String {
    match p {
        Price::Known(n) => money(lang, n),
        Price::Range(lo, hi) => {
            let (lo, hi) = (money(lang, lo), money(lang, hi));
            bi!(lang, "từ {lo} đến {hi} tùy loại xe", "{lo} to {hi} by vehicle")
        }
        Price::Unknown => bi!(lang, "chưa rõ mức thu", "amount not confirmed"),
    }
}

pub fn after_window_line(lang: Lang, back_on: Date, p: Price) -> String {
    let p = price(lang, p);
    bi!(lang, "Từ ngày {back_on}, nộp trực tuyến: {p}.", "From {back_on}, online: {p}.")
}

pub fn total(lang: Lang, helper: bool, saved: u32, partial: bool) -> String {
    let amount = money(lang, saved);
    match partial {
        false => say(
            lang,
            helper,
            &format!("Tổng cộng {{ban}} tiết kiệm {amount} so với nộp trực tiếp."),
            &format!("In all, {{you}} would save {amount} against filing in person."),
        ),
        true => say(
            lang,
            helper,
            &format!("Tổng cộng {{ban}} tiết kiệm ít nhất {amount} so với nộp trực tiếp (có thủ tục chưa rõ mức thu hoặc tùy loại xe)."),
            &format!("In all, {{you}} would save at least {amount} against filing in person (some amounts are not confirmed or depend on the vehicle)."),
        ),
    }
}

pub fn could_save(lang: Lang, helper: bool, saved: u32, partial: bool, ends: Date) -> String {
    let amount = money(lang, saved);
    let (at_least_vi, at_least_en) = if partial { ("ít nhất ", "at least ") } else { ("", "") };
    let vi = format!("Khi đủ điều kiện và nộp trực tuyến đến hết {ends}, {{ban}} tiết kiệm được {at_least_vi}{amount}.");
    let en = format!("Once the conditions are met, filing online by {ends} would save {{you}} {at_least_en}{amount}.");
    say(lang, helper, &vi, &en)
}

pub fn highest_relief(lang: Lang) -> &'static str {
    lang.pick(t(
        "Người cao tuổi, người khuyết tật, đồng bào dân tộc thiểu số và các đối tượng khác đang được miễn, giảm theo quy định khác thì được áp dụng mức ưu đãi cao nhất (Nghị quyết 66.22/2026/NQ-CP, Điều 5 khoản 2; Thông tư 117/2026/TT-BTC, Điều 2 khoản 2).",
        "Older people, people with disabilities, ethnic minorities and others already exempt or reduced under other rules get the highest of the reliefs (Resolution 66.22/2026/NQ-CP, Art. 5(2); Circular 117/2026/TT-BTC, Art. 2(2)).",
    ))
}

pub fn second_vehicle_tax(lang: Lang) -> &'static str {
    lang.pick(t(
        "Mua xe máy, ô tô chở người đến 9 chỗ đã qua sử dụng (xe nộp lệ phí trước bạ từ lần thứ 2 trở đi): lệ phí trước bạ giảm 100% (xe máy) hoặc 50% (ô tô) khi kê khai điện tử, 01 lần mỗi loại tài sản trong 01 năm, số tiền giảm không quá 05 lần mức lương cơ sở; điều kiện gồm bên bán (bên chuyển nhượng) đã tích hợp 05 loại thông tin cơ bản, mã số thuế cá nhân và thông tin đăng ký xe trên VNeID (Thông tư 117/2026/TT-BTC, Điều 1 khoản 1).",
        "Buying a used motorbike or car (up to 9 seats; a vehicle paying the registration tax for the second time or later): the tax is cut by 100% (motorbike) or 50% (car) when declared electronically, once a year per kind of asset, the cut at most 5 times the base salary; the seller must have integrated the 5 basic items, the personal tax code and the vehicle registration in VNeID (Circular 117/2026/TT-BTC, Art. 1(1)).",
    ))
}

pub fn verify_in_vneid(lang: Lang) -> &'static str {
    lang.pick(t(
        "Mức được hưởng chính sách hiển thị trên ứng dụng VNeID (Nghị quyết 66.22/2026/NQ-CP, Điều 5 khoản 3): hãy xem ở đó trước khi nộp.",
        "VNeID shows the level of benefit (Resolution 66.22/2026/NQ-CP, Art. 5(3)): check there before filing.",
    ))
}

/// The reasons behind a savings result, each with its source (the result page's and the plan's "Why?").
pub fn reasons(lang: Lang, s: &crate::content::savings::Savings) -> Vec<(String, &'static crate::law::source::Source)> {
    let mut out = vec![
        (verify_in_vneid(lang).to_string(), &crate::law::digital_citizen::NQ_66_22),
        (highest_relief(lang).to_string(), &crate::content::savings::HIGHEST_RELIEF),
    ];
    out.push((window_line(lang, s.window, crate::content::savings::after_window()), &crate::law::digital_citizen::TT_117));
    for l in &s.lines {
        for source in &l.sources {
            if !out.iter().any(|(_, o)| o.id == source.id) {
                out.push((planned(lang, l.planned).to_string(), source));
            }
        }
    }
    out.push((second_vehicle_tax(lang).to_string(), &crate::content::savings::SECOND_VEHICLE_TAX));
    out
}
