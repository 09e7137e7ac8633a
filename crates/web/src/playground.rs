//! The playground page: the editor, Run and Stop, the status line, the Output panel with
//! the app's form, and the tools to share, download, open and try examples.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

use crate::api_reference::ApiReference;
use crate::app_form::AppForm;
use crate::editor::{self, CodeEditor};
use crate::examples::EXAMPLES;
use crate::output::item_view;
use crate::session::Session;
use crate::share::{self, LinkProblem, OpenedFile, ShareMode};
use crate::storage::{self, StorageProblem};

/// What a first-time visitor sees in the editor.
pub const STARTER_CODE: &str = r#"// Welcome to the Code4Health Playground!
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
    /// Where it came from, in words: "the shared link", "bmi.rhai".
    source: String,
}

/// A link the learner asked for, ready to copy.
#[derive(Clone, PartialEq)]
struct MadeLink {
    mode: ShareMode,
    url: String,
}

#[component]
pub fn Playground(arrival: Arrival) -> impl IntoView {
    let loaded = storage::load();
    let saved_code = loaded.code.clone();
    let initial_code = saved_code
        .clone()
        .unwrap_or_else(|| STARTER_CODE.to_owned());
    let storage_problem = RwSignal::new(loaded.problem);
    let editor = StoredValue::new_local(None::<CodeEditor>);
    let editor_failed = RwSignal::new(false);
    let session = Session::new(Some(editor::marker(editor)));
    let link_problem = RwSignal::new(match &arrival {
        Arrival::BrokenLink(problem) => Some(*problem),
        _ => None,
    });
    let replacement = RwSignal::new(None::<Replacement>);
    let notice = RwSignal::new(None::<String>);
    let made_link = RwSignal::new(None::<MadeLink>);
    let share_message = RwSignal::new(None::<String>);

    let editor_text = move || editor.with_value(|editor| editor.as_ref().map(CodeEditor::text));

    let save = move |code: &str| match storage::save(code) {
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
    };

    // Puts new code in the editor. The code it replaces is kept in storage first, and the
    // editor's undo (Ctrl+Z) brings it back too.
    let replace_now = move |code: String, source: String| {
        let Some(current) = editor_text() else { return };
        if current != code {
            storage::keep_previous(&current);
        }
        editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_text(&code);
                editor.focus();
            }
        });
        replacement.set(None);
        notice.set(Some(format!(
            "Opened {source}. Your previous code was kept: press Ctrl + Z in the editor to get it back."
        )));
    };
    // Asks before replacing code the learner wrote; replaces the starter code straight away.
    let offer = move |code: String, source: String| {
        let current = editor_text().unwrap_or_default();
        if current == code {
            notice.set(Some(format!(
                "The code from {source} is already in the editor."
            )));
        } else if current.trim().is_empty() || current == STARTER_CODE {
            replace_now(code, source);
        } else {
            notice.set(None);
            replacement.set(Some(Replacement { code, source }));
        }
    };

    let run_code = move || {
        if let Some(code) = editor_text() {
            session.run(code);
        }
    };

    let on_change = move |code: String| {
        save(&code);
        session.check_syntax_later(code, SYNTAX_CHECK_DELAY);
    };

    let editor_host = NodeRef::<html::Div>::new();
    let shared_code = match &arrival {
        Arrival::SharedCode(code) => Some(code.clone()),
        _ => None,
    };
    editor::mount_when_ready(
        editor_host,
        editor,
        editor_failed,
        initial_code,
        on_change,
        run_code,
        move || {
            if let Some(code) = shared_code.clone() {
                offer(code, "the shared link".into());
                // The link has been read: a reload should not ask again.
                forget_fragment();
            }
            session.warm_up();
        },
    );

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

    let share = move |mode: ShareMode| {
        let Some(code) = editor_text() else { return };
        share_message.set(None);
        spawn_local(async move {
            match share::make_fragment(&code, mode).await {
                Ok(fragment) => made_link.set(Some(MadeLink {
                    mode,
                    url: format!("{}{fragment}", page_address()),
                })),
                Err(message) => {
                    made_link.set(None);
                    share_message.set(Some(message));
                }
            }
        });
    };
    let copy_link = move || {
        let Some(link) = made_link.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let message = if share::copy_text(&link.url).await {
                "Link copied. Paste it into an email or message to share it."
            } else {
                "This browser did not let the playground copy the link: select the link \
                 above and copy it."
            };
            share_message.set(Some(message.into()));
        });
    };
    let download = move || {
        if let Some(code) = editor_text() {
            share::download("my-code.rhai", &code);
            notice.set(Some(
                "Your code is downloading as my-code.rhai. Open a file brings it back.".into(),
            ));
        }
    };
    let open_file = move || {
        spawn_local(async move {
            match share::open_file().await {
                None => {}
                Some(OpenedFile::Problem(message)) => notice.set(Some(message)),
                Some(OpenedFile::Text { name, text }) => offer(text, name),
            }
        });
    };

    let is_running = move || session.is_running();
    // The question about replacing code takes the focus, so keyboard and screen-reader
    // users meet it at once.
    let replace_heading = NodeRef::<html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = replace_heading.get() {
            let _ = heading.focus();
        }
    });

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
        {move || {
            link_problem
                .get()
                .map(|problem| {
                    view! {
                        <div class="nhsuk-warning-callout c4h-link-problem" role="alert">
                            <h2 class="nhsuk-warning-callout__label">"This link could not be opened"</h2>
                            <p>{problem.message()}</p>
                            <p>"Your own code is still here, unchanged."</p>
                        </div>
                    }
                })
        }}
        {move || {
            replacement
                .get()
                .map(|Replacement { code, source }| {
                    let heading = format!("Open the code from {source}?");
                    let accept = {
                        let code = code.clone();
                        let source = source.clone();
                        move |_| replace_now(code.clone(), source.clone())
                    };
                    view! {
                        <div class="nhsuk-inset-text c4h-replace" role="region" aria-labelledby="replace-heading">
                            <h2 id="replace-heading" class="nhsuk-heading-s" tabindex="-1" node_ref=replace_heading>{heading}</h2>
                            <p id="replace-text">
                                "It will replace the code in the editor. Your code will be kept, "
                                "and Ctrl + Z in the editor brings it back."
                            </p>
                            <div class="c4h-toolbar">
                                <button type="button" class="nhsuk-button" on:click=accept>
                                    "Replace my code"
                                </button>
                                <button
                                    type="button"
                                    class="nhsuk-button nhsuk-button--secondary"
                                    on:click=move |_| {
                                        replacement.set(None);
                                        notice.set(Some("Your code was kept. Nothing was replaced.".into()));
                                    }
                                >
                                    "Keep my code"
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
        <p class="c4h-notice" role="status">{move || notice.get()}</p>
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
                        on:click=move |_| session.stop()
                    >
                        "Stop"
                    </button>
                    <p class="c4h-status" role="status">
                        {move || session.status.get()}
                    </p>
                </div>
                <div class="c4h-toolbar c4h-toolbar--tools" role="group" aria-label="Share and save">
                    <button type="button" class="c4h-tool" on:click=move |_| share(ShareMode::App)>
                        "Share app"
                    </button>
                    <button type="button" class="c4h-tool" on:click=move |_| share(ShareMode::Code)>
                        "Share code"
                    </button>
                    // Files leave the product: hidden on a shared kiosk (kiosk.rs).
                    <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| download()>
                        "Download code"
                    </button>
                    <button type="button" class="c4h-tool c4h-leaves-product" on:click=move |_| open_file()>
                        "Open a file"
                    </button>
                </div>
                {move || {
                    made_link
                        .get()
                        .map(|link| {
                            let label = match link.mode {
                                ShareMode::App => "Link to your app",
                                ShareMode::Code => "Link to your code",
                            };
                            view! {
                                <div class="c4h-share">
                                    <label class="c4h-field__label" for="share-link">{label}</label>
                                    <div class="c4h-field__hint" id="share-link-hint">
                                        "Your code is inside the link itself: it is not stored on any server. "
                                        "Anyone with the link can see the code."
                                    </div>
                                    <input
                                        class="c4h-field__input c4h-share__link"
                                        id="share-link"
                                        type="text"
                                        readonly
                                        aria-describedby="share-link-hint"
                                        value=link.url
                                        on:focus=|event| {
                                            use wasm_bindgen::JsCast;
                                            if let Some(input) = event
                                                .target()
                                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                            {
                                                input.select();
                                            }
                                        }
                                    />
                                    <button type="button" class="c4h-tool" on:click=move |_| copy_link()>
                                        "Copy link"
                                    </button>
                                </div>
                            }
                        })
                }}
                <p class="c4h-notice" role="status">{move || share_message.get()}</p>
                <details class="nhsuk-details c4h-examples">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"Example apps"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <ul class="c4h-examples__list">
                            {EXAMPLES
                                .iter()
                                .map(|example| {
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="c4h-tool"
                                                on:click=move |_| offer(example.code.to_owned(), format!("the {} example", example.title))
                                            >
                                                {example.title}
                                            </button>
                                            " "
                                            <span class="c4h-examples__about">{example.about}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </details>
            </section>
            <section aria-labelledby="output-heading">
                <h2 id="output-heading" class="nhsuk-heading-s c4h-panel-heading">
                    "Output"
                </h2>
                <p class="c4h-synthetic-note c4h-synthetic-note--output">
                    "Any patient data shown here is synthetic: made up, not about real people."
                </p>
                <AppForm session=session/>
                <div id="output" class="c4h-output" role="log" aria-label="Output" tabindex="0">
                    {move || {
                        session
                            .items
                            .with(Vec::is_empty)
                            .then(|| {
                                view! {
                                    <span class="c4h-output__empty">
                                        "What your code prints will appear here."
                                    </span>
                                }
                            })
                    }}
                    <For each=move || session.items.get() key=|item| item.id let:item>
                        {item_view(item)}
                    </For>
                </div>
            </section>
        </div>
        <ApiReference/>
    }
}

/// This page's address without its fragment: where a share link points.
pub fn page_address() -> String {
    let location = window().location();
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// Takes the fragment off the address without reloading, so a reload does not re-open a
/// link that has been dealt with.
pub fn forget_fragment() {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}
