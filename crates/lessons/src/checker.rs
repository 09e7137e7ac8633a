//! Proving a lesson works: its model solution passes every check, and its starter fails at
//! least one (or the task would be done before the learner starts). Both run in the real
//! sandbox, exactly as "Check my code" runs them in the browser.

use std::cell::RefCell;
use std::rc::Rc;

use c4h_sandbox::{Event, Limits, Outcome, run_checks, system_clock};

use crate::model::Lesson;

/// What checking one lesson found. Empty `problems` means it works.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonReport {
    pub id: String,
    pub source: String,
    pub problems: Vec<String>,
}

/// The outcome, each check's (passed, message) and the text the learner would see.
fn run(code: &str, lesson: &Lesson) -> (Outcome, Vec<(bool, Option<String>)>, String) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let checks: Vec<String> = lesson.checks.iter().map(|c| c.code.clone()).collect();
    let outcome = run_checks(
        code,
        &checks,
        &Limits::default(),
        system_clock,
        move |event| sink.borrow_mut().push(event),
    );
    let events = events.borrow();
    let results = events
        .iter()
        .filter_map(|event| match event {
            Event::Check {
                passed, message, ..
            } => Some((*passed, message.clone())),
            _ => None,
        })
        .collect();
    let text = events.iter().filter_map(Event::to_text).collect();
    (outcome, results, text)
}

/// Runs the lesson's solution and starter against its checks.
pub fn check_lesson(lesson: &Lesson) -> LessonReport {
    let mut problems = Vec::new();
    let (outcome, results, text) = run(&lesson.solution, lesson);
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
    let (_, results, _) = run(&lesson.starter, lesson);
    if results.iter().all(|(passed, _)| *passed) {
        problems.push("the starter already passes every check: the task would be done before the learner starts".into());
    }
    LessonReport {
        id: lesson.id.clone(),
        source: lesson.source.clone(),
        problems,
    }
}
