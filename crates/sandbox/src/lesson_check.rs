//! Checking a learner's code against a lesson's checks.
//!
//! The learner's code runs first, then each check's code, in the same script, so a check
//! can use the learner's variables and call their functions. Each check runs inside its own
//! `try`, so one failing does not stop the next, and reports through a function of ours.
//! Checks can also ask what the learner's code did: `printed()`, `shown()`, `charts()`,
//! `tables()` and `inputs()`. The results come out as [`Event::Check`]s, one per check, in
//! order, just before the run's `Finished`.

use std::cell::RefCell;
use std::rc::Rc;

use c4h_protocol::{Diagnostic, DiagnosticKind, Event, InputValues, Message, Outcome};
use rhai::{Array, Dynamic, Engine, INT, ImmutableString, Map};

use crate::clock::Clock;
use crate::engine::{RunObserver, run_observed, syntax_failure};
use crate::explainer::{Ending, Failure};
use crate::limits::Limits;
use crate::output::OutputCapture;

/// Names a learner's code may not use: the checks' own.
const RESERVED_PREFIX: &str = "__c4h";

/// What a check found, before it becomes an [`Event::Check`].
#[derive(Debug, Clone, PartialEq)]
struct CheckResult {
    passed: bool,
    message: Option<Message>,
}

/// What `printed_is` and `text_is` give for a near miss: what differs, as a message. A check
/// that gives it back fails with it.
#[derive(Debug, Clone)]
struct NearMiss(Message);

/// What the learner's code did, as the checks see it, and the checks' results.
#[derive(Default)]
struct Recorder {
    printed: String,
    printed_capped: bool,
    shown: Map,
    charts: Array,
    tables: Array,
    inputs: Array,
    results: Vec<Option<CheckResult>>,
}

/// `printed()` keeps at most this much (the output limit, as the learner saw it).
const MAX_PRINTED_BYTES: usize = 100_000;

impl Recorder {
    fn new(checks: usize) -> Recorder {
        Recorder {
            results: vec![None; checks],
            ..Recorder::default()
        }
    }

    fn record_print(&mut self, text: &str) {
        if self.printed_capped || self.printed.len() + text.len() + 1 > MAX_PRINTED_BYTES {
            self.printed_capped = true;
            return;
        }
        self.printed.push_str(text);
        self.printed.push('\n');
    }

    fn observe(&mut self, event: &Event) {
        let text = |value: &str| Dynamic::from(ImmutableString::from(value));
        let map = |fields: Vec<(&str, Dynamic)>| {
            Dynamic::from_map(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
        };
        match event {
            Event::Show { label, value } => {
                self.shown.insert(label.as_str().into(), text(value));
            }
            Event::Chart { chart } => {
                let kind = match chart.kind {
                    c4h_charts::ChartKind::Line => "line",
                    c4h_charts::ChartKind::Bar => "bar",
                    c4h_charts::ChartKind::Scatter => "scatter",
                    c4h_charts::ChartKind::Histogram => "histogram",
                };
                let points: usize =
                    chart.series.iter().map(|s| s.points.len()).sum::<usize>() + chart.bins.len();
                self.charts.push(map(vec![
                    ("kind", text(kind)),
                    ("title", text(&chart.title)),
                    ("x_label", text(&chart.x_label)),
                    ("y_label", text(&chart.y_label)),
                    ("series", Dynamic::from(chart.series.len() as INT)),
                    ("points", Dynamic::from(points as INT)),
                ]));
            }
            Event::Table { table } => {
                let columns: Array = table.columns.iter().map(|c| text(c)).collect();
                let rows = table.rows_given.unwrap_or(table.rows.len());
                self.tables.push(map(vec![
                    ("caption", text(&table.caption)),
                    ("columns", Dynamic::from_array(columns)),
                    ("rows", Dynamic::from(rows as INT)),
                ]));
            }
            Event::Input { input } => self.inputs.push(text(&input.label)),
            _ => {}
        }
    }

    /// The results as events, in order; a check that never reported did not run.
    fn into_events(self) -> Vec<Event> {
        self.results
            .into_iter()
            .enumerate()
            .map(|(index, result)| {
                let result = result.unwrap_or(CheckResult {
                    passed: false,
                    message: Some(Message::new("errors-check-not-run")),
                });
                Event::Check {
                    index: index as u32,
                    passed: result.passed,
                    message: result.message,
                }
            })
            .collect()
    }
}

/// `true` when `text` is `expected` (a last line break aside), else what differs when it
/// is only spaces, capitals or punctuation, else `false` (the check's own message).
fn exact_or_near_miss(text: &str, expected: &str) -> Dynamic {
    if text.trim_end_matches('\n') == expected.trim_end_matches('\n') {
        return Dynamic::TRUE;
    }
    crate::check_helpers::near_miss(text, expected)
        .map_or(Dynamic::FALSE, |message| Dynamic::from(NearMiss(message)))
}

/// The checks' side of a run: records what the learner's code did, and what each check
/// said, for the engine's [`RunObserver`] hooks.
struct CheckObserver {
    recorder: RefCell<Recorder>,
}

impl RunObserver for CheckObserver {
    /// Adds the functions the checks call: the results' own two and the questions about
    /// what the code did.
    fn register(self: Rc<Self>, engine: &mut Engine) {
        let r = Rc::clone(&self);
        engine.register_fn("__c4h_check", move |index: INT, answer: Dynamic| {
            let result = if let Ok(passed) = answer.as_bool() {
                CheckResult {
                    passed,
                    message: None,
                }
            } else if answer.is::<NearMiss>() {
                CheckResult {
                    passed: false,
                    message: Some(answer.cast::<NearMiss>().0),
                }
            } else if answer.is_string() {
                // The check's own words, shown as they are.
                CheckResult {
                    passed: false,
                    message: Some(
                        Message::new("errors-check-own-words").with("text", answer.to_string()),
                    ),
                }
            } else {
                // A check that gives neither (an author's mistake): its Message line.
                CheckResult {
                    passed: false,
                    message: None,
                }
            };
            r.record_result(index, result);
        });
        let r = Rc::clone(&self);
        engine.register_fn("__c4h_check_error", move |index: INT| {
            r.record_result(
                index,
                CheckResult {
                    passed: false,
                    message: None,
                },
            );
        });
        let r = Rc::clone(&self);
        engine.register_fn("printed", move || -> ImmutableString {
            r.recorder.borrow().printed.as_str().into()
        });
        let r = Rc::clone(&self);
        engine.register_fn("shown", move || -> Map {
            r.recorder.borrow().shown.clone()
        });
        let r = Rc::clone(&self);
        engine.register_fn("charts", move || -> Array {
            r.recorder.borrow().charts.clone()
        });
        let r = Rc::clone(&self);
        engine.register_fn("tables", move || -> Array {
            r.recorder.borrow().tables.clone()
        });
        let r = Rc::clone(&self);
        engine.register_fn("inputs", move || -> Array {
            r.recorder.borrow().inputs.clone()
        });
        self.register_helpers(engine);
    }

    fn printed(&self, text: &str) {
        self.recorder.borrow_mut().record_print(text);
    }

    fn showed(&self, event: &Event) {
        self.recorder.borrow_mut().observe(event);
    }

    fn finish(&self, _failed: bool) -> Vec<Event> {
        std::mem::take(&mut *self.recorder.borrow_mut()).into_events()
    }
}

impl CheckObserver {
    /// What checks use to accept every correct answer (check_helpers.rs): text by its
    /// words, numbers read out of text, numbers compared with a tolerance.
    fn register_helpers(self: Rc<Self>, engine: &mut Engine) {
        use crate::check_helpers as helpers;
        // What `printed_is` and `text_is` give for a near miss, named for `type_of`.
        engine.register_type_with_name::<NearMiss>("near_miss");
        engine.register_fn("same_text", |a: ImmutableString, b: ImmutableString| {
            helpers::same_text(&a, &b)
        });
        engine.register_fn(
            "has_words",
            |text: ImmutableString, wanted: ImmutableString| helpers::has_words(&text, &wanted),
        );
        engine.register_fn("numbers_in", |text: ImmutableString| {
            helpers::number_list(&text)
        });
        engine.register_fn("near", |a: Dynamic, b: Dynamic| {
            helpers::near(&a, &b, helpers::DEFAULT_TOLERANCE)
        });
        engine.register_fn("near", |a: Dynamic, b: Dynamic, tolerance: Dynamic| {
            helpers::number_of(&tolerance).is_some_and(|t| helpers::near(&a, &b, t))
        });
        let r = Rc::clone(&self);
        engine.register_fn("printed_has", move |wanted: ImmutableString| {
            helpers::has_words(&r.recorder.borrow().printed, &wanted)
        });
        // Exact text, with a message that says how a near miss differs ("You printed two
        // spaces after `Name:`") instead of a plain "no".
        engine.register_fn(
            "text_is",
            |text: ImmutableString, expected: ImmutableString| exact_or_near_miss(&text, &expected),
        );
        let r = Rc::clone(&self);
        engine.register_fn("printed_is", move |expected: ImmutableString| {
            exact_or_near_miss(&r.recorder.borrow().printed, &expected)
        });
        let r = Rc::clone(&self);
        engine.register_fn("printed_numbers", move || {
            helpers::number_list(&r.recorder.borrow().printed)
        });
        let r = Rc::clone(&self);
        engine.register_fn(
            "shown_text",
            move |label: ImmutableString| -> ImmutableString {
                r.shown_value(&label).unwrap_or_default().into()
            },
        );
        let r = self;
        engine.register_fn("shown_number", move |label: ImmutableString| -> Dynamic {
            r.shown_value(&label)
                .and_then(|value| helpers::numbers_in(&value).first().copied())
                .map_or(Dynamic::UNIT, |number| Dynamic::from(number as rhai::FLOAT))
        });
    }

    /// The value shown with `label`: the label with the same words ("bmi:" for "BMI"), or
    /// else the first whose words include them ("Your BMI" for "BMI").
    fn shown_value(&self, label: &str) -> Option<String> {
        use crate::check_helpers::{has_words, same_text};
        let recorder = self.recorder.borrow();
        let shown = &recorder.shown;
        shown
            .iter()
            .find(|(shown, _)| same_text(shown, label))
            .or_else(|| shown.iter().find(|(shown, _)| has_words(shown, label)))
            .map(|(_, value)| value.to_string())
    }

    fn record_result(&self, index: INT, result: CheckResult) {
        let mut recorder = self.recorder.borrow_mut();
        if let Some(slot) = usize::try_from(index)
            .ok()
            .and_then(|index| recorder.results.get_mut(index))
        {
            *slot = Some(result);
        }
    }
}

/// The learner's code followed by each check in its own `try`. The learner's code comes
/// first and unchanged, so its errors keep their line numbers.
fn combined_script(code: &str, checks: &[String]) -> String {
    let mut script =
        String::with_capacity(code.len() + checks.iter().map(String::len).sum::<usize>() + 200);
    script.push_str(code);
    // A last line that is a comment, or lacks its `;`, must not swallow what follows.
    script.push_str("\n;\n");
    for (index, check) in checks.iter().enumerate() {
        script.push_str(&format!(
            "try {{ __c4h_check({index}, {{\n{check}\n}}); }} catch (__c4h_error) {{ __c4h_check_error({index}); }}\n"
        ));
    }
    script
}

/// Why the learner's code cannot be checked before it runs, if it cannot.
fn refuse(code: &str) -> Option<Diagnostic> {
    let at = code.find(RESERVED_PREFIX)?;
    let line = code[..at].lines().count().max(1) as u32;
    Some(Diagnostic {
        kind: DiagnosticKind::Syntax,
        line: Some(line),
        column: None,
        code: code.lines().nth(line as usize - 1).map(str::to_owned),
        message: c4h_protocol::Message::new("errors-reserved-prefix")
            .with("prefix", RESERVED_PREFIX),
        detail: String::new(),
    })
}

/// Runs the learner's `code` and then each of `checks` (Rhai code giving `true` to pass,
/// `false` or a message to fail), under `limits`. Events are as for [`crate::run`], plus
/// one [`Event::Check`] per check just before `Finished`. Syntax errors in the learner's
/// code are found first, with the same strict rules as a normal run.
pub fn run_checks(
    code: &str,
    checks: &[String],
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Outcome {
    start_checks(code, checks, limits, clock, emit).finish()
}

/// Like [`run_checks`], for a host that loads the explanations when first needed (see
/// [`crate::start_app`]).
pub fn start_checks(
    code: &str,
    checks: &[String],
    limits: &Limits,
    clock: Clock,
    emit: impl FnMut(Event) + 'static,
) -> Ending {
    start_checks_boxed(code, checks, limits, clock, Box::new(emit))
}

/// [`start_checks`], as a plain function a host can keep: the browser worker fetches the
/// checker as a part of its own the first time a lesson's checks run ([`checker`]).
pub type StartChecks = fn(&str, &[String], &Limits, Clock, Box<dyn FnMut(Event)>) -> Ending;

/// The checker's entry: everything only it uses (the checks' functions, the results) is
/// reached from here, so a split build keeps it out of the main module.
pub fn checker() -> StartChecks {
    start_checks_boxed
}

fn start_checks_boxed(
    code: &str,
    checks: &[String],
    limits: &Limits,
    clock: Clock,
    emit: Box<dyn FnMut(Event)>,
) -> Ending {
    let problem = refuse(code)
        .map(Failure::Found)
        .or_else(|| syntax_failure(code, limits));
    if let Some(failure) = problem {
        let count = checks.len();
        return Ending {
            output: Rc::new(RefCell::new(OutputCapture::new(
                emit,
                clock,
                0.0,
                limits.max_output_bytes,
            ))),
            failure: Some(failure),
            tail: Box::new(move |_failed| Recorder::new(count).into_events()),
            operations: 0,
            elapsed_millis: 0.0,
        };
    }
    let observer = Rc::new(CheckObserver {
        recorder: RefCell::new(Recorder::new(checks.len())),
    });
    run_observed(
        &combined_script(code, checks),
        InputValues::new(),
        limits,
        clock,
        emit,
        Some(observer),
    )
}

/// A whole check run, collected: for tools (`c4h lessons check`) and tests (natively: its
/// text is rendered in English with the built-in words).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, PartialEq)]
pub struct CheckRun {
    pub outcome: Outcome,
    /// Each check's (passed, what it said, in English), in order.
    pub results: Vec<(bool, Option<String>)>,
    /// The text the learner would see in the Output panel.
    pub text: String,
}

/// [`run_checks`], with its events collected into a [`CheckRun`].
#[cfg(not(target_arch = "wasm32"))]
pub fn collect_checks(code: &str, checks: &[String], limits: &Limits, clock: Clock) -> CheckRun {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let outcome = run_checks(code, checks, limits, clock, move |event| {
        sink.borrow_mut().push(event)
    });
    let events = events.borrow();
    CheckRun {
        outcome,
        results: events
            .iter()
            .filter_map(|event| match event {
                Event::Check {
                    passed, message, ..
                } => Some((*passed, message.as_ref().map(c4h_protocol::words::english))),
                _ => None,
            })
            .collect(),
        text: events
            .iter()
            .filter_map(|event| event.to_text(&c4h_protocol::words::english))
            .collect(),
    }
}
