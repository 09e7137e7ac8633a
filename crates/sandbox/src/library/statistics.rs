//! Statistics over lists of numbers: `mean`, `median`, `min`, `max`, `sum`, `count` and
//! `round`. A list with text or nothing in it gets a message naming the first such item.

use c4h_protocol::Message;
use rhai::{Array, Dynamic, Engine, FLOAT, INT};

use super::error::{Result, fail};
use super::values::numbers;

/// The numbers in a list that must have at least one.
fn non_empty_numbers(list: &Array, function: &str) -> Result<Vec<f64>> {
    if list.is_empty() {
        return fail(Message::new("errors-list-empty").with("function", function));
    }
    numbers(list, "errors-needs-numbers", function)
}

/// The first item of `list` that beats every item before it and `start` (`min`, `max`),
/// returned as it is, so a whole number stays whole.
fn extreme(
    list: &Array,
    function: &str,
    start: f64,
    beats: fn(f64, f64) -> bool,
) -> Result<Dynamic> {
    let values = non_empty_numbers(list, function)?;
    let mut best = (0, start);
    for (index, value) in values.into_iter().enumerate() {
        if beats(value, best.1) {
            best = (index, value);
        }
    }
    Ok(list[best.0].clone())
}

fn all_whole(list: &Array) -> bool {
    list.iter().all(|item| item.is_int())
}

/// Adds the statistics functions to `engine`.
pub fn register(engine: &mut Engine) {
    engine.register_fn("mean", |list: Array| -> Result<FLOAT> {
        let values = non_empty_numbers(&list, "mean")?;
        Ok(values.iter().sum::<f64>() / values.len() as f64)
    });
    engine.register_fn("median", |list: Array| -> Result<FLOAT> {
        let mut values = non_empty_numbers(&list, "median")?;
        values.sort_by(f64::total_cmp);
        let middle = values.len() / 2;
        Ok(if values.len() % 2 == 1 {
            values[middle]
        } else {
            (values[middle - 1] + values[middle]) / 2.0
        })
    });
    engine.register_fn("min", |list: Array| -> Result<Dynamic> {
        extreme(&list, "min", f64::INFINITY, |value, best| value < best)
    });
    engine.register_fn("max", |list: Array| -> Result<Dynamic> {
        extreme(&list, "max", f64::NEG_INFINITY, |value, best| value > best)
    });
    engine.register_fn("sum", |list: Array| -> Result<Dynamic> {
        if list.is_empty() {
            return Ok(Dynamic::from(0 as INT));
        }
        let values = non_empty_numbers(&list, "sum")?;
        if all_whole(&list) {
            let mut total: INT = 0;
            for item in &list {
                total = match total.checked_add(item.as_int().unwrap_or_default()) {
                    Some(total) => total,
                    None => {
                        return fail(Message::new("errors-sum-too-big"));
                    }
                };
            }
            Ok(Dynamic::from(total))
        } else {
            Ok(Dynamic::from(values.iter().sum::<f64>()))
        }
    });
    engine.register_fn("count", |list: Array| -> Result<INT> {
        Ok(list.len() as INT)
    });
    engine.register_fn("round", |value: FLOAT, places: INT| -> Result<FLOAT> {
        if !(0..=10).contains(&places) {
            return fail(Message::new("errors-round-places"));
        }
        let scale = 10f64.powi(places as i32);
        Ok((value * scale).round() / scale)
    });
    engine.register_fn("round", |value: INT, _places: INT| -> Result<INT> {
        Ok(value)
    });
}
