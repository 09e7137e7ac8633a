//! The words a chart is described and drawn with, from the `charts` message catalogue
//! (`messages/<lang>/charts.ftl`). This crate does no I/O and knows no language: the caller
//! says how a message becomes words ([`Words`]): the page with the catalogue it fetched
//! beside the chart renderer, the CLI and the tests with [`english`] or [`welsh`], built
//! in. A script's own titles, labels and names are never messages: they stay as written.

#[cfg(not(target_arch = "wasm32"))]
use c4h_messages::Lang;
use c4h_messages::Message;

use crate::format::count_text;

/// How a message becomes words in the reader's language.
pub type Words<'a> = &'a dyn Fn(&Message) -> String;

/// Message `id` with no values.
pub(crate) fn word(words: Words, id: &str) -> String {
    words(&Message::new(id))
}

/// A count's phrase ("1 value", "1,000 values"): the count chooses the plural form, and
/// is shown with its thousands separated.
pub(crate) fn count_phrase(id: &str, count: u64) -> Message {
    Message::new(id)
        .with("count", count)
        .with("shown", count_text(count))
}

/// "A", "A and B", "A, B and C" ("ac" before a vowel in Welsh).
pub(crate) fn join_with_and(words: Words, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => words(
            &Message::new("charts-and")
                .with("first", rest.join(", "))
                .with("last", last.as_str())
                .with(
                    "last_starts",
                    if starts_with_vowel(last) {
                        "vowel"
                    } else {
                        "other"
                    },
                ),
        ),
    }
}

fn starts_with_vowel(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|first| "aeiouyAEIOUYâêîôûŷÂÊÎÔÛŶáéíóúýàèìòùỳäëïöüÿ".contains(first))
}

/// `message` in `lang`, from the built-in `charts` catalogue; its id if the catalogue lacks
/// it (the tests check none is missing).
///
/// For hosts without catalogues of their own to fetch: the CLI (`c4h run --out`), the text
/// form of a run's events and the tests. Not on wasm32: the page renders with the `charts`
/// catalogue it fetches with the chart renderer.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in_words(lang: Lang, message: &Message) -> String {
    c4h_messages::say(lang, message)
}

/// `message` in English, from the built-in catalogue: `&c4h_charts::english` is a
/// [`Words`].
#[cfg(not(target_arch = "wasm32"))]
pub fn english(message: &Message) -> String {
    built_in_words(Lang::En, message)
}

/// `message` in Welsh, from the built-in catalogue.
#[cfg(not(target_arch = "wasm32"))]
pub fn welsh(message: &Message) -> String {
    built_in_words(Lang::Cy, message)
}
