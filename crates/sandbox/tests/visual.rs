//! Tables, charts and apps as a script makes them: the values sent to the host, the
//! inputs an app is given, and the messages for mistakes. Also runs the example apps
//! shipped in examples/ and checks their answers.

mod common;

use c4h_charts::{AxisKind, ChartKind};
use c4h_healthdata::codes::{ConditionKind, ObservationKind};
use c4h_healthdata::news2::{VitalSigns, score};
use c4h_protocol::words::english;
use c4h_protocol::{Event, InputKind, InputValue, Outcome};
use c4h_sandbox::{Limits, system_clock};

/// Runs a script with some input values; returns its outcome and events.
fn run_with(code: &str, inputs: &[(&str, InputValue)]) -> (Outcome, Vec<Event>) {
    let run = common::run_with(code, inputs, &Limits::default(), system_clock);
    (run.outcome, run.events)
}

fn run(code: &str) -> (Outcome, Vec<Event>) {
    run_with(code, &[])
}

/// The message of a run that failed.
fn error_of(code: &str) -> String {
    let (outcome, events) = run(code);
    assert_eq!(outcome, Outcome::Failed, "{code} did not fail: {events:?}");
    events
        .iter()
        .find_map(|event| match event {
            Event::Diagnostic { diagnostic } => Some(diagnostic.to_text(&english)),
            _ => None,
        })
        .unwrap_or_default()
}

fn shown(events: &[Event]) -> Vec<(String, String)> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Show { label, value } => Some((label.clone(), value.clone())),
            _ => None,
        })
        .collect()
}

fn shown_value(events: &[Event], wanted: &str) -> String {
    shown(events)
        .into_iter()
        .find(|(label, _)| label == wanted)
        .map(|(_, value)| value)
        .unwrap_or_else(|| panic!("nothing shown as {wanted}: {events:?}"))
}

#[test]
fn a_table_keeps_the_columns_asked_for_in_order_and_fills_gaps() {
    let (outcome, events) = run(
        "table(\"People\", [#{ name: \"Ann\", age: 42 }, #{ name: \"Bo\", town: \"Leeds\" }], [\"name\", \"town\", \"age\"]);",
    );
    assert_eq!(outcome, Outcome::Completed);
    let Event::Table { table } = &events[0] else {
        panic!("no table: {events:?}")
    };
    assert_eq!(table.caption, "People");
    assert_eq!(table.columns, ["name", "town", "age"]);
    assert_eq!(table.rows, [["Ann", "", "42"], ["Bo", "Leeds", ""]]);
}

#[test]
fn a_table_of_one_map_lists_its_names_and_values_and_long_tables_are_cut() {
    let (_, events) = run("table(#{ systolic: 128, diastolic: 82 });");
    let Event::Table { table } = &events[0] else {
        panic!("no table")
    };
    assert_eq!(table.columns, ["name", "value"]);
    assert_eq!(table.rows, [["diastolic", "82"], ["systolic", "128"]]);

    let (_, events) = run("let rows = []; for i in 0..1500 { rows.push(#{ n: i }); } table(rows);");
    let Event::Table { table } = &events[0] else {
        panic!("no table")
    };
    assert_eq!(table.rows.len(), 1_000);
    assert_eq!(table.rows_given, Some(1_500));
}

#[test]
fn table_mistakes_are_explained() {
    let message = error_of("table([1, 2]);");
    assert!(message.contains("row 1 is the whole number 1"), "{message}");
    assert!(error_of("table(42);").contains("needs a list of maps"));
}

#[test]
fn a_line_chart_of_dates_has_a_date_axis_and_named_series() {
    let (outcome, events) = run(
        "line_chart(#{ title: \"BP\", x_label: \"Date\", y_label: \"mmHg\", x: [\"2024-01-05\", \"2024-02-05T09:30\"], \
         series: [#{ name: \"Systolic\", y: [130, 126] }, #{ name: \"Diastolic\", y: [85, 80.5] }] });",
    );
    assert_eq!(outcome, Outcome::Completed, "{events:?}");
    let Event::Chart { chart } = &events[0] else {
        panic!("no chart")
    };
    assert_eq!(chart.kind, ChartKind::Line);
    assert_eq!(chart.x_axis, AxisKind::Date);
    assert_eq!(
        (chart.x_label.as_str(), chart.y_label.as_str()),
        ("Date", "mmHg")
    );
    let jan_5 = f64::from(c4h_healthdata::Date::parse("2024-01-05").unwrap().days());
    assert_eq!(chart.series[0].name, "Systolic");
    assert_eq!(
        chart.series[0].points,
        [(jan_5, 130.0), (jan_5 + 31.0, 126.0)]
    );
    assert_eq!(chart.series[1].points[1], (jan_5 + 31.0, 80.5));
}

#[test]
fn quick_charts_bars_and_histograms() {
    let (_, events) = run(
        "scatter_chart(\"Height and weight\", [1.6, 1.8], [60, 80]);\n\
         bar_chart(\"Smokers\", [\"SYN01\", \"SYN02\"], [12, 30]);\n\
         histogram(#{ title: \"Ages\", values: [1, 2, 2, 3, 9], bins: 2 });\n\
         line_chart(\"Steps\", (), [4000, 6500, 5100]);",
    );
    let charts: Vec<_> = events
        .iter()
        .filter_map(|event| match event {
            Event::Chart { chart } => Some(chart),
            _ => None,
        })
        .collect();
    assert_eq!(charts.len(), 3, "{events:?}");
    assert_eq!(charts[0].kind, ChartKind::Scatter);
    assert_eq!(charts[0].series[0].points, [(1.6, 60.0), (1.8, 80.0)]);
    assert_eq!(charts[1].x_axis, AxisKind::Category);
    assert_eq!(charts[1].categories, ["SYN01", "SYN02"]);
    assert_eq!(charts[1].series[0].points, [(0.0, 12.0), (1.0, 30.0)]);
    assert_eq!(charts[2].kind, ChartKind::Histogram);
    assert_eq!(charts[2].bins.iter().map(|bin| bin.count).sum::<u32>(), 5);
    // `()` is not a list of x values: the fourth call failed, with a message.
    assert!(matches!(
        events.last(),
        Some(Event::Finished {
            outcome: Outcome::Failed,
            ..
        })
    ));
}

#[test]
fn chart_mistakes_are_explained() {
    let message = error_of("line_chart(\"BP\", [1, 2, 3], [120, 130]);");
    assert!(message.contains("3 x values and 2 y values"), "{message}");
    let message = error_of("line_chart(#{ tittle: \"BP\", y: [1] });");
    assert!(message.contains("Did you mean `title`?"), "{message}");
    let message = error_of("bar_chart(\"BP\", [\"a\"], [\"high\"]);");
    assert!(
        message.contains("item 0 (counting from 0) is the text \"high\""),
        "{message}"
    );
    let message = error_of("line_chart(\"BP\", [\"2024-01-01\", \"soon\"], [1, 2]);");
    assert!(message.contains("all dates like"), "{message}");
    let message = error_of("for i in 0..60 { line_chart(\"Again\", [1], [i]); }");
    assert!(
        message.contains("more than 50 tables and charts"),
        "{message}"
    );
    let message = error_of("histogram(#{ values: [1, 2], bins: 0 });");
    assert!(message.contains("from 1 to 50"), "{message}");
}

#[test]
fn inputs_take_the_learners_values_when_they_fit_and_defaults_otherwise() {
    let code = "let age = input_number(\"Age\", 40, 0, 120);\n\
                let weight = input_number(\"Weight\", 70.5);\n\
                let name = input_text(\"Name\", \"Sam\");\n\
                let level = choose(\"Level\", [\"Alert\", \"Voice\"], \"Voice\");\n\
                let oxygen = checkbox(\"Oxygen\", false);\n\
                show(\"Summary\", `${age} ${weight} ${name} ${level} ${oxygen} ${type_of(age)}`);";
    let (_, events) = run(code);
    assert_eq!(
        shown_value(&events, "Summary"),
        "40 70.5 Sam Voice false i64"
    );
    let Event::Input { input } = &events[0] else {
        panic!("no input")
    };
    assert_eq!(
        input.kind,
        InputKind::Number {
            default: 40.0,
            min: Some(0.0),
            max: Some(120.0),
            whole: true
        }
    );

    let (_, events) = run_with(
        code,
        &[
            ("Age", InputValue::Number(67.0)),
            ("Weight", InputValue::Number(82.25)),
            ("Name", InputValue::Text("Ann".into())),
            ("Level", InputValue::Text("Alert".into())),
            ("Oxygen", InputValue::Flag(true)),
        ],
    );
    assert_eq!(
        shown_value(&events, "Summary"),
        "67 82.25 Ann Alert true i64"
    );

    // Out of range, not whole, not a choice: the defaults are used, and reported.
    let (_, events) = run_with(
        code,
        &[
            ("Age", InputValue::Number(200.0)),
            ("Level", InputValue::Text("Asleep".into())),
        ],
    );
    assert_eq!(
        shown_value(&events, "Summary"),
        "40 70.5 Sam Voice false i64"
    );
    let (_, events) = run_with(code, &[("Age", InputValue::Number(41.5))]);
    assert_eq!(
        shown_value(&events, "Summary"),
        "40 70.5 Sam Voice false i64"
    );
    let Event::Input { input } = &events[0] else {
        panic!("no input")
    };
    assert_eq!(input.value, InputValue::Number(40.0));
}

#[test]
fn input_mistakes_are_explained() {
    let message = error_of("input_number(\"Age\", 1); input_number(\"Age\", 2);");
    assert!(
        message.contains("Two inputs are labelled \"Age\""),
        "{message}"
    );
    let message = error_of("input_number(\"Age\", 150, 0, 120);");
    assert!(message.contains("outside its limits"), "{message}");
    let message = error_of("choose(\"Level\", [\"Alert\"], \"Asleep\");");
    assert!(message.contains("not one of its choices"), "{message}");
    let message = error_of("input_text(\"  \", \"x\");");
    assert!(message.contains("needs a label"), "{message}");
}

#[test]
fn the_same_app_re_runs_with_new_values_each_time() {
    // The script is compiled once and re-run: each run must still see its own inputs.
    let code = std::fs::read_to_string(example("bmi-calculator.rhai")).unwrap();
    for (weight, height, bmi, range) in [
        (70.0, 1.75, "22.9", "Healthy weight"),
        (90.0, 1.80, "27.8", "Overweight"),
        (50.0, 1.80, "15.4", "Underweight"),
        (130.0, 1.70, "45.0", "Severely obese"),
    ] {
        let (outcome, events) = run_with(
            &code,
            &[
                ("Weight in kilograms", InputValue::Number(weight)),
                ("Height in metres", InputValue::Number(height)),
            ],
        );
        assert_eq!(outcome, Outcome::Completed);
        assert_eq!(shown_value(&events, "Your BMI"), bmi);
        assert_eq!(shown_value(&events, "BMI range"), range);
    }
}

fn example(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

#[test]
fn the_news2_example_agrees_with_the_data_sets_news2_score() {
    let code = std::fs::read_to_string(example("news2-calculator.rhai")).unwrap();
    let levels = [
        "Alert",
        "New confusion",
        "Responds to voice",
        "Responds to pain",
        "Unresponsive",
    ];
    // A deterministic walk over the chart's bands, edges included.
    for i in 0..300_u32 {
        let vitals = VitalSigns {
            respiratory_rate: f64::from(4 + (i * 7) % 30),
            oxygen_saturation: f64::from(84 + (i * 5) % 17),
            on_oxygen: i % 4 == 0,
            systolic: f64::from(80 + (i * 13) % 160),
            pulse: f64::from(35 + (i * 11) % 110),
            consciousness: if i % 9 == 0 { 'V' } else { 'A' },
            temperature: 34.5 + f64::from((i * 3) % 55) / 10.0,
        };
        let (outcome, events) = run_with(
            &code,
            &[
                (
                    "Respiration rate (breaths per minute)",
                    InputValue::Number(vitals.respiratory_rate),
                ),
                (
                    "Oxygen saturation (SpO2, %)",
                    InputValue::Number(vitals.oxygen_saturation),
                ),
                (
                    "Breathing supplemental oxygen",
                    InputValue::Flag(vitals.on_oxygen),
                ),
                (
                    "Systolic blood pressure (mmHg)",
                    InputValue::Number(vitals.systolic),
                ),
                ("Pulse (beats per minute)", InputValue::Number(vitals.pulse)),
                (
                    "Consciousness (ACVPU)",
                    InputValue::Text(levels[usize::from(vitals.consciousness != 'A') * 2].into()),
                ),
                (
                    "Temperature (°C)",
                    InputValue::Number((vitals.temperature * 10.0).round() / 10.0),
                ),
            ],
        );
        assert_eq!(outcome, Outcome::Completed, "{events:?}");
        let vitals = VitalSigns {
            temperature: (vitals.temperature * 10.0).round() / 10.0,
            ..vitals
        };
        assert_eq!(
            shown_value(&events, "NEWS2 score"),
            score(&vitals).to_string(),
            "{vitals:?}"
        );
    }
}

#[test]
fn every_example_says_it_is_for_learning_only() {
    for name in [
        "bmi-calculator.rhai",
        "news2-calculator.rhai",
        "blood-pressure-diary.rhai",
    ] {
        let code = std::fs::read_to_string(example(name)).unwrap();
        let comment = code.lines().take(8).any(|line| {
            line.starts_with("//") && line.contains("For learning only: not medical advice.")
        });
        assert!(
            comment,
            "{name} has no comment near the top saying it is for learning only"
        );
        let (outcome, events) = run(&code);
        assert_eq!(outcome, Outcome::Completed, "{name}: {events:?}");
        let note = shown_value(&events, "Please note");
        assert!(
            note.starts_with("For learning only: not medical advice."),
            "{name}: {note}"
        );
        // Shown text is cut at 200 characters: every caveat must fit whole.
        for (label, value) in shown(&events) {
            assert!(!value.ends_with('…'), "{name}: {label} was cut: {value}");
        }
    }
}

#[test]
fn the_blood_pressure_diary_charts_every_practice_reading_of_the_chosen_patient() {
    let code = std::fs::read_to_string(example("blood-pressure-diary.rhai")).unwrap();
    let (outcome, events) = run(&code);
    assert_eq!(outcome, Outcome::Completed, "{events:?}");
    let Some(Event::Input { input }) = events.first() else {
        panic!("no patient choice")
    };
    let InputKind::Choice { options, .. } = &input.kind else {
        panic!("not a choice")
    };
    assert_eq!(options.len(), 10);
    // The second patient, with the readings table ticked.
    let (_, events) = run_with(
        &code,
        &[
            ("Patient", InputValue::Text(options[1].clone())),
            ("Show the readings as a table", InputValue::Flag(true)),
        ],
    );
    let chart = events
        .iter()
        .find_map(|event| match event {
            Event::Chart { chart } => Some(chart),
            _ => None,
        })
        .expect("a chart");
    let name = options[1].split(" (").next().unwrap();
    assert_eq!(chart.title, format!("Blood pressure of {name}"));
    assert_eq!(chart.x_axis, AxisKind::Date);
    assert_eq!(chart.series.len(), 2);
    let readings: usize = shown_value(&events, "Readings").parse().unwrap();
    assert!(readings >= 3);
    // A diary of practice (or home) readings: readings taken on a hospital ward are left out.
    let population = c4h_healthdata::generate(c4h_healthdata::Settings::default());
    let practice_readings = |p: &c4h_healthdata::Patient| {
        p.observations_of(ObservationKind::BloodPressure)
            .filter(|o| o.stay.is_none())
            .count()
    };
    let listed: Vec<&c4h_healthdata::Patient> = population
        .patients
        .iter()
        .filter(|p| p.has(ConditionKind::Hypertension) && practice_readings(p) >= 3)
        .take(10)
        .collect();
    assert_eq!(readings, practice_readings(listed[1]));
    assert_eq!(chart.series[0].points.len(), readings);
    assert!(
        chart.series[0]
            .points
            .iter()
            .zip(&chart.series[1].points)
            .all(|(s, d)| s.1 > d.1)
    );
    let table = events
        .iter()
        .find_map(|event| match event {
            Event::Table { table } => Some(table),
            _ => None,
        })
        .expect("the readings table");
    assert_eq!(table.rows.len(), readings);
}
