//! The chart in plain English, for people who cannot see it: the SVG's `<desc>`, which
//! screen readers read out with the title.

use c4h_dates::Date;

use crate::format::{count_text, readable_number};
use crate::model::{AxisKind, Chart, ChartKind};
use crate::values::{
    Groups, has_values, min_max, series_name, shown_bins, shown_points, x_axis_name,
};

/// Sentences about more series than this would be too long to listen to.
const MAX_SERIES_DESCRIBED: usize = 10;
/// Groups named one by one in a bar chart's description.
const MAX_GROUPS_NAMED: usize = 8;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One or more sentences saying what the chart shows.
impl Chart {
    /// One or two sentences saying what the chart shows (its SVG `<desc>`).
    pub fn description(&self) -> String {
        describe(self)
    }
}

pub(crate) fn describe(chart: &Chart) -> String {
    if !has_values(chart) {
        return format!("{} with no values to show.", kind_name(chart.kind));
    }
    match chart.kind {
        ChartKind::Histogram => describe_histogram(chart),
        ChartKind::Bar => describe_bars(chart),
        ChartKind::Line | ChartKind::Scatter => describe_points(chart),
    }
}

pub(crate) fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Line => "Line chart",
        ChartKind::Bar => "Bar chart",
        ChartKind::Scatter => "Scatter chart",
        ChartKind::Histogram => "Histogram",
    }
}

/// "Line chart of Systolic and Diastolic against Date, from 15 January 2024 to 10 December
/// 2024. Systolic: 12 values from 118 to 145. Diastolic: …"
fn describe_points(chart: &Chart) -> String {
    let x_name = x_axis_name(
        chart,
        if chart.x_axis == AxisKind::Date {
            "date"
        } else {
            "x"
        },
    );
    // One series is best named by what the y axis measures; several by their own names.
    let what = match chart.y_label.trim() {
        label if chart.series.len() == 1 && !label.is_empty() => label.to_string(),
        _ => series_list(chart),
    };
    let mut text = format!("{} of {what} against {x_name}", kind_name(chart.kind));
    let xs = chart
        .series
        .iter()
        .flat_map(|series| shown_points(chart, series))
        .map(|(x, _)| x);
    match min_max(xs) {
        _ if chart.x_axis == AxisKind::Category => {}
        Some((first, last)) if first < last => text.push_str(&format!(
            ", from {} to {}",
            spoken_x(chart, first),
            spoken_x(chart, last)
        )),
        Some((only, _)) if chart.x_axis == AxisKind::Date => {
            text.push_str(&format!(", on {}", spoken_x(chart, only)));
        }
        Some((only, _)) => text.push_str(&format!(", at {}", spoken_x(chart, only))),
        None => {}
    }
    text.push('.');
    for (index, series) in chart.series.iter().enumerate().take(MAX_SERIES_DESCRIBED) {
        let ys = shown_points(chart, series).map(|(_, y)| y);
        let count = shown_points(chart, series).count();
        text.push(' ');
        text.push_str(&series_name(chart, index));
        text.push_str(": ");
        text.push_str(&value_range(count, min_max(ys)));
    }
    push_more_series(chart, &mut text);
    text
}

/// "Bar chart of Patients and Registered by Practice, in 5 groups: SYN01, …, SYN05.
/// Patients: from 180 (SYN03) to 240 (SYN01)."
fn describe_bars(chart: &Chart) -> String {
    let groups = Groups::of(chart);
    let mut text = format!(
        "Bar chart of {} by {}, in {}: {}.",
        series_list(chart),
        x_axis_name(chart, "group"),
        plural(groups.len() as u64, "group", "groups"),
        group_list(&groups.names)
    );
    for (index, series) in chart.series.iter().enumerate().take(MAX_SERIES_DESCRIBED) {
        let values: Vec<(f64, f64)> = shown_points(chart, series).collect();
        let lowest = values.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        let highest = values.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        let name_of = |x: f64| {
            groups
                .position(x)
                .and_then(|position| groups.names.get(position))
                .map_or(String::new(), |name| name.trim().to_string())
        };
        text.push(' ');
        text.push_str(&series_name(chart, index));
        match (lowest, highest) {
            (Some(&(low_x, low)), Some(&(high_x, high))) if low < high => {
                text.push_str(&format!(
                    ": from {} ({}) to {} ({}).",
                    readable_number(low),
                    name_of(low_x),
                    readable_number(high),
                    name_of(high_x)
                ));
            }
            (Some(&(_, value)), _) if values.len() == 1 => {
                text.push_str(&format!(": 1 value, {}.", readable_number(value)));
            }
            (Some(&(_, value)), _) => {
                text.push_str(&format!(
                    ": {} in every group shown.",
                    readable_number(value)
                ));
            }
            _ => text.push_str(": no values."),
        }
    }
    push_more_series(chart, &mut text);
    text
}

/// "Histogram of 1,000 values of Age in 19 groups from 0 to 95; the most values (84) are
/// between 40 and 45."
fn describe_histogram(chart: &Chart) -> String {
    let bins: Vec<_> = shown_bins(chart).collect();
    let total: u64 = bins.iter().map(|bin| u64::from(bin.count)).sum();
    let of_what = match chart.x_label.trim() {
        "" => String::new(),
        label => format!(" of {label}"),
    };
    let low = bins
        .iter()
        .map(|bin| bin.start)
        .fold(f64::INFINITY, f64::min);
    let high = bins
        .iter()
        .map(|bin| bin.end)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut text = format!(
        "Histogram of {}{of_what} in {} from {} to {}",
        plural(total, "value", "values"),
        plural(bins.len() as u64, "group", "groups"),
        readable_number(low),
        readable_number(high)
    );
    // The first of the fullest bins (max_by_key would give the last).
    let fullest = bins
        .iter()
        .copied()
        .reduce(|best, bin| if bin.count > best.count { bin } else { best });
    if let Some(bin) = fullest
        && bins.len() > 1
        && bin.count > 0
    {
        text.push_str(&format!(
            "; the most values ({}) are between {} and {}",
            count_text(u64::from(bin.count)),
            readable_number(bin.start),
            readable_number(bin.end)
        ));
    }
    text.push('.');
    text
}

/// "12 values from 118 to 145."
fn value_range(count: usize, range: Option<(f64, f64)>) -> String {
    match range {
        None => "no values.".into(),
        Some((low, high)) if count == 1 || low == high => format!(
            "{}, {}.",
            plural(count as u64, "value", "values"),
            if count == 1 {
                readable_number(low)
            } else {
                format!("all {}", readable_number(low))
            }
        ),
        Some((low, high)) => format!(
            "{} from {} to {}.",
            plural(count as u64, "value", "values"),
            readable_number(low),
            readable_number(high)
        ),
    }
}

/// An x value read aloud: dates in words ("15 January 2024"), numbers rounded.
fn spoken_x(chart: &Chart, x: f64) -> String {
    if chart.x_axis == AxisKind::Date {
        let (year, month, day) = Date::from_days(x.floor() as i32).ymd();
        let month = MONTH_NAMES[(month as usize + 11) % 12];
        format!("{day} {month} {year}")
    } else {
        readable_number(x)
    }
}

/// "Systolic", "Systolic and Diastolic", "A, B and C", and past the limit "A, B, … and 3
/// more".
fn series_list(chart: &Chart) -> String {
    let mut names: Vec<String> = (0..chart.series.len().min(MAX_SERIES_DESCRIBED))
        .map(|index| series_name(chart, index))
        .collect();
    let more = chart.series.len().saturating_sub(MAX_SERIES_DESCRIBED);
    if more > 0 {
        names.push(format!("{more} more"));
    }
    join_with_and(&names)
}

fn group_list(names: &[String]) -> String {
    if names.len() <= MAX_GROUPS_NAMED {
        let names: Vec<String> = names.iter().map(|name| name.trim().to_string()).collect();
        return join_with_and(&names);
    }
    let first = names.first().map_or("", |name| name.trim());
    let last = names.last().map_or("", |name| name.trim());
    format!("from {first} to {last}")
}

fn push_more_series(chart: &Chart, text: &mut String) {
    let more = chart.series.len().saturating_sub(MAX_SERIES_DESCRIBED);
    if more > 0 {
        text.push_str(&format!(
            " {} not described.",
            plural(more as u64, "more series", "more series")
        ));
    }
}

fn join_with_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn plural(count: u64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count_text(count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_naturally() {
        let names = |items: &[&str]| {
            join_with_and(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(names(&[]), "");
        assert_eq!(names(&["A"]), "A");
        assert_eq!(names(&["A", "B"]), "A and B");
        assert_eq!(names(&["A", "B", "C"]), "A, B and C");
        assert_eq!(plural(1, "value", "values"), "1 value");
        assert_eq!(plural(1500, "value", "values"), "1,500 values");
    }

    #[test]
    fn value_ranges() {
        assert_eq!(value_range(0, None), "no values.");
        assert_eq!(value_range(1, Some((5.0, 5.0))), "1 value, 5.");
        assert_eq!(value_range(3, Some((5.0, 5.0))), "3 values, all 5.");
        assert_eq!(
            value_range(12, Some((118.0, 145.0))),
            "12 values from 118 to 145."
        );
    }
}
