//! c4h-charts: the charts and tables a learner's script shows, as values and as pictures.
//!
//! The sandbox builds a [`Chart`] or a [`Table`] from a script's call (`line_chart`,
//! `table`, …) and sends it to the page as data; the page draws it with [`render_svg`] and
//! offers [`Chart::data_table`] as its "show as table" alternative; the CLI writes the same
//! SVG to files. The words they add (the description, legend, axis names, table columns)
//! come from the `charts` message catalogue through [`Words`]: the page passes the one it
//! fetched with the chart renderer, the CLI and tests the built-in [`english`] or [`welsh`]. One renderer for both, so a chart looks the same everywhere, and snapshot
//! tests of its SVG guard it. It is our own small renderer rather than a charting library:
//! it must run inside wasm without a DOM, stay small (it is part of the first download), and
//! produce SVG that is accessible by construction (title, description, patterns and marker
//! shapes as well as colour).

mod axes;
mod data_table;
mod describe;
mod format;
mod histogram;
mod layout;
mod legend;
mod markup;
mod model;
mod palette;
mod svg;
mod table;
mod ticks;
mod values;
mod words;

pub use format::count_text;
pub use histogram::histogram_bins;
pub use model::{AxisKind, Bin, Chart, ChartKind, Series};
pub use svg::render_svg;
pub use table::Table;
pub use words::Words;
#[cfg(not(target_arch = "wasm32"))]
pub use words::{built_in_words, english, welsh};
// Messages and languages, so hosts need not name c4h-messages themselves.
pub use c4h_messages::{Lang, Message};
