//! The words of the messages the sandbox sends as data, built in for native hosts: the CLI
//! and every native test render diagnostics, library errors and check messages with these
//! (every catalogue in `messages/`, built into c4h-messages). Not on wasm32: the page fetches its catalogues, and the
//! worker never renders a message.

use c4h_messages::{Catalogue, Lang, Message};

/// A language's built-in words (every catalogue: c4h-messages' `built-in` feature).
pub struct Words {
    lang: Lang,
}

impl Words {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static Words {
        static WORDS: [Words; 2] = [Words { lang: Lang::En }, Words { lang: Lang::Cy }];
        &WORDS[usize::from(lang == Lang::Cy)]
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The catalogue, for checks that every id is there.
    pub fn catalogue(&self) -> &'static Catalogue {
        c4h_messages::built_in(self.lang)
    }

    /// `message` in this language, or `None` when an id it uses is missing.
    pub fn try_render(&self, message: &Message) -> Option<String> {
        c4h_messages::render(self.catalogue(), self.lang, message)
    }

    /// `message` in this language; its id in brackets when the catalogue lacks it (a test
    /// checks that none is missing).
    pub fn render(&self, message: &Message) -> String {
        c4h_messages::say(self.lang, message)
    }
}

/// `message` in English.
pub fn english(message: &Message) -> String {
    c4h_messages::say(Lang::En, message)
}

/// `message` in Welsh.
pub fn welsh(message: &Message) -> String {
    c4h_messages::say(Lang::Cy, message)
}

/// `message` in `lang`.
pub fn render(lang: Lang, message: &Message) -> String {
    c4h_messages::say(lang, message)
}
