//! The key bar: on a touch screen, a row of keys above the phone's keyboard while the code
//! editor has the focus, with what code needs and a phone's keyboard hides (brackets,
//! quotes, `;`, `=`, operators, Tab) and the names in reach at the cursor (names.rs), so a
//! learner can write code with taps. It is a part (`keys`): it loads the first time the
//! editor gets the focus on a touch screen, and never on a computer with a mouse.
//!
//! A key never takes the focus from the editor (the phone's keyboard stays up): each key
//! acts on `pointerdown` and cancels the focus change. With a keyboard or a screen reader
//! the keys still work as buttons (click), and then the editor gets the focus back.
//!
//! Words: what each key is called comes from the `keys` catalogue, loaded with this part.
//! What a key shows (symbols, names) is code and is not translated; on a Welsh page the
//! library's names carry `lang="en"`, so a screen reader says them in English (a learner's
//! own names may be in any language, and carry none).

mod names;

use leptos::ev;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use c4h_messages::Lang;

use crate::editor::EditorHandle;
use crate::i18n::{self, tr};
use crate::parts::part;

/// A key that types something.
struct Key {
    /// What the key shows.
    label: &'static str,
    /// What a screen reader says: a message id in the `keys` catalogue (its words start
    /// with what the key shows, WCAG 2.5.3).
    name: &'static str,
    /// Typed before the cursor, and after it (a pair's closing half).
    text: &'static str,
    close: &'static str,
}

const fn key(
    label: &'static str,
    name: &'static str,
    text: &'static str,
    close: &'static str,
) -> Key {
    Key {
        label,
        name,
        text,
        close,
    }
}

/// The keys, the most used first: a phone shows the first eight or so, and the row scrolls
/// sideways for the rest.
const KEYS: [Key; 19] = [
    key("( )", "keys-brackets", "(", ")"),
    key("\" \"", "keys-quotes", "\"", "\""),
    key(";", "keys-semicolon", ";", ""),
    key("=", "keys-equals", "=", ""),
    key("{ }", "keys-curly-brackets", "{", "}"),
    key(".", "keys-dot", ".", ""),
    key(",", "keys-comma", ",", ""),
    key("+", "keys-plus", "+", ""),
    key("-", "keys-minus", "-", ""),
    key("*", "keys-times", "*", ""),
    key("/", "keys-divide", "/", ""),
    key("<", "keys-less-than", "<", ""),
    key(">", "keys-more-than", ">", ""),
    key("[ ]", "keys-square-brackets", "[", "]"),
    key(")", "keys-close-bracket", ")", ""),
    key("}", "keys-close-curly-bracket", "}", ""),
    key("!", "keys-not", "!", ""),
    key("_", "keys-underscore", "_", ""),
    key("`", "keys-back-tick", "`", "`"),
];

part!(
    keys,
    /// The key bar for `editor`, whose host element is `host`.
    pub fn key_bar_part(editor: EditorHandle, host: web_sys::HtmlElement) -> AnyView {
        view! { <KeyBar editor=editor host=host/> }.into_any()
    }
);

/// Whether this screen is touched rather than pointed at with a mouse: where the key bar is
/// offered.
pub fn touch_screen() -> bool {
    window()
        .match_media("(pointer: coarse)") // not learner text
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

#[component]
fn KeyBar(editor: EditorHandle, host: web_sys::HtmlElement) -> impl IntoView {
    // Shown while the editor (or the bar) has the focus; it arrives when the editor first
    // got it.
    let shown = RwSignal::new(true);
    let reach = RwSignal::new(names::in_reach(&editor.before_cursor()));
    let bar = NodeRef::<leptos::html::Div>::new();
    // Above the phone's keyboard: the visual viewport is the part of the page the keyboard
    // leaves, so the bar's bottom is where that ends.
    let bottom = RwSignal::new(0.0_f64);
    let place = move || {
        let window = window();
        let Some(viewport) = window.visual_viewport() else {
            return;
        };
        let inner = window
            .inner_height()
            .ok()
            .and_then(|height| height.as_f64())
            .unwrap_or(0.0);
        bottom.set((inner - viewport.height() - viewport.offset_top()).max(0.0));
    };
    place();
    let moved = Closure::<dyn Fn()>::new(place);
    if let Some(viewport) = window().visual_viewport() {
        for event in ["resize", "scroll"] {
            let _ =
                viewport.add_event_listener_with_callback(event, moved.as_ref().unchecked_ref());
        }
    }
    // The editor keeps the bar's height free below the cursor.
    Effect::new(move |_| {
        let height = if shown.get() {
            bar.get()
                .map_or(0.0, |bar| bar.get_bounding_client_rect().height())
        } else {
            0.0
        };
        editor.reserve_bottom(height);
    });

    let inside = {
        let host = host.clone();
        move |node: Option<web_sys::Node>| {
            node.is_some_and(|node| {
                host.contains(Some(&node))
                    || bar
                        .get_untracked()
                        .is_some_and(|bar| bar.contains(Some(&node)))
            })
        }
    };
    let focus_in = window_event_listener(ev::focusin, move |event| {
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        shown.set(inside(target));
    });
    // The editor tells the page when its text or cursor changes (www/editor/editor.js).
    let cursor = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
        reach.set(names::in_reach(&editor.before_cursor()));
    });
    let _ = host.add_event_listener_with_callback("c4h-cursor", cursor.as_ref().unchecked_ref());
    // The listeners go with the page: a cleanup must be Send, hence the wrapper (it is only
    // ever touched on this thread).
    let listeners = SendWrapper::new((moved, cursor, host));
    on_cleanup(move || {
        focus_in.remove();
        editor.reserve_bottom(0.0);
        let (moved, cursor, host) = listeners.take();
        if let Some(viewport) = window().visual_viewport() {
            for event in ["resize", "scroll"] {
                let _ = viewport
                    .remove_event_listener_with_callback(event, moved.as_ref().unchecked_ref());
            }
        }
        let _ =
            host.remove_event_listener_with_callback("c4h-cursor", cursor.as_ref().unchecked_ref());
    });

    // A key acts on pointerdown, cancelled so the editor keeps the focus and the phone its
    // keyboard; a click that follows is then ignored. A click without a pointerdown first
    // (a keyboard, a screen reader) acts, and gives the editor the focus back.
    let pressed = StoredValue::new(false);
    let press = move |event: ev::PointerEvent, act: &dyn Fn()| {
        event.prevent_default();
        pressed.set_value(true);
        act();
    };
    let click = move |act: &dyn Fn()| {
        if !pressed.get_value() {
            act();
            editor.focus();
        }
        pressed.set_value(false);
    };

    let names = move || {
        let typed = reach.with(|reach| reach.typed);
        reach
            .with(|reach| reach.names.clone())
            .into_iter()
            .map(|name| {
                let (label, close) = if name.function {
                    (format!("{}()", name.text), ")")
                } else {
                    (name.text.clone(), "")
                };
                let text = if name.function {
                    format!("{}(", name.text)
                } else {
                    name.text.clone()
                };
                let act = {
                    let text = text.clone();
                    move || editor.insert(&text, close, typed)
                };
                let act_too = act.clone();
                let lang = (name.library && i18n::lang() != Lang::En).then_some("en");
                view! {
                    <button type="button" class="c4h-keys__key c4h-keys__key--name" lang=lang
                        on:pointerdown=move |event| press(event, &act)
                        on:click=move |_| click(&act_too)>
                        {label}
                    </button>
                }
            })
            .collect_view()
    };
    let symbols = KEYS
        .iter()
        .map(|key| {
            let act = move || editor.insert(key.text, key.close, 0);
            view! {
                <button type="button" class="c4h-keys__key" aria-label=i18n::t(key.name)
                    on:pointerdown=move |event| press(event, &act)
                    on:click=move |_| click(&act)>
                    {key.label}
                </button>
            }
        })
        .collect_view();
    let tab = move || editor.indent();
    let line = move || editor.which_line();

    view! {
        <div class="c4h-keys" role="toolbar" aria-label=tr!("keys-bar") node_ref=bar
            hidden=move || !shown.get()
            style:bottom=move || format!("{}px", bottom.get())>
            <div class="c4h-keys__row">
                {names}
                {symbols}
                <button type="button" class="c4h-keys__key" aria-label=tr!("keys-tab")
                    on:pointerdown=move |event| press(event, &tab)
                    on:click=move |_| click(&tab)>
                    "Tab" // not learner text: the key's name, as on a keyboard
                </button>
                <button type="button" class="c4h-keys__key" aria-label=tr!("keys-line")
                    on:pointerdown=move |event| press(event, &line)
                    on:click=move |_| click(&line)>
                    {tr!("keys-line-label")}
                </button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::KEYS;

    /// The keys' names are message ids (not written as `tr!` literals, so the messages
    /// test cannot see them): each must be in the `keys` catalogue, starting with what the
    /// key shows.
    #[test]
    fn every_key_is_named_in_the_catalogue() {
        use c4h_messages::{Catalogue, Lang, Message, render};
        for (lang, source) in [
            (Lang::En, include_str!("../../../../messages/en/keys.ftl")),
            (Lang::Cy, include_str!("../../../../messages/cy/keys.ftl")),
        ] {
            let catalogue = Catalogue::parse(source).unwrap();
            for key in &KEYS {
                let name = render(&catalogue, lang, &Message::new(key.name))
                    .unwrap_or_else(|| panic!("`{}` is not in keys.ftl", key.name));
                assert!(
                    name.starts_with(key.label),
                    "{name} does not start with {}",
                    key.label
                );
            }
        }
    }
}
