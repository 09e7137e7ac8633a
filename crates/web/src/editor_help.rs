//! How to use the editor, said for the device in hand: keys for a keyboard, taps for a touch
//! screen (the styles show one or the other by `pointer: coarse`, so a screen reader reads
//! only the one that applies), and the "Keyboard shortcuts" dialog, a part (`shortcuts`)
//! loaded when it is first opened.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::parts::{part, part_view};

/// The help under "Your code". `action` is the page's main button ("Run", "Check my
/// code"), in the learner's language.
#[component]
pub fn EditorHelp(#[prop(into)] action: String) -> impl IntoView {
    // The dialog, with its list, is made when first opened and taken down when closed.
    let opened = RwSignal::new(false);
    let keys = tr!("editor-help-keys", action = action.as_str());
    let touch = tr!("editor-help-touch", action = action.as_str());
    view! {
        <div id="editor-help" class="nhsuk-body c4h-editor-help">
            <p class="c4h-for-keys">
                {keys}
                " "
                <button type="button" class="c4h-link-button" on:click=move |_| opened.set(true)>
                    {tr!("editor-shortcuts")}
                </button>
            </p>
            <p class="c4h-for-touch">{touch}</p>
        </div>
        {move || opened.get().then(|| part_view(String::new(), &[], shortcuts_part(action.clone(), opened)))}
    }
}

part!(
    shortcuts,
    /// The "Keyboard shortcuts" dialog, for a page whose main button is `action`; it sets
    /// `opened` back to false when it closes.
    fn shortcuts_part(action: String, opened: RwSignal<bool>) -> AnyView {
        view! { <ShortcutsDialog action=action opened=opened/> }.into_any()
    }
);

/// A modal dialog (the browser's own: it keeps the focus inside, closes with Escape and
/// gives the focus back to the button that opened it).
#[component]
fn ShortcutsDialog(action: String, opened: RwSignal<bool>) -> impl IntoView {
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
            <h2 id="shortcuts-heading" class="nhsuk-heading-m">{tr!("editor-shortcuts")}</h2>
            <ShortcutList action=action/>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=close>
                {tr!("editor-shortcuts-close")}
            </button>
        </dialog>
    }
}

/// Every shortcut the editor and the page have (www/editor/editor.js, aids.js, and
/// CodeMirror's default keymap), in the order a beginner needs them. Key names stay as
/// the keys are labelled (in English); the words around them are the learner's language.
#[component]
fn ShortcutList(action: String) -> impl IntoView {
    let key = |name: &str| name.to_owned();
    let shortcuts: [(String, String); 10] = [
        (
            tr!("editor-keys-submit"),
            tr!("editor-key-submit", action = action.as_str()),
        ),
        (key("Tab"), tr!("editor-key-indent")), // not learner text
        (key("Shift + Tab"), tr!("editor-key-outdent")), // not learner text
        (tr!("editor-keys-leave"), tr!("editor-key-leave")),
        (key("Alt + L"), tr!("editor-key-which-line")), // not learner text
        (key("Ctrl + Z"), tr!("editor-key-undo")),      // not learner text
        (tr!("editor-keys-redo"), tr!("editor-key-redo")),
        (key("Ctrl + A"), tr!("editor-key-select-all")), // not learner text
        (tr!("editor-keys-move"), tr!("editor-key-move")),
        (
            tr!("editor-keys-indent"),
            tr!("editor-key-indent-more-less"),
        ),
    ];
    view! {
        <table class="nhsuk-table c4h-shortcuts">
            <caption class="c4h-visually-hidden">{tr!("editor-shortcuts-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr!("editor-shortcuts-keys")}</th>
                    <th scope="col">{tr!("editor-shortcuts-what")}</th>
                </tr>
            </thead>
            <tbody>
                {shortcuts.into_iter().map(|(keys, what)| view! {
                    <tr><td><kbd>{keys}</kbd></td><td>{what}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
