//! Proving a lesson works: its model solution passes every check, and its starter fails at
//! least one (or the task would be done before the learner starts). Both run in the real
//! sandbox, exactly as "Check my code" runs them in the browser.

use c4h_protocol::Outcome;
use c4h_sandbox::{CheckRun, Limits, collect_checks, system_clock};

use crate::model::Lesson;

/// What checking one lesson found. Empty `problems` means it works.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonReport {
    pub id: String,
    pub source: String,
    pub problems: Vec<String>,
}

fn run(code: &str, lesson: &Lesson) -> CheckRun {
    let checks: Vec<String> = lesson.checks.iter().map(|c| c.code.clone()).collect();
    collect_checks(code, &checks, &Limits::default(), system_clock)
}

/// Runs the lesson's solution and starter against its checks.
pub fn check_lesson(lesson: &Lesson) -> LessonReport {
    let mut problems = Vec::new();
    let CheckRun {
        outcome,
        results,
        text,
    } = run(&lesson.solution, lesson);
    if outcome != Outcome::Completed {
        problems.push(format!(
            "the solution stops with an error:\n{}",
            text.trim_end()
        ));
    }
    for ((passed, message), check) in results.iter().zip(&lesson.checks) {
        if !passed {
            let said = message
                .clone()
                .unwrap_or_else(|| check.message_html.clone());
            problems.push(format!(
                "the solution fails the check \"{}\": {said}",
                check.title_html
            ));
        }
    }
    let results = run(&lesson.starter, lesson).results;
    if results.iter().all(|(passed, _)| *passed) {
        problems.push("the starter already passes every check: the task would be done before the learner starts".into());
    }
    LessonReport {
        id: lesson.id.clone(),
        source: lesson.source.clone(),
        problems,
    }
}
