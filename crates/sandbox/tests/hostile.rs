//! The hostile-input suite: scripts written to freeze, crash or exhaust the sandbox, each
//! of which must end with the expected friendly message, inside the time budget, with
//! bounded memory and no panic. Natively here; a sample runs in the browser too
//! (tests/e2e/hostile.test.mjs).
//!
//! Fixtures live in `tests/hostile/*.rhai`, each opening with its expectations:
//!
//! ```text
//! // Hostile: what it tries
//! // expect-outcome: failed            (or completed)
//! // expect-kind: limit                (syntax, runtime or limit; for failed only)
//! // expect-message: too many steps    (a part of the learner's message; optional)
//! ```
//!
//! Scripts too big to keep as files (a 1 MiB script, 10,000 nested brackets) are made here.
//! Every script is also watched ("Watch it run": recorded step by step), and must end the
//! same way with its trace inside its caps.
//! Fixtures run one after another: the memory counter is global to the process.

mod common;

use c4h_protocol::words::english;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use c4h_protocol::{DiagnosticKind, Event, Outcome};
use c4h_sandbox::memory::{CountingAllocator, peak_allocated_bytes, reset_peak};
use c4h_sandbox::{Limits, system_clock};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// A run may never come near this, natively or in the worker.
const MEMORY_CEILING: usize = 256 << 20;

#[derive(Debug)]
struct Expectation {
    outcome: Outcome,
    kind: Option<DiagnosticKind>,
    message: Option<String>,
}

fn parse_expectation(name: &str, code: &str) -> Expectation {
    let header = |key: &str| {
        code.lines()
            .take_while(|line| line.starts_with("//"))
            .find_map(|line| line.strip_prefix(&format!("// {key}: ")))
            .map(str::trim)
    };
    let outcome = match header("expect-outcome") {
        Some("failed") => Outcome::Failed,
        Some("completed") => Outcome::Completed,
        other => panic!("{name}: expect-outcome must be failed or completed, not {other:?}"),
    };
    let kind = header("expect-kind").map(|kind| match kind {
        "syntax" => DiagnosticKind::Syntax,
        "runtime" => DiagnosticKind::Runtime,
        "limit" => DiagnosticKind::Limit,
        other => panic!("{name}: unknown expect-kind {other}"),
    });
    Expectation {
        outcome,
        kind,
        message: header("expect-message").map(str::to_owned),
    }
}

struct Report {
    events: Vec<Event>,
    elapsed: Duration,
    peak_bytes: usize,
}

/// How a fixture is run: as Run does, or as "Watch it run" does (recorded step by step).
#[derive(Clone, Copy, PartialEq)]
enum Way {
    Run,
    Watch,
}

fn run_measured(code: &str, way: Way) -> Report {
    reset_peak();
    let started = Instant::now();
    let run = match way {
        Way::Run => common::run_with(code, &[], &Limits::default(), system_clock),
        Way::Watch => {
            let (run, trace) = common::watch_with(code, &Limits::default(), system_clock);
            // The trace keeps to its caps whatever the script does.
            assert!(trace.steps.len() <= c4h_protocol::MAX_STEPS);
            let json = serde_json::to_string(&trace).unwrap();
            assert!(
                json.len() <= c4h_protocol::MAX_TRACE_BYTES + (64 << 10),
                "{} bytes",
                json.len()
            );
            run
        }
    };
    Report {
        events: run.events,
        elapsed: started.elapsed(),
        peak_bytes: peak_allocated_bytes(),
    }
}

/// Checks one script against its expectation and the suite's bounds; returns a problem.
fn check(name: &str, code: &str, expected: &Expectation, way: Way) -> Result<String, String> {
    let report = run_measured(code, way);
    let name = match way {
        Way::Run => name.to_owned(),
        Way::Watch => format!("{name} (watched)"),
    };
    let name = name.as_str();
    let limits = Limits::default();
    let budget = Duration::from_millis(limits.max_run_millis + 2_000);
    if report.elapsed > budget {
        return Err(format!(
            "{name}: took {:?}, over the budget of {budget:?}",
            report.elapsed
        ));
    }
    if report.peak_bytes > MEMORY_CEILING {
        return Err(format!(
            "{name}: peak memory {} MiB",
            report.peak_bytes >> 20
        ));
    }
    let Some(Event::Finished { outcome, .. }) = report.events.last() else {
        return Err(format!("{name}: the last event is not Finished"));
    };
    if *outcome != expected.outcome {
        return Err(format!(
            "{name}: outcome {outcome:?}, expected {:?}: {:?}",
            expected.outcome,
            report.events.iter().rev().nth(1)
        ));
    }
    let diagnostic = common::diagnostics(&report.events).first().copied();
    match (expected.outcome, diagnostic) {
        (Outcome::Completed, Some(diagnostic)) => {
            return Err(format!("{name}: completed but reported {diagnostic:?}"));
        }
        (Outcome::Failed, None) => return Err(format!("{name}: failed without a diagnostic")),
        (Outcome::Failed, Some(diagnostic)) => {
            if let Some(kind) = expected.kind
                && diagnostic.kind != kind
            {
                return Err(format!(
                    "{name}: kind {:?}, expected {kind:?}: {}",
                    diagnostic.kind,
                    english(&diagnostic.message)
                ));
            }
            if let Some(part) = &expected.message
                && !english(&diagnostic.message).contains(part.as_str())
            {
                return Err(format!(
                    "{name}: message {:?} lacks {part:?}",
                    english(&diagnostic.message)
                ));
            }
            // Every diagnostic a learner sees is in plain words and says where, when
            // Rhai knows where; these never come back without a message. (Rhai's own
            // words are absent only where the message is the sandbox's own: a library
            // error, or a mistake found before Rhai read the script.)
            if english(&diagnostic.message).trim().is_empty() {
                return Err(format!("{name}: empty message in {diagnostic:?}"));
            }
        }
        (Outcome::Completed, None) => {}
    }
    Ok(format!(
        "{name:<40} {:>7.0} ms {:>5} MiB",
        report.elapsed.as_secs_f64() * 1000.0,
        report.peak_bytes >> 20
    ))
}

fn fixture_directory() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("hostile")
}

/// Scripts made here because they are too big, or too repetitive, to keep as files.
fn generated_scripts() -> Vec<(&'static str, String, Expectation)> {
    let failed = |kind, message: &str| Expectation {
        outcome: Outcome::Failed,
        kind: Some(kind),
        message: (!message.is_empty()).then(|| message.to_owned()),
    };
    let completed = || Expectation {
        outcome: Outcome::Completed,
        kind: None,
        message: None,
    };
    let nested = |open: &str, inner: &str, close: &str, depth: usize| {
        format!(
            "let x = {}{inner}{};",
            open.repeat(depth),
            close.repeat(depth)
        )
    };
    vec![
        (
            "10,000 nested brackets",
            nested("(", "1", ")", 10_000),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "10,000 nested array brackets",
            nested("[", "1", "]", 10_000),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "10,000 nested maps",
            nested("#{a: ", "1", "}", 10_000),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "10,000 nested blocks",
            format!("{}1{}", "{".repeat(10_000), "}".repeat(10_000)),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "10,000 nested ifs",
            format!(
                "{}print(1);{}",
                "if true { ".repeat(10_000),
                " }".repeat(10_000)
            ),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "a 1 MiB line of additions",
            format!("let total = {};", vec!["1"; 512 * 1024].join("+")),
            failed(DiagnosticKind::Syntax, "nested too deeply"),
        ),
        (
            "a 1 MiB script of statements",
            "let reading = 120; reading += 1;\n".repeat(1 << 15),
            completed(),
        ),
        (
            "a 1 MiB string literal",
            format!(
                "let text = \"{}\";\nprint(text.len());",
                "y".repeat(1 << 20)
            ),
            completed(),
        ),
        (
            "a 2 MiB string literal",
            format!("let text = \"{}\";", "y".repeat(2 << 20)),
            failed(DiagnosticKind::Syntax, "too long"),
        ),
        (
            "12,000 variables",
            (0..12_000).map(|i| format!("let v{i} = {i};\n")).collect(),
            failed(DiagnosticKind::Limit, "variables"),
        ),
        (
            "2,000 functions",
            (0..2_000)
                .map(|i| format!("fn f{i}() {{ {i} }}\n"))
                .collect(),
            failed(DiagnosticKind::Syntax, "too many functions"),
        ),
        (
            // Too big for a whole number (Rhai would read it as a decimal: infinity), and
            // the learner is told so, without the whole line copied into the message.
            "a 100,000-digit number",
            format!("let n = {};\nprint(n);", "9".repeat(100_000)),
            failed(DiagnosticKind::Syntax, "too big"),
        ),
    ]
}

#[test]
fn every_hostile_script_ends_with_its_expected_message_in_budget() {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(fixture_directory())
        .expect("tests/hostile exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rhai"))
        .collect();
    fixtures.sort();

    let mut cases: Vec<(String, String, Expectation)> = fixtures
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let code = std::fs::read_to_string(path).expect("fixtures are UTF-8");
            let expectation = parse_expectation(&name, &code);
            (name, code, expectation)
        })
        .collect();
    cases.extend(
        generated_scripts()
            .into_iter()
            .map(|(name, code, expectation)| (name.to_owned(), code, expectation)),
    );
    assert!(cases.len() >= 60, "the suite has {} scripts", cases.len());

    // Each script runs twice, one after the other (the memory counter is the process's):
    // as Run does, and recorded as "Watch it run" does, which must end the same way.
    let mut problems = Vec::new();
    for (name, code, expectation) in &cases {
        for way in [Way::Run, Way::Watch] {
            match check(name, code, expectation, way) {
                Ok(line) => println!("{line}"),
                Err(problem) => problems.push(problem),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} failed:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}
