//! Turning Rhai's errors into [`Diagnostic`]s a beginner can act on: what went wrong in
//! plain English, where (line and column), and Rhai's own words kept as the detail.
//!
//! * `parse`: errors found before the script runs (syntax, unknown variables);
//! * `run`: errors that ended a run, including the sandbox's limits;
//! * `calls`: calls to functions that do not exist, or not for these values.

mod calls;
mod parse;
mod run;

use c4h_protocol::{Diagnostic, DiagnosticKind};
use rhai::Position;

pub use parse::explain_parse_error;
pub use run::explain_run_error;

fn make_diagnostic(
    kind: DiagnosticKind,
    position: Position,
    message: String,
    detail: String,
) -> Diagnostic {
    Diagnostic {
        kind,
        line: to_u32(position.line()),
        column: to_u32(position.position()),
        message,
        detail,
    }
}

fn to_u32(value: Option<usize>) -> Option<u32> {
    value.and_then(|value| u32::try_from(value).ok())
}

#[cfg(test)]
mod tests {
    use super::calls::explain_unknown_function;

    #[test]
    fn unknown_function_lists_argument_types() {
        assert_eq!(
            explain_unknown_function("bmi (i64, f64)", ""),
            "There is no function called `bmi`. Check the spelling, or make the function \
             first with `fn bmi(...) { ... }`."
        );
        assert!(
            explain_unknown_function("- (string, i64)", "")
                .starts_with("`-` does not work with text and a whole number.")
        );
        assert_eq!(
            explain_unknown_function("greet (i64)", "fn greet() { print(1); }"),
            "Your function `greet` takes no values, but it was given 1. \
             Give it one value for each name in its brackets."
        );
        assert!(explain_unknown_function("prnt (string)", "").contains("Did you mean `print`?"));
        let round = explain_unknown_function("round (string)", "");
        assert!(
            round.starts_with(
                "`round` cannot take text. It works like this: `round(decimal number, whole number)`"
            ),
            "{round}"
        );
    }
}
