//! The playground page: the editor, Run and Stop, the status line and the output panel.

use c4h_sandbox::{Diagnostic, Event, Outcome, Request, Stream, WorkerMessage};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

use crate::api_reference::ApiReference;
use crate::editor::CodeEditor;
use crate::runner::{Runner, RunnerEvent};
use crate::storage::{self, StorageProblem};

/// What a first-time visitor sees in the editor.
const STARTER_CODE: &str = r#"// Welcome to the Code4Health Playground!
// Press Run (or Ctrl + Enter) to run this code.

let name = "Sam";
let systolic = 128;   // blood pressure, top number, in mmHg

print(`Hello, ${name}!`);
print(`Your systolic blood pressure is ${systolic} mmHg.`);

if systolic >= 140 {
    print("That is at or above 140, the level for high blood pressure.");
} else {
    print("That is below 140, the level for high blood pressure.");
}
"#;

/// How long the learner pauses typing before the code is checked for syntax errors.
const SYNTAX_CHECK_DELAY: Duration = Duration::from_millis(400);

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Print,
    Debug,
    Error,
    Notice,
}

impl LineKind {
    fn class(self) -> &'static str {
        match self {
            LineKind::Print => "c4h-output__line",
            LineKind::Debug => "c4h-output__line c4h-output__line--debug",
            LineKind::Error => "c4h-output__line c4h-output__line--error",
            LineKind::Notice => "c4h-output__line c4h-output__line--notice",
        }
    }
}

#[derive(Clone)]
struct OutputLine {
    id: usize,
    kind: LineKind,
    text: String,
}

fn status_after(outcome: Outcome, elapsed_millis: f64, error: Option<&Diagnostic>) -> String {
    match (outcome, error.and_then(|diagnostic| diagnostic.line)) {
        (Outcome::Completed, _) => format!("Finished in {} ms.", elapsed_millis.round()),
        (Outcome::Failed, Some(line)) => {
            format!("Your code stopped: there is a problem on line {line}. See the output.")
        }
        (Outcome::Failed, None) => "Your code stopped with a problem. See the output.".into(),
    }
}

#[component]
pub fn Playground() -> impl IntoView {
    let loaded = storage::load();
    let initial_code = loaded.code.unwrap_or_else(|| STARTER_CODE.to_owned());
    let storage_problem = RwSignal::new(loaded.problem);

    let output = RwSignal::new(Vec::<OutputLine>::new());
    let next_line_id = StoredValue::new(0_usize);
    let status = RwSignal::new(String::from("Getting ready to run code…"));
    let announced_ready = StoredValue::new(false);
    // The run in progress, if any. Events of any other run (one that was stopped) are ignored.
    let current_run = RwSignal::new(None::<u32>);
    let runs_started = StoredValue::new(0_u32);
    let last_error = StoredValue::new(None::<Diagnostic>);
    // The newest syntax check asked for; older answers are ignored.
    let syntax_checks = StoredValue::new(0_u32);
    let editor = StoredValue::new_local(None::<CodeEditor>);
    let editor_failed = RwSignal::new(false);

    let push_line = move |kind: LineKind, text: String| {
        let id = next_line_id.get_value();
        next_line_id.set_value(id + 1);
        output.update(|lines| lines.push(OutputLine { id, kind, text }));
    };
    let mark_in_editor = move |diagnostics: &[Diagnostic]| {
        editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.show_diagnostics(diagnostics);
            }
        });
    };

    // Every event is shown with the same text the CLI prints (Event::to_text).
    let on_run_event = move |event: Event| {
        let text = event.to_text();
        match event {
            Event::Output { stream, .. } => {
                let kind = match stream {
                    Stream::Print => LineKind::Print,
                    Stream::Debug => LineKind::Debug,
                };
                push_line(kind, text.unwrap_or_default());
            }
            Event::OutputTruncated { .. } => push_line(LineKind::Notice, text.unwrap_or_default()),
            Event::Diagnostic { diagnostic } => {
                push_line(LineKind::Error, text.unwrap_or_default());
                mark_in_editor(std::slice::from_ref(&diagnostic));
                last_error.set_value(Some(diagnostic));
            }
            Event::Finished {
                outcome,
                elapsed_millis,
                ..
            } => {
                current_run.set(None);
                let error = last_error.get_value();
                status.set(status_after(outcome, elapsed_millis, error.as_ref()));
            }
        }
    };

    let runner = StoredValue::new_local(Runner::new(move |event| match event {
        RunnerEvent::Message(WorkerMessage::Ready) => {
            // Only the first time: after Stop, "Stopped" is the news, not a fresh worker.
            if !announced_ready.get_value() && current_run.get_untracked().is_none() {
                status.set("Ready. Press Run to run your code.".into());
            }
            announced_ready.set_value(true);
        }
        RunnerEvent::Message(WorkerMessage::Event { run, event }) => {
            if current_run.get_untracked() == Some(run) {
                on_run_event(event);
            }
        }
        RunnerEvent::Message(WorkerMessage::Syntax {
            request,
            diagnostics,
        }) => {
            if request == syntax_checks.get_value() && current_run.get_untracked().is_none() {
                mark_in_editor(&diagnostics);
            }
        }
        RunnerEvent::Message(WorkerMessage::BadRequest { message }) => {
            leptos::logging::error!("the worker could not read a request: {message}");
        }
        // The runner turns this into `Crashed` and never passes it on.
        RunnerEvent::Message(
            WorkerMessage::LoadFailed { .. } | WorkerMessage::DataReady { .. },
        ) => {}
        RunnerEvent::Crashed(message) => {
            leptos::logging::error!("the code runner failed: {message}");
            let was_running = current_run.get_untracked().is_some();
            // The browser's own stack (not the sandbox's limits) runs out when a script
            // nests lists or maps thousands of levels deep: Rhai copies, measures and frees
            // such values recursively. That is the script's doing, so say so plainly.
            let (line, new_status) = if was_running && message.contains("call stack") {
                (
                    "Stopped: your script built something nested too deeply, such as a list \
                     inside a list inside a list, thousands of levels deep, and the code \
                     runner ran out of room. Your code has not changed.\n",
                    "Your code stopped: something was nested too deeply. See the output.",
                )
            } else {
                (
                    "The code runner stopped unexpectedly. Your code has not changed. \
                     Press Run to try again.\n",
                    "The code runner stopped unexpectedly. Press Run to try again.",
                )
            };
            if was_running {
                current_run.set(None);
                push_line(LineKind::Error, line.into());
            }
            status.set(new_status.into());
        }
    }));

    let run_code = move || {
        if current_run.get_untracked().is_some() {
            status.set("Your code is already running. Press Stop to end it.".into());
            return;
        }
        let Some(code) = editor.with_value(|editor| editor.as_ref().map(CodeEditor::text)) else {
            return;
        };
        let run = runs_started.get_value().wrapping_add(1);
        runs_started.set_value(run);
        // A syntax check still on its way must not replace this run's marks.
        syntax_checks.update_value(|request| *request = request.wrapping_add(1));
        output.set(Vec::new());
        last_error.set_value(None);
        mark_in_editor(&[]);
        current_run.set(Some(run));
        status.set("Running your code…".into());
        runner.with_value(|runner| runner.send(&Request::Run { run, code }));
    };

    let stop = move || {
        if current_run.get_untracked().is_none() {
            status.set("Nothing is running, so there is nothing to stop.".into());
            return;
        }
        runner.with_value(Runner::restart);
        current_run.set(None);
        push_line(
            LineKind::Notice,
            "Stopped. Your code has not changed.\n".into(),
        );
        status.set("Stopped. Your code has not changed.".into());
    };

    let on_change = move |code: String| {
        match storage::save(&code) {
            Ok(()) => {
                if storage_problem.get_untracked() == Some(StorageProblem::Full) {
                    storage_problem.set(None);
                }
            }
            Err(problem) => {
                if storage_problem.get_untracked() != Some(problem) {
                    storage_problem.set(Some(problem));
                }
            }
        }
        let request = syntax_checks.get_value().wrapping_add(1);
        syntax_checks.set_value(request);
        set_timeout(
            move || {
                let still_newest = syntax_checks.get_value() == request;
                if still_newest && current_run.get_untracked().is_none() {
                    runner
                        .with_value(|runner| runner.send(&Request::CheckSyntax { request, code }));
                }
            },
            SYNTAX_CHECK_DELAY,
        );
    };

    let editor_host = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let Some(host) = editor_host.get() else {
            return;
        };
        if editor.with_value(Option::is_some) {
            return;
        }
        match CodeEditor::create(&host, &initial_code, on_change, run_code) {
            Ok(created) => editor.set_value(Some(created)),
            Err(error) => {
                leptos::logging::error!("the code editor could not start: {error:?}");
                editor_failed.set(true);
            }
        }
        runner.with_value(Runner::warm_up);
    });

    // Ctrl+Enter (Cmd+Enter on a Mac) runs the code from anywhere on the page. Inside the
    // editor, the editor handles it first and marks the event as handled.
    let keyboard = window_event_listener(ev::keydown, move |event| {
        let run_shortcut = event.key() == "Enter" && (event.ctrl_key() || event.meta_key());
        if run_shortcut && !event.default_prevented() {
            event.prevent_default();
            run_code();
        }
    });
    on_cleanup(move || keyboard.remove());

    let is_running = move || current_run.get().is_some();

    view! {
        <h1 class="nhsuk-heading-l">"Code playground"</h1>
        <p id="editor-help" class="nhsuk-body">
            "Type your code, then press Run (or Ctrl + Enter). "
            "In the editor, the Tab key indents your code. "
            "To move on with the keyboard, press Escape and then Tab."
        </p>
        {move || {
            storage_problem
                .get()
                .map(|problem| {
                    view! {
                        <div class="nhsuk-warning-callout" role="status">
                            <h2 class="nhsuk-warning-callout__label">{problem.heading()}</h2>
                            <p>{problem.message()}</p>
                        </div>
                    }
                })
        }}
        <div class="c4h-workspace">
            <section aria-labelledby="editor-heading">
                <h2 id="editor-heading" class="nhsuk-heading-s c4h-panel-heading">
                    "Your code"
                </h2>
                <div id="editor" node_ref=editor_host></div>
                {move || {
                    editor_failed
                        .get()
                        .then(|| {
                            view! {
                                <p class="nhsuk-error-message">
                                    "The code editor could not start. Reload the page to try again."
                                </p>
                            }
                        })
                }}
                <div class="c4h-toolbar">
                    <button
                        type="button"
                        class="nhsuk-button"
                        aria-disabled=move || is_running().to_string()
                        on:click=move |_| run_code()
                    >
                        "Run"
                    </button>
                    <button
                        type="button"
                        class="nhsuk-button nhsuk-button--secondary"
                        aria-disabled=move || (!is_running()).to_string()
                        on:click=move |_| stop()
                    >
                        "Stop"
                    </button>
                    <p class="c4h-status" role="status">
                        {move || status.get()}
                    </p>
                </div>
            </section>
            <section aria-labelledby="output-heading">
                <h2 id="output-heading" class="nhsuk-heading-s c4h-panel-heading">
                    "Output"
                </h2>
                <p class="c4h-synthetic-note c4h-synthetic-note--output">
                    "Any patient data shown here is synthetic: made up, not about real people."
                </p>
                <div id="output" class="c4h-output" role="log" aria-label="Output" tabindex="0">
                    {move || {
                        output
                            .with(Vec::is_empty)
                            .then(|| {
                                view! {
                                    <span class="c4h-output__empty">
                                        "What your code prints will appear here."
                                    </span>
                                }
                            })
                    }}
                    <For each=move || output.get() key=|line| line.id let:line>
                        <span class=line.kind.class()>{line.text}</span>
                    </For>
                </div>
            </section>
        </div>
        <ApiReference/>
    }
}
