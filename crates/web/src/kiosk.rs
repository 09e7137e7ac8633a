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
/// The address the kiosk was set up with, in this tab's session storage (which a reset
/// does not clear, and which a new browser session starts without).
const KIOSK_ADDRESS_KEY: &str = "c4h.kiosk.address";
/// The class link the kiosk was set up with, if any (session storage, as above).
const KIOSK_CLASS_KEY: &str = "c4h.kiosk.class";

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

/// Remembers, for this tab, the address the kiosk was set up with (its query: `?kiosk`,
/// `idle`, and the kiosk's language if it has one), the first time the tab shows the kiosk.
/// A learner's language switch changes the address; a reset goes back to this one.
fn remember_kiosk_address() {
    let Ok(Some(session)) = window().session_storage() else {
        return;
    };
    if session.get_item(KIOSK_ADDRESS_KEY).ok().flatten().is_none() {
        let _ = session.set_item(KIOSK_ADDRESS_KEY, &crate::query::current());
        // A kiosk set up with a class link keeps its class for the next person.
        let hash = window().location().hash().unwrap_or_default();
        if c4h_links::PayloadKind::of(&hash) == Some(c4h_links::PayloadKind::Class) {
            let _ = session.set_item(KIOSK_CLASS_KEY, &hash);
        }
    }
}

/// Clears everything the playground saved in this browser, and starts again at the
/// playground at the address the kiosk was set up with, so in its own language. The
/// learner's saved language choice (`c4h.lang`) is cleared with the rest: it was theirs.
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
    let location = window().location();
    let query = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|session| session.get_item(KIOSK_ADDRESS_KEY).ok().flatten())
        .filter(|query| parse(query).is_some())
        .unwrap_or_else(|| location.search().unwrap_or_default());
    let class = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|session| session.get_item(KIOSK_CLASS_KEY).ok().flatten())
        .unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let _ = location.replace(&format!("{path}{query}{class}"));
}

fn now_seconds() -> f64 {
    js_sys::Date::now() / 1000.0
}

part!(
    kiosk,
    /// The kiosk bar (a part of its own: only `?kiosk` pages need it).
    pub fn kiosk_bar_part(kiosk: Kiosk) -> crate::parts::MakeView {
        Box::new(move || view! { <KioskBar kiosk=kiosk/> }.into_any())
    }
);

#[component]
fn KioskBar(kiosk: Kiosk) -> impl IntoView {
    if let Some(body) = document().body() {
        // Hides, by CSS, what leaves the product on a shared computer.
        let _ = body.class_list().add_1("c4h-kiosk");
    }
    remember_kiosk_address();
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
    fn a_reset_clears_the_language_choice_boot_js_saves() {
        // The learner's choice (www/boot.js's `LANG_KEY`, set by the switch) goes with the
        // rest of what they left: its key has the prefix a reset clears.
        const SAVED_LANG_KEY: &str = "c4h.lang";
        let boot = include_str!("../../../www/boot.js");
        assert!(boot.contains(&format!("const LANG_KEY = \"{SAVED_LANG_KEY}\";")));
        assert!(SAVED_LANG_KEY.starts_with(STORAGE_PREFIX));
    }
}
