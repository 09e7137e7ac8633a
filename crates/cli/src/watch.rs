//! `c4h watch FILE`: "Watch it run" on the command line. The script runs once in the
//! sandbox, recorded step by step (c4h-sandbox's `start_watch`), and each step is printed
//! as the page shows and announces it: the sentence a screen reader hears, then the
//! variables and what changed. `--json` prints one JSON object per step, so the trace is
//! tested natively and can be compared with the browser's.

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use c4h_protocol::charts::count_text;
use c4h_protocol::words::Words;
use c4h_protocol::{Change, Event, InputValues, Lang, Message, Outcome, Trace};
use c4h_sandbox::{Limits, start_watch, system_clock};
use serde_json::json;

/// Runs `code` recorded and prints its steps, in `lang`; gives the run's outcome.
pub fn watch(code: &str, inputs: InputValues, lang: Lang, json: bool) -> Outcome {
    let words = Words::of(lang);
    let render = move |message: &Message| words.render(message);
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let outcome = start_watch(
        code,
        inputs,
        &Limits::default(),
        system_clock,
        move |event| sink.borrow_mut().push(event),
    )
    .finish();
    let events = events.take();
    let trace = events
        .iter()
        .find_map(|event| match event {
            Event::Trace { trace } => trace.read().ok(),
            _ => None,
        })
        .unwrap_or_default();
    let problem = events.iter().find_map(|event| match event {
        Event::Diagnostic { diagnostic } => Some(diagnostic.to_text(&render)),
        _ => None,
    });
    let lines = if json {
        json_lines(&trace, problem.as_deref(), &render)
    } else {
        text_lines(&trace, problem.as_deref(), &render)
    };
    let mut stdout = io::stdout().lock();
    // A closed pipe (`c4h watch x | head`) is not the script's fault.
    let _ = stdout
        .write_all(lines.join("\n").as_bytes())
        .and_then(|()| stdout.write_all(b"\n"));
    outcome
}

/// The steps as text: "Step 3 of 12: Line 2: total changed from 0 to 3." and the
/// variables under it.
fn text_lines(
    trace: &Trace,
    problem: Option<&str>,
    render: &dyn Fn(&Message) -> String,
) -> Vec<String> {
    let steps = trace.steps.len();
    let mut lines = Vec::new();
    for index in 0..steps {
        let step_of = render(
            &Message::new("watch-step-of")
                .with("step", count_text(index as u64 + 1))
                .with("steps", count_text(steps as u64)),
        );
        lines.push(format!("{step_of}: {}", trace.sentence(index, render)));
        let calls = trace.calls(index);
        if !calls.is_empty() {
            lines.push(format!("    {}", calls.join(" → ")));
        }
        for variable in trace.variables(index) {
            let change = match variable.change {
                Change::Same => String::new(),
                Change::New => format!("  ({})", render(&Message::new("watch-new"))),
                Change::From(from) => format!(
                    "  ({})",
                    render(&Message::new("watch-changed-from").with("from", from))
                ),
            };
            lines.push(format!(
                "    {} = {}{change}",
                variable.name, variable.value
            ));
        }
    }
    if steps == 0 {
        lines.push(render(&Message::new("watch-no-steps")));
    }
    if let Some(problem) = problem {
        lines.push(problem.trim_end().to_owned());
    }
    if let Some(end) = trace.end_message() {
        lines.push(render(&end));
    }
    lines
}

/// The steps as JSON, one object per line, then one for the end.
fn json_lines(
    trace: &Trace,
    problem: Option<&str>,
    render: &dyn Fn(&Message) -> String,
) -> Vec<String> {
    let mut lines: Vec<String> = (0..trace.steps.len())
        .map(|index| {
            let step = &trace.steps[index];
            let variables: Vec<_> = trace
                .variables(index)
                .iter()
                .map(|variable| {
                    let mut entry = json!({"name": variable.name, "value": variable.value});
                    match variable.change {
                        Change::Same => {}
                        Change::New => entry["new"] = json!(true),
                        Change::From(from) => entry["from"] = json!(from),
                    }
                    entry
                })
                .collect();
            json!({
                "step": index + 1,
                "line": step.line,
                "column": step.column,
                "kind": step.kind,
                "sentence": trace.sentence(index, render),
                "variables": variables,
                "calls": trace.calls(index),
            })
            .to_string()
        })
        .collect();
    lines.push(
        json!({
            "end": trace.end,
            "steps": trace.steps.len(),
            "problem": problem.map(str::trim_end),
            "message": trace.end_message().map(|message| render(&message)),
        })
        .to_string(),
    );
    lines
}
