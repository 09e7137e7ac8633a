//! "Watch it run": the trace a watched run records (c4h-sandbox's `watch`), checked step by
//! step natively. The page shows the same trace (tests/e2e/watch.test.mjs) and `c4h watch`
//! prints it.

mod common;

use c4h_protocol::words::english;
use c4h_protocol::{
    Change, Event, Lang, MAX_STEPS, MAX_VALUE_CHARS, Outcome, StepKind, Trace, TraceEnd,
};
use common::{run_script, watch_script};

/// Each step's line, in order.
fn lines(trace: &Trace) -> Vec<u32> {
    trace.steps.iter().map(|step| step.line).collect()
}

/// Each step's sentence in English.
fn sentences(trace: &Trace) -> Vec<String> {
    (0..trace.steps.len())
        .map(|index| trace.sentence(index, &english))
        .collect()
}

/// The value of `name` at step `index`.
fn value_at<'t>(trace: &'t Trace, index: usize, name: &str) -> Option<&'t str> {
    trace
        .variables(index)
        .into_iter()
        .find(|variable| variable.name == name)
        .map(|variable| variable.value)
}

#[test]
fn a_loop_is_one_step_per_statement_each_time_round() {
    let (run, trace) = watch_script(
        "let total = 0;\n\
         for day in [4200, 6800, 10200] {\n\
         \x20   total += day;\n\
         }\n\
         print(total);\n",
    );
    assert_eq!(run.outcome, Outcome::Completed);
    assert_eq!(trace.end, TraceEnd::Finished);
    assert_eq!(lines(&trace), vec![1, 2, 3, 2, 3, 2, 3, 5]);
    assert_eq!(
        sentences(&trace),
        vec![
            "Line 1: total is 0.",
            "Line 2: day is 4200.",
            "Line 3: total changed from 0 to 4200.",
            "Line 2, round the loop again: day changed from 4200 to 6800.",
            "Line 3: total changed from 4200 to 11000.",
            "Line 2, round the loop again: day changed from 6800 to 10200.",
            "Line 3: total changed from 11000 to 21200.",
            "Line 5 ran. No variable changed. It printed: 21200",
        ]
    );
    let rounds = trace
        .steps
        .iter()
        .filter(|step| step.kind == StepKind::Round);
    assert_eq!(rounds.count(), 2, "the loop goes round again twice");
    // Inside the loop, the body's step shows the value it ran with, not the next one.
    assert_eq!(value_at(&trace, 4, "day"), Some("6800"));
    // The output so far grows with the steps; the run printed it too.
    assert_eq!(trace.output_until(6).count(), 0);
    assert_eq!(trace.output_until(7).count(), 1);
    assert_eq!(run.printed(), "21200\n");
}

#[test]
fn nested_ifs_show_only_the_branches_taken() {
    let (_, trace) = watch_script(
        "let bp = 150;\n\
         let label = \"\";\n\
         if bp >= 140 {\n\
         \x20   if bp >= 180 {\n\
         \x20       label = \"very high\";\n\
         \x20   } else {\n\
         \x20       label = \"high\";\n\
         \x20   }\n\
         } else {\n\
         \x20   label = \"normal\";\n\
         }\n",
    );
    assert_eq!(lines(&trace), vec![1, 2, 3, 4, 7]);
    assert_eq!(
        sentences(&trace),
        vec![
            "Line 1: bp is 150.",
            "Line 2: label is .",
            "Line 3: the condition is true.",
            "Line 4: the condition is false.",
            "Line 7: label changed from  to high.",
        ]
    );
    let last = trace.variables(4);
    assert!(matches!(last[1].change, Change::From("")), "{last:?}");
}

#[test]
fn a_condition_says_which_way_it_went_even_when_nothing_inside_runs() {
    let (_, trace) = watch_script(
        "let x = 3;\n\
         while x > 10 { x -= 1; }\n\
         if x > 5 {\n\
         \x20   x = 1;\n\
         } else if x > 2 {\n\
         \x20   x = 2;\n\
         }\n\
         loop { x += 1; if x > 3 { break; } }\n\
         if x > 100 { print(\"big\"); }\n",
    );
    assert_eq!(
        sentences(&trace),
        vec![
            "Line 1: x is 3.",
            "Line 2: the condition is false.",
            "Line 3: the condition is false.",
            "Line 5: the condition is true.",
            "Line 6: x changed from 3 to 2.",
            // `loop` has no condition to check.
            "Line 8 ran. No variable changed.",
            "Line 8: x changed from 2 to 3.",
            "Line 8: the condition is false.",
            "Line 8, round the loop again.",
            "Line 8: x changed from 3 to 4.",
            "Line 8: the condition is true.",
            "Line 8 ran. No variable changed.",
            // The last statement: nothing inside it ran.
            "Line 9: the condition is false.",
        ]
    );
}

#[test]
fn a_while_loop_ends_with_the_check_that_is_false() {
    let (_, trace) = watch_script(
        "let n = 0;\n\
         while n < 2 {\n\
         \x20   n += 1;\n\
         }\n\
         fn countdown(k) {\n\
         \x20   while k > 0 { k -= 1; }\n\
         }\n\
         countdown(1);\n\
         while n < 3 { n += 1; }\n",
    );
    assert_eq!(
        sentences(&trace),
        vec![
            "Line 1: n is 0.",
            "Line 2: the condition is true.",
            "Line 3: n changed from 0 to 1.",
            "Line 2, round the loop again.",
            "Line 3: n changed from 1 to 2.",
            "Line 2: the condition is false.",
            "Line 8: calling countdown(1).",
            "Line 6: the condition is true.",
            "Line 6: k changed from 1 to 0.",
            "Line 6: the condition is false.",
            "Line 7: countdown(1) has finished.",
            "Line 8 ran. No variable changed.",
            "Line 9: the condition is true.",
            "Line 9: n changed from 2 to 3.",
            "Line 9: the condition is false.",
        ]
    );
}

#[test]
fn a_function_called_twice_has_its_own_variables_each_time() {
    let (_, trace) = watch_script(
        "fn bmi(weight, height) {\n\
         \x20   let result = weight / (height * height);\n\
         \x20   round(result, 1)\n\
         }\n\
         let first = bmi(70.0, 1.75);\n\
         let second = bmi(95.0, 1.75);\n",
    );
    assert_eq!(
        sentences(&trace),
        vec![
            "Line 5: calling bmi(70.0, 1.75).",
            "Line 2: result is 22.857142857142858.",
            "Line 3: bmi(70.0, 1.75) gives back 22.9.",
            "Line 5: first is 22.9.",
            "Line 6: calling bmi(95.0, 1.75).",
            "Line 2: result is 31.020408163265305.",
            "Line 3: bmi(95.0, 1.75) gives back 31.0.",
            "Line 6: second is 31.0.",
        ]
    );
    // Inside a call, the call is the stack; its parameters are new, not "changed".
    assert_eq!(trace.calls(5), vec!["bmi(95.0, 1.75)"]);
    assert!(trace.calls(7).is_empty());
    assert_ne!(trace.steps[0].frame, trace.steps[4].frame);
    let parameters = trace.variables(4);
    assert!(
        parameters.iter().all(|v| v.change == Change::New),
        "{parameters:?}"
    );
    // Back in the script, its own variables are compared with its own last step.
    assert_eq!(trace.previous_in_frame(7), Some(3));
}

#[test]
fn a_method_style_call_of_the_scripts_own_function_is_a_call() {
    let (_, trace) = watch_script(
        "fn area() {\n\
         \x20   this.w * this.h\n\
         }\n\
         let room = #{w: 2, h: 3};\n\
         let size = room.area();\n",
    );
    assert_eq!(
        sentences(&trace),
        vec![
            r#"Line 4: room is #{"h": 3, "w": 2}."#,
            "Line 5: calling area().",
            "Line 2: area() gives back 6.",
            "Line 5: size is 6.",
        ]
    );
}

#[test]
fn recursion_shows_each_call_on_the_stack() {
    let (_, trace) = watch_script(
        "fn factorial(n) {\n\
         \x20   if n <= 1 { return 1; }\n\
         \x20   n * factorial(n - 1)\n\
         }\n\
         print(factorial(3));\n",
    );
    let deepest = (0..trace.steps.len())
        .map(|index| trace.calls(index))
        .max_by_key(Vec::len)
        .unwrap();
    assert_eq!(
        deepest,
        vec!["factorial(3)", "factorial(2)", "factorial(1)"]
    );
    let returns: Vec<String> = (0..trace.steps.len())
        .filter(|&index| matches!(trace.steps[index].kind, StepKind::Return { .. }))
        .map(|index| trace.sentence(index, &english))
        .collect();
    assert_eq!(
        returns,
        vec![
            "Line 2: factorial(1) gives back 1.",
            "Line 3: factorial(2) gives back 2.",
            "Line 3: factorial(3) gives back 6.",
        ]
    );
    assert_eq!(
        trace.sentence(trace.steps.len() - 1, &english),
        "Line 5 ran. No variable changed. It printed: 6"
    );
}

#[test]
fn a_runtime_error_mid_loop_ends_the_steps_where_it_happened() {
    let code = "let doses = [2, 1, 0, 4];\n\
                for d in doses {\n\
                \x20   print(10 / d);\n\
                }\n\
                print(\"never\");\n";
    let (run, trace) = watch_script(code);
    assert_eq!(run.outcome, Outcome::Failed);
    assert_eq!(trace.end, TraceEnd::Failed);
    let last = trace.steps.last().unwrap();
    assert_eq!((last.line, last.kind), (3, StepKind::Stopped));
    assert_eq!(value_at(&trace, trace.steps.len() - 1, "d"), Some("0"));
    assert_eq!(
        trace.sentence(trace.steps.len() - 1, &english),
        "Line 3: your code stopped here with a problem."
    );
    // What was printed before the problem is there; the problem is the run's, as on Run.
    assert_eq!(trace.output_until(trace.steps.len()).count(), 2);
    let plain = run_script(code);
    assert_eq!(run.printed(), plain.printed());
    assert_eq!(run.diagnostics(), plain.diagnostics());
}

#[test]
fn a_problem_inside_a_function_stops_at_its_line_with_its_variables() {
    let (_, trace) = watch_script(
        "fn per_day(total, days) {\n\
         \x20   let each = total / days;\n\
         \x20   each\n\
         }\n\
         print(per_day(10, 0));\n",
    );
    let last = trace.steps.len() - 1;
    assert_eq!(trace.steps[last].kind, StepKind::Stopped);
    assert_eq!(trace.steps[last].line, 2);
    assert_eq!(value_at(&trace, last, "days"), Some("0"));
    assert_eq!(trace.calls(last), vec!["per_day(10, 0)"]);
}

#[test]
fn a_long_run_keeps_the_first_steps_and_still_runs_to_its_end() {
    let (run, trace) = watch_script(
        "let count = 0;\n\
         while count < 10000 {\n\
         \x20   count += 1;\n\
         }\n\
         print(count);\n",
    );
    assert_eq!(run.outcome, Outcome::Completed);
    assert_eq!(run.printed(), "10000\n", "the run itself is not cut short");
    assert_eq!(trace.steps.len(), MAX_STEPS);
    assert_eq!(trace.end, TraceEnd::TooManySteps);
    let end = trace.end_message().unwrap();
    assert_eq!(
        english(&end),
        "This run takes more than 5,000 steps. Watch shows the first 5,000."
    );
}

#[test]
fn many_variables_end_the_trace_at_its_size_cap() {
    let mut code: String = (0..300).map(|n| format!("let v{n} = {n};\n")).collect();
    code.push_str("let i = 0;\nwhile i < 4000 { i += 1; }\nprint(i);\n");
    let (run, trace) = watch_script(&code);
    assert_eq!(run.outcome, Outcome::Completed);
    assert_eq!(run.printed(), "4000\n");
    assert_eq!(trace.end, TraceEnd::TooBig);
    assert!(trace.steps.len() < MAX_STEPS, "{}", trace.steps.len());
    // A step keeps at most its newest 200 variables.
    assert!(trace.steps.iter().all(|step| step.vars.len() <= 200));
    let json = serde_json::to_string(&trace).unwrap();
    assert!(json.len() < 4 << 20, "{} bytes", json.len());
}

#[test]
fn long_values_are_cut_short_as_print_would_begin_them() {
    let (_, trace) = watch_script(
        "let numbers = [];\n\
         for n in 0..1000 { numbers.push(n); }\n\
         let words = \"\";\n\
         for n in 0..100 { words += \"word \"; }\n\
         let patient = #{name: \"Ann\", age: 40};\n\
         let nothing = ();\n",
    );
    let last = trace.steps.len() - 1;
    let numbers = value_at(&trace, last, "numbers").unwrap();
    assert!(numbers.starts_with("[0, 1, 2, 3"), "{numbers}");
    assert!(numbers.ends_with('…'));
    assert_eq!(numbers.chars().count(), MAX_VALUE_CHARS + 1);
    let words = value_at(&trace, last, "words").unwrap();
    assert!(
        words.starts_with("word word"),
        "text is shown as print shows it"
    );
    assert_eq!(
        value_at(&trace, last, "patient"),
        Some(r#"#{"age": 40, "name": "Ann"}"#)
    );
    assert_eq!(value_at(&trace, last, "nothing"), Some("()"));
}

#[test]
fn a_list_nested_deep_is_written_only_as_deep_as_is_shown() {
    let (_, trace) = watch_script(
        "let deep = [];
for n in 0..500 { deep = [deep]; }
",
    );
    let last = trace.steps.len() - 1;
    let deep = value_at(&trace, last, "deep").unwrap();
    assert!(deep.starts_with("[[[[") && deep.ends_with('…'), "{deep}");
}

#[test]
fn a_statement_is_a_step_but_not_the_expressions_inside_it() {
    let (_, trace) = watch_script(
        "let name = \"Ann\";\n\
         print(`Hello ${name}, you are ${20 + 20}`);\n\
         name.len();\n\
         let doubled = [1, 2].map(|n| n * 2);\n",
    );
    let kinds: Vec<(u32, StepKind)> = trace.steps.iter().map(|s| (s.line, s.kind)).collect();
    assert_eq!(
        kinds[..3],
        [(1, StepKind::Ran), (2, StepKind::Ran), (3, StepKind::Ran)]
    );
    // A closure given to `map` is called once for each item: its calls are steps.
    let closure_calls = trace
        .steps
        .iter()
        .filter(|step| matches!(step.kind, StepKind::Call { .. }))
        .count();
    assert_eq!(closure_calls, 2);
    assert_eq!(
        value_at(&trace, trace.steps.len() - 1, "doubled"),
        Some("[2, 4]")
    );
}

#[test]
fn a_watched_run_has_the_same_rules_and_output_as_run() {
    for code in [
        "print(totl);",
        "let x = 5\nprint(x);",
        "print(\"a\"); show(\"BMI\", 22.9); table([#{a: 1}]);",
        "let n = 0; loop { n += 1; if n > 3 { break; } } print(n); exit(); print(9);",
    ] {
        let plain = run_script(code);
        let (watched, trace) = watch_script(code);
        let without_trace: Vec<Event> = watched
            .events
            .iter()
            .filter(|event| !matches!(event, Event::Trace { .. }))
            .cloned()
            .collect();
        assert_eq!(
            common::without_timing(&without_trace)
                .into_iter()
                .filter(|e| !matches!(e, Event::Finished { .. }))
                .collect::<Vec<_>>(),
            common::without_timing(&plain.events)
                .into_iter()
                .filter(|e| !matches!(e, Event::Finished { .. }))
                .collect::<Vec<_>>(),
            "{code}"
        );
        assert_eq!(watched.outcome, plain.outcome, "{code}");
        // A problem found before the run (a misspelt name, a missing `;`) has no steps.
        let before_running = plain
            .diagnostics()
            .first()
            .is_some_and(|d| d.kind == c4h_protocol::DiagnosticKind::Syntax);
        assert_eq!(trace.steps.is_empty(), before_running, "{code}");
    }
}

#[test]
fn every_step_reads_in_welsh_too() {
    let (_, trace) = watch_script(
        "fn double(n) { n * 2 }\nlet x = double(4);\nfor i in 0..2 { x += i; }\nprint(x); table([#{a: 1}]);\nlet y = 1 / 0;\n",
    );
    let welsh = |message: &c4h_protocol::Message| c4h_protocol::words::render(Lang::Cy, message);
    for index in 0..trace.steps.len() {
        let sentence = trace.sentence(index, &welsh);
        assert!(
            sentence.starts_with("Llinell") || sentence.starts_with("Rhedodd"),
            "{sentence}"
        );
        assert!(!sentence.contains('['), "a message is missing: {sentence}");
    }
}
