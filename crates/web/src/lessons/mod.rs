//! The lessons, as the learner sees them: the list grouped by unit with progress
//! ([`list`]), and a lesson page ([`page`]) with its checklist ([`checklist`]) and hints
//! ([`hints`]). The curriculum and the learner's progress are [`data`]'s.

mod checklist;
pub mod data;
mod hints;
mod list;
mod page;

use std::rc::Rc;

use c4h_lessons::Curriculum;
use leptos::prelude::*;

pub use list::lesson_list;
pub use page::lesson_page;

use crate::widgets::Callout;
use data::fetch_curriculum;

/// The address of a lesson's page.
pub fn lesson_href(id: &str) -> String {
    format!("#/lessons/{id}")
}

/// Loads the curriculum, then shows `page` with it (or a message while loading, or why it
/// could not load).
pub fn with_curriculum(
    page: impl Fn(Rc<Curriculum>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let curriculum = LocalResource::new(fetch_curriculum);
    view! {
        {move || match curriculum.get() {
            None => view! { <p class="nhsuk-body c4h-loading" role="status">"Loading the lessons…"</p> }.into_any(),
            Some(Err(message)) => view! {
                <Callout heading="The lessons could not be loaded" alert=true>
                    <p>{message}</p>
                </Callout>
            }
            .into_any(),
            Some(Ok(curriculum)) => page(curriculum),
        }}
    }
}
