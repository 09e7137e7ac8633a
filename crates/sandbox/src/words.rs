//! Rhai's values and type names in words a beginner knows: "a whole number", "the text
//! \"abc\"", as messages (ids in messages/<lang>/errors.ftl) that sentences nest. A leaf
//! module: `explain` and the script library both describe values with it, so every
//! message names things the same way.

use c4h_protocol::Message;
use rhai::Dynamic;

/// Text longer than this is cut short when a message quotes it.
const MOST_QUOTED_CHARACTERS: usize = 40;

/// A value described for a message: "the text \"abc\"", "the whole number 5", "a map".
pub fn value_words(value: &Dynamic) -> Message {
    if let Ok(text) = value.clone().into_immutable_string() {
        let shown: String = text.chars().take(MOST_QUOTED_CHARACTERS).collect();
        let more = if text.chars().count() > MOST_QUOTED_CHARACTERS {
            "…"
        } else {
            ""
        };
        Message::new("errors-value-text").with("text", format!("{shown}{more}"))
    } else if let Ok(number) = value.as_int() {
        Message::new("errors-value-whole-number").with("number", number.to_string())
    } else if let Ok(number) = value.as_float() {
        Message::new("errors-value-decimal-number").with("number", number.to_string())
    } else {
        type_words(value.type_name())
    }
}

/// A kind of value, as Rhai names its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    WholeNumber,
    DecimalNumber,
    Text,
    Character,
    TrueOrFalse,
    List,
    Map,
    Nothing,
    Function,
    Blob,
    Range,
    /// A type with no words of its own: shown as code.
    Other,
}

/// The kind of value a Rhai type name stands for.
pub fn kind_of(type_name: &str) -> Kind {
    // Rhai writes the accepted forms of text as `&str | ImmutableString | String`.
    let name = type_name.split('|').next().unwrap_or(type_name);
    let name = name
        .trim()
        .trim_start_matches('&')
        .trim_start_matches("mut ");
    match name {
        "i64" | "i32" | "INT" | "integer" => Kind::WholeNumber,
        "f64" | "f32" | "FLOAT" | "float" | "decimal" => Kind::DecimalNumber,
        "string" | "String" | "ImmutableString" | "&str" | "str" => Kind::Text,
        "char" => Kind::Character,
        "bool" => Kind::TrueOrFalse,
        "array" | "Array" => Kind::List,
        "map" | "Map" => Kind::Map,
        "()" => Kind::Nothing,
        "Fn" | "FnPtr" => Kind::Function,
        "blob" | "Blob" => Kind::Blob,
        other if other.starts_with("range") || other.starts_with("Range") => Kind::Range,
        _ => Kind::Other,
    }
}

/// Whether a Rhai type name is text.
pub fn is_text(type_name: &str) -> bool {
    kind_of(type_name) == Kind::Text
}

/// The message for a kind, with its article (`bare`: without).
fn kind_words(type_name: &str, bare: bool) -> Message {
    let (id, bare_id) = match kind_of(type_name) {
        Kind::WholeNumber => ("errors-type-whole-number", "errors-type-whole-number-bare"),
        Kind::DecimalNumber => (
            "errors-type-decimal-number",
            "errors-type-decimal-number-bare",
        ),
        Kind::Text => ("errors-type-text", "errors-type-text"),
        Kind::Character => ("errors-type-character", "errors-type-character-bare"),
        Kind::TrueOrFalse => ("errors-type-true-or-false", "errors-type-true-or-false"),
        Kind::List => ("errors-type-list", "errors-type-list-bare"),
        Kind::Map => ("errors-type-map", "errors-type-map-bare"),
        Kind::Nothing => ("errors-type-nothing", "errors-type-nothing"),
        Kind::Function => ("errors-type-function", "errors-type-function-bare"),
        Kind::Blob => ("errors-type-blob", "errors-type-blob-bare"),
        Kind::Range => ("errors-type-range", "errors-type-range-bare"),
        Kind::Other => {
            let name = type_name.split('|').next().unwrap_or(type_name);
            let name = name
                .trim()
                .trim_start_matches('&')
                .trim_start_matches("mut ");
            return Message::new("errors-type-code").with("name", name);
        }
    };
    Message::new(if bare { bare_id } else { id })
}

/// A Rhai type name in words, with its article: "a whole number", "text", "a list".
pub fn type_words(type_name: &str) -> Message {
    kind_words(type_name, false)
}

/// A type name in words without its article: "whole number", not "a whole number".
pub fn bare_type_words(type_name: &str) -> Message {
    match type_name {
        "Dynamic" => Message::new("errors-type-any"),
        other => kind_words(other, true),
    }
}

/// "a", "a and b", "a, b and c".
pub fn join_with_and(items: &[Message]) -> Message {
    match items {
        [] => Message::new("errors-list-nothing"),
        [only] => only.clone(),
        [first, last] => Message::new("errors-list-and")
            .with("first", first.clone())
            .with("last", last.clone()),
        [first, rest @ ..] => Message::new("errors-list-comma")
            .with("first", first.clone())
            .with("rest", join_with_and(rest)),
    }
}

/// Where an item is in a list, as a message says it: "item 2 (counting from 0)", so the
/// learner can find it with `list[2]`.
pub fn item_words(index: usize) -> Message {
    Message::new("errors-item").with("index", index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use c4h_protocol::words::{english, welsh};

    #[test]
    fn rhai_type_names_become_words() {
        assert_eq!(english(&type_words("i64")), "a whole number");
        assert_eq!(
            english(&type_words("&str | ImmutableString | String")),
            "text"
        );
        assert_eq!(english(&type_words("string")), "text");
        assert_eq!(english(&bare_type_words("f64")), "decimal number");
        assert_eq!(english(&bare_type_words("Dynamic")), "any value");
        assert_eq!(english(&type_words("Point")), "`Point`");
        assert_eq!(welsh(&type_words("i64")), "rhif cyfan");
    }

    #[test]
    fn values_are_described_with_what_they_hold() {
        assert_eq!(
            english(&value_words(&Dynamic::from(5_i64))),
            "the whole number 5"
        );
        assert_eq!(
            english(&value_words(&Dynamic::from(2.5_f64))),
            "the decimal number 2.5"
        );
        let long = "x".repeat(50);
        assert_eq!(
            english(&value_words(&Dynamic::from(long))),
            format!("the text \"{}…\"", "x".repeat(40))
        );
        assert_eq!(
            english(&value_words(&Dynamic::UNIT)),
            "nothing (written `()`)"
        );
        let words = |texts: &[&str]| -> Vec<Message> {
            texts
                .iter()
                .map(|text| Message::new("errors-type-code").with("name", *text))
                .collect()
        };
        assert_eq!(
            english(&join_with_and(&words(&["a", "b", "c"]))),
            "`a`, `b` and `c`"
        );
        assert_eq!(english(&join_with_and(&words(&["a", "b"]))), "`a` and `b`");
        assert_eq!(english(&join_with_and(&[])), "nothing");
        assert_eq!(english(&item_words(2)), "item 2 (counting from 0)");
    }
}
