//! `table(rows)`, `table(caption, rows)` and `table(caption, rows, columns)`: a list of
//! maps (or one map) becomes a [`Table`] with a caption and column headers.

use c4h_charts::Table;
use c4h_protocol::{Event, Message};
use rhai::{Array, Dynamic, Engine, ImmutableString, Map};

use super::error::{Result, fail};
use super::screen::Screen;
use super::values::{cell_text, shorten};
use crate::words::value_words;

/// A table keeps at most this many rows (the rest are counted, not shown)...
pub const MAX_TABLE_ROWS: usize = 1_000;
/// ...and this many columns.
pub const MAX_TABLE_COLUMNS: usize = 30;

fn table(screen: &Screen, caption: &str, rows: &Dynamic, columns: Option<&Array>) -> Result<()> {
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
        return fail(Message::new("errors-table-needs-list").with("value", value_words(rows)));
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
            return fail(
                Message::new("errors-table-row-not-map")
                    .with("row", index + 1)
                    .with("value", value_words(row)),
            );
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
        return fail(
            Message::new("errors-table-too-many-columns")
                .with("max", MAX_TABLE_COLUMNS)
                .with("count", names.len()),
        );
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
    screen.count_picture("table()")?;
    screen.send(Event::Table {
        table: Table {
            caption: shorten(caption),
            columns: names,
            rows: cells,
            rows_given: (rows.len() > MAX_TABLE_ROWS).then_some(rows.len()),
        },
    });
    Ok(())
}

/// Adds `table` to `engine`, sending tables to `screen`.
pub fn register(engine: &mut Engine, screen: &Screen) {
    let s = screen.clone();
    engine.register_fn("table", move |rows: Dynamic| table(&s, "", &rows, None));
    let s = screen.clone();
    engine.register_fn("table", move |caption: ImmutableString, rows: Dynamic| {
        table(&s, &caption, &rows, None)
    });
    let s = screen.clone();
    engine.register_fn(
        "table",
        move |caption: ImmutableString, rows: Dynamic, columns: Array| {
            table(&s, &caption, &rows, Some(&columns))
        },
    );
}
