//! Runs real scripts through the real engine: output capture, limits and error positions.

mod common;

use c4h_protocol::words::english;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

use c4h_protocol::{Diagnostic, DiagnosticKind, Event, Outcome, Stream};
use c4h_sandbox::{Limits, check_syntax, run, system_clock};

use common::printed;

/// Runs `code` and returns every event in order.
fn run_events(code: &str, limits: &Limits) -> Vec<Event> {
    common::run_with(code, &[], limits, system_clock).events
}

fn the_diagnostic(events: &[Event]) -> &Diagnostic {
    let diagnostics = common::diagnostics(events);
    assert_eq!(
        diagnostics.len(),
        1,
        "expected one diagnostic in {events:?}"
    );
    diagnostics[0]
}

fn outcome(events: &[Event]) -> Outcome {
    match events.last() {
        Some(Event::Finished { outcome, .. }) => *outcome,
        _ => unreachable!("run_events checks the last event"),
    }
}

#[test]
fn print_and_debug_are_captured_in_order() {
    let events = run_events(
        "print(\"hello\");\nlet bp = 120;\ndebug(bp);\nprint(`BP is ${bp}`);",
        &Limits::default(),
    );
    let streams: Vec<(Stream, &str)> = events
        .iter()
        .filter_map(|event| match event {
            Event::Output { stream, text } => Some((*stream, text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        streams,
        vec![
            (Stream::Print, "hello\n"),
            (Stream::Debug, "120\n"),
            (Stream::Print, "BP is 120\n"),
        ]
    );
    assert_eq!(outcome(&events), Outcome::Completed);
}

#[test]
fn output_before_a_runtime_error_is_kept() {
    let events = run_events(
        "print(\"first\");\nlet readings = [1, 2];\nprint(readings[2]);",
        &Limits::default(),
    );
    assert_eq!(printed(&events), "first\n");
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.kind, DiagnosticKind::Runtime);
    assert_eq!((diagnostic.line, diagnostic.column), (Some(3), Some(16)));
    assert!(english(&diagnostic.message).contains("There is no item 2"));
    assert_eq!(outcome(&events), Outcome::Failed);
}

#[test]
fn syntax_errors_have_line_and_column_and_nothing_runs() {
    let events = run_events("print(\"runs?\");\nlet x = (1 + 2;\n", &Limits::default());
    assert_eq!(printed(&events), "");
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.kind, DiagnosticKind::Syntax);
    assert_eq!(diagnostic.line, Some(2));
    assert!(diagnostic.column.is_some());
    assert!(english(&diagnostic.message).contains("closing bracket `)`"));
}

#[test]
fn check_syntax_finds_errors_without_running() {
    assert!(check_syntax("print(1);", &Limits::default()).is_empty());
    let diagnostics = check_syntax("print(1);\nprint(weight);", &Limits::default());
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        (diagnostics[0].line, diagnostics[0].column),
        (Some(2), Some(7))
    );
    assert!(english(&diagnostics[0].message).contains("no variable called `weight`"));
}

#[test]
fn endless_loops_stop_at_the_operation_limit_with_a_plain_message() {
    let limits = Limits {
        max_operations: 100_000,
        ..Limits::default()
    };
    for script in [
        "loop {}",
        "while true {}",
        "let i = 0;\nwhile i >= 0 { i += 1; }",
    ] {
        let events = run_events(script, &limits);
        let diagnostic = the_diagnostic(&events);
        assert_eq!(diagnostic.kind, DiagnosticKind::Limit, "{script}");
        assert!(
            english(&diagnostic.message).contains("too many steps (more than 100,000)"),
            "{script}: {}",
            english(&diagnostic.message)
        );
        assert!(english(&diagnostic.message).contains("loop that never ends"));
        match events.last() {
            Some(Event::Finished { operations, .. }) => assert_eq!(*operations, 100_000),
            _ => unreachable!(),
        }
    }
}

#[test]
fn the_operation_limit_is_deterministic() {
    let limits = Limits {
        max_operations: 50_000,
        ..Limits::default()
    };
    let script = "let n = 0;\nloop { n += 1; if n % 1000 == 0 { print(n); } }";
    // Elapsed time, and how printed lines are batched (by time), differ between runs;
    // nothing else may: the same lines, the same stop at the same place, the same count.
    let first = common::without_timing(&run_events(script, &limits));
    let second = common::without_timing(&run_events(script, &limits));
    assert_eq!(first, second);
    // About 11 operations a turn (each operator is a call, engine.rs): 4,000 turns.
    assert_eq!(printed(&first).lines().count(), 4);
}

#[test]
fn the_wall_clock_budget_stops_a_slow_script() {
    let limits = Limits {
        max_operations: u64::MAX / 2,
        max_run_millis: 200,
        ..Limits::default()
    };
    let started = Instant::now();
    let events = run_events("loop {}", &limits);
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.kind, DiagnosticKind::Limit);
    assert!(
        english(&diagnostic.message).contains("ran for more than"),
        "{}",
        english(&diagnostic.message)
    );
    // Generous: the point is that it stops, not how fast this machine is.
    assert!(started.elapsed().as_secs() < 10);
}

#[test]
fn runaway_recursion_stops_at_the_call_depth_limit() {
    let events = run_events(
        "fn count_down(n) {\n  count_down(n - 1)\n}\ncount_down(10);",
        &Limits::default(),
    );
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.kind, DiagnosticKind::Limit);
    assert!(english(&diagnostic.message).contains("more than 64 levels deep"));
    assert!(diagnostic.line.is_some());
}

#[test]
fn growing_a_string_forever_stops_at_the_size_limit() {
    let events = run_events(
        "let text = \"ab\";\nloop { text += text; }",
        &Limits::default(),
    );
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.kind, DiagnosticKind::Limit);
    assert!(english(&diagnostic.message).contains("piece of text grew longer than 1,048,576"));
    assert_eq!(diagnostic.line, Some(2));
}

#[test]
fn growing_an_array_forever_stops_at_the_size_limit() {
    // Rhai re-measures an array on every change, so growth to the limit is quadratic:
    // a small limit keeps this test quick without changing what it proves.
    let limits = Limits {
        max_array_items: 5_000,
        ..Limits::default()
    };
    let events = run_events("let readings = [];\nloop { readings.push(120); }", &limits);
    let diagnostic = the_diagnostic(&events);
    assert!(english(&diagnostic.message).contains("list grew to more than 5,000 items"));
}

#[test]
fn output_floods_are_cut_off_with_one_notice() {
    let limits = Limits {
        max_output_bytes: 1_000,
        ..Limits::default()
    };
    let events = run_events(
        "for i in 0..10000 { print(\"flood\"); }\nprint(\"after\");",
        &limits,
    );
    let output_bytes: usize = printed(&events).len();
    assert!(output_bytes <= 1_000, "{output_bytes} bytes printed");
    let notices = events
        .iter()
        .filter(|event| matches!(event, Event::OutputTruncated { .. }))
        .count();
    assert_eq!(notices, 1);
    // The script itself went on to finish.
    assert_eq!(outcome(&events), Outcome::Completed);
    let notice = Event::OutputTruncated {
        max_output_bytes: 1_000,
    };
    assert!(
        notice
            .to_text(&english)
            .unwrap()
            .contains("more than 1,000 characters")
    );
}

#[test]
fn printed_markup_is_just_text() {
    let events = run_events(
        "print(\"<img src=x onerror=alert(1)>\");",
        &Limits::default(),
    );
    assert_eq!(printed(&events), "<img src=x onerror=alert(1)>\n");
}

#[test]
fn eval_is_not_available() {
    let events = run_events("eval(\"print(1)\");", &Limits::default());
    assert_eq!(printed(&events), "");
    assert_eq!(outcome(&events), Outcome::Failed);
}

#[test]
fn imports_are_not_available() {
    let events = run_events("import \"fs\" as fs;", &Limits::default());
    assert_eq!(the_diagnostic(&events).kind, DiagnosticKind::Syntax);
}

#[test]
fn exit_ends_a_script_without_an_error() {
    let events = run_events(
        "print(\"one\");\nexit();\nprint(\"two\");",
        &Limits::default(),
    );
    assert_eq!(printed(&events), "one\n");
    assert_eq!(outcome(&events), Outcome::Completed);
}

#[test]
fn errors_inside_a_function_point_into_the_function() {
    let events = run_events(
        "fn average(values) {\n  let total = 0;\n  for v in values { total += v; }\n  total / values.len()\n}\nprint(average([]));",
        &Limits::default(),
    );
    let diagnostic = the_diagnostic(&events);
    assert_eq!(diagnostic.line, Some(4), "{diagnostic:?}");
    assert!(english(&diagnostic.message).contains("divide by zero"));
}

mod output_batching {
    //! Output is joined into batches by time. These tests drive the sandbox with a fake
    //! clock, so they are exact and do not depend on the machine's speed.
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static NOW: Cell<f64> = const { Cell::new(0.0) };
        static STEP: Cell<f64> = const { Cell::new(0.0) };
    }

    /// Each read of this clock moves it forward by STEP milliseconds.
    fn fake_clock() -> f64 {
        NOW.with(|now| {
            let time = now.get();
            now.set(time + STEP.with(Cell::get));
            time
        })
    }

    /// Runs with a clock that advances `step` ms per read; returns each output event's
    /// text with the fake time at which it was emitted.
    fn run_with_clock(code: &str, step: f64) -> Vec<(String, f64)> {
        NOW.with(|now| now.set(0.0));
        STEP.with(|s| s.set(step));
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&seen);
        run(code, &Limits::default(), fake_clock, move |event| {
            let at = NOW.with(Cell::get);
            let text = match event {
                Event::Output { text, .. } => text,
                Event::Finished { .. } => "<finished>".into(),
                other => format!("{other:?}"),
            };
            sink.borrow_mut().push((text, at));
        });
        seen.take()
    }

    #[test]
    fn quick_prints_are_joined_into_one_message() {
        let events = run_with_clock("for i in 0..100 { print(i); }", 0.0);
        assert_eq!(events.len(), 2, "{events:?}");
        assert_eq!(events[0].0.lines().count(), 100);
        assert!(events[0].0.starts_with("0\n1\n2\n"));
        assert_eq!(events[1].0, "<finished>");
    }

    #[test]
    fn slow_prints_are_sent_one_by_one() {
        let events = run_with_clock("print(1); print(2); print(3);", 30.0);
        let texts: Vec<&str> = events.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(texts, vec!["1\n", "2\n", "3\n", "<finished>"]);
    }

    #[test]
    fn a_line_printed_before_long_work_is_sent_during_the_work() {
        let events = run_with_clock(
            "print(\"first\");\nlet i = 0;\nwhile i < 100000 { i += 1; }\nprint(\"last\");",
            1.0,
        );
        let first_at = events[0].1;
        let finished_at = events.last().unwrap().1;
        assert_eq!(events[0].0, "first\n");
        // The fake clock is read every 4,096 operations, so the loop's ~300,000 operations
        // move it on by dozens of milliseconds: "first" must go out well before the end.
        assert!(
            finished_at - first_at > 25.0,
            "first at {first_at}, finished at {finished_at}"
        );
    }
}
