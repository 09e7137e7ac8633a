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
use c4h_protocol::{Diagnostic, DiagnosticKind, Message};

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
    let named = |id: &str, name: &str| Message::new(id).with("name", name);
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
        E::ErrorStackOverflow(_) => {
            Message::new("errors-too-deep").with("max", limits.max_call_depth)
        }
        E::ErrorDataTooLarge(what, _) => explain_data_too_large(what, limits),
        E::ErrorTooManyVariables(_) => Message::new("errors-too-many-variables")
            .with("max", count_text(limits.max_variables as u64)),
        E::ErrorVariableNotFound(name, position) => explain_unknown_variable(name, *position, code),
        E::ErrorFunctionNotFound(signature, position) => {
            explain_unknown_function(signature, code, Place::of(code, *position).as_ref())
        }
        E::ErrorMismatchDataType(expected, actual, _) => Message::new("errors-expected-kind")
            .with("expected", type_words(expected))
            .with("actual", type_words(actual)),
        E::ErrorMismatchOutputType(expected, actual, _) => Message::new("errors-result-kind")
            .with("expected", type_words(expected))
            .with("actual", type_words(actual)),
        E::ErrorIndexingType(type_name, _) => explain_indexing(type_name),
        E::ErrorArrayBounds(0, index, _) => {
            Message::new("errors-no-item-empty").with("index", *index)
        }
        E::ErrorArrayBounds(length, index, _) => Message::new("errors-no-item")
            .with("index", *index)
            .with("length", *length)
            .with("last", length - 1),
        E::ErrorStringBounds(0, index, _) => {
            Message::new("errors-no-character-empty").with("index", *index)
        }
        E::ErrorStringBounds(length, index, _) => Message::new("errors-no-character")
            .with("index", *index)
            .with("length", *length)
            .with("last", length - 1),
        E::ErrorBitFieldBounds(length, index, _) => Message::new("errors-no-bit")
            .with("index", *index)
            .with("length", *length),
        E::ErrorPropertyNotFound(name, _) => named("errors-no-property", name),
        E::ErrorIndexNotFound(key, _) => {
            Message::new("errors-no-item-called").with("key", key.to_string())
        }
        E::ErrorFor(_) => Message::new("errors-for-needs-list"),
        E::ErrorArithmetic(message, _) if message.starts_with("Error parsing") => {
            explain_parse_number(message)
        }
        E::ErrorArithmetic(message, _) if message.to_lowercase().contains("zero") => {
            Message::new("errors-divide-by-zero")
        }
        E::ErrorArithmetic(message, _) if message.to_lowercase().contains("overflow") => {
            Message::new("errors-overflow")
        }
        E::ErrorArithmetic(message, _) => {
            Message::new("errors-sum-not-worked-out").with("rhai", message.as_str())
        }
        E::ErrorAssignmentToConstant(name, _) => named("errors-constant-changed", name),
        E::ErrorNonPureMethodCallOnConstant(name, _) => {
            named("errors-constant-changed-by-function", name)
        }
        E::ErrorDotExpr(message, _) => explain_unknown_property(message, code),
        E::ErrorUnboundThis(_) => Message::new("errors-this"),
        // The health-data API explains its own mistakes.
        E::ErrorRuntime(value, _) if value.is::<LibraryError>() => {
            value.clone().cast::<LibraryError>().0
        }
        E::ErrorRuntime(value, _) => {
            Message::new("errors-script-error").with("error", value.to_string())
        }
        E::ErrorDataRace(name, _) => named("errors-in-use", name),
        E::ErrorVariableExists(name, _) => named("errors-variable-exists", name),
        E::ErrorForbiddenVariable(name, _) => named("errors-forbidden-name", name),
        other => Message::new("errors-run-other").with("rhai", other.to_string()),
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
fn explain_indexing(type_name: &str) -> Message {
    let value = type_name.split(" [").next().unwrap_or(type_name).trim();
    if value == "()" {
        Message::new("errors-brackets-on-nothing")
    } else {
        Message::new("errors-brackets-on-value").with("kind", type_words(value))
    }
}

/// `parse_int("abc")`: Rhai says "Error parsing integer number 'abc': invalid digit found
/// in string".
fn explain_parse_number(message: &str) -> Message {
    let text = message.split('\'').nth(1).unwrap_or_default();
    let id = if message.contains("integer") {
        if text.contains('.') {
            "errors-parse-int-decimal"
        } else {
            "errors-parse-int"
        }
    } else if text.contains(',') {
        "errors-parse-float-comma"
    } else {
        "errors-parse-float"
    };
    Message::new(id).with("text", text)
}

/// What the learner is told when the sandbox stopped their script: the texts for every
/// [`StopReason`], in one place.
fn stop_message(reason: StopReason, limits: &Limits) -> Message {
    match reason {
        StopReason::Operations => too_many_operations(limits),
        StopReason::Memory => {
            Message::new("errors-too-much-memory").with("megabytes", limits.max_memory_bytes >> 20)
        }
        StopReason::Time => {
            Message::new("errors-too-long").with("seconds", limits.max_run_millis / 1000)
        }
    }
}

fn too_many_operations(limits: &Limits) -> Message {
    Message::new("errors-too-many-steps").with("max", count_text(limits.max_operations))
}

fn explain_data_too_large(what: &str, limits: &Limits) -> Message {
    let what = what.to_lowercase();
    if what.contains("string") {
        Message::new("errors-text-grew").with("max", count_text(limits.max_string_bytes as u64))
    } else if what.contains("array") {
        Message::new("errors-list-grew").with("max", count_text(limits.max_array_items as u64))
    } else if what.contains("map") {
        Message::new("errors-map-grew").with("max", count_text(limits.max_map_properties as u64))
    } else {
        Message::new("errors-grew").with("what", what)
    }
}
