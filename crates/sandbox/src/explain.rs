//! Turning Rhai's errors into [`Diagnostic`]s a beginner can act on.

use rhai::{Dynamic, EvalAltResult, LexError, ParseError, ParseErrorType, Position};

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::engine::{STOPPED_FOR_MEMORY, STOPPED_FOR_OPERATIONS};
use crate::health::ApiError;
use crate::limits::Limits;
use crate::protocol::group_thousands;
use crate::suggest;

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

/// Explains an error found while parsing (before the script runs).
/// `code` is the script, read for "Did you mean ...?" hints.
pub fn explain_parse_error(error: &ParseError, code: &str) -> Diagnostic {
    let ParseError(error_type, position) = error;
    // Rhai finds a missing `;` at the start of the next statement, often the next line;
    // the learner needs to look at the end of the previous one.
    let position = match &**error_type {
        ParseErrorType::MissingToken(token, _) if token == ";" => {
            end_of_previous_code(code, *position).unwrap_or(*position)
        }
        _ => *position,
    };
    make_diagnostic(
        DiagnosticKind::Syntax,
        position,
        explain_parse_error_type(error_type, position, code),
        error_type.to_string(),
    )
}

/// The place just after the last character of code (not space, not a comment) before
/// `position`: where a missing `;` belongs.
fn end_of_previous_code(code: &str, position: Position) -> Option<Position> {
    let (line, column) = (position.line()?, position.position()?);
    let lines: Vec<&str> = code.lines().collect();
    for line_number in (1..=line.min(lines.len())).rev() {
        let text = lines[line_number - 1];
        let characters: Vec<char> = text.chars().collect();
        let limit = if line_number == line {
            (column - 1).min(characters.len())
        } else {
            characters.len()
        };
        let mut visible: &[char] = &characters[..limit];
        // Ignore a trailing `// comment`.
        if let Some(start) = visible.windows(2).position(|pair| pair == ['/', '/']) {
            visible = &visible[..start];
        }
        if let Some(last) = visible.iter().rposition(|c| !c.is_whitespace()) {
            let line = u16::try_from(line_number).ok()?;
            let column = u16::try_from(last + 2).ok()?;
            return Some(Position::new(line, column));
        }
    }
    None
}

fn explain_parse_error_type(error: &ParseErrorType, position: Position, code: &str) -> String {
    use ParseErrorType as P;
    match error {
        P::UnexpectedEOF => "Your code ends before it is finished. \
             Check that every `(`, `[` and `{` has a matching `)`, `]` or `}`."
            .into(),
        P::BadInput(lex_error) => explain_lex_error(lex_error),
        P::UnknownOperator(operator) => {
            format!("`{operator}` is not a symbol Rhai knows. Check for a typing mistake.")
        }
        P::MissingToken(token, description)
            if token == "," && description.contains("arguments") =>
        {
            "A closing bracket `)` or a comma `,` is missing here. Values passed to a \
             function are separated by commas, and the brackets must be closed: \
             `print(\"hello\");`."
                .into()
        }
        P::MissingToken(token, _) => explain_missing_token(token),
        P::MissingSymbol(symbol) => format!("Something is missing here: {symbol}."),
        P::VariableUndefined(name) => explain_unknown_variable(name, position, code),
        P::VariableExpected => "A name is expected here. After `let` comes the name of the \
             new variable, for example `let weight = 70;`."
            .into(),
        P::PropertyExpected => {
            "A property name is expected after the dot, for example `patient.name`.".into()
        }
        P::Reserved(word) if matches!(word.as_str(), "print" | "debug" | "type_of") => {
            format!("`{word}` needs brackets around the value: `{word}(\"hello\");`.")
        }
        P::Reserved(word) => format!(
            "`{word}` is a word Rhai keeps for itself, so it cannot be used as a name. \
             Choose another name."
        ),
        P::ExprExpected(what) => format!(
            "Rhai expected {what} here, but found nothing it could use. \
             Perhaps a value is missing, or there is an extra symbol."
        ),
        P::AssignmentToConstant(name) => format!(
            "`{name}` was made with `const`, so its value cannot be changed. \
             Use `let` if you want to change it later."
        ),
        P::AssignmentToInvalidLHS(_) => "The left side of `=` must be a variable name. \
             If you meant to compare two values, use `==`."
            .into(),
        P::DuplicatedProperty(name) => {
            format!("This map has the property `{name}` twice. Each property needs its own name.")
        }
        P::FnDuplicatedDefinition(name, count) => format!(
            "There are two functions called `{name}` that both take {count} value(s). \
             Give one of them another name."
        ),
        P::FnMissingName => "A function needs a name after `fn`, for example \
             `fn bmi(weight, height) { ... }`."
            .into(),
        P::FnMissingParams(name) => format!(
            "The function `{name}` needs brackets after its name, even if empty: `fn {name}() {{ ... }}`."
        ),
        P::FnDuplicatedParam(name, parameter) => format!(
            "The function `{name}` has two inputs called `{parameter}`. Give each input its own name."
        ),
        P::FnMissingBody(name) => {
            format!("The function `{name}` needs a body in braces: `{{ ... }}`.")
        }
        P::WrongFnDefinition => "A function can only be made at the top level of your \
             script, not inside another function, loop or `if`."
            .into(),
        P::ExprTooDeep => "This is nested too deeply (too many brackets inside brackets, \
             or blocks inside blocks). Split it into smaller steps with variables."
            .into(),
        P::TooManyFunctions => "Your script makes too many functions.".into(),
        P::LiteralTooLarge(what, max) => format!(
            "This {what} is too long: it may be at most {} long.",
            group_thousands(*max as u64)
        ),
        P::LoopBreak => "`break` and `continue` can only be used inside a loop.".into(),
        P::DuplicatedVariable(name) => format!("The name `{name}` is used twice here."),
        P::ForbiddenVariable(name) => format!("`{name}` cannot be used as a variable name."),
        P::MismatchedType(expected, found) => {
            format!("Rhai expected {expected} here, but found {found}.")
        }
        P::WrongSwitchIntegerCase | P::WrongSwitchDefaultCase | P::WrongSwitchCaseCondition => {
            "This `switch` is not written in a way Rhai understands.".into()
        }
        other => format!("Rhai could not understand this part of your code ({other})."),
    }
}

fn explain_lex_error(error: &LexError) -> String {
    use LexError as L;
    match error {
        L::UnterminatedString => "A piece of text is not closed. Text starts and ends with \
             a double quote, for example `\"hello\"`."
            .into(),
        L::UnexpectedInput(text) if matches!(text.as_str(), "}" | ")" | "]") => {
            let opening = match text.as_str() {
                "}" => "{",
                ")" => "(",
                _ => "[",
            };
            format!(
                "There is a `{text}` here with no `{opening}` before it to match. Remove it, \
                 or add the missing `{opening}`."
            )
        }
        L::UnexpectedInput(text) => {
            format!("`{text}` is not something Rhai understands here. Check for a typing mistake.")
        }
        L::StringTooLong(max) => format!(
            "This piece of text is too long: it may be at most {} characters.",
            group_thousands(*max as u64)
        ),
        L::MalformedEscapeSequence(text) => format!(
            "`{text}` is not a valid escape. Inside text, a backslash starts a special \
             character such as `\\n` (new line) or `\\\"` (a quote)."
        ),
        L::MalformedNumber(text) => format!(
            "`{text}` is not a number Rhai can read. It may be too big, or have a \
             letter or extra dot in it."
        ),
        L::MalformedChar(text) => format!(
            "`{text}` is not a valid single character. For text, use double quotes: `\"like this\"`."
        ),
        L::MalformedIdentifier(text) => format!(
            "`{text}` is not a valid name. Names use letters, digits and `_`, \
             and do not start with a digit."
        ),
        L::ImproperSymbol(symbol, hint) if symbol == "=" || hint.contains("==") => {
            "To compare two values, use `==` (two equals signs). \
             A single `=` puts a value into a variable."
                .into()
        }
        L::ImproperSymbol(symbol, hint) if hint.is_empty() => {
            format!("`{symbol}` cannot be used here.")
        }
        L::ImproperSymbol(symbol, hint) => format!("`{symbol}` cannot be used here. {hint}"),
        other => format!("Rhai could not read this part of your code ({other})."),
    }
}

fn explain_missing_token(token: &str) -> String {
    match token {
        ";" => "A semicolon `;` is missing here, at the end of this instruction. \
             Each instruction ends with `;`."
            .into(),
        ")" => "A closing bracket `)` is missing. Every `(` needs a matching `)`.".into(),
        "]" => "A closing square bracket `]` is missing. Every `[` needs a matching `]`.".into(),
        "}" => "A closing brace `}` is missing. Every `{` needs a matching `}`.".into(),
        "{" => "An opening brace `{` is missing. The code that belongs to `if`, `while`, \
             `for`, `loop` and `fn` goes inside `{ }`."
            .into(),
        "(" => "An opening bracket `(` is missing.".into(),
        "=" => "An equals sign `=` is missing, for example `let weight = 70;`.".into(),
        "," => "A comma `,` is missing between two items.".into(),
        "in" => "A `for` loop needs `in`, for example `for reading in readings { ... }`.".into(),
        other => format!("`{other}` is missing here."),
    }
}

fn explain_unknown_variable(name: &str, position: Position, code: &str) -> String {
    // Made further down: the classic "used before `let`".
    let made_on_line = code.lines().enumerate().find_map(|(index, line)| {
        let words: Vec<&str> = line
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|word| !word.is_empty())
            .collect();
        words
            .windows(2)
            .any(|pair| matches!(pair[0], "let" | "const") && pair[1] == name)
            .then_some(index + 1)
    });
    if let (Some(made), Some(used)) = (made_on_line, position.line())
        && made > used
    {
        return format!(
            "`{name}` is used here, but it is only made later, on line {made}. \
             Code runs from top to bottom: move the `let {name} = ...;` line above this one."
        );
    }
    let names = suggest::identifiers(code);
    let hint = suggest::did_you_mean(&suggest::closest(name, names.iter().map(String::as_str)));
    format!(
        "There is no variable called `{name}` here.{hint} To make a new variable, write \
         `let {name} = ...;` before using it. Capital letters matter."
    )
}

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
        E::ErrorTerminated(token, _) if token.to_string() == STOPPED_FOR_OPERATIONS => {
            too_many_operations(limits)
        }
        E::ErrorTerminated(token, _) if token.to_string() == STOPPED_FOR_MEMORY => format!(
            "Your script used more than {} MB of memory, so it was stopped. \
             Check for text, lists or maps that keep growing, for example in a loop that \
             never ends or a function that calls itself.",
            limits.max_memory_bytes >> 20
        ),
        E::ErrorTerminated(..) => format!(
            "Your script ran for more than {} seconds, so it was stopped. \
             Check for a loop that never ends, or do less work at once.",
            limits.max_run_millis / 1000
        ),
        E::ErrorStackOverflow(_) => format!(
            "Functions called other functions more than {} levels deep, so the script \
             was stopped. This usually means a function that calls itself and never stops: \
             check that it has a case that returns without calling itself again.",
            limits.max_call_depth
        ),
        E::ErrorDataTooLarge(what, _) => explain_data_too_large(what, limits),
        E::ErrorTooManyVariables(_) => format!(
            "Your script made more than {} variables at once, so it was stopped.",
            group_thousands(limits.max_variables as u64)
        ),
        E::ErrorVariableNotFound(name, position) => explain_unknown_variable(name, *position, code),
        E::ErrorFunctionNotFound(signature, _) => explain_unknown_function(signature, code),
        E::ErrorMismatchDataType(expected, actual, _) => format!(
            "Rhai expected {} here, but got {}.",
            friendly_type(expected),
            friendly_type(actual)
        ),
        E::ErrorMismatchOutputType(expected, actual, _) => format!(
            "The result should be {}, but it is {}.",
            friendly_type(expected),
            friendly_type(actual)
        ),
        E::ErrorIndexingType(type_name, _) => format!(
            "Square brackets `[...]` pick an item from a list, a map or text, \
             but this is {}.",
            friendly_type(type_name)
        ),
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
        E::ErrorFor(_) => "A `for` loop can go through a list, a range such as `0..10`, \
             or text, but not this value."
            .into(),
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
        E::ErrorRuntime(value, _) if value.is::<ApiError>() => value.clone().cast::<ApiError>().0,
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
        E::ErrorRuntime(value, _) if value.is::<ApiError>() => String::new(),
        _ => error.to_string(),
    };
    make_diagnostic(kind, position, message, detail)
}

fn too_many_operations(limits: &Limits) -> String {
    format!(
        "Your script took too many steps (more than {}), so it was stopped. \
         This usually means a loop that never ends: check that the loop's \
         condition becomes false, or that it has a `break`.",
        group_thousands(limits.max_operations)
    )
}

fn explain_data_too_large(what: &str, limits: &Limits) -> String {
    let what = what.to_lowercase();
    if what.contains("string") {
        format!(
            "A piece of text grew longer than {} characters, so the script was stopped. \
             Check for text that is added to in a loop that never ends.",
            group_thousands(limits.max_string_bytes as u64)
        )
    } else if what.contains("array") {
        format!(
            "A list grew to more than {} items, so the script was stopped. \
             Check for a list that is added to in a loop that never ends.",
            group_thousands(limits.max_array_items as u64)
        )
    } else if what.contains("map") {
        format!(
            "A map grew to more than {} properties, so the script was stopped.",
            group_thousands(limits.max_map_properties as u64)
        )
    } else {
        format!("Something in your script grew too large ({what}), so it was stopped.")
    }
}

/// Rhai names a missing function by its signature, for example `bmi (i64, f64)`.
fn explain_unknown_function(signature: &str, code: &str) -> String {
    let (name, arguments) = match signature.split_once(" (") {
        Some((name, rest)) => (name.trim(), rest.trim_end_matches(')')),
        None => (signature.trim(), ""),
    };
    let argument_types: Vec<String> = arguments
        .split(',')
        .map(str::trim)
        .filter(|argument| !argument.is_empty())
        .map(friendly_type)
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
            let types: Vec<String> = form.parameter_types.iter().map(|t| bare_type(t)).collect();
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
fn explain_unknown_property(message: &str, code: &str) -> String {
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
        friendly_type(type_name)
    )
}

/// A friendly type name without its article: "whole number", not "a whole number".
fn bare_type(type_name: &str) -> String {
    let friendly = match type_name {
        "Dynamic" => return "any value".into(),
        other => friendly_type(other),
    };
    friendly
        .strip_prefix("a ")
        .or_else(|| friendly.strip_prefix("an "))
        .map_or(friendly.clone(), str::to_owned)
}

fn join_with_and(items: &[String]) -> String {
    match items {
        [] => "nothing".into(),
        [only] => only.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// Rhai's type names, in words a beginner knows.
/// A value described for a message: "the text \"abc\"", "the whole number 5", "a map".
pub(crate) fn friendly_type_of(value: &Dynamic) -> String {
    if let Ok(text) = value.clone().into_immutable_string() {
        let shown: String = text.chars().take(40).collect();
        let more = if text.chars().count() > 40 { "…" } else { "" };
        format!("the text \"{shown}{more}\"")
    } else if let Ok(number) = value.as_int() {
        format!("the whole number {number}")
    } else if let Ok(number) = value.as_float() {
        format!("the decimal number {number}")
    } else {
        friendly_type(value.type_name())
    }
}

fn friendly_type(type_name: &str) -> String {
    // Rhai writes the accepted forms of text as `&str | ImmutableString | String`.
    let name = type_name.split('|').next().unwrap_or(type_name);
    let name = name
        .trim()
        .trim_start_matches('&')
        .trim_start_matches("mut ");
    match name {
        "i64" | "i32" | "INT" | "integer" => "a whole number".into(),
        "f64" | "f32" | "FLOAT" | "float" | "decimal" => "a decimal number".into(),
        "string" | "String" | "ImmutableString" | "&str" | "str" => "text".into(),
        "char" => "a single character".into(),
        "bool" => "true or false".into(),
        "array" | "Array" => "a list".into(),
        "map" | "Map" => "a map".into(),
        "()" => "nothing (the unit value `()`)".into(),
        "Fn" | "FnPtr" => "a function".into(),
        "blob" | "Blob" => "a blob of bytes".into(),
        other if other.starts_with("range") || other.starts_with("Range") => "a range".into(),
        other => format!("`{other}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn friendly_types_cover_rhai_names() {
        assert_eq!(friendly_type("i64"), "a whole number");
        assert_eq!(friendly_type("&str | ImmutableString | String"), "text");
        assert_eq!(friendly_type("string"), "text");
    }

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
