//! The Yew layer: app shell, hash routing, pages and widgets. All strings come from [`i18n`].

pub mod app;
pub mod browser;
pub mod card_text;
pub mod eid_flow;
pub mod eid_text;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod shell;
pub mod widgets;

pub use app::{App, Ctx};

/// Mounts the app on `<body>`.
pub fn start() {
    browser::register_service_worker();
    yew::Renderer::<App>::new().render();
}
