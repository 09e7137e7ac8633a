//! c4h-protocol: what crosses the boundary between the page and the worker, and nothing
//! else.
//!
//! The page sends [`Request`]s; the worker answers with [`WorkerMessage`]s, whose
//! [`Event`]s are what a run did: printed lines, tables, charts, results, an app's inputs,
//! lesson check results, a [`Diagnostic`], a run's steps for "Watch it run" ([`Trace`]) and
//! the end. Both sides use these serde types, so
//! they cannot disagree about a message's shape; the CLI's `--json` prints the same events.
//! Beside the messages live the rules both sides apply to them: whether a value fits an
//! app's input ([`InputKind::accept`]), the text form of an event ([`Event::to_text`]), and
//! the reference of the functions a script can call ([`api`]), which the page shows and the
//! CLI prints.
//!
//! Invariant: it knows no engine. No Rhai, no data set, no web API: the page depends on this
//! crate (and on c4h-charts, to draw charts) and so can never run a script by mistake.

pub mod api;
mod diagnostic;
mod inputs;
mod messages;
mod trace;
#[cfg(not(target_arch = "wasm32"))]
pub mod words;

pub use diagnostic::{Diagnostic, DiagnosticKind, Render, code_spans};
// Messages as data (a diagnostic's explanation), so hosts need not name c4h-messages.
pub use c4h_messages::{Arg, Lang, Message};
pub use inputs::{InputControl, InputKind, InputValue, InputValues};
pub use messages::{Event, Outcome, Request, Stream, WorkerMessage, truncation_notice};
pub use trace::{
    Change, MAX_STEPS, MAX_TRACE_BYTES, MAX_VALUE_CHARS, OutputItem, Step, StepKind, Trace,
    TraceEnd, TraceJson, TraceOutput, Variable, read_trace,
};
// The chart and table values in events, so hosts need not name c4h-charts themselves.
pub use c4h_charts as charts;
