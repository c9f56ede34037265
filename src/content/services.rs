//! The public services, each value cited. Police procedures: the official procedure records of the
//! Phú Thọ provincial police (snapshot 2026-07-15, ../shared/data/; the procedures are national).
//! Civil status: ../shared/domain/vn-facts.md §4. Read on 2026-11-24.

use super::catalog::{Channel, ChannelOffer, CountsFrom, Deadline, Document, EidNeed, Fee, FormId, Processing, Rate, Service, Span, Tool};
use crate::law::date::Date;
use crate::law::digital_citizen::WaivedFee;
use crate::law::fact::{Fact, Period};
use crate::law::source::{Confidence, Source, Text};

const CHECKED: Date = Date::ymd(2026, 11, 24);

const fn official(id: &'static str, basis: &'static str, url: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::High, doubt: None }
}

const fn weak(id: &'static str, basis: &'static str, url: &'static str, vi: &'static str, en: &'static str) -> Source {
    Source { id, basis, url, verified_on: CHECKED, confidence: Confidence::Medium, doubt: Some(Text { vi, en }) }
}

const fn t(vi: &'static str, en: &'static str) -> Text {
    Text { vi, en }
}

const fn doc(id: &'static str, vi: &'static str, en: &'static str) -> Document {
    Document { id, name: t(vi, en), when: None, form: None }
}

const fn doc_if(id: &'static str, vi: &'static str, en: &'static str, when_vi: &'static str, when_en: &'static str) -> Document {
    Document { id, name: t(vi, en), when: Some(t(when_vi, when_en)), form: None }
}

const fn offer(channel: Channel, eid: EidNeed, source: &'static Source) -> ChannelOffer {
    ChannelOffer { channel, eid, source }
}

/// A rate that is the same in person and online.
const fn rate(id: &'static str, vi: &'static str, en: &'static str, amount: u32) -> Rate {
    Rate { id, name: t(vi, en), in_person: amount, online: amount }
}

const COMMUNE_POLICE: Channel = Channel::InPerson(t("Công an xã, phường", "Commune or ward police"));
const COMMUNE_COMMITTEE: Channel = Channel::InPerson(t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"));

// --- Sources -------------------------------------------------------------------------------

pub const PERMANENT_RESIDENCE: Source = official(
    "tthc-permanent-residence",
    "Luật Cư trú 68/2020/QH14; Nghị định 154/2024/NĐ-CP; Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC) về lệ phí; thủ tục “Đăng ký thường trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-thuong-tru-259-39",
);
pub const TEMPORARY_RESIDENCE: Source = official(
    "tthc-temporary-residence",
    "Luật Cư trú 68/2020/QH14, Điều 27; Nghị định 154/2024/NĐ-CP; Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC); thủ tục “Đăng ký tạm trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-tam-tru-261-39",
);
pub const TEMPORARY_RENEWAL: Source = official(
    "tthc-temporary-residence-renewal",
    "Luật Cư trú 68/2020/QH14, Điều 28 khoản 3 (“Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân phải làm thủ tục gia hạn tạm trú”); thủ tục “Gia hạn tạm trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Gia-han-tam-tru-262-39",
);
pub const NOTICE_OF_STAY: Source = official(
    "tthc-notice-of-stay",
    "Luật Cư trú 68/2020/QH14, Điều 30; Thông tư 55/2021/TT-BCA, Điều 15; thủ tục “Thông báo lưu trú”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Thong-bao-luu-tru-264-39",
);
pub const TEMPORARY_ABSENCE: Source = official(
    "tthc-temporary-absence",
    "Luật Cư trú 68/2020/QH14, Điều 31; thủ tục “Khai báo tạm vắng”",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Khai-bao-tam-vang-265-39",
);
pub const PASSPORT: Source = official(
    "tthc-passport",
    "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 49/2019/QH14 (sửa đổi 2023, 2025); thủ tục “Cấp hộ chiếu phổ thông ở trong nước” (nộp trực tiếp hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an); lệ phí theo Thông tư 64/2025/TT-BTC đến hết 31/12/2026",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Cap-ho-chieu-pho-thong-o-trong-nuoc-2357-17",
);
/// The passport fee from 01/01/2027: the base rate of TT 28/2026/TT-BTC (as amended by TT 81/2026).
pub const PASSPORT_FEE_2027: Source = Source {
    id: "tt-28-2026-passport",
    basis: "Thông tư 28/2026/TT-BTC (từ 01/04/2026, sửa đổi bởi Thông tư 81/2026/TT-BTC), mục I Biểu mức thu; mức gốc nêu tại Nghị quyết 66.22/2026/NQ-CP, Phụ lục III",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/HEAD/van-ban/chinh-phu/nghi-quyet-66.22-2026-nq-cp-phat-trien-cong-dan-so.md",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Từ 01/01/2027 mức lệ phí hộ chiếu là mức gốc theo Thông tư 28/2026/TT-BTC (200.000 đ; 400.000 đ khi cấp lại do hỏng, mất), đọc qua Nghị quyết 66.22/2026/NQ-CP; chưa đọc biểu mức thu của thông tư.",
        en: "From 01/01/2027 the passport fee is the Circular 28/2026/TT-BTC base rate (200,000 VND; 400,000 to replace a lost or damaged one), read in Resolution 66.22/2026/NQ-CP, not in the circular's own schedule.",
    }),
};
/// The passport fee, by period.
pub static PASSPORT_FEE: Fact<Fee> = Fact {
    id: "passport-fee",
    periods: &[
        Period {
            value: Fee::Rates(&[
                rate("cap-moi", "Cấp mới", "New passport", 100_000),
                rate("cap-lai", "Cấp lại do hỏng hoặc mất", "Replacing a damaged or lost one", 200_000),
            ]),
            valid_from: Date::ymd(2025, 7, 1),
            valid_to: Some(Date::ymd(2026, 12, 31)),
            source: &PASSPORT,
        },
        Period {
            value: Fee::Rates(&[
                rate("cap-moi", "Cấp mới", "New passport", 200_000),
                rate("cap-lai", "Cấp lại do hỏng hoặc mất", "Replacing a damaged or lost one", 400_000),
            ]),
            valid_from: Date::ymd(2027, 1, 1),
            valid_to: None,
            source: &PASSPORT_FEE_2027,
        },
    ],
};
pub const VEHICLE_FIRST: Source = official(
    "tthc-vehicle-first-registration",
    "Thông tư 79/2024/TT-BCA (sửa đổi bởi Thông tư 13/2025, 51/2025, 37/2026/TT-BCA); thủ tục “Đăng ký lần đầu trực tuyến toàn trình đối với xe sản xuất, lắp ráp trong nước” (và “… đối với xe nhập khẩu”): “Chủ xe là công dân Việt Nam có tài khoản định danh mức độ 2”; không quá 08 giờ làm việc",
    "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Dang-ky-lan-dau-truc-tuyen-toan-trinh-doi-voi-xe-2389-14",
);
/// Registration and plate fees from 01/01/2026 (TT 155/2025/TT-BTC, replacing TT 60/2023).
pub const VEHICLE_FEE_TT155: Source = Source {
    id: "tt-155-2025",
    basis: "Thông tư 155/2025/TT-BTC (hiệu lực 01/01/2026, thay Thông tư 60/2023/TT-BTC), Điều 5: lệ phí đăng ký, cấp biển số xe theo khu vực I (Hà Nội, TP Hồ Chí Minh) và khu vực II",
    url: "https://luatvietnam.vn/tin-van-ban-moi/le-phi-dang-ky-cap-bien-so-xe-tu-01-01-2026-186-106283-article.html",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Mức lệ phí theo Thông tư 155/2025/TT-BTC đọc qua bản tóm tắt (chưa đọc biểu mức thu gốc); mức cho xe máy chưa thu thập được.",
        en: "Fees under Circular 155/2025/TT-BTC were read in a summary, not the circular's schedule; motorbike amounts were not collected.",
    }),
};
/// The first-registration fee, by period (none recorded before 2026: said so).
pub static VEHICLE_FEE: Fact<Fee> = Fact {
    id: "vehicle-first-registration-fee",
    periods: &[Period {
        value: Fee::Described(t(
            "Ô tô chở người đến 9 chỗ (kể cả bán tải): 14.000.000 đ ở Hà Nội, TP Hồ Chí Minh (khu vực I); 140.000 đ ở nơi khác (khu vực II). Xe máy: chưa thu thập được mức thu.",
            "Cars up to 9 seats (pick-ups included): 14,000,000 VND in Hà Nội and Hồ Chí Minh City (area I); 140,000 VND elsewhere (area II). Motorbikes: not collected.",
        )),
        valid_from: Date::ymd(2026, 1, 1),
        valid_to: None,
        source: &VEHICLE_FEE_TT155,
    }],
};
pub const BIRTH_DEADLINE: Source = weak(
    "civil-status-birth",
    "Luật Hộ tịch 60/2014/QH13, Điều 15 (thời hạn 60 ngày), Điều 11 (miễn lệ phí đăng ký đúng hạn)",
    "https://luatvn.vn/tu-van-ve-dang-ky-khai-sinh-va-bao-hiem-y-te-doi-voi-tre-em-duoi-6-tuoi/",
    "Đọc qua trang tư vấn pháp luật trích Luật Hộ tịch. Luật Hộ tịch 03/2026/QH16 thay thế Luật Hộ tịch 2014 từ 01/03/2027 (chưa đọc văn bản): thời hạn và lệ phí có thể thay đổi từ ngày đó.",
    "Read on a legal-advice page quoting the Civil Status Law. Civil Status Law 03/2026/QH16 replaces the 2014 law from 01/03/2027 (text not read): deadlines and fees may change from then.",
);
pub const BIRTH_DOCUMENTS: Source = official(
    "civil-status-birth-documents",
    "Thông tư liên tịch 05/2015/TTLT-BTP-BCA-BYT; thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-lien-thong-chi-tiet.html?ma_thu_tuc=233448",
);
pub const LINKED_GROUPS: Source = weak(
    "linked-groups-decree-63",
    "Nghị định 63/2024/NĐ-CP, Điều 6, 7 (hai nhóm thủ tục liên thông), sửa đổi bởi Nghị định 301/2026/NĐ-CP từ 01/09/2026 (nhóm khai sinh thêm cấp thẻ căn cước cho trẻ em dưới 6 tuổi, thủ tục 3.000722; nhóm khai tử 2.002913)",
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A30A8-hd-huong-dan-dang-ky-khai-sinh-va-the-bhyt-cung-luc-cho-tre-em-duoi-06-tuoi-tren-vneid.html",
    "Nghị định 301/2026/NĐ-CP (từ 01/09/2026) bổ sung thẻ căn cước cho trẻ dưới 6 tuổi vào nhóm liên thông khai sinh; nội dung đọc qua bản tóm tắt và danh mục thủ tục của một tỉnh, chưa đọc văn bản nghị định, và chưa rõ thời hạn 3 ngày làm việc có thay đổi hay không. Trên Cổng Dịch vụ công quốc gia, hướng dẫn chính thức không nêu mức tài khoản định danh cần có.",
    "Decree 301/2026/ND-CP (from 01/09/2026) adds the ID card for children under 6 to the birth linked group; read in a summary and one province's procedure list, not in the decree itself, and whether the 3-working-day limit changed is not known. For the national portal the official guide does not say which e-ID level is needed.",
);
pub const LINKED_VNEID_LEVEL_2: Source = weak(
    "linked-birth-vneid-level-2",
    "Hướng dẫn của Bộ Công an về nhóm thủ tục liên thông khai sinh trên VNeID (Nghị định 63/2024/NĐ-CP)",
    "https://cafef.vn/loat-tien-ich-tren-vneid-ma-gia-dinh-co-tre-duoi-6-tuoi-nen-biet-keo-mat-quyen-loi-188251215110821126.chn",
    "Mức 2 cho đường nộp qua VNeID đọc qua báo (12/2025), chưa thấy trong văn bản pháp luật.",
    "Level 2 for the VNeID route was read in the press (12/2025), not in a legal text.",
);
pub const DEATH_SAME_DAY: Source = official(
    "civil-status-death-same-day",
    "Luật Hộ tịch 60/2014/QH13, Điều 34; thủ tục đăng ký khai tử (cấp xã): nhận sau 15 giờ thì hẹn ngày làm việc tiếp theo",
    "http://linhtay.tpthuduc.hochiminhcity.gov.vn/thu-tuc-hanh-chinh/thu-tuc-dang-ky-khai-tu/ct/6073/10454",
);
pub const CRIMINAL_RECORD: Source = weak(
    "criminal-record-certificate",
    "Luật Lý lịch tư pháp 28/2009/QH12, Điều 48 (thời hạn 10 ngày làm việc, 15 ngày trong một số trường hợp); Thông tư 16/2025/TT-BTC, Điều 4 (phí); Nghị quyết 66.22/2026/NQ-CP, Phụ lục III (mức thu hiện hành); công an tiếp nhận từ 01/03/2025",
    "https://hdpl.moj.gov.vn/Pages/chi-tiet-hoi-dap.aspx?ItemID=86968",
    "Thời hạn đọc trên trang Bộ Tư pháp; mức phí 200.000 đ đọc qua báo và Phụ lục III Nghị quyết 66.22/2026/NQ-CP (bản chụp khó đọc); năm 2026 không thấy mức thu riêng khi nộp trực tuyến (mức 170.000 đ chỉ áp dụng đến hết 31/12/2025); việc chuyển sang công an đọc qua báo.",
    "Time limit read on the Ministry of Justice site; the 200,000 VND fee read in the press and in Resolution 66.22/2026/NQ-CP App. III (a poor scan); no separate online rate was found for 2026 (the 170,000 VND online rate ended on 31/12/2025); the move to the police was read in the press.",
);
pub const DRIVING_LICENCE: Source = weak(
    "driving-licence-exchange",
    "Thông tư 108/2026/TT-BCA (hiệu lực 01/07/2026, thay Thông tư 12/2025/TT-BCA) về sát hạch, cấp giấy phép lái xe; Thông tư 154/2025/TT-BTC (từ 01/01/2026), lệ phí cấp giấy phép lái xe; thủ tục “Cấp đổi giấy phép lái xe” (3.000347), “Cấp lại giấy phép lái xe” (3.000348)",
    "https://vanban.chinhphu.vn/?docid=218725&pageid=27160",
    "Thông tư 108/2026/TT-BCA và Thông tư 154/2025/TT-BTC đọc qua các bản trích dẫn; mức lệ phí đổi, cấp lại giấy phép lái xe (135.000 đ hoặc thấp hơn 20.000 đ), thời hạn giải quyết và mức tài khoản định danh khi nộp trực tuyến chưa được xác nhận.",
    "Circulars 108/2026/TT-BCA and 154/2025/TT-BTC were read in quotations; the exchange and re-issue fee (135,000 VND or 20,000 less), the processing time and the e-ID level for online filing are not confirmed.",
);
pub const HEALTH_INSURANCE: Source = weak(
    "household-health-insurance",
    "Luật Bảo hiểm y tế; thu BHYT hộ gia đình qua đại lý thu hoặc cơ quan BHXH",
    "https://nld.com.vn/cong-doan/gia-han-the-bhyt-o-dau-2021040121504136.htm",
    "Nguồn đã đọc (2021) chỉ xác nhận gia hạn tại đại lý thu hoặc cơ quan BHXH; chưa xác nhận được gia hạn trên VssID hay Cổng Dịch vụ công và mức tài khoản định danh cần có.",
    "The source read (2021) only confirms renewal at a collection agent or social-insurance office; renewal in VssID or on the national portal, and any e-ID level, are not confirmed.",
);
pub const UNEMPLOYMENT: Source = weak(
    "unemployment-benefit",
    "Luật Việc làm 74/2025/QH15 (hiệu lực 01/01/2026), thời hạn nộp hồ sơ 3 tháng kể từ khi chấm dứt hợp đồng",
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/tro-cap-that-nghiep",
    "Thời hạn 3 tháng theo luật cũ và được báo là giữ nguyên trong Luật Việc làm 2025; chưa đọc điều luật mới. Giấy tờ, thời gian giải quyết và kênh trực tuyến chưa xác nhận.",
    "The 3-month limit is from the old law and reportedly unchanged in the 2025 Employment Law, whose article was not read. Documents, processing time and online channels are not confirmed.",
);
pub const DEATH: Source = weak(
    "civil-status-death",
    "Luật Hộ tịch 60/2014/QH13, Điều 33 (thời hạn 15 ngày); Nghị định 123/2015/NĐ-CP, Điều 28",
    "https://hoidap.thuvienphapluat.vn/hoi-dap/4053D-hd-thoi-han-dang-ky-khai-tu-la-bao-lau.html",
    "Đọc qua trang hỏi đáp pháp luật trích Luật Hộ tịch. Luật Hộ tịch 03/2026/QH16 thay thế Luật Hộ tịch 2014 từ 01/03/2027 (chưa đọc văn bản): thời hạn và lệ phí có thể thay đổi từ ngày đó.",
    "Read on a legal Q&A page quoting the Civil Status Law. Civil Status Law 03/2026/QH16 replaces the 2014 law from 01/03/2027 (text not read): deadlines and fees may change from then.",
);
pub const MARRIAGE: Source = weak(
    "civil-status-marriage",
    "Luật Hộ tịch 60/2014/QH13, Điều 11 (miễn lệ phí), Điều 18 (thủ tục, tối đa 5 ngày làm việc nếu cần xác minh); Nghị định 07/2025/NĐ-CP (không phải nộp giấy xác nhận tình trạng hôn nhân)",
    "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/4A8E2-hd-thu-tuc-dang-ky-ket-hon-voi-nguoi-viet-nam-o-trong-nuoc.html",
    "Đọc qua trang pháp luật trích Luật Hộ tịch và Nghị định 07/2025/NĐ-CP. Luật Hộ tịch 03/2026/QH16 thay thế Luật Hộ tịch 2014 từ 01/03/2027 (chưa đọc văn bản): thời hạn và lệ phí có thể thay đổi từ ngày đó.",
    "Read on a legal portal quoting the Civil Status Law and Decree 07/2025/ND-CP. Civil Status Law 03/2026/QH16 replaces the 2014 law from 01/03/2027 (text not read): deadlines and fees may change from then.",
);
pub const ONLINE_LEVEL_NOT_STATED: Source = weak(
    "online-eid-level-not-stated",
    "Từ 01/07/2024 đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID (Nghị định 69/2024/NĐ-CP, quy định chuyển tiếp)",
    "http://linhdong.thuduc.truongdientu.vn/tin-tuc-su-kien/tu-ngay-0172024-chi-su-dung-tai-khoan-vneid-de-dang-nhap-cong-dich-vu-cong-quoc/ct/5184/18346",
    "Nguồn hiện hành đã đọc không nói thủ tục này cần tài khoản định danh mức 1 hay mức 2 khi nộp trực tuyến (trang của công an và chính quyền năm 2022, 2024 cho biết khi đó mức 1 là đủ): hãy kiểm tra khi đăng nhập.",
    "Current sources read do not say whether this procedure needs a level 1 or level 2 e-ID to submit online (police and local pages from 2022 and 2024 said level 1 was enough then): check when logging in.",
);

// --- Services --------------------------------------------------------------------------------

const CT01: Document = doc_if(
    "to-khai-ct01",
    "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
    "Residence information change form (CT01)",
    "Người chưa thành niên: ghi ý kiến đồng ý của cha, mẹ hoặc người giám hộ",
    "For a minor: the consent of a parent or guardian written on it",
)
.filled_by(FormId::Ct01);
const PROOF_OF_HOME: Document = doc_if(
    "giay-to-cho-o-hop-phap",
    "Giấy tờ chứng minh chỗ ở hợp pháp",
    "Proof of lawful residence",
    "Chỉ khi cơ quan không khai thác được thông tin từ VNeID hoặc cơ sở dữ liệu",
    "Only when the office cannot read it from VNeID or the databases",
);

/// The last day of the Civil Status Law 2014: Luật Hộ tịch 03/2026/QH16 replaces it on 01/03/2027.
pub const CIVIL_STATUS_LAW_2014_LAST_DAY: Date = Date::ymd(2027, 2, 28);
/// Luật Hộ tịch 03/2026/QH16, in force 01/03/2027; its registration deadlines were not read.
pub const CIVIL_STATUS_LAW_2026: Source = Source {
    id: "luat-ho-tich-03-2026",
    basis: "Luật Hộ tịch 03/2026/QH16 (23/04/2026), hiệu lực 01/03/2027, thay Luật Hộ tịch 60/2014/QH13",
    url: "https://congbao.chinhphu.vn/van-ban/luat-so-03-2026-qh16-469530/64878.htm",
    verified_on: Date::ymd(2026, 12, 2),
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Luật Hộ tịch 03/2026/QH16 thay thế Luật Hộ tịch 2014 từ 01/03/2027; ứng dụng chưa đọc được thời hạn đăng ký khai sinh, khai tử theo luật mới.",
        en: "Civil Status Law 03/2026/QH16 replaces the 2014 law from 01/03/2027; the app has not read its birth and death registration deadlines.",
    }),
};

/// Luật Hộ tịch 2014 Điều 15: within 60 days of the birth.
const BIRTH_WITHIN_60_DAYS: Deadline = Deadline {
    span: Span::Days(60),
    counts_from: CountsFrom::Birth,
    from: t("ngày sinh", "the birth"),
    overdue: t(
        "Quá hạn vẫn phải đăng ký khai sinh (đăng ký quá hạn) và có thể phải nộp lệ phí.",
        "Past the deadline the birth must still be registered (late registration), and a fee may apply.",
    ),
    source: &BIRTH_DEADLINE,
    known_until: Some((CIVIL_STATUS_LAW_2014_LAST_DAY, &CIVIL_STATUS_LAW_2026)),
    obligation: false,
    penalty: None,
};
/// Luật Hộ tịch 2014 Điều 33: within 15 days of the death.
const DEATH_WITHIN_15_DAYS: Deadline = Deadline {
    span: Span::Days(15),
    counts_from: CountsFrom::Death,
    from: t("ngày mất", "the death"),
    overdue: t("Quá hạn vẫn phải đăng ký khai tử.", "Past the deadline the death must still be registered."),
    source: &DEATH,
    known_until: Some((CIVIL_STATUS_LAW_2014_LAST_DAY, &CIVIL_STATUS_LAW_2026)),
    obligation: false,
    penalty: None,
};
const DEATH_NOTICE: Document =
    doc_if("giay-bao-tu", "Giấy báo tử", "Death notice (giấy báo tử)", "Hoặc giấy tờ thay thế giấy báo tử", "Or a document that replaces it");

// The services, one named constant each: what links to a service (life events, other tools) names
// the constant, so the compiler checks it.

/// Đăng ký khai sinh.
pub const BIRTH_REGISTRATION: Service = Service {
    id: "dang-ky-khai-sinh",
    name: t("Đăng ký khai sinh", "Birth registration"),
    agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
    channels: &[
        offer(COMMUNE_COMMITTEE, EidNeed::None, &BIRTH_DEADLINE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS),
        offer(Channel::Vneid, EidNeed::Level2, &LINKED_VNEID_LEVEL_2),
    ],
    documents: &[
        doc("to-khai-khai-sinh", "Tờ khai đăng ký khai sinh", "Birth registration form").filled_by(FormId::BirthDeclaration),
        doc_if(
            "giay-chung-sinh",
            "Giấy chứng sinh do cơ sở y tế cấp",
            "Birth certificate from the hospital or clinic (giấy chứng sinh)",
            "Không có thì: văn bản của người làm chứng, hoặc giấy cam đoan về việc sinh",
            "Without it: a witness's statement, or a sworn statement of the birth",
        ),
    ],
    documents_source: &BIRTH_DOCUMENTS,
    fee: Fee::Described(t(
        "Miễn lệ phí khi đăng ký đúng hạn. Đăng ký quá hạn có thu lệ phí theo mức của tỉnh (chưa thu thập được).",
        "Free when registered on time. Late registration is charged at a rate set by the province (not collected).",
    )),
    fee_source: &BIRTH_DEADLINE,
    processing: Processing::Described(t(
        "Nộp trực tuyến theo nhóm liên thông: không quá 3 ngày làm việc (5 ngày nếu cần xác minh); hồ sơ nộp sau 15 giờ tính từ ngày làm việc tiếp theo.",
        "Online as the linked group: at most 3 working days (5 if checks are needed); files sent after 15:00 count from the next working day.",
    )),
    processing_source: &LINKED_GROUPS,
    deadline: Some(BIRTH_WITHIN_60_DAYS),
    tool: None,
    waiver: None,
};

/// Đăng ký khai tử.
pub const DEATH_REGISTRATION: Service = Service {
    id: "dang-ky-khai-tu",
    name: t("Đăng ký khai tử", "Death registration"),
    agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
    channels: &[
        offer(COMMUNE_COMMITTEE, EidNeed::None, &DEATH),
        offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS),
        offer(Channel::Vneid, EidNeed::NotStated, &LINKED_GROUPS),
    ],
    documents: &[doc("to-khai-khai-tu", "Tờ khai đăng ký khai tử", "Death registration form"), DEATH_NOTICE],
    documents_source: &DEATH,
    fee: Fee::Described(t("Miễn lệ phí khi đăng ký đúng hạn.", "Free when registered on time.")),
    fee_source: &BIRTH_DEADLINE,
    processing: Processing::Described(t(
        "Ngay trong ngày; hồ sơ nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
        "The same day; files received after 15:00 are done the next working day.",
    )),
    processing_source: &DEATH_SAME_DAY,
    deadline: Some(DEATH_WITHIN_15_DAYS),
    tool: None,
    waiver: None,
};

/// Đăng ký kết hôn.
pub const MARRIAGE_REGISTRATION: Service = Service {
    id: "dang-ky-ket-hon",
    name: t("Đăng ký kết hôn", "Marriage registration"),
    agency: t("Ủy ban nhân dân xã, phường", "Commune or ward People's Committee"),
    channels: &[offer(COMMUNE_COMMITTEE, EidNeed::None, &MARRIAGE)],
    documents: &[doc("to-khai-ket-hon", "Tờ khai đăng ký kết hôn (hai bên cùng có mặt)", "Marriage registration form (both partners present)")],
    documents_source: &MARRIAGE,
    fee: Fee::Free,
    fee_source: &MARRIAGE,
    processing: Processing::Described(t(
        "Ngay khi đủ giấy tờ, hai bên cùng có mặt; tối đa 5 ngày làm việc nếu cần xác minh.",
        "At once when the papers are complete and both are present; at most 5 working days if checks are needed.",
    )),
    processing_source: &MARRIAGE,
    deadline: None,
    tool: None,
    waiver: None,
};

/// Đăng ký thường trú.
pub const PERMANENT_RESIDENCE_REGISTRATION: Service = Service {
    id: "dang-ky-thuong-tru",
    name: t("Đăng ký thường trú", "Permanent residence registration"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[
        offer(COMMUNE_POLICE, EidNeed::None, &PERMANENT_RESIDENCE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[CT01, PROOF_OF_HOME],
    documents_source: &PERMANENT_RESIDENCE,
    fee: Fee::Amount { in_person: 20_000, online: 10_000 },
    fee_source: &PERMANENT_RESIDENCE,
    processing: Processing::WorkingDays(7),
    processing_source: &PERMANENT_RESIDENCE,
    deadline: None,
    tool: None,
    waiver: Some(WaivedFee::ResidenceRegistration),
};

/// Đăng ký tạm trú.
pub const TEMPORARY_RESIDENCE_REGISTRATION: Service = Service {
    id: "dang-ky-tam-tru",
    name: t("Đăng ký tạm trú", "Temporary residence registration"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[
        offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_RESIDENCE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[CT01, PROOF_OF_HOME],
    documents_source: &TEMPORARY_RESIDENCE,
    fee: Fee::Amount { in_person: 15_000, online: 7_000 },
    fee_source: &TEMPORARY_RESIDENCE,
    processing: Processing::WorkingDays(3),
    processing_source: &TEMPORARY_RESIDENCE,
    deadline: Some(Deadline {
        span: Span::Days(30),
        counts_from: CountsFrom::Arrival,
        from: t("ngày đến ở (khi ở từ 30 ngày trở lên ngoài nơi thường trú)", "arrival (when staying 30 days or more away from the permanent residence)"),
        overdue: t(
            "Luật Cư trú (Điều 27 khoản 1) buộc đăng ký tạm trú khi ở từ 30 ngày trở lên, không nêu số ngày phải nộp hồ sơ: hãy đăng ký sớm.",
            "The Residence Law (Art. 27(1)) requires registration once you stay 30 days or more and sets no filing deadline: register early.",
        ),
        source: &TEMPORARY_RESIDENCE,
        known_until: None,
        obligation: true,
        penalty: None,
    }),
    tool: None,
    waiver: Some(WaivedFee::ResidenceRegistration),
};

/// Gia hạn tạm trú.
pub const TEMPORARY_RESIDENCE_RENEWAL: Service = Service {
    id: "gia-han-tam-tru",
    name: t("Gia hạn tạm trú", "Temporary residence renewal"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[
        offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_RENEWAL),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[doc_if(
        "to-khai-ct01",
        "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
        "Residence information change form (CT01)",
        "Ghi ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp",
        "With the consent of the owner of the home written on it",
    )
    .filled_by(FormId::Ct01)],
    documents_source: &TEMPORARY_RENEWAL,
    fee: Fee::Amount { in_person: 15_000, online: 7_000 },
    fee_source: &TEMPORARY_RESIDENCE,
    processing: Processing::WorkingDays(3),
    processing_source: &TEMPORARY_RENEWAL,
    deadline: Some(Deadline {
        span: Span::DaysBefore(15),
        counts_from: CountsFrom::TemporaryStayEnd,
        from: t("ngày kết thúc thời hạn tạm trú đã đăng ký", "the end of the registered temporary stay"),
        overdue: t(
            "Luật Cư trú (Điều 28 khoản 3) chỉ nói gia hạn “trong thời hạn 15 ngày trước ngày kết thúc”; chưa rõ nộp sớm hơn có được nhận hay không.",
            "The Residence Law (Art. 28(3)) says to renew “within 15 days before the end”; whether an earlier filing is accepted is not stated.",
        ),
        source: &TEMPORARY_RENEWAL,
        known_until: None,
        obligation: false,
        penalty: None,
    }),
    tool: None,
    waiver: Some(WaivedFee::ResidenceRegistration),
};

/// Thông báo lưu trú.
pub const GUEST_STAY_NOTICE: Service = Service {
    id: "thong-bao-luu-tru",
    name: t("Thông báo lưu trú", "Notice of stay (guest registration)"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[
        offer(COMMUNE_POLICE, EidNeed::None, &NOTICE_OF_STAY),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[doc(
        "giay-to-co-so-dinh-danh",
        "Không cần hồ sơ: người đến ở xuất trình giấy tờ có số định danh cá nhân cho chủ hộ",
        "No file: the guest shows a document with their personal ID number to the host",
    )],
    documents_source: &NOTICE_OF_STAY,
    fee: Fee::Free,
    fee_source: &NOTICE_OF_STAY,
    processing: Processing::Immediate,
    processing_source: &NOTICE_OF_STAY,
    deadline: None,
    tool: None,
    waiver: None,
};

/// The research behind the foreign-guest sources (research/foreign-guests.md), 2026-12-02.
const CHECKED_FOREIGN: Date = Date::ymd(2026, 12, 2);

/// Law 47/2014/QH13 Art. 32 (a private house is a place of stay) and Art. 33 as amended by Law
/// 23/2023/QH15: the host declares, online or on the paper form within 12 h (24 h in remote areas).
pub const FOREIGN_GUEST_LAW: Source = Source {
    id: "law-47-2014-art-33",
    basis: "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 47/2014/QH13, Điều 32 (nhà riêng là cơ sở lưu trú), Điều 33 khoản 1, 2 (sửa bởi Luật 23/2023/QH15, Điều 2 khoản 5)",
    url: "https://thuvienphapluat.vn/phap-luat/viet-kieu-la-gi-viet-kieu-ve-nuoc-tham-nguoi-than-co-phai-dang-ky-tam-tru-khong-ho-so-dang-ky-can-n-172688-176935.html",
    verified_on: CHECKED_FOREIGN,
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Điều 33 đọc qua trang hỏi đáp pháp luật trích bản sửa đổi 2023; chưa kiểm tra Luật 103/2025 và 118/2025 có sửa điều này sau khi bỏ công an cấp huyện hay không. Thông tư 87/2026/TT-BCA (hiệu lực 24/07/2026, thay Thông tư 53/2016) chưa đọc được.",
        en: "Art. 33 was read on a legal Q&A page quoting the 2023 amendment; whether Laws 103/2025 and 118/2025 reworded it after district police were abolished was not checked. Circular 87/2026/TT-BCA (in force 24/07/2026, replacing Circular 53/2016) could not be read.",
    }),
};

/// The official procedure record: online through the immigration website or the portals, free.
pub const FOREIGN_GUEST_ONLINE: Source = Source {
    id: "foreign-guest-online",
    basis: "Thủ tục “Khai báo tạm trú cho người nước ngoài tại Việt Nam qua Trang thông tin điện tử” (Công an tỉnh Phú Thọ, bản 15/07/2026): Luật 47/2014/QH13; Thông tư 53/2016/TT-BCA; lệ phí: Không; khai báo ngay khi người nước ngoài đến",
    url: "https://congan.phutho.gov.vn/article/thu-tuc-hanh-chinh/Khai-bao-tam-tru-cho-nguoi-nuoc-ngoai-tai-Viet-2372-17",
    verified_on: CHECKED_FOREIGN,
    confidence: Confidence::High,
    doubt: Some(Text {
        vi: "Bản ghi thủ tục có trước Thông tư 87/2026/TT-BCA (hiệu lực 24/07/2026), được cho là thay Thông tư 53/2016: cách khai có thể đã đổi.",
        en: "The procedure record predates Circular 87/2026/TT-BCA (in force 24/07/2026), reported to replace Circular 53/2016: the way to declare may have changed.",
    }),
};

/// The fine for not declaring a foreigner (Decree 282/2025, from 15/12/2025).
pub const FOREIGN_GUEST_FINE: Source = Source {
    id: "decree-282-2025-art-21",
    basis: "Nghị định 282/2025/NĐ-CP (hiệu lực 15/12/2025, thay Nghị định 144/2021/NĐ-CP), Điều 21; Điều 5 khoản 2 (tổ chức phạt gấp đôi)",
    url: "https://congan.khanhhoa.gov.vn/vi/khai-bao-tam-tru-truc-tuyen-cho-nguoi-nuoc-ngoai-chu-dong-thuc-hien-yen-tam-tuan-thu-tranh-bi-xu",
    verified_on: CHECKED_FOREIGN,
    confidence: Confidence::Medium,
    doubt: Some(Text {
        vi: "Mức phạt đọc trên trang của Công an tỉnh Khánh Hòa (diễn giải); chưa đọc nguyên văn nghị định và số khoản, điểm. Một bài báo dẫn lời Công an tỉnh Tây Ninh nêu mức khác cho tổ chức; chưa xác nhận được mức phạt áp dụng cho hộ gia đình có khách.",
        en: "The amounts were read on the Khánh Hòa provincial police's page (a paraphrase); the decree's own wording and clause numbers were not read. A press report quoting the Tây Ninh police gives other amounts for organisations; whether the amounts apply to a household with a guest is not confirmed.",
    }),
};

/// Khai báo tạm trú cho người nước ngoài: the host of a foreign guest declares the stay.
pub const FOREIGN_GUEST_DECLARATION: Service = Service {
    id: "khai-bao-tam-tru-nguoi-nuoc-ngoai",
    name: t("Khai báo tạm trú cho người nước ngoài", "Declaring a foreign guest's stay"),
    agency: t(
        "Công an xã, phường nơi khách ở (phiếu khai báo); Phòng Quản lý xuất nhập cảnh Công an tỉnh (khai trực tuyến)",
        "The commune or ward police where the guest stays (paper form); the provincial police's immigration office (online)",
    ),
    channels: &[
        offer(Channel::MpsPortal, EidNeed::NotStated, &FOREIGN_GUEST_ONLINE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &FOREIGN_GUEST_ONLINE),
        offer(COMMUNE_POLICE, EidNeed::None, &FOREIGN_GUEST_LAW),
    ],
    documents: &[
        doc(
            "ho-chieu-nguoi-nuoc-ngoai",
            "Hộ chiếu hoặc giấy tờ có giá trị đi lại quốc tế của khách, và giấy tờ cư trú tại Việt Nam (thị thực, thẻ tạm trú) nếu có: chủ nhà xem trước khi nhận khách",
            "The guest's passport or international travel document, and their Vietnamese residence papers (visa, residence card) if any: the host checks them before the guest stays",
        ),
        doc_if(
            "phieu-khai-bao-tam-tru",
            "Phiếu khai báo tạm trú của người nước ngoài, chủ nhà ghi đầy đủ rồi chuyển cho công an xã, phường",
            "The temporary-residence declaration form for foreigners, filled in by the host and handed to the commune or ward police",
            "khi khai bằng phiếu giấy, không khai trực tuyến",
            "when declaring on paper rather than online",
        ),
    ],
    documents_source: &FOREIGN_GUEST_LAW,
    fee: Fee::Free,
    fee_source: &FOREIGN_GUEST_ONLINE,
    processing: Processing::Immediate,
    processing_source: &FOREIGN_GUEST_ONLINE,
    deadline: Some(Deadline {
        span: Span::Hours(12),
        counts_from: CountsFrom::GuestArrival,
        from: t(
            "khi khách đến (24 giờ ở vùng sâu, vùng xa) nếu khai bằng phiếu; khai trực tuyến thì khai ngay khi khách đến",
            "the guest's arrival (24 hours in remote areas) on the paper form; online, declare as soon as the guest arrives",
        ),
        overdue: t(
            "Không khai báo tạm trú cho người nước ngoài có thể bị phạt tiền, theo một trang của công an tỉnh: từ 3 đến 5 triệu đồng khi không khai cho 1–3 người, cao hơn khi nhiều người hơn.",
            "Not declaring a foreign guest can be fined, according to a provincial police page: 3 to 5 million đồng for 1–3 guests, more for more guests.",
        ),
        source: &FOREIGN_GUEST_LAW,
        known_until: None,
        obligation: false,
        penalty: Some(&FOREIGN_GUEST_FINE),
    }),
    tool: None,
    waiver: None,
};

/// Khai báo tạm vắng.
pub const TEMPORARY_ABSENCE_DECLARATION: Service = Service {
    id: "khai-bao-tam-vang",
    name: t("Khai báo tạm vắng", "Temporary absence declaration"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[
        offer(COMMUNE_POLICE, EidNeed::None, &TEMPORARY_ABSENCE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::Vneid, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[doc(
        "noi-dung-khai-bao-tam-vang",
        "Nội dung khai báo: họ tên, ngày sinh, số định danh cá nhân, nơi cư trú, lý do, thời gian tạm vắng, nơi đến",
        "What to declare: name, date of birth, personal ID number, residence, reason, period of absence, destination",
    )],
    documents_source: &TEMPORARY_ABSENCE,
    fee: Fee::Free,
    fee_source: &TEMPORARY_ABSENCE,
    processing: Processing::Described(t("Trong 1 ngày; trường hợp phức tạp không quá 2 ngày làm việc.", "Within 1 day; at most 2 working days when complex.")),
    processing_source: &TEMPORARY_ABSENCE,
    deadline: None,
    tool: None,
    waiver: None,
};

/// Thẻ căn cước: cấp, cấp đổi, cấp lại.
pub const ID_CARD: Service = Service {
    id: "the-can-cuoc",
    name: t("Cấp, cấp đổi, cấp lại thẻ căn cước", "ID card (Căn cước): first issue, renewal, re-issue"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[offer(COMMUNE_POLICE, EidNeed::None, &crate::law::card_facts::FIRST_ISSUE_14)],
    documents: &[],
    documents_source: &crate::law::card_facts::FIRST_ISSUE_14,
    fee: Fee::CardRates,
    fee_source: &crate::law::card_facts::FEE_RATES,
    processing: Processing::CardDays,
    processing_source: &crate::law::card_facts::QD_5230_T1,
    deadline: None,
    tool: Some(Tool::CardCalculator),
    waiver: Some(WaivedFee::CardRenewalReissue),
};

/// Cấp tài khoản định danh điện tử mức 2.
pub const EID_LEVEL_2: Service = Service {
    id: "dinh-danh-dien-tu-muc-2",
    name: t("Cấp tài khoản định danh điện tử mức 2", "Level 2 e-ID (VNeID) account"),
    agency: t("Công an xã, phường", "Commune or ward police"),
    channels: &[offer(COMMUNE_POLICE, EidNeed::None, &crate::law::eid_facts::LEVEL_2_PROCEDURE)],
    documents: &[
        doc("the-can-cuoc", "Thẻ căn cước hoặc thẻ căn cước công dân gắn chip còn hạn", "A valid chip ID card (Căn cước or chip CCCD)"),
        doc(
            "phieu-tk01",
            "Phiếu đề nghị cấp tài khoản định danh điện tử (mẫu TK01), khai tại chỗ",
            "Application for an electronic identity account (form TK01), filled in at the desk",
        )
        .filled_by(FormId::Tk01),
    ],
    documents_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
    fee: Fee::Free,
    fee_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
    processing: Processing::WorkingDays(3),
    processing_source: &crate::law::eid_facts::LEVEL_2_PROCEDURE,
    deadline: None,
    tool: Some(Tool::EidGuide),
    waiver: None,
};

/// Cấp hộ chiếu phổ thông ở trong nước.
pub const PASSPORT_ISSUE: Service = Service {
    id: "cap-ho-chieu",
    name: t("Cấp hộ chiếu phổ thông ở trong nước", "Ordinary passport (issued in Vietnam)"),
    agency: t("Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố", "Immigration office of the provincial police"),
    channels: &[
        offer(Channel::InPerson(t("Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố", "Provincial immigration office")), EidNeed::None, &PASSPORT),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::MpsPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[
        doc_if(
            "to-khai-ho-chieu",
            "Tờ khai TK01 (từ 14 tuổi) hoặc TK01a (dưới 14 tuổi)",
            "Form TK01 (14 and over) or TK01a (under 14)",
            "Người dưới 14 tuổi: người đại diện hợp pháp khai và ký thay",
            "Under 14: the legal representative fills in and signs",
        ),
        doc("anh-4x6", "Ảnh 4x6 cm chụp không quá 6 tháng, nền trắng, không đeo kính", "4×6 cm photo taken within 6 months, white background, no glasses"),
        doc_if(
            "ho-chieu-cu",
            "Hộ chiếu cấp lần gần nhất",
            "The last passport",
            "Nếu đã từng được cấp; nếu bị mất thì kèm đơn báo mất",
            "If one was issued before; if lost, with the loss report",
        ),
    ],
    documents_source: &PASSPORT,
    fee: Fee::Dated(&PASSPORT_FEE),
    fee_source: &PASSPORT,
    processing: Processing::WorkingDays(8),
    processing_source: &PASSPORT,
    deadline: None,
    tool: None,
    waiver: Some(WaivedFee::Passport),
};

/// Đăng ký xe lần đầu (xe máy, ô tô) trực tuyến toàn trình.
pub const VEHICLE_FIRST_REGISTRATION: Service = Service {
    id: "dang-ky-xe-lan-dau",
    name: t("Đăng ký xe lần đầu (xe máy, ô tô) trực tuyến toàn trình", "First vehicle registration (motorbike, car), fully online"),
    agency: t("Cảnh sát giao thông, Công an tỉnh hoặc Công an xã", "Traffic police of the province or commune"),
    channels: &[offer(Channel::NationalPortal, EidNeed::Level2, &VEHICLE_FIRST), offer(Channel::Vneid, EidNeed::Level2, &VEHICLE_FIRST)],
    documents: &[
        doc("giay-khai-dang-ky-xe", "Giấy khai đăng ký xe (kê khai trực tuyến)", "Vehicle registration declaration (filled in online)"),
        doc("tai-khoan-dinh-danh-muc-2", "Tài khoản định danh điện tử mức 2 của chủ xe", "The owner's level 2 e-ID account"),
    ],
    documents_source: &VEHICLE_FIRST,
    fee: Fee::Dated(&VEHICLE_FEE),
    fee_source: &VEHICLE_FEE_TT155,
    processing: Processing::Described(t(
        "Không quá 08 giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ và đã nộp lệ phí trực tuyến; biển số trúng đấu giá hoặc biển số định danh: không quá 07 ngày làm việc.",
        "At most 8 working hours from a complete file and the fee paid online; auctioned or identity plates: at most 7 working days.",
    )),
    processing_source: &VEHICLE_FIRST,
    deadline: None,
    tool: None,
    waiver: None,
};

/// Liên thông: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.
pub const BIRTH_LINKED_GROUP: Service = Service {
    id: "lien-thong-khai-sinh",
    name: t(
        "Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi",
        "Linked online: birth registration, permanent residence, health-insurance card and ID card for a child under 6",
    ),
    agency: t("Ủy ban nhân dân xã, công an, bảo hiểm xã hội", "Commune People's Committee, police, social insurance"),
    channels: &[offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS), offer(Channel::Vneid, EidNeed::Level2, &LINKED_VNEID_LEVEL_2)],
    documents: &[
        doc("to-khai-lien-thong", "Tờ khai điện tử liên thông (kê khai trực tuyến)", "The linked electronic declaration (filled in online)"),
        doc_if(
            "giay-chung-sinh",
            "Ảnh chụp hoặc bản điện tử giấy chứng sinh",
            "Photo or electronic copy of the birth certificate (giấy chứng sinh)",
            "Không có thì: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh",
            "Without it: a witness's statement or a sworn statement of the birth",
        ),
    ],
    documents_source: &BIRTH_DOCUMENTS,
    fee: Fee::Described(t(
        "Miễn lệ phí khai sinh đúng hạn; lệ phí đăng ký thường trú trực tuyến theo mức thu (10.000 đ) trừ trường hợp được miễn.",
        "No fee for on-time birth registration; the online permanent-residence fee (10,000 VND) unless exempt.",
    )),
    fee_source: &BIRTH_DEADLINE,
    processing: Processing::Described(t(
        "Không quá 3 ngày làm việc (5 ngày nếu cần xác minh); hồ sơ nhận sau 15 giờ tính từ ngày làm việc tiếp theo.",
        "At most 3 working days (5 if checks are needed); files received after 15:00 count from the next working day.",
    )),
    processing_source: &LINKED_GROUPS,
    deadline: Some(BIRTH_WITHIN_60_DAYS),
    tool: None,
    waiver: None,
};

/// Liên thông: đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng.
pub const DEATH_LINKED_GROUP: Service = Service {
    id: "lien-thong-khai-tu",
    name: t(
        "Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất",
        "Linked online: death registration, removal of permanent residence, funeral and survivor allowances",
    ),
    agency: t("Ủy ban nhân dân xã, công an, bảo hiểm xã hội", "Commune People's Committee, police, social insurance"),
    channels: &[offer(Channel::NationalPortal, EidNeed::NotStated, &LINKED_GROUPS), offer(Channel::Vneid, EidNeed::NotStated, &LINKED_GROUPS)],
    documents: &[doc("to-khai-lien-thong", "Tờ khai điện tử liên thông (mẫu số 02)", "The linked electronic declaration (form no. 02)"), DEATH_NOTICE],
    documents_source: &DEATH,
    fee: Fee::Described(t("Miễn lệ phí khai tử đúng hạn.", "No fee for on-time death registration.")),
    fee_source: &DEATH,
    processing: Processing::NotFound,
    processing_source: &LINKED_GROUPS,
    deadline: Some(DEATH_WITHIN_15_DAYS),
    tool: None,
    waiver: None,
};

/// Cấp phiếu lý lịch tư pháp.
pub const CRIMINAL_RECORD_CERTIFICATE: Service = Service {
    id: "phieu-ly-lich-tu-phap",
    name: t("Cấp phiếu lý lịch tư pháp", "Criminal-record certificate"),
    agency: t("Công an tỉnh, thành phố", "Provincial police"),
    channels: &[
        offer(Channel::InPerson(t("Công an tỉnh, thành phố", "Provincial police")), EidNeed::None, &CRIMINAL_RECORD),
        offer(Channel::Vneid, EidNeed::Level2, &crate::law::eid_facts::LEVELS_UNLOCK),
        offer(Channel::NationalPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
        offer(Channel::MpsPortal, EidNeed::NotStated, &ONLINE_LEVEL_NOT_STATED),
    ],
    documents: &[doc("to-khai-ly-lich-tu-phap", "Tờ khai yêu cầu cấp phiếu lý lịch tư pháp", "Criminal-record certificate request form")],
    documents_source: &CRIMINAL_RECORD,
    fee: Fee::Rates(&[
        rate("mot-phieu", "Mỗi phiếu, nộp trực tiếp hoặc trực tuyến", "Each certificate, in person or online", 200_000),
        rate(
            "giam",
            "Học sinh (từ đủ 16 tuổi), sinh viên, người có công, thân nhân liệt sĩ",
            "Pupils aged 16 or more, students, people with meritorious service, martyrs' relatives",
            100_000,
        ),
        rate("tu-phieu-thu-3", "Từ phiếu thứ 3 trở đi, mỗi phiếu thêm", "From the third certificate, each one more", 5_000),
    ]),
    fee_source: &CRIMINAL_RECORD,
    processing: Processing::Described(t(
        "Không quá 10 ngày làm việc; không quá 15 ngày làm việc nếu đã cư trú ở nhiều nơi hoặc ở nước ngoài, là người nước ngoài, hoặc cần xác minh điều kiện đương nhiên được xóa án tích.",
        "At most 10 working days; at most 15 when the person lived in several places or abroad, is a foreigner, or automatic expungement must be checked.",
    )),
    processing_source: &CRIMINAL_RECORD,
    deadline: None,
    tool: None,
    waiver: Some(WaivedFee::CriminalRecord),
};

/// Đổi, cấp lại giấy phép lái xe.
pub const DRIVING_LICENCE_EXCHANGE: Service = Service {
    id: "doi-cap-lai-giay-phep-lai-xe",
    name: t("Cấp đổi, cấp lại giấy phép lái xe", "Driving licence exchange or re-issue"),
    agency: t("Công an tỉnh, thành phố", "Provincial police"),
    channels: &[
        offer(Channel::InPerson(t("Công an tỉnh, thành phố", "Provincial police")), EidNeed::None, &DRIVING_LICENCE),
        offer(Channel::NationalPortal, EidNeed::NotStated, &DRIVING_LICENCE),
        offer(Channel::MpsPortal, EidNeed::NotStated, &DRIVING_LICENCE),
    ],
    documents: &[doc("to-khai-doi-gplx", "Tờ khai đề nghị đổi, cấp lại giấy phép lái xe", "Driving licence exchange or re-issue request")],
    documents_source: &DRIVING_LICENCE,
    fee: Fee::NotFound(t(
        "lệ phí theo Thông tư 154/2025/TT-BTC (từ 01/01/2026); các nguồn đã đọc chưa thống nhất mức thu (135.000 đ hoặc thấp hơn 20.000 đ).",
        "the fee under Circular 154/2025/TT-BTC (from 01/01/2026); the sources read disagree on the amount (135,000 VND or 20,000 less).",
    )),
    fee_source: &DRIVING_LICENCE,
    processing: Processing::NotFound,
    processing_source: &DRIVING_LICENCE,
    deadline: None,
    tool: None,
    waiver: Some(WaivedFee::DrivingLicence),
};

/// Gia hạn thẻ bảo hiểm y tế hộ gia đình.
pub const HEALTH_INSURANCE_RENEWAL: Service = Service {
    id: "gia-han-bhyt-ho-gia-dinh",
    name: t("Gia hạn thẻ bảo hiểm y tế hộ gia đình", "Household health-insurance card renewal"),
    agency: t("Bảo hiểm xã hội", "Vietnam Social Security"),
    channels: &[offer(
        Channel::InPerson(t("Đại lý thu hoặc cơ quan bảo hiểm xã hội", "A collection agent or the social-insurance office")),
        EidNeed::None,
        &HEALTH_INSURANCE,
    )],
    documents: &[doc("ma-the-bhyt", "Mã số thẻ bảo hiểm y tế cũ (số định danh cá nhân)", "The old health-insurance card number (the personal ID number)")],
    documents_source: &HEALTH_INSURANCE,
    fee: Fee::NotFound(t("mức đóng theo số thành viên hộ gia đình chưa được thu thập.", "the contribution by household size was not collected.")),
    fee_source: &HEALTH_INSURANCE,
    processing: Processing::NotFound,
    processing_source: &HEALTH_INSURANCE,
    deadline: None,
    tool: None,
    waiver: None,
};

/// Hưởng trợ cấp thất nghiệp.
pub const UNEMPLOYMENT_BENEFIT: Service = Service {
    id: "tro-cap-that-nghiep",
    name: t("Hưởng trợ cấp thất nghiệp", "Unemployment benefit"),
    agency: t("Trung tâm dịch vụ việc làm", "Public employment service centre"),
    channels: &[offer(Channel::InPerson(t("Trung tâm dịch vụ việc làm", "Public employment service centre")), EidNeed::None, &UNEMPLOYMENT)],
    documents: &[doc("de-nghi-tro-cap-that-nghiep", "Đề nghị hưởng trợ cấp thất nghiệp", "Unemployment benefit application")],
    documents_source: &UNEMPLOYMENT,
    fee: Fee::Free,
    fee_source: &UNEMPLOYMENT,
    processing: Processing::NotFound,
    processing_source: &UNEMPLOYMENT,
    deadline: Some(Deadline {
        span: Span::Months(3),
        counts_from: CountsFrom::ContractEnd,
        from: t("ngày chấm dứt hợp đồng lao động", "the end of the labour contract"),
        overdue: t("Nộp quá hạn thì không được hưởng trợ cấp cho lần này.", "Applying late loses the benefit for this time."),
        source: &UNEMPLOYMENT,
        known_until: None,
        obligation: false,
        penalty: None,
    }),
    tool: None,
    waiver: None,
};

/// Every service, in the order the list shows them.
pub static SERVICES: &[Service] = &[
    BIRTH_REGISTRATION,
    DEATH_REGISTRATION,
    MARRIAGE_REGISTRATION,
    PERMANENT_RESIDENCE_REGISTRATION,
    TEMPORARY_RESIDENCE_REGISTRATION,
    TEMPORARY_RESIDENCE_RENEWAL,
    GUEST_STAY_NOTICE,
    FOREIGN_GUEST_DECLARATION,
    TEMPORARY_ABSENCE_DECLARATION,
    ID_CARD,
    EID_LEVEL_2,
    PASSPORT_ISSUE,
    VEHICLE_FIRST_REGISTRATION,
    BIRTH_LINKED_GROUP,
    DEATH_LINKED_GROUP,
    CRIMINAL_RECORD_CERTIFICATE,
    DRIVING_LICENCE_EXCHANGE,
    HEALTH_INSURANCE_RENEWAL,
    UNEMPLOYMENT_BENEFIT,
];

/// Every dated fact of the catalog, for the validation the test suite runs.
pub fn facts() -> [&'static Fact<Fee>; 2] {
    [&PASSPORT_FEE, &VEHICLE_FEE]
}

pub fn find(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}

pub fn sources() -> Vec<&'static Source> {
    vec![
        &CIVIL_STATUS_LAW_2026,
        &PASSPORT_FEE_2027,
        &VEHICLE_FEE_TT155,
        &PERMANENT_RESIDENCE,
        &TEMPORARY_RESIDENCE,
        &TEMPORARY_RENEWAL,
        &NOTICE_OF_STAY,
        &FOREIGN_GUEST_LAW,
        &FOREIGN_GUEST_ONLINE,
        &FOREIGN_GUEST_FINE,
        &TEMPORARY_ABSENCE,
        &PASSPORT,
        &VEHICLE_FIRST,
        &BIRTH_DEADLINE,
        &BIRTH_DOCUMENTS,
        &LINKED_GROUPS,
        &LINKED_VNEID_LEVEL_2,
        &DEATH,
        &DEATH_SAME_DAY,
        &MARRIAGE,
        &ONLINE_LEVEL_NOT_STATED,
        &CRIMINAL_RECORD,
        &DRIVING_LICENCE,
        &HEALTH_INSURANCE,
        &UNEMPLOYMENT,
    ]
}
