//! NHS numbers: `is_valid_nhs_number` (the Modulus 11 check digit) and
//! `format_nhs_number` (3-3-4 spacing), over c4h-healthdata's `nhs_number`.

use c4h_healthdata::nhs_number;
use rhai::{Engine, INT, ImmutableString};

use super::error::Result;

/// Adds the NHS number functions to `engine`.
pub fn register(engine: &mut Engine) {
    engine.register_fn(
        "is_valid_nhs_number",
        |number: ImmutableString| -> Result<bool> { Ok(nhs_number::is_valid(&number)) },
    );
    // A number typed without quotes is a fair thing to check too.
    engine.register_fn("is_valid_nhs_number", |number: INT| -> Result<bool> {
        Ok(nhs_number::is_valid(&format!("{number:010}")))
    });
    engine.register_fn(
        "format_nhs_number",
        |number: ImmutableString| -> Result<ImmutableString> {
            let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
            Ok(nhs_number::format(&digits).into())
        },
    );
}
