//! A lesson's hints, one at a time: a failed check's own hints first, then the lesson's.

use c4h_lessons::Lesson;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::session::{CheckResult, use_session};

/// The hints in the order to offer them, given the last check results.
fn ordered_hints(lesson: &Lesson, results: Option<&Vec<CheckResult>>) -> Vec<String> {
    let failed = results
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, (passed, _))| !passed);
    let mut ordered: Vec<String> = Vec::new();
    let check_order = failed.map(|(index, _)| index).chain(0..lesson.checks.len());
    let check_hints = check_order
        .filter_map(|index| lesson.checks.get(index))
        .flat_map(|check| check.hints_html.iter());
    for hint in check_hints.chain(lesson.hints_html.iter()) {
        if !ordered.contains(hint) {
            ordered.push(hint.clone());
        }
    }
    ordered
}

/// The hints shown so far, and a button for the next.
#[component]
pub fn Hints(lesson: StoredValue<Lesson>) -> impl IntoView {
    let session = use_session();
    let shown = RwSignal::new(0_usize);
    move || {
        let all = session
            .check_results
            .with(|results| lesson.with_value(|l| ordered_hints(l, results.as_ref())));
        let count = shown.get().min(all.len());
        let items = all[..count]
            .iter()
            .enumerate()
            .map(|(number, hint)| view! {
                <li><span class="c4h-visually-hidden">{tr!("lesson-hint-number", number = number + 1)}" "</span><span inner_html=hint.clone()></span></li>
            })
            .collect_view();
        let next = if count < all.len() {
            view! {
                <button type="button" class="c4h-tool" on:click=move |_| shown.update(|n| *n += 1)>
                    {if count == 0 { tr!("lesson-hint-first") } else { tr!("lesson-hint-another") }}
                </button>
            }
            .into_any()
        } else if all.is_empty() {
            view! { <p class="nhsuk-body-s">{tr!("lesson-hints-none")}</p> }.into_any()
        } else {
            view! { <p class="nhsuk-body-s">{tr!("lesson-hints-last")}</p> }.into_any()
        };
        view! {
            <ol class="c4h-hints" aria-live="polite">{items}</ol>
            {next}
        }
    }
}
