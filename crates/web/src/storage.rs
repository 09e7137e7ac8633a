//! Keeping the learner's code in the browser's localStorage, so that it survives a reload.
//!
//! Storage can be switched off, full, or hold something we cannot read (an older tab, a
//! browser extension, a bug). None of these may break the page or lose work: each is
//! reported as a [`StorageProblem`] with a plain explanation (in the learner's language),
//! and unreadable data is copied aside before anything could overwrite it.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage};

use crate::i18n::tr;

/// The key of the playground's saved code. The version is in the key and in the value, so
/// a future format can read this one and this one never misreads a future one.
const PLAYGROUND_KEY: &str = "c4h.playground.v1";
const FORMAT_VERSION: u32 = 1;
/// The code that was in the editor before something replaced it (see [`keep_previous`]).
const PREVIOUS_KEY: &str = "c4h.playground.v1.previous";

#[derive(Serialize, Deserialize)]
struct SavedPlayground {
    version: u32,
    code: String,
}

/// Why saving or loading did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser does not let this page use storage (for example a strict privacy mode).
    Unavailable,
    /// Something was saved, but it could not be read; it has been kept aside.
    Unreadable,
    /// Storage is full.
    Full,
}

impl StorageProblem {
    /// The heading of the notice, in the learner's language.
    pub fn heading(self) -> String {
        match self {
            StorageProblem::Unavailable | StorageProblem::Full => tr!("storage-not-saving"),
            StorageProblem::Unreadable => tr!("storage-unreadable-heading"),
        }
    }

    /// What the learner is told, in their language.
    pub fn message(self) -> String {
        match self {
            StorageProblem::Unavailable => tr!("storage-unavailable"),
            StorageProblem::Unreadable => tr!("storage-unreadable"),
            StorageProblem::Full => tr!("storage-full"),
        }
    }
}

/// What loading found.
pub struct Loaded {
    /// The saved code, if there was any that could be read.
    pub code: Option<String>,
    pub problem: Option<StorageProblem>,
}

fn local_storage() -> Result<Storage, StorageProblem> {
    // Reading `window.localStorage` itself throws when storage is blocked.
    match web_sys::window().map(|window| window.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(StorageProblem::Unavailable),
    }
}

/// Reads the JSON saved under `key`: `Ok(None)` when nothing is saved. A value that
/// cannot be read as `T`, or that `current` says is from another format version, is kept
/// aside (see [`keep_aside`]) and reported as [`StorageProblem::Unreadable`].
pub(crate) fn load_json<T: serde::de::DeserializeOwned>(
    key: &str,
    current: impl Fn(&T) -> bool,
) -> Result<Option<T>, StorageProblem> {
    let storage = local_storage()?;
    let raw = match storage.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(None),
        Err(_) => return Err(StorageProblem::Unavailable),
    };
    match serde_json::from_str::<T>(&raw) {
        Ok(value) if current(&value) => Ok(Some(value)),
        _ => {
            keep_aside(&storage, key, &raw);
            Err(StorageProblem::Unreadable)
        }
    }
}

/// Saves `value` as JSON under `key`.
pub(crate) fn save_json(key: &str, value: &impl Serialize) -> Result<(), StorageProblem> {
    let storage = local_storage()?;
    let json = serde_json::to_string(value).map_err(|_| StorageProblem::Unavailable)?;
    storage.set_item(key, &json).map_err(|error| {
        let is_quota = error
            .dyn_ref::<DomException>()
            // The browser's name for a full store.
            .is_some_and(|exception| exception.name() == "QuotaExceededError"); // not learner text
        if is_quota {
            StorageProblem::Full
        } else {
            StorageProblem::Unavailable
        }
    })
}

/// Loads the saved playground code.
pub fn load() -> Loaded {
    match load_json::<SavedPlayground>(PLAYGROUND_KEY, |saved| saved.version == FORMAT_VERSION) {
        Ok(saved) => Loaded {
            code: saved.map(|saved| saved.code),
            problem: None,
        },
        Err(problem) => Loaded {
            code: None,
            problem: Some(problem),
        },
    }
}

/// Moves unreadable saved data to a key of its own, so that saving new data loses nothing.
/// Each copy gets a fresh key, so an older copy is never overwritten.
fn keep_aside(storage: &Storage, key: &str, raw: &str) {
    let aside = format!("{key}.unreadable.{}", js_sys::Date::now() as u64);
    // Only once the copy is safe is the original removed; if copying fails (storage full),
    // the original stays where it is.
    if storage.set_item(&aside, raw).is_ok() {
        let _ = storage.remove_item(key);
    }
}

/// Keeps `code` under a key of its own before something replaces it in the editor (a
/// shared link, a file, an example), so replacing never loses work. Only the latest
/// replaced code is kept; failing to keep it (storage full or off) is not worth stopping
/// for, because the editor's undo still has it.
pub fn keep_previous(code: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.set_item(PREVIOUS_KEY, code);
    }
}

/// Saves the playground code.
pub fn save(code: &str) -> Result<(), StorageProblem> {
    save_json(
        PLAYGROUND_KEY,
        &SavedPlayground {
            version: FORMAT_VERSION,
            code: code.to_owned(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// boot.js reads the saved code for the early playground before this app arrives: it
    /// must name the key and the version this module writes.
    #[test]
    fn boot_js_reads_the_saved_code_where_it_is_saved() {
        let boot = include_str!("../../../www/boot.js");
        assert!(
            boot.contains(&format!("const SAVED_KEY = \"{PLAYGROUND_KEY}\";")),
            "www/boot.js must read {PLAYGROUND_KEY}"
        );
        assert!(
            boot.contains(&format!("const SAVED_VERSION = {FORMAT_VERSION};")),
            "www/boot.js must read version {FORMAT_VERSION}"
        );
        assert!(
            boot.contains("saved?.version === SAVED_VERSION && typeof saved.code === \"string\"")
        );
    }
}
