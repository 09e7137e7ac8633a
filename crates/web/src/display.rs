//! Display settings: the size of the text and the space between lines in the editor, the
//! Output and the lessons (WCAG 1.4.4 and 1.4.12), chosen on the "Display" page and
//! remembered in this browser. The page itself is a part (it loads when first opened); the
//! choice is two attributes on `<html>`, which the styles read, set at start-up by
//! www/boot.js (before the page is drawn, and without this module in the first download).

use serde::{Deserialize, Serialize};

use crate::parts::part;
use crate::storage::{load_json, save_json};

const DISPLAY_KEY: &str = "c4h.display.v1";
const FORMAT_VERSION: u32 = 1;

/// How big code and lesson text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

/// How far apart lines are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LineSpacing {
    #[default]
    Standard,
    Wide,
}

/// Where the key bar (keys/) shows: on touch screens, or on every device (for a learner
/// who finds some symbols hard to type on their keyboard, or uses a switch or an
/// on-screen keyboard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum KeyBar {
    #[default]
    Touch,
    Always,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Display {
    pub version: u32,
    pub text: TextSize,
    pub spacing: LineSpacing,
    /// Added after the first savings, which have none: those keep the standard.
    #[serde(default)]
    pub keys: KeyBar,
}

impl KeyBar {
    pub const ALL: [KeyBar; 2] = [KeyBar::Touch, KeyBar::Always];

    pub fn attribute(self) -> &'static str {
        match self {
            KeyBar::Touch => "touch",
            KeyBar::Always => "always",
        }
    }
}

/// Whether the key bar is wanted on every device (read from `<html>`, where www/boot.js
/// or [`apply`] put the choice: the page core need not load the settings to know).
pub fn key_bar_always() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("data-c4h-keys"))
        .is_some_and(|keys| keys == KeyBar::Always.attribute())
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    /// The attribute's value, as the styles read it.
    pub fn attribute(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }
}

impl LineSpacing {
    pub const ALL: [LineSpacing; 2] = [LineSpacing::Standard, LineSpacing::Wide];

    pub fn attribute(self) -> &'static str {
        match self {
            LineSpacing::Standard => "standard",
            LineSpacing::Wide => "wide",
        }
    }
}

/// The saved settings, or the standard ones (a damaged saving is kept aside by
/// `load_json`, and the standard display is shown).
pub fn saved() -> Display {
    load_json::<Display>(DISPLAY_KEY, |display| display.version == FORMAT_VERSION)
        .ok()
        .flatten()
        .unwrap_or(Display {
            version: FORMAT_VERSION,
            ..Display::default()
        })
}

/// Shows the page in `display`'s settings.
pub fn apply(display: Display) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-c4h-text", display.text.attribute());
        let _ = root.set_attribute("data-c4h-spacing", display.spacing.attribute());
        let _ = root.set_attribute("data-c4h-keys", display.keys.attribute());
    }
}

/// A choice that applies but could not be remembered (the Display page says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRemembered;

/// Applies and remembers `display`; `Err` if it could not be remembered (it still applies).
pub fn choose(display: Display) -> Result<(), NotRemembered> {
    apply(display);
    save_json(DISPLAY_KEY, &display).map_err(|_| NotRemembered)
}

part!(
    display,
    /// The "Display" page.
    pub fn page_part() -> leptos::prelude::AnyView {
        use leptos::prelude::*;
        view! { <crate::display_page::DisplayPage/> }.into_any()
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    /// www/boot.js applies the saved choice at start-up: it must read this key, version and
    /// these values, and set the attributes `apply` sets.
    #[test]
    fn boot_js_applies_the_display_as_saved_here() {
        let boot = include_str!("../../../www/boot.js");
        assert!(boot.contains(&format!("const DISPLAY_KEY = \"{DISPLAY_KEY}\";")));
        assert!(boot.contains(&format!("const DISPLAY_VERSION = {FORMAT_VERSION};")));
        let text: Vec<String> = TextSize::ALL
            .iter()
            .map(|size| format!("\"{}\"", size.attribute()))
            .collect();
        let spacing: Vec<String> = LineSpacing::ALL
            .iter()
            .map(|spacing| format!("\"{}\"", spacing.attribute()))
            .collect();
        let keys: Vec<String> = KeyBar::ALL
            .iter()
            .map(|keys| format!("\"{}\"", keys.attribute()))
            .collect();
        assert!(boot.contains(&format!(
            "text: [{}], spacing: [{}], keys: [{}]",
            text.join(", "),
            spacing.join(", "),
            keys.join(", ")
        )));
        // The field names as saved.
        let saved = serde_json::to_value(Display::default()).unwrap();
        assert!(saved.get("text").is_some() && saved.get("spacing").is_some());
        assert!(saved.get("keys").is_some());
        // A first saving, from before the key bar's choice, still reads.
        let old: Display =
            serde_json::from_str(r#"{"version":1,"text":"large","spacing":"wide"}"#).unwrap();
        assert_eq!(old.keys, KeyBar::Touch);
        assert!(boot.contains("`data-c4h-${setting}`"));
    }
}
