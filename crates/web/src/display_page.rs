//! The "Display" page: text size and line spacing for the editor, the Output and the
//! lessons, and where the key bar shows, each a set of radio buttons that applies at once (display.rs keeps and applies
//! the choice). Part of the `display` part: it loads when first opened.

use leptos::prelude::*;

use crate::display::{self, Display, KeyBar, LineSpacing, TextSize};

#[component]
pub fn DisplayPage() -> impl IntoView {
    let current = RwSignal::new(display::saved());
    let problem = RwSignal::new(None::<&'static str>);
    let choose = move |display: Display| {
        current.set(display);
        problem.set(display::choose(display).err());
    };
    view! {
        <h1 class="nhsuk-heading-l">"Display"</h1>
        <p class="nhsuk-body">
            "Make the code, the output and the lessons easier to read. Your choice applies at \
             once and is remembered in this browser. Your browser's own zoom and text size \
             settings work too."
        </p>
        <Choices
            legend="Text size"
            name="text-size"
            options=TextSize::ALL.map(|size| (size.attribute(), text_label(size))).to_vec()
            chosen=Signal::derive(move || current.get().text.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { text: TextSize::ALL[index], ..current.get_untracked() })
            })
        />
        <Choices
            legend="Space between lines"
            name="line-spacing"
            options=LineSpacing::ALL.map(|spacing| (spacing.attribute(), spacing_label(spacing))).to_vec()
            chosen=Signal::derive(move || current.get().spacing.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { spacing: LineSpacing::ALL[index], ..current.get_untracked() })
            })
        />
        <Choices
            legend="Key bar for code"
            name="key-bar"
            options=KeyBar::ALL.map(|keys| (keys.attribute(), key_bar_label(keys))).to_vec()
            chosen=Signal::derive(move || current.get().keys.attribute())
            on_choose=Callback::new(move |index: usize| {
                choose(Display { keys: KeyBar::ALL[index], ..current.get_untracked() })
            })
        />
        <p role="status" class="nhsuk-body">{move || problem.get()}</p>
        <h2 class="nhsuk-heading-m">"How code looks"</h2>
        <pre class="c4h-display-sample">
            "// Steps walked today\nlet steps = 6250;\nprint(`You walked ${steps} steps.`);"
        </pre>
        <p class="nhsuk-body"><a href="#/">"Back to the playground"</a></p>
    }
}

fn text_label(size: TextSize) -> &'static str {
    match size {
        TextSize::Standard => "Standard",
        TextSize::Large => "Large",
        TextSize::Largest => "Largest",
    }
}

fn key_bar_label(keys: KeyBar) -> &'static str {
    match keys {
        KeyBar::Touch => "On touch screens: a row of symbols and names above the keyboard",
        KeyBar::Always => "On every device, at the bottom of the screen while you write code",
    }
}

fn spacing_label(spacing: LineSpacing) -> &'static str {
    match spacing {
        LineSpacing::Standard => "Standard",
        LineSpacing::Wide => "Wide",
    }
}

/// A set of radio buttons in the NHS.UK style.
#[component]
fn Choices(
    legend: &'static str,
    name: &'static str,
    /// (value, label) of each choice.
    options: Vec<(&'static str, &'static str)>,
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
