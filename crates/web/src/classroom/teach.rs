//! "Make a class link", for teachers: a class name, a short message, and lessons (a whole
//! unit, or lessons one by one, in the order chosen, which the teacher can change). The
//! link, with a QR code for a projector, opens "Your class". Nothing is stored anywhere but
//! in the link.

use std::rc::Rc;

use c4h_classroom::{Class, MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
use c4h_lessons::Curriculum;
use c4h_links::PayloadKind;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::links::make_link;
use super::qr::QrCode;
use crate::i18n::{render, tr};
use crate::lessons::data::all_lessons;
use crate::page::set_title;
use crate::share;

pub fn teach_page(curriculum: Rc<Curriculum>) -> AnyView {
    view! { <TeachPage curriculum=curriculum/> }.into_any()
}

/// What is wrong with the form, field by field.
#[derive(Clone, Default, PartialEq)]
struct Errors {
    name: Option<String>,
    message: Option<String>,
    lessons: Option<String>,
}

#[component]
fn TeachPage(curriculum: Rc<Curriculum>) -> impl IntoView {
    set_title(Some(&tr!("teach-heading")));
    let titles: Vec<(String, String)> = all_lessons(&curriculum)
        .iter()
        .map(|lesson| (lesson.id.clone(), lesson.title.clone()))
        .collect();
    let titles = StoredValue::new(titles);
    let title_of = move |id: &str| {
        titles.with_value(|titles| {
            titles
                .iter()
                .find(|(i, _)| i == id)
                .map_or_else(|| id.to_owned(), |(_, title)| title.clone())
        })
    };
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    let errors = RwSignal::new(Errors::default());
    let made = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let summary = NodeRef::<leptos::html::Div>::new();

    // The error summary takes the focus when it appears (once it is drawn), as the NHS
    // design system asks, so the teacher hears what to fix.
    Effect::new(move |_| {
        if let Some(summary) = summary.get() {
            let _ = summary.focus();
        }
    });

    let toggle = move |id: String| {
        chosen.update(|chosen| match chosen.iter().position(|c| *c == id) {
            Some(at) => {
                chosen.remove(at);
            }
            None => chosen.push(id),
        });
        made.set(None);
    };
    let add_unit = move |ids: Vec<String>| {
        chosen.update(|chosen| {
            for id in ids {
                if !chosen.contains(&id) {
                    chosen.push(id);
                }
            }
        });
        made.set(None);
    };
    let move_by = move |at: usize, up: bool| {
        chosen.update(|chosen| {
            let other = if up { at.checked_sub(1) } else { Some(at + 1) };
            if let Some(other) = other.filter(|other| *other < chosen.len()) {
                chosen.swap(at, other);
            }
        });
        made.set(None);
    };
    let make = move || {
        let (n, m, lessons) = (
            name.get_untracked(),
            message.get_untracked(),
            chosen.get_untracked(),
        );
        let found = Errors {
            name: if n.trim().is_empty() {
                Some(tr!("teach-name-missing"))
            } else if n.trim().chars().count() > MAX_NAME_CHARS {
                Some(tr!("teach-name-too-long", max = MAX_NAME_CHARS))
            } else {
                None
            },
            message: (m.trim().chars().count() > MAX_MESSAGE_CHARS)
                .then(|| tr!("teach-message-too-long", max = MAX_MESSAGE_CHARS)),
            lessons: lessons.is_empty().then(|| tr!("teach-lessons-missing")),
        };
        let has_errors = found != Errors::default();
        errors.set(found);
        made.set(None);
        problem.set(None);
        if has_errors {
            return;
        }
        let Some(class) = Class::new(&n, &m, &lessons) else {
            problem.set(Some(tr!("teach-not-a-class")));
            return;
        };
        spawn_local(async move {
            match make_link(PayloadKind::Class, &class.to_payload()).await {
                Ok(url) => made.set(Some(url)),
                Err(message) => problem.set(Some(message)),
            }
        });
    };

    let units = curriculum
        .units
        .iter()
        .map(|unit| {
            let unit_ids: Vec<String> = unit.lessons.iter().map(|l| l.id.clone()).collect();
            let legend = render(&crate::lessons::unit_words(unit.number, &unit.title));
            let add_label = tr!("teach-add-unit", unit = unit.number);
            let boxes = unit
                .lessons
                .iter()
                .map(|lesson| {
                    let id = lesson.id.clone();
                    let box_id = format!("teach-lesson-{id}");
                    let checked_id = id.clone();
                    view! {
                        <div class="c4h-field c4h-field--checkbox">
                            <input
                                class="c4h-field__checkbox"
                                type="checkbox"
                                id=box_id.clone()
                                prop:checked=move || chosen.with(|c| c.contains(&checked_id))
                                on:change=move |_| toggle(id.clone())
                            />
                            <label class="c4h-field__label" for=box_id>
                                {format!("{}.{} {}", lesson.unit, lesson.order, lesson.title)}
                            </label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="c4h-teach__unit">
                    <legend class="c4h-teach__legend">{legend}</legend>
                    <button type="button" class="c4h-tool" on:click=move |_| add_unit(unit_ids.clone())>
                        {add_label}
                    </button>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();

    let chosen_list = move || {
        let list = chosen.get();
        let count = list.len();
        if count == 0 {
            return view! { <p class="nhsuk-body">{tr!("teach-none-chosen")}</p> }.into_any();
        }
        let items = list
            .into_iter()
            .enumerate()
            .map(|(at, id)| {
                let title = title_of(&id);
                let remove_id = id.clone();
                view! {
                    <li class="c4h-teach__chosen-item">
                        <span class="c4h-teach__chosen-title">{title.clone()}</span>
                        <span class="c4h-toolbar c4h-teach__order">
                            {(at > 0).then(|| view! {
                                <button type="button" class="c4h-tool" aria-label=tr!("teach-move-up-label", title = title.clone())
                                    on:click=move |_| move_by(at, true)>{tr!("teach-move-up")}</button>
                            })}
                            {(at + 1 < count).then(|| view! {
                                <button type="button" class="c4h-tool" aria-label=tr!("teach-move-down-label", title = title.clone())
                                    on:click=move |_| move_by(at, false)>{tr!("teach-move-down")}</button>
                            })}
                            <button type="button" class="c4h-tool" aria-label=tr!("teach-remove-label", title = title.clone())
                                on:click=move |_| toggle(remove_id.clone())>{tr!("teach-remove")}</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="c4h-teach__chosen">{items}</ol> }.into_any()
    };

    let error_summary = move || {
        let found = errors.get();
        let list: Vec<(&'static str, String)> = [
            ("#class-name", found.name),
            ("#class-message", found.message),
            ("#teach-lessons", found.lessons),
        ]
        .into_iter()
        .filter_map(|(href, error)| error.map(|e| (href, e)))
        .collect();
        (!list.is_empty()).then(|| {
            view! {
                <div class="c4h-error-summary" role="alert" tabindex="-1" node_ref=summary aria-labelledby="teach-errors-heading">
                    <h2 class="nhsuk-heading-m" id="teach-errors-heading">{tr!("classroom-errors-heading")}</h2>
                    <ul>
                        {list.into_iter().map(|(href, error)| view! { <li><a href=href>{error}</a></li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    };

    view! {
        <h1 class="nhsuk-heading-l">{tr!("teach-heading")}</h1>
        <p class="nhsuk-body">{tr!("teach-intro")}</p>
        <p class="nhsuk-body">{tr!("classroom-privacy-teacher")}</p>
        {error_summary}
        <form class="c4h-teach" on:submit=move |event| { event.prevent_default(); make(); }>
            <div class="c4h-field" class:c4h-field--error=move || errors.with(|e| e.name.is_some())>
                <label class="c4h-field__label" for="class-name">{tr!("teach-name")}</label>
                <div class="c4h-field__hint" id="class-name-hint">{tr!("teach-name-hint")}</div>
                {move || errors.get().name.map(|error| view! { <p class="c4h-field__error" id="class-name-error">{error}</p> })}
                <input class="c4h-field__input c4h-teach__name" id="class-name" type="text" autocomplete="off"
                    aria-describedby="class-name-hint"
                    aria-invalid=move || errors.with(|e| e.name.is_some()).to_string()
                    prop:value=move || name.get()
                    on:input=move |event| { name.set(event_target_value(&event)); made.set(None); }/>
            </div>
            <div class="c4h-field" class:c4h-field--error=move || errors.with(|e| e.message.is_some())>
                <label class="c4h-field__label" for="class-message">{tr!("teach-message")}</label>
                <div class="c4h-field__hint" id="class-message-hint">{tr!("teach-message-hint", max = MAX_MESSAGE_CHARS)}</div>
                {move || errors.get().message.map(|error| view! { <p class="c4h-field__error">{error}</p> })}
                <textarea class="c4h-field__input c4h-teach__message" id="class-message" rows="3"
                    aria-describedby="class-message-hint"
                    prop:value=move || message.get()
                    on:input=move |event| { message.set(event_target_value(&event)); made.set(None); }></textarea>
            </div>
            <h2 class="nhsuk-heading-m" id="teach-lessons" tabindex="-1">{tr!("teach-lessons-heading")}</h2>
            <p class="nhsuk-body">{tr!("teach-lessons-text")}</p>
            {move || errors.get().lessons.map(|error| view! { <p class="c4h-field__error">{error}</p> })}
            <div class="c4h-teach__units">{units}</div>
            <h2 class="nhsuk-heading-m">{tr!("teach-chosen-heading")}</h2>
            <div aria-live="polite">{chosen_list}</div>
            <button type="submit" class="nhsuk-button">{tr!("teach-make")}</button>
        </form>
        <p class="c4h-notice" role="status">{move || problem.get()}</p>
        {move || made.get().map(|url| view! { <ClassMade url=url/> })}
        <p class="nhsuk-body"><a href="#/mark">{tr!("teach-to-marking")}</a></p>
    }
}

/// The made class link: the link with Copy, a way to open it, and a large QR code.
#[component]
fn ClassMade(url: String) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let copy_url = url.clone();
    let copy = move || {
        let url = copy_url.clone();
        spawn_local(async move { copied.set(Some(share::copy_and_say(&url).await)) });
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <section class="c4h-teach__made" aria-labelledby="class-made-heading">
            <h2 class="nhsuk-heading-m" id="class-made-heading" tabindex="-1" node_ref=heading>
                {tr!("teach-made-heading")}
            </h2>
            <p class="nhsuk-body">{tr!("teach-made-text")}</p>
            <label class="c4h-field__label" for="class-link">{tr!("teach-link")}</label>
            <input class="c4h-field__input c4h-share__link" id="class-link" type="text" readonly value=url.clone()/>
            <div class="c4h-toolbar c4h-toolbar--tools">
                <button type="button" class="c4h-tool" on:click=move |_| copy()>{tr!("share-copy-link")}</button>
                <a class="c4h-tool c4h-button-link" href=url.clone() target="_blank" rel="noopener">{tr!("teach-open")}</a>
            </div>
            <p class="c4h-notice" role="status">{move || copied.get()}</p>
            <h3 class="nhsuk-heading-s">{tr!("teach-qr-heading")}</h3>
            <QrCode url=url label=tr!("teach-qr-label")/>
        </section>
    }
}
