//! Calls that found nothing to call: a function that does not exist or not for these
//! values ("`round` works like this: ..."), the learner's own function given the wrong
//! number of values, and a property a value does not have.

use super::place::Place;
use super::{habits, scopes};
use crate::suggest;
use crate::words::{bare_type_words, join_with_and, type_words};

/// Rhai names a missing function by its signature, for example `bmi (i64, f64)`.
/// `place` is the code from where the call was reported.
pub(super) fn explain_unknown_function(
    signature: &str,
    code: &str,
    place: Option<&Place>,
) -> String {
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
    let argument_types: Vec<String> = raw_types.iter().map(|t| type_words(t)).collect();
    let given = if argument_types.is_empty() {
        "no values".to_owned()
    } else {
        join_with_and(&argument_types)
    };
    // A value that is "nothing" usually came from a function that changes a list in place.
    let nothing = if raw_types.contains(&"()") {
        " One of the values is `()`, \"nothing\": functions such as `push` and `sort` \
         change a list and give back nothing, so `let b = a.push(1);` makes `b` nothing. \
         Use the list itself afterwards."
    } else {
        ""
    };
    let is_operator = !name.is_empty() && !name.chars().any(|c| c.is_alphanumeric() || c == '_');
    if is_operator {
        return format!("{}{nothing}", explain_operator(name, &raw_types, &given));
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
            0 => "no values".to_owned(),
            1 => format!("1 value ({})", parameters[0]),
            count => format!("{count} values ({})", parameters.join(", ")),
        };
        return format!(
            "Your function `{name}` takes {takes}, but it was given {}. \
             Give it one value for each name in its brackets.{nothing}",
            match argument_types.len() {
                0 => "none".to_owned(),
                count => count.to_string(),
            }
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
            format!("`{name}` needs more values than this.")
        } else if counts.iter().all(|count| *count < given_count) {
            format!("`{name}` was given more values than it takes.")
        } else {
            format!("`{name}` cannot take {given}.")
        };
        return format!(
            "{problem} {}{nothing}",
            how_it_is_called(name, &library, &raw_types)
        );
    }
    // `patient()` for `patients()`: a name one letter from a function that takes these.
    let plural = format!("{name}s");
    if library
        .iter()
        .any(|form| form.name == plural && form.parameter_types.len() == raw_types.len())
    {
        return format!("There is no function called `{name}`. Did you mean `{plural}`?");
    }

    // A variable called like a function: `a(2)`, often meant as `a * 2`.
    if scopes::made_on_line(code, name).is_some() {
        return format!(
            "`{name}` holds a value, not a function, so it cannot be followed by brackets. \
             To multiply, put `*` between: `{name} * (...)`."
        );
    }
    let candidates = library
        .iter()
        .map(|form| form.name.as_str())
        .chain(script_functions.iter().map(|(own, _)| own.as_str()));
    let suggestions = suggest::closest(name, candidates);
    let lower = name.to_lowercase();
    if suggestions.contains(&lower.as_str()) {
        return format!("Capital letters matter in code: write `{lower}`, not `{name}`.");
    }
    if suggestions.is_empty() {
        format!(
            "There is no function called `{name}`. Check the spelling, or make the function \
             first with `fn {name}(...) {{ ... }}`."
        )
    } else {
        format!(
            "There is no function called `{name}`.{} Spelling and capital letters must match \
             exactly.",
            suggest::did_you_mean(&suggestions)
        )
    }
}

/// How a library function is called: the health-data API's own description of its values
/// (`input_number(label, start)`), or else the kinds of value each form takes.
fn how_it_is_called(name: &str, library: &[suggest::LibraryForm], given: &[&str]) -> String {
    if let Some(entry) = c4h_protocol::api::FUNCTIONS
        .iter()
        .find(|entry| entry.name == name)
    {
        return format!(
            "It is called like this: `{}`.",
            entry.signature.replace(" or ", "` or `")
        );
    }
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
    const MOST_FORMS_SHOWN: usize = 6;
    let more = forms.len().saturating_sub(MOST_FORMS_SHOWN);
    forms.truncate(MOST_FORMS_SHOWN);
    let more = if more > 0 {
        format!(" (and {more} more)")
    } else {
        String::new()
    };
    // A whole number where only decimals are taken: `sqrt(16)`.
    let decimal_instead = given.contains(&"i64")
        && library.iter().any(|form| {
            form.name == name
                && form.parameter_types.len() == given.len()
                && form.parameter_types.iter().any(|t| t == "f64")
        });
    let tip = if decimal_instead {
        " Write the whole number as a decimal (for example `16.0`, not `16`), or turn it into \
         one with `to_float(x)`."
    } else {
        ""
    };
    format!("It works like this: {}{more}.{tip}", forms.join(", "))
}

/// An operator between values it does not work with: `"a" & "b"`, `[1, 2] + 3`.
fn explain_operator(operator: &str, types: &[&str], given: &str) -> String {
    let is_text = |t: &&str| type_words(t) == "text";
    match (operator, types) {
        ("&", [a, b]) if is_text(a) || is_text(b) => {
            "To join text, use `+`, not `&`: `\"a\" + \"b\"`.".to_owned()
        }
        ("+", ["array", _]) => "To add an item to a list, use `push`: `readings.push(5);`. \
             (`+` joins two lists: `[1, 2] + [3]`.)"
            .to_owned(),
        _ if types.iter().any(is_text) => format!(
            "`{operator}` does not work with {given}. If the text holds a number, turn it into \
             a number first with `parse_int` (whole numbers) or `parse_float` (decimals)."
        ),
        _ => format!("`{operator}` does not work with {given}."),
    }
}

/// Calls that beginners get wrong in the same way: `print` with several values, `int` of
/// text, Python's `append`, a property called like a function.
fn explain_common_call(name: &str, types: &[&str], place: Option<&Place>) -> Option<String> {
    let is_text = |t: &str| type_words(t) == "text";
    Some(match (name, types) {
        ("print" | "debug", [_, _, ..]) => {
            let values = place
                .map(|place| call_arguments(&place.after))
                .unwrap_or_default();
            let (first, second) = match values.as_slice() {
                [first, second, ..] => (first.clone(), second.clone()),
                _ => ("name".to_owned(), "age".to_owned()),
            };
            format!(
                "`{name}` shows one value at a time. To show several, join them with `+`: \
                 `{name}({first} + \" \" + {second});`, or put them into backtick text: \
                 `` {name}(`${{{first}}} ${{{second}}}`); ``."
            )
        }
        ("int", [t]) if is_text(t) => {
            "To turn text into a whole number, use `parse_int`: `parse_int(\"42\")`.".to_owned()
        }
        ("append", ["array", t]) if *t != "array" => {
            "To add one item to a list, use `push`: `readings.push(5);`.".to_owned()
        }
        (_, ["map"]) if place.is_some_and(|place| place.before.ends_with('.')) => format!(
            "A map has no function called `{name}`. If `{name}` is one of its properties, \
             leave out the brackets: `.{name}`, not `.{name}()`."
        ),
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
fn explain_library_sentence(sentence: &str) -> String {
    if sentence.contains("different types cannot be sorted") {
        "This list holds values of different kinds (for example whole numbers and decimals, \
         such as `7` and `7.5`), so it cannot be sorted. Make them all one kind: write `7.0`, \
         not `7`."
            .to_owned()
    } else {
        format!("This did not work: {sentence}.")
    }
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
