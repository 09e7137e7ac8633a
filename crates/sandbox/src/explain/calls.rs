//! Calls that found nothing to call: a function that does not exist or not for these
//! values ("`round` works like this: ..."), the learner's own function given the wrong
//! number of values, and a property a value does not have.

use c4h_protocol::Message;

use super::place::Place;
use super::{habits, scopes};
use crate::suggest;
use crate::words::{bare_type_words, is_text, join_with_and, type_words};

/// `message`, followed by the note about `()` when one of the values was "nothing".
fn with_nothing_note(message: Message, nothing: bool) -> Message {
    if nothing {
        Message::new("errors-with-nothing-note").with("message", message)
    } else {
        message
    }
}

/// Rhai names a missing function by its signature, for example `bmi (i64, f64)`.
/// `place` is the code from where the call was reported.
pub(super) fn explain_unknown_function(
    signature: &str,
    code: &str,
    place: Option<&Place>,
) -> Message {
    let (name, arguments) = match signature.split_once(" (") {
        Some((name, rest)) => (name.trim(), rest.strip_suffix(')').unwrap_or(rest)),
        None => (signature.trim(), ""),
    };
    // Some library functions report their own problem this way, as a sentence.
    if name.contains(' ') {
        return explain_library_sentence(name);
    }
    let raw_types: Vec<&str> = arguments
        .split(", ")
        .map(str::trim)
        .filter(|argument| !argument.is_empty())
        .collect();
    let argument_types: Vec<Message> = raw_types.iter().map(|t| type_words(t)).collect();
    let given = if argument_types.is_empty() {
        Message::new("errors-no-values")
    } else {
        join_with_and(&argument_types)
    };
    // A value that is "nothing" usually came from a function that changes a list in place.
    let nothing = raw_types.contains(&"()");
    let is_operator = !name.is_empty() && !name.chars().any(|c| c.is_alphanumeric() || c == '_');
    if is_operator {
        return with_nothing_note(explain_operator(name, &raw_types, given), nothing);
    }
    if let Some(message) = habits::unknown_function(name, raw_types.len()) {
        return message;
    }
    if let Some(message) = explain_common_call(name, &raw_types, place) {
        return message;
    }

    // The learner's own function, called with the wrong number of values.
    let script_functions = suggest::script_functions(code);
    if let Some((_, parameters)) = script_functions.iter().find(|(own, _)| own == name) {
        let takes = match parameters.len() {
            0 => Message::new("errors-takes-no-values"),
            count => Message::new("errors-takes-values")
                .with("count", count)
                .with("names", parameters.join(", ")),
        };
        return with_nothing_note(
            Message::new("errors-own-function-values")
                .with("name", name)
                .with("takes", takes)
                .with("given", argument_types.len()),
            nothing,
        );
    }

    // A library function that exists, but not for these values.
    let library = suggest::library_forms();
    let counts: Vec<usize> = library
        .iter()
        .filter(|form| form.name == name)
        .map(|form| form.parameter_types.len())
        .collect();
    if !counts.is_empty() {
        let given_count = raw_types.len();
        let problem = if counts.iter().all(|count| *count > given_count) {
            Message::new("errors-needs-more-values").with("name", name)
        } else if counts.iter().all(|count| *count < given_count) {
            Message::new("errors-given-too-many-values").with("name", name)
        } else {
            Message::new("errors-cannot-take")
                .with("name", name)
                .with("given", given)
        };
        return with_nothing_note(
            Message::new("errors-problem-and-how")
                .with("problem", problem)
                .with("how", how_it_is_called(name, &library, &raw_types)),
            nothing,
        );
    }
    // `patient()` for `patients()`: a name one letter from a function that takes these.
    let plural = format!("{name}s");
    if library
        .iter()
        .any(|form| form.name == plural && form.parameter_types.len() == raw_types.len())
    {
        return Message::new("errors-no-function-plural")
            .with("name", name)
            .with("plural", plural);
    }

    // A variable called like a function: `a(2)`, often meant as `a * 2`.
    if scopes::made_on_line(code, name).is_some() {
        return Message::new("errors-value-not-function").with("name", name);
    }
    let candidates = library
        .iter()
        .map(|form| form.name.as_str())
        .chain(script_functions.iter().map(|(own, _)| own.as_str()));
    let suggestions = suggest::closest(name, candidates);
    let lower = name.to_lowercase();
    if suggestions.contains(&lower.as_str()) {
        return Message::new("errors-capital-letters")
            .with("lower", lower)
            .with("name", name);
    }
    match suggest::did_you_mean(&suggestions) {
        None => Message::new("errors-no-function-make").with("name", name),
        Some(suggestion) => Message::new("errors-no-function-suggest")
            .with("name", name)
            .with("suggestion", suggestion),
    }
}

/// Items joined by commas only: "a, b, c".
fn comma_list(items: &[Message]) -> Message {
    joined(items, "errors-list-comma")
}

/// Ways of calling, joined by "or": "`a` or `b`".
fn either(forms: &[Message]) -> Message {
    joined(forms, "errors-either")
}

/// `items` joined two at a time by message `id` (its `first` and the `rest`).
fn joined(items: &[Message], id: &str) -> Message {
    match items {
        [] => Message::new("errors-list-nothing"),
        [only] => only.clone(),
        [first, rest @ ..] => Message::new(id)
            .with("first", first.clone())
            .with("rest", joined(rest, id)),
    }
}

/// How a library function is called: the health-data API's own description of its values
/// (`input_number(label, start)`), or else the kinds of value each form takes.
fn how_it_is_called(name: &str, library: &[suggest::LibraryForm], given: &[&str]) -> Message {
    if let Some(entry) = c4h_protocol::api::FUNCTIONS
        .iter()
        .find(|entry| entry.name == name)
    {
        let forms: Vec<Message> = entry
            .signature
            .split(" or ")
            .map(|form| Message::new("errors-code").with("code", form))
            .collect();
        return Message::new("errors-called-like-this").with("forms", either(&forms));
    }
    let mut forms: Vec<Message> = library
        .iter()
        .filter(|form| form.name == name)
        .map(|form| {
            let types: Vec<Message> = form
                .parameter_types
                .iter()
                .map(|t| bare_type_words(t))
                .collect();
            if types.is_empty() {
                Message::new("errors-form-no-values").with("name", name)
            } else {
                Message::new("errors-form")
                    .with("name", name)
                    .with("types", comma_list(&types))
            }
        })
        .collect();
    forms.dedup();
    const MOST_FORMS_SHOWN: usize = 6;
    let more = forms.len().saturating_sub(MOST_FORMS_SHOWN);
    forms.truncate(MOST_FORMS_SHOWN);
    let works = if more > 0 {
        Message::new("errors-works-like-this-more")
            .with("forms", comma_list(&forms))
            .with("more", more)
    } else {
        Message::new("errors-works-like-this").with("forms", comma_list(&forms))
    };
    // A whole number where only decimals are taken: `sqrt(16)`.
    let decimal_instead = given.contains(&"i64")
        && library.iter().any(|form| {
            form.name == name
                && form.parameter_types.len() == given.len()
                && form.parameter_types.iter().any(|t| t == "f64")
        });
    if decimal_instead {
        Message::new("errors-whole-number-as-decimal").with("message", works)
    } else {
        works
    }
}

/// An operator between values it does not work with: `"a" & "b"`, `[1, 2] + 3`.
fn explain_operator(operator: &str, types: &[&str], given: Message) -> Message {
    match (operator, types) {
        ("&", [a, b]) if is_text(a) || is_text(b) => Message::new("errors-join-text-not-ampersand"),
        ("+", ["array", _]) => Message::new("errors-push-not-plus"),
        _ if types.iter().any(|t| is_text(t)) => Message::new("errors-operator-with-text")
            .with("operator", operator)
            .with("given", given),
        _ => Message::new("errors-operator-does-not-work")
            .with("operator", operator)
            .with("given", given),
    }
}

/// Calls that beginners get wrong in the same way: `print` with several values, `int` of
/// text, Python's `append`, a property called like a function.
fn explain_common_call(name: &str, types: &[&str], place: Option<&Place>) -> Option<Message> {
    Some(match (name, types) {
        ("print" | "debug", [_, _, ..]) => {
            let values = place
                .map(|place| call_arguments(&place.after))
                .unwrap_or_default();
            let (first, second) = match values.as_slice() {
                [first, second, ..] => (first.clone(), second.clone()),
                _ => ("name".to_owned(), "age".to_owned()),
            };
            Message::new("errors-print-several")
                .with("name", name)
                .with("first", first)
                .with("second", second)
        }
        ("int", [t]) if is_text(t) => Message::new("errors-to-whole-number").with("name", name),
        ("append", ["array", t]) if *t != "array" => Message::new("errors-append"),
        (_, ["map"]) if place.is_some_and(|place| place.before.ends_with('.')) => {
            Message::new("errors-map-has-no-function").with("name", name)
        }
        _ => return None,
    })
}

/// The values between the brackets of the call that starts `text`: `print(a, b + 1)` gives
/// `a` and `b + 1`.
fn call_arguments(text: &str) -> Vec<String> {
    let Some(open) = text.find('(') else {
        return Vec::new();
    };
    let mut values = vec![String::new()];
    let mut depth = 0;
    for character in text[open + 1..].chars() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                values.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(value) = values.last_mut() {
            value.push(character);
        }
    }
    values
        .into_iter()
        .map(|value| value.trim().to_owned())
        .collect()
}

/// A library function's own problem, which Rhai reports as a missing function.
fn explain_library_sentence(sentence: &str) -> Message {
    if sentence.contains("different types cannot be sorted") {
        Message::new("errors-sort-mixed-kinds")
    } else {
        Message::new("errors-did-not-work").with("sentence", sentence)
    }
}

/// Rhai says "Unknown property 'lenght' - a getter is not registered for type 'array'".
pub(super) fn explain_unknown_property(message: &str, code: &str) -> Message {
    // The quoted parts are the 2nd and 4th pieces between apostrophes.
    let mut pieces = message.split('\'');
    let (Some(property), Some(type_name)) = (pieces.nth(1), pieces.nth(1)) else {
        return Message::new("errors-dot-does-not-work").with("rhai", message);
    };
    let library = suggest::library_forms();
    let names = suggest::identifiers(code);
    let candidates = library
        .iter()
        .map(|form| form.name.as_str())
        .chain(names.iter().map(String::as_str));
    let message = match suggest::did_you_mean(&suggest::closest(property, candidates)) {
        None => Message::new("errors-not-a-property"),
        Some(suggestion) => {
            Message::new("errors-not-a-property-suggest").with("suggestion", suggestion)
        }
    };
    message
        .with("property", property)
        .with("kind", type_words(type_name))
}
