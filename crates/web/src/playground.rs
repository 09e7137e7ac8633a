//! The playground page: the editor with Run and Stop, the Output panel with the app's
//! form, the tools to share, download and open code, the example apps, and the question
//! before anything replaces the learner's code.

use c4h_links::LinkProblem;
use leptos::prelude::*;

use crate::api_reference::ApiReference;
use crate::app_form::AppForm;
use crate::early::EarlyPlayground;
use crate::editor::{EditorHandle, EditorStart};
use crate::examples::EXAMPLES;
use crate::i18n::tr;
use crate::output::OutputLog;
use crate::page::{forget_fragment, set_title};
use crate::session::Session;
use crate::share::link_problem_message;
use crate::share_tools::ShareTools;
use crate::storage::{self, StorageProblem};
use crate::widgets::{Callout, Confirm};
use crate::workspace::{CodeWorkspace, use_submit_shortcut};

/// What a first-time visitor sees in the editor. www/starter.rhai is its one copy: the
/// build also puts it in boot.js, which shows it in the early text area (early.rs).
pub const STARTER_CODE: &str = include_str!("../../../www/starter.rhai");

/// What the page opened with, besides the saved code.
#[derive(Clone, PartialEq)]
pub enum Arrival {
    /// A plain visit.
    Plain,
    /// A "Share code" link: offer its code.
    SharedCode(String),
    /// A share link that could not be read.
    BrokenLink(LinkProblem),
}

/// Code waiting for the learner to say whether it may replace theirs.
#[derive(Clone, PartialEq)]
struct Replacement {
    code: String,
    /// Where it came from, in the learner's words: "the shared link", "bmi.rhai".
    source: String,
}

#[component]
pub fn Playground(arrival: Arrival, early: Option<EarlyPlayground>) -> impl IntoView {
    set_title(None);
    let loaded = storage::load();
    let saved = loaded.code.unwrap_or_else(|| STARTER_CODE.to_owned());
    // The early page's text is the saved code, unless the learner has typed since.
    let (start, early_run, sent_run) = match early {
        Some(early) => (early.start, early.run_pressed, early.sent_run),
        None => (
            EditorStart {
                text: saved.clone(),
                ..EditorStart::default()
            },
            false,
            None,
        ),
    };
    let typed_early = (start.text != saved).then(|| start.text.clone());
    let early_code = early_run.then(|| start.text.clone());
    let storage_problem = RwSignal::new(loaded.problem);
    let editor = EditorHandle::new();
    // For "Go to line N" under a problem in the Output (output.rs).
    provide_context(editor);
    let session = Session::provide_adopting(Some(editor.marker()), sent_run);
    let replacement = RwSignal::new(None::<Replacement>);
    let notice = RwSignal::new(None::<String>);
    let (shared_code, link_problem) = match arrival {
        Arrival::Plain => (None, None),
        Arrival::SharedCode(code) => (Some(code), None),
        Arrival::BrokenLink(problem) => (None, Some(problem)),
    };

    let save = move |code: &str| match storage::save(code) {
        // A full store with room again is news; other problems stay until a reload.
        Ok(()) if storage_problem.get_untracked() == Some(StorageProblem::Full) => {
            storage_problem.set(None);
        }
        Ok(()) => {}
        Err(problem) if storage_problem.get_untracked() != Some(problem) => {
            storage_problem.set(Some(problem));
        }
        Err(_) => {}
    };
    // Puts new code in the editor. The code it replaces is kept in storage first, and the
    // editor's undo (Ctrl+Z) brings it back too.
    let replace_now = move |code: String, source: String| {
        let Some(current) = editor.text() else { return };
        if current != code {
            storage::keep_previous(&current);
        }
        editor.replace_text(&code);
        replacement.set(None);
        notice.set(Some(tr!("playground-opened", source = source)));
    };
    // Asks before replacing code the learner wrote; replaces the starter code straight away.
    let offer = Callback::new(move |(code, source): (String, String)| {
        let current = editor.text().unwrap_or_default();
        if current == code {
            notice.set(Some(tr!("playground-already-open", source = source)));
        } else if current.trim().is_empty() || current == STARTER_CODE {
            replace_now(code, source);
        } else {
            notice.set(None);
            replacement.set(Some(Replacement { code, source }));
        }
    });
    let run_code = move || {
        if let Some(code) = editor.text() {
            session.run(code);
        }
    };
    use_submit_shortcut(run_code);
    // Run was pressed before the app arrived: run that code now (it waits, "Getting
    // ready…", until the code runner is ready).
    if let Some(code) = early_code {
        session.run(code);
    }

    view! {
        <h1 class="nhsuk-heading-l">{tr!("shell-playground-heading")}</h1>
        <crate::editor_help::EditorHelp action=tr!("shell-run")/>
        {move || storage_problem.get().map(|problem| view! {
            <Callout heading=problem.heading()><p>{problem.message()}</p></Callout>
        })}
        {link_problem.map(|problem| view! {
            <Callout heading=tr!("playground-link-problem") alert=true class="c4h-link-problem">
                <p>{link_problem_message(problem)}</p>
                <p>{tr!("playground-own-code")}</p>
            </Callout>
        })}
        {move || replacement.get().map(|Replacement { code, source }| view! {
            <Confirm
                id="replace-heading"
                heading=tr!("playground-replace-heading", source = source.as_str())
                text=tr!("playground-replace-text")
                yes=tr!("playground-replace-yes")
                no=tr!("playground-replace-no")
                on_yes=move |()| replace_now(code.clone(), source.clone())
                on_no=move |()| {
                    replacement.set(None);
                    notice.set(Some(tr!("playground-kept")));
                }
                region=true
                class="c4h-replace"
            />
        })}
        <p class="c4h-notice" role="status">{move || notice.get()}</p>
        <div class="c4h-workspace">
            <CodeWorkspace
                editor=editor
                start=start
                on_change=move |code: String| {
                    save(&code);
                    session.code_changed(code);
                }
                on_submit=move |()| run_code()
                on_ready=move |()| {
                    if let Some(code) = typed_early.clone() {
                        save(&code);
                    }
                    if let Some(code) = shared_code.clone() {
                        offer.run((code, tr!("playground-source-link")));
                        // The link has been read: a reload should not ask again.
                        forget_fragment();
                    }
                }
            >
                <ShareTools editor=editor offer=offer notice=notice/>
                <Examples offer=offer/>
            </CodeWorkspace>
            <section aria-labelledby="output-heading">
                <h2 id="output-heading" class="nhsuk-heading-s c4h-panel-heading">{tr!("shell-output")}</h2>
                <p class="c4h-synthetic-note c4h-synthetic-note--output">
                    {tr!("playground-synthetic-note")}
                </p>
                <AppForm/>
                <OutputLog label=tr!("shell-output") empty=tr!("shell-output-empty") class="c4h-output"/>
            </section>
        </div>
        <ApiReference offer=offer/>
    }
}

/// The example apps, each offered to the editor with a button.
#[component]
fn Examples(offer: Callback<(String, String)>) -> impl IntoView {
    let examples = EXAMPLES
        .iter()
        .map(|example| {
            let title = (example.title)();
            let source = tr!("playground-source-example", name = title.as_str());
            let open = move |_| offer.run((example.code.to_owned(), source.clone()));
            view! {
                <li>
                    <button type="button" class="c4h-tool" on:click=open>{title}</button>
                    " "
                    <span class="c4h-examples__about">{(example.about)()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="nhsuk-details c4h-examples">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{tr!("playground-examples")}</span>
            </summary>
            <div class="nhsuk-details__text">
                <ul class="c4h-examples__list">{examples}</ul>
            </div>
        </details>
    }
}
