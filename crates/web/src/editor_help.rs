//! How to use the editor, said for the device in hand: keys for a keyboard, taps for a touch
//! screen (the styles show one or the other by `pointer: coarse`, so a screen reader reads
//! only the one that applies), and the "Keyboard shortcuts" dialog, a part (`shortcuts`)
//! loaded when it is first opened.

use leptos::html;
use leptos::prelude::*;

use crate::parts::{part, part_view};

/// The help under "Your code". `action` is the page's main button ("Run", "Check my
/// code").
#[component]
pub fn EditorHelp(action: &'static str) -> impl IntoView {
    // The dialog, with its list, is made when first opened and taken down when closed.
    let opened = RwSignal::new(false);
    view! {
        <div id="editor-help" class="nhsuk-body c4h-editor-help">
            <p class="c4h-for-keys">
                {format!("Type your code, then press {action} (or Ctrl + Enter). ")}
                "In the editor, Tab indents once you have started typing; to leave the "
                "editor, press Escape and then Tab. Alt + L says which line you are on. "
                <button type="button" class="c4h-link-button" on:click=move |_| opened.set(true)>
                    "Keyboard shortcuts"
                </button>
            </p>
            <p class="c4h-for-touch">
                {format!("Type your code, then tap {action}. ")}
                "While you type, a bar above the keyboard has the symbols code needs, and "
                "names from your code: tap one to add it."
            </p>
        </div>
        {move || opened.get().then(|| part_view(String::new(), &[], shortcuts_part(action, opened)))}
    }
}

part!(
    shortcuts,
    /// The "Keyboard shortcuts" dialog, for a page whose main button is `action`; it sets
    /// `opened` back to false when it closes.
    fn shortcuts_part(action: &'static str, opened: RwSignal<bool>) -> AnyView {
        view! { <ShortcutsDialog action=action opened=opened/> }.into_any()
    }
);

/// A modal dialog (the browser's own: it keeps the focus inside, closes with Escape and
/// gives the focus back to the button that opened it).
#[component]
fn ShortcutsDialog(action: &'static str, opened: RwSignal<bool>) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    });
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <dialog class="c4h-dialog" node_ref=dialog aria-labelledby="shortcuts-heading"
            on:close=move |_| opened.set(false)>
            <h2 id="shortcuts-heading" class="nhsuk-heading-m">"Keyboard shortcuts"</h2>
            <ShortcutList action=action/>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=close>
                "Close"
            </button>
        </dialog>
    }
}

/// Every shortcut the editor and the page have (www/editor/editor.js, aids.js, and
/// CodeMirror's default keymap), in the order a beginner needs them.
#[component]
fn ShortcutList(action: &'static str) -> impl IntoView {
    let shortcuts: [(&str, String); 10] = [
        (
            "Ctrl + Enter (Cmd + Enter on a Mac)",
            format!("{action}, from anywhere on the page"),
        ),
        (
            "Tab",
            "Indent the line, once you have started typing".into(),
        ),
        ("Shift + Tab", "Indent the line less".into()),
        (
            "Escape, then Tab",
            "Leave the editor (Shift + Tab goes back)".into(),
        ),
        (
            "Alt + L",
            "Say which line and column the cursor is on".into(),
        ),
        ("Ctrl + Z", "Undo".into()),
        ("Ctrl + Y, or Ctrl + Shift + Z", "Redo".into()),
        ("Ctrl + A", "Select all the code".into()),
        (
            "Alt + Up arrow, Alt + Down arrow",
            "Move the line up or down".into(),
        ),
        ("Ctrl + ] and Ctrl + [", "Indent more, indent less".into()),
    ];
    view! {
        <table class="nhsuk-table c4h-shortcuts">
            <caption class="c4h-visually-hidden">"Keys and what they do"</caption>
            <thead>
                <tr><th scope="col">"Keys"</th><th scope="col">"What they do"</th></tr>
            </thead>
            <tbody>
                {shortcuts.into_iter().map(|(keys, what)| view! {
                    <tr><td><kbd>{keys}</kbd></td><td>{what}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
