//! Helpers shared by the sandbox's integration tests: one way to run a script and collect
//! what it did. Each test file uses some of them.
#![allow(dead_code)]

use c4h_protocol::words::english;
use std::cell::RefCell;
use std::rc::Rc;

use c4h_protocol::{Diagnostic, Event, InputValue, InputValues, Outcome};
use c4h_sandbox::{Clock, Limits, run_app, system_clock};

/// Everything a run did, in order, and how it ended.
pub struct Run {
    pub outcome: Outcome,
    pub events: Vec<Event>,
}

impl Run {
    /// The text the Output panel (and the CLI) shows for the run.
    pub fn text(&self) -> String {
        self.events
            .iter()
            .filter_map(|event| event.to_text(&english))
            .collect()
    }

    /// What the script printed, without errors or other output.
    pub fn printed(&self) -> String {
        printed(&self.events)
    }

    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        diagnostics(&self.events)
    }
}

/// Runs `code` with `inputs` under `limits`, reading `clock`, and collects its events.
/// Checks the sandbox's promise that the last event is `Finished` with the run's outcome.
pub fn run_with(code: &str, inputs: &[(&str, InputValue)], limits: &Limits, clock: Clock) -> Run {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let inputs: InputValues = inputs
        .iter()
        .map(|(label, value)| (label.to_string(), value.clone()))
        .collect();
    let outcome = run_app(code, inputs, limits, clock, move |event| {
        sink.borrow_mut().push(event)
    });
    let events = events.take();
    match events.last() {
        Some(Event::Finished { outcome: last, .. }) => assert_eq!(*last, outcome),
        other => panic!("the last event must be Finished, got {other:?}"),
    }
    Run { outcome, events }
}

/// Runs `code` with the default limits and the system clock.
pub fn run_script(code: &str) -> Run {
    run_with(code, &[], &Limits::default(), system_clock)
}

/// What the events printed, joined.
pub fn printed(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Output { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The diagnostics among a run's events, in order.
pub fn diagnostics(events: &[Event]) -> Vec<&Diagnostic> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Diagnostic { diagnostic } => Some(diagnostic),
            _ => None,
        })
        .collect()
}

/// The events with what depends on the clock taken out: printed output is batched by time
/// (so the same lines may arrive in more or fewer pieces), and a run's elapsed time varies.
/// Adjacent pieces of one stream are joined and the elapsed time is zeroed.
pub fn without_timing(events: &[Event]) -> Vec<Event> {
    let mut timeless: Vec<Event> = Vec::new();
    for event in events {
        match (timeless.last_mut(), event) {
            (
                Some(Event::Output {
                    stream: last_stream,
                    text: last_text,
                }),
                Event::Output { stream, text },
            ) if last_stream == stream => last_text.push_str(text),
            (
                _,
                Event::Finished {
                    outcome,
                    operations,
                    ..
                },
            ) => timeless.push(Event::Finished {
                outcome: *outcome,
                operations: *operations,
                elapsed_millis: 0.0,
            }),
            (_, other) => timeless.push(other.clone()),
        }
    }
    timeless
}

/// Runs `code` as "Watch it run" does (recorded step by step) under `limits`, and gives the
/// run with its trace. Checks that the trace comes once, just before `Finished`, and reads.
pub fn watch_with(code: &str, limits: &Limits, clock: Clock) -> (Run, c4h_protocol::Trace) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let outcome = c4h_sandbox::start_watch(code, InputValues::new(), limits, clock, move |event| {
        sink.borrow_mut().push(event)
    })
    .finish();
    let events = events.take();
    let traces: Vec<_> = events
        .iter()
        .enumerate()
        .filter_map(|(index, event)| match event {
            Event::Trace { trace } => Some((index, trace)),
            _ => None,
        })
        .collect();
    assert_eq!(traces.len(), 1, "one trace per watched run");
    let (index, trace) = traces[0];
    assert_eq!(
        index + 2,
        events.len(),
        "the trace comes just before Finished"
    );
    let trace = trace.read().expect("the trace reads back");
    match events.last() {
        Some(Event::Finished { outcome: last, .. }) => assert_eq!(*last, outcome),
        other => panic!("the last event must be Finished, got {other:?}"),
    }
    (Run { outcome, events }, trace)
}

/// Runs `code` recorded, with the default limits.
pub fn watch_script(code: &str) -> (Run, c4h_protocol::Trace) {
    watch_with(code, &Limits::default(), system_clock)
}
