//! Rhai's values and type names in words a beginner knows: "a whole number", "the text
//! \"abc\"". A leaf module: `explain` and the script library both describe values with it,
//! so every message names things the same way.

use rhai::Dynamic;

/// Text longer than this is cut short when a message quotes it.
const MOST_QUOTED_CHARACTERS: usize = 40;

/// A value described for a message: "the text \"abc\"", "the whole number 5", "a map".
pub fn value_words(value: &Dynamic) -> String {
    if let Ok(text) = value.clone().into_immutable_string() {
        let shown: String = text.chars().take(MOST_QUOTED_CHARACTERS).collect();
        let more = if text.chars().count() > MOST_QUOTED_CHARACTERS {
            "…"
        } else {
            ""
        };
        format!("the text \"{shown}{more}\"")
    } else if let Ok(number) = value.as_int() {
        format!("the whole number {number}")
    } else if let Ok(number) = value.as_float() {
        format!("the decimal number {number}")
    } else {
        type_words(value.type_name())
    }
}

/// A Rhai type name in words, with its article: "a whole number", "text", "a list".
pub fn type_words(type_name: &str) -> String {
    // Rhai writes the accepted forms of text as `&str | ImmutableString | String`.
    let name = type_name.split('|').next().unwrap_or(type_name);
    let name = name
        .trim()
        .trim_start_matches('&')
        .trim_start_matches("mut ");
    match name {
        "i64" | "i32" | "INT" | "integer" => "a whole number".into(),
        "f64" | "f32" | "FLOAT" | "float" | "decimal" => "a decimal number".into(),
        "string" | "String" | "ImmutableString" | "&str" | "str" => "text".into(),
        "char" => "a single character".into(),
        "bool" => "true or false".into(),
        "array" | "Array" => "a list".into(),
        "map" | "Map" => "a map".into(),
        "()" => "nothing (written `()`)".into(),
        "Fn" | "FnPtr" => "a function".into(),
        "blob" | "Blob" => "a blob of bytes".into(),
        other if other.starts_with("range") || other.starts_with("Range") => "a range".into(),
        other => format!("`{other}`"),
    }
}

/// A type name in words without its article: "whole number", not "a whole number".
pub fn bare_type_words(type_name: &str) -> String {
    let words = match type_name {
        "Dynamic" => return "any value".into(),
        other => type_words(other),
    };
    words
        .strip_prefix("a ")
        .or_else(|| words.strip_prefix("an "))
        .map_or(words.clone(), str::to_owned)
}

/// "a", "a and b", "a, b and c".
pub fn join_with_and(items: &[String]) -> String {
    match items {
        [] => "nothing".into(),
        [only] => only.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// Where an item is in a list, as a message says it: "item 2 (counting from 0)", so the
/// learner can find it with `list[2]`.
pub fn item_words(index: usize) -> String {
    format!("item {index} (counting from 0)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhai_type_names_become_words() {
        assert_eq!(type_words("i64"), "a whole number");
        assert_eq!(type_words("&str | ImmutableString | String"), "text");
        assert_eq!(type_words("string"), "text");
        assert_eq!(bare_type_words("f64"), "decimal number");
        assert_eq!(bare_type_words("Dynamic"), "any value");
    }

    #[test]
    fn values_are_described_with_what_they_hold() {
        assert_eq!(value_words(&Dynamic::from(5_i64)), "the whole number 5");
        assert_eq!(
            value_words(&Dynamic::from(2.5_f64)),
            "the decimal number 2.5"
        );
        let long = "x".repeat(50);
        assert_eq!(
            value_words(&Dynamic::from(long)),
            format!("the text \"{}…\"", "x".repeat(40))
        );
        assert_eq!(value_words(&Dynamic::UNIT), "nothing (written `()`)");
        assert_eq!(
            join_with_and(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }
}
