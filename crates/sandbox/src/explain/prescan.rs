//! Mistakes Rhai would not call mistakes, found before it reads the script: they would
//! quietly give a wrong answer, so the learner is told instead.
//!
//! * A whole number too big to hold: Rhai makes `123456789012345678901234567890` a decimal
//!   without a word, and a longer one `inf`.
//! * `${...}` inside double-quoted text: shown as it is, not the value, because only text
//!   between backticks puts values in.

use c4h_protocol::{Diagnostic, DiagnosticKind, Message};
use rhai::Position;

use super::make_diagnostic;
use super::texts::joined_with_plus;
use crate::source::{Piece, PieceKind, pieces};

/// The first such mistake in `code`, if there is one.
pub fn prescan(code: &str) -> Option<Diagnostic> {
    pieces(code).iter().find_map(|piece| {
        let message = match piece.kind {
            PieceKind::Number => too_big(&piece.text)?,
            PieceKind::Text('"') => value_in_double_quotes(&piece.text)?,
            _ => return None,
        };
        Some(diagnostic_at(piece, message, code))
    })
}

fn diagnostic_at(piece: &Piece, message: Message, code: &str) -> Diagnostic {
    let position = Position::new(
        u16::try_from(piece.line).unwrap_or(u16::MAX),
        u16::try_from(piece.column).unwrap_or(u16::MAX),
    );
    make_diagnostic(
        DiagnosticKind::Syntax,
        position,
        message,
        String::new(),
        code,
    )
}

/// A whole number written with more digits than Rhai's whole numbers hold.
fn too_big(number: &str) -> Option<Message> {
    let digits: String = number.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None; // a decimal, an exponent, or a hex, octal or binary number
    }
    digits.parse::<i64>().err()?;
    Some(Message::new("errors-whole-number-too-big"))
}

/// Double-quoted text with `${...}` in it.
fn value_in_double_quotes(text: &str) -> Option<Message> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let start = inner.find("${")?;
    inner[start..].find('}')?;
    Some(
        Message::new("errors-value-in-double-quotes")
            .with("text", inner)
            .with("joined", joined_with_plus(inner)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_numbers_that_do_not_fit_are_too_big() {
        assert!(too_big("9223372036854775807").is_none());
        assert!(too_big("9_223_372_036_854_775_807").is_none());
        assert!(too_big("9223372036854775808").is_some());
        assert!(too_big(&"9".repeat(5000)).is_some());
        assert!(too_big("1.5e300").is_none());
        assert!(too_big("0xffffffffffffffffffff").is_none());
    }

    #[test]
    fn mistakes_are_found_outside_comments_only() {
        assert!(prescan("// 123456789012345678901234567890\nlet x = 1;").is_none());
        assert!(prescan("let s = `${1}`;").is_none());
        assert!(prescan("let s = \"costs $5\";").is_none());
        let found = prescan("let mins = 6;\nprint(\"Walk ${mins * 5} min\");").unwrap();
        assert_eq!((found.line, found.column), (Some(2), Some(7)));
        let message = c4h_protocol::words::english(&found.message);
        assert!(
            message.contains("`\"Walk \" + (mins * 5) + \" min\"`"),
            "{message}"
        );
    }
}
