//! The words a chart is described and drawn with, from the `charts` message catalogue
//! (`messages/<lang>/charts.ftl`). This crate does no I/O and knows no language: the caller
//! says how a message becomes words ([`Words`]): the page with the catalogue it fetched
//! beside the chart renderer, the CLI and the tests with [`english`] or [`welsh`], built
//! in. A script's own titles, labels and names are never messages: they stay as written.

use std::sync::OnceLock;

use c4h_messages::{Catalogue, Lang, Message};

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

/// The catalogues built in, for hosts without catalogues of their own to fetch: the CLI
/// (`c4h run --out`), the text form of a run's events and the tests. The page never calls
/// these (it renders with the `charts` catalogue it fetches with the chart renderer), so
/// nothing reaches them from its code and the linker leaves them out of its wasm.
const BUILT_IN: [(Lang, &str); 2] = [
    (Lang::En, include_str!("../../../messages/en/charts.ftl")),
    (Lang::Cy, include_str!("../../../messages/cy/charts.ftl")),
];

fn built_in(lang: Lang) -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    static WELSH: OnceLock<Catalogue> = OnceLock::new();
    let cell = match lang {
        Lang::En => &ENGLISH,
        Lang::Cy => &WELSH,
    };
    cell.get_or_init(|| {
        let source = BUILT_IN
            .iter()
            .find(|(of, _)| *of == lang)
            .map_or("", |(_, source)| source);
        // Every catalogue is checked by c4h-messages' tests.
        Catalogue::parse(source)
            .unwrap_or_else(|errors| panic!("messages/{}/charts.ftl: {errors:?}", lang.code()))
    })
}

/// `message` in `lang`, from the built-in `charts` catalogue; its id if the catalogue lacks
/// it (the tests check none is missing).
pub fn built_in_words(lang: Lang, message: &Message) -> String {
    c4h_messages::render(built_in(lang), lang, message).unwrap_or_else(|| message.id.clone())
}

/// `message` in English, from the built-in catalogue: `&c4h_charts::english` is a
/// [`Words`].
pub fn english(message: &Message) -> String {
    built_in_words(Lang::En, message)
}

/// `message` in Welsh, from the built-in catalogue.
pub fn welsh(message: &Message) -> String {
    built_in_words(Lang::Cy, message)
}
