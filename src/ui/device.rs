//! What the phone can do beyond the page: read a QR code in a photo, and speak with a voice of the
//! language shown. Both are looked up at run time (`Reflect`), so a browser without them simply
//! does not offer them; nothing here reaches a server.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use super::browser::Listener;

/// The QR reader (`assets/scan.js`) is loaded the first time a photo is read, not with the app:
/// the first load does not carry it. It uses the browser's barcode detector where there is one,
/// otherwise jsQR (`jsQR.js`, loaded by it). Both files are same-origin and precached.
const SCAN_SCRIPT: &str = "scan.js";
const SCAN_GLOBAL: &str = "congdansoScan";

/// The photo chosen in a file input (`<input type=file>`), if any.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<JsValue> {
    let files = js_sys::Reflect::get(input, &"files".into()).ok()?;
    let file = js_sys::Reflect::get(&files, &0.into()).ok()?;
    (!file.is_undefined() && !file.is_null()).then_some(file)
}

/// Why a photo could not be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PhotoError {
    /// The photo cannot be opened as an image.
    Photo,
    /// The reader could not be loaded (offline before the first scan): another photo will not help.
    Reader,
}

/// Reads the QR code in `file`: `Ok(Some(text))`, `Ok(None)` when the photo has no readable code.
pub fn decode_qr_photo(file: JsValue, done: Callback<Result<Option<String>, PhotoError>>) {
    let Some(window) = web_sys::window() else {
        done.emit(Err(PhotoError::Reader));
        return;
    };
    let loaded = js_sys::Reflect::get(&window, &SCAN_GLOBAL.into()).is_ok_and(|v| v.is_object());
    if loaded {
        run_decode(&window, file, done);
        return;
    }
    let Some(document) = window.document() else {
        done.emit(Err(PhotoError::Reader));
        return;
    };
    let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) else {
        done.emit(Err(PhotoError::Reader));
        return;
    };
    let _ = script.set_attribute("src", SCAN_SCRIPT);
    let on_load = {
        let (done, window) = (done.clone(), window.clone());
        Closure::once_into_js(move || run_decode(&window, file, done))
    };
    let on_error = Closure::once_into_js(move || {
        // A failed load is retried next time.
        if let Some(s) = document.query_selector(&format!("script[src='{SCAN_SCRIPT}']")).ok().flatten() {
            s.remove();
        }
        done.emit(Err(PhotoError::Reader));
    });
    let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
    let _ = body.append_child(&script);
}

fn run_decode(window: &web_sys::Window, file: JsValue, done: Callback<Result<Option<String>, PhotoError>>) {
    let scan = js_sys::Reflect::get(window, &SCAN_GLOBAL.into()).unwrap_or(JsValue::UNDEFINED);
    let decode = js_sys::Reflect::get(&scan, &"decode".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = decode.and_then(|f| f.call1(&scan, &file).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        done.emit(Err(PhotoError::Reader));
        return;
    };
    let ok = {
        let done = done.clone();
        Closure::once(move |text: JsValue| done.emit(Ok(text.as_string()))).into_js_value()
    };
    let failed = Closure::once(move |e: JsValue| {
        let reader = js_sys::Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()).is_some_and(|m| m == "reader");
        done.emit(Err(if reader { PhotoError::Reader } else { PhotoError::Photo }));
    })
    .into_js_value();
    // `then` called as a plain function: both callbacks are collected with the promise.
    if let Some(then) = js_sys::Reflect::get(&promise, &"then".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = then.call2(&promise, &ok, &failed);
    }
}

thread_local! {
    /// The utterances being read, kept until the next reading or a stop.
    static QUEUED: std::cell::RefCell<Option<js_sys::Array>> = const { std::cell::RefCell::new(None) };
}

fn synthesis() -> Option<JsValue> {
    let window = web_sys::window()?;
    let s = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    s.is_object().then_some(s)
}

/// The device's first voice for `lang` (`vi`, `en`) that runs on the device (`localService`): a
/// network voice would send the text read (an ID number, a result) to a server.
fn voice_for(lang: &str) -> Option<JsValue> {
    let s = synthesis()?;
    let get = js_sys::Reflect::get(&s, &"getVoices".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let voices: js_sys::Array = get.call0(&s).ok()?.dyn_into().ok()?;
    voices.iter().find(|v| {
        let local = js_sys::Reflect::get(v, &"localService".into()).ok().and_then(|l| l.as_bool()).unwrap_or(false);
        local
            && js_sys::Reflect::get(v, &"lang".into()).ok().and_then(|l| l.as_string()).is_some_and(|l| {
                let l = l.to_ascii_lowercase().replace('_', "-");
                l == lang || l.starts_with(&format!("{lang}-"))
            })
    })
}

/// Whether the device can read aloud in `lang`.
pub fn can_speak(lang: &str) -> bool {
    voice_for(lang).is_some()
}

/// Listens for the device's voices arriving (they load after the page in some browsers); the
/// listening stops when the value is dropped.
pub fn listen_to_voices(on_change: impl Fn() + 'static) -> Listener {
    Listener::new(synthesis().map(|s| s.unchecked_into::<web_sys::EventTarget>()), "voiceschanged", on_change)
}

/// Speaks `lines` one after the other with the device's voice for `lang`, a little slower than
/// usual; `done` is called after the last (or at once when nothing can be spoken).
pub fn speak(lines: &[String], lang: &str, done: Callback<()>) {
    let (Some(s), Some(voice), Some(window)) = (synthesis(), voice_for(lang), web_sys::window()) else {
        done.emit(());
        return;
    };
    stop_speaking();
    let Some(make) = js_sys::Reflect::get(&window, &"SpeechSynthesisUtterance".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        done.emit(());
        return;
    };
    let Some(say) = js_sys::Reflect::get(&s, &"speak".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        done.emit(());
        return;
    };
    let voice_lang = js_sys::Reflect::get(&voice, &"lang".into()).unwrap_or_else(|_| lang.into());
    let count = lines.len();
    // Kept referenced while queued: a browser may drop the end event of an utterance nothing holds.
    let queued = js_sys::Array::new();
    for (i, line) in lines.iter().enumerate() {
        let Ok(utterance) = js_sys::Reflect::construct(&make, &js_sys::Array::of1(&line.as_str().into())) else { continue };
        let _ = js_sys::Reflect::set(&utterance, &"voice".into(), &voice);
        let _ = js_sys::Reflect::set(&utterance, &"lang".into(), &voice_lang);
        let _ = js_sys::Reflect::set(&utterance, &"rate".into(), &0.9.into());
        if i + 1 == count {
            // Ended or interrupted (stop, leaving the page): either way the reading is over.
            let finished = {
                let done = done.clone();
                Closure::<dyn FnMut()>::new(move || done.emit(())).into_js_value()
            };
            let _ = js_sys::Reflect::set(&utterance, &"onend".into(), &finished);
            let _ = js_sys::Reflect::set(&utterance, &"onerror".into(), &finished);
        }
        queued.push(&utterance);
        let _ = say.call1(&s, &utterance);
    }
    QUEUED.with(|q| *q.borrow_mut() = Some(queued));
    if count == 0 {
        done.emit(());
    }
}

/// Stops any reading.
pub fn stop_speaking() {
    QUEUED.with(|q| *q.borrow_mut() = None);
    if let Some(s) = synthesis() {
        if let Some(cancel) = js_sys::Reflect::get(&s, &"cancel".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = cancel.call0(&s);
        }
    }
}

/// The text shown in the nearest result or read-aloud scope around `from`, line by line, without
/// its controls (buttons, links back, the scanner, what is not printed: `.reading-aloud` in
/// styles/components.css hides them while the text is taken, within one task, so nothing flickers)
/// and without the lines in `skip` (the button's own words).
pub fn text_around(from: &web_sys::Element, skip: &[String]) -> Vec<String> {
    let Some(scope) = from.closest(".result, .read-scope").ok().flatten() else { return Vec::new() };
    let Ok(scope) = scope.dyn_into::<web_sys::HtmlElement>() else { return Vec::new() };
    let classes = scope.class_name();
    scope.set_class_name(&format!("{classes} reading-aloud"));
    let text = scope.inner_text();
    scope.set_class_name(&classes);
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !skip.iter().any(|s| s == l)).map(str::to_string).collect()
}
