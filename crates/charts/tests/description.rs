//! The plain-English description screen readers announce with each chart.

mod support;

use c4h_charts::{AxisKind, ChartKind, english, welsh};
use support::{chart, day, series};

#[test]
fn a_line_chart_names_its_series_and_their_ranges() {
    assert_eq!(
        support::blood_pressure().describe(&english),
        "Line chart of Systolic and Diastolic against Date, from 15 January 2024 to 15 December \
         2024. Systolic: 12 values from 118 to 145. Diastolic: 12 values from 70 to 92."
    );
}

#[test]
fn a_single_series_is_named_by_its_y_axis() {
    assert_eq!(
        support::height_and_weight().describe(&english),
        "Scatter chart of Weight (kg) against Height (cm), from 156.3 to 182.9. \
         Adults: 60 values from 45 to 97."
    );
    assert_eq!(
        support::single_point().describe(&english),
        "Line chart of Weight (kg) against Date, on 3 March 2024. Weight (kg): 1 value, 82.5."
    );
}

#[test]
fn a_bar_chart_names_its_groups() {
    assert_eq!(
        support::patients_by_practice().describe(&english),
        "Bar chart of Women and Men by Practice, in 5 groups: SYN01, SYN02, SYN03, SYN04 and \
         SYN05. Women: from 158 (SYN04) to 240 (SYN03). Men: from 149 (SYN04) to 251 (SYN03)."
    );
}

#[test]
fn a_histogram_says_where_most_values_are() {
    assert_eq!(
        support::ages().describe(&english),
        "Histogram of 1,000 values of Age (years) in 20 groups from 0 to 100; the most values \
         (97) are between 45 and 50."
    );
}

#[test]
fn empty_charts_say_so() {
    assert_eq!(
        support::empty().describe(&english),
        "Line chart with no values to show."
    );
    let histogram = chart(ChartKind::Histogram, "", AxisKind::Number, vec![]);
    assert_eq!(
        histogram.describe(&english),
        "Histogram with no values to show."
    );
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
        chart.describe(&english),
        "Line chart of Dose against x, from 0.1 to 2. Dose: 2 values from 0.3 to 12,345.7."
    );
}

#[test]
fn many_series_are_summarised() {
    let many = (0..14)
        .map(|i| series(&format!("S{i}"), vec![(day("2024-01-01"), f64::from(i))]))
        .collect();
    let chart = chart(ChartKind::Line, "", AxisKind::Date, many);
    let text = chart.describe(&english);
    assert!(text.starts_with("Line chart of S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 and 4 more against date, on 1 January 2024."), "{text}");
    assert!(
        text.ends_with("S9: 1 value, 9. 4 more series not described."),
        "{text}"
    );
}

/// The description in Welsh: the words are the catalogue's, the script's own labels and
/// names stay as the learner wrote them.
#[test]
fn a_welsh_reader_hears_the_description_in_welsh() {
    assert_eq!(
        support::blood_pressure().describe(&welsh),
        "Siart linell: Systolic a Diastolic yn erbyn Date, o 15 Ionawr 2024 i 15 Rhagfyr \
         2024. Systolic: 12 gwerth o 118 i 145. Diastolic: 12 gwerth o 70 i 92."
    );
    assert_eq!(
        support::patients_by_practice().describe(&welsh),
        "Siart bar: Women a Men yn ôl Practice, mewn 5 grŵp: SYN01, SYN02, SYN03, SYN04 a \
         SYN05. Women: o 158 (SYN04) i 240 (SYN03). Men: o 149 (SYN04) i 251 (SYN03)."
    );
    assert_eq!(
        support::ages().describe(&welsh),
        "Histogram o 1,000 gwerth ar gyfer Age (years) mewn 20 grŵp o 0 i 100; mae'r nifer \
         mwyaf o werthoedd (97) rhwng 45 a 50."
    );
    assert_eq!(
        support::empty().describe(&welsh),
        "Siart linell heb werthoedd i'w dangos."
    );
    let svg = c4h_charts::render_svg(&support::empty(), "cy", &welsh);
    assert!(svg.contains(">Dim gwerthoedd i&#39;w dangos<"), "{svg}");
}

/// Every word a chart adds is in the built-in catalogues: a missing one would show its id.
#[test]
fn every_word_is_in_the_catalogues() {
    let charts = [
        support::blood_pressure(),
        support::patients_by_practice(),
        support::height_and_weight(),
        support::ages(),
        support::single_point(),
        support::empty(),
    ];
    for words in [&english as c4h_charts::Words, &welsh] {
        for chart in &charts {
            let mut unnamed = chart.clone();
            unnamed.title.clear();
            unnamed.x_label.clear();
            unnamed.y_label.clear();
            for series in &mut unnamed.series {
                series.name.clear();
            }
            for shown in [chart, &unnamed] {
                let svg = c4h_charts::render_svg(shown, "w", words);
                let table = shown.data_table(words);
                let text = format!("{svg}{:?}", table.columns);
                assert!(!text.contains("charts-"), "{text}");
            }
        }
    }
}
