//! c4h-web: the Leptos app that is the Code4Health Playground's page.
//!
//! It owns what the learner sees and touches: the editor host, Run and Stop, the output
//! panel, and saving work in the browser. It never runs a learner's script itself: scripts
//! go to the worker (crates/worker) through [`runner::Runner`], and come back as events.
//! The static parts of the page (header, footer, styles) are in www/index.html.

mod api_reference;
mod editor;
mod playground;
mod runner;
mod storage;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let Some(main) = document()
        .get_element_by_id("maincontent")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("the page has no <main id=\"maincontent\">");
        return;
    };
    // Replace the "Loading" message that the static page shows until the app starts.
    main.set_inner_html("");
    leptos::mount::mount_to(main, playground::Playground).forget();
}
