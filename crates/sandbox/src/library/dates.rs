//! Dates, written as text like "2024-05-01": `today()` (the data set's fixed "today"),
//! `age`, `days_between`, `add_days` and `year`.

use c4h_healthdata::{Date, reference_date};
use c4h_protocol::Message;
use rhai::{Engine, INT, ImmutableString};

use super::error::{Result, fail};

fn parse_date(value: &str, function: &str) -> Result<Date> {
    Date::parse(value.trim()).map_or_else(
        || {
            fail(
                Message::new("errors-date-format")
                    .with("function", function)
                    .with("value", value),
            )
        },
        Ok,
    )
}

/// Adds the date functions to `engine`.
pub fn register(engine: &mut Engine) {
    engine.register_fn("today", || -> Result<ImmutableString> {
        Ok(reference_date().to_string().into())
    });
    engine.register_fn("age", |born: ImmutableString| -> Result<INT> {
        let born = parse_date(&born, "age")?;
        Ok(born.age_on(reference_date()) as INT)
    });
    engine.register_fn(
        "age",
        |born: ImmutableString, on: ImmutableString| -> Result<INT> {
            Ok(parse_date(&born, "age")?.age_on(parse_date(&on, "age")?) as INT)
        },
    );
    engine.register_fn(
        "days_between",
        |first: ImmutableString, second: ImmutableString| -> Result<INT> {
            Ok(
                parse_date(&first, "days_between")?.days_until(parse_date(&second, "days_between")?)
                    as INT,
            )
        },
    );
    engine.register_fn(
        "add_days",
        |date: ImmutableString, days: INT| -> Result<ImmutableString> {
            let days = i32::try_from(days)
                .ok()
                .filter(|days| days.abs() <= 3_660_000);
            let Some(days) = days else {
                return fail(Message::new("errors-add-days-too-far"));
            };
            Ok(parse_date(&date, "add_days")?
                .add_days(days)
                .to_string()
                .into())
        },
    );
    engine.register_fn("year", |date: ImmutableString| -> Result<INT> {
        Ok(INT::from(parse_date(&date, "year")?.year()))
    });
}
