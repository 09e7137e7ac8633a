//! The lessons, as the learner sees them: the list grouped by unit with progress, and a
//! lesson page with the explanation beside the editor, Run, "Check my code" and its
//! checklist, hints one at a time, the model solution after an attempt and a confirmation,
//! Reset, and Previous and Next. A lesson's code is never run when the lesson opens: a saved
//! endless loop must not lock anyone out.

use std::rc::Rc;
use std::time::Duration;

use c4h_lessons::{Curriculum, Lesson};
use leptos::html;
use leptos::prelude::*;

use crate::app_form::AppForm;
use crate::editor::{self, CodeEditor};
use crate::lessons_data::{Progress, all_lessons, fetch_curriculum, load_progress, save_progress};
use crate::output::item_view;
use crate::session::Session;

/// How long the learner pauses typing before the code is checked for syntax errors.
const SYNTAX_CHECK_DELAY: Duration = Duration::from_millis(400);

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
                <div class="nhsuk-warning-callout" role="alert">
                    <h2 class="nhsuk-warning-callout__label">"The lessons could not be loaded"</h2>
                    <p>{message}</p>
                </div>
            }
            .into_any(),
            Some(Ok(curriculum)) => page(curriculum),
        }}
    }
}

/// The list of lessons by unit, with the learner's progress.
pub fn lesson_list(curriculum: Rc<Curriculum>) -> AnyView {
    let loaded = load_progress();
    let progress = loaded.progress;
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
                    view! {
                        <li class="c4h-lesson-list__item">
                            <a class="c4h-lesson-list__link" href=lesson_href(&lesson.id)>
                                {format!("{}. {}", lesson.order, lesson.title)}
                            </a>
                            " "
                            {completed.then(|| view! { <strong class="nhsuk-tag nhsuk-tag--green">"Completed"</strong> })}
                            <span class="c4h-lesson-list__about">
                                {format!("About {} minutes. Teaches: {}.", lesson.minutes, lesson.teaches.join(", "))}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="c4h-unit" aria-labelledby=heading_id.clone()>
                    <h2 class="nhsuk-heading-m" id=heading_id.clone()>
                        {format!("Unit {}: {}", unit.number, unit.title)}
                    </h2>
                    <p class="c4h-unit__meta">
                        <strong class="nhsuk-tag nhsuk-tag--blue">{unit.suits.label()}</strong>
                        " "
                        {format!("{finished} of {} lessons completed", unit.lessons.len())}
                    </p>
                    <div class="nhsuk-body" inner_html=unit.description_html.clone()></div>
                    <ol class="c4h-lesson-list">{lessons}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="nhsuk-heading-l">"Lessons"</h1>
        <p class="nhsuk-body-l">
            "Learn to code with health data, one short lesson at a time. Each lesson takes "
            "about five minutes. Your progress is saved in this browser."
        </p>
        {loaded.problem.map(|problem| view! {
            <div class="nhsuk-warning-callout" role="status">
                <h2 class="nhsuk-warning-callout__label">"Your progress"</h2>
                <p>{problem}</p>
            </div>
        })}
        <p class="nhsuk-body c4h-progress">{format!("You have completed {done} of {total} lessons.")}</p>
        {units}
    }
    .into_any()
}

/// A confirmation the learner is asked before something happens.
#[derive(Clone, Copy, PartialEq)]
enum Asking {
    Nothing,
    ShowSolution,
    Reset,
}

/// One lesson's page; a lesson id that does not exist gets a message and the list's link.
pub fn lesson_page(curriculum: Rc<Curriculum>, id: String) -> AnyView {
    let lessons = all_lessons(&curriculum);
    let Some(index) = lessons.iter().position(|lesson| lesson.id == id) else {
        return view! {
            <h1 class="nhsuk-heading-l">"Lesson not found"</h1>
            <p class="nhsuk-body">
                "There is no lesson at this address. It may have been renamed. "
                <a href="#/lessons">"See all the lessons"</a>
                "."
            </p>
        }
        .into_any();
    };
    let lesson: Lesson = lessons[index].clone();
    let previous = index
        .checked_sub(1)
        .map(|i| (lessons[i].id.clone(), lessons[i].title.clone()));
    let next = lessons
        .get(index + 1)
        .map(|l| (l.id.clone(), l.title.clone()));
    let unit_title = curriculum
        .units
        .iter()
        .find(|unit| unit.number == lesson.unit)
        .map(|unit| format!("Unit {}: {}", unit.number, unit.title))
        .unwrap_or_default();
    view! { <LessonPage lesson=lesson unit_title=unit_title previous=previous next=next/> }
        .into_any()
}

#[component]
fn LessonPage(
    lesson: Lesson,
    unit_title: String,
    previous: Option<(String, String)>,
    next: Option<(String, String)>,
) -> impl IntoView {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(&format!("{} – Code4Health Playground", lesson.title));
    }
    let loaded = load_progress();
    let progress = StoredValue::new(loaded.progress);
    let storage_problem = RwSignal::new(loaded.problem);
    let id = lesson.id.clone();
    let initial_code = progress
        .with_value(|p: &Progress| p.code.get(&id).cloned())
        .unwrap_or_else(|| lesson.starter.clone());
    let completed = RwSignal::new(progress.with_value(|p| p.completed.contains(&id)));
    let attempted = RwSignal::new(progress.with_value(|p| p.attempted.contains(&id)));
    let lesson = StoredValue::new(lesson);

    let editor = StoredValue::new_local(None::<CodeEditor>);
    let editor_failed = RwSignal::new(false);
    let session = Session::new(Some(editor::marker(editor)));
    let asking = RwSignal::new(Asking::Nothing);
    let solution_shown = RwSignal::new(false);
    let hints_shown = RwSignal::new(0_usize);
    let notice = RwSignal::new(None::<String>);

    let update_progress = move |change: &dyn Fn(&mut Progress)| {
        progress.update_value(|p| change(p));
        let saved = progress.with_value(save_progress);
        storage_problem.set(saved.err());
    };

    let editor_text = move || editor.with_value(|editor| editor.as_ref().map(CodeEditor::text));
    let run_code = move || {
        if let Some(code) = editor_text() {
            session.run(code);
        }
    };
    let check_code = move || {
        let Some(code) = editor_text() else { return };
        let checks = lesson.with_value(|l| l.checks.iter().map(|c| c.code.clone()).collect());
        let id = lesson.with_value(|l| l.id.clone());
        update_progress(&|p| {
            p.attempted.insert(id.clone());
        });
        attempted.set(true);
        session.check(code, checks);
    };
    let on_change = move |code: String| {
        let id = lesson.with_value(|l| l.id.clone());
        update_progress(&|p| {
            p.code.insert(id.clone(), code.clone());
        });
        session.check_syntax_later(code, SYNTAX_CHECK_DELAY);
    };

    // When every check passes, the lesson is completed.
    Effect::new(move |_| {
        let all_passed = session.check_results.with(|results| {
            results.as_ref().is_some_and(|results| {
                !results.is_empty() && results.iter().all(|(passed, _)| *passed)
            })
        });
        if all_passed && !completed.get_untracked() {
            let id = lesson.with_value(|l| l.id.clone());
            update_progress(&|p| {
                p.completed.insert(id.clone());
            });
            completed.set(true);
            crate::embed::lesson_completed(&id);
        }
    });

    let editor_host = NodeRef::<html::Div>::new();
    editor::mount_when_ready(
        editor_host,
        editor,
        editor_failed,
        initial_code,
        on_change,
        check_code,
        move || session.warm_up(),
    );

    let reset = move || {
        let starter = lesson.with_value(|l| l.starter.clone());
        editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_text(&starter);
                editor.focus();
            }
        });
        asking.set(Asking::Nothing);
        notice.set(Some(
            "The lesson's starting code is back. Ctrl + Z in the editor undoes this.".into(),
        ));
    };

    // Hints in order: the failed checks' own hints first, then the lesson's.
    let hints = move || {
        lesson.with_value(|l| {
            let failed: Vec<usize> = session.check_results.with(|results| {
                results
                    .as_ref()
                    .map(|results| {
                        results
                            .iter()
                            .enumerate()
                            .filter(|(_, (passed, _))| !passed)
                            .map(|(index, _)| index)
                            .collect()
                    })
                    .unwrap_or_default()
            });
            let mut ordered: Vec<String> = Vec::new();
            for index in failed.iter().copied().chain(0..l.checks.len()) {
                for hint in &l.checks[index].hints_html {
                    if !ordered.contains(hint) {
                        ordered.push(hint.clone());
                    }
                }
            }
            for hint in &l.hints_html {
                if !ordered.contains(hint) {
                    ordered.push(hint.clone());
                }
            }
            ordered
        })
    };

    let checklist = move || {
        session.check_results.get().map(|results| {
            let total = results.len();
            let passed = results.iter().filter(|(passed, _)| *passed).count();
            let summary = if passed == total {
                format!("All {total} checks passed. Well done: you have completed this lesson!")
            } else {
                format!("{passed} of {total} checks passed. Read what to change below, then try again.")
            };
            let items = lesson.with_value(|l| {
                results
                    .iter()
                    .zip(&l.checks)
                    .map(|((passed, message), check)| {
                        let (class, mark) = if *passed {
                            ("c4h-check c4h-check--passed", "Passed: ")
                        } else {
                            ("c4h-check c4h-check--failed", "Not yet: ")
                        };
                        let title = check.title_html.clone();
                        let explanation = (!passed).then(|| match message {
                            // The check's own words are plain text; the lesson's are HTML.
                            Some(text) => view! { <p class="c4h-check__message">{text.clone()}</p> }.into_any(),
                            None => view! { <p class="c4h-check__message" inner_html=check.message_html.clone()></p> }.into_any(),
                        });
                        view! {
                            <li class=class>
                                <span class="c4h-check__mark" aria-hidden="true">{if *passed { "✓" } else { "✗" }}</span>
                                <span class="c4h-visually-hidden">{mark}</span>
                                <span class="c4h-check__title" inner_html=title></span>
                                {explanation}
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! {
                <p class="c4h-checks__summary">{summary}</p>
                <ul class="c4h-checks__list">{items}</ul>
            }
        })
    };

    let title = lesson.with_value(|l| l.title.clone());
    let explanation = lesson.with_value(|l| l.explanation_html.clone());
    let task = lesson.with_value(|l| l.task_html.clone());
    let solution = lesson.with_value(|l| l.solution.clone());
    let is_running = move || session.is_running();

    view! {
        <nav class="c4h-breadcrumb" aria-label="Breadcrumb">
            <a href="#/lessons">"Lessons"</a>
            " › "
            <span>{unit_title}</span>
        </nav>
        <h1 class="nhsuk-heading-l">
            {title}
            {move || completed.get().then(|| view! { " " <strong class="nhsuk-tag nhsuk-tag--green">"Completed"</strong> })}
        </h1>
        {move || storage_problem.get().map(|problem| view! {
            <div class="nhsuk-warning-callout" role="status">
                <h2 class="nhsuk-warning-callout__label">"Your progress"</h2>
                <p>{problem}</p>
            </div>
        })}
        <div class="c4h-lesson">
            <section class="c4h-lesson__text" aria-labelledby="explanation-heading">
                <h2 id="explanation-heading" class="nhsuk-heading-m">"Explanation"</h2>
                <div class="c4h-lesson__prose" inner_html=explanation></div>
                <h2 class="nhsuk-heading-m">"Your task"</h2>
                <div class="c4h-lesson__prose c4h-lesson__task" inner_html=task></div>
            </section>
            <section class="c4h-lesson__work" aria-labelledby="editor-heading">
                <h2 id="editor-heading" class="nhsuk-heading-s c4h-panel-heading">"Your code"</h2>
                <p id="editor-help" class="nhsuk-body-s">
                    "Press Check my code (or Ctrl + Enter) when you are ready. "
                    "To leave the editor with the keyboard, press Escape and then Tab."
                </p>
                <div id="editor" node_ref=editor_host></div>
                {move || editor_failed.get().then(|| view! {
                    <p class="nhsuk-error-message">"The code editor could not start. Reload the page to try again."</p>
                })}
                <div class="c4h-toolbar">
                    <button type="button" class="nhsuk-button" aria-disabled=move || is_running().to_string() on:click=move |_| check_code()>
                        "Check my code"
                    </button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=move || is_running().to_string() on:click=move |_| run_code()>
                        "Run"
                    </button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=move || (!is_running()).to_string() on:click=move |_| session.stop()>
                        "Stop"
                    </button>
                    <p class="c4h-status" role="status">{move || session.status.get()}</p>
                </div>
                <div class="c4h-checks" role="status" aria-live="polite">{checklist}</div>
                <AppForm session=session/>
                <h2 id="output-heading" class="nhsuk-heading-s c4h-panel-heading">"Output"</h2>
                <div id="output" class="c4h-output c4h-output--lesson" role="log" aria-label="Output" tabindex="0">
                    <For each=move || session.items.get() key=|item| item.id let:item>
                        {item_view(item)}
                    </For>
                </div>
                <div class="c4h-lesson__help">
                    <h2 class="nhsuk-heading-s">"Stuck?"</h2>
                    {move || {
                        let all = hints();
                        let shown = hints_shown.get().min(all.len());
                        let items = all[..shown]
                            .iter()
                            .enumerate()
                            .map(|(number, hint)| view! {
                                <li><span class="c4h-visually-hidden">{format!("Hint {}: ", number + 1)}</span><span inner_html=hint.clone()></span></li>
                            })
                            .collect_view();
                        let more = shown < all.len();
                        view! {
                            <ol class="c4h-hints" aria-live="polite">{items}</ol>
                            {if more {
                                view! {
                                    <button type="button" class="c4h-tool" on:click=move |_| hints_shown.update(|n| *n += 1)>
                                        {if shown == 0 { "Show a hint" } else { "Show another hint" }}
                                    </button>
                                }.into_any()
                            } else if all.is_empty() {
                                view! { <p class="nhsuk-body-s">"This lesson has no hints."</p> }.into_any()
                            } else {
                                view! { <p class="nhsuk-body-s">"That was the last hint."</p> }.into_any()
                            }}
                        }
                    }}
                    <div class="c4h-toolbar c4h-toolbar--tools">
                        <button
                            type="button"
                            class="c4h-tool"
                            on:click=move |_| {
                                if attempted.get_untracked() {
                                    asking.set(Asking::ShowSolution);
                                } else {
                                    notice.set(Some("Try the task first: press Check my code at least once, then the model solution is here if you need it.".into()));
                                }
                            }
                        >
                            "Show the model solution"
                        </button>
                        <button type="button" class="c4h-tool" on:click=move |_| asking.set(Asking::Reset)>
                            "Reset this lesson"
                        </button>
                    </div>
                    <p class="c4h-notice" role="status">{move || notice.get()}</p>
                    {move || match asking.get() {
                        Asking::Nothing => None,
                        Asking::ShowSolution => Some(view! {
                            <div class="nhsuk-inset-text c4h-confirm" role="group" aria-labelledby="confirm-heading">
                                <h3 id="confirm-heading" class="nhsuk-heading-s">"See the model solution?"</h3>
                                <p>"Working it out yourself is the best way to learn. Have you tried the hints?"</p>
                                <div class="c4h-toolbar">
                                    <button type="button" class="nhsuk-button" on:click=move |_| { solution_shown.set(true); asking.set(Asking::Nothing); }>
                                        "Yes, show the solution"
                                    </button>
                                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=move |_| asking.set(Asking::Nothing)>
                                        "No, keep trying"
                                    </button>
                                </div>
                            </div>
                        }.into_any()),
                        Asking::Reset => Some(view! {
                            <div class="nhsuk-inset-text c4h-confirm" role="group" aria-labelledby="confirm-heading">
                                <h3 id="confirm-heading" class="nhsuk-heading-s">"Reset this lesson?"</h3>
                                <p>"Your code for this lesson will be replaced by the starting code. Ctrl + Z in the editor undoes it."</p>
                                <div class="c4h-toolbar">
                                    <button type="button" class="nhsuk-button nhsuk-button--warning" on:click=move |_| reset()>
                                        "Yes, reset"
                                    </button>
                                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=move |_| asking.set(Asking::Nothing)>
                                        "No, keep my code"
                                    </button>
                                </div>
                            </div>
                        }.into_any()),
                    }}
                    {move || solution_shown.get().then(|| view! {
                        <h3 class="nhsuk-heading-s">"Model solution"</h3>
                        <pre class="c4h-code"><code>{solution.clone()}</code></pre>
                    })}
                </div>
            </section>
        </div>
        <nav class="c4h-pagination" aria-label="Lessons">
            {previous.map(|(id, title)| view! {
                <a class="c4h-pagination__link" href=lesson_href(&id) rel="prev">
                    <span class="c4h-pagination__label">"Previous"</span>
                    <span class="c4h-visually-hidden">": "</span>
                    " "
                    <span class="c4h-pagination__title">{title}</span>
                </a>
            })}
            {next.map(|(id, title)| view! {
                <a class="c4h-pagination__link c4h-pagination__link--next" href=lesson_href(&id) rel="next">
                    <span class="c4h-pagination__label">"Next"</span>
                    <span class="c4h-visually-hidden">": "</span>
                    " "
                    <span class="c4h-pagination__title">{title}</span>
                </a>
            })}
        </nav>
    }
}
