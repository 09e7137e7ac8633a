//! Errors that ended a run: Rhai's runtime errors, the sandbox's own stops (a
//! [`StopReason`]) and the library's [`LibraryError`]s, each as a [`Diagnostic`] with its
//! place. An error inside the learner's own function is reported where it happened.

use rhai::{EvalAltResult, ParseError};

use super::calls::{explain_unknown_function, explain_unknown_property};
use super::parse::{explain_parse_error, explain_unknown_variable};
use super::place::Place;
use super::{code_at, make_diagnostic, to_u32};
use crate::library::LibraryError;
use crate::limits::{Limits, StopReason};
use crate::words::type_words;
use c4h_charts::count_text;
use c4h_protocol::{Diagnostic, DiagnosticKind};

/// Explains an error that ended a run.
/// `code` is the script, read for "Did you mean ...?" hints.
pub fn explain_run_error(error: EvalAltResult, limits: &Limits, code: &str) -> Diagnostic {
    use EvalAltResult as E;
    // An error inside a learner's own function: report the place inside the function,
    // which is in the same script, so the line number points at the real cause.
    if let E::ErrorInFunctionCall(_, _, inner, outer_position) = error {
        let mut diagnostic = explain_run_error(*inner, limits, code);
        if diagnostic.line.is_none() {
            diagnostic.line = to_u32(outer_position.line());
            diagnostic.column = to_u32(outer_position.position());
            diagnostic.code = code_at(code, outer_position);
        }
        return diagnostic;
    }
    if let E::ErrorParsing(parse_error, position) = error {
        return explain_parse_error(&ParseError(Box::new(parse_error), position), code);
    }

    let kind = match &error {
        E::ErrorTooManyOperations(_)
        | E::ErrorStackOverflow(_)
        | E::ErrorDataTooLarge(..)
        | E::ErrorTooManyVariables(_)
        | E::ErrorTerminated(..) => DiagnosticKind::Limit,
        _ => DiagnosticKind::Runtime,
    };
    let message = match &error {
        E::ErrorTooManyOperations(_) => too_many_operations(limits),
        E::ErrorTerminated(token, _) => {
            // The progress callback's token; a stop of Rhai's own (none today) reads as time.
            stop_message(
                token
                    .clone()
                    .try_cast::<StopReason>()
                    .unwrap_or(StopReason::Time),
                limits,
            )
        }
        E::ErrorStackOverflow(_) => format!(
            "Functions called other functions more than {} levels deep, so the script \
             was stopped. This usually means a function that calls itself and never stops: \
             check that it has a case that returns without calling itself again.",
            limits.max_call_depth
        ),
        E::ErrorDataTooLarge(what, _) => explain_data_too_large(what, limits),
        E::ErrorTooManyVariables(_) => format!(
            "Your script made more than {} variables at once, so it was stopped.",
            count_text(limits.max_variables as u64)
        ),
        E::ErrorVariableNotFound(name, position) => explain_unknown_variable(name, *position, code),
        E::ErrorFunctionNotFound(signature, position) => {
            explain_unknown_function(signature, code, Place::of(code, *position).as_ref())
        }
        E::ErrorMismatchDataType(expected, actual, _) => format!(
            "Rhai expected {} here, but got {}.",
            type_words(expected),
            type_words(actual)
        ),
        E::ErrorMismatchOutputType(expected, actual, _) => format!(
            "The result should be {}, but it is {}.",
            type_words(expected),
            type_words(actual)
        ),
        E::ErrorIndexingType(type_name, _) => explain_indexing(type_name),
        E::ErrorArrayBounds(0, index, _) => {
            format!("There is no item {index}: this list is empty.")
        }
        E::ErrorArrayBounds(length, index, _) => format!(
            "There is no item {index}: this list has {length} item(s), numbered from 0 to {}. \
             Remember that the first item is number 0.",
            length - 1
        ),
        E::ErrorStringBounds(0, index, _) => {
            format!("There is no character {index}: this text is empty.")
        }
        E::ErrorStringBounds(length, index, _) => format!(
            "There is no character {index}: this text has {length} character(s), \
             numbered from 0 to {}.",
            length - 1
        ),
        E::ErrorBitFieldBounds(length, index, _) => {
            format!("There is no bit {index}: a number has {length} bits.")
        }
        E::ErrorPropertyNotFound(name, _) => format!(
            "There is no property called `{name}` here. Check the spelling, \
             or print the map to see which properties it has."
        ),
        E::ErrorIndexNotFound(key, _) => format!("There is no item called `{key}` here."),
        E::ErrorFor(_) => "A `for` loop goes through a list, a range such as `0..10`, or \
             text, but not a single number or other value. To count up to a number, use a \
             range: `for i in 0..readings.len() { ... }`."
            .into(),
        E::ErrorArithmetic(message, _) if message.starts_with("Error parsing") => {
            explain_parse_number(message)
        }
        E::ErrorArithmetic(message, _) if message.to_lowercase().contains("zero") => {
            "You tried to divide by zero, which has no answer. \
             Check the number you divide by."
                .into()
        }
        E::ErrorArithmetic(message, _) if message.to_lowercase().contains("overflow") => {
            "A number became too big (or too small) to store. Whole numbers go up to \
             about 9 quintillion; use decimals (like `1.0`) for bigger values."
                .into()
        }
        E::ErrorArithmetic(message, _) => format!("This sum cannot be worked out: {message}."),
        E::ErrorAssignmentToConstant(name, _) => {
            format!("`{name}` was made with `const`, so its value cannot be changed.")
        }
        E::ErrorNonPureMethodCallOnConstant(name, _) => {
            format!("`{name}` would change a constant, and constants cannot be changed.")
        }
        E::ErrorDotExpr(message, _) => explain_unknown_property(message, code),
        E::ErrorUnboundThis(_) => "`this` can only be used inside a function that is \
             called on a value, like `value.my_function()`."
            .into(),
        // The health-data API explains its own mistakes.
        E::ErrorRuntime(value, _) if value.is::<LibraryError>() => {
            value.clone().cast::<LibraryError>().0
        }
        E::ErrorRuntime(value, _) => format!("Your script stopped with this error: {value}"),
        E::ErrorDataRace(name, _) => format!(
            "`{name}` is in use by the function that is running, so it cannot be used \
             again here. This happens when a function kept in a variable calls itself \
             through that variable. Make it with `fn` instead: such a function can call \
             itself by name."
        ),
        E::ErrorVariableExists(name, _) => format!("The variable `{name}` already exists."),
        E::ErrorForbiddenVariable(name, _) => format!("`{name}` cannot be used as a name."),
        other => format!("Something went wrong while running your script ({other})."),
    };
    // Rhai's message without its "(line 1, position 5)" suffix: the position is shown once.
    let position = error.position();
    let mut error = error;
    error.clear_position();
    // Rhai's own words add nothing to the API's message (they only name its type).
    let detail = match &error {
        E::ErrorRuntime(value, _) if value.is::<LibraryError>() => String::new(),
        _ => error.to_string(),
    };
    make_diagnostic(kind, position, message, detail, code)
}

/// `[...]` used on a value that has no items: Rhai names it as `() [i64]` (the value's type,
/// then the index's).
fn explain_indexing(type_name: &str) -> String {
    let value = type_name.split(" [").next().unwrap_or(type_name).trim();
    let mut message = format!(
        "Square brackets `[...]` pick an item from a list, a map or text, but this is {}.",
        type_words(value)
    );
    if value == "()" {
        message.push_str(
            " A value is \"nothing\" when it comes from a function that gives nothing back: \
             `sort` and `push` change a list in place, so `let s = list.sort();` makes `s` \
             nothing. Sort the list, then use the list itself.",
        );
    }
    message
}

/// `parse_int("abc")`: Rhai says "Error parsing integer number 'abc': invalid digit found
/// in string".
fn explain_parse_number(message: &str) -> String {
    let text = message.split('\'').nth(1).unwrap_or_default();
    if message.contains("integer") {
        let decimal = text.contains('.');
        format!(
            "`parse_int` could not read \"{text}\" as a whole number: it may only have digits \
             in it{}.",
            if decimal {
                ". For a number with a decimal point, use `parse_float`"
            } else {
                " (and a minus sign at the start)"
            }
        )
    } else {
        let comma = if text.contains(',') {
            " Decimal numbers use a dot, not a comma: \"12.5\"."
        } else {
            ""
        };
        format!(
            "`parse_float` could not read \"{text}\" as a number: it may only have digits, \
             one decimal point and a minus sign in it.{comma}"
        )
    }
}

/// What the learner is told when the sandbox stopped their script: the texts for every
/// [`StopReason`], in one place.
fn stop_message(reason: StopReason, limits: &Limits) -> String {
    match reason {
        StopReason::Operations => too_many_operations(limits),
        StopReason::Memory => format!(
            "Your script used more than {} MB of memory, so it was stopped. \
             Check for text, lists or maps that keep growing, for example in a loop that \
             never ends or a function that calls itself.",
            limits.max_memory_bytes >> 20
        ),
        StopReason::Time => format!(
            "Your script ran for more than {} seconds, so it was stopped. \
             Check for a loop that never ends, or do less work at once.",
            limits.max_run_millis / 1000
        ),
    }
}

fn too_many_operations(limits: &Limits) -> String {
    format!(
        "Your script took too many steps (more than {}), so it was stopped. \
         This usually means a loop that never ends: check that the loop's \
         condition becomes false, or that it has a `break`.",
        count_text(limits.max_operations)
    )
}

fn explain_data_too_large(what: &str, limits: &Limits) -> String {
    let what = what.to_lowercase();
    if what.contains("string") {
        format!(
            "A piece of text grew longer than {} characters, so the script was stopped. \
             Check for text that is added to in a loop that never ends.",
            count_text(limits.max_string_bytes as u64)
        )
    } else if what.contains("array") {
        format!(
            "A list grew to more than {} items, so the script was stopped. \
             Check for a list that is added to in a loop that never ends.",
            count_text(limits.max_array_items as u64)
        )
    } else if what.contains("map") {
        format!(
            "A map grew to more than {} properties, so the script was stopped.",
            count_text(limits.max_map_properties as u64)
        )
    } else {
        format!("Something in your script grew too large ({what}), so it was stopped.")
    }
}
