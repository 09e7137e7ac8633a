//! The "show as table" alternative: one row per x value (line and scatter), per group (bar)
//! or per bin (histogram), with the values exactly as given.

mod support;

use c4h_charts::{AxisKind, Bin, ChartKind, Table, english};
use support::{chart, day, series};

fn rows(table: &Table) -> Vec<Vec<&str>> {
    table
        .rows
        .iter()
        .map(|row| row.iter().map(String::as_str).collect())
        .collect()
}

#[test]
fn a_line_chart_has_a_row_per_date() {
    let table = support::blood_pressure().data_table(&english);
    assert_eq!(table.caption, "Blood pressure in 2024");
    assert_eq!(table.columns, ["Date", "Systolic", "Diastolic"]);
    assert_eq!(table.rows.len(), 12);
    assert_eq!(rows(&table)[0], ["2024-01-15", "138", "88"]);
    assert_eq!(rows(&table)[11], ["2024-12-15", "122", "74"]);
    assert_eq!(table.rows_given, None);
}

#[test]
fn rows_are_in_x_order_with_empty_cells_where_a_series_has_no_value() {
    let chart = chart(
        ChartKind::Line,
        "Weights",
        AxisKind::Date,
        vec![
            series(
                "Ward 1",
                vec![(day("2024-03-02"), 70.5), (day("2024-03-01"), 70.25)],
            ),
            series(
                "Ward 2",
                vec![
                    (day("2024-03-03"), 0.1 + 0.2),
                    (day("2024-03-01"), f64::NAN),
                ],
            ),
        ],
    );
    let table = chart.data_table(&english);
    assert_eq!(table.columns, ["x", "Ward 1", "Ward 2"]);
    assert_eq!(
        rows(&table),
        [
            ["2024-03-01", "70.25", ""],
            ["2024-03-02", "70.5", ""],
            // Exactly as given: the table is where a reader checks the numbers.
            ["2024-03-03", "", "0.30000000000000004"],
        ]
    );
}

#[test]
fn a_scatter_chart_keeps_every_point() {
    let chart = chart(
        ChartKind::Scatter,
        "",
        AxisKind::Number,
        vec![series(
            "",
            vec![(170.0, 70.0), (165.5, 61.0), (170.0, 82.0), (-0.0, 1e300)],
        )],
    );
    let table = chart.data_table(&english);
    assert_eq!(table.columns, ["x", "Value"]);
    assert_eq!(
        rows(&table),
        [["0", "1e300"], ["165.5", "61"], ["170", "70; 82"]]
    );
}

#[test]
fn a_bar_chart_has_a_row_per_group() {
    let table = support::patients_by_practice().data_table(&english);
    assert_eq!(table.columns, ["Practice", "Women", "Men"]);
    assert_eq!(rows(&table)[0], ["SYN01", "212", "198"]);
    assert_eq!(rows(&table)[4], ["SYN05", "203", "190"]);

    let mut unlabelled = support::patients_by_practice();
    unlabelled.x_label.clear();
    unlabelled.series[1].points.pop();
    let table = unlabelled.data_table(&english);
    assert_eq!(table.columns[0], "Name");
    assert_eq!(rows(&table)[4], ["SYN05", "203", ""]);
}

#[test]
fn a_histogram_has_a_row_per_bin() {
    let mut histogram = chart(ChartKind::Histogram, "Ages", AxisKind::Number, vec![]);
    histogram.bins = vec![
        Bin {
            start: 0.0,
            end: 2.5,
            count: 3,
        },
        Bin {
            start: 2.5,
            end: 5.0,
            count: 0,
        },
        Bin {
            start: f64::NAN,
            end: 5.0,
            count: 9,
        },
    ];
    let table = histogram.data_table(&english);
    assert_eq!(table.caption, "Ages");
    assert_eq!(table.columns, ["From", "To", "Number of values"]);
    assert_eq!(rows(&table), [["0", "2.5", "3"], ["2.5", "5", "0"]]);
    histogram.y_label = "Patients".into();
    assert_eq!(histogram.data_table(&english).columns[2], "Patients");
}

#[test]
fn every_sample_table_is_rectangular() {
    for (name, chart) in support::samples() {
        let table = chart.data_table(&english);
        assert!(!table.columns.is_empty(), "{name}");
        assert!(
            table
                .rows
                .iter()
                .all(|row| row.len() == table.columns.len()),
            "{name}"
        );
    }
}
