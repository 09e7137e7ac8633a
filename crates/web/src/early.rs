//! The early playground: what the page shows before this app has arrived (www/index.html's
//! `#c4h-early`, filled in by boot.js with the learner's saved code), so that a learner on a
//! slow connection can read and type at once. The app takes it over: its text, cursor and
//! focus go to the editor, and a Run pressed meanwhile runs. A run boot.js already sent to
//! the code runner is taken on by the app's session, with its output.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::editor::EditorStart;

/// What the learner did in the early playground.
pub struct EarlyPlayground {
    pub start: EditorStart,
    /// Run (or Ctrl+Enter) was pressed before the app arrived, and not yet sent.
    pub run_pressed: bool,
    /// The last run boot.js sent to the code runner itself (its number and code): the app
    /// takes it on, and shows its output.
    pub sent_run: Option<(u32, String)>,
}

/// Takes the early playground out of the page, if boot.js showed it.
pub fn take_over() -> Option<EarlyPlayground> {
    let document = document();
    let early = document.get_element_by_id("c4h-early")?;
    let code = document
        .get_element_by_id("c4h-early-code")
        .and_then(|element| element.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let shown = !early.has_attribute("hidden");
    let taken = code.filter(|_| shown).map(|code| {
        let selection = code
            .selection_start()
            .ok()
            .flatten()
            .zip(code.selection_end().ok().flatten());
        let focused = document.active_element().is_some_and(|active| {
            wasm_bindgen::JsValue::from(active) == wasm_bindgen::JsValue::from(code.clone())
        });
        EarlyPlayground {
            start: EditorStart {
                text: code.value(),
                selection,
                focused,
                // Kept: it stands in for the editor until the editor's script arrives.
                stand_in: Some(code.clone()),
            },
            run_pressed: early.get_attribute("data-run-pressed").is_some(),
            sent_run: early
                .get_attribute("data-sent-run")
                .and_then(|run| run.parse().ok())
                .zip(early.get_attribute("data-sent-code")),
        }
    });
    if let Some(early) = &taken
        && let Some(area) = &early.start.stand_in
    {
        area.remove();
    }
    early.remove();
    taken
}
