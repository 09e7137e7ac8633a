//! "Watch it run": a run recorded one step at a time, so a learner can go through it
//! forwards and backwards and see what each line did.
//!
//! A step is a statement a beginner would recognise having run (a loop's body once per
//! time round, never each part of an expression), with the variables it can see after it
//! ran. The worker records a [`Trace`] (c4h-sandbox's `watch`) and sends it as JSON in
//! [`TraceJson`]; the page reads it only in the part that shows it, and `c4h watch` prints
//! it. What changed at a step and the plain sentence a screen reader announces are made
//! here, once, for both.

use serde::{Deserialize, Serialize};

use c4h_messages::Message;

use crate::diagnostic::Render;

/// The most steps a trace keeps. A run that takes more carries on to its end (its output
/// complete); the trace says it shows only the first ones.
pub const MAX_STEPS: usize = 5_000;

/// About the most bytes of JSON a trace may grow to (many variables, each changing at
/// every step); past it the trace ends as past [`MAX_STEPS`].
pub const MAX_TRACE_BYTES: usize = 3 * 1024 * 1024;

/// The longest value a step shows, in characters; a longer one is cut short with "…".
pub const MAX_VALUE_CHARS: usize = 60;

/// A run, step by step. Texts (names, values, calls) are kept once in `texts` and named by
/// their index, since most steps repeat most of the step before.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub texts: Vec<String>,
    pub steps: Vec<Step>,
    /// What the run printed or showed, each with the step it belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output: Vec<TraceOutput>,
    pub end: TraceEnd,
}

/// One step: the statement that ran and what could be seen after it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Where the statement starts, counting from 1.
    pub line: u32,
    pub column: u32,
    #[serde(default, skip_serializing_if = "StepKind::is_ran")]
    pub kind: StepKind,
    /// Which call of which function the step is in (0: the script itself). Changes are
    /// found against the last step of the same call.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub frame: u32,
    /// The variables in sight, as (name, value) indices into `texts`, oldest first.
    pub vars: Vec<[u32; 2]>,
    /// The functions the step is inside, outermost first, as calls ("bmi(70, 1.75)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<u32>,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// What kind of step it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A statement ran.
    #[default]
    Ran,
    /// An `if` or a `while` checked its condition: `holds` when it was true.
    Condition { holds: bool },
    /// A loop goes round again (its line): a `for` loop's variable takes its next value.
    Round,
    /// A function was called (the line of the call); `call` is the call as text.
    Call { call: u32 },
    /// A function gave back `value` (at the statement that gave it), or nothing.
    Return {
        call: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<u32>,
    },
    /// The run stopped with a problem in this statement.
    Stopped,
}

impl StepKind {
    fn is_ran(&self) -> bool {
        *self == StepKind::Ran
    }
}

/// Something the run printed or showed, and the step it belongs to (it is in "Output so
/// far" from that step on).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraceOutput {
    pub step: u32,
    pub item: OutputItem,
}

/// Printed text, or a note of what was shown (a table, a chart, an input), in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutputItem {
    Text(String),
    Said(Message),
}

/// How the trace ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TraceEnd {
    /// The run went to its end.
    #[default]
    Finished,
    /// The run stopped with a problem (its diagnostic comes with the run's events).
    Failed,
    /// The run took more than [`MAX_STEPS`] steps: the trace has the first ones.
    TooManySteps,
    /// The steps grew past [`MAX_TRACE_BYTES`]: the trace has those before.
    TooBig,
}

/// A variable at a step, and how it differs from the step before in the same call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variable<'t> {
    pub name: &'t str,
    pub value: &'t str,
    pub change: Change<'t>,
}

/// How a variable changed at a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change<'t> {
    Same,
    /// It was not there at the step before.
    New,
    /// It held this value at the step before.
    From(&'t str),
}

impl Trace {
    /// The text at `index` (an empty text for an index that is not there).
    pub fn text(&self, index: u32) -> &str {
        self.texts.get(index as usize).map_or("", String::as_str)
    }

    /// The step before `index` in the same call of the same function, if there is one.
    pub fn previous_in_frame(&self, index: usize) -> Option<usize> {
        let frame = self.steps.get(index)?.frame;
        (0..index)
            .rev()
            .find(|&before| self.steps[before].frame == frame)
    }

    /// The variables at step `index`, each with how it changed.
    pub fn variables(&self, index: usize) -> Vec<Variable<'_>> {
        let Some(step) = self.steps.get(index) else {
            return Vec::new();
        };
        let before = self
            .previous_in_frame(index)
            .map(|before| self.steps[before].vars.as_slice());
        step.vars
            .iter()
            .map(|&[name, value]| {
                let change = match before {
                    // A call's first step: its values are the function's parameters.
                    None => Change::New,
                    Some(before) => match before.iter().find(|[old, _]| *old == name) {
                        None => Change::New,
                        Some([_, old]) if *old == value => Change::Same,
                        Some([_, old]) => Change::From(self.text(*old)),
                    },
                };
                Variable {
                    name: self.text(name),
                    value: self.text(value),
                    change,
                }
            })
            .collect()
    }

    /// What was printed or shown up to and including step `index`.
    pub fn output_until(&self, index: usize) -> impl Iterator<Item = &OutputItem> {
        self.output
            .iter()
            .take_while(move |output| output.step as usize <= index)
            .map(|output| &output.item)
    }

    /// What was printed or shown at step `index` alone.
    pub fn output_at(&self, index: usize) -> impl Iterator<Item = &OutputItem> {
        self.output
            .iter()
            .filter(move |output| output.step as usize == index)
            .map(|output| &output.item)
    }

    /// The calls step `index` is inside, outermost first ("bmi(70, 1.75)").
    pub fn calls(&self, index: usize) -> Vec<&str> {
        self.steps.get(index).map_or_else(Vec::new, |step| {
            step.calls.iter().map(|&call| self.text(call)).collect()
        })
    }

    /// Step `index` in one plain sentence, as a screen reader announces it and the CLI
    /// prints it: "Line 6: bmi changed from 24.2 to 31.0."
    pub fn sentence(&self, index: usize, render: Render) -> String {
        let Some(step) = self.steps.get(index) else {
            return String::new();
        };
        let changes: Vec<String> = self
            .variables(index)
            .iter()
            .filter_map(|variable| {
                let message = match variable.change {
                    Change::Same => return None,
                    Change::New => Message::new("watch-change-new")
                        .with("name", variable.name)
                        .with("value", variable.value),
                    Change::From(from) => Message::new("watch-change")
                        .with("name", variable.name)
                        .with("from", from)
                        .with("to", variable.value),
                };
                Some(render(&message))
            })
            .collect();
        let changes = changes.join("; ");
        let line = step.line;
        let message = match step.kind {
            StepKind::Call { call } => Message::new("watch-step-call")
                .with("line", line)
                .with("call", self.text(call)),
            StepKind::Return {
                call,
                value: Some(value),
            } => Message::new("watch-step-return")
                .with("line", line)
                .with("call", self.text(call))
                .with("value", self.text(value)),
            StepKind::Return { call, value: None } => Message::new("watch-step-return-nothing")
                .with("line", line)
                .with("call", self.text(call)),
            StepKind::Stopped => Message::new("watch-step-stopped").with("line", line),
            StepKind::Condition { holds: true } => {
                Message::new("watch-step-true").with("line", line)
            }
            StepKind::Condition { holds: false } => {
                Message::new("watch-step-false").with("line", line)
            }
            StepKind::Round if changes.is_empty() => {
                Message::new("watch-step-round").with("line", line)
            }
            StepKind::Round => Message::new("watch-step-round-changes")
                .with("line", line)
                .with("changes", changes),
            StepKind::Ran if changes.is_empty() => {
                Message::new("watch-step-same").with("line", line)
            }
            StepKind::Ran => Message::new("watch-step-changes")
                .with("line", line)
                .with("changes", changes),
        };
        let mut sentence = render(&message);
        let printed: Vec<String> = self
            .output_at(index)
            .map(|item| match item {
                OutputItem::Text(text) => text.trim_end().to_owned(),
                OutputItem::Said(message) => render(message),
            })
            .collect();
        if !printed.is_empty() {
            let printed =
                Message::new("watch-step-printed").with("output", printed.join(" / ").as_str());
            sentence.push(' ');
            sentence.push_str(&render(&printed));
        }
        sentence
    }

    /// What the learner is told about the end of the trace, if it needs saying: a trace cut
    /// short. (A run's problem is shown from its diagnostic.)
    pub fn end_message(&self) -> Option<Message> {
        let steps = self.steps.len() as u64;
        match self.end {
            TraceEnd::Finished | TraceEnd::Failed => None,
            TraceEnd::TooManySteps => Some(
                Message::new("watch-too-many-steps")
                    .with("limit", c4h_charts::count_text(MAX_STEPS as u64)),
            ),
            TraceEnd::TooBig => {
                Some(Message::new("watch-too-big").with("steps", c4h_charts::count_text(steps)))
            }
        }
    }
}

/// A trace as it crosses from the worker to the page: its JSON, as a string, so the page's
/// first download does not carry the code that reads a trace (the "Watch it run" part
/// reads it with [`TraceJson::read`]). A string rather than serde_json's `RawValue`: its
/// feature adds to every JSON reader (measured: 1.2 KB gzip more on the first visit,
/// nearly all in the worker).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TraceJson(String);

impl TraceJson {
    /// The trace as JSON.
    pub fn new(trace: &Trace) -> TraceJson {
        // A trace is strings and numbers: writing it cannot fail.
        TraceJson(serde_json::to_string(trace).unwrap_or_default())
    }

    /// Its JSON text.
    pub fn text(&self) -> &str {
        &self.0
    }

    /// The trace itself.
    pub fn read(&self) -> Result<Trace, String> {
        read_trace(self.text())
    }
}

/// Reads a trace from its JSON.
pub fn read_trace(json: &str) -> Result<Trace, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Step texts in English, from the built-in catalogues.
    fn english(message: &Message) -> String {
        c4h_messages::say(c4h_messages::Lang::En, message)
    }

    fn trace() -> Trace {
        // let total = 0; for d in [3, 4] { total += d; } print(total);
        let texts = ["total", "0", "d", "3", "4", "7"]
            .map(String::from)
            .to_vec();
        let step = |line, kind, vars: &[[u32; 2]]| Step {
            line,
            column: 1,
            kind,
            frame: 0,
            vars: vars.to_vec(),
            calls: Vec::new(),
        };
        Trace {
            texts,
            steps: vec![
                step(1, StepKind::Ran, &[[0, 1]]),
                step(2, StepKind::Ran, &[[0, 1], [2, 3]]),
                step(3, StepKind::Ran, &[[0, 3], [2, 3]]),
                step(2, StepKind::Round, &[[0, 3], [2, 4]]),
                step(3, StepKind::Ran, &[[0, 5], [2, 4]]),
                step(5, StepKind::Ran, &[[0, 5]]),
            ],
            output: vec![TraceOutput {
                step: 5,
                item: OutputItem::Text("7\n".into()),
            }],
            end: TraceEnd::Finished,
        }
    }

    #[test]
    fn a_step_says_what_changed_since_the_step_before() {
        let trace = trace();
        assert_eq!(trace.sentence(0, &english), "Line 1: total is 0.");
        assert_eq!(
            trace.sentence(2, &english),
            "Line 3: total changed from 0 to 3."
        );
        assert_eq!(
            trace.sentence(3, &english),
            "Line 2, round the loop again: d changed from 3 to 4."
        );
        assert_eq!(
            trace.sentence(5, &english),
            "Line 5 ran. No variable changed. It printed: 7"
        );
        let variables = trace.variables(4);
        assert_eq!(variables[0].change, Change::From("3"));
        assert_eq!(variables[1].change, Change::Same);
        assert_eq!(trace.output_until(4).count(), 0);
        assert_eq!(trace.output_until(5).count(), 1);
    }

    #[test]
    fn a_call_starts_its_own_variables() {
        let mut trace = trace();
        trace
            .texts
            .extend(["double(7)", "n", "14"].map(String::from));
        trace.steps.push(Step {
            line: 6,
            column: 1,
            kind: StepKind::Call { call: 6 },
            frame: 1,
            vars: vec![[7, 5]],
            calls: vec![6],
        });
        trace.steps.push(Step {
            line: 7,
            column: 1,
            kind: StepKind::Return {
                call: 6,
                value: Some(8),
            },
            frame: 1,
            vars: vec![[7, 5]],
            calls: vec![6],
        });
        assert_eq!(trace.previous_in_frame(6), None);
        assert_eq!(trace.previous_in_frame(7), Some(6));
        assert_eq!(trace.sentence(6, &english), "Line 6: calling double(7).");
        assert_eq!(
            trace.sentence(7, &english),
            "Line 7: double(7) gives back 14."
        );
        assert_eq!(trace.calls(7), vec!["double(7)"]);
    }

    #[test]
    fn a_trace_crosses_as_json_and_reads_back() {
        let trace = trace();
        let json = TraceJson::new(&trace);
        assert_eq!(json.read().unwrap(), trace);
        let event = serde_json::to_string(&json).unwrap();
        assert_eq!(serde_json::from_str::<TraceJson>(&event).unwrap(), json);
        assert!(read_trace("{\"steps\":").is_err());
    }
}
