//! The chart's values as a table: the page's "show as table" alternative for people who
//! cannot see the chart, and the CLI's text form. Values appear exactly as given (24.2, 120,
//! 1e300): the table is where a reader checks the numbers, so none is rounded.

use std::collections::BTreeMap;

use crate::format::exact_number;
use crate::model::{Chart, ChartKind};
use crate::table::Table;
use crate::values::{
    Groups, distinct_xs, series_name, shown_bins, shown_points, x_axis_name, x_text,
};
use crate::words::{Words, word};

/// Several values of one series at the same x (a scatter chart of heights, say) share a
/// cell, separated by this.
const SAME_X_SEPARATOR: &str = "; ";

impl Chart {
    /// The chart's values as a table: the "show as table" alternative for screen readers,
    /// and the CLI's text form. Column names the script did not give are in `words`.
    pub fn data_table(&self, words: Words) -> Table {
        data_table(self, words)
    }
}

fn data_table(chart: &Chart, words: Words) -> Table {
    let (columns, rows) = match chart.kind {
        ChartKind::Histogram => histogram_rows(chart, words),
        // A chart made the quick way (`bar_chart(title, names, values)`) has no axis labels:
        // its table says what the columns hold in plain words.
        ChartKind::Bar => series_rows(
            chart,
            &word(words, "charts-table-name"),
            &Groups::of(chart).keys,
            words,
        ),
        ChartKind::Line | ChartKind::Scatter => series_rows(chart, "x", &distinct_xs(chart), words),
    };
    Table {
        caption: chart.title.clone(),
        columns,
        rows,
        rows_given: None,
    }
}

/// Columns: the x axis, then one per series. One row per x value in `xs`, with each series'
/// values there (empty if it has none).
fn series_rows(
    chart: &Chart,
    x_fallback: &str,
    xs: &[f64],
    words: Words,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut columns = vec![x_axis_name(chart, x_fallback).to_string()];
    columns.extend((0..chart.series.len()).map(|index| series_name(chart, index, words)));

    // Row index by x. BTreeMap keyed by the bits of x: -0 was already made 0, so equal
    // values have equal bits.
    let row_of: BTreeMap<u64, usize> = xs
        .iter()
        .enumerate()
        .map(|(row, x)| (x.to_bits(), row))
        .collect();
    let mut rows: Vec<Vec<String>> = xs
        .iter()
        .map(|&x| {
            let mut row = vec![String::new(); columns.len()];
            row[0] = x_text(chart, x);
            row
        })
        .collect();
    for (index, series) in chart.series.iter().enumerate() {
        for (x, y) in shown_points(chart, series) {
            let Some(&row) = row_of.get(&x.to_bits()) else {
                continue;
            };
            let cell = &mut rows[row][index + 1];
            if !cell.is_empty() {
                cell.push_str(SAME_X_SEPARATOR);
            }
            cell.push_str(&exact_number(y));
        }
    }
    (columns, rows)
}

/// Columns: From, To, and the count. One row per bin.
fn histogram_rows(chart: &Chart, words: Words) -> (Vec<String>, Vec<Vec<String>>) {
    let count_name = match chart.y_label.trim() {
        "" => word(words, "charts-count"),
        label => label.to_string(),
    };
    let columns = vec![
        word(words, "charts-table-from"),
        word(words, "charts-table-to"),
        count_name,
    ];
    let rows = shown_bins(chart)
        .map(|bin| {
            vec![
                exact_number(bin.start),
                exact_number(bin.end),
                bin.count.to_string(),
            ]
        })
        .collect();
    (columns, rows)
}
