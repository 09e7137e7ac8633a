//! Operators whose Rhai answer would quietly mislead a beginner, made mistakes with a
//! message:
//! * text compared with a number: Rhai answers `false` (or `true` for `!=`) without a word,
//!   so `let bp = "150"; if bp > 140 { … }` takes the `else` branch, and in a health app a
//!   reading typed as text would look normal;
//! * true or false compared with a number: `90 < bp < 140` reads like maths, but compares
//!   `90 < bp` (true or false) with 140, which is always false;
//! * `^` between whole numbers: it is "exclusive or" on bits, so `2 ^ 3` is 1, where a
//!   spreadsheet or a calculator means a power (`**` here).
//!
//! These replace Rhai's built-in answers only because the engine runs with fast operators
//! off (engine.rs), so registered functions are found before the built-in ones.

use rhai::{Engine, FLOAT, INT, ImmutableString};

use super::error::{Result, fail};

const OPERATORS: [&str; 6] = ["==", "!=", "<", "<=", ">", ">="];

/// The learner's message for `text` compared with `number` by `operator`.
fn text_and_number(operator: &str, text: &str, number: &str) -> Result<bool> {
    let shown: String = text.chars().take(40).collect();
    fail(format!(
        "`{operator}` here compares text (\"{shown}\") with a number ({number}). Text is never \
         equal to, more or less than a number, so the answer would always be the same. If the \
         text holds a number, turn it into a number first: `parse_int(\"{shown}\")` for a whole \
         number, or `parse_float(\"{shown}\")` for a decimal."
    ))
}

/// The learner's message for true or false compared with a number.
fn flag_and_number(operator: &str, number: &str) -> Result<bool> {
    if operator == "==" || operator == "!=" {
        return fail(format!(
            "`{operator}` here compares true or false with a number ({number}), which is never \
             equal. Compare a number with a number, or true or false with `true` or `false`."
        ));
    }
    fail(format!(
        "`{operator}` here compares true or false with a number ({number}). This happens with \
         `90 < bp < 140`, which works out `90 < bp` first. To check that a value is between \
         two others, test each side and join them with `&&`: `90 < bp && bp < 140`."
    ))
}

/// Adds the mistakes above to `engine`.
pub fn register(engine: &mut Engine) {
    for operator in OPERATORS {
        engine.register_fn(operator, move |text: ImmutableString, number: INT| {
            text_and_number(operator, &text, &number.to_string())
        });
        engine.register_fn(operator, move |number: INT, text: ImmutableString| {
            text_and_number(operator, &text, &number.to_string())
        });
        engine.register_fn(operator, move |text: ImmutableString, number: FLOAT| {
            text_and_number(operator, &text, &number.to_string())
        });
        engine.register_fn(operator, move |number: FLOAT, text: ImmutableString| {
            text_and_number(operator, &text, &number.to_string())
        });
        engine.register_fn(operator, move |_: bool, number: INT| {
            flag_and_number(operator, &number.to_string())
        });
        engine.register_fn(operator, move |number: INT, _: bool| {
            flag_and_number(operator, &number.to_string())
        });
        engine.register_fn(operator, move |_: bool, number: FLOAT| {
            flag_and_number(operator, &number.to_string())
        });
        engine.register_fn(operator, move |number: FLOAT, _: bool| {
            flag_and_number(operator, &number.to_string())
        });
    }
    engine.register_fn("^", |a: INT, b: INT| -> Result<INT> {
        fail(format!(
            "To raise a number to a power, use `**`: `{a} ** {b}`. (In code, `^` does \
             something else, on the bits of a number.)"
        ))
    });
}
