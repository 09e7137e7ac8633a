//! The table of beginners' mistakes (tests/mistakes/mistakes.toml): each must get its
//! message, at its line, when run and (for mistakes found before running) as the learner
//! types; and no main sentence may use Rhai's type names, which a beginner cannot act on.

mod common;

use c4h_protocol::Lang;
use c4h_protocol::words::{Words, english};
use c4h_protocol::{Diagnostic, DiagnosticKind};
use c4h_sandbox::{Limits, check_syntax};
use serde::Deserialize;

const TABLE: &str = include_str!("../../../tests/mistakes/mistakes.toml");

#[derive(Deserialize)]
struct Table {
    mistake: Vec<Mistake>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mistake {
    name: String,
    group: String,
    from: String,
    kind: String,
    code: String,
    line: u32,
    column: Option<u32>,
    /// A part of the main sentence.
    message: String,
    #[serde(default)]
    browser: bool,
}

impl Mistake {
    fn kind(&self) -> DiagnosticKind {
        match self.kind.as_str() {
            "syntax" => DiagnosticKind::Syntax,
            "runtime" => DiagnosticKind::Runtime,
            "limit" => DiagnosticKind::Limit,
            other => panic!("{}: unknown kind {other}", self.name),
        }
    }
}

fn table() -> Vec<Mistake> {
    toml::from_str::<Table>(TABLE)
        .expect("tests/mistakes/mistakes.toml reads")
        .mistake
}

fn diagnostic_of(code: &str) -> Option<Diagnostic> {
    let run = common::run_with(code, &[], &Limits::default(), || 0.0);
    run.diagnostics()
        .last()
        .map(|diagnostic| (*diagnostic).clone())
}

/// Rhai's own words for types: fine in "Details", never in the sentence a learner reads.
const RHAI_TYPE_NAMES: [&str; 8] = [
    "ImmutableString",
    "&str",
    "i64",
    "f64",
    "Dynamic",
    "types::",
    "std::",
    "unit value",
];

#[test]
fn the_table_covers_every_kind_of_learner() {
    let mistakes = table();
    assert!(mistakes.len() >= 60, "{} mistakes", mistakes.len());
    let groups = [
        "syntax",
        "names",
        "types",
        "text",
        "numbers",
        "lists",
        "maps",
        "functions",
        "loops",
        "inputs",
        "health-data",
        "left-out",
    ];
    let origins = [
        "nothing",
        "python",
        "javascript",
        "spreadsheet",
        "maths",
        "phone",
    ];
    for mistake in &mistakes {
        assert!(groups.contains(&mistake.group.as_str()), "{}", mistake.name);
        assert!(origins.contains(&mistake.from.as_str()), "{}", mistake.name);
    }
    for group in groups {
        assert!(
            mistakes.iter().any(|m| m.group == group),
            "no {group} mistake"
        );
    }
    for origin in origins {
        assert!(
            mistakes.iter().any(|m| m.from == origin),
            "none from {origin}"
        );
    }
    let mut names: Vec<&str> = mistakes.iter().map(|m| m.name.as_str()).collect();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "two mistakes share a name");
    assert!(mistakes.iter().filter(|m| m.browser).count() >= 15);
}

#[test]
fn each_mistake_gets_its_message_at_its_line() {
    let mut problems = Vec::new();
    for mistake in table() {
        let Some(diagnostic) = diagnostic_of(&mistake.code) else {
            problems.push(format!("{}: no diagnostic", mistake.name));
            continue;
        };
        let place = (diagnostic.kind, diagnostic.line);
        let expected = (mistake.kind(), Some(mistake.line));
        if place != expected {
            problems.push(format!(
                "{}: at {place:?}, expected {expected:?}",
                mistake.name
            ));
        }
        if mistake.column.is_some() && diagnostic.column != mistake.column {
            problems.push(format!(
                "{}: column {:?}, expected {:?}",
                mistake.name, diagnostic.column, mistake.column
            ));
        }
        if !english(&diagnostic.message).contains(&mistake.message) {
            problems.push(format!(
                "{}: {:?} lacks {:?}",
                mistake.name,
                english(&diagnostic.message),
                mistake.message
            ));
        }
        for word in RHAI_TYPE_NAMES {
            if english(&diagnostic.message).contains(word) {
                problems.push(format!(
                    "{}: {word:?} in {:?}",
                    mistake.name,
                    english(&diagnostic.message)
                ));
            }
        }
        // The code itself is shown, from the line the learner is sent to.
        let code_line = mistake.code.lines().nth(mistake.line as usize - 1);
        if diagnostic.code.as_deref() != code_line {
            problems.push(format!(
                "{}: shows {:?}, not line {}",
                mistake.name, diagnostic.code, mistake.line
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn mistakes_found_before_running_are_found_as_the_learner_types() {
    // The same message and place, without running anything; a mistake found only by running
    // gives nothing to the syntax check.
    let mut problems = Vec::new();
    for mistake in table() {
        let found = check_syntax(&mistake.code, &Limits::default());
        if mistake.kind() != DiagnosticKind::Syntax {
            if !found.is_empty() {
                problems.push(format!(
                    "{}: the syntax check found {found:?}",
                    mistake.name
                ));
            }
            continue;
        }
        match found.as_slice() {
            [diagnostic]
                if diagnostic.line == Some(mistake.line)
                    && english(&diagnostic.message).contains(&mistake.message) => {}
            other => problems.push(format!("{}: as typed, {other:?}", mistake.name)),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rhai_s_own_words_stay_in_the_details() {
    // Where Rhai had its own message, it is kept for the curious, out of the main sentence.
    let diagnostic = diagnostic_of("Print(\"hello\");").expect("a diagnostic");
    assert!(
        diagnostic.detail.contains("Function not found: Print"),
        "{}",
        diagnostic.detail
    );
    let details = diagnostic.details(&english).expect("details");
    assert!(
        details.starts_with("column 1; Rhai's message: "),
        "{details}"
    );
    assert!(!diagnostic.summary(&english).contains("Rhai's message"));
}

/// Every message a mistake gets, in both languages: each id (and every phrase nested in it)
/// is in the catalogue, and every value is filled in.
#[test]
fn every_mistake_reads_in_english_and_welsh() {
    let mut problems = Vec::new();
    for mistake in table() {
        let mut diagnostics: Vec<Diagnostic> = diagnostic_of(&mistake.code).into_iter().collect();
        diagnostics.extend(check_syntax(&mistake.code, &Limits::default()));
        for diagnostic in &diagnostics {
            let messages = [
                Some(diagnostic.message.clone()),
                Some(diagnostic.heading_message()),
                diagnostic.details_message(),
            ];
            for lang in Lang::ALL {
                let words = Words::of(lang);
                for message in messages.iter().flatten() {
                    match words.try_render(message) {
                        None => problems.push(format!(
                            "{} ({}): an id of {message:?} is missing",
                            mistake.name,
                            lang.code()
                        )),
                        Some(text) if text.contains("{$") => problems.push(format!(
                            "{} ({}): a value is missing in {text:?}",
                            mistake.name,
                            lang.code()
                        )),
                        Some(_) => {}
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
