//! The parts of a chart that can be shown: points that are finite and fit their axis, the
//! groups of a bar chart, and names for series, x values and groups (with stand-ins when the
//! script gave none). The picture, the description and the table all read the chart
//! through these, so they always agree about what is shown.

use c4h_dates::Date;
use c4h_messages::Message;

use crate::format::exact_number;
use crate::model::{AxisKind, Bin, Chart, ChartKind, Series};
use crate::words::{Words, word};

/// Dates from 0001-01-01 to 9999-12-31: beyond them a date has no four-digit year to show
/// (and day counts far outside would overflow the calendar arithmetic).
const FIRST_DAY: f64 = -719_162.0;
const LAST_DAY: f64 = 2_932_896.0;

/// The most groups a category axis has when the chart names none (x is then the group's
/// number): a guard against a chart of a few points with x = 1e9.
const MAX_UNNAMED_GROUPS: usize = 1_000;

/// Whether `x` can be placed on the chart's x axis.
fn fits_x_axis(chart: &Chart, x: f64) -> bool {
    match chart.x_axis {
        AxisKind::Number => x.is_finite(),
        AxisKind::Date => (FIRST_DAY..=LAST_DAY).contains(&x),
        AxisKind::Category => {
            // Without names, every group number up to the limit is a group (see
            // `group_slots`); checking that is quicker than counting the groups each time.
            let groups = match chart.categories.len() {
                0 => MAX_UNNAMED_GROUPS,
                named => named,
            };
            x >= 0.0 && x.fract() == 0.0 && x < groups as f64
        }
    }
}

/// Whether a point can be drawn: both numbers finite and x on its axis.
pub(crate) fn is_shown(chart: &Chart, (x, y): (f64, f64)) -> bool {
    y.is_finite() && fits_x_axis(chart, x)
}

/// The points of `series` that can be drawn, in the order given. -0 becomes 0, so that the
/// two never count as different x values.
pub(crate) fn shown_points<'a>(
    chart: &'a Chart,
    series: &'a Series,
) -> impl Iterator<Item = (f64, f64)> + 'a {
    series
        .points
        .iter()
        .copied()
        .filter(|&point| is_shown(chart, point))
        .map(|(x, y)| (x + 0.0, y + 0.0))
}

/// Bins with finite edges in order, and with a range (start ≤ end).
pub(crate) fn shown_bins(chart: &Chart) -> impl Iterator<Item = &Bin> {
    chart
        .bins
        .iter()
        .filter(|bin| bin.start.is_finite() && bin.end.is_finite() && bin.start <= bin.end)
}

/// Whether the chart has anything at all to draw.
pub(crate) fn has_values(chart: &Chart) -> bool {
    match chart.kind {
        ChartKind::Histogram => shown_bins(chart).next().is_some(),
        _ => chart
            .series
            .iter()
            .any(|series| shown_points(chart, series).next().is_some()),
    }
}

/// What a series is called: its name, or the y axis's label when it is the only series,
/// or "Series 2".
pub(crate) fn series_name(chart: &Chart, index: usize, words: Words) -> String {
    let name = chart
        .series
        .get(index)
        .map_or("", |series| series.name.trim());
    if !name.is_empty() {
        name.to_string()
    } else if chart.series.len() == 1 && !chart.y_label.trim().is_empty() {
        chart.y_label.trim().to_string()
    } else if chart.series.len() == 1 {
        word(words, "charts-value")
    } else {
        words(&Message::new("charts-series-number").with("number", index + 1))
    }
}

/// What the x axis is called, or `fallback` when it has no label.
pub(crate) fn x_axis_name<'a>(chart: &'a Chart, fallback: &'a str) -> &'a str {
    match chart.x_label.trim() {
        "" => fallback,
        label => label,
    }
}

/// An x value as the table shows it: a date as 2024-03-01, a group by its name, a number
/// as given.
pub(crate) fn x_text(chart: &Chart, x: f64) -> String {
    match chart.x_axis {
        AxisKind::Date if fits_x_axis(chart, x) => Date::from_days(x.floor() as i32).to_string(),
        AxisKind::Category if x >= 0.0 && x.fract() == 0.0 => group_name(chart, x as usize),
        _ => exact_number(x),
    }
}

/// The name of group `index` on a category axis.
fn group_name(chart: &Chart, index: usize) -> String {
    match chart.categories.get(index) {
        Some(name) => name.clone(),
        None => (index + 1).to_string(),
    }
}

/// How many groups a category axis has: the named ones, or when there are no names, one
/// for each group number a point uses (up to a limit).
fn group_slots(chart: &Chart) -> usize {
    if !chart.categories.is_empty() {
        return chart.categories.len();
    }
    let largest_index = chart
        .series
        .iter()
        .flat_map(|series| &series.points)
        .map(|&(x, _)| x)
        .filter(|x| {
            x.is_finite() && *x >= 0.0 && x.fract() == 0.0 && *x < MAX_UNNAMED_GROUPS as f64
        })
        .fold(-1.0, f64::max);
    (largest_index + 1.0) as usize
}

/// The groups along a bar chart's x axis (or a line chart's over categories): each group's
/// x value and name, in order along the axis.
pub(crate) struct Groups {
    pub keys: Vec<f64>,
    pub names: Vec<String>,
}

impl Groups {
    /// On a category axis, one group per category. On a number or date axis (a bar chart
    /// of values by year, say), one group per distinct x value, in ascending order.
    pub(crate) fn of(chart: &Chart) -> Groups {
        let keys: Vec<f64> = match chart.x_axis {
            AxisKind::Category => (0..group_slots(chart)).map(|i| i as f64).collect(),
            _ => distinct_xs(chart),
        };
        let names = keys.iter().map(|&x| x_text(chart, x)).collect();
        Groups { keys, names }
    }

    /// Which group `x` belongs to.
    pub(crate) fn position(&self, x: f64) -> Option<usize> {
        self.keys.binary_search_by(|key| key.total_cmp(&x)).ok()
    }

    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

/// Every x value any series shows, ascending, each once.
pub(crate) fn distinct_xs(chart: &Chart) -> Vec<f64> {
    let mut xs: Vec<f64> = chart
        .series
        .iter()
        .flat_map(|series| shown_points(chart, series))
        .map(|(x, _)| x)
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    xs
}

/// The smallest and largest of some numbers, or None when there are none.
pub(crate) fn min_max(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values.into_iter().fold(None, |range, value| match range {
        None => Some((value, value)),
        Some((low, high)) => Some((low.min(value), high.max(value))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(x_axis: AxisKind, points: Vec<(f64, f64)>) -> Chart {
        Chart {
            kind: ChartKind::Line,
            title: String::new(),
            x_label: String::new(),
            y_label: String::new(),
            x_axis,
            categories: Vec::new(),
            series: vec![Series {
                name: String::new(),
                points,
            }],
            bins: Vec::new(),
        }
    }

    #[test]
    fn date_limits_are_the_four_digit_years() {
        assert_eq!(
            Date::parse("0001-01-01").map(Date::days),
            Some(FIRST_DAY as i32)
        );
        assert_eq!(
            Date::parse("9999-12-31").map(Date::days),
            Some(LAST_DAY as i32)
        );
    }

    #[test]
    fn points_off_their_axis_are_not_shown() {
        let points = vec![
            (1.0, f64::NAN),
            (f64::INFINITY, 1.0),
            (1e300, 1.0),
            (19_800.0, 120.0),
        ];
        let dates = chart(AxisKind::Date, points.clone());
        let shown: Vec<_> = shown_points(&dates, &dates.series[0]).collect();
        assert_eq!(shown, [(19_800.0, 120.0)]);
        let numbers = chart(AxisKind::Number, points);
        assert_eq!(shown_points(&numbers, &numbers.series[0]).count(), 2);
    }

    #[test]
    fn groups_come_from_categories_or_distinct_x_values() {
        let mut bars = chart(AxisKind::Category, vec![(0.0, 5.0), (2.0, 7.0), (0.5, 1.0)]);
        bars.categories = vec!["A".into(), "B".into(), "C".into()];
        let groups = Groups::of(&bars);
        assert_eq!(groups.names, ["A", "B", "C"]);
        assert_eq!(groups.position(2.0), Some(2));
        assert_eq!(shown_points(&bars, &bars.series[0]).count(), 2);

        let by_year = chart(
            AxisKind::Number,
            vec![(2021.0, 5.0), (2020.0, 7.0), (2021.0, 1.0)],
        );
        assert_eq!(Groups::of(&by_year).names, ["2020", "2021"]);
    }

    #[test]
    fn unnamed_series_get_stand_in_names() {
        let mut one = chart(AxisKind::Number, vec![]);
        // One series, nothing named: what it is, in plain words.
        let english = &crate::words::english;
        assert_eq!(series_name(&one, 0, english), "Value");
        let mut two = one.clone();
        two.series.push(two.series[0].clone());
        assert_eq!(series_name(&two, 1, english), "Series 2");
        assert_eq!(series_name(&two, 1, &crate::words::welsh), "Cyfres 2");
        one.y_label = "Weight (kg)".into();
        assert_eq!(series_name(&one, 0, english), "Weight (kg)");
        one.series[0].name = " Ward 3 ".into();
        assert_eq!(series_name(&one, 0, english), "Ward 3");
    }
}
