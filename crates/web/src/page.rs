//! The page as a whole: its title, its address, and moving to a new page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;

/// Sets the browser's title for a page, in the learner's language: "Lessons –
/// Code4Health Playground" (`page-title`), or the product's name alone for `None` (the
/// playground). `page` is already in the learner's language.
pub fn set_title(page: Option<&str>) {
    let title = match page {
        Some(page) => tr!("page-title", page = page),
        None => tr!("shell-product"),
    };
    document().set_title(&title);
}

/// A new page has been shown: start at its top, with the focus on `<main>`, where a
/// screen reader expects it.
pub fn arrive_at_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(main) = document().get_element_by_id("maincontent")
        && let Ok(main) = main.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = main.focus();
    }
}

/// This page's address without its fragment: where a share link points.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// Takes the fragment off the address without reloading, so a reload does not re-open a
/// link that has been dealt with.
pub fn forget_fragment() {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}
