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

use c4h_protocol::Message;
use rhai::{Engine, FLOAT, INT, ImmutableString};

use super::error::{Result, fail};

const OPERATORS: [&str; 6] = ["==", "!=", "<", "<=", ">", ">="];

/// The learner's message for `text` compared with `number` by `operator`.
fn text_and_number(operator: &str, text: &str, number: &str) -> Result<bool> {
    let shown: String = text.chars().take(40).collect();
    fail(
        Message::new("errors-compare-text-with-number")
            .with("operator", operator)
            .with("text", shown)
            .with("number", number),
    )
}

/// The learner's message for true or false compared with a number.
fn flag_and_number(operator: &str, number: &str) -> Result<bool> {
    if operator == "==" || operator == "!=" {
        return fail(
            Message::new("errors-compare-flag-with-number-equal")
                .with("operator", operator)
                .with("number", number),
        );
    }
    fail(
        Message::new("errors-compare-flag-with-number")
            .with("operator", operator)
            .with("number", number),
    )
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
        fail(
            Message::new("errors-caret-power")
                .with("a", a.to_string())
                .with("b", b.to_string()),
        )
    });
}
