//! Reading a catalogue: the part of Fluent's syntax (projectfluent.org, Fluent Syntax 1.0)
//! that our catalogues use.
//!
//! Supported: comments (`#`, `##`, `###`); messages (`id = …`) and terms (`-id = …`) whose
//! text may go on over indented lines; placeables holding a variable (`{ $name }`), a
//! string literal (`{ "{" }`), a message (`{ other-id }`) or a term (`{ -brand }`); and
//! selections on a variable (`{ $count -> [one] … *[other] … }`) with one line per variant.
//! Attributes, functions, nested selections and variants over several lines are errors
//! that name their line, so a catalogue never means something here that it does not mean
//! in Fluent (the tests render every message with fluent-bundle as well).

use std::collections::{BTreeMap, BTreeSet};

/// One piece of a message's pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Element {
    Text(String),
    Variable(String),
    Literal(String),
    Reference(String),
    Term(String),
    Select {
        variable: String,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

/// A variant's key: a plural category or a word (`[one]`, `[yes]`), or a number (`[0]`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    Name(String),
    Number(f64),
}

pub(crate) type Pattern = Vec<Element>;

/// A catalogue's messages and terms by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    pub(crate) messages: BTreeMap<String, Pattern>,
    pub(crate) terms: BTreeMap<String, Pattern>,
}

/// Why a catalogue could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// Counting from 1.
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl Catalogue {
    /// Reads a catalogue, or every problem in it.
    pub fn parse(source: &str) -> Result<Catalogue, Vec<CatalogueError>> {
        let mut catalogue = Catalogue::default();
        let mut errors = Vec::new();
        let lines: Vec<&str> = source.lines().collect();
        let mut at = 0;
        while at < lines.len() {
            let line = lines[at];
            if line.trim().is_empty() || line.starts_with('#') {
                at += 1;
                continue;
            }
            let start = at;
            at += 1;
            if line.starts_with([' ', '\t']) {
                errors.push(error(start, "an indented line outside a message"));
                continue;
            }
            // The entry's own lines: indented or blank ones after it (not trailing blanks),
            // and a selection's closing `}`, which Fluent allows at the start of a line.
            let mut end = at;
            while end < lines.len()
                && (lines[end].starts_with([' ', '}']) || lines[end].trim().is_empty())
            {
                end += 1;
            }
            while end > at && lines[end - 1].trim().is_empty() {
                end -= 1;
            }
            at = end;
            match parse_entry(line, &lines[start + 1..end], start) {
                Ok((id, pattern)) => {
                    let (map, name) = match id.strip_prefix('-') {
                        Some(term) => (&mut catalogue.terms, term.to_owned()),
                        None => (&mut catalogue.messages, id),
                    };
                    if map.insert(name.clone(), pattern).is_some() {
                        errors.push(error(start, &format!("`{name}` is defined twice")));
                    }
                }
                Err(problem) => errors.push(problem),
            }
        }
        if errors.is_empty() {
            Ok(catalogue)
        } else {
            Err(errors)
        }
    }

    /// Adds another catalogue's messages (an area loaded later); its messages win.
    pub fn extend(&mut self, other: Catalogue) {
        self.messages.extend(other.messages);
        self.terms.extend(other.terms);
    }

    /// Whether it has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// Every message's id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Every term's id (without its `-`), in order.
    pub fn term_ids(&self) -> impl Iterator<Item = &str> {
        self.terms.keys().map(String::as_str)
    }

    /// The variables message `id` uses (through the messages it names too), for checking
    /// that a translation takes the same values.
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        if let Some(pattern) = self.messages.get(id) {
            self.collect_variables(pattern, &mut found, 0);
        }
        found
    }

    fn collect_variables(&self, pattern: &Pattern, found: &mut BTreeSet<String>, depth: u32) {
        if depth > 8 {
            return;
        }
        for element in pattern {
            match element {
                Element::Variable(name) => {
                    found.insert(name.clone());
                }
                Element::Select {
                    variable, variants, ..
                } => {
                    found.insert(variable.clone());
                    for (_, pattern) in variants {
                        self.collect_variables(pattern, found, depth + 1);
                    }
                }
                Element::Reference(id) => {
                    if let Some(pattern) = self.messages.get(id) {
                        self.collect_variables(pattern, found, depth + 1);
                    }
                }
                Element::Text(_) | Element::Literal(_) | Element::Term(_) => {}
            }
        }
    }

    /// The names of the variant keys of every selection in message `id` (`one`, `few`,
    /// `other`), for checking plural categories against a language's.
    pub fn variant_names(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(pattern) = self.messages.get(id) {
            for element in pattern {
                if let Element::Select { variants, .. } = element {
                    for (key, _) in variants {
                        if let Key::Name(name) = key {
                            names.push(name.clone());
                        }
                    }
                }
            }
        }
        names
    }

    /// The messages and terms that message `id` names, which must exist.
    pub fn references(&self, id: &str) -> Vec<String> {
        let mut names = Vec::new();
        fn walk(pattern: &Pattern, names: &mut Vec<String>) {
            for element in pattern {
                match element {
                    Element::Reference(id) => names.push(id.clone()),
                    Element::Term(id) => names.push(format!("-{id}")),
                    Element::Select { variants, .. } => {
                        for (_, pattern) in variants {
                            walk(pattern, names);
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(pattern) = self
            .messages
            .get(id)
            .or_else(|| id.strip_prefix('-').and_then(|term| self.terms.get(term)))
        {
            walk(pattern, &mut names);
        }
        names
    }
}

fn error(line_index: usize, reason: &str) -> CatalogueError {
    CatalogueError {
        line: line_index + 1,
        reason: reason.to_owned(),
    }
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads `id = pattern` and its indented lines.
fn parse_entry(
    first: &str,
    rest: &[&str],
    start: usize,
) -> Result<(String, Pattern), CatalogueError> {
    let Some((id, inline)) = first.split_once('=') else {
        return Err(error(start, "expected `id = text`"));
    };
    let id = id.trim_end();
    let bare = id.strip_prefix('-').unwrap_or(id);
    if !is_identifier(bare) {
        return Err(error(start, &format!("`{id}` is not a message id")));
    }
    // Text lines are dedented by their common indent; variant and closing lines are
    // syntax, so their indent does not count (they are trimmed).
    let is_syntax = |line: &str| {
        let trimmed = line.trim_start();
        trimmed.starts_with('[') || trimmed.starts_with("*[") || trimmed.starts_with('}')
    };
    for (offset, line) in rest.iter().enumerate() {
        if line.trim_start().starts_with('.') {
            return Err(error(start + 1 + offset, "attributes are not used here"));
        }
    }
    let indent = rest
        .iter()
        .filter(|line| !line.trim().is_empty() && !is_syntax(line))
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let inline = inline.trim_start();
    let mut text = String::from(inline);
    let mut line_of = vec![start; text.chars().count()];
    for (offset, line) in rest.iter().enumerate() {
        let piece = if line.trim().is_empty() {
            ""
        } else if is_syntax(line) {
            line.trim_start()
        } else {
            &line[indent..]
        };
        text.push('\n');
        text.push_str(piece);
        line_of.resize(text.chars().count(), start + 1 + offset);
    }
    // A pattern that starts on the line after `=` starts there.
    if inline.is_empty() && text.starts_with('\n') {
        text.remove(0);
        line_of.remove(0);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut parser = Parser {
        chars,
        at: 0,
        line_of,
        start,
    };
    let mut pattern = parser.pattern(false)?;
    if parser.at < parser.chars.len() {
        return Err(parser.fail("unexpected `}` in text"));
    }
    trim_end(&mut pattern);
    if pattern.is_empty() {
        return Err(error(start, &format!("`{id}` has no text")));
    }
    Ok((id.to_owned(), pattern))
}

/// Trims the whitespace Fluent drops at the end of a pattern.
fn trim_end(pattern: &mut Pattern) {
    if let Some(Element::Text(last)) = pattern.last_mut() {
        let trimmed = last.trim_end().len();
        last.truncate(trimmed);
        if last.is_empty() {
            pattern.pop();
        }
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    line_of: Vec<usize>,
    start: usize,
}

impl Parser {
    fn fail(&self, reason: &str) -> CatalogueError {
        let line = self
            .line_of
            .get(self.at.min(self.line_of.len().saturating_sub(1)))
            .copied()
            .unwrap_or(self.start);
        error(line, reason)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_spaces(&mut self, newlines: bool) {
        while let Some(c) = self.peek() {
            if c == ' ' || (newlines && c == '\n') {
                self.at += 1;
            } else {
                break;
            }
        }
    }

    /// Text and placeables up to the end (or, in a variant, the end of the line); stops
    /// before a `}` that is not its own.
    fn pattern(&mut self, in_variant: bool) -> Result<Pattern, CatalogueError> {
        let mut pattern = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\n' if in_variant => break,
                '}' => break,
                '{' => {
                    self.at += 1;
                    if !text.is_empty() {
                        pattern.push(Element::Text(std::mem::take(&mut text)));
                    }
                    pattern.push(self.placeable(in_variant)?);
                }
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            pattern.push(Element::Text(text));
        }
        Ok(pattern)
    }

    fn identifier(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            let fits = if name.is_empty() {
                c.is_ascii_alphabetic()
            } else {
                c.is_ascii_alphanumeric() || c == '-' || c == '_'
            };
            if !fits {
                break;
            }
            name.push(c);
            self.at += 1;
        }
        name
    }

    /// After `{`: one expression, or a selection, then `}`.
    fn placeable(&mut self, in_variant: bool) -> Result<Element, CatalogueError> {
        self.skip_spaces(true);
        let element = match self.peek() {
            Some('$') => {
                self.at += 1;
                let name = self.identifier();
                if name.is_empty() {
                    return Err(self.fail("`$` must be followed by a variable's name"));
                }
                Element::Variable(name)
            }
            Some('"') => {
                self.at += 1;
                Element::Literal(self.string_literal()?)
            }
            Some('-') => {
                self.at += 1;
                let name = self.identifier();
                if name.is_empty() {
                    return Err(self.fail("numbers in placeables are not used here"));
                }
                Element::Term(name)
            }
            Some(c) if c.is_ascii_alphabetic() => Element::Reference(self.identifier()),
            _ => return Err(self.fail("expected `$name`, `\"text\"`, a message or a term")),
        };
        self.skip_spaces(true);
        if self.peek() == Some('(') {
            return Err(self.fail("functions and term arguments are not used here"));
        }
        if self.chars[self.at..].starts_with(&['-', '>']) {
            self.at += 2;
            let Element::Variable(variable) = element else {
                return Err(self.fail("only a variable can choose a variant"));
            };
            if in_variant {
                return Err(self.fail("a selection inside a selection is not used here"));
            }
            return self.select(variable);
        }
        if self.peek() != Some('}') {
            return Err(self.fail("expected `}`"));
        }
        self.at += 1;
        Ok(element)
    }

    fn string_literal(&mut self) -> Result<String, CatalogueError> {
        let mut text = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => return Err(self.fail("a text in quotes is not closed")),
                Some('"') => {
                    self.at += 1;
                    return Ok(text);
                }
                Some('\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(c @ ('"' | '\\')) => {
                            text.push(c);
                            self.at += 1;
                        }
                        Some(u @ ('u' | 'U')) => {
                            let digits = if u == 'u' { 4 } else { 6 };
                            let hex: String =
                                self.chars.iter().skip(self.at + 1).take(digits).collect();
                            let c = u32::from_str_radix(&hex, 16)
                                .ok()
                                .filter(|_| hex.len() == digits)
                                .and_then(char::from_u32)
                                .ok_or_else(|| self.fail("a bad \\u escape"))?;
                            text.push(c);
                            self.at += 1 + digits;
                        }
                        _ => return Err(self.fail("a bad escape in quotes")),
                    }
                }
                Some(c) => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
    }

    /// After `$variable ->`: variants, one per line, then `}`.
    fn select(&mut self, variable: String) -> Result<Element, CatalogueError> {
        self.skip_spaces(false);
        if self.peek() != Some('\n') {
            return Err(self.fail("variants start on the line after `->`"));
        }
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_spaces(true);
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                None => return Err(self.fail("a selection is not closed with `}`")),
                _ => {}
            }
            if self.peek() == Some('*') {
                if default.is_some() {
                    return Err(self.fail("a selection has two default variants"));
                }
                default = Some(variants.len());
                self.at += 1;
            }
            if self.peek() != Some('[') {
                return Err(self.fail("expected a variant such as `[one]` or `*[other]`"));
            }
            self.at += 1;
            self.skip_spaces(false);
            let key = if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                // Whole numbers only: `[0]` is what messages use, and reading decimals
                // would carry a float parser into the page.
                let mut number: i64 = 0;
                while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
                    number = number
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(i64::from(digit)))
                        .ok_or_else(|| self.fail("a number key too big"))?;
                    self.at += 1;
                }
                if self.peek() == Some('.') {
                    return Err(self.fail("number keys are whole numbers here"));
                }
                Key::Number(number as f64)
            } else {
                let name = self.identifier();
                if name.is_empty() {
                    return Err(self.fail("a variant key must be a word or a number"));
                }
                Key::Name(name)
            };
            self.skip_spaces(false);
            if self.peek() != Some(']') {
                return Err(self.fail("expected `]`"));
            }
            self.at += 1;
            self.skip_spaces(false);
            let mut pattern = self.pattern(true)?;
            trim_end(&mut pattern);
            if pattern.is_empty() {
                return Err(self.fail("a variant's text goes on the same line as its key"));
            }
            variants.push((key, pattern));
        }
        let Some(default) = default else {
            return Err(self.fail("a selection needs a default variant, marked `*`"));
        };
        Ok(Element::Select {
            variable,
            variants,
            default,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_terms_and_selections() {
        let catalogue = Catalogue::parse(
            "# A comment\n\
             -brand = Code4Health\n\
             hello = Hello, { $name }!\n\
             checks = { $count ->\n    [one] { $count } check\n   *[other] { $count } checks\n} passed\n\
             long =\n    First line\n    second line\n\n\
             brace = Use { \"{\" } here\n",
        )
        .unwrap();
        assert!(catalogue.has("hello"));
        assert!(catalogue.has("checks"));
        assert_eq!(catalogue.term_ids().collect::<Vec<_>>(), ["brand"]);
        assert_eq!(
            catalogue
                .variables("checks")
                .into_iter()
                .collect::<Vec<_>>(),
            ["count"]
        );
        assert_eq!(catalogue.variant_names("checks"), ["one", "other"]);
    }

    #[test]
    fn names_the_line_of_each_problem() {
        let errors = Catalogue::parse(
            "good = fine\n\
             bad = { $n ->\n    [one] one\n}\n\
             also bad\n\
             twice = 1\ntwice = 2\n\
             attr = x\n    .title = y\n",
        )
        .unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5, 7, 9], "{errors:?}");
    }

    #[test]
    fn refuses_what_it_does_not_support() {
        for source in [
            "a = { NUMBER($n) }",
            "a = { $n ->\n    [one] { $m ->\n        *[x] y\n    }\n   *[other] z\n}",
            "a = { 5 }",
            "a = { $n ->\n   *[other]\n        words\n}",
            "a = text } more",
            "a = { $n",
        ] {
            assert!(Catalogue::parse(source).is_err(), "{source}");
        }
    }
}
