//! The page's words in the learner's language (English or Welsh), from the message
//! catalogues in `messages/<lang>/<area>.ftl` (read by c4h-messages; docs/translating.md).
//!
//! boot.js chooses the language before anything is drawn (`?lang=`, then the learner's
//! saved choice, then the browser's languages) and sets `<html lang>`; this module reads
//! it. English's `shell` and `page` catalogues are built into the wasm; for Welsh they are
//! fetched before the app is drawn ([`start`]). Other areas (lessons, kiosk, …) are fetched
//! when first used, with their part ([`load_area`]). Views take words with [`t`] or
//! [`tr!`]; a message the worker sent as data is rendered with [`render`].

use std::cell::{Cell, RefCell};

use c4h_messages::{Arg, Catalogue, Lang, Message};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::parts::PartMissing;

/// English's first-screen catalogues, built in (without their comments: build.rs).
const ENGLISH: [(&str, &str); 2] = [
    (
        "shell",
        include_str!(concat!(env!("OUT_DIR"), "/shell.ftl")),
    ),
    ("page", include_str!(concat!(env!("OUT_DIR"), "/page.ftl"))),
];

thread_local! {
    static LANG: Cell<Option<Lang>> = const { Cell::new(None) };
    static WORDS: RefCell<Catalogue> = RefCell::new(Catalogue::default());
    static AREAS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The learner's language, as boot.js chose it (`<html lang>`).
pub fn lang() -> Lang {
    LANG.with(|lang| {
        lang.get().unwrap_or_else(|| {
            let chosen = document()
                .document_element()
                .and_then(|html| html.get_attribute("lang"))
                .and_then(|tag| Lang::from_tag(&tag))
                .unwrap_or_default();
            lang.set(Some(chosen));
            chosen
        })
    })
}

fn add(source: &str) {
    match Catalogue::parse(source) {
        Ok(catalogue) => WORDS.with(|words| words.borrow_mut().extend(catalogue)),
        // The catalogues are checked by `make test`; a broken one shows message ids.
        Err(errors) => leptos::logging::error!("a message catalogue could not be read: {errors:?}"),
    }
}

fn add_english() {
    for (area, source) in ENGLISH {
        add(source);
        AREAS.with(|areas| areas.borrow_mut().push(area));
    }
}

/// Gets the first screen's words before the app is drawn. English needs nothing fetched;
/// Welsh fetches its `shell` and `page` catalogues (which boot.js asked for already). If
/// they cannot be fetched, the page is English and says so in Welsh (`Some(note)`).
pub async fn start() -> Option<String> {
    if lang() == Lang::En {
        add_english();
        return None;
    }
    let mut sources = Vec::new();
    for (area, _) in ENGLISH {
        match fetch_text(&url(lang(), area)).await {
            Some(source) => sources.push(source),
            None => {
                LANG.with(|lang| lang.set(Some(Lang::En)));
                set_html_lang(Lang::En);
                add_english();
                return Some(t("language-missing"));
            }
        }
    }
    for (source, (area, _)) in sources.iter().zip(ENGLISH) {
        add(source);
        AREAS.with(|areas| areas.borrow_mut().push(area));
    }
    None
}

fn set_html_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

fn url(lang: Lang, area: &str) -> String {
    format!("messages/{}/{area}.ftl", lang.code())
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Fetches an area's catalogue (`messages/<lang>/<area>.ftl`) the first time it is
/// needed, beside the part that uses it. The service worker keeps every catalogue.
/// Several callers asking at once (three charts in a first run) share one fetch.
pub async fn load_area(area: &'static str) -> Result<(), PartMissing> {
    if AREAS.with(|areas| areas.borrow().contains(&area)) {
        return Ok(());
    }
    let fetching = FETCHING.with(|fetching| {
        let mut fetching = fetching.borrow_mut();
        if let Some((_, shared)) = fetching.iter().find(|(name, _)| *name == area) {
            return shared.clone();
        }
        let fetch: LocalBoxFuture<'static, bool> = Box::pin(async move {
            let source = fetch_text(&url(lang(), area)).await;
            FETCHING.with(|fetching| fetching.borrow_mut().retain(|(name, _)| *name != area));
            let Some(source) = source else { return false };
            add(&source);
            AREAS.with(|areas| areas.borrow_mut().push(area));
            true
        });
        let shared = fetch.shared();
        fetching.push((area, shared.clone()));
        shared
    });
    if fetching.await {
        Ok(())
    } else {
        Err(PartMissing)
    }
}

type Fetching = Shared<LocalBoxFuture<'static, bool>>;

thread_local! {
    /// Catalogues being fetched, so a second caller waits for the same fetch.
    static FETCHING: RefCell<Vec<(&'static str, Fetching)>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    static READY: RefCell<Vec<(&'static str, ArcRwSignal<bool>)>> = const { RefCell::new(Vec::new()) };
}

/// Whether area `area`'s catalogue is in, as a signal a view can wait on (an Output item
/// that needs `errors`, say). The first call starts fetching it; a catalogue that cannot
/// be fetched leaves it false (the view says so in words of the first screen).
pub fn area_ready(area: &'static str) -> ArcRwSignal<bool> {
    READY.with(|ready| {
        if let Some((_, signal)) = ready.borrow().iter().find(|(name, _)| *name == area) {
            return signal.clone();
        }
        let loaded = AREAS.with(|areas| areas.borrow().contains(&area));
        let signal = ArcRwSignal::new(loaded);
        ready.borrow_mut().push((area, signal.clone()));
        if !loaded {
            let setter = signal.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if load_area(area).await.is_ok() {
                    setter.set(true);
                }
            });
        }
        signal
    })
}

/// Message `id` with no values.
pub fn t(id: &str) -> String {
    render(&Message::new(id))
}

/// Message `id` with values.
pub fn t_with(id: &str, args: Vec<(String, Arg)>) -> String {
    render(&Message {
        id: id.to_owned(),
        args,
    })
}

/// A message in the learner's language; its id if no catalogue loaded has it (a test
/// checks every id the page names is in the catalogues, so a learner never sees one).
pub fn render(message: &Message) -> String {
    WORDS
        .with(|words| c4h_messages::render(&words.borrow(), lang(), message))
        .unwrap_or_else(|| {
            leptos::logging::warn!("no message `{}`", message.id);
            message.id.clone()
        })
}

/// `tr!("id")` or `tr!("id", name = value, …)`: a message in the learner's language.
/// The id is a literal, so `crates/web/tests/catalogue_use.rs` can check it exists.
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::t($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_with(
            $id,
            vec![$((stringify!($name).to_owned(), ::c4h_messages::Arg::from($value))),+],
        )
    };
}
pub(crate) use tr;
