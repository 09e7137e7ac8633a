//! Small helpers every family of functions shares: making Rhai values from the data set's,
//! reading numbers out of lists, and cutting long labels short.

use c4h_protocol::Message;
use rhai::{Array, Dynamic, FLOAT, INT, ImmutableString, Map};

use super::error::{Result, fail};
use crate::words::{item_words, value_words};

/// Labels, titles and table cells are cut to this many characters.
const MAX_LABEL_CHARS: usize = 200;

/// Text as a Rhai value.
pub fn text(value: impl Into<ImmutableString>) -> Dynamic {
    Dynamic::from(value.into())
}

/// A number as a Rhai value: whole when it is shown with no decimals, else decimal.
pub fn number(value: f64, decimals: u32) -> Dynamic {
    if decimals == 0 {
        Dynamic::from(value as INT)
    } else {
        Dynamic::from(value as FLOAT)
    }
}

/// A map from its fields, in order.
pub fn map(fields: Vec<(&str, Dynamic)>) -> Dynamic {
    let mut map = Map::new();
    for (name, value) in fields {
        map.insert(name.into(), value);
    }
    Dynamic::from_map(map)
}

/// The number in a value, if it is a whole or decimal number.
pub fn as_number(value: &Dynamic) -> Option<f64> {
    if let Ok(whole) = value.as_int() {
        Some(whole as f64)
    } else {
        value.as_float().ok()
    }
}

/// The numbers in `list`, or a message naming the first item that is not a real number.
/// `need` is the message's id: "`function`() needs a list of numbers, but …"
/// (`errors-needs-numbers`), "… the y values to be numbers …" (`errors-needs-y-numbers`).
pub fn numbers(list: &Array, need: &str, function: &str) -> Result<Vec<f64>> {
    list.iter()
        .enumerate()
        .map(|(index, item)| match as_number(item) {
            Some(number) if number.is_finite() => Ok(number),
            _ => fail(
                Message::new(need)
                    .with("function", function)
                    .with("item", item_words(index))
                    .with("value", value_words(item)),
            ),
        })
        .collect()
}

/// Cuts text to [`MAX_LABEL_CHARS`] characters, with "…" where it was cut.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_LABEL_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// A value as a table cell or a `show` result: text without quotes, `()` as nothing.
pub fn cell_text(value: &Dynamic) -> String {
    if value.is_unit() {
        String::new()
    } else {
        shorten(&value.to_string())
    }
}
