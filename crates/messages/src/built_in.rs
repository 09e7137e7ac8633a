//! Every catalogue of every language, built in, for native hosts that render messages
//! without fetching anything: the CLI and the tests (feature `built-in`). The page never
//! turns the feature on: it fetches its catalogues by need (crates/web/src/i18n.rs).

use std::sync::OnceLock;

use crate::{Catalogue, Lang, Message, render};

/// Every area's catalogue, by language. A test checks these are the files in `messages/`.
pub const AREAS: [(Lang, &[(&str, &str)]); 2] = [(Lang::En, ENGLISH), (Lang::Cy, WELSH)];

const ENGLISH: &[(&str, &str)] = &[
    ("api", include_str!("../../../messages/en/api.ftl")),
    (
        "app-view",
        include_str!("../../../messages/en/app-view.ftl"),
    ),
    ("charts", include_str!("../../../messages/en/charts.ftl")),
    (
        "classroom",
        include_str!("../../../messages/en/classroom.ftl"),
    ),
    ("display", include_str!("../../../messages/en/display.ftl")),
    ("embed", include_str!("../../../messages/en/embed.ftl")),
    ("errors", include_str!("../../../messages/en/errors.ftl")),
    ("keys", include_str!("../../../messages/en/keys.ftl")),
    ("kiosk", include_str!("../../../messages/en/kiosk.ftl")),
    ("lessons", include_str!("../../../messages/en/lessons.ftl")),
    ("page", include_str!("../../../messages/en/page.ftl")),
    ("shell", include_str!("../../../messages/en/shell.ftl")),
    ("watch", include_str!("../../../messages/en/watch.ftl")),
];

const WELSH: &[(&str, &str)] = &[
    ("api", include_str!("../../../messages/cy/api.ftl")),
    (
        "app-view",
        include_str!("../../../messages/cy/app-view.ftl"),
    ),
    ("charts", include_str!("../../../messages/cy/charts.ftl")),
    (
        "classroom",
        include_str!("../../../messages/cy/classroom.ftl"),
    ),
    ("display", include_str!("../../../messages/cy/display.ftl")),
    ("embed", include_str!("../../../messages/cy/embed.ftl")),
    ("errors", include_str!("../../../messages/cy/errors.ftl")),
    ("keys", include_str!("../../../messages/cy/keys.ftl")),
    ("kiosk", include_str!("../../../messages/cy/kiosk.ftl")),
    ("lessons", include_str!("../../../messages/cy/lessons.ftl")),
    ("page", include_str!("../../../messages/cy/page.ftl")),
    ("shell", include_str!("../../../messages/cy/shell.ftl")),
    ("watch", include_str!("../../../messages/cy/watch.ftl")),
];

/// Every message of `lang`, read once.
pub fn built_in(lang: Lang) -> &'static Catalogue {
    static READ: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    READ[index].get_or_init(|| {
        let mut catalogue = Catalogue::default();
        let (_, areas) = AREAS.iter().find(|(l, _)| *l == lang).unwrap_or(&AREAS[0]);
        for (area, source) in areas.iter() {
            // Every catalogue is checked by this crate's tests.
            match Catalogue::parse(source) {
                Ok(read) => catalogue.extend(read),
                Err(errors) => panic!("messages/{}/{area}.ftl: {errors:?}", lang.code()),
            }
        }
        catalogue
    })
}

/// `message` in `lang`; its id in brackets when a catalogue lacks it (the tests check that
/// none is missing).
pub fn say(lang: Lang, message: &Message) -> String {
    render(built_in(lang), lang, message).unwrap_or_else(|| format!("[{}]", message.id))
}
