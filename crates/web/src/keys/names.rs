//! The names the key bar offers: the variables and functions a script has made before the
//! cursor, and the script library's functions (c4h-protocol's API reference), narrowed to
//! those that start with what is typed before the cursor. A short list, so that it fits one
//! row above a phone's keyboard.

use c4h_protocol::api::FUNCTIONS;

/// How many names the key bar shows at most.
const MOST: usize = 4;

/// The library's names offered first: the ones the lessons use most, in that order.
const COMMON: [&str; 5] = ["print", "show", "round", "observations", "patients"];

/// A name the learner can add with one tap.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name {
    pub text: String,
    /// A function: added with its brackets, the cursor between them.
    pub function: bool,
    /// The script library's (an English name), not one the learner made (in any language).
    pub library: bool,
}

/// What the key bar offers at the cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InReach {
    /// How many characters of a name are typed before the cursor (a tap replaces them).
    pub typed: usize,
    pub names: Vec<Name>,
}

/// The names in reach at the end of `before` (the script up to the cursor): those starting
/// with the word being typed (any capitals), or with nothing typed, the latest variables and
/// then the most used library functions. None in text (a string or comment) or after a dot.
pub fn in_reach(before: &str) -> InReach {
    let typed_len = before
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let (code, typed) = before.split_at(before.len() - typed_len);
    let (tokens, in_text) = read(code);
    let after_dot = code.ends_with('.');
    if in_text || after_dot || typed.starts_with(|c: char| c.is_ascii_digit()) {
        return InReach::default();
    }
    let made = made_names(&tokens);
    let library = COMMON
        .into_iter()
        .chain(FUNCTIONS.iter().map(|function| function.name))
        .map(|name| Name {
            text: name.to_owned(),
            function: true,
            library: true,
        });
    let matches = |name: &Name| {
        name.text.len() > typed.len()
            && name.text[..typed.len()].eq_ignore_ascii_case(typed)
            && !(typed.is_empty() && name.function && !COMMON.contains(&name.text.as_str()))
    };
    let mut names: Vec<Name> = Vec::new();
    for name in made.into_iter().rev().chain(library) {
        if matches(&name) && !names.iter().any(|seen| seen.text == name.text) {
            names.push(name);
        }
    }
    names.truncate(MOST);
    InReach {
        typed: typed_len,
        names,
    }
}

/// The names a script makes, in order: `let` and `const` variables, `fn` functions and
/// their parameters, `for` loop variables and closures' parameters (`|r| ...`).
fn made_names(tokens: &[&str]) -> Vec<Name> {
    fn is_word(token: &str) -> bool {
        token.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
    }
    fn named(token: &str, function: bool) -> Name {
        Name {
            text: token.to_owned(),
            function,
            library: false,
        }
    }
    let mut made = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let rest = &tokens[at + 1..];
        let words = |list: &mut Vec<Name>, until: &str| {
            let parameters = rest.iter().take_while(|token| **token != until);
            list.extend(
                parameters
                    .filter(|token| is_word(token))
                    .map(|token| named(token, false)),
            );
        };
        match *token {
            "let" | "const" => {
                if let Some(name) = rest.first().filter(|name| is_word(name)) {
                    made.push(named(name, false));
                }
            }
            "fn" => {
                if let Some(name) = rest.first().filter(|name| is_word(name)) {
                    made.push(named(name, true));
                    let parameters = rest[1..].iter().take_while(|token| **token != ")");
                    made.extend(
                        parameters
                            .filter(|token| is_word(token))
                            .map(|token| named(token, false)),
                    );
                }
            }
            "for" => words(&mut made, "in"),
            "|" if at > 0 && matches!(tokens[at - 1], "(" | "," | "=") => words(&mut made, "|"),
            _ => {}
        }
    }
    made
}

/// What is open while reading a script.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    /// `{`, or `${` in a back-tick string: code.
    Brace,
    /// A "..." string or a '...' character.
    Quote(u8),
    /// A back-tick string.
    Template,
    LineComment,
    BlockComment,
}

/// A script's code as tokens (words, and punctuation one character at a time), leaving out
/// numbers, strings and comments, and whether the script ends inside text (a string or a
/// comment). A small reading of Rhai, as www/editor/aids.js's `openAt` reads it.
fn read(script: &str) -> (Vec<&str>, bool) {
    let bytes = script.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let (byte, next) = (bytes[at], bytes.get(at + 1).copied());
        match open.last().copied() {
            Some(Open::LineComment) if byte == b'\n' => drop(open.pop()),
            Some(Open::LineComment) => {}
            Some(Open::BlockComment) => match (byte, next) {
                (b'*', Some(b'/')) => drop((open.pop(), at += 1)),
                (b'/', Some(b'*')) => (open.push(Open::BlockComment), at += 1).1,
                _ => {}
            },
            Some(Open::Quote(quote)) => match byte {
                b'\\' => at += 1,
                b'\n' => drop(open.pop()),
                _ if byte == quote => drop(open.pop()),
                _ => {}
            },
            Some(Open::Template) => match (byte, next) {
                (b'\\', _) => at += 1,
                (b'`', _) => drop(open.pop()),
                (b'$', Some(b'{')) => (open.push(Open::Brace), at += 1).1,
                _ => {}
            },
            None | Some(Open::Brace) => match (byte, next) {
                (b'/', Some(b'/')) => (open.push(Open::LineComment), at += 1).1,
                (b'/', Some(b'*')) => (open.push(Open::BlockComment), at += 1).1,
                (b'"' | b'\'', _) => open.push(Open::Quote(byte)),
                (b'`', _) => open.push(Open::Template),
                (b'{', _) => open.push(Open::Brace),
                (b'}', _) => drop(open.pop()),
                _ if byte.is_ascii_alphanumeric() || byte == b'_' => {
                    let start = at;
                    while bytes
                        .get(at + 1)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    {
                        at += 1;
                    }
                    // Numbers (`1e5` too) are not names.
                    if !byte.is_ascii_digit() {
                        tokens.push(&script[start..=at]);
                    }
                }
                _ if byte.is_ascii_punctuation() => tokens.push(&script[at..=at]),
                _ => {}
            },
        }
        at += 1;
    }
    let in_text = !matches!(open.last(), None | Some(Open::Brace));
    (tokens, in_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered(before: &str) -> Vec<String> {
        let reach = in_reach(before);
        reach
            .names
            .iter()
            .map(|name| {
                let brackets = if name.function { "()" } else { "" };
                format!("{}{brackets}", name.text)
            })
            .collect()
    }

    #[test]
    fn the_words_typed_narrow_the_names_variables_first() {
        let script = "let patient_count = 3;\nlet total = 0;\nprint(pa";
        assert_eq!(
            offered(script),
            ["patient_count", "patients()", "patient()"]
        );
        assert_eq!(in_reach(script).typed, 2);
        assert_eq!(offered("let total = 1;\nTo"), ["total", "today()"]);
        assert_eq!(
            offered("let weight = 1;\nprint(weight"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn with_nothing_typed_the_latest_variables_then_common_functions() {
        assert_eq!(
            offered("let a = 1;\nlet b = 2;\n"),
            ["b", "a", "print()", "show()"]
        );
        assert_eq!(
            offered(""),
            ["print()", "show()", "round()", "observations()"]
        );
    }

    #[test]
    fn functions_parameters_loops_and_closures_make_names() {
        let script = "fn bmi(weight, height) { weight / (height * height) }\n\
                      for (reading, index) in readings {}\n\
                      let high = list.filter(|value| value > 140);\n";
        let made: Vec<String> = made_names(&read(script).0)
            .into_iter()
            .map(|name| name.text)
            .collect();
        assert_eq!(
            made,
            [
                "bmi", "weight", "height", "reading", "index", "high", "value"
            ]
        );
        assert_eq!(offered(&format!("{script}bm")), ["bmi()"]);
    }

    #[test]
    fn nothing_inside_text_after_a_dot_or_in_a_number() {
        assert_eq!(offered("let total = 1;\nprint(\"to"), Vec::<String>::new());
        assert_eq!(offered("let total = 1; // to"), Vec::<String>::new());
        assert_eq!(
            offered("let total = 1; /* a /* b */ to"),
            Vec::<String>::new()
        );
        assert_eq!(offered("let p = 1;\np.na"), Vec::<String>::new());
        assert_eq!(offered("let e5 = 1;\nlet x = 1e5"), Vec::<String>::new());
        // Comments, strings and `${}` are read as the editor reads them.
        assert_eq!(offered("let name = \"a // b\";\nna"), ["name"]);
        assert_eq!(offered("let name = 1; /* a */ na"), ["name"]);
        assert_eq!(offered("let name = `x`;\nprint(`Hi ${na"), ["name"]);
        assert_eq!(
            offered("let name = 1;\nprint(`Hi ${name} na"),
            Vec::<String>::new()
        );
        assert_eq!(offered("let s = \"say \\\"hi\\\" na"), Vec::<String>::new());
    }

    #[test]
    fn names_in_strings_and_comments_are_not_made() {
        assert_eq!(offered("// let secret = 1;\nse"), Vec::<String>::new());
        assert_eq!(
            offered("print(\"let secret = 1\");\nse"),
            Vec::<String>::new()
        );
    }
}
