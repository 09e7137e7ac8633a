//! Habits learners bring with them: from Python, JavaScript and spreadsheet formulas, from
//! school maths, and from phone keyboards. Rhai's own message for these points the wrong
//! way ("a comma is missing" for `7 x 8000`); these say what the learner meant and how
//! Rhai writes it. Each returns `None` when the habit is not what happened.

use rhai::ParseErrorType;

use super::left_out;
use super::place::Place;

/// A habit seen where a script could not be read.
pub fn at_parse_error(error: &ParseErrorType, place: &Place) -> Option<String> {
    let word = place.word();
    let previous = place.previous();
    let after = place.after.as_str();
    let number_before = previous.is_some_and(|c| c.is_ascii_digit() || c == ')');
    let before = place.before.trim_end();
    let digit_before = previous.is_some_and(|c| c.is_ascii_digit());
    let message = if matches!(word, "x" | "X") && digit_before {
        "To multiply, use `*`, not `x`: for example `7 * 8000`.".to_owned()
    } else if matches!(word, "and" | "AND") {
        "Rhai writes \"and\" as `&&`: for example `if a > 1 && a < 10 { ... }`.".to_owned()
    } else if matches!(word, "or" | "OR") {
        "Rhai writes \"or\" as `||`: for example `if a < 1 || a > 10 { ... }`.".to_owned()
    } else if word == "then" {
        "Rhai has no `then`: the code that belongs to `if` goes inside `{ }` straight after \
         the test, for example `if a > 1 { print(a); }`."
            .to_owned()
    } else if after.starts_with('(') && number_before {
        "To multiply, put `*` between the values: `2 * (3 + 4)`, not `2(3 + 4)`.".to_owned()
    } else if after.starts_with('>') && previous == Some('<') {
        "To check that two values are different, use `!=`, not `<>`: for example `if a != 2`."
            .to_owned()
    } else if previous == Some('%') {
        "`%` in code gives the remainder after dividing, not a percentage. For 50%, write \
         `0.5`, or `50.0 / 100.0`."
            .to_owned()
    } else if after.starts_with('=') && before.is_empty() {
        "Code does not start with `=` as a spreadsheet formula does. Write the instruction \
         itself, for example `print(sum([1, 2]));`."
            .to_owned()
    } else if after.starts_with('#') && !after.starts_with("#{") {
        "Notes in code start with `//` in Rhai, not `#`: for example `// my note`.".to_owned()
    } else if after.starts_with('$') {
        "`$` means nothing in Rhai (in a spreadsheet, `$A$1` fixes a cell). Keep values in \
         variables instead: `let a = 5;`."
            .to_owned()
    } else if let Some(message) = comma_in_number(place) {
        message
    } else if let Some(message) = name_with_space(before, after) {
        message
    } else if word == "else" {
        "This `else` has no `if` just before it. An `else` comes straight after the `}` of an \
         `if`, and an `if` has only one plain `else`: `if a > 0 { ... } else { ... }`."
            .to_owned()
    } else if after.starts_with(|c: char| c.is_ascii_digit())
        && matches!(error, ParseErrorType::VariableExpected)
    {
        "A name cannot start with a digit. Start it with a letter: `dose_2`, not `2nd_dose`."
            .to_owned()
    } else if after.starts_with('=') && before.contains("fn ") && before.contains('(') {
        "A function's values cannot be given a starting value here: write `fn f(x) { ... }`, \
         and give every value when you call it."
            .to_owned()
    } else if after.starts_with([')', '}']) && before.contains('[') && !before.contains(']') {
        "A list that opens with `[` closes with `]`: `[1, 2]`.".to_owned()
    } else if is_missing_plus(error, before, after) {
        "To join text and a value, put `+` between them: `\"Hello \" + name`.".to_owned()
    } else if after.starts_with(':') && before.ends_with('"') && before.contains('{') {
        "A map starts with `#{`, not `{`, and its names need no quotes: \
         `#{ name: \"Sam\", age: 42 }`."
            .to_owned()
    } else if after.trim_end() == ":" {
        "Rhai does not end a line with `:` as Python does. The code that belongs to `if`, \
         `for`, `while` or `fn` goes inside `{ }`: for example `if a > 3 { print(a); }`."
            .to_owned()
    } else if is_c_style_for(before) {
        "Rhai's `for` goes through a range or a list: `for i in 0..10 { ... }` counts from 0 \
         to 9. There is no `for (i = 0; i < 10; i++)`."
            .to_owned()
    } else if after.starts_with('?') && !after.starts_with("?.") && !after.starts_with("??") {
        "Rhai has no `? :`. Use `if` as a value instead: \
         `let size = if a > 3 { \"big\" } else { \"small\" };`."
            .to_owned()
    } else {
        return match error {
            ParseErrorType::UnknownOperator(operator) => operator_habit(operator),
            ParseErrorType::Reserved(word) => left_out::reserved(word),
            _ => None,
        };
    };
    Some(message)
}

/// `10,000` (a thousands comma) or `37,5` (a decimal comma) where a number should be.
fn comma_in_number(place: &Place) -> Option<String> {
    let digits_after: String = place
        .after
        .strip_prefix(',')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if !place.previous()?.is_ascii_digit() || digits_after.is_empty() {
        return None;
    }
    Some(if digits_after.len() == 3 {
        "Write numbers without commas: `10000`, not `10,000`. (To make a long number easier to \
         read, you can write `10_000`.)"
            .to_owned()
    } else {
        "Decimal numbers use a dot, not a comma: `37.5`, not `37,5`.".to_owned()
    })
}

/// `let blood pressure = 120;` or `let heart-rate = 60;`: a name with a space or `-`.
fn name_with_space(before: &str, after: &str) -> Option<String> {
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
    (!second.is_empty()).then(|| {
        format!(
            "A name cannot have spaces or `-` in it. Join its words with `_`: \
             `{first}_{second}`."
        )
    })
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
fn operator_habit(operator: &str) -> Option<String> {
    Some(match operator {
        "++" => "Rhai has no `++`. To add one, write `i += 1;`.".to_owned(),
        "--" => "Rhai has no `--`. To take away one, write `i -= 1;`.".to_owned(),
        _ => return None,
    })
}

/// A character from maths or a phone keyboard that code does not use.
pub fn symbol(text: &str) -> Option<String> {
    let (meant, example) = match text {
        "×" => ("`*` to multiply", "`7 * 8`"),
        "÷" => ("`/` to divide", "`8 / 2`"),
        "−" | "–" | "—" => ("the ordinary minus sign `-` to take away", "`8 - 2`"),
        "²" => ("`*` to square a number", "`x * x`, or `x ** 2`"),
        "³" => ("`**` for a power", "`x ** 3`"),
        "½" => ("a decimal number", "`0.5`"),
        "≤" => ("`<=` for \"less than or equal to\"", "`a <= 140`"),
        "≥" => ("`>=` for \"more than or equal to\"", "`a >= 140`"),
        "≠" => ("`!=` for \"not equal to\"", "`a != 0`"),
        "£" | "€" => (
            "a plain number (money signs go inside text)",
            "`let cost = 9.90;`",
        ),
        _ => return None,
    };
    Some(format!(
        "`{text}` is not a symbol code uses. Use {meant}: for example {example}."
    ))
}

/// A name Rhai does not know that is a habit from elsewhere (`True`, `None`, `elif`,
/// `console`). `place` is where it was used, when known.
pub fn unknown_name(name: &str, place: Option<&Place>) -> Option<String> {
    let next = place.and_then(|place| place.after.chars().nth(name.chars().count()));
    if name == "global" {
        return Some(left_out::global());
    }
    if next == Some('"') && matches!(name, "f" | "F") {
        return Some(
            "Rhai has no f\"...\" text. To put values into text, write it between backticks: \
             `` `n is ${n}` ``."
                .into(),
        );
    }
    if place.is_some_and(|place| place.line().contains("=>")) {
        return Some(
            "Rhai writes a short function with bars, not `=>`: `|x| x * 2`. For a longer one, \
             use `fn double(x) { x * 2 }`."
                .into(),
        );
    }
    if next == Some('"') {
        return Some(format!(
            "If `{name}` is meant as text, put a double quote before it too: `\"{name}\"`."
        ));
    }
    Some(match name {
        "True" | "TRUE" => "Rhai writes true in small letters: `true`.".into(),
        "False" | "FALSE" => "Rhai writes false in small letters: `false`.".into(),
        "None" | "nil" | "undefined" | "NULL" | "Nothing" => format!(
            "Rhai has no `{name}`. \"Nothing\" is written `()`, and you can test for it \
             with `x == ()`."
        ),
        "not" => "Rhai writes \"not\" as `!`: for example `if !done { ... }`.".into(),
        "elif" | "elseif" | "elsif" | "ElseIf" => {
            "Rhai writes this as two words: `else if`.".into()
        }
        "def" | "function" | "func" | "Function" => {
            "Rhai makes a function with `fn`, and its body goes in braces: \
             `fn bmi(weight, height) { weight / (height * height) }`."
                .into()
        }
        "console" | "System" | "Console" => {
            "To show something, use `print`: for example `print(\"hi\");`.".into()
        }
        "math" | "Math" => "Rhai's maths functions are called on their own, without `math.`: \
             for example `sqrt(16.0)` or `abs(x)`."
            .into(),
        "pi" => "Pi is written `PI()` in Rhai.".into(),
        _ => return lower_case_keyword(name),
    })
}

/// `Let`, `If`, `Print` and the like: a keyword with a capital letter.
fn lower_case_keyword(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    (lower != name && crate::suggest::keywords().any(|keyword| keyword == lower))
        .then(|| format!("Capital letters matter in code: write `{lower}`, not `{name}`."))
}

/// A function Rhai does not have by this name, that learners know from elsewhere, with how
/// many values it was given.
pub fn unknown_function(name: &str, given: usize) -> Option<String> {
    Some(match name {
        "timestamp" | "now" | "Date" | "time" | "NOW" | "TODAY" => left_out::clock(name),
        "str" | "String" | "toString" | "TEXT" => "To turn a value into text, use `to_string`: \
             `x.to_string()`, or put it into backtick text: `` `${x}` ``."
            .into(),
        "float" | "parseFloat" | "Number" | "VALUE" => "To turn text into a decimal number, use \
             `parse_float`: `parse_float(\"4.2\")`. To turn a whole number into a decimal, use \
             `to_float`: `to_float(5)`."
            .into(),
        "parseInt" | "Integer" => {
            "To turn text into a whole number, use `parse_int`: `parse_int(\"42\")`.".into()
        }
        "pow" | "power" | "POWER" | "Pow" => {
            "To raise a number to a power, use `**`: `2 ** 3` is 8.".into()
        }
        "input" | "prompt" | "raw_input" | "readline" => "An app asks its user for a value \
             with `input_number` or `input_text`, for example \
             `let weight = input_number(\"Weight (kg)\", 70);`."
            .into(),
        "length" | "size" | "LEN" => "To count the items in a list (or the characters in \
             text), use `len`: `readings.len()`."
            .into(),
        "println" | "printf" | "echo" | "puts" | "log" | "write" => format!(
            "To show something, use `print`: `print(\"hi\");`. (Each `print` starts a new \
             line, so there is no `{name}`.)"
        ),
        "CONCAT" | "CONCATENATE" | "concat" => "To join text, use `+`: `\"Hello \" + name`.".into(),
        "average" | "AVERAGE" | "avg" | "mean_of" => {
            "To work out an average, use `mean`: `mean(readings)`.".into()
        }
        "upper" | "toUpperCase" => "To make text capitals, use `to_upper`: `name.to_upper()`.".into(),
        "lower" | "toLowerCase" => {
            "To make text small letters, use `to_lower`: `name.to_lower()`.".into()
        }
        "strip" => "To take spaces off the ends of text, use `trim`: `name.trim();`.".into(),
        "includes" => "To ask whether a list or text holds something, use `contains`: \
             `readings.contains(120)`."
            .into(),
        "indexOf" => "Rhai writes this `index_of`: `name.index_of(\"a\")`.".into(),
        "toFixed" => "To round a number to 2 decimal places, use `round`: `round(x, 2)`.".into(),
        "type" | "typeof" => "To ask what kind of value something is, use `type_of`: \
             `type_of(x)`."
            .into(),
        "range" if given == 1 => "To count, use a range: `0..10` goes from 0 to 9, so \
             `for i in 0..10 { ... }`."
            .into(),
        "IF" | "If" => "In code, `if` is written in small letters, and works like this: \
             `if a > 1 { \"yes\" } else { \"no\" }`. (It is not a spreadsheet's `IF(test, yes, no)`.)"
            .into(),
        _ => return None,
    })
}
