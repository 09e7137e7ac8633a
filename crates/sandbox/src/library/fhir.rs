//! `fhir(request)`: the data set's read-only FHIR server (c4h-healthdata's `fhir::request`),
//! answering with resources, bundles and OperationOutcomes as Rhai maps.

use c4h_healthdata::fhir;
use rhai::{Dynamic, Engine, ImmutableString};

use super::error::Result;
use super::population::population;

/// JSON from the FHIR server, as Rhai values.
fn from_json(value: serde_json::Value) -> Dynamic {
    use serde_json::Value;
    match value {
        Value::Null => Dynamic::UNIT,
        Value::Bool(flag) => Dynamic::from(flag),
        Value::Number(number) => match number.as_i64() {
            Some(whole) => Dynamic::from(whole),
            None => Dynamic::from(number.as_f64().unwrap_or_default()),
        },
        Value::String(text) => Dynamic::from(ImmutableString::from(text)),
        Value::Array(items) => Dynamic::from_array(items.into_iter().map(from_json).collect()),
        Value::Object(fields) => Dynamic::from_map(
            fields
                .into_iter()
                .map(|(name, value)| (name.into(), from_json(value)))
                .collect(),
        ),
    }
}

/// Adds `fhir` to `engine`.
pub fn register(engine: &mut Engine) {
    engine.register_fn("fhir", |request: ImmutableString| -> Result<Dynamic> {
        Ok(from_json(fhir::request(&population(), &request)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_becomes_rhai_values() {
        let value = from_json(serde_json::json!({ "a": [1, 2.5, "x", null, true] }));
        let map = value.cast::<rhai::Map>();
        let list = map["a"].clone().cast::<rhai::Array>();
        assert_eq!(list[0].as_int(), Ok(1));
        assert_eq!(list[1].as_float(), Ok(2.5));
        assert!(list[3].is_unit());
    }
}
