//! Drawing a [`Chart`] as SVG. (Being written.)

use crate::model::{Bin, Chart};
use crate::table::Table;

/// The chart as an SVG document. `id` must be unique on the page: the `<title>` and `<desc>`
/// elements get ids made from it.
pub fn render_svg(_chart: &Chart, _id: &str) -> String {
    String::new()
}

pub(crate) fn data_table(_chart: &Chart) -> Table {
    Table {
        caption: String::new(),
        columns: Vec::new(),
        rows: Vec::new(),
        rows_given: None,
    }
}

pub(crate) fn describe(_chart: &Chart) -> String {
    String::new()
}

pub(crate) fn histogram_bins(_values: &[f64], _bins: Option<usize>) -> Vec<Bin> {
    Vec::new()
}
