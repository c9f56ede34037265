//! The words every tool shares: the fixed-string table `T`, and money, dates, the as-of line, due
//! dates, fee lines and the "person helped" voice. Vietnamese first, English second; a missing
//! translation is a compile error (exhaustive match).

use crate::law::date::{Date, DateInputError, Span};
use crate::law::digital_citizen::{Conditions, ExtraDocument, WaiverVerdict};
use crate::law::source::Text;
use crate::ui::form::FieldProblem;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads a stored or linked code; anything else is `None` (the caller keeps Vietnamese).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the language's side of data-borne text.
    pub fn pick(self, text: Text) -> &'static str {
        match self {
            Lang::Vi => text.vi,
            Lang::En => text.en,
        }
    }
}

/// The fixed strings: one row per key, `Key => ("Vietnamese", "English")`. The rows declare the
/// key enum `T`, its list `T::ALL` (a test walks it) and `t()`, so a key cannot exist without both
/// languages.
macro_rules! fixed_strings {
    ($(T::$key:ident => ($vi:expr, $en:expr $(,)?)),* $(,)?) => {
        /// Keys of the fixed strings.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum T {
            $($key),*
        }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];
        }

        /// The fixed string `key` in `lang`.
        pub fn t(lang: Lang, key: T) -> &'static str {
            let (vi, en) = match key {
                $(T::$key => ($vi, $en)),*
            };
            match lang {
                Lang::Vi => vi,
                Lang::En => en,
            }
        }
    };
}

fixed_strings! {
    T::Yes => ("Có", "Yes"),
    T::SourcesTitle => ("Căn cứ pháp lý và nguồn", "Legal basis and sources"),
    T::SourcesIntro => (
        "Mọi thông tin ứng dụng đưa ra đều dựa trên các văn bản dưới đây: căn cứ, nơi đã đọc, ngày kiểm tra, mức tin cậy và thời gian áp dụng. Nhân viên hỗ trợ có thể đối chiếu với thông báo mới nhất của cơ quan nhà nước.",
        "Everything the app says rests on the texts below: the basis, where it was read, the date checked, how sure it is and when it applies. Support staff can check them against the latest official notices.",
    ),
    T::SourcesLink => ("Xem trong danh sách căn cứ", "See it in the list of sources"),
    T::ConfidenceHigh => ("Tin cậy cao (văn bản hoặc trang chính thức)", "High confidence (the text or an official page)"),
    T::ConfidenceMedium => ("Tin cậy trung bình (trang pháp luật, báo trích văn bản)", "Medium confidence (a legal portal or the press quoting the text)"),
    T::ConfidenceLow => ("Tin cậy thấp (một nguồn yếu hoặc ước tính)", "Low confidence (one weak source, or an estimate)"),
    T::AppliesLabel => ("Áp dụng", "Applies"),
    T::UsedForLabel => ("Dùng cho", "Used for"),
    T::ToolIdNumber => ("Kiểm tra số định danh cá nhân", "ID number checker"),
    T::ToolDigitalCitizen => ("Công dân số: miễn, giảm lệ phí", "Digital citizen: fee waivers"),
    T::ToolWorkingDays => ("Ngày làm việc, ngày nghỉ", "Working days and days off"),
    T::AdminChangeLabel => (
        "Thông tin in trên thẻ (nơi cư trú, quê quán) đã thay đổi do sắp xếp tỉnh, xã năm 2025",
        "The details printed on the card (residence, place of origin) changed in the 2025 merger of provinces and communes",
    ),
    T::AdminChangeHint => (
        "Đổi thẻ vì lý do này là không bắt buộc; làm trực tuyến thì không mất lệ phí và không phải đến chụp ảnh, lấy vân tay.",
        "Swapping for this reason is not required; online it is free and needs no visit for photo or fingerprints.",
    ),
    T::BasicItemsLabel => (
        "Đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản trên ứng dụng VNeID (công dân số)",
        "The 5 basic items are integrated in the VNeID app (digital citizen)",
    ),
    T::BasicItemsHint => (
        "Theo Phụ lục I Nghị quyết 66.22/2026/NQ-CP. Ứng dụng VNeID cho biết bạn đã đủ điều kiện công dân số hay chưa. Cần cho việc miễn lệ phí khi nộp trực tuyến đến hết 28/02/2027.",
        "Appendix I of Resolution 66.22/2026/NQ-CP. The VNeID app shows whether you meet the digital-citizen conditions. Needed for the online fee waiver until 28/02/2027.",
    ),
    T::No => ("Không", "No"),
    T::NoneTicked => ("Chưa chọn mục nào", "None ticked"),
        T::AppName => ("Sổ tay Công dân số", "Digital Citizen Handbook"),
        T::Tagline => (
            "Hướng dẫn định danh điện tử và dịch vụ công trực tuyến, ngay trên điện thoại.",
            "A guide to e-ID and online public services, on your phone.",
        ),
        T::SkipToContent => ("Bỏ qua, đến nội dung chính", "Skip to main content"),
        T::LanguageLabel => ("Ngôn ngữ", "Language"),
        T::HomeLink => ("Trang chủ", "Home"),
        T::ToolsHeading => ("Công cụ", "Tools"),
        T::NotOfficial => (
            "Đây không phải ứng dụng chính thức của cơ quan nhà nước. Hãy đối chiếu với kênh chính thức trước khi làm thủ tục.",
            "This is not an official government app. Check with the official channels before you apply.",
        ),
        T::Privacy => (
            "Mọi thông tin bạn nhập chỉ ở trên thiết bị này, không gửi đi đâu.",
            "Nothing you type leaves this device.",
        ),
        T::OfficialChannels => ("Kênh chính thức", "Official channels"),
        T::VneidLink => ("VNeID (Bộ Công an)", "VNeID (Ministry of Public Security)"),
        T::PortalLink => ("Cổng Dịch vụ công quốc gia", "National Public Service Portal"),
        T::NotFoundTitle => ("Không tìm thấy trang", "Page not found"),
        T::NotFoundBody => (
            "Đường dẫn này không đúng hoặc đã cũ. Bạn có thể quay về trang chủ để chọn công cụ.",
            "This link is wrong or out of date. Go back to the home page to pick a tool.",
        ),
        T::BackHome => ("Về trang chủ", "Back to home"),
        T::ErrorSummaryTitle => ("Cần sửa thông tin", "There is a problem"),
        T::WhyTitle => ("Vì sao?", "Why?"),
        T::Basis => ("Căn cứ", "Legal basis"),
        T::SourceLink => ("Nguồn đã đọc", "Source read"),
        T::VerifiedOn => ("Kiểm tra ngày", "Checked on"),
        T::VerifyNote => ("Cần kiểm tra lại", "Please verify"),
        T::IdCheckTitle => ("Kiểm tra số định danh cá nhân", "Check a personal ID number"),
        T::IdCheckTile => (
            "12 số trên thẻ căn cước cho biết nơi đăng ký khai sinh, giới tính, năm sinh.",
            "What the 12 digits on the ID card say: birth-registration place, sex, year of birth.",
        ),
        T::IdCheckIntro => (
            "Nhập số định danh cá nhân (12 số, in trên thẻ căn cước hoặc căn cước công dân). Ứng dụng giải thích từng phần của số.",
            "Type the personal ID number (12 digits, printed on the ID card). The app explains each part of it.",
        ),
        T::IdNumberLabel => ("Số định danh cá nhân là gì?", "What is the personal ID number?"),
        T::IdNumberHint => (
            "12 chữ số. Có thể gõ dấu cách hoặc dấu chấm, ví dụ 001 090 001 234.",
            "12 digits. Spaces or dots are fine, e.g. 001 090 001 234.",
        ),
        T::DobLabel => ("Ngày sinh (không bắt buộc)", "Date of birth (optional)"),
        T::DobHint => (
            "Ngày/tháng/năm, ví dụ 15/03/1990. Dùng để đối chiếu với năm sinh trong số.",
            "Day/month/year, e.g. 15/03/1990. Used to check against the year in the number.",
        ),
        T::CheckButton => ("Kiểm tra", "Check"),
        T::ResultTitle => ("Số này cho biết", "What this number says"),
        T::ResultProvince => ("Nơi đăng ký khai sinh", "Where the birth was registered"),
        T::ResultCenturySex => ("Thế kỷ sinh và giới tính", "Century of birth and sex"),
        T::ResultBirthYear => ("Năm sinh", "Year of birth"),
        T::ResultSerial => ("6 số cuối", "Last 6 digits"),
        T::SerialExplained => ("Dãy số ngẫu nhiên, không mang thông tin.", "A random serial that carries no information."),
        T::Male => ("Nam", "Male"),
        T::Female => ("Nữ", "Female"),
        T::DobAgrees => ("Ngày sinh bạn nhập khớp với năm sinh trong số.", "The date of birth you entered agrees with the year in the number."),
        T::ProvinceIsBirthRegistration => (
            "Ba số đầu là nơi đăng ký khai sinh theo bảng 63 tỉnh, thành phố trước khi sáp nhập năm 2025, không phải nơi thường trú hiện nay. Số định danh không thay đổi khi tỉnh sáp nhập.",
            "The first three digits are where the birth was registered, in the 63-province table used before the 2025 merger, not where the person lives now. The number does not change when provinces merge.",
        ),
        T::CmndAdvice => (
            "Hãy dùng số định danh 12 số in trên thẻ căn cước hoặc căn cước công dân. Nếu chưa có thẻ, hãy đến công an xã, phường để làm thẻ căn cước.",
            "Use the 12-digit number printed on the ID card. If you have no card yet, go to the commune or ward police to apply for one.",
        ),
        T::CardTitle => ("Tra cứu hạn thẻ căn cước", "When does my ID card expire?"),
        T::CardTile => (
            "Thẻ còn hạn đến khi nào, khi nào phải đổi, làm ở đâu, lệ phí bao nhiêu.",
            "Is my card still valid, when must I renew it, where, and what does it cost.",
        ),
        T::CardIntro => (
            "Trả lời vài câu hỏi về ngày sinh và thẻ bạn đang có. Kết quả cho biết thẻ còn giá trị đến khi nào, lần đổi thẻ tiếp theo, nơi làm và lệ phí, kèm căn cứ pháp lý.",
            "Answer a few questions about your date of birth and the card you hold. The result says until when the card is valid, the next renewal, where to go and the fee, with the legal basis.",
        ),
        T::BornHint => ("Ngày/tháng/năm, ví dụ 15/03/1990.", "Day/month/year, e.g. 15/03/1990."),
        T::IssuedLabel => ("Ngày cấp in trên thẻ là ngày nào?", "What is the issue date printed on the card?"),
        T::IssuedHint => (
            "Ngày/tháng/năm, ở mặt sau thẻ (“Ngày, tháng, năm” hoặc “Date of issue”).",
            "Day/month/year, on the back of the card (“Ngày, tháng, năm” or “Date of issue”).",
        ),
        T::ExpiryLabel => ("Thẻ ghi “Có giá trị đến” ngày nào? (nếu có)", "What “valid until” date is printed on the card? (if any)"),
        T::ExpiryHint => (
            "Ngày in trên thẻ là căn cứ chính. Bỏ trống nếu không rõ: ứng dụng tính từ ngày cấp.",
            "The printed date is what counts. Leave it empty if unsure: the app works it out from the issue date.",
        ),
        T::NoExpiryLabel => ("Thẻ ghi “Không thời hạn”", "The card says “no expiry” (Không thời hạn)"),
        T::ExemptLabel => ("Tôi thuộc nhóm được miễn lệ phí", "I belong to a fee-exempt group"),
        T::ExemptHint => (
            "Người khuyết tật; người có công với cách mạng và thân nhân; đồng bào dân tộc thiểu số ở xã đặc biệt khó khăn; thường trú tại xã biên giới, huyện đảo; thành viên hộ nghèo. (Trẻ dưới 16 tuổi và người từ 60 tuổi được miễn theo tuổi.)",
            "People with disabilities; people with meritorious service and their relatives; ethnic minorities in extremely disadvantaged communes; residents of border communes or island districts; members of poor households. (Children under 16 and people 60 and over are exempt by age.)",
        ),
        T::Eid2Label => ("Tôi đã có tài khoản định danh điện tử mức 2", "I have a level-2 e-ID (VNeID) account"),
        T::Eid2Hint => (
            "Từ 15/08/2026 đến 28/02/2027 có thể được miễn lệ phí cấp đổi, cấp lại khi nộp trực tuyến.",
            "From 15/08/2026 to 28/02/2027 the renewal or re-issue fee may be waived online.",
        ),
        T::ShowResult => ("Xem kết quả", "Show the result"),
        T::ChooseCard => ("Hãy chọn loại thẻ bạn đang có.", "Choose the card you have."),
        T::WhatToDoHeading => ("Việc cần làm", "What to do"),
        T::WhereHeading => ("Làm ở đâu", "Where"),
        T::FeeHeading => ("Lệ phí", "Fee"),
        T::TimeHeading => ("Thời gian", "How long"),
        T::NoFeeLine => ("Không thu lệ phí.", "No fee."),
        T::FeeUnknownLine => (
            "Chưa có dữ liệu lệ phí cho ngày này: hỏi công an xã, phường hoặc xem Cổng Dịch vụ công.",
            "No fee is recorded for this date: ask the commune police or check the National Public Service Portal.",
        ),
        T::AsOfInvalid => (
            "Ngày “as_of” trong đường dẫn không hợp lệ (cần dạng YYYY-MM-DD): đang dùng ngày hôm nay.",
            "The “as_of” date in the link is not valid (expected YYYY-MM-DD): using today.",
        ),
        T::LinkPartUnreadable => (
            "Một phần của đường dẫn không đọc được nên đã bỏ qua; các câu trả lời khác vẫn giữ nguyên. Phần bỏ qua:",
            "Part of the link could not be read and was left out; every other answer was kept. Left out:",
        ),
        T::NextRenewalHeading => ("Lần đổi thẻ tiếp theo", "Next renewal"),
        T::ForLifeLine => ("Thẻ có giá trị suốt đời, không phải đổi theo tuổi.", "The card is valid for life: no renewal by age."),
        T::StaleNote => (
            "Thông tin này được kiểm tra lần cuối hơn 12 tháng trước ngày áp dụng: hãy đối chiếu với kênh chính thức.",
            "This was last checked more than 12 months before the date applied: compare with the official channels.",
        ),
        T::EidTitle => ("Định danh điện tử (VNeID)", "Electronic ID (VNeID)"),
        T::EidTile => (
            "Được cấp tài khoản mức nào, vướng gì và cách gỡ, làm ở đâu, mang theo gì.",
            "Which account level you can get, what blocks you and how to fix it, where to go, what to bring.",
        ),
        T::EidIntro => (
            "Trả lời tối đa 6 câu hỏi ngắn, mỗi trang một câu. Kết quả cho biết mức tài khoản định danh điện tử có thể được cấp, điều gì đang vướng và cách gỡ, các bước tiếp theo, nơi làm, giấy tờ mang theo, kèm căn cứ pháp lý.",
            "Answer up to 6 short questions, one per page. The result says which e-ID account level can be issued, what blocks it and how to clear it, the next steps, where to go and what to bring, with the legal basis.",
        ),
        T::EidIntroList => (
            "Cán bộ hỗ trợ: bật “Tôi đang giúp người khác” để câu hỏi và kết quả nói về người được hỗ trợ.",
            "Support staff: switch on “I'm helping someone” so the questions and result speak about the person helped.",
        ),
        T::DcTitle => ("Công dân số: miễn lệ phí", "Digital citizen: fee waivers"),
        T::DcTile => (
            "Đủ điều kiện công dân số chưa, còn thiếu gì, và tiết kiệm được bao nhiêu lệ phí khi nộp trực tuyến trước khi chính sách hết hạn.",
            "Whether you qualify as a digital citizen, what is missing, and how much you save filing online before the waiver ends.",
        ),
        T::DcIntro => (
            "Nghị quyết 66.22/2026/NQ-CP và Thông tư 117/2026/TT-BTC miễn lệ phí nhiều thủ tục thường gặp cho công dân có tài khoản định danh điện tử mức 2, đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản trên VNeID và nộp trực tuyến. Trả lời 3–4 câu hỏi, mỗi trang một câu, để biết mình còn thiếu gì và tiết kiệm được bao nhiêu.",
            "Resolution 66.22/2026/NQ-CP and Circular 117/2026/TT-BTC waive the fees of many common procedures for citizens with a level 2 e-ID account who have integrated the 5 basic items in VNeID and file online. Answer 3–4 questions, one per page, to learn what is missing and what you would save.",
        ),
        T::DcResultTitle => ("Kết quả: công dân số", "Result: digital citizen"),
        T::DcMissingHeading => ("Còn thiếu", "Still missing"),
        T::DcFeesHeading => ("Lệ phí từng thủ tục", "Fees, procedure by procedure"),
        T::DcInPerson => ("Nộp trực tiếp", "In person"),
        T::DcOnline => ("Nộp trực tuyến", "Online"),
        T::DcAsDigitalCitizen => ("Trực tuyến, là công dân số", "Online, as a digital citizen"),
        T::DcNotWaivedYet => ("Trực tuyến (chưa được miễn)", "Online (not waived yet)"),
        T::DcSaved => ("Tiết kiệm so với nộp trực tiếp", "Saved against filing in person"),
        T::DcNothingPlanned => (
            "Chưa chọn thủ tục nào: chọn thủ tục định làm để xem lệ phí và số tiền tiết kiệm.",
            "No procedure chosen: choose the procedures you plan to see their fees and the savings.",
        ),
        T::DcChooseProcedures => ("Chọn thủ tục định làm", "Choose the procedures you plan"),
        T::DcEidGuideLink => ("Cách có tài khoản định danh điện tử mức 2", "How to get a level 2 e-ID account"),
        T::DcToolLink => ("Công dân số: còn thiếu gì để được miễn lệ phí, tiết kiệm bao nhiêu", "Digital citizen: what is missing for the fee waiver, what you would save"),
        T::DcServiceLink => ("Xem thủ tục", "See the procedure"),
        T::Opening => ("Đang mở trang…", "Opening the page…"),
        T::StartButton => ("Bắt đầu", "Start"),
        T::BackLink => ("Quay lại", "Back"),
        T::ContinueButton => ("Tiếp tục", "Continue"),
        T::HelperSwitch => ("Tôi đang giúp người khác", "I'm helping someone"),
        T::CheckTitle => ("Kiểm tra câu trả lời", "Check your answers"),
        T::ChangeLink => ("Thay đổi", "Change"),
        T::EidResultTitle => ("Kết quả: định danh điện tử", "Result: electronic ID"),
        T::BlockersHeading => ("Cần xử lý trước", "To clear first"),
        T::NextStepsHeading => ("Các bước tiếp theo", "Next steps"),
        T::UnlocksHeading => ("Tài khoản cho phép làm gì", "What the account lets you do"),
        T::CardToolLink => ("Tra cứu hạn thẻ căn cước với các câu trả lời này", "Check the ID card with these answers"),
        T::MissingAnswers => ("Còn câu hỏi chưa trả lời hoặc câu trả lời chưa đúng.", "Some questions are unanswered or have an answer that cannot be used."),
        T::AnswerMissingLink => ("Trả lời câu hỏi còn thiếu", "Answer the missing question"),
        T::ChooseOne => ("Hãy chọn một câu trả lời.", "Choose one answer."),
        T::EditAnswers => ("Sửa câu trả lời", "Change the answers"),
        T::ServicesTitle => ("Dịch vụ công", "Public services"),
        T::FormsTitle => ("Điền tờ khai", "Fill in a form"),
        T::StaffOn => ("Chế độ hỗ trợ (cho cán bộ, tổ công nghệ số cộng đồng)", "Staff mode (for desk staff and community digital teams)"),
        T::StaffOff => ("Tắt chế độ hỗ trợ", "Turn staff mode off"),
        T::StaffBannerLabel => ("Chế độ hỗ trợ", "Staff mode"),
        T::StaffBanner => (
            "Chế độ hỗ trợ đang bật: các công cụ nói về người được hỗ trợ. Xong với một người, bấm “Người tiếp theo” để xóa mọi thông tin của họ trên máy này.",
            "Staff mode is on: the tools speak of the person helped. When done with one person, press “Next person” to remove everything of theirs from this device.",
        ),
        T::NextPerson => ("Người tiếp theo", "Next person"),
        T::TallyTitle => ("Số liệu hỗ trợ hôm nay", "Today's tally"),
        T::HandOffTitle => ("Trao trang này cho người được hỗ trợ", "Hand this page to the person helped"),
        T::HandOffHint => (
            "Người được hỗ trợ quét mã bằng camera điện thoại: trang này mở ra trên máy của họ với cùng câu trả lời (không có số định danh), và dùng được khi không có mạng sau lần mở đầu.",
            "The person scans the code with their phone's camera: this page opens on their phone with the same answers (never the ID number), and works offline after that first visit.",
        ),
        T::HandOffQr => ("Mã QR của đường dẫn trang này", "QR code of this page's link"),
        T::HandOffLink => ("Đường dẫn", "Link"),
        T::CopyLink => ("Chép đường dẫn", "Copy the link"),
        T::ShareLink => ("Chia sẻ (Zalo, tin nhắn…)", "Share (Zalo, messages…)"),
        T::LinkCopied => (" Đã chép.", " Copied."),
        T::CopyByHand => (" Trình duyệt không cho chép: hãy chọn đường dẫn trong ô và chép tay.", " The browser does not allow copying: select the link in the box and copy it."),
        T::NextPersonConfirm => (
            "Xóa mọi thông tin của người vừa được hỗ trợ trên máy này (tờ khai, danh sách giấy tờ đã đánh dấu) và về trang chủ?",
            "Remove everything of the person just helped from this device (forms, ticked document lists) and go home?",
        ),
        T::FormsTile => (
            "Tờ khai TK01, CT01, khai sinh: điền trước, kiểm tra từng mục, in như mẫu hoặc chép vào cổng dịch vụ công.",
            "Forms TK01, CT01 and the birth declaration: fill in beforehand, check each item, print like the official form or copy into the portal.",
        ),
        T::ServicesTile => (
            "Tìm thủ tục: làm ở đâu, mang gì, lệ phí, thời hạn; đánh dấu giấy tờ đã chuẩn bị và in ra.",
            "Find a procedure: where, what to bring, fee, time limits; tick the documents you have and print.",
        ),
        T::SearchLabel => ("Tìm dịch vụ", "Search services"),
        T::SearchHint => ("Gõ có dấu hay không dấu đều được, ví dụ “dang ky tam tru”.", "With or without Vietnamese accents, e.g. “dang ky tam tru”."),
        T::SearchNothing => ("Không tìm thấy dịch vụ nào. Thử từ khác, ví dụ “khai sinh”, “ho chieu”.", "No service found. Try another word, e.g. “khai sinh”, “passport”."),
        T::DocumentsHeading => ("Giấy tờ cần chuẩn bị", "Documents to bring"),
        T::DeadlineHeading => ("Thời hạn phải làm", "Deadline"),
        T::NotFoundOfficial => ("Chưa tìm thấy mức thu chính thức:", "The official amount was not found:"),
        T::ImmediateLine => ("Tiếp nhận ngay.", "Accepted at once."),
        T::ProcessingNotFound => ("Chưa tìm thấy thời hạn giải quyết trong nguồn đã đọc: hỏi nơi nộp hồ sơ.", "The processing time was not found in the sources read: ask where you apply."),
        T::ChecklistReset => (
            "Danh sách đánh dấu lưu trên máy không đọc được nên đã được làm mới. Các thông tin khác không bị ảnh hưởng.",
            "The checklist saved on this device could not be read, so it was reset. Nothing else was affected.",
        ),
        T::ClearAll => ("Bỏ đánh dấu tất cả", "Clear all ticks"),
        T::PrintButton => ("In trang này", "Print this page"),
        T::ShareHint => ("Đường dẫn của trang:", "Link to this page:"),
        T::EventsTitle => ("Việc của tôi", "My life event"),
        T::EventsTile => (
            "Sinh con, người thân mất, chuyển nhà, mua xe…: những thủ tục cần làm, theo thứ tự, kèm hạn chót.",
            "A birth, a death, a move, a new vehicle…: the procedures to do, in order, with their deadlines.",
        ),
        T::EventPlanHeading => ("Những việc cần làm, theo thứ tự", "What to do, in order"),
        T::Eid2FamilyLabel => (
            "Tôi (hoặc cha, mẹ của bé) đã có tài khoản định danh điện tử mức 2",
            "I (or the child's parent) have a level 2 e-ID account",
        ),
        T::EssentialListNote => (
            "Danh sách chính thức các dịch vụ công thiết yếu của Đề án 06 chưa tìm thấy; danh mục dưới đây gồm các thủ tục thường gặp, mỗi thông tin kèm nguồn.",
            "The official list of Đề án 06 essential services was not found; the list below holds common procedures, each fact with its source.",
        ),
        T::LostIssuedLabel => ("Thẻ bị mất được cấp ngày nào? (nếu nhớ)", "When was the lost card issued? (if you remember)"),
        T::LostIssuedHint => (
            "Ngày/tháng/năm. Nếu thẻ đã đến tuổi phải đổi thì thủ tục là cấp đổi, lệ phí thấp hơn cấp lại.",
            "Day/month/year. If the card had reached a renewal age, it is a renewal, at a lower fee than a re-issue.",
        ),
        T::LostLine => ("Thẻ bị mất hoặc hỏng: cần làm thủ tục cấp lại.", "The card is lost or damaged: it needs replacing."),
}

pub fn date_problem(lang: Lang, problem: DateInputError) -> String {
    match problem {
        DateInputError::Empty => bi!(lang, "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/03/1990.", "Type the date as day/month/year, e.g. 15/03/1990."),
        DateInputError::Format => bi!(
            lang,
            "Không đọc được ngày. Hãy nhập ngày/tháng/năm với năm đủ 4 số, ví dụ 15/03/1990.",
            "That is not a date we can read. Type day/month/year with a 4-digit year, e.g. 15/03/1990."
        ),
        DateInputError::NoSuchMonth { month } => bi!(lang, "Không có tháng {month}. Tháng từ 1 đến 12.", "There is no month {month}. Months run from 1 to 12."),
        DateInputError::NoSuchDay { day, month, year } => bi!(lang, "Tháng {month}/{year} không có ngày {day}.", "{month}/{year} has no day {day}."),
        DateInputError::YearOutOfRange { year } => {
            bi!(lang, "Năm {year} nằm ngoài khoảng ứng dụng xử lý (1900–2399).", "The year {year} is outside what this app handles (1900–2399).")
        }
    }
}

pub fn future_birth_date(lang: Lang, today: &str) -> String {
    bi!(lang, "Ngày sinh không thể sau ngày hôm nay ({today}).", "A date of birth cannot be after today ({today}).")
}

/// The message beside a field whose answer cannot be used.
pub fn field_problem(lang: Lang, problem: &FieldProblem, today: Date) -> String {
    match problem {
        FieldProblem::Missing => t(lang, T::ChooseOne).to_string(),
        FieldProblem::Date(e) => date_problem(lang, *e),
        FieldProblem::BornAfterToday => future_birth_date(lang, &today.to_string()),
        FieldProblem::AfterToday => {
            bi!(lang, "Ngày này sau hôm nay ({today}): hãy nhập ngày đã xảy ra.", "This date is after today ({today}): enter the date it happened.")
        }
        FieldProblem::TooLong { max } => bi!(lang, "Dài quá: tối đa {max} ký tự.", "Too long: at most {max} characters."),
        FieldProblem::IdNumber(p) => super::id_number::id_problem(lang, p),
        FieldProblem::Phone => bi!(
            lang,
            "Không phải số di động Việt Nam: 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912 345 678).",
            "Not a Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09 (e.g. 0912 345 678)."
        ),
        FieldProblem::NameDigits => bi!(lang, "Họ tên không có chữ số: hãy kiểm tra lại.", "A name has no digits: please check it."),
        FieldProblem::Email => bi!(lang, "Địa chỉ thư điện tử chưa đúng, ví dụ ten@example.com.", "Not an e-mail address, e.g. name@example.com."),
        FieldProblem::Passport => bi!(
            lang,
            "Ghi số định danh cá nhân (12 chữ số) hoặc số hộ chiếu (chữ và số, không dấu cách).",
            "Write the personal ID number (12 digits) or the passport number (letters and digits, no spaces)."
        ),
        FieldProblem::Copies => bi!(lang, "Số bản sao: một số từ 1 đến 20.", "Number of copies: a number from 1 to 20."),
    }
}

/// The conditions of the digital-citizen waiver, in words, joined ("a; b; c").
fn waiver_conditions(lang: Lang, c: Conditions) -> String {
    let mut parts: Vec<String> = Vec::new();
    if c.level_2 {
        parts.push(bi!(lang, "có tài khoản định danh điện tử mức 2", "a level 2 e-ID account"));
    }
    if c.basic_items {
        parts.push(bi!(
            lang,
            "đã tích hợp đủ 05 loại thông tin, giấy tờ cơ bản trên ứng dụng VNeID (Phụ lục I Nghị quyết 66.22/2026/NQ-CP)",
            "the 5 basic items integrated in the VNeID app (Appendix I of Resolution 66.22/2026/NQ-CP)"
        ));
    }
    if let Some(document) = c.document {
        let (vi, en) = match document {
            ExtraDocument::Passport => ("thông tin hộ chiếu", "passport information"),
            ExtraDocument::DrivingLicence => ("giấy phép lái xe", "the driving licence"),
            ExtraDocument::VehicleRegistration => ("chứng nhận đăng ký xe", "the vehicle registration certificate"),
            ExtraDocument::CriminalRecordInfo => ("thông tin lý lịch tư pháp", "criminal-record information"),
        };
        parts.push(bi!(lang, "đã tích hợp {vi} trên VNeID", "{en} integrated in VNeID"));
    }
    parts.join("; ")
}

/// The digital-citizen online waiver (Nghị quyết 66.22/2026/NQ-CP, Thông tư 117/2026/TT-BTC), in
/// words: never "free" unless every condition is met, and always what it needs.
pub fn waiver_line(lang: Lang, verdict: WaiverVerdict) -> Option<String> {
    Some(match verdict {
        WaiverVerdict::Waived { until } => bi!(
            lang,
            "Nộp trực tuyến (khi thủ tục cho phép): 0 đ, vì đủ điều kiện công dân số (đến hết {until}; Thông tư 117/2026/TT-BTC). Nộp trực tiếp vẫn thu lệ phí.",
            "Online (where the procedure allows it): 0 VND, as a digital citizen meeting the conditions (until {until}; Circular 117/2026/TT-BTC). In person the fee still applies."
        ),
        WaiverVerdict::Possible { until, unknown } => {
            let needs = waiver_conditions(lang, unknown);
            bi!(
                lang,
                "Đến hết {until}, nộp trực tuyến được miễn phí, lệ phí (0 đ) nếu: {needs}. Ứng dụng VNeID cho biết đã đủ điều kiện công dân số hay chưa. Nộp trực tiếp không được miễn.",
                "Until {until}, filing online is free (0 VND) with: {needs}. The VNeID app shows whether the digital-citizen conditions are met. In person is not waived."
            )
        }
        WaiverVerdict::NotMet { until, unmet } => {
            let missing = waiver_conditions(lang, unmet);
            bi!(
                lang,
                "Chưa được miễn lệ phí công dân số (áp dụng đến hết {until}): còn thiếu {missing}.",
                "No digital-citizen waiver yet (it runs until {until}): missing {missing}."
            )
        }
        WaiverVerdict::Outside { ended: Some(ended) } => bi!(
            lang,
            "Chính sách miễn lệ phí cho công dân số đã kết thúc ngày {ended}; từ đó áp dụng mức thu thông thường (Thông tư 117/2026/TT-BTC, Điều 2).",
            "The digital-citizen fee waiver ended on {ended}; the ordinary fees apply since (Circular 117/2026/TT-BTC, Art. 2)."
        ),
        WaiverVerdict::Outside { ended: None } => return None,
    })
}

/// Before the app has started (src/ui/prerender.rs): the line a link shows, naming the page it opens.
pub fn opening(lang: Lang, page: &str) -> String {
    bi!(lang, "Đang mở “{page}”…", "Opening “{page}”…")
}

/// Before the app has started, when it has still not started some seconds after a link or a tap asked
/// for it: a first visit on a slow network, which downloads the app once (`kb`: gzip, the larger of the
/// encodings a host may send, so "at most").
pub fn slow_first_visit(lang: Lang, kb: u32) -> String {
    bi!(
        lang,
        "Mạng đang chậm. Lần mở đầu tiên cần tải phần ứng dụng, không quá {kb} KB, một lần; sau đó ứng dụng dùng được cả khi không có mạng. Xin chờ thêm một chút.",
        "The network is slow. The first visit downloads the app, at most {kb} KB, once; after that it works without a network. Please wait a little longer."
    )
}

/// The message in the language shown (for strings built elsewhere).
pub fn pick(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// `35.000 đ` / `35,000 VND`.
pub fn money(lang: Lang, amount: u32) -> String {
    let digits = amount.to_string();
    let sep = if lang == Lang::Vi { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    bi!(lang, "{out} đ", "{out} VND")
}

/// A fee in person and online.
pub fn fee_line(lang: Lang, in_person: u32, online: u32) -> String {
    let (in_person, online) = (money(lang, in_person), money(lang, online));
    bi!(lang, "Nộp trực tiếp: {in_person}. Nộp trực tuyến: {online}.", "In person: {in_person}. Online: {online}.")
}

/// A processing time and its due date: "applied on X, due by Y".
pub fn ready_by(lang: Lang, days: u32, from: Date, by: Date) -> String {
    bi!(
        lang,
        "Tối đa {days} ngày làm việc: nếu nộp ngày {from}, chậm nhất ngày {by} có kết quả.",
        "At most {days} working days: applied for on {from}, the result is due by {by}."
    )
}

/// The date the rules were applied on, and where it came from.
pub fn as_of_line(lang: Lang, as_of: Date, from_link: bool) -> String {
    if from_link {
        bi!(lang, "Theo quy định có hiệu lực ngày {as_of} (ngày ghi trong đường dẫn).", "Under the rules in force on {as_of} (the date in the link).")
    } else {
        bi!(lang, "Theo quy định có hiệu lực ngày {as_of} (hôm nay).", "Under the rules in force on {as_of} (today).")
    }
}

/// The voice: a sentence about "you", or, when someone is being helped (staff, family), about
/// "người được hỗ trợ". Placeholders: Vietnamese `{ban}` / `{Ban}`; English `{you}` / `{You}` /
/// `{your}` / `{Your}` (English sentences use modal verbs after `{You}` so both readings agree).
pub fn say(lang: Lang, helper: bool, vi: &str, en: &str) -> String {
    match (lang, helper) {
        (Lang::Vi, false) => vi.replace("{ban}", "bạn").replace("{Ban}", "Bạn"),
        (Lang::Vi, true) => vi.replace("{ban}", "người được hỗ trợ").replace("{Ban}", "Người được hỗ trợ"),
        (Lang::En, false) => en.replace("{you}", "you").replace("{You}", "You").replace("{your}", "your").replace("{Your}", "Your"),
        (Lang::En, true) => {
            en.replace("{you}", "the person you help").replace("{You}", "The person you help").replace("{your}", "their").replace("{Your}", "Their")
        }
    }
}

/// "còn 2 năm 3 tháng" / "2 years 3 months left".
pub fn span(lang: Lang, s: Span) -> String {
    let mut parts = Vec::new();
    let units: [(i32, &str, &str, &str); 3] = [(s.years, "năm", "year", "years"), (s.months, "tháng", "month", "months"), (s.days, "ngày", "day", "days")];
    for (n, vi, en_one, en_many) in units {
        if n > 0 {
            let en = if n == 1 { en_one } else { en_many };
            parts.push(bi!(lang, "{n} {vi}", "{n} {en}"));
        }
    }
    if parts.is_empty() {
        parts.push(bi!(lang, "0 ngày", "0 days"));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_filled_and_differ_where_they_should() {
        for lang in [Lang::Vi, Lang::En] {
            assert!(!t(lang, T::AppName).is_empty());
        }
        assert_ne!(t(Lang::Vi, T::NotOfficial), t(Lang::En, T::NotOfficial));
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("{garbage"), None);
    }

    #[test]
    fn money_is_written_as_people_read_it() {
        assert_eq!(money(Lang::Vi, 35_000), "35.000 đ");
        assert_eq!(money(Lang::Vi, 0), "0 đ");
        assert_eq!(money(Lang::Vi, 1_234_567), "1.234.567 đ");
        assert_eq!(money(Lang::En, 70_000), "70,000 VND");
        assert_eq!(money(Lang::En, 500), "500 VND");
    }

    #[test]
    fn every_key_has_both_languages() {
        for &key in T::ALL {
            assert!(!t(Lang::Vi, key).trim().is_empty(), "{key:?} lacks Vietnamese");
            assert!(!t(Lang::En, key).trim().is_empty(), "{key:?} lacks English");
        }
    }

    #[test]
    fn the_helper_voice_speaks_of_the_person_helped() {
        assert_eq!(say(Lang::Vi, true, "{Ban} sinh ngày nào?", ""), "Người được hỗ trợ sinh ngày nào?");
        assert_eq!(say(Lang::En, false, "", "What is {your} date of birth?"), "What is your date of birth?");
    }

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(Lang::Vi, Span { years: 2, months: 3, days: 0 }), "2 năm 3 tháng");
        assert_eq!(span(Lang::En, Span { years: 1, months: 0, days: 5 }), "1 year 5 days");
        assert_eq!(span(Lang::En, Span { years: 0, months: 0, days: 0 }), "0 days");
    }
}
