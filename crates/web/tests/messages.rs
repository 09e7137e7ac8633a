//! The page's words come from the message catalogues (messages/<lang>/*.ftl):
//! every id the page names exists in English (and so, by c4h-messages' translation check,
//! in Welsh); index.html's English frame is the catalogue's; and no learner-facing text is
//! written into the page's code, where a translation could not reach it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use c4h_messages::{Catalogue, Lang, Message};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn english() -> Catalogue {
    let mut all = Catalogue::default();
    for entry in std::fs::read_dir(root().join("messages/en")).unwrap() {
        let path = entry.unwrap().path();
        all.extend(Catalogue::parse(&std::fs::read_to_string(&path).unwrap()).unwrap());
    }
    all
}

fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("crates/web/src"), &mut out);
    out
}

/// The string literals in `line` (simple: no raw strings, escaped quotes kept).
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
            break;
        }
        if c == '\'' {
            // A char literal such as '"' is not the start of a string.
            let rest: String = chars.clone().take(3).map(|(_, c)| c).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"") {
                chars.next();
                chars.next();
            }
            continue;
        }
        if c == '"' {
            let mut text = String::new();
            let mut escaped = false;
            for (_, c) in chars.by_ref() {
                if escaped {
                    text.push(c);
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    break;
                } else {
                    text.push(c);
                }
            }
            found.push(text);
        }
    }
    found
}

#[test]
fn every_message_the_page_names_exists() {
    let english = english();
    let mut missing = BTreeSet::new();
    for (path, text) in sources() {
        for line in text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
        {
            for marker in ["tr!(\"", "t(\"", "t_with(\"", "Message::new(\""] {
                let mut rest = line;
                while let Some(at) = rest.find(marker) {
                    // `t("` is the function, not the end of `element("`.
                    let whole = rest[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                    rest = &rest[at + marker.len()..];
                    if !whole {
                        continue;
                    }
                    let id = rest.split('"').next().unwrap_or_default();
                    if !english.has(id) {
                        missing.insert(format!(
                            "{}: `{id}`",
                            path.strip_prefix(root()).unwrap().display()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in messages/en:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn index_html_holds_the_english_frame() {
    let html = std::fs::read_to_string(root().join("www/index.html")).unwrap();
    let shell =
        Catalogue::parse(&std::fs::read_to_string(root().join("messages/en/shell.ftl")).unwrap())
            .unwrap();
    let mut checked = 0;
    for piece in html.split("data-c4h-msg=\"").skip(1) {
        let id = piece.split('"').next().unwrap();
        let text = piece.split_once('>').unwrap().1.split('<').next().unwrap();
        let english = c4h_messages::render(&shell, Lang::En, &Message::new(id))
            .unwrap_or_else(|| panic!("index.html names `{id}`, which shell.ftl lacks"));
        assert_eq!(text.replace("&#39;", "'"), english, "index.html's `{id}`");
        checked += 1;
    }
    for piece in html.split("data-c4h-msg-attr=\"").skip(1) {
        let (attribute, id) = piece.split('"').next().unwrap().split_once(' ').unwrap();
        let value = piece
            .split(&format!(" {attribute}=\""))
            .nth(1)
            .or_else(|| html.split(&format!("{attribute}=\"")).find(|_| true));
        let english = c4h_messages::render(&shell, Lang::En, &Message::new(id))
            .unwrap_or_else(|| panic!("index.html names `{id}`, which shell.ftl lacks"));
        assert!(
            value.is_some_and(|v| v.starts_with(&*english))
                || html.contains(&format!("{attribute}=\"{english}\"")),
            "index.html's {attribute} for `{id}` is not {english:?}"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} marked texts in index.html");
}

/// Whether a literal reads as words for a person: a capitalised word, or two words.
fn reads_as_words(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // Class lists, ids, keys and paths are lowercase with - _ . / : separators.
    let code_like = text
        .chars()
        .any(|c| matches!(c, '_' | '/' | '=' | '{' | '$' | '#'))
        || text
            .split_whitespace()
            .all(|w| w.contains('-') || w.contains('.') || w.contains(':'));
    let capitalised = words.iter().any(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
    });
    !code_like && (capitalised || (words.len() >= 2 && text.contains(' ')))
}

#[test]
fn no_learner_facing_text_is_written_into_the_code() {
    let mut found = Vec::new();
    for (path, text) in sources() {
        let mut in_tests = false;
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            if in_tests || trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            // Said to the developer, not the learner; or marked as not for learners.
            if [
                "logging::",
                "console",
                "expect(",
                "panic!(",
                "unreachable!(",
                "debug_assert",
                "not learner text",
            ]
            .iter()
            .any(|m| line.contains(m))
            {
                continue;
            }
            for literal in literals(line) {
                if reads_as_words(&literal) {
                    found.push(format!(
                        "{}:{}: {literal:?}",
                        path.strip_prefix(root()).unwrap().display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} texts written into the page's code; put them in messages/*/*.ftl and use tr!:\n{}",
        found.len(),
        found.join("\n")
    );
}
