//! The key to a chart's series: each one's marker, dashes or hatching beside its name.

use c4h_messages::Message;

use crate::format::Coord;
use crate::layout::{EDGE, WIDTH};
use crate::markup::{Markup, shorten, text_width};
use crate::model::{Chart, ChartKind};
use crate::palette::{self, TEXT};
use crate::values::{has_values, series_name};
use crate::words::Words;

const LEGEND_FONT_SIZE: f64 = 12.0;
const LEGEND_ROW_HEIGHT: f64 = 20.0;
/// More legend rows than this would squeeze the plot: the rest are counted instead.
const MAX_LEGEND_ROWS: usize = 4;
/// Longer names are shortened in the key (the table has them whole).
const MAX_NAME_CHARS: usize = 48;
/// The marker or swatch and the space after it.
const SYMBOL_WIDTH: f64 = 34.0;
/// Room for "and 10 more".
const MORE_WIDTH: f64 = 90.0;

/// A key to the series when there is more than one: each one's marker, dashes or hatching
/// beside its name, so colour is never the only way to tell them apart. Returns where the
/// plot can start.
pub(crate) fn write_legend(markup: &mut Markup, chart: &Chart, id: &str, words: Words) -> f64 {
    let first_row_middle = 46.0;
    if chart.kind == ChartKind::Histogram || chart.series.len() < 2 || !has_values(chart) {
        return first_row_middle;
    }
    markup
        .start("g")
        .num("font-size", LEGEND_FONT_SIZE)
        .attr("fill", TEXT)
        .open();
    let (mut x, mut row) = (EDGE, 0);
    let right_edge = WIDTH - EDGE;
    for index in 0..chart.series.len() {
        let name = shorten(&series_name(chart, index, words), MAX_NAME_CHARS);
        let width = SYMBOL_WIDTH + text_width(&name, LEGEND_FONT_SIZE);
        let on_last_row = row + 1 == MAX_LEGEND_ROWS;
        let fits_on_row = x == EDGE || x + width <= right_edge;
        // On the last row, each key leaves room after it for "and 3 more".
        let leaves_room = index + 1 == chart.series.len() || x + width + MORE_WIDTH <= right_edge;
        if on_last_row && !(fits_on_row && leaves_room) {
            let more = chart.series.len() - index;
            let middle = first_row_middle + row as f64 * LEGEND_ROW_HEIGHT;
            markup
                .start("text")
                .num("x", x)
                .num("y", middle + 4.0)
                .text(&words(
                    &Message::new("charts-legend-more").with("count", more.to_string()),
                ));
            break;
        }
        if !fits_on_row {
            row += 1;
            x = EDGE;
        }
        let middle = first_row_middle + row as f64 * LEGEND_ROW_HEIGHT;
        write_legend_symbol(markup, chart.kind, index, x, middle, id);
        markup
            .start("text")
            .num("x", x + SYMBOL_WIDTH)
            .num("y", middle + 4.0)
            .text(&name);
        x += width + 18.0;
    }
    markup.close("g");
    first_row_middle + row as f64 * LEGEND_ROW_HEIGHT + 24.0
}

/// A series' key, 28 pixels wide, starting at `x` and centred on `middle`.
fn write_legend_symbol(
    markup: &mut Markup,
    kind: ChartKind,
    series: usize,
    x: f64,
    middle: f64,
    id: &str,
) {
    let colour = palette::colour(series);
    match kind {
        ChartKind::Bar => {
            markup
                .start("rect")
                .num("x", x + 4.0)
                .num("y", middle - 8.0)
                .num("width", 20.0)
                .num("height", 16.0)
                .attr("fill", &palette::bar_fill(series, id))
                .attr("stroke", colour)
                .end();
        }
        ChartKind::Line => {
            let mut tag = markup
                .start("path")
                .attr("d", &format!("M{} {}h28", Coord(x), Coord(middle)))
                .attr("stroke", colour)
                .num("stroke-width", 2.0);
            if let Some(dashes) = palette::dashes(series) {
                tag = tag.attr("stroke-dasharray", dashes);
            }
            tag.end();
            palette::write_markers(markup, series, &[(x + 14.0, middle)]);
        }
        ChartKind::Scatter | ChartKind::Histogram => {
            palette::write_markers(markup, series, &[(x + 14.0, middle)]);
        }
    }
}
