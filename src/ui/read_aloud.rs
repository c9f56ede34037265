//! Đọc to: reads the result around the button aloud with the phone's own voice, for people who
//! see badly or read with difficulty. Offered only where the device has a voice for the language
//! shown (a Vietnamese voice for the Vietnamese page); nothing is sent anywhere.

use yew::prelude::*;

use super::app::use_ctx;
use super::device;
use super::text::card_scan as words;

#[component]
pub fn ReadAloud() -> Html {
    let lang = use_ctx().lang;
    let available = use_state(|| device::can_speak(lang.code()));
    let speaking = use_state(|| false);
    {
        let available = available.clone();
        use_effect_with(lang, move |lang| {
            let code = lang.code();
            available.set(device::can_speak(code));
            let listener = device::listen_to_voices(move || available.set(device::can_speak(code)));
            move || {
                drop(listener);
                // Leaving the page stops the reading.
                device::stop_speaking();
            }
        });
    }
    if !*available {
        return Html::default();
    }
    // Each reading has a number: the end of a reading stopped earlier (its "interrupted" error
    // can arrive late) does not end the one that replaced it.
    let reading = use_mut_ref(|| 0u32);
    let onclick = {
        let speaking = speaking.clone();
        Callback::from(move |e: MouseEvent| {
            let this = {
                let mut n = reading.borrow_mut();
                *n += 1;
                *n
            };
            if *speaking {
                device::stop_speaking();
                speaking.set(false);
                return;
            }
            let Some(button) = e.target_dyn_into::<web_sys::Element>() else { return };
            let lines = device::text_around(&button, &[words::read_aloud(lang), words::stop_reading(lang)]);
            let ended = {
                let (speaking, reading) = (speaking.clone(), reading.clone());
                Callback::from(move |_| {
                    if *reading.borrow() == this {
                        speaking.set(false);
                    }
                })
            };
            speaking.set(true);
            device::speak(&lines, lang.code(), ended);
        })
    };
    html! {
        <p class="read-aloud no-print">
            <button type="button" class="button secondary" {onclick}>
                { if *speaking { words::stop_reading(lang) } else { words::read_aloud(lang) } }
            </button>
        </p>
    }
}
