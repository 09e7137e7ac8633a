//! What a script shows besides printed text: tables, charts, and the inputs and results
//! that turn a script into a small app.
//!
//! Each call checks its values, builds a [`Table`], a [`Chart`] or an input, and sends it
//! as an [`Event`] to the host, which draws it (the page) or writes it out (the CLI). An
//! input returns the value the learner set in the app's form ([`InputValues`], sent with
//! the run), or the script's default. Mistakes get plain-English messages that say what
//! was expected, like the health-data API's.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use c4h_charts::{AxisKind, Chart, ChartKind, Series, Table, histogram_bins};
use c4h_healthdata::Date;
use rhai::{Array, Dynamic, Engine, EvalAltResult, FLOAT, INT, ImmutableString, Map};

use crate::explain::friendly_type_of;
use crate::health::fail;
use crate::protocol::{Event, InputControl, InputKind, InputValue, InputValues};
use crate::suggest::{closest, did_you_mean};

type Result<T> = std::result::Result<T, Box<EvalAltResult>>;

/// At most this many tables and charts in one run: each one is drawn on the page.
pub const MAX_PICTURES: usize = 50;
/// At most this many `show` results in one run.
pub const MAX_SHOWN: usize = 500;
/// At most this many inputs in one app.
pub const MAX_INPUTS: usize = 50;
/// A table keeps at most this many rows (the rest are counted, not shown)...
pub const MAX_TABLE_ROWS: usize = 1_000;
/// ...and this many columns.
pub const MAX_TABLE_COLUMNS: usize = 30;
/// A chart holds at most this many series...
pub const MAX_SERIES: usize = 10;
/// ...and this many points in all.
pub const MAX_CHART_POINTS: usize = 10_000;
/// A `choose` offers at most this many options.
pub const MAX_OPTIONS: usize = 100;
/// Labels, titles and table cells are cut to this many characters.
const MAX_LABEL_CHARS: usize = 200;

/// Where a run's pictures, results and inputs go, and the input values it was given.
/// Cheap to clone: clones share one state.
#[derive(Clone, Default)]
pub struct Display {
    state: Rc<RefCell<DisplayState>>,
}

#[derive(Default)]
struct DisplayState {
    sink: Option<Box<dyn FnMut(Event)>>,
    inputs: InputValues,
    labels_used: BTreeSet<String>,
    pictures: usize,
    shown: usize,
}

impl Display {
    /// A display that sends events to `sink` and answers inputs from `inputs`.
    pub fn new(inputs: InputValues, sink: impl FnMut(Event) + 'static) -> Display {
        Display {
            state: Rc::new(RefCell::new(DisplayState {
                sink: Some(Box::new(sink)),
                inputs,
                ..DisplayState::default()
            })),
        }
    }

    fn send(&self, event: Event) {
        // The sink is taken out while it runs, so sending never holds the state borrowed.
        let sink = self.state.borrow_mut().sink.take();
        if let Some(mut sink) = sink {
            sink(event);
            self.state.borrow_mut().sink = Some(sink);
        }
    }

    fn count_picture(&self, what: &str) -> Result<()> {
        let mut state = self.state.borrow_mut();
        state.pictures += 1;
        if state.pictures > MAX_PICTURES {
            return fail(format!(
                "Your script made more than {MAX_PICTURES} tables and charts. \
                 That is too many to show: was {what} called inside a loop by mistake?"
            ));
        }
        Ok(())
    }

    /// Claims `label` for an input, or explains why it cannot be one.
    fn claim_label(&self, function: &str, label: &str) -> Result<String> {
        let label = label.trim();
        if label.is_empty() {
            return fail(format!(
                "{function}() needs a label that says what to enter, like \"Weight in kg\"."
            ));
        }
        let label = shorten(label);
        let mut state = self.state.borrow_mut();
        if !state.labels_used.insert(label.clone()) {
            return fail(format!(
                "Two inputs are labelled \"{label}\". Give each input its own label: the \
                 label is how the app tells them apart."
            ));
        }
        if state.labels_used.len() > MAX_INPUTS {
            return fail(format!(
                "An app can have at most {MAX_INPUTS} inputs. Was an input asked for inside a loop?"
            ));
        }
        Ok(label)
    }

    fn given(&self, label: &str) -> Option<InputValue> {
        self.state.borrow().inputs.get(label).cloned()
    }
}

/// Cuts text to [`MAX_LABEL_CHARS`] characters, with "…" where it was cut.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_LABEL_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// A value as a table cell or a `show` result: text without quotes, `()` as nothing.
fn cell_text(value: &Dynamic) -> String {
    if value.is_unit() {
        String::new()
    } else {
        shorten(&value.to_string())
    }
}

/// The number in a value, if it is a whole or decimal number.
fn as_number(value: &Dynamic) -> Option<f64> {
    if let Ok(whole) = value.as_int() {
        Some(whole as f64)
    } else {
        value.as_float().ok()
    }
}

// ---------------------------------------------------------------------------------------
// Tables

fn table(display: &Display, caption: &str, rows: &Dynamic, columns: Option<&Array>) -> Result<()> {
    let rows: Array = if let Some(map) = rows.read_lock::<Map>() {
        // One map: a two-column table of its names and values.
        map.iter()
            .map(|(name, value)| {
                let mut row = Map::new();
                row.insert(
                    "name".into(),
                    Dynamic::from(ImmutableString::from(name.as_str())),
                );
                row.insert("value".into(), value.clone());
                Dynamic::from_map(row)
            })
            .collect()
    } else if let Some(array) = rows.read_lock::<Array>() {
        array.clone()
    } else {
        return fail(format!(
            "table() needs a list of maps, one map per row, like [#{{ name: \"Ann\", age: 42 }}], not {}.",
            friendly_type_of(rows)
        ));
    };
    let mut names: Vec<String> = Vec::new();
    if let Some(columns) = columns {
        for column in columns {
            names.push(cell_text(column));
        }
    }
    let mut maps = Vec::with_capacity(rows.len().min(MAX_TABLE_ROWS));
    for (index, row) in rows.iter().enumerate() {
        let Some(map) = row.read_lock::<Map>() else {
            return fail(format!(
                "table() needs every row to be a map, like #{{ name: \"Ann\", age: 42 }}, but row {} is {}.",
                index + 1,
                friendly_type_of(row)
            ));
        };
        if columns.is_none() {
            for name in map.keys() {
                if !names.iter().any(|known| known == name.as_str()) {
                    names.push(name.to_string());
                }
            }
        }
        if index < MAX_TABLE_ROWS {
            maps.push(map.clone());
        }
    }
    if names.len() > MAX_TABLE_COLUMNS {
        return fail(format!(
            "A table can have at most {MAX_TABLE_COLUMNS} columns, and these rows have {} different names.",
            names.len()
        ));
    }
    let cells = maps
        .iter()
        .map(|map| {
            names
                .iter()
                .map(|name| map.get(name.as_str()).map(cell_text).unwrap_or_default())
                .collect()
        })
        .collect();
    display.count_picture("table()")?;
    display.send(Event::Table {
        table: Table {
            caption: shorten(caption),
            columns: names,
            rows: cells,
            rows_given: (rows.len() > MAX_TABLE_ROWS).then_some(rows.len()),
        },
    });
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Charts

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
        Some(value) => fail(format!(
            "{function}()'s `{name}` should be text in quotes, not {}.",
            friendly_type_of(value)
        )),
    }
}

fn check_option_names(options: &Map, allowed: &[&str], function: &str) -> Result<()> {
    for name in options.keys() {
        if !allowed.contains(&name.as_str()) {
            let suggestion = did_you_mean(&closest(name, allowed.iter().copied()));
            return fail(format!(
                "{function}() does not know the option `{name}`.{suggestion} It knows: {}.",
                allowed.join(", ")
            ));
        }
    }
    Ok(())
}

fn list(value: &Dynamic, what: &str, function: &str) -> Result<Array> {
    match value.read_lock::<Array>() {
        Some(array) => Ok(array.clone()),
        None => fail(format!(
            "{function}() needs {what} as a list in square brackets, like [120, 135, 128], not {}.",
            friendly_type_of(value)
        )),
    }
}

/// The y values of a chart: numbers only.
fn numbers(values: &Array, what: &str, function: &str) -> Result<Vec<f64>> {
    values
        .iter()
        .enumerate()
        .map(|(index, value)| match as_number(value) {
            Some(number) if number.is_finite() => Ok(number),
            _ => fail(format!(
                "{function}() needs {what} to be numbers, but value {} is {}.",
                index + 1,
                describe_value(value)
            )),
        })
        .collect()
}

fn describe_value(value: &Dynamic) -> String {
    if value.is_string() {
        format!("the text \"{value}\"")
    } else if value.is_unit() {
        "() (nothing)".into()
    } else {
        friendly_type_of(value).to_string()
    }
}

/// X values: all numbers, or all dates written like "2024-03-01" (a date and time like
/// "2024-03-01T10:30" counts as its date).
fn x_values(values: &Array, function: &str) -> Result<(AxisKind, Vec<f64>)> {
    let first_is_text = values.first().is_some_and(Dynamic::is_string);
    if !first_is_text {
        return Ok((AxisKind::Number, numbers(values, "the x values", function)?));
    }
    let days = values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let text = value.to_string();
            let date_part = text.get(..10).unwrap_or(&text);
            match Date::parse(date_part) {
                Some(date) if value.is_string() => Ok(f64::from(date.days())),
                _ => fail(format!(
                    "{function}() needs the x values to be all numbers or all dates like \"2024-03-01\", \
                     but value {} is {}.",
                    index + 1,
                    describe_value(value)
                )),
            }
        })
        .collect::<Result<Vec<f64>>>()?;
    Ok((AxisKind::Date, days))
}

/// One series' points from its x and y lists, which must be the same length.
fn pair_up(x: &[f64], y: &[f64], name: &str, function: &str) -> Result<Vec<(f64, f64)>> {
    if x.len() != y.len() {
        let whose = if name.is_empty() {
            String::new()
        } else {
            format!(" in \"{name}\"")
        };
        return fail(format!(
            "{function}() needs one y value for each x value, but there are {} x values and {} y values{whose}.",
            x.len(),
            y.len()
        ));
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
        return fail(format!(
            "{function}() has x values but no `y` values to go with them."
        ));
    }
    if let Some(series) = options.get("series") {
        for (index, spec) in list(series, "`series`", function)?.iter().enumerate() {
            match spec.read_lock::<Map>() {
                Some(map) => {
                    check_option_names(&map, &["name", "x", "y"], function)?;
                    specs.push(map.clone());
                }
                None => {
                    return fail(format!(
                        "{function}()'s `series` should be a list of maps like #{{ name: \"Systolic\", y: [120, 135] }}, \
                         but item {} is {}.",
                        index + 1,
                        friendly_type_of(spec)
                    ));
                }
            }
        }
    }
    if specs.is_empty() {
        return fail(format!(
            "{function}() needs values to draw: give `y` (and `x`), or a `series` list."
        ));
    }
    if specs.len() > MAX_SERIES {
        return fail(format!(
            "A chart can show at most {MAX_SERIES} series, and this one has {}.",
            specs.len()
        ));
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
            return fail(format!(
                "{function}()'s series \"{name}\" has no `y` values."
            ));
        };
        let y = numbers(
            &list(y, "the y values", function)?,
            "the y values",
            function,
        )?;
        let points = match (kind, spec.get("x").or(shared_x)) {
            (ChartKind::Bar, Some(x)) => {
                let labels = list(x, "the x values (the bar names)", function)?;
                if chart.categories.is_empty() {
                    chart.categories = labels.iter().map(cell_text).collect();
                } else if chart.categories.len() != labels.len() {
                    return fail(format!(
                        "{function}()'s series must all have the same bar names."
                    ));
                }
                let positions: Vec<f64> = (0..labels.len()).map(|i| i as f64).collect();
                axis = Some(AxisKind::Category);
                pair_up(&positions, &y, &name, function)?
            }
            (ChartKind::Bar, None) => {
                return fail(format!(
                    "{function}() needs `x`: the names of the bars, like [\"Smokers\", \"Non-smokers\"]."
                ));
            }
            (_, Some(x)) => {
                let (this_axis, x) = x_values(&list(x, "the x values", function)?, function)?;
                if axis.is_some_and(|known| known != this_axis) {
                    return fail(format!(
                        "{function}()'s series must all use numbers, or all use dates, for x."
                    ));
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
            return fail(format!(
                "A chart can show at most {} points. Try fewer values, or a histogram.",
                crate::protocol::group_thousands(MAX_CHART_POINTS as u64)
            ));
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
        return fail("histogram() needs `values`: the numbers to count, like [42, 57, 61].");
    };
    let values = numbers(&list(values, "`values`", function)?, "the values", function)?;
    let bins = match options.get("bins") {
        None => None,
        Some(bins) => match bins.as_int() {
            Ok(count) if (1..=50).contains(&count) => Some(count as usize),
            _ => {
                return fail(format!(
                    "histogram()'s `bins` should be a whole number from 1 to 50, not {}.",
                    describe_value(bins)
                ));
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

fn draw(display: &Display, chart: Chart) -> Result<()> {
    display.count_picture(&format!("{}()", function_name(chart.kind)))?;
    display.send(Event::Chart { chart });
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

// ---------------------------------------------------------------------------------------
// Apps: inputs and results

fn input_number(
    display: &Display,
    label: &str,
    default: &Dynamic,
    min: Option<&Dynamic>,
    max: Option<&Dynamic>,
) -> Result<Dynamic> {
    let function = "input_number";
    let label = display.claim_label(function, label)?;
    let number = |value: &Dynamic, what: &str| -> Result<f64> {
        match as_number(value) {
            Some(number) if number.is_finite() => Ok(number),
            _ => fail(format!(
                "{function}(\"{label}\", ...) needs {what} to be a number, not {}.",
                describe_value(value)
            )),
        }
    };
    let default_number = number(default, "the starting value")?;
    let min_number = min
        .map(|value| number(value, "the smallest value"))
        .transpose()?;
    let max_number = max
        .map(|value| number(value, "the largest value"))
        .transpose()?;
    if let (Some(low), Some(high)) = (min_number, max_number)
        && low > high
    {
        return fail(format!(
            "{function}(\"{label}\", ...) has a smallest value ({low}) above its largest ({high})."
        ));
    }
    let fits = |value: f64| {
        min_number.is_none_or(|low| value >= low) && max_number.is_none_or(|high| value <= high)
    };
    if !fits(default_number) {
        return fail(format!(
            "{function}(\"{label}\", ...)'s starting value {default_number} is outside its limits."
        ));
    }
    let whole = [Some(default), min, max]
        .into_iter()
        .flatten()
        .all(|value| value.is_int());
    let given = display.given(&label).and_then(|given| match given {
        InputValue::Number(value) => Some(value),
        InputValue::Text(text) => text.trim().parse::<f64>().ok(),
        InputValue::Flag(_) => None,
    });
    let chosen = match given {
        Some(value) if value.is_finite() && fits(value) && (!whole || value.fract() == 0.0) => {
            value
        }
        _ => default_number,
    };
    display.send(Event::Input {
        input: InputControl {
            label,
            kind: InputKind::Number {
                default: default_number,
                min: min_number,
                max: max_number,
                whole,
            },
            value: InputValue::Number(chosen),
        },
    });
    Ok(if whole {
        Dynamic::from(chosen as INT)
    } else {
        Dynamic::from(chosen as FLOAT)
    })
}

fn input_text(display: &Display, label: &str, default: &str) -> Result<ImmutableString> {
    let label = display.claim_label("input_text", label)?;
    let chosen = match display.given(&label) {
        Some(given) => shorten(&given.to_text()),
        None => default.to_owned(),
    };
    display.send(Event::Input {
        input: InputControl {
            label,
            kind: InputKind::Text {
                default: default.to_owned(),
            },
            value: InputValue::Text(chosen.clone()),
        },
    });
    Ok(chosen.into())
}

fn choose(
    display: &Display,
    label: &str,
    options: &Dynamic,
    default: Option<&Dynamic>,
) -> Result<Dynamic> {
    let function = "choose";
    let label = display.claim_label(function, label)?;
    let Some(options) = options.read_lock::<Array>() else {
        return fail(format!(
            "{function}(\"{label}\", ...) needs the choices as a list, like [\"Alert\", \"Confused\"], not {}.",
            friendly_type_of(options)
        ));
    };
    if options.is_empty() || options.len() > MAX_OPTIONS {
        return fail(format!(
            "{function}(\"{label}\", ...) needs from 1 to {MAX_OPTIONS} choices, not {}.",
            options.len()
        ));
    }
    let names: Vec<String> = options.iter().map(cell_text).collect();
    let default_name = match default {
        None => names[0].clone(),
        Some(default) => {
            let name = cell_text(default);
            if !names.contains(&name) {
                return fail(format!(
                    "{function}(\"{label}\", ...)'s starting choice \"{name}\" is not one of its choices: {}.",
                    names.join(", ")
                ));
            }
            name
        }
    };
    let chosen = match display.given(&label).map(|given| given.to_text()) {
        Some(text) if names.contains(&text) => text,
        _ => default_name.clone(),
    };
    let index = names.iter().position(|name| *name == chosen).unwrap_or(0);
    let value = options[index].clone();
    display.send(Event::Input {
        input: InputControl {
            label,
            kind: InputKind::Choice {
                options: names,
                default: default_name,
            },
            value: InputValue::Text(chosen),
        },
    });
    Ok(value)
}

fn checkbox(display: &Display, label: &str, default: bool) -> Result<bool> {
    let label = display.claim_label("checkbox", label)?;
    let chosen = match display.given(&label) {
        Some(InputValue::Flag(flag)) => flag,
        Some(InputValue::Text(text)) => match text.trim() {
            "true" | "yes" => true,
            "false" | "no" => false,
            _ => default,
        },
        _ => default,
    };
    display.send(Event::Input {
        input: InputControl {
            label,
            kind: InputKind::Checkbox { default },
            value: InputValue::Flag(chosen),
        },
    });
    Ok(chosen)
}

fn show(display: &Display, label: &str, value: &Dynamic) -> Result<()> {
    {
        let mut state = display.state.borrow_mut();
        state.shown += 1;
        if state.shown > MAX_SHOWN {
            return fail(format!(
                "Your script showed more than {MAX_SHOWN} results. Was show() called inside a loop by mistake?"
            ));
        }
    }
    display.send(Event::Show {
        label: shorten(label),
        value: cell_text(value),
    });
    Ok(())
}

/// Adds the table, chart, input and `show` functions to `engine`, sending what they make
/// to `display`.
pub fn register(engine: &mut Engine, display: &Display) {
    let d = display.clone();
    engine.register_fn("table", move |rows: Dynamic| table(&d, "", &rows, None));
    let d = display.clone();
    engine.register_fn("table", move |caption: ImmutableString, rows: Dynamic| {
        table(&d, &caption, &rows, None)
    });
    let d = display.clone();
    engine.register_fn(
        "table",
        move |caption: ImmutableString, rows: Dynamic, columns: Array| {
            table(&d, &caption, &rows, Some(&columns))
        },
    );

    for kind in [ChartKind::Line, ChartKind::Bar, ChartKind::Scatter] {
        let name = function_name(kind);
        let d = display.clone();
        engine.register_fn(name, move |options: Map| {
            draw(&d, chart_from_options(kind, &options)?)
        });
        let d = display.clone();
        engine.register_fn(
            name,
            move |title: ImmutableString, x: Dynamic, y: Dynamic| {
                draw(&d, chart_from_options(kind, &quick_options(title, x, y))?)
            },
        );
    }
    let d = display.clone();
    engine.register_fn("histogram", move |options: Map| {
        draw(&d, histogram_from_options(&options)?)
    });
    let d = display.clone();
    engine.register_fn(
        "histogram",
        move |title: ImmutableString, values: Dynamic| {
            let mut options = Map::new();
            options.insert("title".into(), Dynamic::from(title));
            options.insert("values".into(), values);
            draw(&d, histogram_from_options(&options)?)
        },
    );

    let d = display.clone();
    engine.register_fn(
        "input_number",
        move |label: ImmutableString, default: Dynamic| {
            input_number(&d, &label, &default, None, None)
        },
    );
    let d = display.clone();
    engine.register_fn(
        "input_number",
        move |label: ImmutableString, default: Dynamic, min: Dynamic, max: Dynamic| {
            input_number(&d, &label, &default, Some(&min), Some(&max))
        },
    );
    let d = display.clone();
    engine.register_fn(
        "input_text",
        move |label: ImmutableString, default: ImmutableString| input_text(&d, &label, &default),
    );
    let d = display.clone();
    engine.register_fn("choose", move |label: ImmutableString, options: Dynamic| {
        choose(&d, &label, &options, None)
    });
    let d = display.clone();
    engine.register_fn(
        "choose",
        move |label: ImmutableString, options: Dynamic, default: Dynamic| {
            choose(&d, &label, &options, Some(&default))
        },
    );
    let d = display.clone();
    engine.register_fn("checkbox", move |label: ImmutableString, default: bool| {
        checkbox(&d, &label, default)
    });
    let d = display.clone();
    engine.register_fn("show", move |label: ImmutableString, value: Dynamic| {
        show(&d, &label, &value)
    });
}
