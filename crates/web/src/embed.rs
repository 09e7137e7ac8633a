//! The playground embedded in another page (`?embed`, set up by embed.html): only the
//! playground, lesson or app, without the site's header and footer, optionally read-only,
//! telling the host page what happens through `postMessage` (docs/embedding.md):
//!
//! * `{ "v": 1, "type": "c4h:ready", "height": <px> }` once the page is up,
//! * `{ "v": 1, "type": "c4h:resize", "height": <px> }` when its height changes,
//! * `{ "v": 1, "type": "c4h:run-finished", "outcome": "completed" | "failed" }`,
//! * `{ "v": 1, "type": "c4h:lesson-completed", "lesson": "<id>" }`.
//!
//! Messages go only to the host named by `?parent=ORIGIN`, and only when that origin is
//! this site's own or is listed in `embed-hosts.json` (the deployer's allow-list); the
//! browser delivers them only if the real parent has that origin. They carry no code and no
//! personal data.
//!
//! Language: the host's `data-c4h-lang` reaches the page as `?lang=` (embed.js, then
//! embed-page.js), which www/boot.js reads first. The page has no words of its own here;
//! the embed view's placeholder takes its words from messages/<lang>/embed.ftl.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

use crate::parts::part;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The embed settings in the address's query.
#[derive(Debug, Clone, PartialEq)]
pub struct Embed {
    pub read_only: bool,
    /// The host page's origin, as embed.js gave it.
    pub parent: Option<String>,
}

/// Reads `?embed`, `readonly` and `parent=ORIGIN` from a query string.
pub fn parse(query: &str) -> Option<Embed> {
    let mut embed = false;
    let mut read_only = false;
    let mut parent = None;
    for (name, value) in crate::query::parameters(query) {
        match name {
            "embed" => embed = true,
            "readonly" => read_only = true,
            "parent" => {
                parent = js_sys::decode_uri_component(value)
                    .ok()
                    .and_then(|value| value.as_string())
                    .filter(|origin| is_origin(origin))
            }
            _ => {}
        }
    }
    embed.then_some(Embed { read_only, parent })
}

/// `https://host[:port]` or `http://host[:port]`, and nothing else (no path, no wildcard).
fn is_origin(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b':')
    })
}

/// This page's embed settings.
pub fn current() -> Option<Embed> {
    parse(&crate::query::current())
}

/// What the playground tells its host page. The types' names and the version are listed
/// once, in www/embed/messages.json, which the host's embed.js is built from; a test
/// keeps these equal to it.
enum HostMessage<'a> {
    Ready { height: i32 },
    Resize { height: i32 },
    RunFinished { completed: bool },
    LessonCompleted { lesson: &'a str },
}

/// messages.json's `version`.
const MESSAGE_VERSION: u32 = 1;

impl HostMessage<'_> {
    fn type_name(&self) -> &'static str {
        match self {
            HostMessage::Ready { .. } => "c4h:ready",
            HostMessage::Resize { .. } => "c4h:resize",
            HostMessage::RunFinished { .. } => "c4h:run-finished",
            HostMessage::LessonCompleted { .. } => "c4h:lesson-completed",
        }
    }

    /// The message's fields besides its type and version.
    fn fields(&self) -> Vec<(&'static str, JsValue)> {
        match self {
            HostMessage::Ready { height } | HostMessage::Resize { height } => {
                vec![("height", (*height).into())]
            }
            HostMessage::RunFinished { completed } => {
                let outcome = if *completed { "completed" } else { "failed" };
                vec![("outcome", outcome.into())]
            }
            HostMessage::LessonCompleted { lesson } => vec![("lesson", (*lesson).into())],
        }
    }
}

thread_local! {
    /// Where messages may go, once the allow-list has been read.
    static TARGET: RefCell<Option<String>> = const { RefCell::new(None) };
    static LAST_HEIGHT: Cell<i32> = const { Cell::new(0) };
}

fn post(message: HostMessage) {
    let Some(target) = TARGET.with_borrow(Clone::clone) else {
        return;
    };
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"v".into(), &JsValue::from(MESSAGE_VERSION));
    let _ = js_sys::Reflect::set(&object, &"type".into(), &message.type_name().into());
    for (name, value) in message.fields() {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    let _ = parent.post_message(&object, &target);
}

fn page_height() -> i32 {
    document()
        .document_element()
        .map_or(0, |root| root.scroll_height())
}

/// Tells the host a run ended (no-op unless embedded for an allowed host).
pub fn run_finished(completed: bool) {
    post(HostMessage::RunFinished { completed });
}

/// Tells the host a lesson was completed (no-op unless embedded for an allowed host).
pub fn lesson_completed(id: &str) {
    post(HostMessage::LessonCompleted { lesson: id });
}

/// Whether `origin` may receive messages: this site's own, or one the deployer listed.
async fn allowed(origin: &str) -> bool {
    if window().location().origin().ok().as_deref() == Some(origin) {
        return true;
    }
    let Ok(response) = JsFuture::from(window().fetch_with_str("embed-hosts.json")).await else {
        return false;
    };
    let Ok(response) = wasm_bindgen::JsCast::dyn_into::<web_sys::Response>(response) else {
        return false;
    };
    let Ok(text) = response.text() else {
        return false;
    };
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    // `{"hosts": ["https://…", …]}`, read by the browser's own JSON parser: a serde
    // deserialiser for one list would add to the download.
    let Ok(list) = js_sys::JSON::parse(&text) else {
        return false;
    };
    let hosts = js_sys::Reflect::get(&list, &"hosts".into()).unwrap_or(JsValue::UNDEFINED);
    js_sys::Array::is_array(&hosts)
        && js_sys::Array::from(&hosts)
            .iter()
            .any(|host| host.as_string().as_deref() == Some(origin))
}

/// Sets the page up for embedding: no site header or footer at once, then (a part of its
/// own, since only `?embed` pages need it) messages to an allowed host about its height,
/// runs and lessons.
pub fn start(embed: Embed) {
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("c4h-embedded");
    }
    let Some(parent) = embed.parent else { return };
    // Leptos's task executor starts when the app mounts, which may be after this.
    wasm_bindgen_futures::spawn_local(async move {
        if talk_to_host_part(parent).await.is_err() {
            leptos::logging::warn!("the embedding part could not be loaded");
        }
    });
}

part!(
    embed,
    /// Checks that `parent` may hear from this page, then tells it the page is ready and
    /// when its height changes.
    fn talk_to_host_part(parent: String) -> () {
        wasm_bindgen_futures::spawn_local(talk_to_host(parent))
    }
);

async fn talk_to_host(parent: String) {
    if !allowed(&parent).await {
        leptos::logging::warn!(
            "not telling {parent} about this playground: add it to embed-hosts.json to allow it"
        );
        return;
    }
    TARGET.set(Some(parent));
    let height = page_height();
    LAST_HEIGHT.set(height);
    post(HostMessage::Ready { height });
    // The page's height changes as output and lessons appear: the host sizes its frame.
    let ticker = set_interval_with_handle(
        || {
            let height = page_height();
            if height != LAST_HEIGHT.get() {
                LAST_HEIGHT.set(height);
                post(HostMessage::Resize { height });
            }
        },
        Duration::from_millis(250),
    );
    // The ticker lives as long as the page.
    std::mem::forget(ticker);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_are_the_ones_messages_json_lists() {
        let listed: serde_json::Value =
            serde_json::from_str(include_str!("../../../www/embed/messages.json")).unwrap();
        assert_eq!(listed["version"], MESSAGE_VERSION);
        let mut listed: Vec<&str> = listed["types"]
            .as_object()
            .unwrap()
            .values()
            .map(|name| name.as_str().unwrap())
            .collect();
        let mut ours: Vec<&str> = [
            HostMessage::Ready { height: 0 },
            HostMessage::Resize { height: 0 },
            HostMessage::RunFinished { completed: true },
            HostMessage::LessonCompleted { lesson: "" },
        ]
        .iter()
        .map(HostMessage::type_name)
        .collect();
        listed.sort();
        ours.sort();
        assert_eq!(listed, ours);
    }

    /// embed.ftl is read by small readers in www/embed/ (embed-page.js, embed.js), not by
    /// c4h-messages: its messages must stay plain, one line each; embed.html's English is
    /// the catalogue's, and every word it marks is there.
    #[test]
    fn the_embed_views_words_are_plain_and_match_embed_html() {
        use c4h_messages::{Catalogue, Lang, Message, render};
        let english = include_str!("../../../messages/en/embed.ftl");
        for source in [english, include_str!("../../../messages/cy/embed.ftl")] {
            for line in source.lines() {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let (id, text) = line.split_once(" = ").expect("`id = text`");
                assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
                assert!(!text.contains(['{', '}']), "not plain: {line}");
                assert!(!text.trim().is_empty(), "{line}");
            }
        }
        let catalogue = Catalogue::parse(english).unwrap();
        let html = include_str!("../../../www/embed/embed.html");
        let mut marked = 0;
        for piece in html.split("data-c4h-msg=\"").skip(1) {
            let (id, rest) = piece.split_once('"').unwrap();
            let text = rest.split_once('>').unwrap().1.split_once('<').unwrap().0;
            let english = render(&catalogue, Lang::En, &Message::new(id));
            assert_eq!(english.as_deref(), Some(text), "embed.html's `{id}`");
            marked += 1;
        }
        assert_eq!(marked, 4);
        assert!(catalogue.has("embed-title"));
        assert!(include_str!("../../../www/embed/embed.js").contains("[\"embed-title\"]"));
    }

    #[test]
    fn only_plain_origins_are_accepted_as_the_host() {
        assert!(is_origin("https://intranet.nhs.uk"));
        assert!(is_origin("http://127.0.0.1:8080"));
        assert!(!is_origin("*"));
        assert!(!is_origin("https://intranet.nhs.uk/page"));
        assert!(!is_origin("javascript:alert(1)"));
        assert!(!is_origin("https://"));
    }
}
