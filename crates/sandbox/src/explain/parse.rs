//! Errors found before a script runs: Rhai's parse and lex errors, in plain English, with
//! the place the learner should look (a missing `;` is reported at the end of the line
//! before, not at the start of the next).

use rhai::{LexError, ParseError, ParseErrorType, Position};

use super::place::Place;
use super::{habits, left_out, make_diagnostic, scopes, texts};
use crate::suggest;
use c4h_charts::count_text;
use c4h_protocol::{Diagnostic, DiagnosticKind, Message};

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
) -> Message {
    use ParseErrorType as P;
    let named = |id: &str, name: &str| Message::new(id).with("name", name);
    match error {
        P::UnexpectedEOF => Message::new("errors-unfinished"),
        P::BadInput(lex_error) => explain_lex_error(lex_error, place),
        P::UnknownOperator(operator) => {
            Message::new("errors-unknown-operator").with("operator", operator.as_str())
        }
        P::MissingToken(token, description)
            if token == "," && description.contains("arguments") =>
        {
            Message::new("errors-missing-bracket-or-comma")
        }
        P::MissingToken(token, _) => explain_missing_token(token),
        // Rhai's own words for what is missing.
        P::MissingSymbol(symbol) => {
            Message::new("errors-missing-symbol").with("symbol", symbol.as_str())
        }
        P::VariableUndefined(name) => explain_unknown_variable(name, position, code),
        P::VariableExpected => Message::new("errors-name-expected"),
        P::PropertyExpected => Message::new("errors-property-expected"),
        P::Reserved(word) if matches!(word.as_str(), "print" | "debug" | "type_of") => {
            Message::new("errors-needs-brackets").with("word", word.as_str())
        }
        P::Reserved(word) if left_out::reserved(word).is_some() => {
            left_out::reserved(word).unwrap_or_default()
        }
        P::Reserved(word) => Message::new("errors-reserved-word").with("word", word.as_str()),
        // Rhai's own words for what it expected ("an expression").
        P::ExprExpected(what) => {
            Message::new("errors-expression-expected").with("what", what.as_str())
        }
        P::AssignmentToConstant(name) => named("errors-constant-assigned", name),
        P::AssignmentToInvalidLHS(_) => Message::new("errors-assign-left-side"),
        P::DuplicatedProperty(name) => named("errors-property-twice", name),
        P::FnDuplicatedDefinition(name, count) => {
            named("errors-function-twice", name).with("count", *count)
        }
        P::FnMissingName => Message::new("errors-function-needs-name"),
        P::FnMissingParams(name) => named("errors-function-needs-brackets", name),
        P::FnDuplicatedParam(name, parameter) => {
            named("errors-function-input-twice", name).with("parameter", parameter.as_str())
        }
        P::FnMissingBody(name) => named("errors-function-needs-body", name),
        P::WrongFnDefinition => Message::new("errors-function-not-top-level"),
        P::ExprTooDeep => Message::new("errors-nested-too-deeply"),
        P::TooManyFunctions => Message::new("errors-too-many-functions"),
        // Rhai's own word for what is too long ("a string", "an array").
        P::LiteralTooLarge(what, max) => Message::new("errors-literal-too-long")
            .with("what", what.as_str())
            .with("max", count_text(*max as u64)),
        P::LoopBreak => Message::new("errors-break-outside-loop"),
        P::DuplicatedVariable(name) => named("errors-name-twice", name),
        P::ForbiddenVariable(name) => named("errors-forbidden-variable", name),
        P::MismatchedType(expected, found) => Message::new("errors-parse-mismatched-type")
            .with("expected", expected.as_str())
            .with("found", found.as_str()),
        P::WrongSwitchIntegerCase | P::WrongSwitchDefaultCase | P::WrongSwitchCaseCondition => {
            Message::new("errors-switch")
        }
        other => Message::new("errors-parse-other").with("rhai", other.to_string()),
    }
}

fn explain_lex_error(error: &LexError, place: Option<&Place>) -> Message {
    use LexError as L;
    match error {
        L::UnterminatedString => Message::new("errors-text-not-closed"),
        L::UnexpectedInput(text) if matches!(text.as_str(), "}" | ")" | "]") => {
            let opening = match text.as_str() {
                "}" => "{",
                ")" => "(",
                _ => "[",
            };
            Message::new("errors-unmatched-closing")
                .with("closing", text.as_str())
                .with("opening", opening)
        }
        L::UnexpectedInput(text) if texts::is_curly_quote(text) => {
            texts::curly_quoted(place.map_or(text.as_str(), |place| place.after.as_str()))
        }
        L::UnexpectedInput(text) if habits::symbol(text).is_some() => {
            habits::symbol(text).unwrap_or_default()
        }
        L::UnexpectedInput(text) => {
            Message::new("errors-unexpected-input").with("text", text.as_str())
        }
        L::StringTooLong(max) => {
            Message::new("errors-text-too-long").with("max", count_text(*max as u64))
        }
        L::MalformedEscapeSequence(text) => {
            Message::new("errors-bad-escape").with("text", text.as_str())
        }
        L::MalformedNumber(text) => Message::new("errors-bad-number").with("text", text.as_str()),
        L::MalformedChar(text) => texts::single_quoted(text),
        L::MalformedIdentifier(text) => Message::new("errors-bad-name").with("text", text.as_str()),
        L::ImproperSymbol(symbol, _) if symbol == "eval" => left_out::eval(),
        L::ImproperSymbol(symbol, _) if symbol == "!==" => Message::new("errors-not-equal-js"),
        L::ImproperSymbol(symbol, hint) if symbol == "=" || hint.contains("==") => {
            Message::new("errors-compare-with-double-equals")
        }
        L::ImproperSymbol(symbol, hint) if hint.is_empty() => {
            Message::new("errors-symbol-not-here").with("symbol", symbol.as_str())
        }
        // Rhai's own hint, in its words.
        L::ImproperSymbol(symbol, hint) => Message::new("errors-symbol-not-here-hint")
            .with("symbol", symbol.as_str())
            .with("hint", hint.as_str()),
        other => Message::new("errors-lex-other").with("rhai", other.to_string()),
    }
}

fn explain_missing_token(token: &str) -> Message {
    let id = match token {
        ";" => "errors-missing-semicolon",
        ")" => "errors-missing-closing-bracket",
        "]" => "errors-missing-closing-square-bracket",
        "}" => "errors-missing-closing-brace",
        "{" => "errors-missing-opening-brace",
        "(" => "errors-missing-opening-bracket",
        "=" => "errors-missing-equals",
        "," => "errors-missing-comma",
        ":" => "errors-missing-colon",
        "in" => "errors-missing-in",
        other => return Message::new("errors-missing-token").with("token", other),
    };
    Message::new(id)
}

pub(super) fn explain_unknown_variable(name: &str, position: Position, code: &str) -> Message {
    let place = Place::of(code, position);
    if let Some(message) = habits::unknown_name(name, place.as_ref()) {
        return message;
    }
    let used_at = (
        position.line().unwrap_or(0),
        position.position().unwrap_or(0),
    );
    if let Some(function) = scopes::outside_variable(code, name, used_at) {
        return Message::new("errors-variable-outside-function")
            .with("name", name)
            .with("function", function);
    }
    // A function named without its brackets: `print(patients)`.
    let is_function = suggest::library_forms()
        .iter()
        .any(|form| form.name == name)
        || suggest::script_functions(code)
            .iter()
            .any(|(own, _)| own == name);
    if is_function {
        return Message::new("errors-function-without-brackets").with("name", name);
    }
    // Made further down: the classic "used before `let`".
    let made_on_line = scopes::made_on_line(code, name);
    if let (Some(made), Some(used)) = (made_on_line, position.line())
        && made > used
    {
        return Message::new("errors-variable-made-later")
            .with("name", name)
            .with("line", made);
    }
    let names = suggest::identifiers(code);
    let suggestions = suggest::closest(name, names.iter().map(String::as_str));
    match suggest::did_you_mean(&suggestions) {
        None => Message::new("errors-no-variable-make").with("name", name),
        Some(suggestion) => Message::new("errors-no-variable-suggest")
            .with("name", name)
            .with("suggestion", suggestion),
    }
}
