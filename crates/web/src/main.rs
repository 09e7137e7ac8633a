//! c4h-web: the Leptos app that is the Code4Health Playground's page.
//!
//! It owns what the learner sees and touches: the editor host, Run and Stop, the Output
//! panel with tables, charts and an app's form, sharing by link, files, and saving work in
//! the browser. It never runs a learner's script itself: scripts go to the worker
//! (crates/worker) through [`runner::Runner`], and come back as events that a
//! [`session::Session`] keeps. The static parts of the page (header, footer, styles) are in
//! www/index.html.

mod api_reference;
mod app_form;
mod app_view;
mod editor;
mod embed;
mod examples;
mod kiosk;
mod lessons_data;
mod lessons_view;
mod output;
mod playground;
mod runner;
mod session;
mod share;
mod storage;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::playground::Arrival;
use crate::share::ShareMode;

fn main() {
    console_error_panic_hook::set_once();
    let Some(main) = document()
        .get_element_by_id("maincontent")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("the page has no <main id=\"maincontent\">");
        return;
    };
    // A share link pasted into this tab's address bar changes only the fragment, which
    // does not reload the page: reload, so it opens like any link. So does leaving the app
    // view for a page (the header's links): the app view stands outside the page router.
    let showing_app = std::rc::Rc::new(std::cell::Cell::new(false));
    let on_hash_change = {
        let showing_app = std::rc::Rc::clone(&showing_app);
        window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            if hash.starts_with("#share=") || (showing_app.get() && route_of(&hash).is_some()) {
                let _ = window().location().reload();
            }
        })
    };
    std::mem::forget(on_hash_change);

    if let Some(embedded) = embed::current() {
        embed::start(embedded);
    }
    let hash = window().location().hash().unwrap_or_default();
    // Leptos sets up its task executor when it mounts, which is after this.
    wasm_bindgen_futures::spawn_local(async move {
        let arrival = share::read_fragment(&hash).await;
        // Replace the "Loading" message that the static page shows until the app starts.
        main.set_inner_html("");
        match arrival {
            Some(Ok(shared)) if shared.mode == ShareMode::App => {
                showing_app.set(true);
                let code = shared.code;
                leptos::mount::mount_to(main, move || {
                    view! { <app_view::AppView code=code fragment=hash/> }
                })
                .forget();
            }
            other => {
                let arrival = match other {
                    None => Arrival::Plain,
                    Some(Ok(shared)) => Arrival::SharedCode(shared.code),
                    Some(Err(problem)) => Arrival::BrokenLink(problem),
                };
                let kiosk = kiosk::current();
                leptos::mount::mount_to(main, move || {
                    view! {
                        {kiosk.map(|kiosk| view! { <kiosk::KioskBar kiosk=kiosk/> })}
                        <Pages arrival=arrival/>
                    }
                })
                .forget();
            }
        }
    });
}

/// Which page the address shows: `#/` (or no route) the playground, `#/lessons` the
/// lesson list, `#/lessons/<id>` a lesson.
#[derive(Debug, Clone, PartialEq)]
enum Route {
    Playground,
    Lessons,
    Lesson(String),
}

/// The route in `hash`, or `None` for a fragment that is not a route (such as the skip
/// link's `#maincontent`), which leaves the page as it is.
fn route_of(hash: &str) -> Option<Route> {
    let path = hash.strip_prefix("#/")?;
    Some(match path.trim_end_matches('/') {
        "lessons" => Route::Lessons,
        lesson if lesson.starts_with("lessons/") => {
            Route::Lesson(lesson["lessons/".len()..].to_owned())
        }
        _ => Route::Playground,
    })
}

/// The pages, switched by the address's fragment without reloading.
#[component]
fn Pages(arrival: Arrival) -> impl IntoView {
    let route = RwSignal::new(
        route_of(&window().location().hash().unwrap_or_default()).unwrap_or(Route::Playground),
    );
    // Only the first playground shows what the page arrived with (a shared link's code).
    let arrival = StoredValue::new(Some(arrival));
    let on_hash_change = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(next) = route_of(&hash)
            && next != route.get_untracked()
        {
            route.set(next);
            // A new page: start at its top, with the focus where a screen reader expects.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = document().get_element_by_id("maincontent")
                && let Ok(main) = main.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = main.focus();
            }
        }
    });
    on_cleanup(move || on_hash_change.remove());
    move || match route.get() {
        Route::Playground => {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title("Code4Health Playground");
            }
            let arrival = arrival
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or(Arrival::Plain);
            view! { <playground::Playground arrival=arrival/> }.into_any()
        }
        Route::Lessons => {
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title("Lessons – Code4Health Playground");
            }
            lessons_view::with_curriculum(lessons_view::lesson_list).into_any()
        }
        Route::Lesson(id) => lessons_view::with_curriculum(move |curriculum| {
            lessons_view::lesson_page(curriculum, id.clone())
        })
        .into_any(),
    }
}
