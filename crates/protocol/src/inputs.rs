//! An app's inputs: what a script asks for (`input_number`, `input_text`, `choose`,
//! `checkbox`), the values the learner gives them, and the one rule for whether a value
//! fits an input. The sandbox uses the rule to decide which value a run gets; the page uses
//! it to decide whether to run at all or to show an error at the input; the CLI reads
//! `--input LABEL=VALUE` with [`InputValue::from_typed`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The values of an app's inputs, by label.
pub type InputValues = BTreeMap<String, InputValue>;

/// The value of one input: a number box, a text box, a choice or a checkbox. In JSON, the
/// value itself (`true`, `70.5`, `"Sam"`); read by hand, as serde's `untagged` would read
/// it, without the buffering `untagged` needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum InputValue {
    Flag(bool),
    Number(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for InputValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<InputValue, D::Error> {
        struct ValueVisitor;

        impl serde::de::Visitor<'_> for ValueVisitor {
            type Value = InputValue;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("true or false, a number or a string")
            }
            fn visit_bool<E>(self, flag: bool) -> Result<InputValue, E> {
                Ok(InputValue::Flag(flag))
            }
            fn visit_f64<E>(self, number: f64) -> Result<InputValue, E> {
                Ok(InputValue::Number(number))
            }
            fn visit_i64<E>(self, number: i64) -> Result<InputValue, E> {
                Ok(InputValue::Number(number as f64))
            }
            fn visit_u64<E>(self, number: u64) -> Result<InputValue, E> {
                Ok(InputValue::Number(number as f64))
            }
            fn visit_str<E>(self, text: &str) -> Result<InputValue, E> {
                Ok(InputValue::Text(text.to_owned()))
            }
            fn visit_string<E>(self, text: String) -> Result<InputValue, E> {
                Ok(InputValue::Text(text))
            }
        }

        deserializer.deserialize_any(ValueVisitor)
    }
}

/// An input a script asked for (`input_number`, `input_text`, `choose`, `checkbox`): what
/// the page draws in the app's form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputControl {
    /// Also the input's name: two inputs of one script never share a label.
    pub label: String,
    pub kind: InputKind,
    /// The value this run used: the learner's, or the default.
    pub value: InputValue,
}

/// The kind of an input, with its default and limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A number box. `whole`: only whole numbers (the default and limits were whole).
    Number {
        default: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
        whole: bool,
    },
    Text {
        default: String,
    },
    Choice {
        options: Vec<String>,
        default: String,
    },
    Checkbox {
        default: bool,
    },
}

impl InputValue {
    /// A value as a person types it (the CLI's `--input LABEL=VALUE`): yes, no, true or
    /// false for a checkbox, a number, or else text. Each input then takes what fits it.
    pub fn from_typed(text: &str) -> InputValue {
        if let Some(flag) = yes_or_no(text) {
            return InputValue::Flag(flag);
        }
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|number| number.is_finite())
            .map_or_else(|| InputValue::Text(text.to_owned()), InputValue::Number)
    }

    /// The value as a tick: a checkbox's own value, or "yes", "no", "true" or "false".
    pub fn as_flag(&self) -> Option<bool> {
        match self {
            InputValue::Flag(flag) => Some(*flag),
            InputValue::Text(text) => yes_or_no(text),
            InputValue::Number(_) => None,
        }
    }

    /// The value as the CLI and the page show it.
    pub fn to_text(&self) -> String {
        match self {
            InputValue::Flag(true) => "yes".into(),
            InputValue::Flag(false) => "no".into(),
            InputValue::Number(number) => number.to_string(),
            InputValue::Text(text) => text.clone(),
        }
    }
}

/// "yes" or "true" and "no" or "false", as typed (surrounding spaces allowed).
fn yes_or_no(text: &str) -> Option<bool> {
    match text.trim() {
        "true" | "yes" => Some(true),
        "false" | "no" => Some(false),
        _ => None,
    }
}

impl InputKind {
    /// Whether a number input takes `number`: a real number, within its limits, and whole
    /// if the input is for whole numbers. Always false for other kinds of input.
    pub fn takes_number(&self, number: f64) -> bool {
        let InputKind::Number {
            min, max, whole, ..
        } = self
        else {
            return false;
        };
        number.is_finite()
            && min.is_none_or(|low| number >= low)
            && max.is_none_or(|high| number <= high)
            && (!whole || number.fract() == 0.0)
    }

    /// The value this input takes when the learner gave `given`, or `None` when it does not
    /// fit (the run then uses the input's default): a number within the limits, any text,
    /// one of the choices, or a tick.
    pub fn accept(&self, given: &InputValue) -> Option<InputValue> {
        match (self, given) {
            (InputKind::Number { .. }, InputValue::Number(number)) => self
                .takes_number(*number)
                .then_some(InputValue::Number(*number)),
            (InputKind::Number { .. }, _) => None,
            (InputKind::Text { .. }, given) => Some(InputValue::Text(given.to_text())),
            (InputKind::Choice { options, .. }, given) => {
                let text = given.to_text();
                options.contains(&text).then_some(InputValue::Text(text))
            }
            (InputKind::Checkbox { .. }, given) => given.as_flag().map(InputValue::Flag),
        }
    }

    /// The value the input starts with.
    pub fn default_value(&self) -> InputValue {
        match self {
            InputKind::Number { default, .. } => InputValue::Number(*default),
            InputKind::Text { default } | InputKind::Choice { default, .. } => {
                InputValue::Text(default.clone())
            }
            InputKind::Checkbox { default } => InputValue::Flag(*default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(min: Option<f64>, max: Option<f64>, whole: bool) -> InputKind {
        InputKind::Number {
            default: min.unwrap_or(0.0),
            min,
            max,
            whole,
        }
    }

    #[test]
    fn values_read_and_write_as_plain_json_values() {
        let values: InputValues =
            serde_json::from_str(r#"{"a": true, "b": 70, "c": 1.75, "d": "Sam", "e": -3}"#)
                .unwrap();
        assert_eq!(values["a"], InputValue::Flag(true));
        assert_eq!(values["b"], InputValue::Number(70.0));
        assert_eq!(values["c"], InputValue::Number(1.75));
        assert_eq!(values["d"], InputValue::Text("Sam".into()));
        assert_eq!(values["e"], InputValue::Number(-3.0));
        let written = serde_json::to_string(&values).unwrap();
        assert_eq!(
            serde_json::from_str::<InputValues>(&written).unwrap(),
            values
        );
        for wrong in ["null", "[1]", r#"{"x": 1}"#] {
            assert!(
                serde_json::from_str::<InputValue>(wrong).is_err(),
                "{wrong}"
            );
        }
    }

    #[test]
    fn numbers_fit_their_limits_and_wholeness() {
        let weight = number(Some(20.0), Some(300.0), false);
        assert!(weight.takes_number(20.0));
        assert!(weight.takes_number(70.5));
        assert!(weight.takes_number(300.0));
        assert!(!weight.takes_number(19.9));
        assert!(!weight.takes_number(300.1));
        assert!(!weight.takes_number(f64::NAN));
        assert!(!weight.takes_number(f64::INFINITY));
        let glasses = number(Some(0.0), None, true);
        assert!(glasses.takes_number(8.0));
        assert!(!glasses.takes_number(2.5));
        assert!(!glasses.takes_number(-1.0));
        assert!(number(None, None, false).takes_number(-1e300));
        assert!(
            !InputKind::Text {
                default: String::new()
            }
            .takes_number(1.0)
        );
    }

    #[test]
    fn each_kind_accepts_what_fits_it() {
        let weight = number(Some(20.0), Some(300.0), false);
        assert_eq!(
            weight.accept(&InputValue::Number(70.0)),
            Some(InputValue::Number(70.0))
        );
        assert_eq!(weight.accept(&InputValue::Number(6000.0)), None);
        assert_eq!(weight.accept(&InputValue::Text("70".into())), None);
        let name = InputKind::Text {
            default: "Sam".into(),
        };
        assert_eq!(
            name.accept(&InputValue::Number(42.0)),
            Some(InputValue::Text("42".into()))
        );
        let choice = InputKind::Choice {
            options: vec!["Alert".into(), "New confusion".into()],
            default: "Alert".into(),
        };
        assert_eq!(
            choice.accept(&InputValue::Text("New confusion".into())),
            Some(InputValue::Text("New confusion".into()))
        );
        assert_eq!(choice.accept(&InputValue::Text("Asleep".into())), None);
        let tick = InputKind::Checkbox { default: false };
        assert_eq!(
            tick.accept(&InputValue::Text(" yes ".into())),
            Some(InputValue::Flag(true))
        );
        assert_eq!(
            tick.accept(&InputValue::Flag(false)),
            Some(InputValue::Flag(false))
        );
        assert_eq!(tick.accept(&InputValue::Text("maybe".into())), None);
        assert_eq!(tick.default_value(), InputValue::Flag(false));
        assert_eq!(choice.default_value(), InputValue::Text("Alert".into()));
    }

    #[test]
    fn typed_values_are_read_as_a_person_means_them() {
        assert_eq!(InputValue::from_typed("yes"), InputValue::Flag(true));
        assert_eq!(InputValue::from_typed(" false"), InputValue::Flag(false));
        assert_eq!(InputValue::from_typed("70.5"), InputValue::Number(70.5));
        assert_eq!(
            InputValue::from_typed("inf"),
            InputValue::Text("inf".into())
        );
        assert_eq!(
            InputValue::from_typed("Ann"),
            InputValue::Text("Ann".into())
        );
    }
}
