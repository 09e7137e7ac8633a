//! One lesson's page: the explanation and task beside the editor, "Check my code" and its
//! checklist, Run, the app's form and the output, hints one at a time, the model solution
//! after an attempt and a confirmation, Reset after a confirmation, and Previous and Next.
//! A lesson's code is never run when the lesson opens: a saved endless loop must not lock
//! anyone out.

use std::rc::Rc;

use c4h_lessons::{Curriculum, Lang as LessonLang, Lesson};
use c4h_messages::Lang;
use leptos::prelude::*;

use super::checklist::Checklist;
use super::data::{Progress, all_lessons, load_progress, save_progress};
use super::hints::Hints;
use super::jumps::LessonJumps;
use super::lesson_href;
use super::words;
use crate::app_form::AppForm;
use crate::editor::{EditorHandle, EditorStart};
use crate::i18n::{render, tr};
use crate::output::OutputLog;
use crate::page::set_title;
use crate::session::Session;
use crate::widgets::{Callout, Confirm};
use crate::workspace::{CodeWorkspace, use_submit_shortcut};

/// A neighbouring lesson: its id and title.
type Neighbour = Option<(String, String)>;

/// One lesson's page; a lesson id that does not exist gets a message and the list's link.
pub fn lesson_page(curriculum: Rc<Curriculum>, id: String) -> AnyView {
    let lessons = all_lessons(&curriculum);
    let Some(index) = lessons.iter().position(|lesson| lesson.id == id) else {
        return view! {
            <h1 class="nhsuk-heading-l">{tr!("lesson-not-found")}</h1>
            <p class="nhsuk-body">
                {tr!("lesson-not-found-text")}
                " "
                <a href="#/lessons">{tr!("lesson-not-found-link")}</a>
                "."
            </p>
        }
        .into_any();
    };
    let lesson: Lesson = lessons[index].clone();
    let neighbour = |at: Option<usize>| -> Neighbour {
        at.and_then(|at| lessons.get(at))
            .map(|lesson| (lesson.id.clone(), lesson.title.clone()))
    };
    let previous = neighbour(index.checked_sub(1));
    let next = neighbour(Some(index + 1));
    let unit_title = curriculum
        .units
        .iter()
        .find(|unit| unit.number == lesson.unit)
        .map(|unit| render(&words::unit(unit.number, &unit.title)))
        .unwrap_or_default();
    view! { <LessonPage lesson=lesson unit_title=unit_title previous=previous next=next/> }
        .into_any()
}

/// A confirmation the learner is asked before something happens.
#[derive(Clone, Copy, PartialEq)]
enum Asking {
    Nothing,
    ShowSolution,
    Reset,
}

/// The learner's progress on this lesson, kept in storage as it changes.
#[derive(Clone, Copy)]
struct LessonProgress {
    id: StoredValue<String>,
    progress: StoredValue<Progress>,
    problem: RwSignal<Option<String>>,
    completed: RwSignal<bool>,
    attempted: RwSignal<bool>,
}

impl LessonProgress {
    fn load(id: &str) -> LessonProgress {
        let loaded = load_progress();
        let completed = loaded.progress.completed.contains(id);
        let attempted = loaded.progress.attempted.contains(id);
        LessonProgress {
            id: StoredValue::new(id.to_owned()),
            progress: StoredValue::new(loaded.progress),
            problem: RwSignal::new(loaded.problem),
            completed: RwSignal::new(completed),
            attempted: RwSignal::new(attempted),
        }
    }

    fn saved_code(&self) -> Option<String> {
        let id = self.id.get_value();
        self.progress.with_value(|p| p.code.get(&id).cloned())
    }

    fn update(&self, change: impl FnOnce(&mut Progress, &String)) {
        let id = self.id.get_value();
        self.progress.update_value(|p| change(p, &id));
        let saved = self.progress.with_value(save_progress);
        self.problem.set(saved.err());
    }

    fn save_code(&self, code: String) {
        self.update(|p, id| {
            p.code.insert(id.clone(), code);
        });
    }

    /// The learner pressed "Check my code" with `code`: the lesson is attempted, and this
    /// is the code a hand-in carries.
    fn mark_attempted(&self, code: &str) {
        self.update(|p, id| {
            p.attempted.insert(id.clone());
            p.checked.insert(id.clone(), code.to_owned());
        });
        self.attempted.set(true);
    }

    fn mark_completed(&self) {
        self.update(|p, id| {
            p.completed.insert(id.clone());
        });
        self.completed.set(true);
        crate::embed::lesson_completed(&self.id.get_value());
    }
}

#[component]
fn LessonPage(
    lesson: Lesson,
    unit_title: String,
    previous: Neighbour,
    next: Neighbour,
) -> impl IntoView {
    set_title(Some(&lesson.title));
    let progress = LessonProgress::load(&lesson.id);
    let initial_code = progress
        .saved_code()
        .unwrap_or_else(|| lesson.starter.clone());
    let editor = EditorHandle::new();
    // For "Go to line N" under a problem in the Output (output.rs).
    provide_context(editor);
    let session = Session::provide(Some(editor.marker()));
    let asking = RwSignal::new(Asking::Nothing);
    let notice = RwSignal::new(None::<String>);
    let title = lesson.title.clone();
    // In Welsh, a lesson not translated yet is the English lesson: a note says so, in Welsh,
    // and its text is marked as English for screen readers and translation tools.
    let untranslated = crate::i18n::lang() == Lang::Cy && lesson.lang == LessonLang::En;
    let text_lang = untranslated.then_some(lesson.lang.tag());
    let explanation = lesson.explanation_html.clone();
    let task = lesson.task_html.clone();
    let checks = lesson.checks.clone();
    let lesson = StoredValue::new(lesson);

    let check_code = move || {
        let Some(code) = editor.text() else { return };
        let checks = lesson.with_value(|l| l.checks.iter().map(|c| c.code.clone()).collect());
        progress.mark_attempted(&code);
        session.check(code, checks);
    };
    use_submit_shortcut(check_code);

    // When every check passes, the lesson is completed.
    Effect::new(move |_| {
        let all_passed = session.check_results.with(|results| {
            results.as_ref().is_some_and(|results| {
                !results.is_empty() && results.iter().all(|(passed, _)| *passed)
            })
        });
        if all_passed && !progress.completed.get_untracked() {
            progress.mark_completed();
        }
    });

    // After Run or Check my code, the checks' results and the output come into view.
    let feedback = NodeRef::<leptos::html::Div>::new();
    crate::reveal::reveal_after_runs(feedback, web_sys::ScrollLogicalPosition::Start);

    view! {
        <nav class="c4h-breadcrumb" aria-label=tr!("lesson-breadcrumb")>
            <a href="#/lessons">{tr!("lesson-breadcrumb-lessons")}</a>
            " › "
            <span>{unit_title}</span>
        </nav>
        <h1 class="nhsuk-heading-l">
            <span lang=text_lang>{title}</span>
            {move || progress.completed.get().then(|| view! { " " <strong class="nhsuk-tag nhsuk-tag--green">{tr!("lessons-completed")}</strong> })}
        </h1>
        {untranslated.then(|| view! {
            <div class="nhsuk-inset-text c4h-lesson__untranslated"><p>{tr!("lesson-not-translated")}</p></div>
        })}
        {move || progress.problem.get().map(|problem| view! {
            <Callout heading=tr!("lessons-progress-heading")><p>{problem}</p></Callout>
        })}
        <LessonJumps/>
        <div class="c4h-lesson">
            <section class="c4h-lesson__text" aria-labelledby="explanation-heading">
                <h2 id="explanation-heading" class="nhsuk-heading-m">{tr!("lesson-explanation")}</h2>
                <div class="c4h-lesson__prose" lang=text_lang inner_html=explanation></div>
                <h2 id="task-heading" class="nhsuk-heading-m">{tr!("lesson-task")}</h2>
                <div class="c4h-lesson__prose c4h-lesson__task" lang=text_lang inner_html=task></div>
            </section>
            <CodeWorkspace
                editor=editor
                start=EditorStart { text: initial_code, ..EditorStart::default() }
                on_change=move |code: String| {
                    progress.save_code(code.clone());
                    session.code_changed(code);
                }
                on_submit=move |()| check_code()
                on_ready=|()| {}
                help=tr!("lesson-check-my-code")
                check=Callback::new(move |()| check_code())
                class="c4h-lesson__work"
            >
                <div id="feedback" class="c4h-lesson__feedback" node_ref=feedback>
                    <Checklist checks=checks/>
                    <AppForm/>
                    <h2 id="output-heading" class="nhsuk-heading-s c4h-panel-heading">{tr!("lesson-output")}</h2>
                    <OutputLog label=tr!("lesson-output") class="c4h-output c4h-output--lesson" reveal=false/>
                </div>
                <LessonHelp lesson=lesson editor=editor progress=progress asking=asking notice=notice/>
            </CodeWorkspace>
        </div>
        <LessonClass id=lesson.with_value(|l| l.id.clone())/>
        <LessonPagination previous=previous next=next/>
    }
}

/// The learner's class, when this lesson is one of its lessons, and "Hand in my work"
/// (the class's lessons, or this lesson alone).
#[component]
fn LessonClass(id: String) -> impl IntoView {
    let class = crate::classroom::store::saved_class().filter(|class| class.lessons.contains(&id));
    view! {
        <nav class="c4h-lesson__class" aria-label=tr!("lesson-class-nav")>
            {class.map(|class| view! {
                <a href="#/class">{tr!("lesson-class-back", name = class.name)}</a>
                " "
            })}
            <a href=format!("#/hand-in/{id}")>{tr!("lesson-hand-in")}</a>
        </nav>
    }
}

/// "Stuck?": hints, the model solution after an attempt and a yes, and Reset after a yes.
#[component]
fn LessonHelp(
    lesson: StoredValue<Lesson>,
    editor: EditorHandle,
    progress: LessonProgress,
    asking: RwSignal<Asking>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let solution_shown = RwSignal::new(false);
    let solution = lesson.with_value(|l| l.solution.clone());
    let reset = move || {
        editor.replace_text(&lesson.with_value(|l| l.starter.clone()));
        asking.set(Asking::Nothing);
        notice.set(Some(tr!("lesson-reset-done")));
    };
    let ask_for_solution = move || {
        if progress.attempted.get_untracked() {
            asking.set(Asking::ShowSolution);
        } else {
            notice.set(Some(tr!("lesson-solution-not-yet")));
        }
    };
    let keep_going = Callback::new(move |()| asking.set(Asking::Nothing));
    view! {
        <div class="c4h-lesson__help">
            <h2 class="nhsuk-heading-s">{tr!("lesson-stuck")}</h2>
            <Hints lesson=lesson/>
            <div class="c4h-toolbar c4h-toolbar--tools">
                <button type="button" class="c4h-tool" on:click=move |_| ask_for_solution()>
                    {tr!("lesson-show-solution")}
                </button>
                <button type="button" class="c4h-tool" on:click=move |_| asking.set(Asking::Reset)>
                    {tr!("lesson-reset")}
                </button>
            </div>
            <p class="c4h-notice" role="status">{move || notice.get()}</p>
            {move || match asking.get() {
                Asking::Nothing => None,
                Asking::ShowSolution => Some(view! {
                    <Confirm
                        id="confirm-heading"
                        heading=tr!("lesson-solution-question")
                        text=tr!("lesson-solution-question-text")
                        yes=tr!("lesson-solution-yes")
                        no=tr!("lesson-solution-no")
                        on_yes=move |()| { solution_shown.set(true); asking.set(Asking::Nothing); }
                        on_no=keep_going
                        nested=true
                        class="c4h-confirm"
                    />
                }.into_any()),
                Asking::Reset => Some(view! {
                    <Confirm
                        id="confirm-heading"
                        heading=tr!("lesson-reset-question")
                        text=tr!("lesson-reset-question-text")
                        yes=tr!("lesson-reset-yes")
                        no=tr!("lesson-reset-no")
                        on_yes=move |()| reset()
                        on_no=keep_going
                        warning=true
                        nested=true
                        class="c4h-confirm"
                    />
                }.into_any()),
            }}
            {move || solution_shown.get().then(|| view! {
                <h3 class="nhsuk-heading-s">{tr!("lesson-solution")}</h3>
                <pre class="c4h-code"><code>{solution.clone()}</code></pre>
            })}
        </div>
    }
}

/// Previous and Next lesson links.
#[component]
fn LessonPagination(previous: Neighbour, next: Neighbour) -> impl IntoView {
    let link = |(id, title): (String, String), label: String, rel: &'static str| {
        let class = if rel == "next" {
            "c4h-pagination__link c4h-pagination__link--next"
        } else {
            "c4h-pagination__link"
        };
        view! {
            <a class=class href=lesson_href(&id) rel=rel>
                <span class="c4h-pagination__label">{label}</span>
                <span class="c4h-visually-hidden">": "</span>
                " "
                <span class="c4h-pagination__title">{title}</span>
            </a>
        }
    };
    view! {
        <nav class="c4h-pagination" aria-label=tr!("lesson-pagination")>
            {previous.map(|previous| link(previous, tr!("lesson-previous"), "prev"))}
            {next.map(|next| link(next, tr!("lesson-next"), "next"))}
        </nav>
    }
}
