//! The health-data API as a script sees it: every reference example runs, values have
//! friendly fields, and mistakes get messages that say what is available.

mod common;

use c4h_healthdata::codes::ObservationKind;
use c4h_healthdata::{Reading, Settings, generate};
use c4h_protocol::{Event, Outcome};

/// Runs a script and returns its outcome and everything it printed.
fn run_script(code: &str) -> (Outcome, String) {
    let run = common::run_script(code);
    (run.outcome, run.text())
}

fn error_of(code: &str) -> String {
    let (outcome, text) = run_script(code);
    assert_eq!(outcome, Outcome::Failed, "{code}\n{text}");
    text
}

#[test]
fn every_reference_example_runs_and_prints() {
    for function in c4h_protocol::api::FUNCTIONS {
        let (outcome, text) = run_script(function.example);
        assert_eq!(outcome, Outcome::Completed, "{}: {text}", function.name);
        assert!(!text.trim().is_empty(), "{} printed nothing", function.name);
        assert!(
            function.example.contains(function.name),
            "{}'s example does not use it",
            function.name
        );
    }
}

#[test]
fn averaging_every_blood_pressure_reading_matches_the_data() {
    let population = generate(Settings::default());
    let readings: Vec<f64> = population
        .patients
        .iter()
        .flat_map(|p| p.observations_of(ObservationKind::BloodPressure))
        .map(|o| match o.reading {
            Reading::BloodPressure { systolic, .. } => systolic,
            _ => unreachable!(),
        })
        .collect();
    let expected = readings.iter().sum::<f64>() / readings.len() as f64;
    let script = "let all = [];\nfor p in patients() {\n  for r in observations(p, \"blood pressure\") { all.push(r.systolic); }\n}\nprint(all.len());\nprint(round(mean(all), 3));";
    let (outcome, text) = run_script(script);
    assert_eq!(outcome, Outcome::Completed, "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], readings.len().to_string());
    assert_eq!(
        lines[1].parse::<f64>().unwrap(),
        (expected * 1000.0).round() / 1000.0
    );
}

#[test]
fn patients_have_friendly_fields() {
    let (outcome, text) = run_script(
        "let p = patients()[0];\nprint(p.nhs_number.len());\nprint(is_valid_nhs_number(p.nhs_number));\nprint(p.age == age(p.birth_date));\nprint(type_of(p.name));",
    );
    assert_eq!(outcome, Outcome::Completed);
    assert_eq!(text.trim(), "10\ntrue\ntrue\nstring");
}

#[test]
fn a_wrong_nhs_number_says_why_and_offers_a_real_one() {
    let text = error_of("patient(\"999 000 0019\");");
    assert!(text.contains("check digit"), "{text}");
    assert!(text.contains("such as \"999 "), "{text}");
    assert!(text.contains("line 1"), "{text}");
    let text = error_of("patient(\"12345\");");
    assert!(text.contains("10 digits"), "{text}");
    let text = error_of("patient(\"9990000018\");");
    assert!(
        text.contains("No patient in the data set has NHS number 999 000 0018"),
        "{text}"
    );
    assert!(!text.contains("Rhai's message"), "{text}");
}

#[test]
fn an_unknown_kind_lists_the_kinds_and_suggests_one() {
    let text = error_of("let p = patients()[0];\nobservations(p, \"blood presure\");");
    assert!(text.contains("line 2"), "{text}");
    assert!(text.contains("Did you mean `blood pressure`?"), "{text}");
    assert!(text.contains("hba1c") && text.contains("weight"), "{text}");
    let text = error_of("has_condition(patients()[0], \"diabetis\");");
    assert!(text.contains("diabetes"), "{text}");
}

#[test]
fn a_patient_argument_of_the_wrong_kind_is_explained() {
    let text = error_of("observations(42, \"weight\");");
    assert!(
        text.contains("needs a patient") && text.contains("the whole number 42"),
        "{text}"
    );
    let text = error_of("conditions(#{ name: \"Ann\" });");
    assert!(text.contains("no `nhs_number`"), "{text}");
}

#[test]
fn statistics_work_and_explain_bad_lists() {
    let (_, text) = run_script(
        "print(mean([1, 2, 3, 4]));\nprint(median([5, 1, 3, 2]));\nprint(min([3, 1.5, 2]));\nprint(max([3, 1, 2]));\nprint(sum([1, 2, 3]));\nprint(sum([1, 2.5]));\nprint(round(2.345, 2));\nprint(count([1, 2]));",
    );
    assert_eq!(text.trim(), "2.5\n2.5\n1.5\n3\n6\n3.5\n2.35\n2");
    assert!(error_of("mean([]);").contains("list is empty"));
    assert!(
        error_of("mean([1, \"two\"]);").contains("item 1 (counting from 0) is the text \"two\"")
    );
    assert!(error_of("round(1.5, 20);").contains("between 0 and 10"));
}

#[test]
fn dates_are_checked() {
    let (_, text) = run_script(
        "print(days_between(\"2025-01-01\", \"2025-03-01\"));\nprint(add_days(\"2024-02-28\", 1));\nprint(year(today()));\nprint(age(\"2000-04-01\"));",
    );
    assert_eq!(text.trim(), "59\n2024-02-29\n2025\n24");
    assert!(error_of("age(\"31/01/1970\");").contains("YEAR-MONTH-DAY"));
}

#[test]
fn fhir_requests_return_maps() {
    let (outcome, text) = run_script(
        "let p = patients()[0];\nlet r = fhir(`Patient/${p.nhs_number}`);\nprint(r.resourceType);\nprint(r.identifier[0].value == p.nhs_number);\nlet bad = fhir(\"Patient/123\");\nprint(bad.issue[0].details.coding[0].code);\nlet obs = fhir(`Observation?patient=${p.nhs_number}&code=8480-6`);\nprint(obs.resourceType + \" \" + obs.type);",
    );
    assert_eq!(outcome, Outcome::Completed, "{text}");
    assert_eq!(
        text.trim(),
        "Patient\ntrue\nINVALID_RESOURCE_ID\nBundle searchset"
    );
}

#[test]
fn vital_signs_group_a_ward_observation_set() {
    let (outcome, text) = run_script(
        "for p in patients() {\n  let sets = vital_signs(p);\n  if sets.len() > 0 {\n    let s = sets[0];\n    print(s.keys());\n    break;\n  }\n}",
    );
    assert_eq!(outcome, Outcome::Completed, "{text}");
    for field in [
        "respiratory_rate",
        "oxygen_saturation",
        "on_oxygen",
        "systolic",
        "pulse",
        "consciousness",
        "temperature",
        "news2",
    ] {
        assert!(text.contains(field), "{field} missing from {text}");
    }
}

#[test]
fn events_are_only_output_and_finished() {
    let run = common::run_script("print(count(patients()));");
    assert!(matches!(run.events.last(), Some(Event::Finished { .. })));
    assert!(
        run.events
            .iter()
            .all(|event| matches!(event, Event::Output { .. } | Event::Finished { .. })),
        "{:?}",
        run.events
    );
}
