//! The Rust side of the code editor. The editor itself is CodeMirror 6, set up in
//! www/editor/editor.js and bundled by esbuild. The page loads it without waiting for it
//! (a learner can type in a plain text area meanwhile: early.rs), so it may arrive after
//! this app starts: it puts `window.c4hEditor` on the page and fires `c4h:editor-ready`.

use c4h_protocol::Diagnostic;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// One editor on the page.
    pub type CodeEditor;

    #[wasm_bindgen(catch, js_namespace = c4hEditor, js_name = create)]
    fn create_editor(
        parent: &web_sys::HtmlElement,
        text: &str,
        on_change: &js_sys::Function,
        on_run: &js_sys::Function,
        read_only: bool,
        cursor: Option<Vec<u32>>,
        focus: bool,
    ) -> Result<CodeEditor, JsValue>;

    #[wasm_bindgen(method, js_name = getText)]
    pub fn text(this: &CodeEditor) -> String;

    /// Replaces the whole text, as one change the editor's undo can take back.
    #[wasm_bindgen(method, js_name = setText)]
    pub fn set_text(this: &CodeEditor, text: &str);

    #[wasm_bindgen(method)]
    pub fn focus(this: &CodeEditor);

    #[wasm_bindgen(method, js_name = showDiagnostics)]
    fn show_diagnostics_json(this: &CodeEditor, json: &str);
}

/// Where the editor starts: its text, and (taken over from the early text area) the
/// selection and whether it has the focus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditorStart {
    pub text: String,
    /// The selection's anchor and head, in characters (UTF-16 units, as the page counts).
    pub selection: Option<(u32, u32)>,
    pub focused: bool,
}

impl CodeEditor {
    /// Puts an editor starting as `start` inside `parent`. `on_change` gets the whole text
    /// after every edit; `on_run` is called for Ctrl+Enter (Cmd+Enter on a Mac).
    pub fn create(
        parent: &web_sys::HtmlElement,
        start: &EditorStart,
        on_change: impl FnMut(String) + 'static,
        on_run: impl FnMut() + 'static,
    ) -> Result<CodeEditor, JsValue> {
        let on_change = Closure::<dyn FnMut(String)>::new(on_change);
        let on_run = Closure::<dyn FnMut()>::new(on_run);
        let editor = create_editor(
            parent,
            &start.text,
            on_change.as_ref().unchecked_ref(),
            on_run.as_ref().unchecked_ref(),
            crate::embed::current().is_some_and(|embed| embed.read_only),
            start.selection.map(|(anchor, head)| vec![anchor, head]),
            start.focused,
        )?;
        // The editor lives as long as the page, and so do its callbacks.
        on_change.forget();
        on_run.forget();
        Ok(editor)
    }

    /// Marks the lines and places of these diagnostics; an empty slice clears the marks.
    pub fn show_diagnostics(&self, diagnostics: &[Diagnostic]) {
        // Serialising plain structs of strings and numbers cannot fail.
        let json = serde_json::to_string(diagnostics).unwrap_or_else(|_| "[]".into());
        self.show_diagnostics_json(&json);
    }
}

/// A page's handle on its editor, which appears once the page is in the document: empty
/// until then (and if the editor could not start). Cheap to copy.
#[derive(Clone, Copy)]
pub struct EditorHandle {
    editor: StoredValue<Option<CodeEditor>, LocalStorage>,
    /// Set when the editor could not start.
    pub failed: RwSignal<bool>,
}

impl EditorHandle {
    pub fn new() -> EditorHandle {
        EditorHandle {
            editor: StoredValue::new_local(None),
            failed: RwSignal::new(false),
        }
    }

    /// The code in the editor, once there is an editor.
    pub fn text(&self) -> Option<String> {
        self.editor
            .with_value(|editor| editor.as_ref().map(CodeEditor::text))
    }

    /// Replaces the code as one change the editor's undo (Ctrl+Z) can take back, and puts
    /// the focus in the editor.
    pub fn replace_text(&self, text: &str) {
        self.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_text(text);
                editor.focus();
            }
        });
    }

    /// Where a session marks diagnostics: in this editor, once there is one.
    pub fn marker(&self) -> crate::session::DiagnosticsMarker {
        let editor = self.editor;
        std::rc::Rc::new(move |diagnostics: &[Diagnostic]| {
            editor.with_value(|editor| {
                if let Some(editor) = editor {
                    editor.show_diagnostics(diagnostics);
                }
            });
        })
    }

    /// Puts an editor starting as `start` into `host` as soon as `host` is in the page and
    /// the editor's script has arrived (once). `on_change` gets the whole text after every
    /// edit; `on_submit` is Ctrl+Enter (Cmd+Enter on a Mac) in the editor; `then` runs right
    /// after, editor or not.
    pub fn mount_when_ready(
        &self,
        host: NodeRef<html::Div>,
        start: EditorStart,
        on_change: impl FnMut(String) + Clone + 'static,
        on_submit: impl FnMut() + Clone + 'static,
        then: impl Fn() + 'static,
    ) {
        let handle = *self;
        let script_arrived = RwSignal::new(editor_script_arrived());
        if !script_arrived.get_untracked() {
            let listener = window_event_listener_untyped("c4h:editor-ready", move |_| {
                script_arrived.set(true);
            });
            on_cleanup(move || listener.remove());
        }
        Effect::new(move |_| {
            let Some(host) = host.get() else { return };
            if !script_arrived.get() || handle.editor.with_value(Option::is_some) {
                return;
            }
            match CodeEditor::create(&host, &start, on_change.clone(), on_submit.clone()) {
                Ok(created) => handle.editor.set_value(Some(created)),
                Err(error) => {
                    leptos::logging::error!("the code editor could not start: {error:?}");
                    handle.failed.set(true);
                }
            }
            then();
        });
    }
}

/// Whether the editor's script has put `window.c4hEditor` on the page.
fn editor_script_arrived() -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str("c4hEditor"))
        .is_ok_and(|editor| !editor.is_undefined())
}
