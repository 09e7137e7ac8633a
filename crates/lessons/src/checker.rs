//! Proving a lesson works: its model solution and every other correct answer it lists pass
//! every check, and its starter fails at least one (or the task would be done before the
//! learner starts). All run in the real sandbox, exactly as "Check my code" runs them in
//! the browser. It also refuses what can be caught mechanically of checks that would fail a
//! correct answer: exact text comparisons of shown values without a stated reason.

use c4h_protocol::Outcome;
use c4h_sandbox::{CheckRun, Limits, collect_checks, system_clock};

use crate::model::{Check, Lesson};

/// Every lesson lists at least this many other correct answers (`## Also correct`).
pub const MIN_ALTERNATIVES: usize = 2;

/// A check that compares shown values as exact text says why on a line of its own
/// starting with this (`// exact: the task asks for these words`).
pub const EXACT_REASON: &str = "// exact:";

/// What checking one lesson found. Empty `problems` means it works.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonReport {
    pub id: String,
    pub source: String,
    pub problems: Vec<String>,
}

/// Runs `code` with `lesson`'s checks, as "Check my code" does.
pub fn try_code(code: &str, lesson: &Lesson) -> CheckRun {
    let checks: Vec<String> = lesson.checks.iter().map(|c| c.code.clone()).collect();
    collect_checks(code, &checks, &Limits::default(), system_clock)
}

/// The problems with a correct answer (`what`: "the solution", "other correct answer 2"):
/// it must run to its end and pass every check.
fn correct_answer_problems(what: &str, code: &str, lesson: &Lesson) -> Vec<String> {
    let mut problems = Vec::new();
    let CheckRun {
        outcome,
        results,
        text,
    } = try_code(code, lesson);
    if outcome != Outcome::Completed {
        problems.push(format!("{what} stops with an error:\n{}", text.trim_end()));
    }
    for ((passed, message), check) in results.iter().zip(&lesson.checks) {
        if !passed {
            let said = message
                .clone()
                .unwrap_or_else(|| check.message_html.clone());
            problems.push(format!(
                "{what} fails the check \"{}\": {said}",
                check.title_html
            ));
        }
    }
    problems
}

/// Whether a check compares a shown value with exact text (`shown()` or `shown_text` with
/// `==` or `.contains(` against a string), or uses the exact helpers `printed_is` and
/// `text_is`, without saying why.
fn compares_shown_text_exactly(check: &Check) -> bool {
    let code = &check.code;
    let reads_shown = code.contains("shown()") || code.contains("shown_text(");
    let compares_text = code.contains("== \"") || code.contains(".contains(\"");
    let exact_helper = code.contains("printed_is(") || code.contains("text_is(");
    let has_reason = code
        .lines()
        .any(|line| line.trim_start().starts_with(EXACT_REASON));
    ((reads_shown && compares_text) || exact_helper) && !has_reason
}

/// Runs the lesson's solution, its other correct answers and its starter against its
/// checks, and looks over the checks.
pub fn check_lesson(lesson: &Lesson) -> LessonReport {
    let mut problems = correct_answer_problems("the solution", &lesson.solution, lesson);
    if lesson.alternatives.len() < MIN_ALTERNATIVES {
        problems.push(format!(
            "the lesson lists {} other correct answer(s) (`## Also correct`); it needs at least \
             {MIN_ALTERNATIVES}, written differently from the model (other names, wording, order)",
            lesson.alternatives.len()
        ));
    }
    for (index, code) in lesson.alternatives.iter().enumerate() {
        let what = format!("other correct answer {}", index + 1);
        let same_as = |other: &str| normalise_code(code) == normalise_code(other);
        if same_as(&lesson.solution)
            || lesson.alternatives[..index]
                .iter()
                .any(|earlier| same_as(earlier))
        {
            problems.push(format!(
                "{what} is the same code as an answer before it: write it differently"
            ));
        }
        problems.extend(correct_answer_problems(&what, code, lesson));
    }
    for check in &lesson.checks {
        if compares_shown_text_exactly(check) {
            problems.push(format!(
                "the check \"{}\" compares a shown value with exact text, which fails a correct \
                 answer that words it differently (\"22.9 kg/m²\" for \"22.9\"): compare with \
                 shown_number, near or same_text, or say why on a line `{EXACT_REASON} …`",
                check.title_html
            ));
        }
    }
    let results = try_code(&lesson.starter, lesson).results;
    if results.iter().all(|(passed, _)| *passed) {
        problems.push("the starter already passes every check: the task would be done before the learner starts".into());
    }
    LessonReport {
        id: lesson.id.clone(),
        source: lesson.source.clone(),
        problems,
    }
}

/// Proves a lesson's Welsh twin (`welsh`, paired by the loader) as a lesson of its own:
/// its solution and every other correct answer (its own, or the English lesson's when it
/// gives none) pass all of its checks, shared or its own, and its starter fails one. Where
/// the twin shares every check with `english`, the English solution must pass them too.
pub fn check_twin(english: &Lesson, welsh: &Lesson) -> LessonReport {
    let mut report = check_lesson(welsh);
    let shares_every_check = english.checks.len() == welsh.checks.len()
        && english
            .checks
            .iter()
            .zip(&welsh.checks)
            .all(|(theirs, ours)| theirs.code == ours.code);
    if shares_every_check {
        report.problems.extend(correct_answer_problems(
            "the English solution",
            &english.solution,
            welsh,
        ));
    }
    report
}

/// Code without comments and with its spaces folded, to tell two answers apart.
fn normalise_code(code: &str) -> String {
    code.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}
