//! Apps: the inputs a script asks for (`input_number`, `input_text`, `choose`, `checkbox`),
//! which the page draws as a form, and `show(label, value)`, its results. An input gives
//! the script the learner's value when it fits the input (c4h-protocol's
//! `InputKind::accept`, the rule the page's form uses too), or else the script's default.

use c4h_protocol::{Event, InputControl, InputKind, InputValue, Message};
use rhai::{Array, Dynamic, Engine, FLOAT, INT, ImmutableString};

use super::error::{Result, fail};
use super::screen::Screen;
use super::values::{as_number, cell_text, shorten};
use crate::words::value_words;

/// A `choose` offers at most this many options.
pub const MAX_OPTIONS: usize = 100;

fn input_number(
    screen: &Screen,
    label: &str,
    default: &Dynamic,
    min: Option<&Dynamic>,
    max: Option<&Dynamic>,
) -> Result<Dynamic> {
    let function = "input_number";
    let label = screen.claim_label(function, label)?;
    // `what`: the id of the message for the value that is not a number.
    let number = |value: &Dynamic, what: &str| -> Result<f64> {
        match as_number(value) {
            Some(number) if number.is_finite() => Ok(number),
            _ => fail(
                Message::new(what)
                    .with("function", function)
                    .with("label", label.as_str())
                    .with("value", value_words(value)),
            ),
        }
    };
    let default_number = number(default, "errors-input-start-not-number")?;
    let min_number = min
        .map(|value| number(value, "errors-input-smallest-not-number"))
        .transpose()?;
    let max_number = max
        .map(|value| number(value, "errors-input-largest-not-number"))
        .transpose()?;
    if let (Some(low), Some(high)) = (min_number, max_number)
        && low > high
    {
        return fail(
            Message::new("errors-input-smallest-above-largest")
                .with("function", function)
                .with("label", label.as_str())
                .with("smallest", low.to_string())
                .with("largest", high.to_string()),
        );
    }
    let whole = [Some(default), min, max]
        .into_iter()
        .flatten()
        .all(|value| value.is_int());
    let kind = InputKind::Number {
        default: default_number,
        min: min_number,
        max: max_number,
        whole,
    };
    if !kind.takes_number(default_number) {
        return fail(
            Message::new("errors-input-start-outside-limits")
                .with("function", function)
                .with("label", label.as_str())
                .with("start", default_number.to_string()),
        );
    }
    let given = screen.given(&label).map(|given| match given {
        // A number given as text (by a tool rather than the page's form) is still a number.
        InputValue::Text(text) => text
            .trim()
            .parse::<f64>()
            .map_or(InputValue::Text(text), InputValue::Number),
        other => other,
    });
    let chosen = match given.and_then(|given| kind.accept(&given)) {
        Some(InputValue::Number(value)) => value,
        _ => default_number,
    };
    screen.send(Event::Input {
        input: InputControl {
            label,
            kind,
            value: InputValue::Number(chosen),
        },
    });
    Ok(if whole {
        Dynamic::from(chosen as INT)
    } else {
        Dynamic::from(chosen as FLOAT)
    })
}

fn input_text(screen: &Screen, label: &str, default: &str) -> Result<ImmutableString> {
    let label = screen.claim_label("input_text", label)?;
    let kind = InputKind::Text {
        default: default.to_owned(),
    };
    let chosen = match screen.given(&label).and_then(|given| kind.accept(&given)) {
        Some(InputValue::Text(given)) => shorten(&given),
        _ => default.to_owned(),
    };
    screen.send(Event::Input {
        input: InputControl {
            label,
            kind,
            value: InputValue::Text(chosen.clone()),
        },
    });
    Ok(chosen.into())
}

fn choose(
    screen: &Screen,
    label: &str,
    options: &Dynamic,
    default: Option<&Dynamic>,
) -> Result<Dynamic> {
    let function = "choose";
    let label = screen.claim_label(function, label)?;
    let Some(options) = options.read_lock::<Array>() else {
        return fail(
            Message::new("errors-choose-needs-list")
                .with("function", function)
                .with("label", label.as_str())
                .with("value", value_words(options)),
        );
    };
    if options.is_empty() || options.len() > MAX_OPTIONS {
        return fail(
            Message::new("errors-choose-count")
                .with("function", function)
                .with("label", label.as_str())
                .with("max", MAX_OPTIONS)
                .with("count", options.len()),
        );
    }
    let names: Vec<String> = options.iter().map(cell_text).collect();
    let default_name = match default {
        None => names[0].clone(),
        Some(default) => {
            let name = cell_text(default);
            if !names.contains(&name) {
                return fail(
                    Message::new("errors-choose-start-not-a-choice")
                        .with("function", function)
                        .with("label", label.as_str())
                        .with("start", name)
                        .with("choices", names.join(", ")),
                );
            }
            name
        }
    };
    let kind = InputKind::Choice {
        options: names.clone(),
        default: default_name.clone(),
    };
    let chosen = match screen.given(&label).and_then(|given| kind.accept(&given)) {
        Some(InputValue::Text(chosen)) => chosen,
        _ => default_name,
    };
    let index = names.iter().position(|name| *name == chosen).unwrap_or(0);
    let value = options[index].clone();
    screen.send(Event::Input {
        input: InputControl {
            label,
            kind,
            value: InputValue::Text(chosen),
        },
    });
    Ok(value)
}

fn checkbox(screen: &Screen, label: &str, default: bool) -> Result<bool> {
    let label = screen.claim_label("checkbox", label)?;
    let kind = InputKind::Checkbox { default };
    let chosen = match screen.given(&label).and_then(|given| kind.accept(&given)) {
        Some(InputValue::Flag(chosen)) => chosen,
        _ => default,
    };
    screen.send(Event::Input {
        input: InputControl {
            label,
            kind,
            value: InputValue::Flag(chosen),
        },
    });
    Ok(chosen)
}

fn show(screen: &Screen, label: &str, value: &Dynamic) -> Result<()> {
    screen.count_shown()?;
    screen.send(Event::Show {
        label: shorten(label),
        value: cell_text(value),
    });
    Ok(())
}

/// Adds the input functions and `show` to `engine`, sending what they make to `screen`.
pub fn register(engine: &mut Engine, screen: &Screen) {
    let s = screen.clone();
    engine.register_fn(
        "input_number",
        move |label: ImmutableString, default: Dynamic| {
            input_number(&s, &label, &default, None, None)
        },
    );
    let s = screen.clone();
    engine.register_fn(
        "input_number",
        move |label: ImmutableString, default: Dynamic, min: Dynamic, max: Dynamic| {
            input_number(&s, &label, &default, Some(&min), Some(&max))
        },
    );
    let s = screen.clone();
    engine.register_fn(
        "input_text",
        move |label: ImmutableString, default: ImmutableString| input_text(&s, &label, &default),
    );
    let s = screen.clone();
    engine.register_fn("choose", move |label: ImmutableString, options: Dynamic| {
        choose(&s, &label, &options, None)
    });
    let s = screen.clone();
    engine.register_fn(
        "choose",
        move |label: ImmutableString, options: Dynamic, default: Dynamic| {
            choose(&s, &label, &options, Some(&default))
        },
    );
    let s = screen.clone();
    engine.register_fn("checkbox", move |label: ImmutableString, default: bool| {
        checkbox(&s, &label, default)
    });
    let s = screen.clone();
    engine.register_fn("show", move |label: ImmutableString, value: Dynamic| {
        show(&s, &label, &value)
    });
}
