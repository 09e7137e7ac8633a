//! A lesson's checks run after the learner's code: they see its variables, functions,
//! printed output and results, fail one at a time, and never hide the learner's errors.

use c4h_protocol::Outcome;
use c4h_sandbox::{Limits, collect_checks, system_clock};

/// Runs `code` with `checks`; returns the outcome, the checks' (passed, message) in order,
/// and the text the learner would see in the output.
fn check(code: &str, checks: &[&str]) -> (Outcome, Vec<(bool, Option<String>)>, String) {
    let checks: Vec<String> = checks.iter().map(|c| c.to_string()).collect();
    let run = collect_checks(code, &checks, &Limits::default(), system_clock);
    (run.outcome, run.results, run.text)
}

#[test]
fn checks_see_variables_functions_and_printed_output() {
    let code = "let weight = 70.0;\nfn bmi(w, h) { w / (h * h) }\nprint(`BMI ${round(bmi(weight, 1.7), 1)}`);";
    let (outcome, results, text) = check(
        code,
        &[
            "weight == 70.0",
            "round(bmi(70.0, 1.70), 1) == 24.2",
            "printed().contains(\"24.2\")",
            "printed() == \"BMI 24.2\\n\"",
        ],
    );
    assert_eq!(outcome, Outcome::Completed, "{text}");
    assert_eq!(results, vec![(true, None); 4]);
    // The learner sees their own output, and nothing of the checks.
    assert_eq!(text, "BMI 24.2\n");
}

#[test]
fn a_failing_check_does_not_stop_the_next_and_can_say_why() {
    let (_, results, _) = check(
        "let steps = 4000;",
        &[
            "steps >= 10000",
            "if steps >= 10000 { true } else { `You walked ${steps} steps; the goal is 10000.` }",
            "no_such_variable > 1",
            "bmi(1, 2) > 0",
            "steps == 4000",
        ],
    );
    assert_eq!(
        results,
        vec![
            (false, None),
            (
                false,
                Some("You walked 4000 steps; the goal is 10000.".into())
            ),
            (false, None),
            (false, None),
            (true, None),
        ]
    );
}

#[test]
fn checks_see_results_charts_tables_and_inputs() {
    let code = "let w = input_number(\"Weight\", 70.0);\nshow(\"BMI\", round(w / (1.75 * 1.75), 1));\n\
                line_chart(\"Steps\", [1, 2, 3], [4000, 5000, 6000]);\n\
                table(\"People\", [#{ name: \"Ann\" }, #{ name: \"Bo\" }]);";
    let (_, results, _) = check(
        code,
        &[
            "shown()[\"BMI\"] == \"22.9\"",
            "let c = charts(); c.len() == 1 && c[0].kind == \"line\" && c[0].title == \"Steps\" && c[0].points == 3",
            "tables()[0].rows == 2 && tables()[0].columns == [\"name\"]",
            "inputs() == [\"Weight\"]",
        ],
    );
    assert_eq!(results, vec![(true, None); 4]);
}

#[test]
fn exact_checks_say_how_a_near_miss_differs() {
    let (_, results, _) = check(
        "print(\"Name:  Sam\");\nlet label = \"bmi\";",
        &[
            "printed_is(\"Name: Sam\")",
            "text_is(label, \"BMI\")",
            "printed_is(\"Name: Ali\")",
            "text_is(label, \"bmi\")",
        ],
    );
    assert_eq!(
        results,
        vec![
            (
                false,
                Some("You printed two spaces after `Name:`; one is expected.".into())
            ),
            (
                false,
                Some(
                    "You printed `bmi` where `BMI` is expected: capital letters must match.".into()
                )
            ),
            // Other words: not a near miss, so the check's own message is shown.
            (false, None),
            (true, None),
        ]
    );
}

#[test]
fn the_learners_errors_come_first_with_their_own_line_numbers() {
    let (outcome, results, text) = check("let x = 1;\nprint(x.len());", &["true"]);
    assert_eq!(outcome, Outcome::Failed);
    assert!(text.contains("line 2"), "{text}");
    assert!(!results[0].0);
    assert!(results[0].1.as_deref().unwrap().starts_with("Not checked"));

    // A syntax error, and a misspelt variable, are found as in a normal run.
    let (_, _, text) = check("let x = 1\nprint(x);", &["true"]);
    assert!(text.starts_with("Problem on line 1: A semicolon"), "{text}");
    let (_, results, text) = check("let total = 1;\nprint(totl);", &["true"]);
    assert!(text.contains("Did you mean `total`?"), "{text}");
    assert_eq!(
        results,
        vec![(
            false,
            Some("Not checked: your code stopped before the checks could run.".into())
        )]
    );

    // A last line that is a comment, or has no `;`, does not swallow the checks.
    let (_, results, _) = check("let x = 5 // five", &["x == 5"]);
    assert_eq!(results, vec![(true, None)]);
    let (_, results, _) = check("let x = 5;\n// the end", &["x == 5"]);
    assert_eq!(results, vec![(true, None)]);
}

#[test]
fn learners_cannot_report_their_own_results_or_run_forever() {
    let (outcome, _, text) = check("__c4h_check(0, true);", &["false"]);
    assert_eq!(outcome, Outcome::Failed);
    assert!(text.contains("kept for the playground's checks"), "{text}");
    let (outcome, results, text) = check("loop { }", &["true"]);
    assert_eq!(outcome, Outcome::Failed);
    assert!(text.contains("Stopped"), "{text}");
    assert!(!results[0].0);
    // A check that loops forever is stopped by the same limits.
    let (_, results, _) = check("let x = 1;", &["loop { }", "true"]);
    assert!(!results[0].0);
}

#[test]
fn checks_can_accept_every_wording_of_a_correct_answer() {
    let code = "show(\"Your BMI:\", \"22.9 kg/m²\");\nshow(\"Advice\", \"Within the HEALTHY range.\");\nprint(\"Drink 6 to 8 glasses a day\");";
    let (outcome, results, text) = check(
        code,
        &[
            "shown_number(\"your bmi\") == 22.9",
            "near(shown_number(\"BMI\"), 22.86)",
            "near(shown_text(\"Your BMI\"), 22.9, 0.01)",
            "same_text(shown_text(\"advice\"), \"within the healthy range\")",
            "has_words(shown_text(\"Advice\"), \"healthy range\")",
            "printed_has(\"6 to 8 glasses\")",
            "printed_numbers() == [6.0, 8.0]",
            "numbers_in(\"SpO2 96%, 1,234 steps\") == [96.0, 1234.0]",
            // And they still tell a wrong answer apart.
            "!near(shown_number(\"Your BMI\"), 24.2)",
            "!has_words(shown_text(\"Advice\"), \"unhealthy\")",
            "shown_number(\"No such result\") == ()",
            "shown_text(\"No such result\") == \"\"",
        ],
    );
    assert_eq!(outcome, Outcome::Completed, "{text}");
    assert_eq!(results, vec![(true, None); 12], "{results:?}");
}

#[test]
fn what_a_check_says_is_data_that_reads_in_welsh() {
    use c4h_protocol::{Event, words::welsh};
    use std::cell::RefCell;
    use std::rc::Rc;

    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&events);
    let checks = vec![
        "printed_is(\"Name: Sam\")".to_owned(),
        "\"Print the name.\"".to_owned(),
    ];
    c4h_sandbox::run_checks(
        "print(\"Name:  Sam\");",
        &checks,
        &Limits::default(),
        system_clock,
        move |event| sink.borrow_mut().push(event),
    );
    let said: Vec<String> = events
        .borrow()
        .iter()
        .filter_map(|event| match event {
            Event::Check {
                message: Some(message),
                ..
            } => Some(welsh(message)),
            _ => None,
        })
        .collect();
    assert_eq!(
        said,
        vec![
            "Fe wnaethoch chi argraffu dau fwlch ar ôl `Name:`; mae disgwyl un.".to_owned(),
            // A check's own words are shown as the lesson wrote them.
            "Print the name.".to_owned(),
        ]
    );
}
