//! Words for the card calculator, in Vietnamese and English.

use crate::law::card::{Because, CardHeld, CardInputProblem, Channel, Exemption, Procedure};
use crate::law::date::Date;

use super::common::{money, pick};
use super::Lang;
use crate::law::source::Text;

pub fn held(lang: Lang, held: CardHeld) -> (&'static str, &'static str) {
    let (label, hint) = match held {
        CardHeld::CanCuoc => (
            Text { vi: "Thẻ căn cước", en: "Căn cước card" },
            Text { vi: "cấp từ 01/07/2024, mặt trước ghi “CĂN CƯỚC”", en: "issued from 01/07/2024, the front says “CĂN CƯỚC”" },
        ),
        CardHeld::CccdChip => (
            Text { vi: "Căn cước công dân gắn chip", en: "Citizen ID card with chip (CCCD)" },
            Text { vi: "cấp trước 01/07/2024", en: "issued before 01/07/2024" },
        ),
        CardHeld::CccdNoChip => (
            Text { vi: "Căn cước công dân mã vạch (không chip)", en: "Citizen ID card with barcode, no chip (CCCD)" },
            Text { vi: "cấp từ 2016 đến 2021", en: "issued 2016–2021" },
        ),
        CardHeld::Cmnd => {
            (Text { vi: "Chứng minh nhân dân (CMND)", en: "Old ID card (CMND)" }, Text { vi: "số 9 chữ số hoặc 12 chữ số", en: "9- or 12-digit number" })
        }
        CardHeld::NoCard => (Text { vi: "Chưa có thẻ nào", en: "No card yet" }, Text { vi: "", en: "" }),
        CardHeld::Lost => (
            Text { vi: "Thẻ căn cước hoặc căn cước công dân bị mất, hỏng", en: "Căn cước card or CCCD lost or damaged" },
            Text { vi: "mất CMND thì chọn “Chưa có thẻ nào”", en: "a lost CMND: choose “No card yet”" },
        ),
    };
    (lang.pick(label), lang.pick(hint))
}

pub fn problem(lang: Lang, p: CardInputProblem) -> String {
    use CardInputProblem::*;
    let (vi, en) = match p {
        AsOfBeforeLaw { as_of } => (
            format!("Công cụ áp dụng Luật Căn cước từ 01/07/2024; không tính cho ngày {as_of}."),
            format!("This tool applies the Identification Law from 01/07/2024; it cannot answer for {as_of}."),
        ),
        BornAfterAsOf => ("Ngày sinh không thể sau ngày áp dụng.".into(), "The date of birth cannot be after the date applied.".into()),
        IssuedBeforeBirth => ("Ngày cấp không thể trước ngày sinh.".into(), "The issue date cannot be before the date of birth.".into()),
        IssuedAfterAsOf => ("Ngày cấp không thể sau ngày áp dụng.".into(), "The issue date cannot be after the date applied.".into()),
        CccdIssuedFromLaw => (
            "Từ 01/07/2024 không còn cấp căn cước công dân. Thẻ cấp từ ngày đó là thẻ căn cước: hãy chọn “Thẻ căn cước”.".into(),
            "No CCCD has been issued since 01/07/2024. A card issued since then is a Căn cước card: choose “Căn cước card”.".into(),
        ),
        CanCuocIssuedBeforeLaw => (
            "Thẻ căn cước chỉ được cấp từ 01/07/2024. Thẻ cấp trước ngày đó là căn cước công dân: hãy chọn lại loại thẻ.".into(),
            "Căn cước cards exist from 01/07/2024. A card issued before is a CCCD: choose the card type again.".into(),
        ),
        CccdBeforeLaw59 => (
            "Thẻ căn cước công dân chỉ được cấp từ 01/01/2016 (Luật Căn cước công dân 2014). Thẻ cấp trước ngày đó là chứng minh nhân dân: hãy chọn “Chứng minh nhân dân”.".into(),
            "CCCD cards exist only from 01/01/2016 (2014 Citizen Identity Law). A card issued earlier is a CMND: choose “CMND”.".into(),
        ),
        ChipBefore2021 => (
            "Thẻ căn cước công dân gắn chip chỉ được cấp từ năm 2021 (mẫu thẻ theo Thông tư 06/2021/TT-BCA). Hãy xem lại ngày cấp hoặc chọn thẻ mã vạch.".into(),
            "Chip CCCD cards exist only from 2021 (card form of Circular 06/2021/TT-BCA). Check the issue date or choose the barcode card.".into(),
        ),
        CardDatesMissing => (
            "Hãy nhập ngày cấp in trên thẻ (hoặc ngày “Có giá trị đến”).".into(),
            "Type the issue date printed on the card (or its “valid until” date).".into(),
        ),
        ExpiryBeforeIssue => ("Ngày hết hạn không thể trước ngày cấp.".into(), "The expiry cannot be before the issue date.".into()),
    };
    pick(lang, vi, en)
}

pub fn procedure(lang: Lang, p: Procedure) -> &'static str {
    let (vi, en) = match p {
        Procedure::FirstIssue => ("Làm thẻ căn cước lần đầu (bắt buộc)", "Apply for a first Căn cước card (required)"),
        Procedure::FirstIssueUnder14 => ("Làm thẻ căn cước cho người dưới 14 tuổi (không bắt buộc)", "Apply for a card for a child under 14 (optional)"),
        Procedure::Renewal => ("Cấp đổi thẻ căn cước", "Renew the card (cấp đổi)"),
        Procedure::Reissue => ("Cấp lại thẻ căn cước", "Replace the card (cấp lại)"),
        Procedure::OptionalSwap => ("Không bắt buộc: có thể đổi sang thẻ căn cước nếu muốn", "Optional: you may swap it for a Căn cước card"),
        Procedure::SwapAdminChange => (
            "Không bắt buộc: có thể cấp đổi thẻ vì thông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính",
            "Optional: you may swap the card because its details changed in the administrative merger",
        ),
        Procedure::Nothing => ("Bây giờ chưa phải làm gì", "Nothing to do for now"),
    };
    lang.pick(Text { vi, en })
}

pub fn channel(lang: Lang, c: Channel) -> &'static str {
    let (vi, en) = match c {
        Channel::InPersonCommunePolice => ("Đến công an xã, phường bất kỳ (không phụ thuộc nơi cư trú). Có thể đặt lịch trước trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia.", "Go to any commune or ward police station (not tied to where you live). You can book ahead in the VNeID app or on the National Public Service Portal."),
        Channel::OnlineRepresentative => ("Cha, mẹ hoặc người giám hộ nộp trực tuyến trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia; trẻ không phải đến.", "A parent or guardian applies online in the VNeID app or on the National Public Service Portal; the child need not come."),
        Channel::OnlineThenInPerson => ("Cha, mẹ hoặc người giám hộ nộp trực tuyến (VNeID, Cổng Dịch vụ công) rồi đưa trẻ đến công an xã, phường để thu ảnh, vân tay, mống mắt; hoặc làm trực tiếp tại đó.", "A parent or guardian applies online (VNeID, the national portal), then brings the child to the commune or ward police for photo, fingerprints and iris; or does it all there."),
        Channel::OnlineNoVisit => ("Làm trực tuyến trên ứng dụng VNeID, Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an (cần tài khoản định danh mức 2), chọn lý do “do sắp xếp, điều chỉnh đơn vị hành chính”; không phải đến chụp ảnh, lấy vân tay. Hoặc đến công an xã, phường.", "Online in the VNeID app, on the National Public Service Portal or the police portal (level 2 e-ID needed), choosing the reason “administrative-unit rearrangement”; no visit for photo or fingerprints. Or at the commune or ward police."),
        Channel::OnlineOrInPerson => ("Nộp trực tuyến trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia, hoặc đến công an xã, phường.", "Apply online in the VNeID app or on the National Public Service Portal, or at the commune or ward police."),
    };
    lang.pick(Text { vi, en })
}

fn exemption(lang: Lang, e: Exemption) -> &'static str {
    let (vi, en) = match e {
        Exemption::Child => ("trẻ em dưới 16 tuổi", "children under 16"),
        Exemption::Elderly => ("người từ đủ 60 tuổi", "people aged 60 and over"),
        Exemption::Group => ("nhóm được miễn mà bạn đã chọn", "the exempt group you ticked"),
    };
    lang.pick(Text { vi, en })
}

pub fn exempt_fee(lang: Lang, e: Exemption) -> String {
    pick(lang, format!("Miễn lệ phí ({}).", exemption(lang, e)), format!("No fee: exempt ({}).", exemption(lang, e)))
}

/// One "Why?" line.
pub fn reason(lang: Lang, b: Because) -> String {
    use Because::*;
    let (vi, en) = match b {
        MustHaveCard { age } => (format!("{age} tuổi: công dân từ đủ 14 tuổi phải làm thẻ căn cước."), format!("Age {age}: citizens aged 14 and over must have a card.")),
        MayHaveCard { age } => (format!("{age} tuổi: dưới 14 tuổi được cấp thẻ khi có nhu cầu, không bắt buộc."), format!("Age {age}: under 14 a card is optional, on request.")),
        NoBiometricsUnder6 => ("Dưới 6 tuổi không thu ảnh, vân tay, mống mắt.".into(), "Under 6 no photo, fingerprints or iris are taken.".into()),
        BiometricsFrom6 => ("Từ đủ 6 tuổi phải đến để thu ảnh khuôn mặt, vân tay, mống mắt.".into(), "From age 6 the person must come for face photo, fingerprints and iris.".into()),
        CmndEnded => ("Chứng minh nhân dân chỉ còn giá trị đến hết 31/12/2024.".into(), "Old CMND cards were valid until 31/12/2024 at the latest.".into()),
        CmndValidUntil { until } => (format!("Chứng minh nhân dân có giá trị 15 năm kể từ ngày cấp: đến {until}."), format!("A CMND is valid 15 years from issue: until {until}.")),
        CmndDateUnknown => ("Không có ngày cấp: CMND còn hạn thì có giá trị đến hết 31/12/2024.".into(), "No issue date given: a CMND still in date was valid to 31/12/2024.".into()),
        PrintedExpiryGoverns { until: Some(d) } => (format!("Thẻ có giá trị đến ngày in trên thẻ: {d}."), format!("The card is valid until the date printed on it: {d}.")),
        PrintedExpiryGoverns { until: None } => ("Thẻ ghi “Không thời hạn”: có giá trị suốt đời.".into(), "The card says “no expiry”: valid for life.".into()),
        ExtendedToJune2024 => ("Thẻ hết hạn từ 15/01/2024 đến trước 30/06/2024 được dùng tiếp đến hết 30/06/2024.".into(), "Cards expiring from 15/01/2024 to before 30/06/2024 stayed valid until 30/06/2024.".into()),
        ExpiresAtMilestone { age, on } => (format!("Phải cấp đổi khi đủ {age} tuổi, tức ngày {on}."), format!("The card must be renewed on reaching {age}, i.e. on {on}.")),
        GraceWindow { skipped_age, window_from } => (
            format!("Thẻ cấp trong vòng 2 năm trước tuổi {skipped_age} (từ {window_from}) nên không phải đổi ở tuổi {skipped_age}, mà dùng đến mốc tuổi tiếp theo."),
            format!("Issued within 2 years before age {skipped_age} (from {window_from}), so it need not be renewed at {skipped_age} but lasts to the next age."),
        ),
        ForLife { issued_age } => (format!("Thẻ cấp năm {issued_age} tuổi, sau các mốc đổi thẻ: dùng suốt đời."), format!("Issued at {issued_age}, past the last renewal age: valid for life.")),
        AdminSwapOptional => (
            "Không bắt buộc đổi thẻ vì sắp xếp đơn vị hành chính: thẻ còn hạn vẫn có giá trị sử dụng.".into(),
            "Swapping the card because of the administrative merger is not required: a valid card stays valid.".into(),
        ),
        NoBiometricsAdminSwap => (
            "Đổi thẻ vì sắp xếp đơn vị hành chính dùng lại ảnh, vân tay đã có: không phải đến thu nhận.".into(),
            "A swap for the administrative merger reuses the stored photo and fingerprints: no visit.".into(),
        ),
        AdminSwapFreeOnline => (
            "Làm trực tuyến và chọn lý do “do sắp xếp, điều chỉnh đơn vị hành chính”: không thu lệ phí.".into(),
            "Online, with the reason “administrative-unit rearrangement”: no fee.".into(),
        ),
        LostWasCmnd => (
            "Thẻ bị mất cấp trước 01/01/2016 là chứng minh nhân dân (thẻ căn cước công dân chỉ cấp từ ngày đó).".into(),
            "A lost card issued before 01/01/2016 was a CMND (CCCD cards were issued only from that day).".into(),
        ),
        LostCard => (
            "Thẻ bị mất hoặc hỏng thì làm thủ tục cấp lại. Nếu thẻ bị mất đã đến tuổi phải đổi (14, 25, 40, 60) thì làm thủ tục cấp đổi, với mức lệ phí cấp đổi.".into(),
            "A lost or damaged card is replaced (cấp lại). If the lost card had already reached a renewal age (14, 25, 40, 60), it is a renewal (cấp đổi) at the renewal fee.".into(),
        ),
        Law118Amended => ("Từ 01/07/2026 Luật Căn cước được sửa đổi bởi Luật 118/2025/QH15.".into(), "From 01/07/2026 the Identification Law is amended by Law 118/2025/QH15.".into()),
        NoFee => ("Thủ tục này không thu lệ phí.".into(), "This procedure has no fee.".into()),
        Rate { procedure: p, amount } => (format!("Mức lệ phí {}: {}.", procedure(Lang::Vi, p).to_lowercase(), money(Lang::Vi, amount)), format!("Fee rate for “{}”: {}.", procedure(Lang::En, p), money(Lang::En, amount)))
        ,
        ReductionApplies { percent_paid, online_only, until } => {
            let until_vi = until.map(|d| format!(" đến hết {d}")).unwrap_or_default();
            let until_en = until.map(|d| format!(" until {d}")).unwrap_or_default();
            let cut = 100 - percent_paid;
            if online_only {
                (format!("Giảm {cut}% khi nộp trực tuyến{until_vi}."), format!("{cut}% off when applying online{until_en}."))
            } else {
                (format!("Giảm {cut}% cho mọi cách nộp{until_vi}."), format!("{cut}% off on every channel{until_en}."))
            }
        }
        ExemptFee { why } => (format!("Được miễn lệ phí cấp đổi, cấp lại: {}.", exemption(Lang::Vi, why)), format!("Exempt from renewal and re-issue fees: {}.", exemption(Lang::En, why))),
        DigitalCitizen(verdict) => {
            let line = |lang| super::common::waiver_line(lang, verdict).unwrap_or_default();
            (line(Lang::Vi), line(Lang::En))
        }
        RateUnknown => ("Chưa có mức lệ phí được ghi nhận cho ngày này.".into(), "No fee rate is recorded for this date.".into()),
        ProcessingOnlineReissue { days } => (
            format!("Cấp lại thẻ bị mất, hư hỏng nộp trực tuyến toàn trình: tối đa {days} ngày làm việc."),
            format!("Re-issue of a lost or damaged card filed fully online: at most {days} working days."),
        ),
        Processing { days } => (format!("Thời hạn giải quyết tối đa {days} ngày làm việc."), format!("Processing takes at most {days} working days.")),
    };
    pick(lang, vi, en)
}

/// "Thẻ còn giá trị đến hết ngày …".
pub fn valid_until(lang: Lang, until: Date, left: &str) -> String {
    bi!(lang, "Thẻ còn giá trị đến hết ngày {until} – còn {left}.", "The card is valid until {until} – {left} left.")
}

pub fn expired_since(lang: Lang, since: Date) -> String {
    bi!(lang, "Thẻ đã hết giá trị từ ngày {since}.", "The card is no longer valid since {since}.")
}

pub fn renew_at(lang: Lang, age: i32, on: Date) -> String {
    bi!(lang, "Khi đủ {age} tuổi, ngày {on}: đến lúc đó phải làm thủ tục cấp đổi thẻ.", "On reaching {age}, on {on}: the card must be renewed then.")
}

/// The card fee in person and online; at the commune police, online only where the procedure allows it.
pub fn fee_line(lang: Lang, in_person: u32, online: u32, at_commune_police: bool) -> String {
    if !at_commune_police {
        return super::common::fee_line(lang, in_person, online);
    }
    let (in_person, online) = (money(lang, in_person), money(lang, online));
    bi!(
        lang,
        "Nộp trực tiếp: {in_person}. Nộp trực tuyến (khi thủ tục cho phép): {online}.",
        "In person: {in_person}. Online (where the procedure allows it): {online}."
    )
}

/// The quicker due date of a lost or damaged card re-issued fully online.
pub fn ready_online(lang: Lang, days: u32, from: Date, by: Date) -> String {
    bi!(
        lang,
        "Nộp trực tuyến toàn trình (thẻ bị mất, hư hỏng): tối đa {days} ngày làm việc, chậm nhất ngày {by} nếu nộp ngày {from}.",
        "Filed fully online (lost or damaged card): at most {days} working days, due by {by} if filed on {from}."
    )
}

// The card tool's sentences about the person, in the voice shown (staff mode: "người được hỗ trợ").
pub fn born_label(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "{Ban} sinh ngày nào?", "What is {your} date of birth?")
}

pub fn held_label(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "{Ban} đang có loại thẻ nào?", "Which card do {you} have now?")
}

pub fn your_answers(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "Câu trả lời của {ban}", "{Your} answers")
}

pub fn status_heading(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "Thẻ của {ban}", "{Your} card")
}

pub fn no_card(lang: Lang, helper: bool) -> String {
    super::common::say(lang, helper, "{Ban} chưa có thẻ căn cước.", "{You} have no ID card yet.")
}
