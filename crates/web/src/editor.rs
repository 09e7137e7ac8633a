//! The Rust side of the code editor. The editor itself is CodeMirror 6, set up in
//! www/editor/editor.js and bundled by esbuild. The page loads it without waiting for it
//! (a learner can type in a plain text area meanwhile: early.rs), so it may arrive after
//! this app starts: it puts `window.c4hEditor` on the page and fires `c4h:editor-ready`.
//! The editor's own words (its name, the notes it says) come from here, in the learner's
//! language ([`editor_words`]).

use c4h_protocol::Diagnostic;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::i18n::tr;

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
        words: &JsValue,
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

    /// Puts the cursor at `line` and `column` (from 1), in view, with the focus.
    #[wasm_bindgen(method, js_name = showStep)]
    fn show_step(this: &CodeEditor, line: u32);

    #[wasm_bindgen(method, js_name = goTo)]
    fn go_to(this: &CodeEditor, line: u32, column: u32);

    /// Types `text` at the cursor, in place of the `back` characters before it, and `close`
    /// after the cursor (the key bar).
    #[wasm_bindgen(method)]
    fn insert(this: &CodeEditor, text: &str, close: &str, back: u32);

    /// The code before the cursor.
    #[wasm_bindgen(method)]
    fn before(this: &CodeEditor) -> String;

    /// Says and shows which line the cursor is on.
    #[wasm_bindgen(method, js_name = whichLine)]
    fn which_line(this: &CodeEditor);

    /// Indents the line (Tab, for a keyboard without one).
    #[wasm_bindgen(method)]
    fn indent(this: &CodeEditor);

    /// Keeps `pixels` free below the cursor (the key bar covers the bottom of the screen).
    #[wasm_bindgen(method, js_name = reserveBottom)]
    fn reserve_bottom(this: &CodeEditor, pixels: f64);
}

/// Where the editor starts: its text, and (taken over from the early text area) the
/// selection, whether it has the focus, and the text area itself, which stands in for the
/// editor until its script arrives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditorStart {
    pub text: String,
    /// The selection's anchor and head, in characters (UTF-16 units, as the page counts).
    pub selection: Option<(u32, u32)>,
    pub focused: bool,
    pub stand_in: Option<web_sys::HtmlTextAreaElement>,
}

impl EditorStart {
    /// Where a stand-in text area has got to: its text, selection and focus now.
    fn from_stand_in(area: &web_sys::HtmlTextAreaElement) -> EditorStart {
        let selection = area
            .selection_start()
            .ok()
            .flatten()
            .zip(area.selection_end().ok().flatten());
        let focused = document()
            .active_element()
            .is_some_and(|active| JsValue::from(active) == JsValue::from(area.clone()));
        EditorStart {
            text: area.value(),
            selection,
            focused,
            stand_in: None,
        }
    }
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
            &editor_words(),
        )?;
        // The editor lives as long as the page, and so do its callbacks.
        on_change.forget();
        on_run.forget();
        Ok(editor)
    }

    /// Marks the lines and places of these diagnostics; an empty slice clears the marks.
    pub fn show_diagnostics(&self, diagnostics: &[Diagnostic]) {
        // The editor shows each message with its code styled: the message goes split into
        // plain text and code (c4h-protocol's `code_spans`), so JavaScript need not parse it.
        let marks: Vec<Mark> = diagnostics
            .iter()
            .map(|diagnostic| {
                let summary = diagnostic.summary(&crate::i18n::render);
                Mark {
                    line: diagnostic.line,
                    column: diagnostic.column,
                    parts: c4h_protocol::code_spans(&summary),
                    message: summary,
                }
            })
            .collect();
        // Serialising plain values cannot fail.
        let json = serde_json::to_string(&marks).unwrap_or_else(|_| "[]".into());
        self.show_diagnostics_json(&json);
    }
}

/// One diagnostic as www/editor/editor.js's `showDiagnostics` reads it. A struct rather
/// than `serde_json::json!`: that would bring serde_json's `Value` into the page.
#[derive(serde::Serialize)]
struct Mark {
    line: Option<u32>,
    column: Option<u32>,
    parts: Vec<(bool, String)>,
    message: String,
}

/// A page's handle on its editor, which appears once the page is in the document: a plain
/// text area stands in for it until the editor's script arrives, and nothing is there
/// before (or if the editor could not start). Cheap to copy.
#[derive(Clone, Copy)]
pub struct EditorHandle {
    editor: StoredValue<Option<CodeEditor>, LocalStorage>,
    stand_in: StoredValue<Option<web_sys::HtmlTextAreaElement>, LocalStorage>,
    /// Set when the editor could not start.
    pub failed: RwSignal<bool>,
}

impl EditorHandle {
    pub fn new() -> EditorHandle {
        EditorHandle {
            editor: StoredValue::new_local(None),
            stand_in: StoredValue::new_local(None),
            failed: RwSignal::new(false),
        }
    }

    /// The code in the editor (or its stand-in), once there is one.
    pub fn text(&self) -> Option<String> {
        self.editor
            .with_value(|editor| editor.as_ref().map(CodeEditor::text))
            .or_else(|| {
                self.stand_in
                    .with_value(|area| area.as_ref().map(|area| area.value()))
            })
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
        self.stand_in.with_value(|area| {
            if let Some(area) = area {
                area.set_value(text);
                let _ = area.focus();
            }
        });
    }

    /// Marks `line` as the step being watched ("Watch it run"); 0 clears the mark.
    pub fn show_step(&self, line: u32) {
        self.with_editor(|editor| editor.show_step(line));
    }

    /// Puts the editor's cursor at `line` and `column` (from 1), with the focus: "Go to line
    /// 3" under a problem.
    pub fn go_to(&self, line: u32, column: u32) {
        self.with_editor(|editor| editor.go_to(line, column));
    }

    /// The key bar: types `text` in place of the `back` characters before the cursor, and
    /// `close` after it.
    pub fn insert(&self, text: &str, close: &str, back: usize) {
        let back = u32::try_from(back).unwrap_or(0);
        self.with_editor(|editor| editor.insert(text, close, back));
    }

    /// The code before the cursor (empty before the editor is up).
    pub fn before_cursor(&self) -> String {
        // `try_`: the editor's last "cursor moved" can come as its page goes.
        self.editor
            .try_with_value(|editor| editor.as_ref().map(CodeEditor::before))
            .flatten()
            .unwrap_or_default()
    }

    pub fn focus(&self) {
        self.with_editor(CodeEditor::focus);
    }

    pub fn which_line(&self) {
        self.with_editor(CodeEditor::which_line);
    }

    pub fn indent(&self) {
        self.with_editor(CodeEditor::indent);
    }

    pub fn reserve_bottom(&self, pixels: f64) {
        self.with_editor(|editor| editor.reserve_bottom(pixels));
    }

    /// Whether the full editor (not its stand-in) is up.
    pub fn is_up(&self) -> bool {
        self.editor.try_with_value(Option::is_some).unwrap_or(false)
    }

    /// `try_`: a part's cleanup (the key bar's) may run as the page's editor goes.
    fn with_editor(&self, act: impl FnOnce(&CodeEditor)) {
        self.editor.try_with_value(|editor| {
            if let Some(editor) = editor {
                act(editor);
            }
        });
    }

    /// Where a session marks diagnostics: in this editor, once there is one. A mark's words
    /// are in the `errors` catalogue (fetched when first needed): the latest marks wait for
    /// it; clearing them does not.
    pub fn marker(&self) -> crate::session::DiagnosticsMarker {
        let editor = self.editor;
        let mark = move |diagnostics: &[Diagnostic]| {
            editor.with_value(|editor| {
                if let Some(editor) = editor {
                    editor.show_diagnostics(diagnostics);
                }
            });
        };
        let waiting = RwSignal::new(None::<Vec<Diagnostic>>);
        Effect::new(move |_| {
            waiting.with(|waiting| {
                if let Some(diagnostics) = waiting
                    && crate::i18n::area_ready("errors").get()
                {
                    mark(diagnostics);
                }
            });
        });
        std::rc::Rc::new(move |diagnostics: &[Diagnostic]| {
            if diagnostics.is_empty() {
                waiting.try_set(None);
                mark(diagnostics);
            } else {
                waiting.try_set(Some(diagnostics.to_vec()));
            }
        })
    }

    /// Puts an editor starting as `start` into `host` as soon as `host` is in the page and
    /// the editor's script has arrived (once); until the script arrives, a plain text area
    /// stands in (the early page's, or a new one), and the editor takes over its text,
    /// cursor and focus. `on_change` gets the whole text after every edit; `on_submit` is
    /// Ctrl+Enter (Cmd+Enter on a Mac); `then` runs as soon as the learner has somewhere
    /// to type (or the editor could not start).
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
            set_timeout(load_editor_script, EDITOR_LOAD_FALLBACK);
            let listener = window_event_listener_untyped("c4h:editor-ready", move |_| {
                script_arrived.set(true);
            });
            on_cleanup(move || listener.remove());
        }
        let start = StoredValue::new_local(start);
        let readied = StoredValue::new(false);
        let ready = move || {
            if !readied.get_value() {
                readied.set_value(true);
                then();
            }
        };
        Effect::new(move |_| {
            let Some(host) = host.get() else { return };
            if handle.editor.with_value(Option::is_some) {
                return;
            }
            if !script_arrived.get() {
                if handle.stand_in.with_value(Option::is_none) {
                    let area = start.with_value(|start| place_stand_in(&host, start));
                    listen_to_stand_in(&area, on_change.clone(), on_submit.clone());
                    handle.stand_in.set_value(Some(area));
                    ready();
                }
                return;
            }
            // The editor takes over from the stand-in where the learner has got to.
            let start = match handle.stand_in.try_update_value(Option::take).flatten() {
                Some(area) => {
                    let now = EditorStart::from_stand_in(&area);
                    area.remove();
                    now
                }
                None => start.with_value(Clone::clone),
            };
            match CodeEditor::create(&host, &start, on_change.clone(), on_submit.clone()) {
                Ok(created) => handle.editor.set_value(Some(created)),
                Err(error) => {
                    leptos::logging::error!("the code editor could not start: {error:?}");
                    handle.failed.set(true);
                }
            }
            ready();
        });
    }
}

/// The plain text area that stands in for the editor: the early page's (moved here, with
/// its cursor and focus), or a new one holding `start`'s text.
fn place_stand_in(
    host: &web_sys::HtmlElement,
    start: &EditorStart,
) -> web_sys::HtmlTextAreaElement {
    let area = start.stand_in.clone().unwrap_or_else(|| {
        let area: web_sys::HtmlTextAreaElement = document()
            .create_element("textarea")
            .expect("a text area can be made")
            .unchecked_into();
        area.set_value(&start.text);
        for (name, value) in [
            ("aria-label", tr!("shell-code-editor").as_str()),
            ("lang", "en"),
            ("aria-describedby", "editor-help"),
            ("spellcheck", "false"),
            ("autocapitalize", "off"),
            ("autocomplete", "off"),
        ] {
            let _ = area.set_attribute(name, value);
        }
        area
    });
    area.set_class_name("c4h-stand-in");
    let _ = host.append_child(&area);
    if start.focused {
        let _ = area.focus();
    }
    if let Some((anchor, head)) = start.selection {
        let _ = area.set_selection_range(anchor.min(head), anchor.max(head));
    }
    area
}

/// Passes the stand-in's edits on, and Ctrl+Enter (Cmd+Enter).
fn listen_to_stand_in(
    area: &web_sys::HtmlTextAreaElement,
    mut on_change: impl FnMut(String) + 'static,
    mut on_submit: impl FnMut() + 'static,
) {
    let typed = area.clone();
    let on_input = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
        on_change(typed.value());
    });
    let on_key =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            let enter = event.key() == "Enter"; // not learner text
            if enter && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                on_submit();
            }
        });
    let _ = area.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    let _ = area.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    // The stand-in lives until the editor arrives; its two small handlers go with the page.
    on_input.forget();
    on_key.forget();
}

thread_local! {
    static WORDS: std::cell::OnceCell<JsValue> = const { std::cell::OnceCell::new() };
}

/// The editor's own words in the learner's language, for www/editor/editor.js: its
/// accessible name, the notes aids.js says ("Line 3 of 10, column 5", a straightened
/// quote), and CodeMirror's own phrases. Made once: every editor on the page shares it.
fn editor_words() -> JsValue {
    WORDS.with(|words| {
        words
            .get_or_init(|| {
                let words = js_sys::Object::new();
                let set = |object: &js_sys::Object, name: &str, value: &JsValue| {
                    let _ = js_sys::Reflect::set(object, &JsValue::from_str(name), value);
                };
                let text = |value: String| JsValue::from_str(&value);
                set(&words, "label", &text(tr!("shell-code-editor")));
                let changed = js_sys::Object::new();
                set(&changed, "\"", &text(tr!("editor-straight-double")));
                set(&changed, "'", &text(tr!("editor-straight-single")));
                set(&changed, "-", &text(tr!("editor-straight-dash")));
                set(&words, "changed", &changed);
                let which_line = Closure::<dyn Fn(u32, u32, u32) -> String>::new(
                    |line: u32, lines: u32, column: u32| {
                        tr!(
                            "editor-which-line",
                            line = line,
                            lines = lines,
                            column = column
                        )
                    },
                );
                set(&words, "whichLine", which_line.as_ref());
                // The page's words last as long as the page.
                which_line.forget();
                // CodeMirror's `EditorState.phrases`: its English, and ours.
                let phrases = js_sys::Object::new();
                for (english, ours) in [
                    ("Selection deleted", tr!("editor-selection-deleted")), // not learner text
                    ("Control character", tr!("editor-control-character")), // not learner text
                ] {
                    set(&phrases, english, &text(ours));
                }
                set(&words, "phrases", &phrases);
                words.into()
            })
            .clone()
    })
}

/// Asks boot.js to load the editor's script, which index.html holds back so that on a slow
/// connection it does not compete with the code runner. Once is enough; again does nothing.
pub fn load_editor_script() {
    let load = js_sys::Reflect::get(&window(), &JsValue::from_str("c4hLoadEditor"));
    if let Ok(load) = load.and_then(|load| load.dyn_into::<js_sys::Function>()) {
        let _ = load.call0(&JsValue::NULL);
    }
}

/// How long a page with an editor waits for the code runner before loading the editor
/// anyway (a runner that cannot load must not leave the learner without an editor).
const EDITOR_LOAD_FALLBACK: std::time::Duration = std::time::Duration::from_secs(4);

/// Whether the editor's script has put `window.c4hEditor` on the page.
fn editor_script_arrived() -> bool {
    js_sys::Reflect::get(&window(), &JsValue::from_str("c4hEditor"))
        .is_ok_and(|editor| !editor.is_undefined())
}
