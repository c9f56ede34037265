//! The Yew layer: app shell, hash routing, pages and widgets. Every word comes from [`text`].

pub mod app;
pub mod browser;
pub mod card_flow;
pub mod card_scan;
pub mod device;
pub mod digital_citizen_flow;
pub mod eid_flow;
pub mod event_flow;
pub mod form;
pub mod form_helper_flow;
pub mod guide;
pub mod guide_view;
pub mod hooks;
pub mod ics;
pub mod id_flow;
pub mod link;
pub mod pages;
pub mod plan_flow;
pub mod prerender;
pub mod qr;
pub mod read_aloud;
pub mod report;
pub mod route;
pub mod safety;
pub mod shell;
pub mod tally;
pub mod text;
pub mod widgets;

pub use app::{App, Ctx};

/// Mounts the app on `#app`, after the panic hook that replaces a dead page with a notice.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(browser::on_panic));
    browser::number_history_entry();
    browser::listen_for_wipe();
    browser::finish_pending_wipe();
    match browser::app_root() {
        Some(root) => {
            // The build-time first paint (`ui::prerender`) is replaced, not kept beside the app.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render()
        }
        None => yew::Renderer::<App>::new().render(),
    };
}
