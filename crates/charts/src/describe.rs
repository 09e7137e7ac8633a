//! The chart in plain words, for people who cannot see it: the SVG's `<desc>`, which
//! screen readers read out with the title. The words come from the `charts` catalogue.

use c4h_dates::Date;
use c4h_messages::Message;

use crate::format::{count_text, readable_number};
use crate::model::{AxisKind, Chart, ChartKind};
use crate::values::{
    Groups, has_values, min_max, series_name, shown_bins, shown_points, x_axis_name,
};
use crate::words::{Words, count_phrase, join_with_and, word};

/// Sentences about more series than this would be too long to listen to.
const MAX_SERIES_DESCRIBED: usize = 10;
/// Groups named one by one in a bar chart's description.
const MAX_GROUPS_NAMED: usize = 8;

impl Chart {
    /// One or two sentences saying what the chart shows (its SVG `<desc>`), in `words`.
    pub fn describe(&self, words: Words) -> String {
        describe(self, words)
    }
}

pub(crate) fn describe(chart: &Chart, words: Words) -> String {
    if !has_values(chart) {
        return words(&Message::new("charts-empty").with("kind", kind_name(chart.kind, words)));
    }
    match chart.kind {
        ChartKind::Histogram => describe_histogram(chart, words),
        ChartKind::Bar => describe_bars(chart, words),
        ChartKind::Line | ChartKind::Scatter => describe_points(chart, words),
    }
}

/// "Line chart": how a description starts, and a chart's name when it has no title.
pub(crate) fn kind_name(kind: ChartKind, words: Words) -> String {
    let id = match kind {
        ChartKind::Line => "charts-kind-line",
        ChartKind::Bar => "charts-kind-bar",
        ChartKind::Scatter => "charts-kind-scatter",
        ChartKind::Histogram => "charts-kind-histogram",
    };
    word(words, id)
}

/// "Line chart of Systolic and Diastolic against Date, from 15 January 2024 to 10 December
/// 2024. Systolic: 12 values from 118 to 145. Diastolic: …"
fn describe_points(chart: &Chart, words: Words) -> String {
    let x_name = if chart.x_axis == AxisKind::Date {
        x_axis_name(chart, &word(words, "charts-x-date")).to_string()
    } else {
        x_axis_name(chart, "x").to_string()
    };
    // One series is best named by what the y axis measures; several by their own names.
    let what = match chart.y_label.trim() {
        label if chart.series.len() == 1 && !label.is_empty() => label.to_string(),
        _ => series_list(chart, words),
    };
    let xs = chart
        .series
        .iter()
        .flat_map(|series| shown_points(chart, series))
        .map(|(x, _)| x);
    let first_sentence = match min_max(xs) {
        _ if chart.x_axis == AxisKind::Category => Message::new("charts-points"),
        Some((first, last)) if first < last => Message::new("charts-points-between")
            .with("first", spoken_x(chart, first, words))
            .with("last", spoken_x(chart, last, words)),
        Some((only, _)) if chart.x_axis == AxisKind::Date => {
            Message::new("charts-points-on").with("only", spoken_x(chart, only, words))
        }
        Some((only, _)) => {
            Message::new("charts-points-at").with("only", spoken_x(chart, only, words))
        }
        None => Message::new("charts-points"),
    };
    let mut text = words(
        &first_sentence
            .with("kind", kind_name(chart.kind, words))
            .with("what", what)
            .with("x_name", x_name),
    );
    for (index, series) in chart.series.iter().enumerate().take(MAX_SERIES_DESCRIBED) {
        let ys = shown_points(chart, series).map(|(_, y)| y);
        let count = shown_points(chart, series).count();
        text.push(' ');
        text.push_str(&value_range(
            &series_name(chart, index, words),
            count,
            min_max(ys),
            words,
        ));
    }
    push_more_series(chart, &mut text, words);
    text
}

/// "Bar chart of Patients and Registered by Practice, in 5 groups: SYN01, …, SYN05.
/// Patients: from 180 (SYN03) to 240 (SYN01)."
fn describe_bars(chart: &Chart, words: Words) -> String {
    let groups = Groups::of(chart);
    let mut text = words(
        &Message::new("charts-bars")
            .with("what", series_list(chart, words))
            .with(
                "x_name",
                x_axis_name(chart, &word(words, "charts-x-group")).to_string(),
            )
            .with(
                "groups",
                words(&count_phrase("charts-groups", groups.len() as u64)),
            )
            .with("names", group_list(&groups.names, words)),
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
        let name = series_name(chart, index, words);
        let sentence = match (lowest, highest) {
            (Some(&(low_x, low)), Some(&(high_x, high))) if low < high => {
                Message::new("charts-bars-range")
                    .with("low", readable_number(low))
                    .with("low_group", name_of(low_x))
                    .with("high", readable_number(high))
                    .with("high_group", name_of(high_x))
            }
            (Some(&(_, value)), _) if values.len() == 1 => Message::new("charts-series-one")
                .with("values", words(&count_phrase("charts-values", 1)))
                .with("value", readable_number(value)),
            (Some(&(_, value)), _) => {
                Message::new("charts-bars-same").with("value", readable_number(value))
            }
            _ => Message::new("charts-series-none"),
        };
        text.push(' ');
        text.push_str(&words(&sentence.with("name", name)));
    }
    push_more_series(chart, &mut text, words);
    text
}

/// "Histogram of 1,000 values of Age in 19 groups from 0 to 95; the most values (84) are
/// between 40 and 45."
fn describe_histogram(chart: &Chart, words: Words) -> String {
    let bins: Vec<_> = shown_bins(chart).collect();
    let total: u64 = bins.iter().map(|bin| u64::from(bin.count)).sum();
    let low = bins
        .iter()
        .map(|bin| bin.start)
        .fold(f64::INFINITY, f64::min);
    let high = bins
        .iter()
        .map(|bin| bin.end)
        .fold(f64::NEG_INFINITY, f64::max);
    let histogram = match chart.x_label.trim() {
        "" => Message::new("charts-histogram"),
        label => Message::new("charts-histogram-of").with("label", label),
    };
    let histogram = words(
        &histogram
            .with("values", words(&count_phrase("charts-values", total)))
            .with(
                "groups",
                words(&count_phrase("charts-groups", bins.len() as u64)),
            )
            .with("low", readable_number(low))
            .with("high", readable_number(high)),
    );
    // The first of the fullest bins (max_by_key would give the last).
    let fullest = bins
        .iter()
        .copied()
        .reduce(|best, bin| if bin.count > best.count { bin } else { best });
    let sentence = match fullest {
        Some(bin) if bins.len() > 1 && bin.count > 0 => Message::new("charts-histogram-most")
            .with("most", count_text(u64::from(bin.count)))
            .with("start", readable_number(bin.start))
            .with("end", readable_number(bin.end)),
        _ => Message::new("charts-histogram-end"),
    };
    words(&sentence.with("histogram", histogram))
}

/// "Systolic: 12 values from 118 to 145."
fn value_range(name: &str, count: usize, range: Option<(f64, f64)>, words: Words) -> String {
    let values = || words(&count_phrase("charts-values", count as u64));
    let sentence = match range {
        None => Message::new("charts-series-none"),
        Some((low, _)) if count == 1 => Message::new("charts-series-one")
            .with("values", values())
            .with("value", readable_number(low)),
        Some((low, high)) if low == high => Message::new("charts-series-same")
            .with("values", values())
            .with("value", readable_number(low)),
        Some((low, high)) => Message::new("charts-series-range")
            .with("values", values())
            .with("low", readable_number(low))
            .with("high", readable_number(high)),
    };
    words(&sentence.with("name", name))
}

/// An x value read aloud: dates in words ("15 January 2024"), numbers rounded.
fn spoken_x(chart: &Chart, x: f64, words: Words) -> String {
    if chart.x_axis == AxisKind::Date {
        let (year, month, day) = Date::from_days(x.floor() as i32).ymd();
        words(
            &Message::new("charts-date")
                .with("day", day)
                .with(
                    "month",
                    words(&Message::new("charts-month").with("month", month)),
                )
                .with("year", year),
        )
    } else {
        readable_number(x)
    }
}

/// "Systolic", "Systolic and Diastolic", "A, B and C", and past the limit "A, B, … and 3
/// more".
fn series_list(chart: &Chart, words: Words) -> String {
    let mut names: Vec<String> = (0..chart.series.len().min(MAX_SERIES_DESCRIBED))
        .map(|index| series_name(chart, index, words))
        .collect();
    let more = chart.series.len().saturating_sub(MAX_SERIES_DESCRIBED);
    if more > 0 {
        names.push(words(
            &Message::new("charts-more").with("count", more.to_string()),
        ));
    }
    join_with_and(words, &names)
}

fn group_list(names: &[String], words: Words) -> String {
    if names.len() <= MAX_GROUPS_NAMED {
        let names: Vec<String> = names.iter().map(|name| name.trim().to_string()).collect();
        return join_with_and(words, &names);
    }
    let first = names.first().map_or("", |name| name.trim());
    let last = names.last().map_or("", |name| name.trim());
    words(
        &Message::new("charts-from-to")
            .with("first", first)
            .with("last", last),
    )
}

fn push_more_series(chart: &Chart, text: &mut String, words: Words) {
    let more = chart.series.len().saturating_sub(MAX_SERIES_DESCRIBED);
    if more > 0 {
        text.push(' ');
        text.push_str(&words(&count_phrase("charts-more-series", more as u64)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{english, welsh};

    #[test]
    fn lists_read_naturally() {
        let names = |words: Words, items: &[&str]| {
            join_with_and(
                words,
                &items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(names(&english, &[]), "");
        assert_eq!(names(&english, &["A"]), "A");
        assert_eq!(names(&english, &["A", "B"]), "A and B");
        assert_eq!(names(&english, &["A", "B", "C"]), "A, B and C");
        assert_eq!(names(&welsh, &["Pwysau", "Taldra"]), "Pwysau a Taldra");
        assert_eq!(names(&welsh, &["Taldra", "Oedran"]), "Taldra ac Oedran");
        let count = |id: &str, n: u64| english(&count_phrase(id, n));
        assert_eq!(count("charts-values", 1), "1 value");
        assert_eq!(count("charts-values", 1500), "1,500 values");
        assert_eq!(welsh(&count_phrase("charts-values", 2)), "2 werth");
    }

    #[test]
    fn value_ranges() {
        let range = |count, range| value_range("S", count, range, &english);
        assert_eq!(range(0, None), "S: no values.");
        assert_eq!(range(1, Some((5.0, 5.0))), "S: 1 value, 5.");
        assert_eq!(range(3, Some((5.0, 5.0))), "S: 3 values, all 5.");
        assert_eq!(
            range(12, Some((118.0, 145.0))),
            "S: 12 values from 118 to 145."
        );
    }
}
