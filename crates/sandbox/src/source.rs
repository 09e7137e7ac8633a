//! Reading a script's text into pieces (words, numbers, texts, comments, symbols), each with
//! its line and column. Rhai's own tokenizer is not public, and a script with a mistake in it
//! may not parse at all: hints ("Did you mean `total`?") and the checks made before Rhai sees
//! the script (explain/prescan.rs) read it with this instead.

/// What a piece of a script is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// A name or keyword: letters, digits and `_`, not starting with a digit.
    Word,
    /// A number as written: `70`, `1_000`, `36.6`, `1.5e30`, `0xff`.
    Number,
    /// Text between quotes, the quotes included; the char is the quote (`"`, `'` or a
    /// backtick).
    Text(char),
    /// A `// …` or `/* … */` comment.
    Comment,
    /// Any other character, one at a time.
    Symbol,
}

/// One piece of a script and where it starts (line and column counted from 1, in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// The script's pieces in order, spaces left out. Never fails: an unclosed text or comment
/// runs to the end of the script.
pub fn pieces(code: &str) -> Vec<Piece> {
    let characters: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let (mut index, mut line, mut column) = (0, 1, 1);
    while index < characters.len() {
        let character = characters[index];
        let next = characters.get(index + 1).copied();
        let end = if character.is_whitespace() {
            index + 1
        } else if character == '/' && next == Some('/') {
            until(&characters, index, |c, _| c == '\n')
        } else if character == '/' && next == Some('*') {
            let close = (index + 2..characters.len().saturating_sub(1))
                .find(|&at| characters[at] == '*' && characters[at + 1] == '/');
            close.map_or(characters.len(), |at| at + 2)
        } else if matches!(character, '"' | '`' | '\'') {
            text_end(&characters, index)
        } else if character.is_ascii_digit() {
            until(&characters, index + 1, |c, at| {
                !is_number_part(&characters, c, at)
            })
        } else if character.is_alphabetic() || character == '_' {
            until(&characters, index + 1, |c, _| {
                !(c.is_alphanumeric() || c == '_')
            })
        } else {
            index + 1
        };
        if !character.is_whitespace() {
            let kind = match character {
                '/' if matches!(next, Some('/' | '*')) => PieceKind::Comment,
                '"' | '`' | '\'' => PieceKind::Text(character),
                c if c.is_ascii_digit() => PieceKind::Number,
                c if c.is_alphabetic() || c == '_' => PieceKind::Word,
                _ => PieceKind::Symbol,
            };
            found.push(Piece {
                kind,
                text: characters[index..end].iter().collect(),
                line,
                column,
            });
        }
        for &passed in &characters[index..end] {
            if passed == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        index = end;
    }
    found
}

/// The first index from `start` at which `stop` holds, or the end.
fn until(characters: &[char], start: usize, stop: impl Fn(char, usize) -> bool) -> usize {
    (start..characters.len())
        .find(|&at| stop(characters[at], at))
        .unwrap_or(characters.len())
}

/// Where a text that opens at `start` ends (after its closing quote). A backslash escapes
/// the next character; double-quoted text may not run past the end of its line.
fn text_end(characters: &[char], start: usize) -> usize {
    let quote = characters[start];
    let mut at = start + 1;
    while at < characters.len() {
        match characters[at] {
            '\\' => at += 1,
            c if c == quote => return at + 1,
            '\n' if quote != '`' => return at,
            _ => {}
        }
        at += 1;
    }
    characters.len()
}

/// Whether the character at `at` carries on a number: digits, letters (`0xff`, `1e5`),
/// `_`, a decimal point before a digit, or the sign of an exponent.
fn is_number_part(characters: &[char], character: char, at: usize) -> bool {
    let before = characters[at - 1];
    let after = characters.get(at + 1).copied();
    character.is_ascii_alphanumeric()
        || character == '_'
        || (character == '.' && after.is_some_and(|c| c.is_ascii_digit()))
        || (matches!(character, '+' | '-') && matches!(before, 'e' | 'E'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(code: &str) -> Vec<(PieceKind, String)> {
        pieces(code)
            .into_iter()
            .map(|piece| (piece.kind, piece.text))
            .collect()
    }

    #[test]
    fn a_script_reads_as_pieces_with_places() {
        use PieceKind::*;
        assert_eq!(
            kinds_and_texts("let t = 36.6; // fever?\nprint(\"a \\\"b\\\"\");"),
            vec![
                (Word, "let".into()),
                (Word, "t".into()),
                (Symbol, "=".into()),
                (Number, "36.6".into()),
                (Symbol, ";".into()),
                (Comment, "// fever?".into()),
                (Word, "print".into()),
                (Symbol, "(".into()),
                (Text('"'), "\"a \\\"b\\\"\"".into()),
                (Symbol, ")".into()),
                (Symbol, ";".into()),
            ]
        );
        let places: Vec<(usize, usize)> = pieces("a\n  bc 1e-5")
            .iter()
            .map(|piece| (piece.line, piece.column))
            .collect();
        assert_eq!(places, vec![(1, 1), (2, 3), (2, 6)]);
        assert_eq!(kinds_and_texts("1e-5")[0].1, "1e-5");
        assert_eq!(kinds_and_texts("0..10").len(), 4);
    }

    #[test]
    fn unclosed_texts_and_comments_do_not_run_away() {
        assert_eq!(kinds_and_texts("print(\"hi);\nx")[2].1, "\"hi);");
        assert_eq!(kinds_and_texts("/* open").len(), 1);
        assert_eq!(kinds_and_texts("`a\nb`").len(), 1);
    }
}
