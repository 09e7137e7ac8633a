//! The lessons, as the learner sees them: the list grouped by unit with progress
//! ([`list`]), and a lesson page ([`page`]) with its checklist ([`checklist`]) and hints
//! ([`hints`]). The curriculum and the learner's progress are [`data`]'s.

mod checklist;
pub mod data;
mod hints;
mod jumps;
mod list;
mod page;
mod words;

use std::rc::Rc;

use c4h_lessons::Curriculum;
use leptos::prelude::*;

use list::lesson_list;
use page::lesson_page;

use crate::i18n::{render, tr};
use crate::parts::{MakeView, part};
use crate::widgets::Callout;
use data::fetch_curriculum;
pub use words::unit as unit_words;

part!(
    lessons,
    /// The list of lessons (a part of its own: a first visit to the playground does not
    /// download the lessons' views).
    pub fn list_part() -> MakeView {
        Box::new(|| with_curriculum(lesson_list).into_any())
    }
);

part!(
    lessons,
    /// The lesson `id`'s page.
    pub fn page_part(id: String) -> MakeView {
        Box::new(move || {
            with_curriculum(move |curriculum| lesson_page(curriculum, id.clone())).into_any()
        })
    }
);

/// The address of a lesson's page.
pub fn lesson_href(id: &str) -> String {
    format!("#/lessons/{id}")
}

/// Loads the curriculum, then shows `page` with it (or a message while loading, or why it
/// could not load).
pub(crate) fn with_curriculum(
    page: impl Fn(Rc<Curriculum>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let curriculum = LocalResource::new(fetch_curriculum);
    view! {
        {move || match curriculum.get() {
            None => view! { <p class="nhsuk-body c4h-loading" role="status">{tr!("lessons-loading")}</p> }.into_any(),
            Some(Err(message)) => view! {
                <Callout heading=tr!("lessons-load-failed-heading") alert=true>
                    <p>{render(&message)}</p>
                </Callout>
            }
            .into_any(),
            Some(Ok(curriculum)) => page(curriculum),
        }}
    }
}
