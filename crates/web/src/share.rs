//! Share links, code files and the clipboard, seen from Rust. The work is done in
//! www/share/share.js with the browser's own deflate (no compression code in our wasm);
//! this module turns its answers into types and the learner-facing words for each problem.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = c4hShare, js_name = makeFragment)]
    async fn make_fragment_js(code: &str, mode: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = c4hShare, js_name = readFragment)]
    fn read_fragment_js(hash: &str) -> js_sys::Promise;

    #[wasm_bindgen(js_namespace = c4hShare, js_name = download)]
    fn download_js(name: &str, text: &str);

    #[wasm_bindgen(js_namespace = c4hShare, js_name = openFile)]
    fn open_file_js() -> js_sys::Promise;

    #[wasm_bindgen(js_namespace = c4hShare, js_name = copyText)]
    fn copy_text_js(text: &str) -> js_sys::Promise;
}

/// How a shared link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareMode {
    /// The app alone, code hidden.
    App,
    /// The code, in the playground.
    Code,
}

impl ShareMode {
    fn as_str(self) -> &'static str {
        match self {
            ShareMode::App => "app",
            ShareMode::Code => "code",
        }
    }
}

/// Code that came in a link.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedCode {
    pub mode: ShareMode,
    pub code: String,
}

/// Why a share link could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not a link we made, or changed or cut short on its way.
    Damaged,
    /// Longer than the playground opens.
    TooLong,
    /// Made by a newer version of the playground.
    NewerVersion,
}

impl LinkProblem {
    pub fn message(self) -> &'static str {
        match self {
            LinkProblem::Damaged => {
                "This link is damaged or incomplete, so its code cannot be opened. It may have \
                 been cut short when it was copied. Ask the person who shared it to send it again."
            }
            LinkProblem::TooLong => {
                "This link holds more code than the playground can open from a link. \
                 Ask the person who shared it to send the code as a file instead."
            }
            LinkProblem::NewerVersion => {
                "This link was made by a newer version of the Code4Health Playground. \
                 Reload the page to get the newest version, then open the link again."
            }
        }
    }
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn text_field(object: &JsValue, name: &str) -> Option<String> {
    field(object, name).and_then(|value| value.as_string())
}

/// The fragment (from "#share=") for `code` opened as `mode`, or why there cannot be one.
pub async fn make_fragment(code: &str, mode: ShareMode) -> Result<String, String> {
    match make_fragment_js(code, mode.as_str()).await {
        Ok(fragment) => fragment
            .as_string()
            .ok_or_else(|| "The link could not be made.".to_owned()),
        Err(error) => Err(match text_field(&error, "problem").as_deref() {
            Some("too_long") => "Your code is too long to share as a link. Use Download \
                                 instead, and share the file."
                .to_owned(),
            _ => "The link could not be made in this browser.".to_owned(),
        }),
    }
}

/// Reads a share link from `hash` (`location.hash`): `None` when it is not one.
pub async fn read_fragment(hash: &str) -> Option<Result<SharedCode, LinkProblem>> {
    let answer = JsFuture::from(read_fragment_js(hash)).await.ok()?;
    if answer.is_null() || answer.is_undefined() {
        return None;
    }
    Some(match text_field(&answer, "problem").as_deref() {
        Some("too_long") => Err(LinkProblem::TooLong),
        Some("newer_version") => Err(LinkProblem::NewerVersion),
        Some(_) => Err(LinkProblem::Damaged),
        None => match (
            text_field(&answer, "mode").as_deref(),
            text_field(&answer, "code"),
        ) {
            (Some("app"), Some(code)) => Ok(SharedCode {
                mode: ShareMode::App,
                code,
            }),
            (Some("code"), Some(code)) => Ok(SharedCode {
                mode: ShareMode::Code,
                code,
            }),
            _ => Err(LinkProblem::Damaged),
        },
    })
}

/// Offers `text` as a file to download.
pub fn download(name: &str, text: &str) {
    download_js(name, text);
}

/// What opening a file gave.
pub enum OpenedFile {
    Text { name: String, text: String },
    Problem(String),
}

/// Asks the learner to pick a file and reads it; `None` if they picked none.
pub async fn open_file() -> Option<OpenedFile> {
    let answer = JsFuture::from(open_file_js()).await.ok()?;
    if answer.is_null() || answer.is_undefined() {
        return None;
    }
    let name = text_field(&answer, "name").unwrap_or_default();
    Some(match text_field(&answer, "problem").as_deref() {
        Some("too_big") => OpenedFile::Problem(format!(
            "{name} is too big to open: the playground opens code files up to 1 MB."
        )),
        Some(_) => OpenedFile::Problem(format!(
            "{name} could not be opened: it is not a text file. Choose a .rhai file saved \
             from the playground."
        )),
        None => OpenedFile::Text {
            name,
            text: text_field(&answer, "text").unwrap_or_default(),
        },
    })
}

/// Copies `text` to the clipboard; false if the browser did not allow it.
pub async fn copy_text(text: &str) -> bool {
    JsFuture::from(copy_text_js(text))
        .await
        .ok()
        .and_then(|copied| copied.as_bool())
        .unwrap_or(false)
}
