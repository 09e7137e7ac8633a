//! The messages between the page and the worker, and the events of a run.
//!
//! Both sides use these serde types, so the page and the worker cannot disagree about a
//! message's shape. On the wire each message is one JSON string. The CLI's `--json` mode
//! prints the same [`Event`]s, one per line.
//!
//! Enums are externally tagged (`{"output":{"stream":"print","text":"hi\n"}}`): serde reads
//! that form without buffering each message first, which keeps the page's download about
//! 12 KB gzip smaller than the internally tagged form (`{"type":"output",…}`) did.

use std::collections::BTreeMap;

use c4h_charts::{Chart, Table, count_text};
use serde::{Deserialize, Serialize};

use c4h_messages::Message;

use crate::diagnostic::{Diagnostic, Render};
use crate::inputs::{InputControl, InputValues};
use crate::trace::TraceJson;

/// A request from the page to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Run a script. `run` is chosen by the page and echoed in every event of the run.
    /// `inputs` are the values the learner set in the app's form, by label; an input not
    /// listed (or whose value does not fit it) takes the default the script gave.
    Run {
        run: u32,
        code: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        inputs: InputValues,
    },
    /// Parse a script without running it, to mark syntax errors as the learner types.
    CheckSyntax { request: u32, code: String },
    /// Run a script and then a lesson's checks (Rhai code each) after it: "Check my code".
    /// Events as for `Run`, plus one `Event::Check` per check before `Finished`.
    Check {
        run: u32,
        code: String,
        checks: Vec<String>,
    },
    /// "Watch it run": run a script as `Run` does, recording each step. Events as for
    /// `Run`, plus one `Event::Trace` before `Finished`.
    Watch {
        run: u32,
        code: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        inputs: InputValues,
    },
}

/// A message from the worker to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerMessage {
    /// The worker has loaded and can take requests. Requests sent before this are lost.
    Ready,
    /// Something happened in a run.
    Event { run: u32, event: Event },
    /// The answer to [`Request::CheckSyntax`].
    Syntax {
        request: u32,
        diagnostics: Vec<Diagnostic>,
    },
    /// The synthetic data set is made (just after `Ready`; a run sent before it waits for
    /// it). For `make bench`: how long making it took in this browser.
    DataReady { patients: u32, milliseconds: f64 },
    /// The page sent something the worker could not read (a bug, never a learner's fault).
    BadRequest { message: String },
    /// The worker's wasm could not load (sent by www/worker.js, not by Rust).
    LoadFailed { message: String },
}

/// What the learner is told when a run printed more than `max_output_bytes`.
pub fn truncation_notice(max_output_bytes: usize) -> Message {
    Message::new("run-output-truncated").with("characters", count_text(max_output_bytes as u64))
}

/// Which kind of output a piece of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    /// From `print`.
    Print,
    /// From `debug`.
    Debug,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The script ran to its end.
    Completed,
    /// The script stopped with an error (reported as a [`Event::Diagnostic`] just before).
    Failed,
}

/// One thing that happened while a script ran, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// Text the script printed: one or more whole lines, each ending in a newline.
    Output { stream: Stream, text: String },
    /// A table the script showed with `table(...)`.
    Table { table: Table },
    /// A chart the script drew with `line_chart(...)`, `bar_chart(...)` and the like.
    Chart { chart: Chart },
    /// A labelled result the script showed with `show(label, value)`.
    Show { label: String, value: String },
    /// An input the script asked for; the page adds it to the app's form.
    Input { input: InputControl },
    /// The result of one of a lesson's checks (`Request::Check`). `message` is what the
    /// check said, when it said something (as data: a near miss, "not checked", or the
    /// check's own words); otherwise the lesson's message for that check applies.
    Check {
        index: u32,
        passed: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<Message>,
    },
    /// The script printed more than the limit; later output is dropped.
    OutputTruncated { max_output_bytes: usize },
    /// The run's steps, for "Watch it run" (`Request::Watch`), just before `Finished` (after
    /// the `Diagnostic`, if the run failed).
    Trace { trace: TraceJson },
    /// An error: a syntax error found before the run, or a runtime error that ended it.
    Diagnostic { diagnostic: Diagnostic },
    /// The run is over. Always the last event of a run.
    Finished {
        outcome: Outcome,
        operations: u64,
        elapsed_millis: f64,
    },
}

impl Event {
    /// The event as plain text, exactly as the output panel and the CLI show it, its
    /// messages rendered with `render` (in the reader's language). `Finished` has no text
    /// of its own.
    pub fn to_text(&self, render: Render) -> Option<String> {
        match self {
            Event::Output { text, .. } => Some(text.clone()),
            Event::OutputTruncated { max_output_bytes } => Some(format!(
                "{}\n",
                render(&truncation_notice(*max_output_bytes))
            )),
            Event::Diagnostic { diagnostic } => Some(format!("{}\n", diagnostic.to_text(render))),
            Event::Table { table } => Some(table.to_text(render)),
            Event::Chart { chart } => {
                let line = Message::new("charts-text-chart")
                    .with("title", chart.title.trim_end_matches('.'))
                    .with("description", chart.describe(render));
                Some(format!("{}\n", render(&line)))
            }
            Event::Show { label, value } => Some(format!("{label}: {value}\n")),
            Event::Input { input } => {
                let line = Message::new("errors-text-input")
                    .with("label", input.label.as_str())
                    .with("value", input.value.to_text());
                Some(format!("{}\n", render(&line)))
            }
            // Checks are shown as a checklist, a trace by "Watch it run".
            Event::Check { .. } | Event::Trace { .. } | Event::Finished { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_and_its_values_read_as_written() {
        let message = Message::new("errors-no-item")
            .with("index", 7)
            .with("name", "readings")
            .with("half", 0.5)
            .with("given", Message::new("errors-type-text").with("count", 2));
        let json = serde_json::to_string(&message).unwrap();
        assert!(
            json.contains(r#"["index",7.0]"#) && json.contains(r#"["name","readings"]"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), message);
        // Whole numbers as another writer would write them.
        let read: Message =
            serde_json::from_str(r#"{"id":"x","args":[["n",3],["m",-1]]}"#).unwrap();
        assert_eq!(read, Message::new("x").with("n", 3).with("m", -1));
        assert!(serde_json::from_str::<Message>(r#"{"id":"x","args":[["n",null]]}"#).is_err());
    }
    use crate::inputs::InputValue;

    #[test]
    fn messages_round_trip_as_tagged_json() {
        let message = WorkerMessage::Event {
            run: 7,
            event: Event::Output {
                stream: Stream::Print,
                text: "hello\n".into(),
            },
        };
        let json = serde_json::to_string(&message).unwrap();
        assert_eq!(
            json,
            r#"{"event":{"run":7,"event":{"output":{"stream":"print","text":"hello\n"}}}}"#
        );
        assert_eq!(
            serde_json::from_str::<WorkerMessage>(&json).unwrap(),
            message
        );
        assert_eq!(
            serde_json::to_string(&WorkerMessage::Ready).unwrap(),
            r#""ready""#
        );
        let request: Request =
            serde_json::from_str(r#"{"run":{"run":1,"code":"print(1)"}}"#).unwrap();
        assert_eq!(
            request,
            Request::Run {
                run: 1,
                code: "print(1)".into(),
                inputs: InputValues::new(),
            }
        );
        let request: Request = serde_json::from_str(
            r#"{"run":{"run":2,"code":"","inputs":{"Weight":70.5,"Name":"Ann","Smoker":true}}}"#,
        )
        .unwrap();
        let Request::Run { inputs, .. } = request else {
            panic!("not a run")
        };
        assert_eq!(inputs["Weight"], InputValue::Number(70.5));
        assert_eq!(inputs["Name"], InputValue::Text("Ann".into()));
        assert_eq!(inputs["Smoker"], InputValue::Flag(true));
    }
}
