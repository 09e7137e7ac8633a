//! An app's form: the inputs a script asked for (`input_number`, `input_text`, `choose`,
//! `checkbox`) as labelled form controls. Changing one re-runs the script with the new
//! value. A number that is not a number, or is out of range, gets an error message at the
//! input and is not run, as the NHS design system's error pattern does.

use c4h_messages::Message;
use c4h_protocol::{InputControl, InputKind, InputValue};
use leptos::prelude::*;

use crate::i18n::{self, tr};
use crate::numbers::parse_decimal;
use crate::parts::{MakeView, part, part_view};
use crate::session::{Session, use_session};

/// An id for an input's elements, made from its label (labels are unique in an app).
fn input_id(label: &str) -> String {
    // FNV-1a: short, stable, and any label gives a valid id.
    let hash = label.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("c4h-input-{hash:016x}")
}

/// A number exactly as a person would type it: "70", "1.75", not "70.0".
fn number_text(number: f64) -> String {
    number.to_string()
}

/// What a number input wants: "A whole number from 1 to 10", as its hint says it; or,
/// `after_enter`, as it reads after "Enter" in its error ("a whole number from 1 to 10").
fn number_wanted(min: Option<f64>, max: Option<f64>, whole: bool, after_enter: bool) -> Message {
    let kind = Message::new(match (after_enter, whole) {
        (false, false) => "app-form-number",
        (false, true) => "app-form-whole-number",
        (true, false) => "app-form-a-number",
        (true, true) => "app-form-a-whole-number",
    });
    match (min, max) {
        (Some(low), Some(high)) => Message::new("app-form-range")
            .with("kind", kind)
            .with("low", number_text(low))
            .with("high", number_text(high)),
        (Some(low), None) => Message::new("app-form-at-least")
            .with("kind", kind)
            .with("low", number_text(low)),
        (None, Some(high)) => Message::new("app-form-at-most")
            .with("kind", kind)
            .with("high", number_text(high)),
        (None, None) => kind,
    }
}

/// What a number input's hint says about its limits.
fn number_hint(min: Option<f64>, max: Option<f64>, whole: bool) -> String {
    i18n::render(&number_wanted(min, max, whole, false))
}

/// Reads what was typed in number input `kind`, or says what is wrong with it (in the
/// learner's language). Whether a number fits is c4h-protocol's rule, the one the sandbox
/// applies to the values it gets.
pub fn read_number(text: &str, kind: &InputKind) -> Result<f64, String> {
    let InputKind::Number {
        min, max, whole, ..
    } = *kind
    else {
        return Err(tr!(
            "app-form-enter",
            wanted = Message::new("app-form-a-number")
        ));
    };
    let trimmed = text.trim();
    let wanted = number_wanted(min, max, whole, true);
    match parse_decimal(trimmed) {
        Some(number) if kind.takes_number(number) => Ok(number),
        Some(_) => Err(tr!("app-form-enter", wanted = wanted)),
        None if trimmed.is_empty() => Err(tr!("app-form-enter", wanted = wanted)),
        None => Err(tr!("app-form-enter-digits", wanted = wanted)),
    }
}

/// What identifies an input's element across runs: its label and everything about its
/// kind (a new default or new choices make a new element, with the new value in it).
fn input_key(input: &InputControl) -> String {
    let kind = match &input.kind {
        InputKind::Number {
            default,
            min,
            max,
            whole,
        } => format!(
            "number {default} {} {} {whole}",
            min.map(number_text).unwrap_or_default(),
            max.map(number_text).unwrap_or_default()
        ),
        InputKind::Text { default } => format!("text {default}"),
        InputKind::Choice { options, default } => {
            format!("choice {default} {}", options.join("\u{1f}"))
        }
        InputKind::Checkbox { default } => format!("checkbox {default}"),
    };
    format!("{}\u{1e}{kind}", input.label)
}

/// The form for the page's session's inputs; nothing when the script asked for none. Its
/// code is a part (`app_form`), fetched when a script first asks for an input: most
/// first visits run no app.
#[component]
pub fn AppForm() -> impl IntoView {
    let session = use_session();
    // Once wanted, always: the form then stays in the page, hidden while empty.
    let wanted = Memo::new(move |was: Option<&bool>| {
        was == Some(&true) || !session.inputs.with(Vec::is_empty)
    });
    move || {
        wanted
            .get()
            .then(|| part_view(String::new(), &[], form_part()))
    }
}

part!(
    app_form,
    /// The form's view, for [`AppForm`].
    fn form_part() -> MakeView {
        Box::new(|| view! { <Form/> }.into_any())
    }
);

/// The form itself.
#[component]
fn Form() -> impl IntoView {
    let session = use_session();
    // The form stays in the page (hidden while empty) rather than coming and going, so an
    // input keeps its element, and its focus, across re-runs.
    view! {
        <form
            class="c4h-app-form"
            aria-label=tr!("app-form-label")
            hidden=move || session.inputs.with(Vec::is_empty)
            on:submit=|event| event.prevent_default()
        >
            <For
                each=move || session.inputs.get()
                // Same label and kind: the same element, so the input being typed in
                // keeps its focus and text while the results update.
                key=input_key
                children=move |input| input_view(session, input)
            />
        </form>
    }
}

fn input_view(session: Session, input: InputControl) -> AnyView {
    let id = input_id(&input.label);
    let label = input.label.clone();
    match input.kind {
        InputKind::Number {
            min, max, whole, ..
        } => {
            let kind = input.kind.clone();
            let error = RwSignal::new(None::<String>);
            let hint_id = format!("{id}-hint");
            let error_id = format!("{id}-error");
            let start = match &input.value {
                InputValue::Number(number) => number_text(*number),
                other => other.to_text(),
            };
            let described_by = {
                let hint_id = hint_id.clone();
                let error_id = error_id.clone();
                move || {
                    if error.get().is_some() {
                        format!("{hint_id} {error_id}")
                    } else {
                        hint_id.clone()
                    }
                }
            };
            let invalid = move |label: &str, now: bool| {
                // `try_`: on leaving the page, the session may be gone before this input.
                session.invalid_inputs.try_update(|labels| {
                    labels.retain(|other| other != label);
                    if now {
                        labels.push(label.to_owned());
                    }
                });
            };
            {
                let label = label.clone();
                on_cleanup(move || invalid(&label, false));
            }
            let on_input = move |event: leptos::ev::Event| {
                let text = event_target_value(&event);
                match read_number(&text, &kind) {
                    Ok(number) => {
                        error.set(None);
                        invalid(&label, false);
                        session.set_input(&label, InputValue::Number(number));
                    }
                    Err(message) => {
                        error.set(Some(message));
                        invalid(&label, true);
                    }
                }
            };
            view! {
                <div class="c4h-field" class:c4h-field--error=move || error.get().is_some()>
                    <label class="c4h-field__label" for=id.clone()>{input.label.clone()}</label>
                    <div class="c4h-field__hint" id=hint_id>{number_hint(min, max, whole)}</div>
                    {move || error.get().map(|message| view! {
                        <p class="c4h-field__error" id=error_id.clone()>
                            <span class="c4h-visually-hidden">{format!("{} ", tr!("app-form-error"))}</span>
                            {message}
                        </p>
                    })}
                    <input
                        class="c4h-field__input c4h-field__input--number"
                        id=id
                        type="text"
                        inputmode=if whole { "numeric" } else { "decimal" }
                        autocomplete="off"
                        spellcheck="false"
                        value=start
                        aria-describedby=described_by
                        aria-invalid=move || error.get().is_some().to_string()
                        on:input=on_input
                    />
                </div>
            }
            .into_any()
        }
        InputKind::Text { .. } => {
            let on_input = move |event: leptos::ev::Event| {
                session.set_input(&label, InputValue::Text(event_target_value(&event)));
            };
            view! {
                <div class="c4h-field">
                    <label class="c4h-field__label" for=id.clone()>{input.label.clone()}</label>
                    <input
                        class="c4h-field__input"
                        id=id
                        type="text"
                        autocomplete="off"
                        value=input.value.to_text()
                        on:input=on_input
                    />
                </div>
            }
            .into_any()
        }
        InputKind::Choice { options, .. } => {
            let chosen = input.value.to_text();
            let on_change = move |event: leptos::ev::Event| {
                session.set_input(&label, InputValue::Text(event_target_value(&event)));
            };
            view! {
                <div class="c4h-field">
                    <label class="c4h-field__label" for=id.clone()>{input.label.clone()}</label>
                    <select class="c4h-field__select" id=id on:change=on_change>
                        {options
                            .into_iter()
                            .map(|option| {
                                let selected = option == chosen;
                                let value = option.clone();
                                view! { <option value=value selected=selected>{option}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
        InputKind::Checkbox { .. } => {
            let checked = input.value == InputValue::Flag(true);
            let on_change = move |event: leptos::ev::Event| {
                session.set_input(&label, InputValue::Flag(event_target_checked(&event)));
            };
            view! {
                <div class="c4h-field c4h-field--checkbox">
                    <input
                        class="c4h-field__checkbox"
                        id=id.clone()
                        type="checkbox"
                        checked=checked
                        on:change=on_change
                    />
                    <label class="c4h-field__label" for=id>{input.label.clone()}</label>
                </div>
            }
            .into_any()
        }
    }
}
