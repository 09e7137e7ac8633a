//! The words of the messages the sandbox sends as data, built in for native hosts: the CLI
//! and every native test render diagnostics, library errors and check messages with these
//! (`messages/<lang>/errors.ftl`). Not on wasm32: the page fetches its catalogues, and the
//! worker never renders a message.

use std::sync::OnceLock;

use c4h_messages::{Catalogue, Lang, Message};

/// The areas built in, as (area, English, Welsh).
const AREAS: [(&str, &str, &str); 1] = [(
    "errors",
    include_str!("../../../messages/en/errors.ftl"),
    include_str!("../../../messages/cy/errors.ftl"),
)];

/// A language's built-in catalogue.
pub struct Words {
    lang: Lang,
    catalogue: Catalogue,
}

impl Words {
    /// The words of `lang`, read once.
    pub fn of(lang: Lang) -> &'static Words {
        static ENGLISH: OnceLock<Words> = OnceLock::new();
        static WELSH: OnceLock<Words> = OnceLock::new();
        let cell = match lang {
            Lang::En => &ENGLISH,
            Lang::Cy => &WELSH,
        };
        cell.get_or_init(|| {
            let mut catalogue = Catalogue::default();
            for (area, english, welsh) in AREAS {
                let source = match lang {
                    Lang::En => english,
                    Lang::Cy => welsh,
                };
                // The catalogues are checked by c4h-messages' tests.
                match Catalogue::parse(source) {
                    Ok(read) => catalogue.extend(read),
                    Err(errors) => panic!("messages/{}/{area}.ftl: {errors:?}", lang.code()),
                }
            }
            Words { lang, catalogue }
        })
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The catalogue, for checks that every id is there.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// `message` in this language, or `None` when an id it uses is missing.
    pub fn try_render(&self, message: &Message) -> Option<String> {
        c4h_messages::render(&self.catalogue, self.lang, message)
    }

    /// `message` in this language; its id when the catalogue lacks it (a test checks that
    /// none is missing).
    pub fn render(&self, message: &Message) -> String {
        self.try_render(message)
            .unwrap_or_else(|| format!("[{}]", message.id))
    }
}

/// `message` in English.
pub fn english(message: &Message) -> String {
    Words::of(Lang::En).render(message)
}

/// `message` in Welsh.
pub fn welsh(message: &Message) -> String {
    Words::of(Lang::Cy).render(message)
}

/// `message` in `lang`.
pub fn render(lang: Lang, message: &Message) -> String {
    Words::of(lang).render(message)
}
