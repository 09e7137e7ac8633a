//! The "Display" page: text size and line spacing for the editor, the Output and the
//! lessons, and where the key bar shows, each a set of radio buttons that applies at once
//! (display.rs keeps and applies the choice). Part of the `display` part: it loads when
//! first opened, with its words (the `display` catalogue).

use leptos::prelude::*;

use crate::display::{self, Display, KeyBar, LineSpacing, TextSize};
use crate::i18n::tr;
use crate::page::set_title;

#[component]
pub fn DisplayPage() -> impl IntoView {
    set_title(Some(&tr!("display-heading")));
    let current = RwSignal::new(display::saved());
    let not_remembered = RwSignal::new(false);
    let choose = move |display: Display| {
        current.set(display);
        not_remembered.set(display::choose(display).is_err());
    };
    // The sample's comment and printed text are words; its code stays code.
    let sample = format!(
        "// {}\nlet steps = 6250;\nprint(`{}`);",
        tr!("display-sample-comment"),
        tr!("display-sample-print", code = "${steps}")
    );
    view! {
        <h1 class="nhsuk-heading-l">{tr!("display-heading")}</h1>
        <p class="nhsuk-body">{tr!("display-intro")}</p>
        <Choices
            legend=tr!("display-text-size")
            name="text-size"
            options=TextSize::ALL.map(|size| (size.attribute(), text_label(size))).to_vec()
            chosen=Signal::derive(move || current.get().text.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { text: TextSize::ALL[index], ..current.get_untracked() })
            })
        />
        <Choices
            legend=tr!("display-line-spacing")
            name="line-spacing"
            options=LineSpacing::ALL.map(|spacing| (spacing.attribute(), spacing_label(spacing))).to_vec()
            chosen=Signal::derive(move || current.get().spacing.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { spacing: LineSpacing::ALL[index], ..current.get_untracked() })
            })
        />
        <Choices
            legend=tr!("display-key-bar")
            name="key-bar"
            options=KeyBar::ALL.map(|keys| (keys.attribute(), key_bar_label(keys))).to_vec()
            chosen=Signal::derive(move || current.get().keys.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { keys: KeyBar::ALL[index], ..current.get_untracked() })
            })
        />
        <p role="status" class="nhsuk-body">
            {move || not_remembered.get().then(|| tr!("display-not-remembered"))}
        </p>
        <h2 class="nhsuk-heading-m">{tr!("display-sample-heading")}</h2>
        <pre class="c4h-display-sample">{sample}</pre>
        <p class="nhsuk-body"><a href="#/">{tr!("display-back")}</a></p>
    }
}

fn text_label(size: TextSize) -> String {
    match size {
        TextSize::Standard => tr!("display-text-standard"),
        TextSize::Large => tr!("display-text-large"),
        TextSize::Largest => tr!("display-text-largest"),
    }
}

fn key_bar_label(keys: KeyBar) -> String {
    match keys {
        KeyBar::Touch => tr!("display-keys-touch"),
        KeyBar::Always => tr!("display-keys-always"),
    }
}

fn spacing_label(spacing: LineSpacing) -> String {
    match spacing {
        LineSpacing::Standard => tr!("display-spacing-standard"),
        LineSpacing::Wide => tr!("display-spacing-wide"),
    }
}

/// A set of radio buttons in the NHS.UK style.
#[component]
fn Choices(
    legend: String,
    name: &'static str,
    /// (value, label) of each choice.
    options: Vec<(&'static str, String)>,
    chosen: Signal<&'static str>,
    on_choose: Callback<usize>,
) -> impl IntoView {
    view! {
        <fieldset class="nhsuk-fieldset">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                <h2 class="nhsuk-fieldset__heading">{legend}</h2>
            </legend>
            <div class="nhsuk-radios">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(index, (value, label))| {
                        let id = format!("{name}-{value}");
                        view! {
                            <div class="nhsuk-radios__item">
                                <input
                                    class="nhsuk-radios__input"
                                    id=id.clone()
                                    name=name
                                    type="radio"
                                    value=value
                                    prop:checked=move || chosen.get() == value
                                    on:change=move |_| on_choose.run(index)
                                />
                                <label class="nhsuk-label nhsuk-radios__label" for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
