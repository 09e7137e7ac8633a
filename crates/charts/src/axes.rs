//! A chart's axes: the range of values each runs over, its ticks and labels, and where a
//! value lands in pixels.

use crate::markup::{shorten, text_width};
use crate::model::{AxisKind, Chart, ChartKind};
use crate::ticks::{TICK_FONT_SIZE, Tick, Ticks, date_ticks, edge_ticks, number_ticks};
use crate::values::{Groups, min_max, shown_bins, shown_points};
use crate::words::Words;

/// A group name runs onto at most this many lines under its bar; one that needs more (or
/// has a word wider than its slot) is written whole, slanted, instead.
const MAX_GROUP_LABEL_LINES: usize = 3;
/// The space between the lines of a group name, in pixels.
pub(crate) const GROUP_LABEL_LINE_HEIGHT: f64 = 14.0;
/// Slanted group names longer than this are shortened (the table has them whole): a
/// sentence under a bar would leave no room for the chart.
const MAX_SLANTED_LABEL_CHARS: usize = 40;
/// The angle of group names that do not fit side by side, and its sine and cosine (as
/// numbers, not worked out: maths libraries may differ in the last bit, and the same chart
/// must give the same SVG everywhere).
pub(crate) const ROTATED_LABEL_DEGREES: f64 = 40.0;
const ROTATED_LABEL_SINE: f64 = 0.642_787_609_686_539_3;
const ROTATED_LABEL_COSINE: f64 = 0.766_044_443_118_978;

/// The plot area, in pixels.
#[derive(Clone, Copy)]
pub(crate) struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Plot {
    pub(crate) fn width(self) -> f64 {
        self.right - self.left
    }

    pub(crate) fn height(self) -> f64 {
        self.bottom - self.top
    }
}

/// How far along `low..high` a value lies, 0 to 1.
pub(crate) fn fraction(value: f64, low: f64, high: f64) -> f64 {
    // Halves: the difference of two huge doubles can overflow, of their halves it cannot.
    let span = high / 2.0 - low / 2.0;
    // Also NaN, which cannot happen, but must not reach the output if it did.
    if span.is_nan() || span <= 0.0 {
        return 0.5;
    }
    ((value / 2.0 - low / 2.0) / span).clamp(0.0, 1.0)
}

/// What runs along the x axis.
pub(crate) enum XAxis {
    /// Numbers or dates, placed in proportion.
    Scale(Ticks),
    /// Named groups, each in its own equal slot.
    Groups(GroupAxis),
}

pub(crate) struct GroupAxis {
    pub groups: Groups,
    /// The names as shown, each in its lines (one line when slanted), and empty for those
    /// left out when crowded.
    pub labels: Vec<Vec<String>>,
    pub rotated: bool,
}

impl XAxis {
    pub(crate) fn new(chart: &Chart, length: f64, words: Words) -> XAxis {
        let uses_groups = chart.kind == ChartKind::Bar || chart.x_axis == AxisKind::Category;
        if uses_groups {
            return XAxis::Groups(GroupAxis::new(Groups::of(chart), length));
        }
        if chart.kind == ChartKind::Histogram {
            return XAxis::Scale(histogram_x_ticks(chart, length));
        }
        let xs = || {
            chart
                .series
                .iter()
                .flat_map(|series| shown_points(chart, series))
                .map(|(x, _)| x)
        };
        let (low, high) = min_max(xs()).unwrap_or((0.0, 1.0));
        match chart.x_axis {
            AxisKind::Date => XAxis::Scale(date_ticks(low, high, length, words)),
            _ => XAxis::Scale(number_ticks(low, high, all_whole(xs()), Some(length))),
        }
    }

    /// Where x value `x` goes, in pixels.
    pub(crate) fn position(&self, x: f64, plot: Plot) -> Option<f64> {
        match self {
            XAxis::Scale(ticks) => {
                Some(plot.left + fraction(x, ticks.low, ticks.high) * plot.width())
            }
            XAxis::Groups(axis) => axis
                .groups
                .position(x)
                .map(|slot| axis.slot_middle(slot, plot)),
        }
    }

    /// How far the first label reaches left of the plot and the last one right of it, in
    /// pixels (negative when they stay inside), on an axis `length` pixels long.
    pub(crate) fn label_overhang(&self, length: f64) -> (f64, f64) {
        let half_width = |label: &str| text_width(label, TICK_FONT_SIZE) / 2.0;
        match self {
            XAxis::Scale(ticks) => {
                let first = ticks.ticks.first().filter(|tick| tick.value <= ticks.low);
                let last = ticks.ticks.last().filter(|tick| tick.value >= ticks.high);
                let reach = |tick: Option<&Tick>| tick.map_or(0.0, |tick| half_width(&tick.label));
                (reach(first), reach(last))
            }
            XAxis::Groups(axis) => {
                let half_slot = length / axis.groups.len().max(1) as f64 / 2.0;
                let first = axis.labels.first().map_or(0.0, |lines| {
                    let widest = widest_line(lines);
                    if axis.rotated {
                        // Slanted labels end at their slot and run down to the left.
                        widest * ROTATED_LABEL_COSINE - half_slot - 4.0
                    } else {
                        widest / 2.0 - half_slot
                    }
                });
                (first, 0.0)
            }
        }
    }

    /// The height the tick labels need below the plot.
    pub(crate) fn label_height(&self) -> f64 {
        match self {
            XAxis::Groups(axis) if axis.rotated => {
                let widest = axis
                    .labels
                    .iter()
                    .map(|lines| widest_line(lines))
                    .fold(0.0, f64::max);
                widest * ROTATED_LABEL_SINE + 20.0
            }
            XAxis::Groups(axis) => {
                let lines = axis.labels.iter().map(Vec::len).max().unwrap_or(1).max(1);
                22.0 + (lines - 1) as f64 * GROUP_LABEL_LINE_HEIGHT
            }
            _ => 22.0,
        }
    }
}

impl GroupAxis {
    /// Names side by side when they fit their slots; otherwise slanted, and if even slanted
    /// ones would overlap, only every second, fifth… name.
    pub(crate) fn new(groups: Groups, length: f64) -> GroupAxis {
        let slot = length / groups.len().max(1) as f64;
        // Side by side, each name whole on up to three lines, when every name fits its slot.
        let wrapped: Option<Vec<Vec<String>>> = groups
            .names
            .iter()
            .map(|name| wrap(name, slot - 8.0))
            .collect();
        if let Some(labels) = wrapped {
            return GroupAxis {
                groups,
                labels,
                rotated: false,
            };
        }
        let mut labels: Vec<Vec<String>> = groups
            .names
            .iter()
            .map(|name| vec![shorten(name, MAX_SLANTED_LABEL_CHARS)])
            .collect();
        // Slanted labels need about 20 pixels between them to stay apart.
        let every = (20.0 / slot).ceil().max(1.0) as usize;
        for (index, label) in labels.iter_mut().enumerate() {
            if index % every != 0 {
                label.clear();
            }
        }
        GroupAxis {
            groups,
            labels,
            rotated: true,
        }
    }

    pub(crate) fn slot_width(&self, plot: Plot) -> f64 {
        plot.width() / self.groups.len().max(1) as f64
    }

    pub(crate) fn slot_middle(&self, slot: usize, plot: Plot) -> f64 {
        plot.left + (slot as f64 + 0.5) * self.slot_width(plot)
    }
}

/// The widest of a label's lines, in pixels.
fn widest_line(lines: &[String]) -> f64 {
    lines
        .iter()
        .map(|line| text_width(line, TICK_FONT_SIZE))
        .fold(0.0, f64::max)
}

/// `name` in lines no wider than `width` pixels, broken between words; `None` if a word is
/// wider than that or it needs more than [`MAX_GROUP_LABEL_LINES`] lines.
fn wrap(name: &str, width: f64) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        if text_width(word, TICK_FONT_SIZE) > width {
            return None;
        }
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), TICK_FONT_SIZE) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    (lines.len() <= MAX_GROUP_LABEL_LINES).then_some(lines)
}

/// Whether every value is a whole number: then ticks between them would mean nothing.
fn all_whole(values: impl Iterator<Item = f64>) -> bool {
    values.into_iter().all(|value| value.fract() == 0.0)
}

fn histogram_x_ticks(chart: &Chart, length: f64) -> Ticks {
    let mut edges: Vec<f64> = shown_bins(chart)
        .flat_map(|bin| [bin.start, bin.end])
        .collect();
    edges.sort_by(f64::total_cmp);
    edges.dedup();
    match edges.as_slice() {
        [] => number_ticks(0.0, 1.0, false, Some(length)),
        [only] => number_ticks(*only, *only, false, Some(length)),
        // A single bin would fill the whole plot and look like no chart at all: leave a
        // bin's width of space either side.
        [start, end] => number_ticks(
            start - (end - start),
            end + (end - start),
            false,
            Some(length),
        ),
        _ => edge_ticks(&edges, length),
    }
}

/// The y axis: from zero for bars and histograms (their height is the value), around the
/// values for lines and scatter charts.
pub(crate) fn y_ticks(chart: &Chart) -> Ticks {
    if chart.kind == ChartKind::Histogram {
        let most = shown_bins(chart).map(|bin| bin.count).max().unwrap_or(0);
        return number_ticks(0.0, f64::from(most.max(1)), true, None);
    }
    let ys = || {
        chart
            .series
            .iter()
            .flat_map(|series| shown_points(chart, series))
            .map(|(_, y)| y)
    };
    let (low, high) = min_max(ys()).unwrap_or((0.0, 1.0));
    if chart.kind == ChartKind::Bar {
        let (low, high) = (low.min(0.0), high.max(0.0));
        let high = if low == high { 1.0 } else { high };
        return number_ticks(low, high, all_whole(ys()), None);
    }
    number_ticks(low, high, all_whole(ys()), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slant_constants_match_the_angle() {
        let radians = ROTATED_LABEL_DEGREES.to_radians();
        assert!((radians.sin() - ROTATED_LABEL_SINE).abs() < 1e-12);
        assert!((radians.cos() - ROTATED_LABEL_COSINE).abs() < 1e-12);
    }

    #[test]
    fn fractions_stay_between_zero_and_one() {
        assert_eq!(fraction(5.0, 0.0, 10.0), 0.5);
        assert_eq!(fraction(-f64::MAX, -f64::MAX, f64::MAX), 0.0);
        assert_eq!(fraction(f64::MAX, -f64::MAX, f64::MAX), 1.0);
        assert_eq!(fraction(3.0, 1.0, 1.0), 0.5);
        assert_eq!(fraction(20.0, 0.0, 10.0), 1.0);
    }
}
