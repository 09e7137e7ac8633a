//! Errors found before a script runs: Rhai's parse and lex errors, in plain English, with
//! the place the learner should look (a missing `;` is reported at the end of the line
//! before, not at the start of the next).

use rhai::{LexError, ParseError, ParseErrorType, Position};

use super::place::Place;
use super::{habits, left_out, make_diagnostic, scopes, texts};
use crate::suggest;
use c4h_charts::count_text;
use c4h_protocol::{Diagnostic, DiagnosticKind};

/// Explains an error found while parsing (before the script runs).
/// `code` is the script, read for "Did you mean ...?" hints.
pub fn explain_parse_error(error: &ParseError, code: &str) -> Diagnostic {
    let ParseError(error_type, position) = error;
    let place = Place::of(code, *position);
    // A habit from another language or from maths, seen where Rhai stopped reading.
    if let Some(message) = place
        .as_ref()
        .and_then(|place| habits::at_parse_error(error_type, place))
    {
        return make_diagnostic(
            DiagnosticKind::Syntax,
            *position,
            message,
            error_type.to_string(),
            code,
        );
    }
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
        explain_parse_error_type(error_type, position, place.as_ref(), code),
        error_type.to_string(),
        code,
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

fn explain_parse_error_type(
    error: &ParseErrorType,
    position: Position,
    place: Option<&Place>,
    code: &str,
) -> String {
    use ParseErrorType as P;
    match error {
        P::UnexpectedEOF => "Your code ends before it is finished. \
             Check that every `(`, `[` and `{` has a matching `)`, `]` or `}`."
            .into(),
        P::BadInput(lex_error) => explain_lex_error(lex_error, place),
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
        P::Reserved(word) if left_out::reserved(word).is_some() => {
            left_out::reserved(word).unwrap_or_default()
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
            count_text(*max as u64)
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

fn explain_lex_error(error: &LexError, place: Option<&Place>) -> String {
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
        L::UnexpectedInput(text) if texts::is_curly_quote(text) => {
            texts::curly_quoted(place.map_or(text.as_str(), |place| place.after.as_str()))
        }
        L::UnexpectedInput(text) if habits::symbol(text).is_some() => {
            habits::symbol(text).unwrap_or_default()
        }
        L::UnexpectedInput(text) => {
            format!("`{text}` is not something Rhai understands here. Check for a typing mistake.")
        }
        L::StringTooLong(max) => format!(
            "This piece of text is too long: it may be at most {} characters.",
            count_text(*max as u64)
        ),
        L::MalformedEscapeSequence(text) => format!(
            "`{text}` is not a valid escape. Inside text, a backslash starts a special \
             character such as `\\n` (new line) or `\\\"` (a quote)."
        ),
        L::MalformedNumber(text) => format!(
            "`{text}` is not a number Rhai can read. It may be too big, or have a \
             letter or extra dot in it."
        ),
        L::MalformedChar(text) => texts::single_quoted(text),
        L::MalformedIdentifier(text) => format!(
            "`{text}` is not a valid name. Names use letters, digits and `_`, \
             and do not start with a digit."
        ),
        L::ImproperSymbol(symbol, _) if symbol == "eval" => left_out::eval(),
        L::ImproperSymbol(symbol, _) if symbol == "!==" => {
            "To check that two values are different, use `!=` (Rhai has no `!==`).".into()
        }
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
        ":" => "A colon `:` is missing: a map's properties are written `name: value`, for \
             example `#{ name: \"Sam\" }`."
            .into(),
        "in" => "A `for` loop needs `in`, for example `for reading in readings { ... }`.".into(),
        other => format!("`{other}` is missing here."),
    }
}

pub(super) fn explain_unknown_variable(name: &str, position: Position, code: &str) -> String {
    let place = Place::of(code, position);
    if let Some(message) = habits::unknown_name(name, place.as_ref()) {
        return message;
    }
    let used_at = (
        position.line().unwrap_or(0),
        position.position().unwrap_or(0),
    );
    if let Some(function) = scopes::outside_variable(code, name, used_at) {
        return format!(
            "A function cannot see the variables made outside it, so `{name}` is unknown \
             inside `{function}`. Give `{name}` to the function as a value: add it to the \
             brackets, `fn {function}(..., {name})`, and pass it in where you call \
             `{function}`."
        );
    }
    // A function named without its brackets: `print(patients)`.
    let is_function = suggest::library_forms()
        .iter()
        .any(|form| form.name == name)
        || suggest::script_functions(code)
            .iter()
            .any(|(own, _)| own == name);
    if is_function {
        return format!(
            "`{name}` is a function: to use it, call it with brackets, `{name}()` (with any \
             values it needs inside them)."
        );
    }
    // Made further down: the classic "used before `let`".
    let made_on_line = scopes::made_on_line(code, name);
    if let (Some(made), Some(used)) = (made_on_line, position.line())
        && made > used
    {
        return format!(
            "`{name}` is used here, but it is only made later, on line {made}. \
             Code runs from top to bottom: move the `let {name} = ...;` line above this one."
        );
    }
    let names = suggest::identifiers(code);
    let suggestions = suggest::closest(name, names.iter().map(String::as_str));
    if suggestions.is_empty() {
        format!(
            "There is no variable called `{name}` here. To make a new variable, write \
             `let {name} = ...;` before using it."
        )
    } else {
        format!(
            "There is no variable called `{name}` here.{} Capital letters and spelling must \
             match exactly.",
            suggest::did_you_mean(&suggestions)
        )
    }
}
