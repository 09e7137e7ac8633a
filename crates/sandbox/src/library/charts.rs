//! Charts: `line_chart`, `bar_chart`, `scatter_chart` (a title with x and y lists, or an
//! options map with series) and `histogram`. Each checks its values, with a message that
//! says what was expected ("Did you mean `title`?" for a misspelt option), and sends a
//! [`Chart`] to the screen; c4h-charts draws it.

use c4h_charts::count_text;
use c4h_charts::{AxisKind, Chart, ChartKind, Series, histogram_bins};
use c4h_dates::Date;
use c4h_protocol::{Event, Message};
use rhai::{Array, Dynamic, Engine, ImmutableString, Map};

use super::error::{Result, fail};
use super::screen::Screen;
use super::values::{cell_text, numbers, shorten};
use crate::suggest::{closest, did_you_mean};
use crate::words::{item_words, value_words};

/// A chart holds at most this many series...
pub const MAX_SERIES: usize = 10;
/// ...and this many points in all.
pub const MAX_CHART_POINTS: usize = 10_000;

/// The names a chart's options map may use. A misspelt one is an error, not ignored.
const CHART_OPTIONS: &[&str] = &["title", "x_label", "y_label", "x", "y", "name", "series"];
const HISTOGRAM_OPTIONS: &[&str] = &["title", "x_label", "y_label", "values", "bins"];

fn function_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Line => "line_chart",
        ChartKind::Bar => "bar_chart",
        ChartKind::Scatter => "scatter_chart",
        ChartKind::Histogram => "histogram",
    }
}

fn text_option(options: &Map, name: &str, function: &str) -> Result<String> {
    match options.get(name) {
        None => Ok(String::new()),
        Some(value) if value.is_string() => Ok(shorten(&value.to_string())),
        Some(value) => fail(
            Message::new("errors-chart-option-not-text")
                .with("function", function)
                .with("name", name)
                .with("value", value_words(value)),
        ),
    }
}

fn check_option_names(options: &Map, allowed: &[&str], function: &str) -> Result<()> {
    for name in options.keys() {
        if !allowed.contains(&name.as_str()) {
            let message = match did_you_mean(&closest(name, allowed.iter().copied())) {
                None => Message::new("errors-chart-unknown-option"),
                Some(suggestion) => Message::new("errors-chart-unknown-option-suggest")
                    .with("suggestion", suggestion),
            };
            return fail(
                message
                    .with("function", function)
                    .with("name", name.as_str())
                    .with("options", allowed.join(", ")),
            );
        }
    }
    Ok(())
}

/// `what` is the id of the words for what the list holds ("the y values").
fn list(value: &Dynamic, what: &str, function: &str) -> Result<Array> {
    match value.read_lock::<Array>() {
        Some(array) => Ok(array.clone()),
        None => fail(
            Message::new("errors-chart-needs-list")
                .with("function", function)
                .with("what", Message::new(what))
                .with("value", value_words(value)),
        ),
    }
}

/// X values: all numbers, or all dates written like "2024-03-01" (a date and time like
/// "2024-03-01T10:30" counts as its date).
fn x_values(values: &Array, function: &str) -> Result<(AxisKind, Vec<f64>)> {
    let first_is_text = values.first().is_some_and(Dynamic::is_string);
    if !first_is_text {
        return Ok((
            AxisKind::Number,
            numbers(values, "errors-needs-x-numbers", function)?,
        ));
    }
    let days = values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let text = value.to_string();
            let date_part = text.get(..10).unwrap_or(&text);
            match Date::parse(date_part) {
                Some(date) if value.is_string() => Ok(f64::from(date.days())),
                _ => fail(
                    Message::new("errors-chart-x-numbers-or-dates")
                        .with("function", function)
                        .with("item", item_words(index))
                        .with("value", value_words(value)),
                ),
            }
        })
        .collect::<Result<Vec<f64>>>()?;
    Ok((AxisKind::Date, days))
}

/// One series' points from its x and y lists, which must be the same length.
fn pair_up(x: &[f64], y: &[f64], name: &str, function: &str) -> Result<Vec<(f64, f64)>> {
    if x.len() != y.len() {
        let message = if name.is_empty() {
            Message::new("errors-chart-x-y-counts")
        } else {
            Message::new("errors-chart-x-y-counts-in").with("name", name)
        };
        return fail(
            message
                .with("function", function)
                .with("x", x.len())
                .with("y", y.len()),
        );
    }
    Ok(x.iter().copied().zip(y.iter().copied()).collect())
}

/// A line, scatter or bar chart from its options map.
fn chart_from_options(kind: ChartKind, options: &Map) -> Result<Chart> {
    let function = function_name(kind);
    check_option_names(options, CHART_OPTIONS, function)?;
    let title = text_option(options, "title", function)?;
    let mut chart = Chart {
        kind,
        title,
        x_label: text_option(options, "x_label", function)?,
        y_label: text_option(options, "y_label", function)?,
        x_axis: AxisKind::Number,
        categories: Vec::new(),
        series: Vec::new(),
        bins: Vec::new(),
    };
    // Each series is a map with `y` and, optionally, its own `x` and a `name`; the chart's
    // own `x`, `y` and `name` make a first series.
    let mut specs: Vec<Map> = Vec::new();
    if options.contains_key("y") {
        specs.push(options.clone());
    } else if options.contains_key("x") && !options.contains_key("series") {
        return fail(Message::new("errors-chart-x-without-y").with("function", function));
    }
    if let Some(series) = options.get("series") {
        for (index, spec) in list(series, "errors-chart-what-series", function)?
            .iter()
            .enumerate()
        {
            match spec.read_lock::<Map>() {
                Some(map) => {
                    check_option_names(&map, &["name", "x", "y"], function)?;
                    specs.push(map.clone());
                }
                None => {
                    return fail(
                        Message::new("errors-chart-series-not-map")
                            .with("function", function)
                            .with("number", index + 1)
                            .with("value", value_words(spec)),
                    );
                }
            }
        }
    }
    if specs.is_empty() {
        return fail(Message::new("errors-chart-nothing-to-draw").with("function", function));
    }
    if specs.len() > MAX_SERIES {
        return fail(
            Message::new("errors-chart-too-many-series")
                .with("max", MAX_SERIES)
                .with("count", specs.len()),
        );
    }
    let shared_x = options.get("x");
    let mut axis: Option<AxisKind> = None;
    let mut total_points = 0;
    for (index, spec) in specs.iter().enumerate() {
        let name = text_option(spec, "name", function)?;
        let name = if name.is_empty() && specs.len() > 1 {
            format!("Series {}", index + 1)
        } else {
            name
        };
        let Some(y) = spec.get("y") else {
            return fail(
                Message::new("errors-chart-series-without-y")
                    .with("function", function)
                    .with("name", name),
            );
        };
        let y = numbers(
            &list(y, "errors-chart-what-y", function)?,
            "errors-needs-y-numbers",
            function,
        )?;
        let points = match (kind, spec.get("x").or(shared_x)) {
            (ChartKind::Bar, Some(x)) => {
                let labels = list(x, "errors-chart-what-bar-names", function)?;
                if chart.categories.is_empty() {
                    chart.categories = labels.iter().map(cell_text).collect();
                } else if chart.categories.len() != labels.len() {
                    return fail(
                        Message::new("errors-chart-same-bar-names").with("function", function),
                    );
                }
                let positions: Vec<f64> = (0..labels.len()).map(|i| i as f64).collect();
                axis = Some(AxisKind::Category);
                pair_up(&positions, &y, &name, function)?
            }
            (ChartKind::Bar, None) => {
                return fail(
                    Message::new("errors-chart-needs-bar-names").with("function", function),
                );
            }
            (_, Some(x)) => {
                let (this_axis, x) =
                    x_values(&list(x, "errors-chart-what-x", function)?, function)?;
                if axis.is_some_and(|known| known != this_axis) {
                    return fail(
                        Message::new("errors-chart-same-x-kind").with("function", function),
                    );
                }
                axis = Some(this_axis);
                pair_up(&x, &y, &name, function)?
            }
            // No x: the values are numbered 1, 2, 3, ...
            (_, None) => y
                .iter()
                .enumerate()
                .map(|(i, value)| ((i + 1) as f64, *value))
                .collect(),
        };
        total_points += points.len();
        if total_points > MAX_CHART_POINTS {
            return fail(
                Message::new("errors-chart-too-many-points")
                    .with("max", count_text(MAX_CHART_POINTS as u64)),
            );
        }
        chart.series.push(Series { name, points });
    }
    chart.x_axis = axis.unwrap_or(AxisKind::Number);
    Ok(chart)
}

fn histogram_from_options(options: &Map) -> Result<Chart> {
    let function = "histogram";
    check_option_names(options, HISTOGRAM_OPTIONS, function)?;
    let Some(values) = options.get("values") else {
        return fail(Message::new("errors-histogram-needs-values"));
    };
    let values = numbers(
        &list(values, "errors-chart-what-values", function)?,
        "errors-needs-values-numbers",
        function,
    )?;
    let bins = match options.get("bins") {
        None => None,
        Some(bins) => match bins.as_int() {
            Ok(count) if (1..=50).contains(&count) => Some(count as usize),
            _ => {
                return fail(
                    Message::new("errors-histogram-bins").with("value", value_words(bins)),
                );
            }
        },
    };
    Ok(Chart {
        kind: ChartKind::Histogram,
        title: text_option(options, "title", function)?,
        x_label: text_option(options, "x_label", function)?,
        y_label: text_option(options, "y_label", function)?,
        x_axis: AxisKind::Number,
        categories: Vec::new(),
        series: Vec::new(),
        bins: histogram_bins(&values, bins),
    })
}

fn draw(screen: &Screen, chart: Chart) -> Result<()> {
    screen.count_picture(&format!("{}()", function_name(chart.kind)))?;
    screen.send(Event::Chart { chart });
    Ok(())
}

/// `line_chart(title, x, y)` and friends: the options map they stand for.
fn quick_options(title: ImmutableString, x: Dynamic, y: Dynamic) -> Map {
    let mut options = Map::new();
    options.insert("title".into(), Dynamic::from(title));
    options.insert("x".into(), x);
    options.insert("y".into(), y);
    options
}

/// Adds the chart functions to `engine`, sending charts to `screen`.
pub fn register(engine: &mut Engine, screen: &Screen) {
    for kind in [ChartKind::Line, ChartKind::Bar, ChartKind::Scatter] {
        let name = function_name(kind);
        let s = screen.clone();
        engine.register_fn(name, move |options: Map| {
            draw(&s, chart_from_options(kind, &options)?)
        });
        let s = screen.clone();
        engine.register_fn(
            name,
            move |title: ImmutableString, x: Dynamic, y: Dynamic| {
                draw(&s, chart_from_options(kind, &quick_options(title, x, y))?)
            },
        );
    }
    let s = screen.clone();
    engine.register_fn("histogram", move |options: Map| {
        draw(&s, histogram_from_options(&options)?)
    });
    let s = screen.clone();
    engine.register_fn(
        "histogram",
        move |title: ImmutableString, values: Dynamic| {
            let mut options = Map::new();
            options.insert("title".into(), Dynamic::from(title));
            options.insert("values".into(), values);
            draw(&s, histogram_from_options(&options)?)
        },
    );
}
