//! The few places the app touches the browser: clock, location hash, storage, document.
//! Every call tolerates failure (private mode storage, missing window): the app keeps working.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::law::date::Date;

use super::text::Lang;

const LANG_KEY: &str = "congdanso.lang";
/// The staff team's tally (counts only; kept by "next person").
pub const TALLY_KEY: &str = "congdanso.tally";

/// The person left the prerendered home page before the app started (index.html's first script
/// marks `<html class="moved">`): the app's first page is then a navigation, and its heading takes
/// the focus as after any other.
pub fn moved_before_start() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("class"))
        .is_some_and(|class| class.split_whitespace().any(|c| c == "moved"))
}

/// Today's date on this device (local time).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, (now.get_month() + 1) as u8, now.get_date() as u8).unwrap_or(Date::ymd(2026, 1, 1))
}

/// Navigates within the app (adds a history entry, so Back returns to the previous answers).
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// This page's address without its fragment (`http://127.0.0.1:8080/`), for links handed over.
pub fn page_address() -> String {
    web_sys::window().and_then(|w| Some(format!("{}{}", w.location().origin().ok()?, w.location().pathname().ok()?))).unwrap_or_default()
}

pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// What this tab keeps under `key` (gone when the tab closes, and on "next person").
pub fn session_stored(key: &str) -> Option<String> {
    session()?.get_item(key).ok()?
}

pub fn session_store(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// Removes what is stored under `key`.
pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

thread_local! {
    /// The number of the history entry shown (see `number_history_entry`).
    static ENTRY: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Where "next person" returns once it has gone back to this tab's first entry.
const WIPE_KEY: &str = "congdanso.wipe-to";

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Numbers each history entry the app makes in this tab (1, 2, …, kept in the entry's state),
/// so that "next person" can go back to the first one and drop every later one.
pub fn number_history_entry() {
    let Some(h) = history() else { return };
    match h.state().ok().and_then(|s| s.as_f64()) {
        Some(n) => ENTRY.set(n as u32),
        None => {
            let n = ENTRY.get() + 1;
            let _ = h.replace_state(&f64::from(n).into(), "");
            ENTRY.set(n);
        }
    }
}

/// "Next person": removes everything this app keeps on the device about the person helped (every
/// `congdanso.*` key but the language and the team's tally, which holds counts only; the whole
/// session storage), then leaves this tab's history with `home` only: it goes back to the app's
/// first entry in this tab and replaces it, which drops every later entry (the pages that carried
/// the person's answers in their links).
pub fn forget_person(home: &str) {
    if let Some(s) = storage() {
        let keys: Vec<String> = (0..s.length().unwrap_or(0)).filter_map(|i| s.key(i).ok().flatten()).collect();
        for key in keys.iter().filter(|k| k.starts_with("congdanso.") && k.as_str() != LANG_KEY && k.as_str() != TALLY_KEY) {
            let _ = s.remove_item(key);
        }
    }
    if let Some(session) = session() {
        let _ = session.clear();
    }
    // What "copy the link" put on the clipboard goes too (where the browser lets the page write it).
    copy_text("");
    let back = ENTRY.get().saturating_sub(1);
    match history() {
        Some(h) if back > 0 => {
            session_store(WIPE_KEY, home);
            let _ = h.go_with_delta(-(back as i32));
            // Where the walk back does not arrive (an entry the browser dropped), finish here.
            yew::platform::spawn_local(async {
                yew::platform::time::sleep(std::time::Duration::from_millis(800)).await;
                finish_pending_wipe();
            });
        }
        _ => finish_wipe(home),
    }
}

/// Finishes a "next person" that has not finished (the walk back reloaded the page, or did not
/// arrive): called at start, on arriving back, and after a delay.
pub fn finish_pending_wipe() {
    if let Some(home) = session_stored(WIPE_KEY) {
        if let Some(session) = session() {
            let _ = session.remove_item(WIPE_KEY);
        }
        finish_wipe(&home);
    }
}

/// Arrived back at the first entry: it becomes `home`, and a new `home` entry after it drops every
/// later one; the app is told the location changed.
fn finish_wipe(home: &str) {
    let (Some(h), Some(w)) = (history(), web_sys::window()) else { return };
    let _ = h.replace_state_with_url(&1.0.into(), "", Some(home));
    let _ = h.push_state_with_url(&2.0.into(), "", Some(home));
    ENTRY.set(2);
    if let Ok(event) = web_sys::Event::new("hashchange") {
        let _ = w.dispatch_event(&event);
    }
}

/// Listens for the end of the history walk "next person" starts (registered once at start).
pub fn listen_for_wipe() {
    let Some(w) = web_sys::window() else { return };
    let closure = Closure::<dyn Fn()>::new(finish_pending_wipe);
    let _ = w.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    // Lives as long as the page.
    closure.forget();
}

/// Puts `text` on the clipboard; false where the browser offers no clipboard (the page then asks
/// to copy by hand from the box beside the button).
pub fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let clipboard = w.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    let _ = clipboard.write_text(text);
    true
}

/// Whether the browser has a share sheet (`navigator.share`, phones mostly).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::get(&w.navigator(), &"share".into()).is_ok_and(|f| f.is_function()))
}

/// Opens the phone's share sheet with this link (Zalo, Messenger, SMS…); nothing happens where
/// there is none (the page then offers "copy the link").
pub fn share(title: &str, url: &str) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return };
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()) else { return };
    let Ok(share) = share.dyn_into::<js_sys::Function>() else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    // The promise rejects when the person closes the sheet: nothing to do then.
    if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        let ignore = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        // One tiny closure per share pressed, kept for the promise that may call it later.
        ignore.forget();
    }
}

/// Asks the person to confirm (the browser's own dialog); false where it cannot ask.
pub fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

pub fn stored_lang() -> Option<Lang> {
    stored(LANG_KEY).as_deref().and_then(Lang::from_code)
}

pub fn store_lang(lang: Lang) {
    store(LANG_KEY, lang.code());
}

pub fn set_document_lang_and_title(lang: Lang, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        // Only when it changes: setting `lang` on <html> makes the browser restyle the whole page.
        if let Some(root) = doc.document_element().filter(|r| r.get_attribute("lang").as_deref() != Some(lang.code())) {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(title);
    }
}

/// Opens the browser's print dialog (the print stylesheet lays the page out on A4).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// After a navigation, moves focus to the new page's heading, unless the page itself already moved
/// it to something inside `<main>` (the sources page focuses the row a link asked for).
pub fn focus_page_title() {
    let focused_in_main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.active_element()?, d.get_element_by_id("main")?)))
        .is_some_and(|(active, main)| active != main && main.contains(Some(&active)));
    if !focused_in_main {
        focus_id("page-title");
    }
}

/// Moves keyboard and screen-reader focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Keeps an event listener alive; removes it when dropped. Nothing happens where there is no
/// target (no window, a browser without the API).
pub struct Listener {
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    closure: Closure<dyn Fn()>,
}

impl Listener {
    pub fn new(target: Option<web_sys::EventTarget>, event: &'static str, on_event: impl Fn() + 'static) -> Listener {
        let closure = Closure::<dyn Fn()>::new(on_event);
        if let Some(t) = &target {
            let _ = t.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
        Listener { target, event, closure }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(t) = &self.target {
            let _ = t.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
        }
    }
}

/// Listens for the location's fragment changing (`hashchange`), with the new fragment.
pub fn listen_to_hash(on_change: impl Fn(String) + 'static) -> Listener {
    Listener::new(web_sys::window().map(Into::into), "hashchange", move || {
        number_history_entry();
        on_change(current_hash())
    })
}

/// The element the app renders into (index.html `#app`); `<body>` where it is missing.
pub fn app_root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    doc.get_element_by_id("app").or_else(|| doc.body().map(Into::into))
}

/// The panic hook. With `panic = "abort"` the app cannot run again after a panic, so instead of a
/// page that silently ignores every tap it shows the static notice kept in index.html (`#crash`,
/// both languages, a reload button that keeps the link). The console gets where it happened,
/// never the panic's message: that may quote what the person typed.
pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
    web_sys::console::error_1(&format!("Sổ tay Công dân số stopped{place}").into());
    show_crash_notice();
}

fn show_crash_notice() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(notice) = doc.get_element_by_id("crash") else { return };
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
    let _ = notice.remove_attribute("hidden");
    focus_id("crash-reload");
}

/// Panics on purpose, so the end-to-end test can check what a person sees when the app stops
/// (tests/e2e/robust.test.mjs). Reachable only from script: `wasm.self_test_panic()`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn self_test_panic() {
    panic!("self-test: the crash notice");
}

/// Staff mode's tally: one more `activity` today, by this device's clock (not the as-of date of
/// a link: the tally is about the day the help was given).
pub fn tally(activity: super::tally::Activity) {
    let mut t = super::tally::Tally::parse(&stored(TALLY_KEY).unwrap_or_default());
    t.add(today(), activity, 1);
    store(TALLY_KEY, &t.serialize());
}

/// One more `activity` today, once per person helped (this tab remembers it until "next person").
pub fn tally_once(activity: super::tally::Activity) {
    const COUNTED: &str = "congdanso.counted";
    let counted = session_stored(COUNTED).unwrap_or_default();
    if !counted.split(',').any(|c| c == activity.code()) {
        tally(activity);
        session_store(COUNTED, &format!("{counted},{}", activity.code()));
    }
}
