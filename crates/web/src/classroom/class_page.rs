//! "Your class": the class's name, the teacher's message, and its lessons in the teacher's
//! order with the learner's progress on each, then "Hand in my work". Opening a class link
//! reads it (a broken one is reported and changes nothing) and keeps the class here.

use std::rc::Rc;

use c4h_classroom::{Class, LinkProblem};
use c4h_lessons::Curriculum;
use leptos::prelude::*;

use super::links::{problem_words, read_class};
use super::store::{save_class, saved_class};
use crate::i18n::tr;
use crate::lessons::data::{all_lessons, load_progress};
use crate::lessons::lesson_href;
use crate::page::set_title;
use crate::widgets::Callout;

/// The page, once the class link `link` (if any) has been read.
pub fn class_page(curriculum: Rc<Curriculum>, link: Option<String>) -> AnyView {
    let read = LocalResource::new(move || {
        let link = link.clone();
        async move {
            match link {
                Some(link) => Some(read_class(&link).await),
                None => None,
            }
        }
    });
    let curriculum = StoredValue::new_local(curriculum);
    view! {
        {move || read.get().map(|arrived| {
            let (class, problem, not_kept) = match arrived {
                Some(Ok(class)) => {
                    let kept = save_class(&class);
                    (Some(class), None, !kept)
                }
                Some(Err(problem)) => (saved_class(), Some(problem), false),
                None => (saved_class(), None, false),
            };
            view! { <ClassView curriculum=curriculum.get_value() class=class problem=problem not_kept=not_kept/> }
        })}
    }
    .into_any()
}

#[component]
fn ClassView(
    curriculum: Rc<Curriculum>,
    class: Option<Class>,
    problem: Option<LinkProblem>,
    not_kept: bool,
) -> impl IntoView {
    let problem = problem.map(|problem| {
        view! {
            <Callout heading=tr!("class-link-problem-heading") alert=true>
                <p>{problem_words(problem)}</p>
            </Callout>
        }
    });
    let Some(class) = class else {
        set_title(Some(&tr!("class-heading-none")));
        return view! {
            <h1 class="nhsuk-heading-l">{tr!("class-heading-none")}</h1>
            {problem}
            <p class="nhsuk-body">{tr!("class-none")}</p>
            <p class="nhsuk-body"><a href="#/lessons">{tr!("class-all-lessons")}</a></p>
        }
        .into_any();
    };
    set_title(Some(&tr!("class-title", name = class.name.clone())));
    let progress = load_progress().progress;
    let lessons = all_lessons(&curriculum);
    let done = class
        .lessons
        .iter()
        .filter(|id| progress.completed.contains(*id))
        .count();
    let items = class
        .lessons
        .iter()
        .map(|id| {
            let status = if progress.completed.contains(id) {
                view! { <strong class="nhsuk-tag nhsuk-tag--green">{tr!("lessons-completed")}</strong> }.into_any()
            } else if progress.attempted.contains(id) {
                view! { <strong class="nhsuk-tag nhsuk-tag--blue">{tr!("class-started")}</strong> }.into_any()
            } else {
                view! { <strong class="nhsuk-tag nhsuk-tag--grey">{tr!("class-not-started")}</strong> }.into_any()
            };
            match lessons.iter().find(|lesson| &lesson.id == id) {
                Some(lesson) => view! {
                    <li class="c4h-class__lesson">
                        <a class="c4h-lesson-list__link" href=lesson_href(id)>{lesson.title.clone()}</a>
                        " "
                        {status}
                    </li>
                }
                .into_any(),
                None => view! {
                    <li class="c4h-class__lesson">
                        <span>{tr!("class-lesson-missing", id = id.clone())}</span>
                    </li>
                }
                .into_any(),
            }
        })
        .collect_view();
    let message = (!class.message.is_empty()).then(|| {
        view! {
            <div class="nhsuk-inset-text c4h-class__message">
                <h2 class="nhsuk-heading-s">{tr!("class-message-heading")}</h2>
                <p class="c4h-class__message-text">{class.message.clone()}</p>
            </div>
        }
    });
    view! {
        <h1 class="nhsuk-heading-l">{tr!("class-heading", name = class.name.clone())}</h1>
        {problem}
        {not_kept.then(|| view! { <p class="nhsuk-body">{tr!("class-not-kept")}</p> })}
        {message}
        <h2 class="nhsuk-heading-m">{tr!("class-lessons-heading")}</h2>
        <p class="nhsuk-body c4h-progress">{tr!("class-progress", done = done, count = class.lessons.len())}</p>
        <ol class="c4h-class__lessons">{items}</ol>
        <h2 class="nhsuk-heading-m">{tr!("class-hand-in-heading")}</h2>
        <p class="nhsuk-body">{tr!("class-hand-in-text")}</p>
        <p class="nhsuk-body">
            <a class="nhsuk-button c4h-button-link" href="#/hand-in">{tr!("hand-in-button")}</a>
        </p>
        <p class="nhsuk-body c4h-class__privacy">{tr!("classroom-privacy-learner")}</p>
    }
    .into_any()
}
