//! The root component: language, today's date, the current route.

use yew::prelude::*;

use crate::law::date::Date;

use super::browser;
use super::digital_citizen_flow::DcDraft;
use super::eid_flow::EidDraft;
use super::form_helper_flow::FormPrefill;
use super::id_flow::IdDraft;
use super::link::{self, Params, Query, Shared};
use super::pages::card::{CardPage, Draft};
use super::pages::digital_citizen::DigitalCitizenPage;
use super::pages::eid::EidPage;
use super::pages::events::{EventDraft, EventList, EventPage};
use super::pages::forms::{FormList, FormPage};
use super::pages::plan::PlanPage;
use super::pages::report::ReportPage;
use super::pages::services::{ServiceList, ServicePage};
use super::pages::tally::TallyPage;
use super::pages::{home::Home, id_number::IdNumberPage, not_found::NotFound, sources::SourcesPage};
use super::plan_flow::PlanDraft;
use super::report::Category;
use super::route::{parse_hash, Route};
use super::shell::{Footer, HandOff, Header, StaffBanner};
use super::text::{t, Lang, T};

/// What every page reads: the language, the date the rules are applied on, and the state every
/// link carries.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Ctx {
    pub lang: Lang,
    /// The as-of date: today on this device, or `as_of=YYYY-MM-DD` from the link.
    pub today: Date,
    /// What every in-app link carries (`as_of` when it came from the link).
    pub shared: Shared,
}

impl Ctx {
    /// `today` came from the link (shown on results).
    pub fn today_from_link(&self) -> bool {
        self.shared.as_of.is_some()
    }

    /// The link to `route` with `params`, carrying the shared state. The only way pages make links.
    pub fn href(&self, route: &Route, params: Params) -> String {
        link::href(route, params, self.shared)
    }

    /// The link to `route`, with no answers of its own.
    pub fn link_to(&self, route: &Route) -> String {
        self.href(route, Params::new())
    }
}

/// The app context; outside the app (a component mounted alone) Vietnamese and today.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| Ctx { lang: Lang::Vi, today: browser::today(), shared: Shared::default() })
}

/// The name of the page at `route`, as its tab title and the "opening" line before the app starts
/// name it; `None` on the home page (the app's own name) and for an item not in the catalog.
pub fn page_name(lang: Lang, route: &Route, staff: bool) -> Option<String> {
    Some(match route {
        Route::Home => return None,
        Route::IdNumber => t(lang, T::IdCheckTitle).to_string(),
        Route::CardExpiry => t(lang, T::CardTitle).to_string(),
        Route::Eid(_) => t(lang, T::EidTitle).to_string(),
        Route::DigitalCitizen(_) => t(lang, T::DcTitle).to_string(),
        Route::Services => t(lang, T::ServicesTitle).to_string(),
        Route::Events => t(lang, T::EventsTitle).to_string(),
        Route::Sources => t(lang, T::SourcesTitle).to_string(),
        Route::Forms => t(lang, T::FormsTitle).to_string(),
        Route::Tally => t(lang, T::TallyTitle).to_string(),
        Route::Report => super::text::report::title(lang),
        Route::Plan => super::text::plan::title(lang, staff),
        Route::Form(slug) => lang.pick(crate::content::forms::find(slug)?.name).to_string(),
        Route::Event(slug) => lang.pick(crate::content::events::LifeEvent::from_slug(slug)?.name()).to_string(),
        Route::Service(id) => lang.pick(crate::content::services::find(id)?.name).to_string(),
        Route::NotFound => return None,
    })
}

fn page_title(lang: Lang, route: &Route, staff: bool) -> String {
    match (route, page_name(lang, route, staff)) {
        (Route::Home, _) => t(lang, T::AppName).to_string(),
        (_, Some(name)) => format!("{name} – {}", t(lang, T::AppName)),
        (_, None) => format!("{} – {}", t(lang, T::NotFoundTitle), t(lang, T::AppName)),
    }
}

#[component]
pub fn App() -> Html {
    let hash = use_state(browser::current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = browser::listen_to_hash(move |h| hash.set(h));
            move || drop(listener)
        });
    }
    let lang = use_state(|| browser::stored_lang().unwrap_or(Lang::Vi));
    let location = parse_hash(&hash);
    let route = location.route.clone();
    let shared = Shared::read(&location);

    {
        let title = page_title(*lang, &route, shared.staff);
        use_effect_with((*lang, title), |(lang, title)| {
            browser::set_document_lang_and_title(*lang, title);
            browser::store_lang(*lang);
        });
    }
    // After a navigation (not on first load), move focus to the new page's heading so screen
    // readers announce it, as a full page load would. A tap on the prerendered home page that
    // started the app is such a navigation.
    let first_render = use_mut_ref(|| !browser::moved_before_start());
    use_effect_with((*hash).clone(), move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            browser::focus_page_title();
        }
    });

    let ctx = Ctx { lang: *lang, today: shared.as_of.unwrap_or_else(browser::today), shared };
    // A value that cannot be read is named in a notice; every other answer is kept.
    let unreadable = location.unreadable();
    let as_of_invalid = unreadable.contains(&link::AS_OF.key);
    let others_unreadable: Vec<&str> = unreadable.into_iter().filter(|k| *k != link::AS_OF.key).collect();
    // A stable callback, so the header does not re-render on every navigation.
    let on_lang = use_callback(lang.setter(), |l: Lang, setter| setter.set(l));
    let page = match route {
        Route::Home => html! { <Home /> },
        Route::IdNumber => html! {
            <IdNumberPage key={(*hash).clone()}
                number={IdDraft::read(&location).number}
                birth_date={IdDraft::read(&location).birth_date} />
        },
        Route::CardExpiry => html! { <CardPage key={(*hash).clone()} draft={Draft::read(&location)} /> },
        // In staff mode every tool speaks of the person helped.
        Route::Eid(step) => {
            html! { <EidPage key={(*hash).clone()} {step} draft={EidDraft { helper: EidDraft::read(&location).helper || shared.staff, ..EidDraft::read(&location) }} /> }
        }
        Route::DigitalCitizen(step) => {
            html! { <DigitalCitizenPage key={(*hash).clone()} {step} draft={DcDraft { helper: DcDraft::read(&location).helper || shared.staff, ..DcDraft::read(&location) }} /> }
        }
        Route::Services => html! { <ServiceList key={(*hash).clone()} query={location.text(&link::SEARCH).to_string()} /> },
        Route::Service(id) => html! { <ServicePage key={(*hash).clone()} {id} /> },
        Route::Events => html! { <EventList /> },
        Route::Sources => html! { <SourcesPage key={(*hash).clone()} focus={location.text(&link::SOURCE).to_string()} /> },
        Route::Forms => html! { <FormList /> },
        Route::Tally => html! { <TallyPage /> },
        Route::Report => html! {
            <ReportPage key={(*hash).clone()} page={location.text(&link::REPORT_PAGE).to_string()}
                category={location.choice(&link::REPORT_CATEGORY).and_then(Category::from_code)} />
        },
        Route::Plan => html! { <PlanPage key={(*hash).clone()} draft={PlanDraft::read(&location)} /> },
        Route::Form(slug) => match crate::content::forms::find(&slug) {
            Some(form) => {
                html! { <FormPage key={(*hash).clone()} {form} prefill={FormPrefill { helper: FormPrefill::read(&location).helper || shared.staff, ..FormPrefill::read(&location) }} /> }
            }
            None => html! { <NotFound /> },
        },
        Route::Event(slug) => html! { <EventPage key={(*hash).clone()} {slug} draft={EventDraft::read(&location)} /> },
        Route::NotFound => html! { <NotFound /> },
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <Header on_lang={on_lang} />
            <main id="main" tabindex="-1">
                if as_of_invalid { <p class="banner" role="status">{ t(*lang, T::AsOfInvalid) }</p> }
                if !others_unreadable.is_empty() {
                    <p class="banner" role="status">{ format!("{} {}", t(*lang, T::LinkPartUnreadable), others_unreadable.join(", ")) }</p>
                }
                if shared.staff { <StaffBanner /> }
                { page }
                if shared.staff && !matches!(location.route, Route::Home | Route::Tally | Route::NotFound | Route::Report) { <HandOff key={(*hash).clone()} hash={(*hash).clone()} /> }
                if !matches!(location.route, Route::Home | Route::NotFound | Route::Report | Route::Tally) {
                    <p class="report-link no-print"><a href={link::href(&Route::Report, Params::new().text(&link::REPORT_PAGE, &link::hand_off(&hash)), shared)}>{ super::text::report::link(*lang) }</a></p>
                }
            </main>
            <Footer />
        </ContextProvider<Ctx>>
    }
}
