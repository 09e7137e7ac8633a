//! Habits learners bring with them: from Python, JavaScript and spreadsheet formulas, from
//! school maths, and from phone keyboards. Rhai's own message for these points the wrong
//! way ("a comma is missing" for `7 x 8000`); these say what the learner meant and how
//! Rhai writes it. Each returns `None` when the habit is not what happened.

use c4h_protocol::Message;
use rhai::ParseErrorType;

use super::left_out;
use super::place::Place;

/// A habit seen where a script could not be read.
pub fn at_parse_error(error: &ParseErrorType, place: &Place) -> Option<Message> {
    let word = place.word();
    let previous = place.previous();
    let after = place.after.as_str();
    let number_before = previous.is_some_and(|c| c.is_ascii_digit() || c == ')');
    let before = place.before.trim_end();
    let digit_before = previous.is_some_and(|c| c.is_ascii_digit());
    let id = if matches!(word, "x" | "X") && digit_before {
        "errors-times-x"
    } else if matches!(word, "and" | "AND") {
        "errors-and"
    } else if matches!(word, "or" | "OR") {
        "errors-or"
    } else if word == "then" {
        "errors-then"
    } else if after.starts_with('(') && number_before {
        "errors-times-bracket"
    } else if after.starts_with('>') && previous == Some('<') {
        "errors-not-equal-spreadsheet"
    } else if previous == Some('%') {
        "errors-percent"
    } else if after.starts_with('=') && before.is_empty() {
        "errors-formula"
    } else if after.starts_with('#') && !after.starts_with("#{") {
        "errors-hash-comment"
    } else if after.starts_with('$') {
        "errors-dollar"
    } else if let Some(message) = comma_in_number(place) {
        return Some(message);
    } else if let Some(message) = name_with_space(before, after) {
        return Some(message);
    } else if word == "else" {
        "errors-else-without-if"
    } else if after.starts_with(|c: char| c.is_ascii_digit())
        && matches!(error, ParseErrorType::VariableExpected)
    {
        "errors-name-starts-with-digit"
    } else if after.starts_with('=') && before.contains("fn ") && before.contains('(') {
        "errors-default-parameter"
    } else if after.starts_with([')', '}']) && before.contains('[') && !before.contains(']') {
        "errors-list-closes"
    } else if is_missing_plus(error, before, after) {
        "errors-join-with-plus"
    } else if after.starts_with(':') && before.ends_with('"') && before.contains('{') {
        "errors-map-starts"
    } else if after.trim_end() == ":" {
        "errors-python-colon"
    } else if is_c_style_for(before) {
        "errors-c-style-for"
    } else if after.starts_with('?') && !after.starts_with("?.") && !after.starts_with("??") {
        "errors-ternary"
    } else {
        return match error {
            ParseErrorType::UnknownOperator(operator) => operator_habit(operator),
            ParseErrorType::Reserved(word) => left_out::reserved(word),
            _ => None,
        };
    };
    Some(Message::new(id))
}

/// `10,000` (a thousands comma) or `37,5` (a decimal comma) where a number should be.
fn comma_in_number(place: &Place) -> Option<Message> {
    let digits_after: String = place
        .after
        .strip_prefix(',')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if !place.previous()?.is_ascii_digit() || digits_after.is_empty() {
        return None;
    }
    Some(Message::new(if digits_after.len() == 3 {
        "errors-thousands-comma"
    } else {
        "errors-decimal-comma"
    }))
}

/// `let blood pressure = 120;` or `let heart-rate = 60;`: a name with a space or `-`.
fn name_with_space(before: &str, after: &str) -> Option<Message> {
    let mut words = before.split_whitespace();
    let (Some("let" | "const"), Some(first), None) = (words.next(), words.next(), words.next())
    else {
        return None;
    };
    let second: String = after
        .trim_start_matches(['-', ' '])
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!second.is_empty())
        .then(|| Message::new("errors-name-with-space").with("name", format!("{first}_{second}")))
}

/// Text and a name side by side with nothing to join them: `print("Hello " name);`.
fn is_missing_plus(error: &ParseErrorType, before: &str, after: &str) -> bool {
    let missing_comma = matches!(error, ParseErrorType::MissingToken(token, _) if token == ",");
    let text_then_name = before.ends_with('"') && after.starts_with(|c: char| c.is_alphanumeric());
    let name_then_text =
        after.starts_with('"') && before.ends_with(|c: char| c.is_alphanumeric() || c == ')');
    missing_comma && (text_then_name || name_then_text)
}

fn is_c_style_for(before: &str) -> bool {
    before
        .strip_suffix('(')
        .is_some_and(|rest| rest.trim_end().ends_with("for"))
}

/// `++`, `--` and other operators from other languages.
fn operator_habit(operator: &str) -> Option<Message> {
    Some(Message::new(match operator {
        "++" => "errors-plus-plus",
        "--" => "errors-minus-minus",
        _ => return None,
    }))
}

/// A character from maths or a phone keyboard that code does not use.
pub fn symbol(text: &str) -> Option<Message> {
    let id = match text {
        "×" => "errors-symbol-times",
        "÷" => "errors-symbol-divide",
        "−" | "–" | "—" => "errors-symbol-dash",
        "²" => "errors-symbol-squared",
        "³" => "errors-symbol-cubed",
        "½" => "errors-symbol-half",
        "≤" => "errors-symbol-at-most",
        "≥" => "errors-symbol-at-least",
        "≠" => "errors-symbol-not-equal",
        "£" | "€" => "errors-symbol-money",
        _ => return None,
    };
    Some(Message::new(id).with("symbol", text))
}

/// A name Rhai does not know that is a habit from elsewhere (`True`, `None`, `elif`,
/// `console`). `place` is where it was used, when known.
pub fn unknown_name(name: &str, place: Option<&Place>) -> Option<Message> {
    let next = place.and_then(|place| place.after.chars().nth(name.chars().count()));
    if name == "global" {
        return Some(left_out::global());
    }
    if next == Some('"') && matches!(name, "f" | "F") {
        return Some(Message::new("errors-f-string"));
    }
    if place.is_some_and(|place| place.line().contains("=>")) {
        return Some(Message::new("errors-arrow-function"));
    }
    if next == Some('"') {
        return Some(Message::new("errors-missing-opening-quote").with("name", name));
    }
    let id = match name {
        "True" | "TRUE" => "errors-true",
        "False" | "FALSE" => "errors-false",
        "None" | "nil" | "undefined" | "NULL" | "Nothing" => "errors-no-none",
        "not" => "errors-not",
        "elif" | "elseif" | "elsif" | "ElseIf" => "errors-elif",
        "def" | "function" | "func" | "Function" => "errors-def",
        "console" | "System" | "Console" => "errors-console",
        "math" | "Math" => "errors-math",
        "pi" => "errors-pi",
        _ => return lower_case_keyword(name),
    };
    Some(Message::new(id).with("name", name))
}

/// `Let`, `If`, `Print` and the like: a keyword with a capital letter.
fn lower_case_keyword(name: &str) -> Option<Message> {
    let lower = name.to_lowercase();
    (lower != name && crate::suggest::keywords().any(|keyword| keyword == lower)).then(|| {
        Message::new("errors-capital-letters")
            .with("lower", lower)
            .with("name", name)
    })
}

/// A function Rhai does not have by this name, that learners know from elsewhere, with how
/// many values it was given.
pub fn unknown_function(name: &str, given: usize) -> Option<Message> {
    let id = match name {
        "timestamp" | "now" | "Date" | "time" | "NOW" | "TODAY" => {
            return Some(left_out::clock(name));
        }
        "str" | "String" | "toString" | "TEXT" => "errors-to-string",
        "float" | "parseFloat" | "Number" | "VALUE" => "errors-to-decimal",
        "parseInt" | "Integer" => "errors-to-whole-number",
        "pow" | "power" | "POWER" | "Pow" => "errors-power",
        "input" | "prompt" | "raw_input" | "readline" => "errors-input",
        "length" | "size" | "LEN" => "errors-length",
        "println" | "printf" | "echo" | "puts" | "log" | "write" => "errors-println",
        "CONCAT" | "CONCATENATE" | "concat" => "errors-concat",
        "average" | "AVERAGE" | "avg" | "mean_of" => "errors-average",
        "upper" | "toUpperCase" => "errors-upper",
        "lower" | "toLowerCase" => "errors-lower",
        "strip" => "errors-strip",
        "includes" => "errors-includes",
        "indexOf" => "errors-index-of",
        "toFixed" => "errors-to-fixed",
        "type" | "typeof" => "errors-type-of",
        "range" if given == 1 => "errors-range",
        "IF" | "If" => "errors-spreadsheet-if",
        _ => return None,
    };
    Some(Message::new(id).with("name", name))
}
