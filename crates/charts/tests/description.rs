//! The plain-English description screen readers announce with each chart.

mod support;

use c4h_charts::{AxisKind, ChartKind};
use support::{chart, day, series};

#[test]
fn a_line_chart_names_its_series_and_their_ranges() {
    assert_eq!(
        support::blood_pressure().description(),
        "Line chart of Systolic and Diastolic against Date, from 15 January 2024 to 15 December \
         2024. Systolic: 12 values from 118 to 145. Diastolic: 12 values from 70 to 92."
    );
}

#[test]
fn a_single_series_is_named_by_its_y_axis() {
    assert_eq!(
        support::height_and_weight().description(),
        "Scatter chart of Weight (kg) against Height (cm), from 156.3 to 182.9. \
         Adults: 60 values from 45 to 97."
    );
    assert_eq!(
        support::single_point().description(),
        "Line chart of Weight (kg) against Date, on 3 March 2024. Weight (kg): 1 value, 82.5."
    );
}

#[test]
fn a_bar_chart_names_its_groups() {
    assert_eq!(
        support::patients_by_practice().description(),
        "Bar chart of Women and Men by Practice, in 5 groups: SYN01, SYN02, SYN03, SYN04 and \
         SYN05. Women: from 158 (SYN04) to 240 (SYN03). Men: from 149 (SYN04) to 251 (SYN03)."
    );
}

#[test]
fn a_histogram_says_where_most_values_are() {
    assert_eq!(
        support::ages().description(),
        "Histogram of 1,000 values of Age (years) in 20 groups from 0 to 100; the most values \
         (97) are between 45 and 50."
    );
}

#[test]
fn empty_charts_say_so() {
    assert_eq!(
        support::empty().description(),
        "Line chart with no values to show."
    );
    let histogram = chart(ChartKind::Histogram, "", AxisKind::Number, vec![]);
    assert_eq!(histogram.description(), "Histogram with no values to show.");
}

#[test]
fn numbers_are_rounded_for_listening() {
    let chart = chart(
        ChartKind::Line,
        "",
        AxisKind::Number,
        vec![series(
            "Dose",
            vec![(0.1, 0.1 + 0.2), (2.0, 12_345.678_9), (f64::NAN, 5.0)],
        )],
    );
    assert_eq!(
        chart.description(),
        "Line chart of Dose against x, from 0.1 to 2. Dose: 2 values from 0.3 to 12,345.7."
    );
}

#[test]
fn many_series_are_summarised() {
    let many = (0..14)
        .map(|i| series(&format!("S{i}"), vec![(day("2024-01-01"), f64::from(i))]))
        .collect();
    let chart = chart(ChartKind::Line, "", AxisKind::Date, many);
    let text = chart.description();
    assert!(text.starts_with("Line chart of S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 and 4 more against date, on 1 January 2024."), "{text}");
    assert!(
        text.ends_with("S9: 1 value, 9. 4 more series not described."),
        "{text}"
    );
}
