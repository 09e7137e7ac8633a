//! "Hand in my work": the learner chooses a name to show their teacher (never anything
//! that identifies a patient) and gets a hand-in: a link to send, a `.c4h` file holding it,
//! and a QR code. It carries, for each of the class's lessons, the code the learner last
//! pressed "Check my code" with, and no results: the teacher's computer works them out.

use std::rc::Rc;

use c4h_classroom::{HandIn, HandedLesson, MAX_LEARNER_CHARS};
use c4h_lessons::Curriculum;
use c4h_links::PayloadKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::links::make_link;
use super::qr::QrCode;
use super::store::{save_learner, saved_class, saved_learner};
use crate::i18n::tr;
use crate::lessons::data::{all_lessons, load_progress};
use crate::page::set_title;
use crate::share;

/// What is handed in: the class's name and its lessons, or one lesson with no class.
struct Handing {
    class: String,
    lessons: Vec<String>,
}

/// The page. `lesson`: the lesson the learner came from, handed in alone when it is not
/// in their class (or they have none).
pub fn hand_in_page(curriculum: Rc<Curriculum>, lesson: Option<String>) -> AnyView {
    set_title(Some(&tr!("hand-in-heading")));
    let class = saved_class();
    let handing = match (class, lesson) {
        (Some(class), None) => Handing {
            class: class.name,
            lessons: class.lessons,
        },
        (Some(class), Some(id)) if class.lessons.contains(&id) => Handing {
            class: class.name,
            lessons: class.lessons,
        },
        (_, Some(id)) => Handing {
            class: String::new(),
            lessons: vec![id],
        },
        (None, None) => {
            return view! {
                <h1 class="nhsuk-heading-l">{tr!("hand-in-heading")}</h1>
                <p class="nhsuk-body">{tr!("hand-in-no-class")}</p>
                <p class="nhsuk-body"><a href="#/lessons">{tr!("class-all-lessons")}</a></p>
            }
            .into_any();
        }
    };
    view! { <HandInForm curriculum=curriculum handing=handing/> }.into_any()
}

/// A made hand-in: its whole address.
#[derive(Clone, PartialEq)]
struct Made {
    url: String,
    learner: String,
}

#[component]
fn HandInForm(curriculum: Rc<Curriculum>, handing: Handing) -> impl IntoView {
    let progress = load_progress().progress;
    let lessons = all_lessons(&curriculum);
    let handed: Vec<HandedLesson> = handing
        .lessons
        .iter()
        .map(|id| HandedLesson {
            id: id.clone(),
            code: progress.checked.get(id).cloned(),
        })
        .collect();
    let rows = handed
        .iter()
        .map(|lesson| {
            let title = lessons
                .iter()
                .find(|l| l.id == lesson.id)
                .map_or_else(|| lesson.id.clone(), |l| l.title.clone());
            let what = if lesson.code.is_some() {
                tr!("hand-in-lesson-included")
            } else {
                tr!("hand-in-lesson-not-tried")
            };
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    <td>{what}</td>
                </tr>
            }
        })
        .collect_view();
    let class_name = handing.class.clone();
    let name = RwSignal::new(saved_learner().unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let made = RwSignal::new(None::<Made>);
    let problem = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let handed = StoredValue::new(handed);
    let make = move || {
        let learner = name.get_untracked().trim().to_owned();
        let message = if learner.is_empty() {
            Some(tr!("hand-in-name-missing"))
        } else if learner.chars().count() > MAX_LEARNER_CHARS {
            Some(tr!("hand-in-name-too-long", max = MAX_LEARNER_CHARS))
        } else {
            None
        };
        error.set(message.clone());
        made.set(None);
        problem.set(None);
        if message.is_some() {
            if let Some(input) = input.get_untracked() {
                let _ = input.focus();
            }
            return;
        }
        let Some(hand_in) = HandIn::new(&class_name, &learner, handed.get_value()) else {
            error.set(Some(tr!("hand-in-name-not-allowed")));
            return;
        };
        save_learner(&learner);
        spawn_local(async move {
            match make_link(PayloadKind::HandIn, &hand_in.to_payload()).await {
                Ok(url) => made.set(Some(Made { url, learner })),
                Err(message) => problem.set(Some(message)),
            }
        });
    };
    let class_line = (!handing.class.is_empty())
        .then(|| view! { <p class="nhsuk-body-l">{tr!("hand-in-class", name = handing.class.clone())}</p> });
    view! {
        <h1 class="nhsuk-heading-l">{tr!("hand-in-heading")}</h1>
        {class_line}
        <p class="nhsuk-body">{tr!("hand-in-intro")}</p>
        <table class="c4h-table c4h-hand-in__lessons">
            <caption class="c4h-table__caption">{tr!("hand-in-lessons-caption")}</caption>
            <thead><tr>
                <th scope="col">{tr!("hand-in-lesson")}</th>
                <th scope="col">{tr!("hand-in-what")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <form class="c4h-hand-in__form" on:submit=move |event| { event.prevent_default(); make(); }>
            <div class="c4h-field" class:c4h-field--error=move || error.get().is_some()>
                <label class="c4h-field__label" for="hand-in-name">{tr!("hand-in-name")}</label>
                <div class="c4h-field__hint" id="hand-in-name-hint">{tr!("hand-in-name-hint")}</div>
                {move || error.get().map(|message| view! {
                    <p class="c4h-field__error" id="hand-in-name-error">
                        <span class="c4h-visually-hidden">{format!("{} ", tr!("app-form-error"))}</span>
                        {message}
                    </p>
                })}
                <input
                    class="c4h-field__input c4h-hand-in__name"
                    id="hand-in-name"
                    node_ref=input
                    type="text"
                    autocomplete="nickname"
                    spellcheck="false"
                    prop:value=move || name.get()
                    aria-describedby=move || if error.get().is_some() { "hand-in-name-hint hand-in-name-error" } else { "hand-in-name-hint" }
                    aria-invalid=move || error.get().is_some().to_string()
                    on:input=move |event| name.set(event_target_value(&event))
                />
            </div>
            <button type="submit" class="nhsuk-button">{tr!("hand-in-make")}</button>
        </form>
        <p class="c4h-notice" role="status">{move || problem.get()}</p>
        {move || made.get().map(|made| view! { <HandInMade made=made/> })}
        <p class="nhsuk-body c4h-class__privacy">{tr!("classroom-privacy-learner")}</p>
    }
}

/// The hand-in, made: the link with Copy, the file, the QR code.
#[component]
fn HandInMade(made: Made) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let url = made.url.clone();
    let copy = move || {
        let url = url.clone();
        spawn_local(async move { copied.set(Some(share::copy_and_say(&url).await)) });
    };
    let file_name = format!("{}.c4h", file_stem(&made.learner));
    let file_text = format!("{}\n{}\n", tr!("hand-in-file-first-line"), made.url);
    let download = move || {
        share::download(&file_name, &file_text);
        copied.set(Some(tr!(
            "share-downloading",
            file_name = file_name.clone()
        )));
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <section class="c4h-hand-in__made" aria-labelledby="hand-in-made-heading">
            <h2 class="nhsuk-heading-m" id="hand-in-made-heading" tabindex="-1" node_ref=heading>
                {tr!("hand-in-made-heading")}
            </h2>
            <p class="nhsuk-body">{tr!("hand-in-made-text")}</p>
            <label class="c4h-field__label" for="hand-in-link">{tr!("hand-in-link")}</label>
            <input class="c4h-field__input c4h-share__link" id="hand-in-link" type="text" readonly value=made.url.clone()/>
            <div class="c4h-toolbar c4h-toolbar--tools">
                <button type="button" class="c4h-tool" on:click=move |_| copy()>{tr!("share-copy-link")}</button>
                <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| download()>{tr!("hand-in-download")}</button>
            </div>
            <p class="c4h-notice" role="status">{move || copied.get()}</p>
            <h3 class="nhsuk-heading-s">{tr!("hand-in-qr-heading")}</h3>
            <QrCode url=made.url label=tr!("hand-in-qr-label")/>
        </section>
    }
}

/// A file name from the learner's name: letters and digits kept, the rest as hyphens.
fn file_stem(learner: &str) -> String {
    let stem: String = learner
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "hand-in".into() // not learner text: a file name
    } else {
        format!("hand-in-{stem}")
    }
}
