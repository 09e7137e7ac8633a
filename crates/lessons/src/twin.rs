//! Welsh twins: a lesson's Welsh translation, in `<lesson>.cy.md` next to it, and a unit's
//! in `unit.cy.md` (docs/lesson-authoring.md, "Welsh twins"). A twin translates what the
//! learner reads; it shares the English lesson's id, unit, order, minutes and suits, and its
//! checks: the same number, in the same order, each sharing the English code unless the
//! code looks for or gives back words, when the twin's own code may change those words and
//! nothing else.

use crate::markdown;
use crate::model::{Check, Lang, Lesson, Suits, Unit};
use crate::parse::{FrontMatter, Problem, read_body, read_teaches};

/// How a Welsh twin's file name ends: `01-printing.md`'s twin is `01-printing.cy.md`, and
/// `unit.md`'s is `unit.cy.md`.
pub const WELSH_SUFFIX: &str = ".cy.md";

/// A twin's check whose own code must do more than change the English code's words says
/// why on a line starting with this (`// cy: …`).
pub const TWIN_REASON: &str = "// cy:";

/// What a twin's front matter holds.
const TWIN_FIELDS: &[&str] = &["title", "teaches"];
/// The English lesson's own fields, which a twin shares (read only to say so).
const SHARED_FIELDS: &[&str] = &["id", "unit", "order", "minutes", "suits"];
const SHARED_UNIT_FIELDS: &[&str] = &["unit", "suits"];

/// A text with words a learner reads has at least this many (a text a check looks for,
/// such as "water" or "Name: Sam Patel", has fewer).
const WORDS_IN_A_SENTENCE: usize = 4;

type Found<T> = std::result::Result<T, Vec<Problem>>;

fn suits_word(suits: Suits) -> &'static str {
    match suits {
        Suits::Everyone => "everyone",
        Suits::Patients => "patients",
        Suits::Clinicians => "clinicians",
    }
}

/// The name of `english`'s twin (`01-printing.md` → `01-printing.cy.md`), or `None` for a
/// file that is a twin already or no Markdown file.
pub fn twin_name(english: &str) -> Option<String> {
    if english.ends_with(WELSH_SUFFIX) {
        return None;
    }
    english
        .strip_suffix(".md")
        .map(|stem| format!("{stem}{WELSH_SUFFIX}"))
}

/// The name of the English lesson a twin translates (`01-printing.cy.md` →
/// `01-printing.md`), or `None` for a file that is not a twin.
pub fn english_name(twin: &str) -> Option<String> {
    twin.strip_suffix(WELSH_SUFFIX)
        .map(|stem| format!("{stem}.md"))
}

/// Reads the front matter of a twin: `required`, and the English file's fields only to
/// report them.
fn twin_front_matter(
    lines: &[&str],
    required: &[&str],
    shared: &[&str],
) -> Result<FrontMatter, (usize, String)> {
    FrontMatter::read(lines, required, shared).map_err(|(line, reason)| {
        match reason.split_once(" (known:") {
            Some((unknown, _)) => (
                line,
                format!(
                    "{unknown}: a Welsh twin's front matter holds only {}",
                    required
                        .iter()
                        .map(|field| format!("`{field}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            ),
            None => (line, reason),
        }
    })
}

/// The problems with a twin's front matter restating the English file's fields.
fn restated(
    front: &FrontMatter,
    shared: &[&str],
    english_value: impl Fn(&str) -> Option<String>,
    english_source: &str,
    holds: &str,
) -> Vec<(usize, String)> {
    front
        .fields
        .iter()
        .filter(|(_, key, _)| shared.contains(&key.as_str()))
        .map(|(line, key, value)| {
            let reason = match english_value(key) {
                Some(english) if english == *value => format!(
                    "`{key}` comes from the English file, {english_source}: a Welsh twin \
                     shares it, and its front matter holds only {holds}"
                ),
                Some(english) => format!(
                    "`{key}: {value}` differs from the English file's `{key}: {english}` \
                     ({english_source}): a Welsh twin shares it, and its front matter holds \
                     only {holds}"
                ),
                None => format!(
                    "`{key}: {value}` is not in the English file ({english_source}): a Welsh \
                     twin shares its fields, and its front matter holds only {holds}"
                ),
            };
            (*line, reason)
        })
        .collect()
}

/// Reads a lesson's Welsh twin (`file` is how problems name it) and pairs it with its
/// English lesson: the Welsh lesson the page shows, or every problem found.
pub fn parse_twin(file: &str, text: &str, english: &Lesson) -> Found<Lesson> {
    let problem = |(line, reason): (usize, String)| Problem {
        file: file.to_owned(),
        line,
        reason,
    };
    let lines: Vec<&str> = text.lines().collect();
    let front = twin_front_matter(&lines, TWIN_FIELDS, SHARED_FIELDS)
        .map_err(|found| vec![problem(found)])?;
    let body = read_body(&lines, front.body_start, true).map_err(|found| vec![problem(found)])?;
    let (explanation_html, task_html) = body
        .explanation_and_task()
        .map_err(|found| vec![problem(found)])?;

    let mut problems = restated(
        &front,
        SHARED_FIELDS,
        |key| match key {
            "id" => Some(english.id.clone()),
            "unit" => Some(english.unit.to_string()),
            "order" => Some(english.order.to_string()),
            "minutes" => Some(english.minutes.to_string()),
            _ => english.suits.map(|suits| suits_word(suits).to_owned()),
        },
        &english.source,
        "`title` and `teaches`",
    );

    let mut checks = Vec::new();
    for (index, written) in body.checks.iter().enumerate() {
        let what = format!("the check \"{}\"", written.title);
        let Some(theirs) = english.checks.get(index) else {
            problems.push((
                written.line,
                format!(
                    "{what} is check {} of the twin, and the English lesson ({}) has {}: a \
                     twin translates the English checks, the same number in the same order",
                    index + 1,
                    english.source,
                    english.checks.len()
                ),
            ));
            continue;
        };
        if written.hints_html.len() != theirs.hints_html.len() {
            problems.push((
                written.line,
                format!(
                    "{what} has {} Hint: line(s), and the English check it translates \
                     (\"{}\") has {}: a twin translates each hint",
                    written.hints_html.len(),
                    theirs.title_html,
                    theirs.hints_html.len()
                ),
            ));
        }
        let code = match &written.code {
            None => {
                if let Some(words) = sentence_in(&theirs.code) {
                    problems.push((
                        written.line,
                        format!(
                            "{what} shares the English check's code, which gives the learner \
                             English words (\"{words}\"): give the check a ```rhai block of \
                             its own, the English code with those words in Welsh"
                        ),
                    ));
                }
                theirs.code.clone()
            }
            Some((line, code)) => {
                let reason = code
                    .lines()
                    .any(|line| line.trim_start().starts_with(TWIN_REASON));
                if !reason && squashed(code) == squashed(&theirs.code) {
                    problems.push((
                        *line,
                        format!(
                            "{what}'s code is the English check's: leave its code block out, \
                             and it shares the English code"
                        ),
                    ));
                } else if !reason && shape(code).0 != shape(&theirs.code).0 {
                    problems.push((
                        *line,
                        format!(
                            "{what}'s code differs from the English check's (\"{}\") in more \
                             than its words: a twin's check may change only the text in quotes \
                             or backticks (the words it looks for or gives back); if it must do \
                             more, say why on a line `{TWIN_REASON} …`",
                            theirs.title_html
                        ),
                    ));
                }
                code.clone()
            }
        };
        checks.push(Check {
            title_html: written.title.clone(),
            code,
            message_html: written.message_html.clone(),
            hints_html: written.hints_html.clone(),
        });
    }
    if body.checks.len() < english.checks.len() {
        problems.push((
            body.end,
            format!(
                "the twin has {} check(s), and the English lesson ({}) has {}: a twin \
                 translates every check, in the same order",
                body.checks.len(),
                english.source,
                english.checks.len()
            ),
        ));
    }

    let hints_html = match (&body.hints, english.hints_html.len()) {
        (None, 0) => Vec::new(),
        (None, wanted) => {
            problems.push((
                body.end,
                format!(
                    "the English lesson has a Hints section with {wanted} hint(s): translate \
                     them in a `## Hints` section"
                ),
            ));
            Vec::new()
        }
        (Some((line, _)), 0) => {
            problems.push((
                *line,
                "the English lesson has no Hints section, so its twin has none".into(),
            ));
            Vec::new()
        }
        (Some((line, hints)), wanted) => {
            if hints.len() != wanted {
                problems.push((
                    *line,
                    format!(
                        "the Hints section has {} hint(s), and the English lesson's has \
                         {wanted}: a twin translates each hint",
                        hints.len()
                    ),
                ));
            }
            hints.clone()
        }
    };

    if !problems.is_empty() {
        return Err(problems.into_iter().map(problem).collect());
    }
    Ok(Lesson {
        id: english.id.clone(),
        title: front.text("title").1.to_owned(),
        unit: english.unit,
        order: english.order,
        minutes: english.minutes,
        teaches: read_teaches(front.text("teaches").1),
        suits: english.suits,
        lang: Lang::Cy,
        explanation_html,
        task_html,
        starter: body.starter.unwrap_or_else(|| english.starter.clone()),
        checks,
        hints_html,
        solution: body.solution.unwrap_or_else(|| english.solution.clone()),
        alternatives: if body.alternatives.is_empty() {
            english.alternatives.clone()
        } else {
            body.alternatives
        },
        source: file.to_owned(),
    })
}

/// Reads a unit's Welsh twin, `unit.cy.md`: its `title` and its description under the front
/// matter, in Welsh. Its number and who it suits are the English unit's.
pub fn parse_unit_twin(
    file: &str,
    text: &str,
    english: &Unit,
    english_source: &str,
) -> Found<Unit> {
    let problem = |(line, reason): (usize, String)| Problem {
        file: file.to_owned(),
        line,
        reason,
    };
    let lines: Vec<&str> = text.lines().collect();
    let front = twin_front_matter(&lines, &["title"], SHARED_UNIT_FIELDS)
        .map_err(|found| vec![problem(found)])?;
    let mut problems = restated(
        &front,
        SHARED_UNIT_FIELDS,
        |key| match key {
            "unit" => Some(english.number.to_string()),
            _ => Some(suits_word(english.suits).to_owned()),
        },
        english_source,
        "`title`",
    );
    let description = lines[front.body_start..].join("\n");
    if description.trim().is_empty() {
        problems.push((
            lines.len(),
            "the unit needs a description under its front matter".into(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems.into_iter().map(problem).collect());
    }
    Ok(Unit {
        number: english.number,
        title: front.text("title").1.to_owned(),
        suits: english.suits,
        lang: Lang::Cy,
        description_html: markdown::block(description.trim()),
        lessons: Vec::new(),
    })
}

/// Code without comments or spaces: two checks with the same code give the same.
fn squashed(code: &str) -> String {
    read(code, true).0
}

/// A check's code with its texts (in quotes or backticks) emptied, its comments and spaces
/// left out; and its texts (a backtick text's pieces around its `${ }` joined by a space).
/// Two checks that differ only in their words have the same shape.
fn shape(code: &str) -> (String, Vec<String>) {
    read(code, false)
}

/// Code without comments and spaces, its texts kept (`keep`) or emptied, and its texts.
fn read(code: &str, keep: bool) -> (String, Vec<String>) {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::new();
    let mut texts = Vec::new();
    let mut at = 0;
    read_code(&chars, &mut at, &mut out, &mut texts, false, keep);
    (out, texts)
}

/// Reads code from `at` into `out` (see `shape`); inside a `${ }` (`nested`), up to and
/// past its closing `}`.
fn read_code(
    chars: &[char],
    at: &mut usize,
    out: &mut String,
    texts: &mut Vec<String>,
    nested: bool,
    keep: bool,
) {
    let mut depth = 0usize;
    while let Some(&c) = chars.get(*at) {
        let next = chars.get(*at + 1).copied();
        match c {
            _ if c.is_whitespace() => *at += 1,
            '/' if next == Some('/') => {
                while chars.get(*at).is_some_and(|&c| c != '\n') {
                    *at += 1;
                }
            }
            '/' if next == Some('*') => {
                *at += 2;
                while *at < chars.len() && !(chars[*at] == '*' && chars.get(*at + 1) == Some(&'/'))
                {
                    *at += 1;
                }
                *at += 2;
            }
            '"' | '\'' => {
                let quote = c;
                let mut text = String::new();
                *at += 1;
                while let Some(&c) = chars.get(*at) {
                    *at += 1;
                    if c == '\\' {
                        text.push(c);
                        if let Some(&escaped) = chars.get(*at) {
                            text.push(escaped);
                            *at += 1;
                        }
                    } else if c == quote {
                        break;
                    } else {
                        text.push(c);
                    }
                }
                out.push(quote);
                if keep {
                    out.push_str(&text);
                }
                out.push(quote);
                texts.push(text);
            }
            '`' => {
                *at += 1;
                out.push('`');
                let mut pieces: Vec<String> = vec![String::new()];
                while let Some(&c) = chars.get(*at) {
                    if c == '`' {
                        *at += 1;
                        break;
                    } else if c == '$' && chars.get(*at + 1) == Some(&'{') {
                        *at += 2;
                        out.push_str("${");
                        read_code(chars, at, out, texts, true, keep);
                        out.push('}');
                        pieces.push(String::new());
                    } else {
                        *at += 1;
                        if keep {
                            out.push(c);
                        }
                        if let Some(piece) = pieces.last_mut() {
                            piece.push(c);
                        }
                    }
                }
                out.push('`');
                let pieces: Vec<String> = pieces
                    .into_iter()
                    .map(|piece| piece.trim().to_owned())
                    .filter(|piece| !piece.is_empty())
                    .collect();
                texts.push(pieces.join(" "));
            }
            '{' => {
                depth += 1;
                out.push(c);
                *at += 1;
            }
            '}' if nested && depth == 0 => {
                *at += 1;
                return;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
                *at += 1;
            }
            _ => {
                // Two words stay apart: `if x` is not `ifx`.
                let word = |c: char| c.is_alphanumeric() || c == '_';
                let spaced = *at > 0 && chars[*at - 1].is_whitespace();
                if spaced && word(c) && out.chars().last().is_some_and(word) {
                    out.push(' ');
                }
                out.push(c);
                *at += 1;
            }
        }
    }
}

/// The first text in a check's code that reads as words for the learner (a sentence, not
/// a word the check looks for), shortened.
fn sentence_in(code: &str) -> Option<String> {
    let (_, texts) = shape(code);
    texts
        .into_iter()
        .find(|text| {
            text.split(|c: char| !c.is_alphabetic())
                .filter(|word| !word.is_empty())
                .count()
                >= WORDS_IN_A_SENTENCE
        })
        .map(|text| {
            let mut short: String = text.chars().take(50).collect();
            if short.len() < text.len() {
                short.push('…');
            }
            short
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_of_code_leaves_out_its_words_comments_and_spaces() {
        let english = "if printed_has(\"water\") { true } // a comment\nelse { `You printed ${printed()} and not \"water\"` }";
        let welsh = "if printed_has(\"dŵr\") {\n    true\n} else {\n    `Fe wnaethoch argraffu ${printed()}`\n}";
        assert_eq!(shape(english).0, shape(welsh).0);
        assert_eq!(
            shape(english).0,
            "if printed_has(\"\"){true}else{`${printed()}`}"
        );
        assert_eq!(shape(english).1, ["water", "You printed and not \"water\""]);
        assert_ne!(shape("a == 1").0, shape("a == 2").0);
        assert_ne!(squashed(english), squashed(welsh));
        assert_eq!(
            squashed("printed_has( \"water\" )"),
            squashed("// the same\nprinted_has(\"water\")")
        );
        // Interpolation inside interpolation, and braces inside it.
        assert_eq!(
            shape("`a ${if x { `b ${y}` } else { \"c\" }} d`").0,
            "`${if x{`${y}`}else{\"\"}}`"
        );
    }

    #[test]
    fn words_for_the_learner_are_told_from_words_a_check_looks_for() {
        assert_eq!(sentence_in("printed_has(\"Name: Sam Patel\")"), None);
        assert_eq!(
            sentence_in("if x { true } else { \"Print the total of the steps.\" }").as_deref(),
            Some("Print the total of the steps.")
        );
        assert_eq!(
            sentence_in("`Your total is ${total}; it should be 46100.`").as_deref(),
            Some("Your total is ; it should be 46100.")
        );
    }
}
