//! Classroom kiosk mode (`?kiosk`, optionally `&idle=MINUTES`): one shared computer, many
//! learners in turn. It hides what leaves the product (downloads and files, links to other
//! sites), and adds "Finish and reset for the next person", which clears everything this
//! browser saved for the playground after a confirmation. With `idle`, a computer left alone
//! for that long warns for 30 seconds, then resets itself.
//!
//! Language: a kiosk's link may carry `&lang=cy`. The header's language switch stays
//! visible in a kiosk (a Welsh speaker at an English kiosk must be able to switch, and the
//! other way round); it keeps the address's other settings, so switching stays in kiosk
//! mode. A reset goes back to the kiosk's own language, not the last learner's: see
//! [`kiosk_language`].

use std::time::Duration;

use c4h_messages::Lang;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::numbers::parse_decimal;
use crate::parts::part;
use crate::widgets::Confirm;

/// Every key the playground saves starts with this.
const STORAGE_PREFIX: &str = "c4h.";
/// How long the "still there?" warning shows before an idle reset.
const WARNING_SECONDS: u32 = 30;
/// The shortest idle time the address may set (3 seconds: for trying it out).
const MIN_IDLE_MINUTES: f64 = 0.05;
/// The learner's saved language choice (www/boot.js's `LANG_KEY`, set by the switch).
const SAVED_LANG_KEY: &str = "c4h.lang";
/// The kiosk's own language, in this tab's session storage (which a reset does not clear,
/// and which a new browser session starts without).
const KIOSK_LANG_KEY: &str = "c4h.kiosk.lang";

/// The kiosk settings in the address's query, if it asks for kiosk mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kiosk {
    pub idle_minutes: Option<f64>,
}

/// Reads `?kiosk` and `idle=MINUTES` from a query string such as `?kiosk&idle=10`.
pub fn parse(query: &str) -> Option<Kiosk> {
    let mut kiosk = false;
    let mut idle_minutes = None;
    for (name, value) in crate::query::parameters(query) {
        match name {
            "kiosk" => kiosk = true,
            "idle" => {
                idle_minutes = parse_decimal(value).filter(|minutes| *minutes >= MIN_IDLE_MINUTES)
            }
            _ => {}
        }
    }
    kiosk.then_some(Kiosk { idle_minutes })
}

/// This page's kiosk settings.
pub fn current() -> Option<Kiosk> {
    parse(&crate::query::current())
}

/// The kiosk's own language, which a reset goes back to. The address's `lang` is the
/// kiosk's, unless the language switch put it there for a learner: the switch saves its
/// choice as it changes the address, so an address whose language is not the saved choice
/// (or the first address this tab showed the kiosk at) is the kiosk's. Without a `lang` in
/// the address, the language the kiosk first showed in this tab (the browser's, or a choice
/// saved before the kiosk was set up) is its own.
///
/// `asked`: the address's `lang`; `saved`: the saved choice (`None` if storage cannot be
/// read); `recorded`: the kiosk's language as remembered for this tab; `now`: this page's.
fn kiosk_language(
    asked: Option<Lang>,
    saved: Option<Option<Lang>>,
    recorded: Option<Lang>,
    now: Lang,
) -> Lang {
    match (asked, recorded) {
        (Some(asked), None) => asked,
        (Some(asked), Some(_)) if saved.is_some_and(|saved| saved != Some(asked)) => asked,
        (_, Some(recorded)) => recorded,
        (None, None) => now,
    }
}

/// Works out the kiosk's own language ([`kiosk_language`]) and remembers it for this tab.
fn remember_kiosk_language() {
    let Ok(Some(session)) = window().session_storage() else {
        return;
    };
    let query = crate::query::current();
    let asked = crate::query::parameters(&query)
        .filter(|(name, _)| *name == "lang")
        .find_map(|(_, value)| Lang::from_tag(value));
    let saved = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(SAVED_LANG_KEY).ok())
        .map(|saved| saved.as_deref().and_then(Lang::from_tag));
    let recorded = session
        .get_item(KIOSK_LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_tag(&code));
    let lang = kiosk_language(asked, saved, recorded, crate::i18n::lang());
    let _ = session.set_item(KIOSK_LANG_KEY, lang.code());
}

/// `query` for the next person: its settings, with `lang` set to the kiosk's own language
/// (if it is known; otherwise the query as it is).
fn next_person_query(query: &str, lang: Option<Lang>) -> String {
    let Some(lang) = lang else {
        return query.to_owned();
    };
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| pair.split('=').next() != Some("lang"))
        .map(str::to_owned)
        .collect();
    pairs.push(format!("lang={}", lang.code()));
    format!("?{}", pairs.join("&"))
}

/// Clears everything the playground saved in this browser, and starts again at the
/// playground, still in kiosk mode, in the kiosk's own language. The learner's saved
/// language choice (`c4h.lang`) is cleared with the rest: it was theirs, and the address
/// now gives the kiosk's language.
fn reset_for_next_person() {
    if let Ok(Some(storage)) = window().local_storage() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(STORAGE_PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
    let kiosk_lang = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|session| session.get_item(KIOSK_LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_tag(&code));
    let location = window().location();
    let query = next_person_query(&location.search().unwrap_or_default(), kiosk_lang);
    let path = location.pathname().unwrap_or_default();
    let _ = location.replace(&format!("{path}{query}"));
}

fn now_seconds() -> f64 {
    js_sys::Date::now() / 1000.0
}

part!(
    kiosk,
    /// The kiosk bar (a part of its own: only `?kiosk` pages need it).
    pub fn kiosk_bar_part(kiosk: Kiosk) -> AnyView {
        view! { <KioskBar kiosk=kiosk/> }.into_any()
    }
);

#[component]
fn KioskBar(kiosk: Kiosk) -> impl IntoView {
    if let Some(body) = document().body() {
        // Hides, by CSS, what leaves the product on a shared computer.
        let _ = body.class_list().add_1("c4h-kiosk");
    }
    remember_kiosk_language();
    let asking = RwSignal::new(false);
    let warning_left = RwSignal::new(None::<u32>);
    let last_activity = StoredValue::new(now_seconds());

    if let Some(minutes) = kiosk.idle_minutes {
        let idle_seconds = minutes * 60.0;
        for event in ["keydown", "pointerdown", "input", "wheel", "touchstart"] {
            let listener = window_event_listener_untyped(event, move |_| {
                last_activity.set_value(now_seconds());
                if warning_left.get_untracked().is_some() {
                    warning_left.set(None);
                }
            });
            on_cleanup(move || listener.remove());
        }
        let ticker = set_interval_with_handle(
            move || {
                let idle_for = now_seconds() - last_activity.get_value();
                let warning = (WARNING_SECONDS as f64).min(idle_seconds / 2.0);
                let left = idle_seconds + warning - idle_for;
                if left <= 0.0 {
                    reset_for_next_person();
                } else if idle_for >= idle_seconds {
                    warning_left.set(Some(left.ceil() as u32));
                }
            },
            Duration::from_millis(500),
        );
        if let Ok(ticker) = ticker {
            on_cleanup(move || ticker.clear());
        }
    }

    view! {
        <div class="c4h-kiosk-bar" role="region" aria-label=tr!("kiosk-region")>
            <p class="c4h-kiosk-bar__text">{tr!("kiosk-text")}</p>
            <button type="button" class="c4h-tool" on:click=move |_| asking.set(true)>
                {tr!("kiosk-reset-button")}
            </button>
            {move || asking.get().then(|| view! {
                <Confirm
                    id="kiosk-confirm-heading"
                    heading=tr!("kiosk-confirm-heading")
                    text=tr!("kiosk-confirm-text")
                    yes=tr!("kiosk-confirm-yes")
                    no=tr!("kiosk-confirm-no")
                    on_yes=|()| reset_for_next_person()
                    on_no=move |()| asking.set(false)
                    warning=true
                    class="c4h-confirm"
                />
            })}
            {move || warning_left.get().map(|seconds| view! {
                <div class="nhsuk-warning-callout c4h-idle-warning" role="alert">
                    <h2 class="nhsuk-warning-callout__label">{tr!("kiosk-idle-heading")}</h2>
                    <p>{tr!("kiosk-idle-text", seconds = seconds)}</p>
                </div>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kiosk_settings_from_the_query() {
        assert_eq!(parse(""), None);
        assert_eq!(parse("?lesson=1"), None);
        assert_eq!(parse("?kiosk"), Some(Kiosk { idle_minutes: None }));
        assert_eq!(
            parse("?kiosk&idle=10"),
            Some(Kiosk {
                idle_minutes: Some(10.0)
            })
        );
        assert_eq!(
            parse("?idle=2.5&kiosk="),
            Some(Kiosk {
                idle_minutes: Some(2.5)
            })
        );
        assert_eq!(parse("?kiosk&idle=0"), Some(Kiosk { idle_minutes: None }));
        assert_eq!(
            parse("?kiosk&idle=soon"),
            Some(Kiosk { idle_minutes: None })
        );
    }

    #[test]
    fn the_kiosk_keeps_the_language_its_address_gives() {
        use Lang::{Cy, En};
        // The first address the kiosk is shown at gives its language.
        assert_eq!(kiosk_language(Some(Cy), Some(None), None, Cy), Cy);
        assert_eq!(kiosk_language(Some(Cy), Some(Some(En)), None, Cy), Cy);
        // Without one, the language it first showed in.
        assert_eq!(kiosk_language(None, Some(None), None, En), En);
        assert_eq!(kiosk_language(None, Some(Some(Cy)), None, Cy), Cy);
        // A learner's switch (saved as it changes the address) does not change it.
        assert_eq!(kiosk_language(Some(Cy), Some(Some(Cy)), Some(En), Cy), En);
        assert_eq!(kiosk_language(Some(En), Some(Some(En)), Some(Cy), En), Cy);
        assert_eq!(kiosk_language(None, Some(Some(Cy)), Some(En), Cy), En);
        // After a reset (the saved choice cleared), and for a new kiosk address.
        assert_eq!(kiosk_language(Some(En), Some(None), Some(En), En), En);
        assert_eq!(kiosk_language(Some(Cy), Some(None), Some(En), Cy), Cy);
        // Storage that cannot be read cannot tell a switch from a new address.
        assert_eq!(kiosk_language(Some(Cy), None, Some(En), Cy), En);
    }

    #[test]
    fn the_next_person_starts_in_the_kiosks_language() {
        assert_eq!(
            next_person_query("?kiosk&idle=10", Some(Lang::Cy)),
            "?kiosk&idle=10&lang=cy"
        );
        assert_eq!(
            next_person_query("?kiosk=&idle=10&lang=cy", Some(Lang::En)),
            "?kiosk=&idle=10&lang=en"
        );
        assert_eq!(
            next_person_query("?lang=cy&kiosk", Some(Lang::Cy)),
            "?kiosk&lang=cy"
        );
        assert_eq!(next_person_query("?kiosk&lang=cy", None), "?kiosk&lang=cy");
    }

    /// www/boot.js saves the learner's language choice under the key read here.
    #[test]
    fn boot_js_saves_the_language_choice_as_read_here() {
        let boot = include_str!("../../../www/boot.js");
        assert!(boot.contains(&format!("const LANG_KEY = \"{SAVED_LANG_KEY}\";")));
        assert!(SAVED_LANG_KEY.starts_with(STORAGE_PREFIX));
    }
}
