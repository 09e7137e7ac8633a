//! "Watch it run": the steps of a watched run, one at a time (a part, fetched the first time
//! the learner presses the button, with its words in `messages/<lang>/watch.ftl`).
//!
//! The worker recorded the steps (c4h-sandbox's `watch`); this panel reads the trace and
//! shows one step: its sentence ("Line 6: bmi changed from 24.2 to 31.0."), which a
//! screen reader hears as it changes, the line marked in the editor, the variables as a
//! table with what changed said in words, the calls it is inside, and the output so far.
//! First, Back, Next and Last, and a slider, move through the steps; the slider's keys are
//! listed. Editing the code ends watching: the steps were of the code before.

use std::sync::Arc;

use c4h_protocol::charts::count_text;
use c4h_protocol::{Change, Diagnostic, OutputItem, Trace};
use leptos::ev;
use leptos::prelude::*;

use crate::editor::EditorHandle;
use crate::i18n::{render, tr};
use crate::parts::part;
use crate::session::{WatchState, use_session};

part!(
    watch,
    /// The "Watch it run" panel for the page's editor.
    pub fn watch_panel(editor: EditorHandle) -> crate::parts::MakeView {
        Box::new(move || view! { <WatchPanel editor=editor/> }.into_any())
    }
);

/// How many steps Page Up and Page Down move on the slider.
const PAGE: usize = 10;

#[component]
fn WatchPanel(editor: EditorHandle) -> impl IntoView {
    let session = use_session();
    // The trace, read from its JSON once per watched run. A trace that cannot be read (it
    // cannot happen: the worker wrote it) shows as no steps.
    let trace = Memo::new(move |_| match session.watch.get() {
        WatchState::Watching(watched) => Some(Arc::new(watched.trace.read().unwrap_or_default())),
        _ => None,
    });
    // The panel is made afresh for each watched run (Run, Check and Watch end watching
    // first), so its steps start at the first.
    let step = RwSignal::new(0_usize);
    let steps = move || trace.with(|trace| trace.as_ref().map_or(0, |t| t.steps.len()));
    let line = move || {
        trace.with(|trace| {
            trace
                .as_ref()
                .and_then(|trace| trace.steps.get(step.get()))
                .map_or(0, |step| step.line)
        })
    };
    // The editor marks the step's line; nothing once watching ends.
    Effect::new(move |_| editor.show_step(line()));
    on_cleanup(move || editor.show_step(0));

    let go = move |to: usize| {
        let last = steps().saturating_sub(1);
        step.set(to.min(last));
    };
    let at_first = move || (step.get() == 0).to_string();
    let at_last = move || (step.get() + 1 >= steps()).to_string();
    let slider_keys = move |event: ev::KeyboardEvent| {
        let now = step.get_untracked();
        let to = match event.key().as_str() {
            "ArrowLeft" | "ArrowDown" => now.saturating_sub(1), // not learner text
            "ArrowRight" | "ArrowUp" => now + 1,                // not learner text
            "PageDown" => now.saturating_sub(PAGE),             // not learner text
            "PageUp" => now + PAGE,                             // not learner text
            "Home" => 0,                                        // not learner text
            "End" => usize::MAX,                                // not learner text
            _ => return,
        };
        event.prevent_default();
        go(to);
    };
    let slider_moved = move |event: ev::Event| {
        if let Ok(value) = event_target_value(&event).parse::<usize>() {
            go(value.saturating_sub(1));
        }
    };
    // Numbers as people read them: "Step 1,200 of 5,000".
    let step_of = move || {
        tr!(
            "watch-step-of",
            step = count_text(step.get() as u64 + 1),
            steps = count_text(steps() as u64)
        )
    };

    let body = move || {
        let state = session.watch.get();
        if matches!(state, WatchState::Edited) {
            return view! { <p class="nhsuk-body">{tr!("watch-edited")}</p> }.into_any();
        }
        let Some(trace) = trace.get() else {
            return ().into_any();
        };
        let end_note = trace.end_message().map(|message| {
            view! { <div class="nhsuk-inset-text"><p>{render(&message)}</p></div> }
        });
        if trace.steps.is_empty() {
            return view! {
                {end_note}
                <p class="nhsuk-body">{tr!("watch-no-steps")}</p>
            }
            .into_any();
        }
        let count = trace.steps.len();
        let error = match &state {
            WatchState::Watching(watched) => watched.error.clone(),
            _ => None,
        };
        let shown = {
            let trace = Arc::clone(&trace);
            move || step_view(&trace, step.get(), error.as_ref())
        };
        let sentence = {
            let trace = Arc::clone(&trace);
            move || trace.sentence(step.get(), &render)
        };
        view! {
            {end_note}
            <p class="nhsuk-body-s">{tr!("watch-intro")}</p>
            <p class="c4h-watch-sentence" aria-live="polite">{sentence}</p>
            <div class="c4h-watch-controls">
                <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=at_first on:click=move |_| go(0)>
                    {tr!("watch-first")}
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=at_first
                    on:click=move |_| go(step.get_untracked().saturating_sub(1))>
                    {tr!("watch-back")}
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=at_last
                    on:click=move |_| go(step.get_untracked() + 1)>
                    {tr!("watch-next")}
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=at_last on:click=move |_| go(usize::MAX)>
                    {tr!("watch-last")}
                </button>
            </div>
            <div class="nhsuk-form-group c4h-watch-slider">
                <label class="nhsuk-label" for="watch-slider">{step_of}</label>
                <input
                    id="watch-slider"
                    type="range"
                    min="1"
                    max=count.to_string()
                    prop:value=move || (step.get() + 1).to_string()
                    aria-valuetext=step_of
                    aria-describedby="watch-keys"
                    on:input=slider_moved
                    on:keydown=slider_keys
                />
            </div>
            {shown}
            <details class="nhsuk-details c4h-watch-keys">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{tr!("watch-keys-heading")}</span>
                </summary>
                <div class="nhsuk-details__text">
                    <ul id="watch-keys">
                        <li>{tr!("watch-keys-arrows")}</li>
                        <li>{tr!("watch-keys-pages")}</li>
                        <li>{tr!("watch-keys-ends")}</li>
                    </ul>
                </div>
            </details>
        }
        .into_any()
    };

    view! {
        <section class="c4h-watch" aria-labelledby="watch-heading">
            <h3 id="watch-heading" class="nhsuk-heading-s">{tr!("watch-heading")}</h3>
            {body}
            <button type="button" class="nhsuk-button nhsuk-button--secondary c4h-watch-close"
                on:click=move |_| session.stop_watching()>
                {tr!("watch-close")}
            </button>
        </section>
    }
}

/// What step `index` shows besides its sentence: the problem it stopped at (`error`, in the
/// words the Output shows it in, once they are in), the calls it is inside, its variables
/// and the output so far.
fn step_view(trace: &Trace, index: usize, error: Option<&Diagnostic>) -> AnyView {
    let stopped = trace
        .steps
        .get(index)
        .is_some_and(|step| step.kind == c4h_protocol::StepKind::Stopped);
    let problem = stopped.then(|| {
        let ready = crate::i18n::area_ready("errors");
        let error = error.cloned();
        let words = move || {
            let error = error.as_ref().filter(|_| ready.get())?;
            Some(view! { <p>{crate::output::with_code(&error.summary(&render))}</p> })
        };
        view! {
            <div class="nhsuk-warning-callout c4h-watch-problem">
                <p>{tr!("watch-problem")}</p>
                {words}
            </div>
        }
    });
    let calls = trace.calls(index);
    let calls = (!calls.is_empty()).then(|| {
        let items = calls
            .into_iter()
            .map(|call| view! { <li><code lang="en">{call.to_owned()}</code></li> })
            .collect_view();
        view! {
            <p class="nhsuk-body-s">{tr!("watch-calls")}</p>
            <ol class="c4h-watch-calls">{items}</ol>
        }
    });
    let variables = trace.variables(index);
    let table = if variables.is_empty() {
        view! { <p class="nhsuk-body-s">{tr!("watch-no-variables")}</p> }.into_any()
    } else {
        let rows = variables
            .into_iter()
            .map(|variable| {
                let (changed, what) = match variable.change {
                    Change::Same => (false, tr!("watch-same")),
                    Change::New => (true, tr!("watch-new")),
                    Change::From(from) => (true, tr!("watch-changed-from", from = from)),
                };
                view! {
                    <tr class="nhsuk-table__row" class:c4h-watch-changed=changed>
                        <th scope="row" class="nhsuk-table__cell"><code lang="en">{variable.name.to_owned()}</code></th>
                        <td class="nhsuk-table__cell"><code lang="en">{variable.value.to_owned()}</code></td>
                        <td class="nhsuk-table__cell">{what}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="nhsuk-table c4h-watch-variables">
                <caption class="nhsuk-table__caption">{tr!("watch-variables-caption", step = count_text(index as u64 + 1))}</caption>
                <thead class="nhsuk-table__head">
                    <tr class="nhsuk-table__row">
                        <th scope="col" class="nhsuk-table__header">{tr!("watch-name")}</th>
                        <th scope="col" class="nhsuk-table__header">{tr!("watch-value")}</th>
                        <th scope="col" class="nhsuk-table__header">{tr!("watch-what-changed")}</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let output: Vec<String> = trace
        .output_until(index)
        .map(|item| match item {
            OutputItem::Text(text) => text.clone(),
            OutputItem::Said(message) => render(message),
        })
        .collect();
    let output = if output.is_empty() {
        view! { <p class="nhsuk-body-s">{tr!("watch-no-output")}</p> }.into_any()
    } else {
        view! { <pre class="c4h-watch-output">{output.join("\n")}</pre> }.into_any()
    };
    view! {
        {problem}
        {calls}
        {table}
        <h4 class="nhsuk-heading-xs">{tr!("watch-output")}</h4>
        {output}
    }
    .into_any()
}
