//! Hints for beginners: "Did you mean `total`?", and which values a function accepts.
//!
//! Names come from the learner's own script (read with a small scanner, since a script with
//! an error may not parse) and from the library catalogue, `catalogue.txt`, generated from
//! the engine by tests/catalogue.rs (Rhai can only list its functions with a feature that
//! would make the worker bigger).

use c4h_protocol::Message;

use crate::source::{PieceKind, pieces};

/// One way to call a library function: its name and the Rhai types of its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryForm {
    pub name: String,
    pub parameter_types: Vec<String>,
}

const CATALOGUE: &str = include_str!("catalogue.txt");

/// Rhai's keywords, one per line (with `#` comments), shared with the editor's
/// highlighter.
const KEYWORDS: &str = include_str!("keywords.txt");

/// Rhai's keywords, from keywords.txt.
pub fn keywords() -> impl Iterator<Item = &'static str> {
    KEYWORDS
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Words of Rhai that are never a learner's names: its keywords, and `true` and `false`.
fn is_reserved(word: &str) -> bool {
    matches!(word, "true" | "false") || keywords().any(|keyword| keyword == word)
}

/// Whether a library signature is a function a learner calls by name (not an operator,
/// property getter or indexer, which Rhai names with symbols or `$`, and not `sleep`,
/// which the sandbox replaces with an error).
pub fn is_learner_facing(signature: &str) -> bool {
    signature.starts_with(|c: char| c.is_ascii_alphabetic())
        && !signature.contains('$')
        && !signature.starts_with("sleep(")
}

/// The library's functions, one entry per form, from the catalogue.
pub fn library_forms() -> Vec<LibraryForm> {
    CATALOGUE.lines().filter_map(parse_signature).collect()
}

/// Reads `name(a: i64, b: &mut array) -> i64` into a name and parameter types.
fn parse_signature(signature: &str) -> Option<LibraryForm> {
    let (name, rest) = signature.split_once('(')?;
    let parameters = rest.split_once(')')?.0;
    let parameter_types = parameters
        .split(", ")
        .filter(|parameter| !parameter.is_empty())
        .map(|parameter| {
            let type_name = parameter.rsplit_once(": ").map_or(parameter, |(_, t)| t);
            type_name
                .trim_start_matches("&mut ")
                .trim_end_matches('=')
                .to_owned()
        })
        .collect();
    Some(LibraryForm {
        name: name.trim().to_owned(),
        parameter_types,
    })
}

/// Every identifier in the script outside strings and comments, in order of appearance,
/// without keywords or repeats.
pub fn identifiers(code: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for piece in pieces(code) {
        if piece.kind == PieceKind::Word
            && !is_reserved(&piece.text)
            && !found.contains(&piece.text)
        {
            found.push(piece.text);
        }
    }
    found
}

/// The functions the script defines with `fn`: name and parameter names.
pub fn script_functions(code: &str) -> Vec<(String, Vec<String>)> {
    code.match_indices("fn ")
        .filter(|(at, _)| {
            // `fn` as a word, not the end of another word such as `myfn `.
            !code[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .filter_map(|(at, _)| {
            let rest = &code[at + 3..];
            let (name, after) = rest.split_once('(')?;
            let name = name.trim();
            let valid =
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            let parameters = after
                .split_once(')')?
                .0
                .split(',')
                .map(str::trim)
                .filter(|parameter| !parameter.is_empty())
                .map(str::to_owned)
                .collect();
            valid.then(|| (name.to_owned(), parameters))
        })
        .collect()
}

/// The candidates closest to `wanted` (at most two), if any is close enough to be a likely
/// typing mistake: a different case, or a few letters wrong, missing or swapped.
/// Candidates may repeat (a function with several forms): each is suggested once.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let allowed = match wanted.chars().count() {
        0..=2 => 0,
        3..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|candidate| *candidate != wanted)
        .map(|candidate| {
            (
                edit_distance(&wanted_lower, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, _)| *distance <= allowed)
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(2)
        .map(|(_, candidate)| candidate)
        .collect()
}

/// The number of single-letter edits (insert, delete, replace, or swap two neighbours)
/// between two words.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// "Did you mean `a`?" or "Did you mean `a` or `b`?", or nothing.
pub fn did_you_mean(suggestions: &[&str]) -> Option<Message> {
    match suggestions {
        [] => None,
        [only] => Some(Message::new("errors-did-you-mean").with("name", *only)),
        [first, second, ..] => Some(
            Message::new("errors-did-you-mean-two")
                .with("first", *first)
                .with("second", *second),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_typing_mistakes() {
        assert_eq!(edit_distance("total", "total"), 0);
        assert_eq!(edit_distance("totl", "total"), 1);
        assert_eq!(edit_distance("ttoal", "total"), 1);
        assert_eq!(edit_distance("weight", "height"), 1);
        assert_eq!(edit_distance("abc", "xyz"), 3);
    }

    #[test]
    fn closest_finds_likely_mistakes_only() {
        let names = ["total", "readings", "print", "patient"];
        assert_eq!(closest("totl", names), vec!["total"]);
        assert_eq!(closest("Print", names), vec!["print"]);
        assert_eq!(closest("redings", names), vec!["readings"]);
        assert!(closest("zebra", names).is_empty());
        assert!(closest("x", names).is_empty());
        assert_eq!(closest("prnt", ["print", "print", "print"]), vec!["print"]);
    }

    #[test]
    fn identifiers_skip_strings_comments_and_keywords() {
        let code = "let total = 0; // weight here\nprint(\"height\"); /* bmi */ for r in readings { total += r; }";
        assert_eq!(identifiers(code), vec!["total", "print", "r", "readings"]);
    }

    #[test]
    fn script_functions_have_names_and_parameters() {
        let code = "fn bmi(weight, height) { weight / (height * height) }\nfn greet() { print(1) }\nlet myfn (x) = 1;";
        assert_eq!(
            script_functions(code),
            vec![
                (
                    "bmi".to_owned(),
                    vec!["weight".to_owned(), "height".to_owned()]
                ),
                ("greet".to_owned(), vec![])
            ]
        );
    }

    #[test]
    fn the_catalogue_reads_into_forms() {
        let forms = library_forms();
        assert!(forms.len() > 200, "{} forms", forms.len());
        assert!(forms.contains(&LibraryForm {
            name: "parse_int".into(),
            parameter_types: vec!["string".into(), "i64".into()]
        }));
        assert!(forms.iter().any(|form| form.name == "round"));
    }
}
