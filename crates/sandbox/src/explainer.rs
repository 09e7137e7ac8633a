//! Who turns Rhai's errors into a beginner's diagnostics (`explain`), and when.
//!
//! The explanations are the largest thing a run does not need until something goes wrong
//! (issue 16 made them about a tenth of the worker), so a host may load them when first
//! needed, as it loads the library family. Natively (the CLI, the tests) they are always
//! there. With the `lazy-explain` feature (the browser worker), a run that fails before
//! they are installed ends in two steps: the run itself, then, once the host has fetched
//! the explanations and called [`install_explainer`], [`Ending::finish`] with the
//! explained diagnostic. A host that cannot fetch them still finishes: the diagnostic then
//! has Rhai's own words and the line, which is honest if less helpful.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use c4h_protocol::{Diagnostic, DiagnosticKind, Event, Outcome};
use rhai::{EvalAltResult, ParseError};

use crate::limits::Limits;
use crate::output::OutputCapture;

/// The explanations' entry points, as plain function pointers, so that a host can fetch
/// their code separately and hand them over.
#[derive(Clone, Copy)]
pub struct Explainer {
    /// An error found before the script ran (syntax, unknown variables).
    pub parse: fn(&ParseError, &str) -> Diagnostic,
    /// An error that ended a run, including the sandbox's limits.
    pub run: fn(EvalAltResult, &Limits, &str) -> Diagnostic,
}

/// The explanations themselves. A host that loads them separately calls this only from the
/// part it fetches, so that their code goes into that part.
pub fn explainer() -> Explainer {
    Explainer {
        parse: crate::explain::explain_parse_error,
        run: crate::explain::explain_run_error,
    }
}

thread_local! {
    static INSTALLED: Cell<Option<Explainer>> = const { Cell::new(None) };
}

/// Hands the explanations to the sandbox (a host that loads them separately).
pub fn install_explainer(explainer: Explainer) {
    INSTALLED.set(Some(explainer));
}

/// Whether the explanations are there.
pub fn explainer_installed() -> bool {
    cfg!(not(feature = "lazy-explain")) || INSTALLED.get().is_some()
}

fn installed() -> Option<Explainer> {
    if cfg!(feature = "lazy-explain") {
        INSTALLED.get()
    } else {
        Some(explainer())
    }
}

/// Why a run failed, explained or still to be explained.
pub(crate) enum Failure {
    /// Already a diagnostic (found by the prescan, or the sandbox's own refusal).
    Found(Diagnostic),
    /// Rhai could not read the script.
    Parse(ParseError, String),
    /// The run ended with an error.
    Run(Box<EvalAltResult>, Limits, String),
}

impl Failure {
    fn needs_explainer(&self) -> bool {
        !matches!(self, Failure::Found(_)) && !explainer_installed()
    }

    pub(crate) fn into_diagnostic(self) -> Diagnostic {
        match (self, installed()) {
            (Failure::Found(diagnostic), _) => diagnostic,
            (Failure::Parse(error, code), Some(explainer)) => (explainer.parse)(&error, &code),
            (Failure::Run(error, limits, code), Some(explainer)) => {
                (explainer.run)(*error, &limits, &code)
            }
            (Failure::Parse(error, code), None) => unexplained(
                DiagnosticKind::Syntax,
                error.1.line(),
                error.1.position(),
                error.0.to_string(),
                &code,
            ),
            (Failure::Run(error, _, code), None) => unexplained(
                DiagnosticKind::Runtime,
                error.position().line(),
                error.position().position(),
                error.to_string(),
                &code,
            ),
        }
    }
}

/// Rhai's words and the place, for when the explanations could not be fetched.
fn unexplained(
    kind: DiagnosticKind,
    line: Option<usize>,
    column: Option<usize>,
    words: String,
    code: &str,
) -> Diagnostic {
    let line_number = line.and_then(|line| u32::try_from(line).ok());
    Diagnostic {
        kind,
        line: line_number,
        column: column.and_then(|column| u32::try_from(column).ok()),
        code: line
            .and_then(|line| code.lines().nth(line.checked_sub(1)?))
            .filter(|text| text.chars().count() <= 300)
            .map(str::to_owned),
        message: c4h_protocol::Message::new("errors-explanation-missing"),
        detail: words,
    }
}

/// The end of a run, which may wait for the explanations: what is left to send once the
/// script has stopped (the diagnostic, a lesson's check results, `Finished`).
#[must_use = "a run's ending must be finished, or the page never hears that it ended"]
pub struct Ending {
    pub(crate) output: Rc<RefCell<OutputCapture>>,
    pub(crate) failure: Option<Failure>,
    /// What comes after the diagnostic (a lesson's check results).
    pub(crate) tail: Box<dyn FnOnce(bool) -> Vec<Event>>,
    pub(crate) operations: u64,
    pub(crate) elapsed_millis: f64,
}

impl Ending {
    /// Whether finishing now would give an unexplained diagnostic: the host should fetch
    /// and install the explanations first.
    pub fn needs_explainer(&self) -> bool {
        self.failure.as_ref().is_some_and(Failure::needs_explainer)
    }

    /// Sends the rest of the run's events and gives its outcome.
    pub fn finish(self) -> Outcome {
        let mut output = self.output.borrow_mut();
        let failed = self.failure.is_some();
        let outcome = match self.failure {
            None => Outcome::Completed,
            Some(failure) => {
                output.send(Event::Diagnostic {
                    diagnostic: failure.into_diagnostic(),
                });
                Outcome::Failed
            }
        };
        for event in (self.tail)(failed) {
            output.send(event);
        }
        output.send(Event::Finished {
            outcome,
            operations: self.operations,
            elapsed_millis: self.elapsed_millis,
        });
        outcome
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use c4h_protocol::{DiagnosticKind, Event, InputValues, Outcome};

    use super::*;

    fn collect(code: &str) -> (Ending, Rc<RefCell<Vec<Event>>>) {
        let events = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&events);
        let ending = crate::start_app(
            code,
            InputValues::new(),
            &Limits::default(),
            || 0.0,
            move |event| sink.borrow_mut().push(event),
        );
        (ending, events)
    }

    #[test]
    fn a_run_sends_its_output_first_and_its_end_when_finished() {
        let (ending, events) = collect("print(\"before\");\nlet list = [1];\nprint(list[5]);");
        // The problem and Finished wait for `finish` (printed output is sent as the run
        // goes, batched by time).
        assert!(
            !events
                .borrow()
                .iter()
                .any(|event| matches!(event, Event::Diagnostic { .. } | Event::Finished { .. }))
        );
        // Natively the explanations are always there.
        assert!(!ending.needs_explainer());
        assert_eq!(ending.finish(), Outcome::Failed);
        let events = events.borrow();
        assert!(matches!(events.first(), Some(Event::Output { text, .. }) if text == "before\n"));
        let Some(Event::Diagnostic { diagnostic }) = events.get(1) else {
            panic!("{events:?}");
        };
        assert_eq!(diagnostic.line, Some(3));
        assert!(
            !c4h_protocol::words::english(&diagnostic.message).contains("could not be loaded"),
            "explained"
        );
        assert!(matches!(
            events.last(),
            Some(Event::Finished {
                outcome: Outcome::Failed,
                ..
            })
        ));
    }

    #[test]
    fn without_the_explanations_a_problem_keeps_rhais_words_and_its_place() {
        let code = "let total = 5;\nprint(totl);";
        let error = crate::engine::syntax_failure(code, &Limits::default());
        let Some(Failure::Parse(error, _)) = error else {
            panic!("a syntax failure");
        };
        let plain = unexplained(
            DiagnosticKind::Syntax,
            error.1.line(),
            error.1.position(),
            error.0.to_string(),
            code,
        );
        assert_eq!(plain.line, Some(2));
        assert_eq!(plain.code.as_deref(), Some("print(totl);"));
        assert!(
            c4h_protocol::words::english(&plain.message)
                .contains("explanation could not be loaded")
        );
        assert!(plain.detail.contains("totl"), "{}", plain.detail);
    }
}
