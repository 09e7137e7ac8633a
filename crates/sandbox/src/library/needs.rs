//! Whether a script needs the library family (family.rs) before it runs, read from its text:
//! a cheap scan on the safe side, so that the browser worker can leave the family's part
//! out of a first visit whose code only prints, counts and compares (the starter code), and
//! fetch it before the first script that may need it.
//!
//! A script needs the family unless everything it calls is in the core. Reading the text
//! cannot tell which values an operator meets, so the scan says yes to anything that could
//! reach the family's code: an array or a map (`[`, `#{`: their operators and iterating
//! are the family's), `+` in a script that has any text (`+` between text and anything
//! else is the family's), `in` other than in a `for` (it calls `contains`), and any name
//! called, or read after a `.`, that is not one of [`CORE_WORDS`] or the script's own `fn`.
//! Comments and the text inside quotes are skipped, but not the code inside `${ }`.

/// The core's functions (engine.rs) that a script may call by name, as a method, or read
/// as a property (`range.start`) without the library family. Each gives only numbers,
/// `true` or `false`, nothing, or a range of numbers, in every form the core has of it,
/// and the family has no function of the same name. tests/catalogue.rs checks this list
/// against the engine.
pub const CORE_WORDS: &[&str] = &[
    "abs",
    "end",
    "is_even",
    "is_exclusive",
    "is_inclusive",
    "is_odd",
    "is_zero",
    "range",
    "set_tag",
    "sign",
    "sleep",
    "start",
    "tag",
];

/// `print(…)` and `debug(…)` are statements that give nothing. Called as methods
/// (`x.print()`) they give text, so only the statement form needs no family.
const STATEMENTS_LIKE_CALLS: &[&str] = &["print", "debug"];

/// Words of the language that may stand before `(` without calling a function.
const KEYWORDS: &[&str] = &[
    "if", "else", "while", "until", "do", "loop", "for", "switch", "return", "throw", "try",
    "catch", "let", "const", "fn", "private", "break", "continue", "true", "false", "this",
];

/// What the scan sees of a script.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Token<'a> {
    /// A name or a keyword.
    Word(&'a str),
    /// A text or character literal, or a template's text.
    Text,
    /// Any other character outside comments and numbers, but spaces.
    Punct(u8),
}

/// Whether `code` may call something of the library family (see the module's notes).
pub fn needs_library_family(code: &str) -> bool {
    // Text the scan cannot follow (a quote or comment left open) is on the safe side.
    let Some(tokens) = tokens(code) else {
        return true;
    };
    let has_text = tokens.contains(&Token::Text);
    let own_functions: Vec<&str> = tokens
        .windows(2)
        .filter_map(|pair| match pair {
            [Token::Word("fn"), Token::Word(name)] => Some(*name),
            _ => None,
        })
        .collect();
    tokens.iter().enumerate().any(|(at, token)| match *token {
        // Arrays (`[1, 2]`, `list[0]`, `list?[0]`) and maps (`#{ a: 1 }`).
        Token::Punct(b'[' | b'#') => true,
        // `+` and `+=` with text on either side.
        Token::Punct(b'+') => has_text,
        Token::Word("in") => !ends_for_header(&tokens[..at]),
        Token::Word(word) => {
            let after_dot = at > 0 && tokens[at - 1] == Token::Punct(b'.');
            let called = tokens.get(at + 1) == Some(&Token::Punct(b'('));
            let allowed = CORE_WORDS.contains(&word)
                || own_functions.contains(&word)
                || (!after_dot
                    && (KEYWORDS.contains(&word) || STATEMENTS_LIKE_CALLS.contains(&word)));
            (after_dot || called) && !allowed
        }
        _ => false,
    })
}

/// Whether the tokens before an `in` are `for name` or `for (name, index)`.
fn ends_for_header(before: &[Token]) -> bool {
    matches!(
        before,
        [.., Token::Word("for"), Token::Word(_)]
            | [
                ..,
                Token::Word("for"),
                Token::Punct(b'('),
                Token::Word(_),
                Token::Punct(b','),
                Token::Word(_),
                Token::Punct(b')'),
            ]
    )
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// The script's tokens, without comments, numbers and spaces; `None` where a quote or a
/// comment is left open.
fn tokens(code: &str) -> Option<Vec<Token<'_>>> {
    let bytes = code.as_bytes();
    let mut tokens = Vec::new();
    // For each `${` still open, how many `{` inside it are open.
    let mut interpolations: Vec<usize> = Vec::new();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let next = bytes.get(at + 1).copied();
        match byte {
            b'/' if next == Some(b'/') => {
                at = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |end| at + end);
            }
            b'/' if next == Some(b'*') => at = end_of_block_comment(bytes, at)?,
            b'"' | b'\'' => {
                at = end_of_quoted(bytes, at)?;
                tokens.push(Token::Text);
            }
            b'`' => {
                tokens.push(Token::Text);
                at = template_text(bytes, at + 1, &mut interpolations)?;
            }
            b'{' => {
                if let Some(open) = interpolations.last_mut() {
                    *open += 1;
                }
                tokens.push(Token::Punct(byte));
                at += 1;
            }
            b'}' => match interpolations.last_mut() {
                Some(0) => {
                    interpolations.pop();
                    at = template_text(bytes, at + 1, &mut interpolations)?;
                }
                open => {
                    if let Some(open) = open {
                        *open -= 1;
                    }
                    tokens.push(Token::Punct(byte));
                    at += 1;
                }
            },
            // A number (`12`, `1.5`, `1_000`, `0x1F`, `1e5`): its `.` is not a method's.
            b'0'..=b'9' => {
                at += 1;
                while let Some(&b) = bytes.get(at) {
                    let decimal_point =
                        b == b'.' && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
                    if !(is_word_byte(b) || decimal_point) {
                        break;
                    }
                    at += 1;
                }
            }
            b if is_word_byte(b) => {
                let start = at;
                while bytes.get(at).copied().is_some_and(is_word_byte) {
                    at += 1;
                }
                tokens.push(Token::Word(&code[start..at]));
            }
            b if b.is_ascii_whitespace() || !b.is_ascii() => at += 1,
            _ => {
                tokens.push(Token::Punct(byte));
                at += 1;
            }
        }
    }
    interpolations.is_empty().then_some(tokens)
}

/// From a `/*`: just after its `*/` (Rhai's block comments nest).
fn end_of_block_comment(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0;
    let mut at = start;
    while at + 1 < bytes.len() {
        match (bytes[at], bytes[at + 1]) {
            (b'/', b'*') => {
                depth += 1;
                at += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                at += 2;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => at += 1,
        }
    }
    None
}

/// From an opening `"` or `'`: just after the closing one (a `\` escapes what follows).
fn end_of_quoted(bytes: &[u8], start: usize) -> Option<usize> {
    let quote = bytes[start];
    let mut at = start + 1;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'\\' => at += 2,
            b if b == quote => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// A template's text from `at`: just after its closing backtick, or just after a `${`,
/// which then stays open in `interpolations` until its `}`.
fn template_text(bytes: &[u8], mut at: usize, interpolations: &mut Vec<usize>) -> Option<usize> {
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'`' => return Some(at + 1),
            b'$' if bytes.get(at + 1) == Some(&b'{') => {
                interpolations.push(0);
                return Some(at + 2);
            }
            _ => at += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::needs_library_family as needs;

    #[test]
    fn code_that_only_prints_counts_and_compares_needs_nothing() {
        assert!(!needs(include_str!("../../../../www/starter.rhai")));
        assert!(!needs("print(\"Hello\");\nlet patient_count = 3;"));
        assert!(!needs("let bmi = 70.0 / (1.75 * 1.75);\nprint(bmi);"));
        assert!(!needs(
            "let total = 0;\nfor i in 1..=10 { total += i; }\nprint(total);"
        ));
        assert!(!needs(
            "for (n, i) in range(0, 10, 2) { print(`${i}: ${n}`); }"
        ));
        assert!(!needs(
            "let n = -3;\nprint(n.abs());\nif n.is_odd { print(\"odd\"); }"
        ));
        assert!(!needs("fn twice(x) { x * 2 }\nprint(twice(21));"));
        assert!(!needs(
            "let count = 0;\nwhile (count < 3) { count += 1; }\nprint(count);"
        ));
        assert!(!needs(
            "switch 2 { 1 => print(\"one\"), _ => print(\"other\") }"
        ));
        assert!(!needs("let x = 1.5e3;\nprint(x);"));
        // Comments and quoted text are not code.
        assert!(!needs(
            "// Press Ctrl + Enter: it runs [all] of this in #1 place.\nprint(\"a + b in [c]\");"
        ));
        assert!(!needs(
            "/* a /* nested */ comment with len() */ print(1 + 2);"
        ));
        assert!(!needs(
            "let name = \"Sam\";\nprint(`Hello, ${name}! ${3 * 2}`);"
        ));
    }

    #[test]
    fn arrays_maps_and_text_operators_need_the_family() {
        assert!(needs("let readings = [120, 135];"));
        assert!(needs("let p = #{ name: \"Sam\" };"));
        assert!(needs("print(\"BMI: \" + 21.5);"));
        assert!(needs("let text = `Hi`;\ntext += 1;"));
        assert!(needs("let initial = 'S';\nprint(initial + 1);"));
        assert!(needs("print(`${1 + 1}`);"));
        assert!(needs("if \"a\" in \"abc\" { print(1); }"));
        assert!(needs("if 3 !in 1..5 { print(1); }"));
    }

    #[test]
    fn names_outside_the_core_need_the_family() {
        assert!(needs("let all = patients();"));
        assert!(needs("for p in patients() { print(p.name); }"));
        assert!(needs("let f = Fn(\"patients\");"));
        assert!(needs("print(mean (readings));"));
        assert!(needs("let m = readings.\n  len();"));
        assert!(needs("let n = text.len;"));
        assert!(needs("print(to_int(2.5));"));
        assert!(needs("print(1.5.floor());"));
        assert!(needs("let x = 5.to_string();\nprint(x + 1);"));
        assert!(needs("let x = 5.print();"));
        assert!(needs("let f = |x| x * 2;\nprint(f.call(2));"));
        // A misspelt name too: its "Did you mean…?" needs the family's names.
        assert!(needs("prnt(\"hello\");"));
        // Text the scan cannot follow.
        assert!(needs("print(\"open);"));
        assert!(needs("print(`open ${1);"));
        assert!(needs("/* open"));
    }
}
