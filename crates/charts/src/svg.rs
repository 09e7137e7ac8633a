//! Drawing a [`Chart`] as an SVG document that is accessible by construction: a title and
//! description screen readers announce, series told apart by shape, dashes and hatching as
//! well as colour, and no inline styles or scripts (the page's Content-Security-Policy
//! forbids both), so only presentation attributes.

use std::fmt::Write;

use crate::axes::{
    GROUP_LABEL_LINE_HEIGHT, GroupAxis, Plot, ROTATED_LABEL_DEGREES, XAxis, fraction, y_ticks,
};
use crate::describe::{describe, kind_name};
use crate::format::Coord;
use crate::layout::{EDGE, HEIGHT, WIDTH};
use crate::legend;
use crate::markup::{Markup, sanitise_id, shorten, text_width};
use crate::model::{Chart, ChartKind};
use crate::palette::{self, AXIS, GRID, TEXT};
use crate::ticks::{TICK_FONT_SIZE, Ticks};
use crate::values::{has_values, is_shown, shown_bins, shown_points};
use crate::words::{Words, word};

const TITLE_FONT_SIZE: f64 = 16.0;
const LABEL_FONT_SIZE: f64 = 13.0;
/// Above this many points a line has no markers: they would merge into a thick smear.
const MAX_POINTS_WITH_MARKERS: usize = 100;

/// The chart as an SVG document. `id` must be unique on the page: the `<title>`, `<desc>`
/// and hatching patterns get ids made from it (after replacing any character other than
/// letters, digits, `_` and `-` with `-`). Its description, legend and axes say what the
/// script did not in `words` (the `charts` catalogue in the reader's language).
pub fn render_svg(chart: &Chart, id: &str, words: Words) -> String {
    let id = sanitise_id(id);
    let mut markup = Markup::new();
    write_root(&mut markup, chart, &id, words);
    if chart.kind == ChartKind::Bar && has_values(chart) {
        palette::write_patterns(&mut markup, chart.series.len(), &id);
    }
    // A white background, so the colours keep their contrast on a dark page too.
    markup
        .start("rect")
        .num("width", WIDTH)
        .num("height", HEIGHT)
        .attr("fill", "#fff")
        .end();
    write_heading(&mut markup, chart);
    let plot_top = legend::write_legend(&mut markup, chart, &id, words);
    if has_values(chart) {
        draw_chart(&mut markup, chart, &id, plot_top, words);
    } else {
        draw_empty(&mut markup, chart, plot_top, words);
    }
    markup.close("svg");
    markup.finish()
}

/// The `<svg>` start tag, `<title>` and `<desc>`: the accessible name and description.
fn write_root(markup: &mut Markup, chart: &Chart, id: &str, words: Words) {
    markup
        .start("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 640 400")
        .attr("role", "img")
        .attr("aria-labelledby", &format!("{id}-title {id}-desc"))
        .attr("class", "c4h-chart")
        .attr("font-family", "Arial, sans-serif")
        .open();
    let title = match chart.title.trim() {
        // Never an empty accessible name.
        "" => kind_name(chart.kind, words),
        title => title.to_string(),
    };
    markup
        .start("title")
        .attr("id", &format!("{id}-title"))
        .text(&title);
    markup
        .start("desc")
        .attr("id", &format!("{id}-desc"))
        .text(&describe(chart, words));
}

fn write_heading(markup: &mut Markup, chart: &Chart) {
    // Bold is about a tenth wider.
    let title = fit_text(&chart.title, TITLE_FONT_SIZE * 1.1, WIDTH - 2.0 * EDGE);
    if title.is_empty() {
        return;
    }
    markup
        .start("text")
        .num("x", EDGE)
        .num("y", 26.0)
        .num("font-size", TITLE_FONT_SIZE)
        .attr("font-weight", "bold")
        .attr("fill", TEXT)
        .text(&title);
}

/// `text` shortened (with "…") until it is at most `width` pixels wide.
fn fit_text(text: &str, font_size: f64, width: f64) -> String {
    // No more than 200 characters fit across the picture: only those are measured, so a
    // huge title costs no more than a long one.
    let start: String = text.trim().chars().take(201).collect();
    let mut chars = start.chars().count().min(200);
    let mut fitted = shorten(&start, chars);
    while chars > 1 && text_width(&fitted, font_size) > width {
        chars -= 1;
        fitted = shorten(&start, chars);
    }
    fitted
}

/// The y axis's label, with a histogram's default.
fn y_label(chart: &Chart, words: Words) -> String {
    match (chart.kind, chart.y_label.trim()) {
        (ChartKind::Histogram, "") => word(words, "charts-count"),
        (_, label) => label.to_string(),
    }
}

/// A chart with values, laid out: where its plot is and how its axes map values to pixels.
struct Drawing<'a> {
    chart: &'a Chart,
    id: &'a str,
    plot: Plot,
    x_axis: XAxis,
    y_ticks: Ticks,
}

fn draw_chart(markup: &mut Markup, chart: &Chart, id: &str, top: f64, words: Words) {
    let drawing = Drawing::lay_out(chart, id, top, words);
    drawing.draw_y_ticks(markup);
    drawing.draw_x_ticks(markup);
    match chart.kind {
        ChartKind::Line => {
            drawing.draw_lines(markup);
            drawing.draw_point_markers(markup, MAX_POINTS_WITH_MARKERS);
        }
        ChartKind::Scatter => drawing.draw_point_markers(markup, usize::MAX),
        ChartKind::Bar => drawing.draw_bars(markup),
        ChartKind::Histogram => drawing.draw_histogram(markup),
    }
    drawing.draw_zero_line(markup);
    draw_axis_lines(markup, drawing.plot);
    draw_axis_labels(markup, chart, drawing.plot, words);
}

impl Drawing<'_> {
    /// The y ticks come first: their labels' width decides where the plot starts, which
    /// decides the room along the x axis, whose labels decide where the plot ends below.
    fn lay_out<'a>(chart: &'a Chart, id: &'a str, top: f64, words: Words) -> Drawing<'a> {
        let y_ticks = y_ticks(chart);
        let widest_y_label = y_ticks
            .ticks
            .iter()
            .map(|tick| text_width(&tick.label, TICK_FONT_SIZE))
            .fold(0.0, f64::max);
        let y_label_room = if y_label(chart, words).is_empty() {
            0.0
        } else {
            22.0
        };
        let mut left = EDGE + y_label_room + widest_y_label + 8.0;
        let mut right = WIDTH - 24.0;
        let mut x_axis = XAxis::new(chart, right - left, words);
        // The first and last x labels may reach past the plot's sides (a label centred on
        // its edge, a slanted group name): make room for them, then lay the axis out again.
        let (reach_left, reach_right) = x_axis.label_overhang(right - left);
        let room_left = left - reach_left.max(0.0) - 4.0;
        let room_right = WIDTH - right - reach_right.max(0.0) - 4.0;
        if room_left < 0.0 || room_right < 0.0 {
            left -= room_left.min(0.0);
            right += room_right.min(0.0);
            x_axis = XAxis::new(chart, right - left, words);
        }
        let x_label_room = if chart.x_label.trim().is_empty() {
            8.0
        } else {
            30.0
        };
        // Never less than a third of the picture, whatever the labels ask for.
        let bottom = (HEIGHT - x_label_room - x_axis.label_height()).max(top + HEIGHT / 3.0);
        Drawing {
            chart,
            id,
            plot: Plot {
                left,
                top,
                right,
                bottom,
            },
            x_axis,
            y_ticks,
        }
    }

    fn x_of(&self, x: f64) -> Option<f64> {
        self.x_axis.position(x, self.plot)
    }

    fn y_of(&self, y: f64) -> f64 {
        self.plot.bottom - fraction(y, self.y_ticks.low, self.y_ticks.high) * self.plot.height()
    }

    /// Grid lines across the plot at each y tick, and the tick labels.
    fn draw_y_ticks(&self, markup: &mut Markup) {
        let plot = self.plot;
        let mut grid = String::new();
        for tick in &self.y_ticks.ticks {
            let y = Coord(self.y_of(tick.value));
            let _ = write!(grid, "M{} {y}H{}", Coord(plot.left), Coord(plot.right));
        }
        draw_path(markup, &grid, GRID);
        open_label_group(markup, "end");
        for tick in &self.y_ticks.ticks {
            markup
                .start("text")
                .num("x", plot.left - 8.0)
                .num("y", self.y_of(tick.value) + 4.0)
                .text(&tick.label);
        }
        markup.close("g");
    }

    fn draw_x_ticks(&self, markup: &mut Markup) {
        match &self.x_axis {
            XAxis::Scale(ticks) => self.draw_scale_ticks(markup, ticks),
            XAxis::Groups(axis) => self.draw_group_names(markup, axis),
        }
    }

    fn draw_scale_ticks(&self, markup: &mut Markup, ticks: &Ticks) {
        let plot = self.plot;
        let x_of = |value: f64| plot.left + fraction(value, ticks.low, ticks.high) * plot.width();
        let mut marks = String::new();
        for tick in &ticks.ticks {
            let _ = write!(
                marks,
                "M{} {}v5",
                Coord(x_of(tick.value)),
                Coord(plot.bottom)
            );
        }
        draw_path(markup, &marks, AXIS);
        open_label_group(markup, "middle");
        for tick in &ticks.ticks {
            markup
                .start("text")
                .num("x", x_of(tick.value))
                .num("y", plot.bottom + 18.0)
                .text(&tick.label);
        }
        markup.close("g");
    }

    fn draw_group_names(&self, markup: &mut Markup, axis: &GroupAxis) {
        let plot = self.plot;
        open_label_group(markup, if axis.rotated { "end" } else { "middle" });
        for (slot, lines) in axis.labels.iter().enumerate() {
            let Some(first) = lines.first() else {
                continue;
            };
            let x = axis.slot_middle(slot, plot);
            if axis.rotated {
                // Slanted up to the left, ending just under the middle of its slot.
                let (x, y) = (x + 4.0, plot.bottom + 14.0);
                let turn = format!("rotate(-{ROTATED_LABEL_DEGREES} {} {})", Coord(x), Coord(y));
                markup
                    .start("text")
                    .attr("transform", &turn)
                    .num("x", x)
                    .num("y", y)
                    .text(first);
            } else if let [only] = lines.as_slice() {
                markup
                    .start("text")
                    .num("x", x)
                    .num("y", plot.bottom + 18.0)
                    .text(only);
            } else {
                // A whole name on several lines, read as one text.
                markup
                    .start("text")
                    .num("x", x)
                    .num("y", plot.bottom + 18.0)
                    .open();
                for (index, line) in lines.iter().enumerate() {
                    let dy = if index == 0 {
                        0.0
                    } else {
                        GROUP_LABEL_LINE_HEIGHT
                    };
                    markup.start("tspan").num("x", x).num("dy", dy).text(line);
                }
                markup.close("text");
            }
        }
        markup.close("g");
    }

    /// The drawable points of series `index`, in pixels, in the order given; None where a
    /// point cannot be drawn.
    fn placed_points(&self, index: usize) -> impl Iterator<Item = Option<(f64, f64)>> + '_ {
        let points = self
            .chart
            .series
            .get(index)
            .map_or(&[][..], |series| &series.points);
        points.iter().map(move |&point| {
            if !is_shown(self.chart, point) {
                return None;
            }
            Some((self.x_of(point.0)?, self.y_of(point.1)))
        })
    }

    /// Each series as one path through its points in the order given, broken where a point
    /// cannot be drawn (not a number, say) rather than bridging the gap.
    fn draw_lines(&self, markup: &mut Markup) {
        for index in 0..self.chart.series.len() {
            let mut d = String::new();
            let mut drawn_in_stretch = 0;
            for placed in self.placed_points(index) {
                let Some((x, y)) = placed else {
                    drawn_in_stretch = 0;
                    continue;
                };
                let (x, y) = (Coord(x), Coord(y));
                let _ = match drawn_in_stretch {
                    0 => write!(d, "M{x} {y}"),
                    1 => write!(d, "L{x} {y}"),
                    _ => write!(d, " {x} {y}"),
                };
                drawn_in_stretch += 1;
            }
            if d.is_empty() {
                continue;
            }
            let mut tag = markup
                .start("path")
                .attr("d", &d)
                .attr("fill", "none")
                .attr("stroke", palette::colour(index))
                .num("stroke-width", 2.0)
                .attr("stroke-linejoin", "round");
            if let Some(dashes) = palette::dashes(index) {
                tag = tag.attr("stroke-dasharray", dashes);
            }
            tag.end();
        }
    }

    /// Each series' markers as one path; none for a series of more than `max_points`
    /// (markers that close together merge into a smear).
    fn draw_point_markers(&self, markup: &mut Markup, max_points: usize) {
        for index in 0..self.chart.series.len() {
            let points: Vec<(f64, f64)> = self.placed_points(index).flatten().collect();
            if points.len() <= max_points {
                palette::write_markers(markup, index, &points);
            }
        }
    }

    /// Bars side by side within each group, one per series, growing from zero.
    fn draw_bars(&self, markup: &mut Markup) {
        let XAxis::Groups(axis) = &self.x_axis else {
            return;
        };
        let plot = self.plot;
        let series_count = self.chart.series.len().max(1) as f64;
        let slot = axis.slot_width(plot);
        let bar_width = slot * 0.8 / series_count;
        // A sliver of white between the bars of a group (none for a single series).
        let gap = if series_count > 1.0 {
            (bar_width * 0.15).min(2.0)
        } else {
            0.0
        };
        let base = self.y_of(0.0);
        for (index, series) in self.chart.series.iter().enumerate() {
            let bars: Vec<(f64, f64)> = shown_points(self.chart, series)
                .filter_map(|(x, y)| Some((axis.groups.position(x)? as f64, self.y_of(y))))
                .collect();
            if bars.is_empty() {
                continue;
            }
            markup
                .start("g")
                .attr("fill", &palette::bar_fill(index, self.id))
                .attr("stroke", palette::colour(index))
                .open();
            for (group, top) in bars {
                let left = plot.left + group * slot + slot * 0.1 + index as f64 * bar_width;
                write_rect(
                    markup,
                    left + gap / 2.0,
                    top.min(base),
                    bar_width - gap,
                    (top - base).abs(),
                );
            }
            markup.close("g");
        }
    }

    /// Adjacent bars, one per bin, with a white line between neighbours.
    fn draw_histogram(&self, markup: &mut Markup) {
        markup
            .start("g")
            .attr("fill", palette::colour(0))
            .attr("stroke", "#fff")
            .open();
        let base = self.y_of(0.0);
        for bin in shown_bins(self.chart).filter(|bin| bin.count > 0) {
            let (Some(left), Some(right)) = (self.x_of(bin.start), self.x_of(bin.end)) else {
                continue;
            };
            let top = self.y_of(f64::from(bin.count));
            write_rect(markup, left, top, right - left, base - top);
        }
        markup.close("g");
    }

    /// A line at zero when bars go below it: they grow from there, not from the axis.
    fn draw_zero_line(&self, markup: &mut Markup) {
        let crosses_zero = self.y_ticks.low < 0.0 && self.y_ticks.high > 0.0;
        if self.chart.kind == ChartKind::Bar && crosses_zero {
            let plot = self.plot;
            let d = format!(
                "M{} {}H{}",
                Coord(plot.left),
                Coord(self.y_of(0.0)),
                Coord(plot.right)
            );
            draw_path(markup, &d, AXIS);
        }
    }
}

fn write_rect(markup: &mut Markup, x: f64, y: f64, width: f64, height: f64) {
    markup
        .start("rect")
        .num("x", x)
        .num("y", y)
        .num("width", width.max(0.0))
        .num("height", height.max(0.0))
        .end();
}

fn open_label_group(markup: &mut Markup, anchor: &str) {
    markup
        .start("g")
        .num("font-size", TICK_FONT_SIZE)
        .attr("fill", TEXT)
        .attr("text-anchor", anchor)
        .open();
}

/// The left and bottom axis lines, drawn over the data so bars never hide them.
fn draw_axis_lines(markup: &mut Markup, plot: Plot) {
    let d = format!(
        "M{} {}V{}H{}",
        Coord(plot.left),
        Coord(plot.top),
        Coord(plot.bottom),
        Coord(plot.right)
    );
    draw_path(markup, &d, AXIS);
}

/// The axis labels: x centred below, y turned a quarter to run up the left side.
fn draw_axis_labels(markup: &mut Markup, chart: &Chart, plot: Plot, words: Words) {
    let x_label = fit_text(&chart.x_label, LABEL_FONT_SIZE, plot.width());
    if !x_label.is_empty() {
        markup
            .start("text")
            .num("x", plot.left + plot.width() / 2.0)
            .num("y", HEIGHT - 12.0)
            .num("font-size", LABEL_FONT_SIZE)
            .attr("text-anchor", "middle")
            .attr("fill", TEXT)
            .text(&x_label);
    }
    let y_label = fit_text(&y_label(chart, words), LABEL_FONT_SIZE, plot.height());
    if !y_label.is_empty() {
        // After rotate(-90), x runs up the page: minus the height of the label's middle.
        markup
            .start("text")
            .attr("transform", "rotate(-90)")
            .num("x", -(plot.top + plot.height() / 2.0))
            .num("y", EDGE + 10.0)
            .num("font-size", LABEL_FONT_SIZE)
            .attr("text-anchor", "middle")
            .attr("fill", TEXT)
            .text(&y_label);
    }
}

fn draw_path(markup: &mut Markup, d: &str, colour: &str) {
    if d.is_empty() {
        return;
    }
    markup
        .start("path")
        .attr("d", d)
        .attr("fill", "none")
        .attr("stroke", colour)
        .end();
}

/// A chart with nothing to draw: its axes and labels, and a note saying so.
fn draw_empty(markup: &mut Markup, chart: &Chart, top: f64, words: Words) {
    let left = EDGE
        + if y_label(chart, words).is_empty() {
            8.0
        } else {
            30.0
        };
    let bottom = HEIGHT
        - if chart.x_label.trim().is_empty() {
            24.0
        } else {
            46.0
        };
    let plot = Plot {
        left,
        top,
        right: WIDTH - 24.0,
        bottom,
    };
    markup
        .start("text")
        .num("x", plot.left + plot.width() / 2.0)
        .num("y", plot.top + plot.height() / 2.0)
        .num("font-size", 14.0)
        .attr("text-anchor", "middle")
        .attr("fill", AXIS)
        .text(&word(words, "charts-no-values"));
    draw_axis_lines(markup, plot);
    draw_axis_labels(markup, chart, plot, words);
}
