//! Header (app name, language switch), footer (not official, privacy, official channels).

use yew::prelude::*;

use super::app::use_ctx;
use super::browser;
use super::link::{self, Params, Shared};
use super::route::Route;
use super::safety::SafetyWarnings;
use super::tally::Activity;
use super::text::{t, Lang, T};
use super::widgets::QrImage;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_lang: Callback<Lang>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // The skip link focuses <main> itself: an href="#main" would be read as a route.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_id("main");
    });
    let choice = |l: Lang, label: &'static str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button type="button" class="lang-choice" lang={l.code()} aria-pressed={(lang == l).to_string()}
                onclick={Callback::from(move |_| on_lang.emit(l))}>{ label }</button>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip}>{ t(lang, T::SkipToContent) }</a>
            <div class="header-row">
                <a class="brand" href={ctx.link_to(&Route::Home)}>
                    <svg class="brand-mark" aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
                        <rect x="2" y="5" width="20" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
                        <circle cx="8" cy="12" r="2.5" fill="currentColor" />
                        <path d="M13 10h6M13 14h4" stroke="currentColor" stroke-width="2" />
                    </svg>
                    { t(lang, T::AppName) }
                </a>
                <div class="lang-switch" role="group" aria-label={t(lang, T::LanguageLabel)}>
                    { choice(Lang::Vi, "Tiếng Việt") }
                    { choice(Lang::En, "English") }
                </div>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <footer class="site-footer">
            <p class="not-official">{ t(lang, T::NotOfficial) }</p>
            <p class="privacy">
                <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                    <path d="M6 11V8a6 6 0 0 1 12 0v3M5 11h14v10H5z" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
                { t(lang, T::Privacy) }
            </p>
            <h2 class="footer-heading">{ t(lang, T::OfficialChannels) }</h2>
            <ul class="official-links">
                <li><a href="https://vneid.gov.vn" rel="noopener noreferrer">{ t(lang, T::VneidLink) }{ " – vneid.gov.vn" }</a></li>
                <li><a href="https://dichvucong.gov.vn" rel="noopener noreferrer">{ t(lang, T::PortalLink) }{ " – dichvucong.gov.vn" }</a></li>
            </ul>
            <p><a href={ctx.link_to(&Route::Sources)}>{ t(lang, T::SourcesTitle) }</a></p>
            if !ctx.shared.staff {
                <p><a href={link::href(&Route::Home, Params::new(), Shared { staff: true, ..ctx.shared })}>{ t(lang, T::StaffOn) }</a></p>
            }
        </footer>
    }
}

/// Staff mode's banner on every page: it says the mode is on, and "next person" removes
/// everything this device keeps about the person helped (after a confirm), keeping staff mode.
#[component]
pub fn StaffBanner() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let home = link::href(&Route::Home, Params::new(), ctx.shared);
    let next = Callback::from(move |_: MouseEvent| {
        if browser::confirm(t(lang, T::NextPersonConfirm)) {
            browser::tally(Activity::PersonHelped);
            browser::forget_person(&home);
        }
    });
    html! {
        <div class="staff-banner no-print" role="region" aria-label={t(lang, T::StaffBannerLabel)}>
            <p>{ t(lang, T::StaffBanner) }</p>
            <p>
                <button type="button" class="button" onclick={next}>{ t(lang, T::NextPerson) }</button>
                { " " }
                <a href={ctx.link_to(&Route::Tally)}>{ t(lang, T::TallyTitle) }</a>
                { " · " }
                <a href={link::href(&Route::Home, Params::new(), Shared { staff: false, ..ctx.shared })}>{ t(lang, T::StaffOff) }</a>
            </p>
            <SafetyWarnings folded=true />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct HandOffProps {
    /// The current location's fragment.
    pub hash: AttrValue,
}

/// Staff mode: this page handed to the person's own phone as a QR code drawn on the device (and
/// as a link to copy), without staff mode and without the ID number.
#[component]
pub fn HandOff(p: &HandOffProps) -> Html {
    let lang = use_ctx().lang;
    let address = format!("{}{}", browser::page_address(), link::hand_off(&p.hash));
    let copied = use_state(|| None::<bool>);
    let copy = {
        let (address, copied) = (address.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(Some(browser::copy_text(&address))))
    };
    let share = {
        let address = address.clone();
        Callback::from(move |_: MouseEvent| browser::share(t(lang, T::AppName), &address))
    };
    html! {
        <section class="hand-off" aria-labelledby="hand-off-title">
            <h2 id="hand-off-title">{ t(lang, T::HandOffTitle) }</h2>
            <p class="hint">{ t(lang, T::HandOffHint) }</p>
            <QrImage text={address.clone()} label={t(lang, T::HandOffQr)} />
            <p><label for="hand-off-link">{ t(lang, T::HandOffLink) }</label>
                <input id="hand-off-link" type="text" readonly=true value={address.clone()} /></p>
            if browser::can_share() {
                <p><button type="button" class="button" onclick={share}>{ t(lang, T::ShareLink) }</button></p>
            }
            <p><button type="button" class="button secondary" onclick={copy}>{ t(lang, T::CopyLink) }</button>
                <span role="status">{ match *copied { Some(true) => t(lang, T::LinkCopied), Some(false) => t(lang, T::CopyByHand), None => "" } }</span></p>
        </section>
    }
}
