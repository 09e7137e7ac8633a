//! c4h-web: the Leptos app that is the Code4Health Playground's page.
//!
//! It owns what the learner sees and touches. Pages: the playground (`playground`), the
//! lessons (`lessons`), a shared app alone (`app_view`), switched by `routes`. Pieces they
//! share: the editor and its toolbar (`editor`, `workspace`), the Output panel (`output`),
//! an app's form (`app_form`), sharing and files (`share`, `share_tools`), questions and
//! callouts (`widgets`). Under them: a [`session::Session`] per page, whose run state is
//! the pure `session::machine` and whose worker is [`runner::Runner`]; saving in the
//! browser (`storage`); kiosk mode and embedding (`kiosk`, `embed`), read from the address
//! (`query`). The static parts of the page (header, footer, styles) are in www/index.html.
//!
//! Invariant: it never runs or parses a learner's script. Scripts go to the worker
//! (crates/worker) as c4h-protocol requests and come back as events.

mod api_reference;
mod app_form;
mod app_view;
mod classroom;
mod display;
mod display_page;
mod early;
mod editor;
mod editor_help;
mod embed;
mod examples;
mod i18n;
mod keys;
mod kiosk;
mod lessons;
mod numbers;
mod output;
mod page;
mod parts;
mod playground;
mod query;
mod reveal;
mod routes;
mod runner;
mod session;
mod share;
mod share_tools;
mod storage;
mod watch;
mod widgets;
mod workspace;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use c4h_links::ShareMode;

use crate::parts::part_view;
use crate::playground::Arrival;
use crate::routes::{Pages, route_of};

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
            if c4h_links::is_share_link(&hash) || (showing_app.get() && route_of(&hash).is_some()) {
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
        // The words first: nothing is drawn in a language it cannot show.
        let language_note = i18n::start().await;
        let arrival = share::read_fragment(&hash).await;
        // Take over the early playground, then replace the "Loading" message and the rest
        // of what the static page shows until the app starts.
        let early = early::take_over();
        main.set_inner_html("");
        match arrival {
            Some(Ok(shared)) if shared.mode == ShareMode::App => {
                showing_app.set(true);
                let code = shared.code;
                leptos::mount::mount_to(main, move || {
                    view! {
                        <LanguageNote note=language_note/>
                        {part_view(i18n::t("app-loading"), &["app-view"], app_view::app_view_part(code, hash))}
                    }
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
                        <LanguageNote note=language_note/>
                        {kiosk.map(|kiosk| part_view(String::new(), &["kiosk"], kiosk::kiosk_bar_part(kiosk)))}
                        <Pages arrival=arrival early=early/>
                    }
                })
                .forget();
            }
        }
    });
}

/// Says, in Welsh, that the Welsh words could not be fetched (i18n::start).
#[component]
fn LanguageNote(note: Option<String>) -> impl IntoView {
    note.map(|note| {
        view! {
            <div class="nhsuk-inset-text" lang="cy">
                <p>{note}</p>
            </div>
        }
    })
}
