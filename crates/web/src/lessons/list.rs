//! The list of lessons by unit: who each unit suits, each lesson's time and what it
//! teaches, and the learner's progress.

use std::rc::Rc;

use c4h_lessons::Curriculum;
use leptos::prelude::*;

use super::data::{all_lessons, load_progress};
use super::lesson_href;
use super::words;
use crate::i18n::{render, tr};
use crate::widgets::Callout;

/// The list of lessons by unit, with the learner's progress.
pub fn lesson_list(curriculum: Rc<Curriculum>) -> AnyView {
    let loaded = load_progress();
    let progress = loaded.progress;
    let class = crate::classroom::store::saved_class();
    let total = all_lessons(&curriculum).len();
    let done = all_lessons(&curriculum)
        .iter()
        .filter(|lesson| progress.completed.contains(&lesson.id))
        .count();
    let units = curriculum
        .units
        .iter()
        .map(|unit| {
            let heading_id = format!("unit-{}", unit.number);
            let finished = unit
                .lessons
                .iter()
                .filter(|lesson| progress.completed.contains(&lesson.id))
                .count();
            let lessons = unit
                .lessons
                .iter()
                .map(|lesson| {
                    let completed = progress.completed.contains(&lesson.id);
                    // A lesson for other people than its unit says it (a clinicians' lesson
                    // in a unit for everyone).
                    let own_suits = lesson.suits.filter(|suits| *suits != unit.suits);
                    view! {
                        <li class="c4h-lesson-list__item">
                            <a class="c4h-lesson-list__link" href=lesson_href(&lesson.id)>
                                {format!("{}. {}", lesson.order, lesson.title)}
                            </a>
                            " "
                            {own_suits.map(|suits| view! { <strong class="nhsuk-tag nhsuk-tag--grey">{render(&words::suits(suits))}</strong> " " })}
                            {completed.then(|| view! { <strong class="nhsuk-tag nhsuk-tag--green">{tr!("lessons-completed")}</strong> })}
                            <span class="c4h-lesson-list__about">
                                {render(&words::about(lesson.minutes, &lesson.teaches))}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="c4h-unit" aria-labelledby=heading_id.clone()>
                    <h2 class="nhsuk-heading-m" id=heading_id.clone()>
                        {render(&words::unit(unit.number, &unit.title))}
                    </h2>
                    <p class="c4h-unit__meta">
                        <strong class="nhsuk-tag nhsuk-tag--blue">{render(&words::suits(unit.suits))}</strong>
                        " "
                        {render(&words::unit_progress(finished, unit.lessons.len()))}
                    </p>
                    <div class="nhsuk-body" inner_html=unit.description_html.clone()></div>
                    <ol class="c4h-lesson-list">{lessons}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="nhsuk-heading-l">{tr!("lessons-heading")}</h1>
        <p class="nhsuk-body-l">{tr!("lessons-intro")}</p>
        <p class="nhsuk-body">{tr!("lessons-intro-path")}</p>
        {loaded.problem.map(|problem| view! {
            <Callout heading=tr!("lessons-progress-heading")><p>{problem}</p></Callout>
        })}
        <p class="nhsuk-body c4h-progress">{render(&words::progress(done, total))}</p>
        {class.map(|class| view! {
            <p class="nhsuk-body-l"><a href="#/class">{tr!("lessons-your-class", name = class.name)}</a></p>
        })}
        {units}
        <section class="c4h-unit" aria-labelledby="teachers-heading">
            <h2 class="nhsuk-heading-m" id="teachers-heading">{tr!("lessons-teachers-heading")}</h2>
            <p class="nhsuk-body">{tr!("lessons-teachers-text")}</p>
            <ul class="c4h-teachers__links">
                <li><a href="#/teach">{tr!("lessons-teachers-make")}</a></li>
                <li><a href="#/mark">{tr!("lessons-teachers-mark")}</a></li>
            </ul>
        </section>
    }
    .into_any()
}
