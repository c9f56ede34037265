//! Component tests in headless Chromium (wasm-bindgen-test): the ID checker renders and reacts.
#![cfg(target_arch = "wasm32")]

use congdanso::law::date::Date;
use congdanso::ui::link::{Query, Shared};
use congdanso::ui::pages::id_number::IdNumberPage;
use congdanso::ui::text::Lang;
use congdanso::ui::Ctx;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    #[prop_or_default]
    number: String,
}

#[component]
fn Host(p: &HostProps) -> Html {
    html! {
        <ContextProvider<Ctx> context={Ctx { lang: p.lang, today: Date::ymd(2026, 11, 24), shared: Shared::default() }}>
            <IdNumberPage number={p.number.clone()} />
        </ContextProvider<Ctx>>
    }
}

/// Mounts a component in a fresh element of its own and lets it render.
async fn mount_with<C: BaseComponent>(props: C::Properties) -> Element {
    let document = gloo_document();
    // One mounted component in the document at a time: ids such as `error-summary` must be unique
    // for `getElementById` (and focus) to find this component's and not an earlier test's.
    let earlier = document.query_selector_all(".test-root").unwrap();
    for i in 0..earlier.length() {
        if let Some(node) = earlier.item(i) {
            node.dyn_into::<Element>().unwrap().remove();
        }
    }
    let root = document.create_element("div").unwrap();
    root.set_class_name("test-root");
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

async fn mount(props: HostProps) -> Element {
    mount_with::<Host>(props).await
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// The id of the element that has keyboard and screen-reader focus, if it is inside `root`.
fn focused_id(root: &Element) -> String {
    gloo_document().active_element().filter(|e| root.contains(Some(e))).map(|e| e.id()).unwrap_or_default()
}

async fn press_check(root: &Element) {
    find(root, "button[type=submit]").dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_valid_number_is_explained_part_by_part() {
    let root = mount(HostProps { lang: Lang::Vi, number: String::new() }).await;
    assert!(root.query_selector(".result").unwrap().is_none(), "no result before checking");
    type_into(&root, "#id-number", "079 190 012 345").await;
    press_check(&root).await;
    let shown = text(&find(&root, ".result"));
    assert!(shown.contains("079 190 012 345"), "{shown}");
    assert!(shown.contains("TP Hồ Chí Minh (mã 079)"), "{shown}");
    assert!(shown.contains("Nữ"), "digit 4 = 1 is female: {shown}");
    assert!(shown.contains("1990"), "{shown}");
    assert!(shown.contains("Vì sao?"));
    assert!(shown.contains("Thông tư 07/2016/TT-BCA"), "the basis is shown: {shown}");
}

#[wasm_bindgen_test]
async fn errors_appear_beside_the_field_and_in_the_summary() {
    let root = mount(HostProps { lang: Lang::En, number: String::new() }).await;
    type_into(&root, "#id-number", "12345").await;
    type_into(&root, "#birth-date", "31/02/1990").await;
    press_check(&root).await;
    let beside = text(&find(&root, "#id-number-error"));
    assert_eq!(beside, "The ID number has exactly 12 digits; you typed 5.");
    assert_eq!(text(&find(&root, "#birth-date-error")), "2/1990 has no day 31.");
    let summary = text(&find(&root, ".error-summary"));
    assert!(summary.contains("you typed 5") && summary.contains("no day 31"), "{summary}");
    let input: HtmlInputElement = find(&root, "#id-number").dyn_into().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.value(), "12345", "what was typed is kept");
    // Fixing the number clears its error once checked again.
    type_into(&root, "#id-number", "001090001234").await;
    type_into(&root, "#birth-date", "15/03/1991").await;
    press_check(&root).await;
    assert!(root.query_selector(".error-summary").unwrap().is_none());
    assert!(text(&root).contains("Mismatch: the ID number says born in 1990"), "{}", text(&root));
}

#[wasm_bindgen_test]
async fn the_first_failed_check_moves_focus_to_the_error_summary() {
    let root = mount(HostProps { lang: Lang::Vi, number: String::new() }).await;
    type_into(&root, "#id-number", "12ữ199").await;
    press_check(&root).await;
    assert_eq!(focused_id(&root), "error-summary");
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_on_the_result_and_an_old_cmnd_gets_advice() {
    let root = mount(HostProps { lang: Lang::Vi, number: "036 090 001 234".into() }).await;
    assert!(text(&find(&root, ".result")).contains("Nam Định"));
    let root = mount(HostProps { lang: Lang::Vi, number: "123456789".into() }).await;
    assert!(text(&root).contains("CMND không còn giá trị từ ngày 01/01/2025"), "{}", text(&root));
    assert!(text(&root).contains("Điều 46"), "{}", text(&root));
}

mod card {
    use super::*;
    use congdanso::ui::pages::card::{CardPage, Draft};
    use congdanso::ui::route::parse_hash;

    #[derive(Properties, PartialEq)]
    struct CardHostProps {
        hash: String,
    }

    #[component]
    fn CardHost(p: &CardHostProps) -> Html {
        html! {
            <ContextProvider<Ctx> context={Ctx { lang: Lang::Vi, today: Date::ymd(2026, 11, 24), shared: Shared { as_of: Some(Date::ymd(2026, 11, 24)), staff: false } }}>
                <CardPage draft={Draft::read(&parse_hash(&p.hash))} />
            </ContextProvider<Ctx>>
        }
    }

    async fn mount_card(hash: &str) -> Element {
        mount_with::<CardHost>(CardHostProps { hash: hash.into() }).await
    }

    #[wasm_bindgen_test]
    async fn choosing_a_card_reveals_only_the_questions_it_needs() {
        let root = mount_card("#/han-the-can-cuoc").await;
        assert!(root.query_selector("#issued").unwrap().is_none(), "no card chosen: no date question");
        find(&root, "#held-cccd-chip").dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("#issued").unwrap().is_some());
        assert!(root.query_selector("#expiry").unwrap().is_some());
        find(&root, "#no-expiry").dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("#expiry").unwrap().is_none(), "“no expiry” hides the date");
        find(&root, "#held-chua-co").dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("#issued").unwrap().is_none(), "no card: no dates asked");
    }

    #[wasm_bindgen_test]
    async fn a_link_with_answers_opens_on_the_result() {
        let root = mount_card("#/han-the-can-cuoc?ns=25/11/2012&the=chua-co").await;
        let shown = text(&find(&root, ".result"));
        assert!(shown.contains("Bạn chưa có thẻ căn cước."), "{shown}");
        assert!(shown.contains("dưới 14 tuổi (không bắt buộc)"), "13 on 24/11/2026: {shown}");
        assert!(shown.contains("Không thu lệ phí."), "{shown}");
        assert_eq!(find(&root, "#born").dyn_into::<HtmlInputElement>().unwrap().value(), "25/11/2012");
    }

    #[wasm_bindgen_test]
    async fn submitting_nothing_lists_both_missing_answers() {
        let root = mount_card("#/han-the-can-cuoc").await;
        find(&root, "button[type=submit]").dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        let summary = text(&find(&root, ".error-summary"));
        assert!(summary.contains("Hãy nhập ngày") && summary.contains("Hãy chọn loại thẻ"), "{summary}");
        assert!(root.query_selector(".result").unwrap().is_none());
        assert_eq!(focused_id(&root), "error-summary", "the first failed submit moves focus to the summary");
    }
}

mod eid_guide {
    use super::*;
    use congdanso::ui::eid_flow::EidDraft;
    use congdanso::ui::pages::eid::EidPage;
    use congdanso::ui::route::{parse_hash, Route};

    #[derive(Properties, PartialEq)]
    struct GuideHostProps {
        hash: String,
    }

    #[component]
    fn GuideHost(p: &GuideHostProps) -> Html {
        let loc = parse_hash(&p.hash);
        let Route::Eid(step) = loc.route else { return html! { "not a guide route" } };
        html! {
            <ContextProvider<Ctx> context={Ctx { lang: Lang::Vi, today: Date::ymd(2026, 11, 24), shared: Shared::default() }}>
                <EidPage {step} draft={EidDraft::read(&loc)} />
            </ContextProvider<Ctx>>
        }
    }

    async fn mount_guide(hash: &str) -> Element {
        mount_with::<GuideHost>(GuideHostProps { hash: hash.into() }).await
    }

    #[wasm_bindgen_test]
    async fn a_question_page_asks_one_question_as_its_heading_and_refuses_no_answer() {
        let root = mount_guide("#/dinh-danh-dien-tu/tai-khoan?qt=vn&giup=1").await;
        assert_eq!(text(&find(&root, "h1")), "Tài khoản VNeID của người được hỗ trợ hiện thế nào?");
        assert_eq!(root.query_selector_all("input[type=radio]").unwrap().length(), 8, "eight situations, a forgotten password included");
        press_check(&root).await;
        assert_eq!(text(&find(&root, "#answer-choice-error")), "Hãy chọn một câu trả lời.");
        assert_eq!(focused_id(&root), "error-summary", "the first failed submit moves focus to the summary");
        let back = find(&root, "a.back-link").get_attribute("href").unwrap();
        assert!(back.starts_with("#/dinh-danh-dien-tu/so-dien-thoai?qt=vn"), "{back}");
        assert!(back.contains("giup=1"), "the helper switch travels with the back link: {back}");
    }

    #[wasm_bindgen_test]
    async fn the_result_speaks_about_the_person_helped() {
        let root = mount_guide("#/dinh-danh-dien-tu/ket-qua?qt=vn&ns=01/01/1990&the=chua-co&sdt=co&tk=chua-co&giup=1").await;
        let shown = text(&find(&root, ".result"));
        assert!(shown.contains("Người được hỗ trợ chưa có thẻ căn cước còn hạn"), "{shown}");
        assert!(!shown.contains(" bạn "), "{shown}");
    }
}

mod life_events {
    use super::*;
    use congdanso::ui::pages::events::{EventDraft, EventPage};
    use congdanso::ui::route::parse_hash;

    #[derive(Properties, PartialEq)]
    struct EventHostProps {
        hash: String,
    }

    #[component]
    fn EventHost(p: &EventHostProps) -> Html {
        html! {
            <ContextProvider<Ctx> context={Ctx { lang: Lang::Vi, today: Date::ymd(2026, 11, 24), shared: Shared::default() }}>
                <EventPage slug="sinh-con" draft={EventDraft::read(&parse_hash(&p.hash))} />
            </ContextProvider<Ctx>>
        }
    }

    #[wasm_bindgen_test]
    async fn a_missing_date_is_said_beside_the_field_and_focus_moves_to_the_summary() {
        let root = mount_with::<EventHost>(EventHostProps { hash: "#/viec-cua-toi/sinh-con".into() }).await;
        assert!(root.query_selector(".result").unwrap().is_none());
        press_check(&root).await;
        assert!(text(&find(&root, "#event-date-error")).contains("Hãy nhập ngày"), "{}", text(&root));
        assert_eq!(focused_id(&root), "error-summary", "the first failed submit moves focus to the summary");
    }
}

mod digital_citizen {
    use super::*;
    use congdanso::ui::digital_citizen_flow::DcDraft;
    use congdanso::ui::pages::digital_citizen::DigitalCitizenPage;
    use congdanso::ui::route::{parse_hash, Route};

    #[derive(Properties, PartialEq)]
    struct DcHostProps {
        hash: String,
    }

    #[component]
    fn DcHost(p: &DcHostProps) -> Html {
        let loc = parse_hash(&p.hash);
        let Route::DigitalCitizen(step) = loc.route else { return html! { "not a digital-citizen route" } };
        html! {
            <ContextProvider<Ctx> context={Ctx { lang: Lang::Vi, today: Date::ymd(2026, 12, 2), shared: Shared::default() }}>
                <DigitalCitizenPage {step} draft={DcDraft::read(&loc)} />
            </ContextProvider<Ctx>>
        }
    }

    async fn mount_dc(hash: &str) -> Element {
        mount_with::<DcHost>(DcHostProps { hash: hash.into() }).await
    }

    #[wasm_bindgen_test]
    async fn the_level_question_refuses_no_answer_and_moves_focus_to_the_summary() {
        let root = mount_dc("#/cong-dan-so/muc-2?giup=1").await;
        assert_eq!(text(&find(&root, "h1")), "Tài khoản định danh điện tử (VNeID) của người được hỗ trợ đã là mức 2 chưa?");
        press_check(&root).await;
        assert_eq!(text(&find(&root, "#answer-choice-error")), "Hãy chọn một câu trả lời.");
        assert_eq!(focused_id(&root), "error-summary", "the first failed submit moves focus to the summary");
    }

    #[wasm_bindgen_test]
    async fn the_basic_items_are_tick_boxes_with_what_each_is() {
        let root = mount_dc("#/cong-dan-so/thong-tin-co-ban?dd2=co&cb=khai-sinh").await;
        assert_eq!(root.query_selector_all("input[type=checkbox]:not(#helper)").unwrap().length(), 4);
        let ticked: web_sys::HtmlInputElement = find(&root, "#answer-items-khai-sinh").dyn_into().unwrap();
        assert!(ticked.checked(), "the link's answer is ticked");
        assert!(text(&root).contains("chưa đọc được tên 2 loại này"), "the unread items are said to be unread");
    }

    #[wasm_bindgen_test]
    async fn the_result_says_what_is_missing_and_what_each_procedure_costs() {
        let root = mount_dc("#/cong-dan-so/ket-qua?dd2=co&cb=khai-sinh,thanh-toan,y-te&thu-tuc=the-doi,thuong-tru").await;
        let shown = text(&find(&root, ".result"));
        assert!(shown.contains("Bạn chưa đủ điều kiện công dân số"), "{shown}");
        assert!(shown.contains("Tài khoản an sinh xã hội: trên VNeID chọn"), "the missing item and how to add it: {shown}");
        assert!(shown.contains("Còn 88 ngày"), "{shown}");
        assert!(shown.contains("20.000 đ") && shown.contains("25.000 đ"), "in-person fees: {shown}");
    }
}

mod form_helper {
    use super::*;
    use congdanso::content::forms;
    use congdanso::ui::form_helper_flow::FormPrefill;
    use congdanso::ui::link::Query;
    use congdanso::ui::pages::forms::FormPage;
    use congdanso::ui::route::parse_hash;

    #[derive(Properties, PartialEq)]
    struct FormHostProps {
        hash: String,
    }

    #[component]
    fn FormHost(p: &FormHostProps) -> Html {
        let Some(form) = forms::find("khai-sinh") else { return html! { "no form" } };
        html! {
            <ContextProvider<Ctx> context={Ctx { lang: Lang::Vi, today: Date::ymd(2026, 12, 2), shared: Shared::default() }}>
                <FormPage {form} prefill={FormPrefill::read(&parse_hash(&p.hash))} />
            </ContextProvider<Ctx>>
        }
    }

    #[wasm_bindgen_test]
    async fn the_childs_date_arrives_in_words_and_a_failed_check_moves_focus_to_the_summary() {
        let _ = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).map(|s| s.clear());
        let root = mount_with::<FormHost>(FormHostProps { hash: "#/to-khai/khai-sinh?ngay=20/11/2026".into() }).await;
        assert!(text(&find(&root, ".in-words")).contains("Ngày hai mươi tháng mười một"), "{}", text(&root));
        type_into(&root, "#ks-nyc-so", "0010900012").await;
        assert!(text(&find(&root, "#ks-nyc-so-error")).contains("12"), "checked as typed, beside the field");
        press_check(&root).await;
        assert_eq!(focused_id(&root), "error-summary");
        assert!(text(&find(&root, "#error-summary")).contains("Kính gửi(1): Hãy điền mục này."));
    }
}
