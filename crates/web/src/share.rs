//! Share links, code files and the clipboard. The link format is c4h-links'; compressing,
//! downloads, file picking and the clipboard are the browser's, through js/share.js (a
//! wasm-bindgen snippet, shipped beside the app's glue), so no compression code is in our
//! wasm. Which words the learner is told for each problem is chosen here (the words are
//! the page's catalogue's, `share-*`).

use c4h_links::{LinkProblem, MAX_CODE_BYTES, SharedCode};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::tr;

pub use c4h_links::ShareMode;

/// The largest file "Open a file" reads: a script, not a data set.
pub const MAX_FILE_BYTES: u32 = 1_000_000;

#[wasm_bindgen(module = "/js/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflate)]
    fn deflate_js(bytes: &[u8]) -> js_sys::Promise;

    #[wasm_bindgen(js_name = inflate)]
    fn inflate_js(bytes: &[u8], limit: u32) -> js_sys::Promise;

    #[wasm_bindgen(js_name = download)]
    fn download_js(name: &str, text: &str);

    #[wasm_bindgen(js_name = openFile)]
    fn open_file_js(max_bytes: u32) -> js_sys::Promise;

    #[wasm_bindgen(js_name = openFiles)]
    fn open_files_js(max_bytes: u32, accept: &str) -> js_sys::Promise;

    #[wasm_bindgen(js_name = droppedFiles)]
    fn dropped_files_js(event: &web_sys::Event, max_bytes: u32) -> js_sys::Promise;

    #[wasm_bindgen(js_name = copyText)]
    fn copy_text_js(text: &str) -> js_sys::Promise;
}

/// What the learner is told when a link cannot be opened, in their language.
pub fn link_problem_message(problem: LinkProblem) -> String {
    match problem {
        LinkProblem::Damaged => tr!("share-link-damaged"),
        LinkProblem::TooLong => tr!("share-link-too-long"),
        LinkProblem::NewerVersion => tr!("share-link-newer"),
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

/// The bytes a promise of a `Uint8Array` (or `null`) gave.
async fn bytes_of(promise: js_sys::Promise) -> Option<Vec<u8>> {
    let value = JsFuture::from(promise).await.ok()?;
    (!value.is_null() && !value.is_undefined()).then(|| js_sys::Uint8Array::new(&value).to_vec())
}

/// The fragment (from "#share=") for `code` opened as `mode`, or why there cannot be one
/// (in the learner's language).
pub async fn make_fragment(code: &str, mode: ShareMode) -> Result<String, String> {
    let Some(compressed) = bytes_of(deflate_js(code.as_bytes())).await else {
        return Err(tr!("share-link-failed"));
    };
    c4h_links::make(mode, code.len(), &compressed).map_err(|_| tr!("share-too-long"))
}

/// `bytes` deflated by the browser (raw deflate), for links; `None` if it failed.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    bytes_of(deflate_js(bytes)).await
}

/// `bytes` inflated by the browser, at most `limit` of them; `None` if they are not raw
/// deflate or inflate to more.
pub async fn inflate(bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    bytes_of(inflate_js(bytes, limit as u32)).await
}

/// Reads a share link from `hash` (`location.hash`): `None` when it is not one.
pub async fn read_fragment(hash: &str) -> Option<Result<SharedCode, LinkProblem>> {
    let link = match c4h_links::parse(hash)? {
        Ok(link) => link,
        Err(problem) => return Some(Err(problem)),
    };
    let inflated = bytes_of(inflate_js(&link.compressed, MAX_CODE_BYTES as u32)).await;
    Some(c4h_links::finish(&link, inflated))
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

/// Asks the learner to pick a file and reads it; `None` if they picked none. A file over
/// [`MAX_FILE_BYTES`], or one that is not UTF-8 text, is refused with a message.
pub async fn open_file() -> Option<OpenedFile> {
    let answer = JsFuture::from(open_file_js(MAX_FILE_BYTES)).await.ok()?;
    if answer.is_null() || answer.is_undefined() {
        return None;
    }
    Some(read_answer(&answer))
}

/// Asks for any number of files of the types in `accept` and reads each as [`open_file`]
/// does.
pub async fn open_files(accept: &str) -> Vec<OpenedFile> {
    read_answers(open_files_js(MAX_FILE_BYTES, accept)).await
}

/// The files dropped in a drop `event`, each read as [`open_file`] does.
pub async fn dropped_files(event: &web_sys::Event) -> Vec<OpenedFile> {
    read_answers(dropped_files_js(event, MAX_FILE_BYTES)).await
}

async fn read_answers(promise: js_sys::Promise) -> Vec<OpenedFile> {
    match JsFuture::from(promise).await {
        Ok(list) if js_sys::Array::is_array(&list) => js_sys::Array::from(&list)
            .iter()
            .map(|answer| read_answer(&answer))
            .collect(),
        _ => Vec::new(),
    }
}

/// A file as js/share.js read it: its text, or why it cannot be used.
fn read_answer(answer: &JsValue) -> OpenedFile {
    let name = text_field(answer, "name").unwrap_or_default();
    let Some(bytes) = field(answer, "bytes") else {
        return OpenedFile::Problem(tr!(
            "share-file-too-big",
            file_name = name,
            megabytes = MAX_FILE_BYTES / 1_000_000,
        ));
    };
    let text = String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec())
        .ok()
        .filter(|text| !text.contains('\0'))
        // A byte-order mark some editors write is not part of the code.
        .map(|text| {
            text.strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text)
        });
    match text {
        Some(text) => OpenedFile::Text { name, text },
        None => OpenedFile::Problem(tr!("share-file-not-text", file_name = name)),
    }
}

/// Copies `text` to the clipboard, and says how it went in the page's words.
pub async fn copy_and_say(text: &str) -> String {
    if copy_text(text).await {
        tr!("share-copied")
    } else {
        tr!("share-copy-failed")
    }
}

/// Copies `text` to the clipboard; false if the browser did not allow it.
async fn copy_text(text: &str) -> bool {
    JsFuture::from(copy_text_js(text))
        .await
        .ok()
        .and_then(|copied| copied.as_bool())
        .unwrap_or(false)
}
