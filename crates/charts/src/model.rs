//! What a chart is: its kind, labels, axes and values. Plain data, sent from the worker to
//! the page as JSON.

use serde::{Deserialize, Serialize};

/// The kinds of chart a script can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    Line,
    Bar,
    Scatter,
    Histogram,
}

/// What the x axis holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AxisKind {
    /// Plain numbers.
    Number,
    /// Dates, as days since 1970-01-01 (c4h_dates::Date::days).
    Date,
    /// Named groups (bar charts): x is the index into [`Chart::categories`].
    Category,
}

/// One named set of points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub name: String,
    /// (x, y) pairs in the order the script gave them. For a category axis x is the
    /// category's index.
    pub points: Vec<(f64, f64)>,
}

/// One bar of a histogram: how many values fell in `start..end` (the last bin includes its
/// end).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    pub start: f64,
    pub end: f64,
    pub count: u32,
}

/// A chart, as the script asked for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// The axis labels; empty when the script gave none.
    pub x_label: String,
    pub y_label: String,
    pub x_axis: AxisKind,
    /// The names of the groups on a category axis, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Line, scatter and bar charts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<Series>,
    /// Histograms (the sandbox counts the values into bins with `histogram_bins`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bins: Vec<Bin>,
}
