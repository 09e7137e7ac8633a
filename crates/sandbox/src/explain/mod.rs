//! Turning Rhai's errors into [`Diagnostic`]s a beginner can act on: what went wrong in
//! plain words, where (line and column), and Rhai's own words kept as the detail. Each
//! explanation is a message as data (an id in messages/<lang>/errors.ftl and its values),
//! which the page and the CLI render in the learner's language.
//!
//! * `prescan`: mistakes Rhai accepts without a word (a whole number too big to hold,
//!   `${...}` in double quotes), found before Rhai reads the script;
//! * `parse`: errors found before the script runs (syntax, unknown variables);
//! * `run`: errors that ended a run, including the sandbox's limits;
//! * `calls`: calls to functions that do not exist, or not for these values;
//! * `habits`: habits from Python, JavaScript, spreadsheets, school maths and phone
//!   keyboards, told apart from other mistakes by the text around the place (`place`);
//! * `left_out`: what the playground leaves out on purpose (the clock, modules, `eval`);
//! * `texts`: quotes (single, curly) and putting values into text;
//! * `scopes`: a function using a variable made outside it.
//!
//! How the messages are written: docs/error-messages.md.

mod calls;
mod habits;
mod left_out;
mod parse;
mod place;
mod prescan;
mod run;
mod scopes;
mod texts;

use c4h_protocol::{Diagnostic, DiagnosticKind, Message};
use rhai::Position;

pub use parse::explain_parse_error;
pub use prescan::prescan;
pub use run::explain_run_error;

fn make_diagnostic(
    kind: DiagnosticKind,
    position: Position,
    message: Message,
    detail: String,
    code: &str,
) -> Diagnostic {
    Diagnostic {
        kind,
        line: to_u32(position.line()),
        column: to_u32(position.position()),
        message,
        code: code_at(code, position),
        detail,
    }
}

/// Longest line a diagnostic shows under its message: a hostile script's 100,000-character
/// line is not copied into every message.
const MOST_EXCERPT_CHARACTERS: usize = 300;

/// The line of `code` at `position`, to show under the message: none if there is no such
/// line, or it is too long to show.
fn code_at(code: &str, position: Position) -> Option<String> {
    let line = code.lines().nth(position.line()?.checked_sub(1)?)?;
    let fits = line.chars().count() <= MOST_EXCERPT_CHARACTERS
        && position
            .position()
            .is_none_or(|column| column <= MOST_EXCERPT_CHARACTERS + 1);
    fits.then(|| line.to_owned())
}

fn to_u32(value: Option<usize>) -> Option<u32> {
    value.and_then(|value| u32::try_from(value).ok())
}

#[cfg(test)]
mod tests {
    use super::calls::explain_unknown_function;
    use c4h_protocol::words::english;

    #[test]
    fn unknown_function_lists_argument_types() {
        let explain =
            |signature: &str, code: &str| english(&explain_unknown_function(signature, code, None));
        assert_eq!(
            explain("bmi (i64, f64)", ""),
            "There is no function called `bmi`. Check the spelling, or make the function \
             first with `fn bmi(...) { ... }`."
        );
        assert!(
            explain("- (string, i64)", "")
                .starts_with("`-` does not work with text and a whole number.")
        );
        assert_eq!(
            explain("greet (i64)", "fn greet() { print(1); }"),
            "Your function `greet` takes no values, but it was given 1. \
             Give it one value for each name in its brackets."
        );
        assert_eq!(
            explain("greet (i64)", "fn greet(a, b) { print(1); }"),
            "Your function `greet` takes 2 values (a, b), but it was given 1. \
             Give it one value for each name in its brackets."
        );
        assert!(explain("prnt (string)", "").contains("Did you mean `print`?"));
        // The health-data API's functions are described with their values' names.
        assert_eq!(
            explain("round (string)", ""),
            "`round` cannot take text. It is called like this: `round(number, places)`."
        );
        // Rhai's own with the kinds of value each form takes.
        let floor = explain("floor (string)", "");
        assert!(
            floor.starts_with(
                "`floor` cannot take text. It works like this: `floor(decimal number)`"
            ),
            "{floor}"
        );
    }
}
