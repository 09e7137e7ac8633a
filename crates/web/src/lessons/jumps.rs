//! On a phone the lesson is one long column: the task, then the editor, then the checks
//! and the output. A bar that stays at the top of the screen takes the learner to each in
//! one tap. (Buttons, not links: the page's own routes live in the address's `#`.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;

/// The places the bar goes to: (button text, the id of the heading or region there).
fn places() -> [(String, &'static str); 3] {
    [
        (tr!("lesson-jump-task"), "task-heading"),
        (tr!("lesson-jump-code"), "editor-heading"),
        (tr!("lesson-jump-results"), "feedback"),
    ]
}

#[component]
pub fn LessonJumps() -> impl IntoView {
    view! {
        <nav class="c4h-jumps" aria-label=tr!("lesson-jumps")>
            {places()
                .into_iter()
                .map(|(text, id)| view! {
                    <button type="button" class="c4h-jumps__button" on:click=move |_| go_to(id)>
                        {text}
                    </button>
                })
                .collect_view()}
        </nav>
    }
}

/// Scrolls to the element with `id` and moves the focus there, so the next Tab or swipe
/// carries on from it.
fn go_to(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    let _ = element.focus();
}
