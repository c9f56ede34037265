//! Words for the e-ID guide, in Vietnamese and English, in the person's voice or, with the helper
//! switch on, about "the person helped" (người được hỗ trợ).
//!
//! Placeholders: Vietnamese `{ban}` / `{Ban}`; English `{you}` / `{You}` / `{your}` / `{Your}`.
//! English sentences use modal verbs after `{You}` so both readings agree.

use crate::law::card::CardHeld;
use crate::law::eid::{AccountStatus, AgeBand, Because, Blocker, Level, Nationality, Step};

pub use super::common::say;
use super::{t, Lang, T};
use crate::law::source::Text;

pub struct Question {
    pub vi: &'static str,
    pub en: &'static str,
}

pub const NATIONALITY_Q: Question = Question { vi: "{Ban} là công dân Việt Nam hay người nước ngoài?", en: "What is {your} nationality?" };
pub const BIRTH_Q: Question = Question { vi: "{Ban} sinh ngày nào?", en: "What is {your} date of birth?" };
pub const CARD_Q: Question = Question { vi: "{Ban} đang có loại thẻ nào?", en: "What kind of ID card is {your} current card?" };
pub const EXPIRY_Q: Question =
    Question { vi: "Thẻ của {ban} ghi “Có giá trị đến” ngày nào?", en: "What “valid until” date is printed on {your} card?" };
pub const PHONE_Q: Question = Question {
    vi: "{Ban} có số điện thoại di động đứng tên chính mình (thuê bao chính chủ) không?",
    en: "Is there a mobile number registered in {your} own name?",
};
pub const ACCOUNT_Q: Question = Question { vi: "Tài khoản VNeID của {ban} hiện thế nào?", en: "Where does {your} VNeID account stand now?" };

pub fn phone_hint(lang: Lang) -> &'static str {
    lang.pick(Text {
        vi: "Với trẻ dưới 14 tuổi: số của cha, mẹ hoặc người giám hộ, đứng tên chính người đó.",
        en: "For a child under 14: the parent's or guardian's number, in that adult's own name.",
    })
}

pub fn nationality(lang: Lang, n: Nationality) -> &'static str {
    let (vi, en) = match n {
        Nationality::Vietnamese => ("Công dân Việt Nam", "Vietnamese citizen"),
        Nationality::ForeignerWithCard => {
            ("Người nước ngoài có thẻ tạm trú hoặc thẻ thường trú do Việt Nam cấp", "Foreigner with a Vietnamese temporary- or permanent-residence card")
        }
        Nationality::ForeignerWithoutCard => ("Người nước ngoài không có thẻ tạm trú, thường trú", "Foreigner without a residence card"),
    };
    lang.pick(Text { vi, en })
}

pub fn status(lang: Lang, s: AccountStatus) -> &'static str {
    let (vi, en) = match s {
        AccountStatus::NoAccount => ("Chưa có tài khoản", "No account yet"),
        AccountStatus::Level1 => ("Đã có tài khoản mức 1", "Level 1 account"),
        AccountStatus::Level2NotActivated => ("Mức 2 đã được duyệt nhưng chưa kích hoạt", "Level 2 approved but not activated"),
        AccountStatus::Level2 => ("Đã có tài khoản mức 2", "Level 2 account"),
        AccountStatus::Locked => ("Tài khoản bị khóa", "Account locked"),
        AccountStatus::ChangedNumber => ("Đã đổi số điện thoại", "Changed phone number"),
        AccountStatus::LostPhone => ("Mất hoặc hỏng điện thoại", "Lost or broken phone"),
        AccountStatus::ForgotPassword => ("Quên mật khẩu hoặc mã passcode VNeID", "Forgot the VNeID password or passcode"),
    };
    lang.pick(Text { vi, en })
}

pub fn yes_no(lang: Lang, yes: bool) -> &'static str {
    t(lang, if yes { T::Yes } else { T::No })
}

/// The headline of the result.
pub fn headline(lang: Lang, helper: bool, can_get: Option<Level>, status: AccountStatus, without_levels: bool) -> String {
    let (vi, en) = match (status, can_get) {
        // Someone with an account in trouble is told what to do, not whether they "can get" one.
        (AccountStatus::ForgotPassword, _) => (
            "{Ban} lấy lại mật khẩu ngay trên ứng dụng VNeID, không phải đăng ký lại: xem các bước dưới đây.",
            "{You} can reset the password in the VNeID app without registering again: see the steps below.",
        ),
        (AccountStatus::Locked, _) => ("Tài khoản của {ban} đang bị khóa: xem cách mở khóa dưới đây.", "{Your} account is locked: see how to unlock it below."),
        (AccountStatus::LostPhone, _) => (
            "Khóa tài khoản ngay, rồi đăng nhập trên điện thoại mới: xem các bước dưới đây.",
            "Lock the account at once, then log in on the new phone: see the steps below.",
        ),
        (AccountStatus::ChangedNumber, _) => (
            "Đổi số điện thoại đăng ký rồi kích hoạt lại tài khoản: xem các bước dưới đây.",
            "Change the registered number, then activate the account again: see the steps below.",
        ),
        (_, Some(_)) if without_levels => (
            "{Ban} có thể được cấp tài khoản định danh điện tử; từ 28/09/2026 tài khoản của người nước ngoài không phân mức (Nghị định 320/2026/NĐ-CP).",
            "{You} can get an e-ID account; from 28/09/2026 foreigners' accounts have no levels (Decree 320/2026/ND-CP).",
        ),
        (AccountStatus::Level2, _) => ("Tài khoản của {ban} đã ở mức 2.", "{Your} account is already level 2."),
        (_, Some(Level::Two)) => ("{Ban} có thể được cấp tài khoản định danh điện tử mức 1 và mức 2.", "{You} can get a level 1 and level 2 e-ID account."),
        (_, Some(Level::One)) => {
            ("{Ban} chỉ được cấp tài khoản định danh điện tử mức 1 (dưới 6 tuổi).", "{You} can get a level 1 e-ID account only (under 6).")
        }
        (_, None) => ("{Ban} chưa thể được cấp tài khoản định danh điện tử.", "{You} cannot get an e-ID account yet."),
    };
    say(lang, helper, vi, en)
}

pub fn blocker(lang: Lang, helper: bool, b: Blocker) -> String {
    let (vi, en) = match b {
        Blocker::NoValidChipCard { card: CardHeld::Cmnd, .. } => (
            "Chứng minh nhân dân không còn giá trị từ 01/01/2025. Cần làm thẻ căn cước trước; tài khoản mức 2 được cấp cùng lúc với thẻ.",
            "Old CMND cards are not valid since 01/01/2025. A Căn cước card comes first; level 2 is issued together with it.",
        ),
        Blocker::NoValidChipCard { card: CardHeld::CccdNoChip, .. } => (
            "Mức 2 cần thẻ căn cước công dân gắn chip hoặc thẻ căn cước còn hạn; thẻ mã vạch không đủ. Cần đổi sang thẻ căn cước trước (có thể đề nghị cấp mức 2 cùng lúc).",
            "Level 2 needs a valid chip CCCD or Căn cước card; a barcode card is not enough. Swap it for a Căn cước card first (level 2 can be requested at the same time).",
        ),
        Blocker::NoValidChipCard { expired_since: Some(_), .. } => (
            "Thẻ của {ban} đã hết hạn. Cần cấp đổi thẻ trước; tài khoản mức 2 được cấp cùng lúc với thẻ.",
            "{Your} card has expired. It must be renewed first; level 2 is issued together with the new card.",
        ),
        Blocker::NoValidChipCard { .. } => (
            "{Ban} chưa có thẻ căn cước còn hạn. Cần làm thẻ trước; tài khoản mức 2 được cấp cùng lúc với thẻ.",
            "{You} must have a valid ID card first; level 2 is issued together with the card.",
        ),
        Blocker::NumberNotOwn { child: false } => (
            "Số điện thoại chưa đứng tên {ban}. Mang thẻ căn cước đến cửa hàng nhà mạng để chuẩn hóa thông tin thuê bao (đứng tên chính chủ) trước khi đăng ký.",
            "The mobile number is not in {your} own name. Take the ID card to the carrier's shop to put the subscription in {your} own name before registering.",
        ),
        Blocker::NumberNotOwn { child: true } => (
            "Cha, mẹ hoặc người giám hộ cần một số điện thoại đứng tên chính mình: chuẩn hóa thông tin thuê bao tại nhà mạng trước.",
            "The parent or guardian needs a mobile number in their own name: fix the subscription at the carrier first.",
        ),
        Blocker::ForeignerWithoutCard => (
            "Chỉ người nước ngoài có thẻ tạm trú hoặc thẻ thường trú do Việt Nam cấp mới được cấp tài khoản định danh điện tử. Hỏi phòng quản lý xuất nhập cảnh công an tỉnh về thẻ tạm trú.",
            "Only foreigners holding a Vietnamese temporary- or permanent-residence card can get an e-ID account. Ask the provincial immigration office about a residence card.",
        ),
        Blocker::Under14BeforeDecree69 => (
            "Theo quy định trước 01/07/2024, người dưới 14 tuổi được đăng ký theo tài khoản của cha, mẹ hoặc người giám hộ, không có tài khoản riêng.",
            "Under the rules before 01/07/2024, children under 14 were registered under a parent's or guardian's account, with no account of their own.",
        ),
        Blocker::BeforeRules => (
            "Ứng dụng không có quy định về tài khoản định danh điện tử trước ngày 20/10/2022.",
            "The app holds no e-ID rules for dates before 20/10/2022.",
        ),
    };
    say(lang, helper, vi, en)
}

/// One numbered step. `ready` is the due date of the processing time, when known.
pub fn step(lang: Lang, helper: bool, s: Step, ready: Option<String>) -> String {
    let ready = ready.unwrap_or_default();
    let (vi, en): (String, String) = match s {
        Step::FixCarrierFirst => ("Chuẩn hóa thông tin thuê bao tại nhà mạng để số điện thoại đứng tên chính chủ.".into(), "Put the mobile subscription in the right person's own name at the carrier.".into()),
        Step::GetCardFirst => (
            "Làm thẻ căn cước trước (xem “Tra cứu hạn thẻ căn cước”). Khi làm thẻ, đề nghị cấp luôn tài khoản định danh điện tử mức 2.".into(),
            "Get the ID card first (see “When does my ID card expire?”). When applying, ask for the level 2 e-ID account at the same time.".into(),
        ),
        Step::Level1InApp => (
            "Nếu muốn dùng ngay (mức 1): cài ứng dụng VNeID, nhập số định danh cá nhân và số điện thoại, chụp ảnh khuôn mặt bằng điện thoại, gửi yêu cầu rồi kích hoạt khi có kết quả. Cần điện thoại thông minh có camera và mạng.".into(),
            "To start now (level 1): install the VNeID app, enter the personal ID number and phone number, take a face photo with the phone, send the request, then activate when the result arrives. This needs a smartphone with a camera and a connection.".into(),
        ),
        Step::Level1Under6AskPolice => (
            "Trẻ dưới 6 tuổi đã có thẻ căn cước chỉ được cấp tài khoản mức 1, khi có yêu cầu: hỏi công an xã, phường về cách đăng ký.".into(),
            "A child under 6 with an ID card can get level 1 only, on request: ask the commune or ward police how to register.".into(),
        ),
        Step::GoToCommunePolice { with_child: false } => (
            "Đến công an xã, phường (giờ hành chính, thứ Hai đến thứ Sáu).".into(),
            "Go to the commune or ward police (office hours, Monday to Friday).".into(),
        ),
        Step::GoToCommunePolice { with_child: true } => (
            "Trẻ đến công an xã, phường cùng cha, mẹ hoặc người giám hộ; người đại diện kê khai bằng số điện thoại đứng tên chính mình.".into(),
            "The child goes to the commune or ward police with a parent or guardian, who registers with a mobile number in their own name.".into(),
        ),
        Step::GoToImmigrationOffice { with_child: false } => (
            "Đến phòng quản lý xuất nhập cảnh, công an tỉnh hoặc thành phố.".into(),
            "Go to the immigration office of the provincial police.".into(),
        ),
        Step::GoToImmigrationOffice { with_child: true } => (
            "Đến phòng quản lý xuất nhập cảnh, công an tỉnh hoặc thành phố; trẻ đi cùng người đại diện, người đại diện dùng số điện thoại đứng tên chính mình.".into(),
            "Go to the immigration office of the provincial police; the child comes with their representative, who uses a mobile number in their own name.".into(),
        ),
        Step::ShowCardAndFillTk01 => (
            "Xuất trình thẻ căn cước gắn chip hoặc thẻ căn cước còn hạn và điền Phiếu đề nghị TK01, ghi rõ: số điện thoại di động chính chủ; địa chỉ thư điện tử (nếu có); thông tin muốn tích hợp vào căn cước điện tử (nếu có).".into(),
            "Show the valid chip or Căn cước card and fill in request form TK01, giving: the mobile number in one's own name; an e-mail address (if any); information to integrate into the e-ID (if wanted).".into(),
        ),
        Step::FaceAndFingerprints => (
            "Cán bộ đối chiếu ảnh khuôn mặt và vân tay với cơ sở dữ liệu.".into(),
            "The officer checks the face and fingerprints against the database.".into(),
        ),
        Step::WaitForResult { working_days } => (
            format!("Chờ kết quả: không quá {working_days} ngày làm việc{ready}, báo qua ứng dụng VNeID, tin nhắn hoặc thư điện tử. Không mất lệ phí."),
            format!("Wait for the result: at most {working_days} working days{ready}, sent through VNeID, SMS or e-mail. There is no fee."),
        ),
        Step::ActivateInApp => (
            "Mở ứng dụng VNeID, chọn kích hoạt tài khoản, nhập số định danh cá nhân và số điện thoại đã đăng ký rồi nhập mã kích hoạt gửi qua tin nhắn.".into(),
            "Open the VNeID app, choose to activate the account, enter the personal ID number and the registered phone number, then the activation code sent by SMS.".into(),
        ),
        Step::ChangeNumber => (
            "Đổi số điện thoại đăng ký: đến công an xã, phường hoặc gọi tổng đài 1900 0368; sau đó kích hoạt lại bằng số mới.".into(),
            "Change the registered number: at the commune or ward police, or by calling the 1900 0368 hotline; then activate again with the new number.".into(),
        ),
        Step::LockAccountOnline => (
            "Khóa tài khoản ngay: vào vneid.gov.vn, chọn “Yêu cầu khóa tài khoản” (lý do: mất thiết bị), hoặc báo công an xã, phường.".into(),
            "Lock the account at once: on vneid.gov.vn choose “Yêu cầu khóa tài khoản” (request account lock; reason: lost device), or tell the commune police.".into(),
        ),
        Step::NewDeviceLogin => (
            "Trên điện thoại mới: cài VNeID, đăng nhập và quét chip thẻ căn cước bằng NFC; nếu máy không có NFC, đến công an xã, phường để được xác nhận thiết bị mới.".into(),
            "On the new phone: install VNeID, log in and scan the ID card's chip with NFC; without NFC, the commune police can approve the new device.".into(),
        ),
        Step::AskPoliceToUnlock => (
            "Mang thẻ căn cước đến công an xã, phường để hỏi lý do khóa và đề nghị mở khóa. Tài khoản được mở khi lý do khóa không còn; khi cơ quan có thẩm quyền đề nghị khóa hoặc mở khóa, thời hạn không quá 3 ngày làm việc, không mất phí.".into(),
            "Take the ID card to the commune or ward police to learn why the account was locked and ask for it to be unlocked. It is unlocked when the reason ends; locks and unlocks requested by an authority take at most 3 working days, free.".into(),
        ),
        Step::ResetPasswordInApp => (
            "Lấy lại mật khẩu trên ứng dụng VNeID: ở màn hình đăng nhập chọn “Quên mật khẩu”, nhập số định danh cá nhân và số điện thoại đã đăng ký, xác thực bằng họ tên, ngày sinh, ngày cấp thẻ, rồi nhập mã OTP gửi về số điện thoại đã đăng ký và đặt mật khẩu mới. Quên mã passcode 6 số: đăng nhập, chọn “Quên passcode”, cũng xác nhận bằng mã OTP. Mã chỉ gửi về số đã đăng ký: không còn dùng số đó thì đến công an xã, phường để đổi số trước. Việc này không mất phí; không đưa mã OTP cho ai.".into(),
            "Reset the password in the VNeID app: on the login screen choose “Quên mật khẩu” (forgot password), enter the personal ID number and the registered phone number, confirm with the full name, date of birth and card issue date, then enter the code (OTP) sent to the registered number and set a new password. A forgotten 6-digit passcode: log in, choose “Quên passcode”, also confirmed by an OTP. The code goes only to the registered number: without that number, change it at the commune or ward police first. It costs nothing; never give the code to anyone.".into(),
        ),
        Step::AlreadyLevel2 => (
            "Không cần làm gì thêm: tài khoản mức 2 đã dùng được cho các việc dưới đây.".into(),
            "Nothing more to do: the level 2 account works for everything below.".into(),
        ),
    };
    say(lang, helper, &vi, &en)
}

pub fn ready_suffix(lang: Lang, from: &str, by: &str) -> String {
    bi!(lang, " (nộp ngày {from} thì chậm nhất ngày {by})", " (applied on {from}: due by {by})")
}

pub fn reason(lang: Lang, helper: bool, b: Because) -> String {
    let band_vi = |band| match band {
        AgeBand::Under6 => "dưới 6 tuổi: chỉ mức 1, khi có yêu cầu và đã có thẻ",
        AgeBand::From6To13 => "từ 6 đến dưới 14 tuổi: mức 1 và mức 2 khi có yêu cầu, nếu đã có thẻ",
        AgeBand::From14 => "từ đủ 14 tuổi: mức 1 và mức 2 với thẻ còn hạn",
    };
    let band_en = |band| match band {
        AgeBand::Under6 => "under 6: level 1 only, on request, with a card",
        AgeBand::From6To13 => "6 to 13: levels 1 and 2 on request, with a card",
        AgeBand::From14 => "14 and over: levels 1 and 2 with a valid card",
    };
    let (vi, en): (String, String) = match b {
        Because::Decree69Band { band, age } => (format!("{age} tuổi, {}.", band_vi(band)), format!("Age {age}, {}.", band_en(band))),
        Because::Decree59Band { age } => (
            format!("{age} tuổi. Trước 01/07/2024: từ đủ 14 tuổi có tài khoản riêng; dưới 14 tuổi đăng ký theo tài khoản của cha, mẹ, người giám hộ."),
            format!("Age {age}. Before 01/07/2024: own account from 14; under 14 registered under a parent's or guardian's account."),
        ),
        Because::ForeignerBand { band: AgeBand::Under6 } => ("Người nước ngoài dưới 6 tuổi có thẻ tạm trú, thường trú: chỉ mức 1.".into(), "A foreigner under 6 with a residence card: level 1 only.".into()),
        Because::ForeignerBand { .. } => ("Người nước ngoài từ 6 tuổi có thẻ tạm trú, thường trú: mức 1 và mức 2 khi có yêu cầu, tại phòng quản lý xuất nhập cảnh.".into(), "A foreigner aged 6 or over with a residence card: levels 1 and 2 on request, at the immigration office.".into()),
        Because::ForeignerWithoutLevels => (
            "Từ 28/09/2026 người nước ngoài được cấp tài khoản định danh điện tử không phân biệt mức độ (Nghị định 320/2026/NĐ-CP).".into(),
            "From 28/09/2026 foreigners get an e-ID account without levels (Decree 320/2026/ND-CP).".into(),
        ),
        Because::ForeignerNeedsCard => ("Người nước ngoài cần thẻ tạm trú hoặc thẻ thường trú do Việt Nam cấp.".into(), "Foreigners need a Vietnamese temporary- or permanent-residence card.".into()),
        Because::CardValid => ("Thẻ căn cước gắn chip hoặc thẻ căn cước còn hạn: đủ điều kiện làm mức 2.".into(), "A valid chip or Căn cước card: enough for level 2.".into()),
        Because::CardNotValid { .. } => ("Mức 2 cần thẻ căn cước gắn chip hoặc thẻ căn cước còn hạn; chưa có thì tài khoản được cấp cùng thủ tục làm thẻ.".into(), "Level 2 needs a valid chip or Căn cước card; without one, the account is issued with the card application.".into()),
        Because::NeedsOwnNumber => ("Đăng ký bằng số điện thoại di động chính chủ.".into(), "Registration uses a mobile number in one's own name.".into()),
        Because::ChildUsesParentsNumber => ("Người dưới 14 tuổi đi cùng người đại diện; người đại diện dùng số điện thoại chính chủ của mình.".into(), "Under-14s come with their representative, who uses their own mobile number.".into()),
        Because::Level2Procedure => ("Thủ tục mức 2: xuất trình thẻ, điền TK01, đối chiếu khuôn mặt và vân tay.".into(), "Level 2 procedure: show the card, fill TK01, face and fingerprint check.".into()),
        Because::Level2Processing { with_card, without_card } => (
            format!("Không quá {with_card} ngày làm việc nếu có thẻ còn hạn; không quá {without_card} ngày nếu cấp cùng thẻ."),
            format!("At most {with_card} working days with a valid card; at most {without_card} if issued with the card."),
        ),
        Because::NoFee => ("Không thu lệ phí.".into(), "No fee.".into()),
        Because::Level1Steps => ("Các bước tự đăng ký mức 1 trên ứng dụng VNeID.".into(), "The level 1 self-registration steps in the VNeID app.".into()),
        Because::PaperReplacedByVneid => ("Với mức 2, giấy tờ tích hợp trên VNeID dùng thay bản giấy.".into(), "With level 2, documents integrated in VNeID replace paper.".into()),
        Because::ChangeNumberHow => ("Cách đổi số điện thoại đăng ký VNeID.".into(), "How to change the number registered with VNeID.".into()),
        Because::LostPhoneHow => ("Cách khóa tài khoản khi mất điện thoại và đăng nhập trên máy mới.".into(), "How to lock the account after losing the phone and log in on a new one.".into()),
        Because::ForgotPasswordHow => (
            "Cách lấy lại mật khẩu, mã passcode: chức năng của ứng dụng VNeID, không phải thủ tục hành chính; sử dụng tài khoản không mất phí.".into(),
            "How to reset the password or passcode: a function of the VNeID app, not an administrative procedure; using the account is free.".into(),
        ),
        Because::NumberChangeLocks => (
            "Từ 28/09/2026, hệ thống tự động khóa tài khoản khi số điện thoại dùng để đăng ký đã thay đổi và không còn chính chủ.".into(),
            "From 28/09/2026 the system locks the account automatically when the phone number it was registered with has changed and is no longer in the holder's name.".into(),
        ),
        Because::LockGrounds => (
            "Tài khoản khóa, mở theo căn cước điện tử: khóa khi chủ tài khoản đề nghị (tại công an xã, phường hoặc trên ứng dụng, mẫu TK03), theo yêu cầu của cơ quan có thẩm quyền…; mở khi lý do khóa không còn. Không mất phí.".into(),
            "The account locks and unlocks with the electronic ID: locked at the holder's request (at the commune police or in the app, form TK03), at an authority's request…; unlocked when the reason ends. Free.".into(),
        ),
    };
    say(lang, helper, &vi, &en)
}

/// What each level lets the person do.
pub fn unlocks(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Vi => [
            "Mức 1: xem thông tin định danh của chính mình và dùng một số tính năng của ứng dụng.",
            "Mức 2: thẻ căn cước điện tử và các giấy tờ tích hợp có giá trị như bản giấy: giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế, số bảo hiểm xã hội.",
            "Mức 2 cũng là điều kiện của nhiều thủ tục trực tuyến, ví dụ đăng ký xe trực tuyến toàn trình, đề nghị cấp phiếu lý lịch tư pháp trên VNeID.",
        ],
        Lang::En => [
            "Level 1: see one's own identity data and use some app features.",
            "Level 2: the electronic ID and integrated documents count as paper: driving licence, vehicle registration, health-insurance card, social-insurance number.",
            "Level 2 is also required by many online procedures, e.g. fully online vehicle registration, or requesting a criminal-record certificate in VNeID.",
        ],
    }
}

pub fn no_paper_from_2026(lang: Lang) -> &'static str {
    lang.pick(Text {
        vi: "Từ 01/07/2026, cơ quan, tổ chức không được yêu cầu xuất trình bản giấy của giấy tờ đã tích hợp vào căn cước điện tử hoặc VNeID (trừ khi thông tin không khớp hoặc luật chuyên ngành quy định khác).",
        en: "From 01/07/2026 agencies may not ask for paper copies of documents already integrated into the e-ID or VNeID (unless the data does not match or a specialised law says otherwise).",
    })
}

pub fn safety_heading(lang: Lang) -> String {
    bi!(lang, "Để không bị lừa", "Stay safe from scams")
}

pub fn safety_staff_summary(lang: Lang) -> String {
    bi!(lang, "Nhắc người được hỗ trợ để không bị lừa", "Remind the person you help how to stay safe from scams")
}

pub fn safety_sources(lang: Lang) -> String {
    bi!(lang, "Lời khuyên này dựa trên đâu?", "Where does this advice come from?")
}
