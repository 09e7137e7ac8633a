//! The editor workspace every page with an editor shares: the "Your code" section with the
//! editor, the message if it could not start, the toolbar of Run, "Watch it run", Stop and
//! the status line (with "Check my code" first on a lesson page), and the "Watch it run"
//! panel once there are steps to watch; and Ctrl+Enter, which does the page's main action
//! from anywhere on the page.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::editor::{EditorHandle, EditorStart};
use crate::i18n::tr;
use crate::session::{WatchState, use_session};

/// The "Your code" section: heading, optional help, the editor, and its toolbar. What
/// follows the toolbar (sharing tools, examples) comes as children.
#[component]
pub fn CodeWorkspace(
    editor: EditorHandle,
    /// The code the editor starts with (and the cursor, taken over from the early page).
    start: EditorStart,
    /// The whole code after every edit.
    #[prop(into)]
    on_change: Callback<String>,
    /// The page's main action: Run on the playground, "Check my code" on a lesson.
    #[prop(into)]
    on_submit: Callback<()>,
    /// Right after the editor is up (or failed): offer shared code, run an early Run.
    #[prop(into)]
    on_ready: Callback<()>,
    /// Help under the heading on how to use the editor, naming this main button ("Check my
    /// code", in the learner's language); the playground has its help above the workspace.
    #[prop(optional, into)]
    help: Option<String>,
    /// "Check my code": shown first, as the main button, with Run beside it.
    #[prop(optional)]
    check: Option<Callback<()>>,
    /// The section's class, for the page's layout.
    #[prop(optional)]
    class: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let host = NodeRef::<html::Div>::new();
    let session = use_session();
    editor.mount_when_ready(
        host,
        start,
        move |code| on_change.run(code),
        move || on_submit.run(()),
        move || on_ready.run(()),
    );
    // The key bar (keys/), the first time the editor gets the focus on a touch screen, or
    // on any device where the learner asked for it (Display).
    let keys_wanted = RwSignal::new(false);
    let read_only = crate::embed::current().is_some_and(|embed| embed.read_only);
    let focus_in = move |_| {
        let wanted_here = crate::keys::touch_screen() || crate::display::key_bar_always();
        if !keys_wanted.get_untracked() && !read_only && editor.is_up() && wanted_here {
            keys_wanted.set(true);
        }
    };
    let key_bar = move || {
        let host = host.get()?;
        keys_wanted.get().then(|| {
            let host: web_sys::HtmlElement = (*host).clone();
            crate::parts::part_view(
                String::new(),
                &["keys"],
                crate::keys::key_bar_part(editor, host),
            )
        })
    };
    let run = move || {
        if let Some(code) = editor.text() {
            session.run(code);
        }
    };
    let watch = move || {
        if let Some(code) = editor.text() {
            session.watch(code);
        }
    };
    // "Watch it run" (watch.rs, a part): fetched the first time there are steps to show,
    // and kept while the learner watches one run after another.
    let watching = Memo::new(move |_| session.watch.with(|state| *state != WatchState::Off));
    let watch_panel = move || {
        watching.get().then(|| {
            crate::parts::part_view(
                tr!("watch-loading"),
                &["watch"],
                crate::watch::watch_panel(editor),
            )
        })
    };
    view! {
        <section class=class aria-labelledby="editor-heading">
            <h2 id="editor-heading" class="nhsuk-heading-s c4h-panel-heading">{tr!("shell-your-code")}</h2>
            {help.map(|action| view! { <crate::editor_help::EditorHelp action=action/> })}
            <div id="editor" node_ref=host on:focusin=focus_in></div>
            {key_bar}
            {move || editor.failed.get().then(|| view! {
                <p class="nhsuk-error-message">{tr!("workspace-editor-failed")}</p>
            })}
            <RunToolbar run=Callback::new(move |()| run()) watch=Callback::new(move |()| watch()) check=check/>
            {watch_panel}
            {children.map(|children| children())}
        </section>
    }
}

/// Run and Stop, inactive (not disabled, so keyboard users keep their place) when they
/// would do nothing, and the status line.
#[component]
fn RunToolbar(
    run: Callback<()>,
    watch: Callback<()>,
    check: Option<Callback<()>>,
) -> impl IntoView {
    let session = use_session();
    let running = move || session.is_running().to_string();
    let idle = move || (!session.is_running()).to_string();
    let run_class = if check.is_some() {
        "nhsuk-button nhsuk-button--secondary"
    } else {
        "nhsuk-button"
    };
    view! {
        <div class="c4h-toolbar">
            {check.map(|check| view! {
                <button type="button" class="nhsuk-button" aria-disabled=running on:click=move |_| check.run(())>
                    {tr!("workspace-check")}
                </button>
            })}
            <button type="button" class=run_class aria-disabled=running on:click=move |_| run.run(())>
                {tr!("shell-run")}
            </button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" aria-disabled=running on:click=move |_| watch.run(())>
                {tr!("workspace-watch")}
            </button>
            <button
                type="button"
                class="nhsuk-button nhsuk-button--secondary"
                aria-disabled=idle
                on:click=move |_| session.stop()
            >
                {tr!("workspace-stop")}
            </button>
            <p class="c4h-status" role="status">{move || session.status.get()}</p>
        </div>
    }
}

/// Ctrl+Enter (Cmd+Enter on a Mac) does `action` from anywhere on the page, for as long as
/// the calling component lives. Inside the editor, the editor handles it first and marks
/// the event as handled.
pub fn use_submit_shortcut(action: impl Fn() + 'static) {
    let keyboard = window_event_listener(ev::keydown, move |event| {
        let enter = event.key() == "Enter"; // not learner text
        let submit = enter && (event.ctrl_key() || event.meta_key());
        if submit && !event.default_prevented() {
            event.prevent_default();
            action();
        }
    });
    on_cleanup(move || keyboard.remove());
}
