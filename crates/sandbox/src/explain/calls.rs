//! Calls that found nothing to call: a function that does not exist or not for these
//! values ("`round` works like this: ..."), the learner's own function given the wrong
//! number of values, and a property a value does not have.

use crate::suggest;
use crate::words::{bare_type_words, join_with_and, type_words};

/// Rhai names a missing function by its signature, for example `bmi (i64, f64)`.
pub(super) fn explain_unknown_function(signature: &str, code: &str) -> String {
    let (name, arguments) = match signature.split_once(" (") {
        Some((name, rest)) => (name.trim(), rest.trim_end_matches(')')),
        None => (signature.trim(), ""),
    };
    let argument_types: Vec<String> = arguments
        .split(',')
        .map(str::trim)
        .filter(|argument| !argument.is_empty())
        .map(type_words)
        .collect();
    let given = if argument_types.is_empty() {
        "no values".to_owned()
    } else {
        join_with_and(&argument_types)
    };
    let is_operator = !name.is_empty() && !name.chars().any(|c| c.is_alphanumeric() || c == '_');
    if is_operator {
        return format!(
            "`{name}` does not work with {given}. Check the types of your values: \
             for example, turn text into a number with `parse_int` or `parse_float`."
        );
    }

    // The learner's own function, called with the wrong number of values.
    let script_functions = suggest::script_functions(code);
    if let Some((_, parameters)) = script_functions.iter().find(|(own, _)| own == name) {
        let takes = match parameters.len() {
            0 => "no values".to_owned(),
            1 => format!("1 value ({})", parameters[0]),
            count => format!("{count} values ({})", parameters.join(", ")),
        };
        return format!(
            "Your function `{name}` takes {takes}, but it was given {}. \
             Give it one value for each name in its brackets.",
            match argument_types.len() {
                0 => "none".to_owned(),
                count => count.to_string(),
            }
        );
    }

    // A library function that exists, but not for these values.
    let library = suggest::library_forms();
    let mut forms: Vec<String> = library
        .iter()
        .filter(|form| form.name == name)
        .map(|form| {
            let types: Vec<String> = form
                .parameter_types
                .iter()
                .map(|t| bare_type_words(t))
                .collect();
            format!("`{name}({})`", types.join(", "))
        })
        .collect();
    forms.dedup();
    if !forms.is_empty() {
        const MOST_FORMS_SHOWN: usize = 6;
        let more = forms.len().saturating_sub(MOST_FORMS_SHOWN);
        forms.truncate(MOST_FORMS_SHOWN);
        let more = if more > 0 {
            format!(" (and {more} more)")
        } else {
            String::new()
        };
        return format!(
            "`{name}` cannot take {given}. It works like this: {}{more}.",
            forms.join(", ")
        );
    }

    let candidates = library
        .iter()
        .map(|form| form.name.as_str())
        .chain(script_functions.iter().map(|(own, _)| own.as_str()));
    let hint = suggest::did_you_mean(&suggest::closest(name, candidates));
    format!(
        "There is no function called `{name}`.{hint} Check the spelling, \
         or make the function first with `fn {name}(...) {{ ... }}`."
    )
}

/// Rhai says "Unknown property 'lenght' - a getter is not registered for type 'array'".
pub(super) fn explain_unknown_property(message: &str, code: &str) -> String {
    // The quoted parts are the 2nd and 4th pieces between apostrophes.
    let mut pieces = message.split('\'');
    let (Some(property), Some(type_name)) = (pieces.nth(1), pieces.nth(1)) else {
        return format!("This use of a dot `.` does not work: {message}.");
    };
    let library = suggest::library_forms();
    let names = suggest::identifiers(code);
    let candidates = library
        .iter()
        .map(|form| form.name.as_str())
        .chain(names.iter().map(String::as_str));
    let hint = suggest::did_you_mean(&suggest::closest(property, candidates));
    format!(
        "`{property}` is not something {} has.{hint} Functions need brackets after \
         the dot, for example `readings.len()`.",
        type_words(type_name)
    )
}
