//! Mistakes with the quotes around text: single quotes, curly quotes (what phone keyboards
//! and word processors type), and putting values into text on a keyboard with no backtick.

use c4h_protocol::Message;

/// The curly quotes a phone or a word processor types in place of `"` and `'`.
const CURLY_QUOTES: [char; 6] = ['“', '”', '„', '‟', '‘', '’'];

/// `Walk for ${mins * 5} minutes` as `"Walk for " + (mins * 5) + " minutes"`: the same
/// text made by joining, for a keyboard with no backtick.
pub fn joined_with_plus(template: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("${") {
        let Some(length) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            parts.push(format!("\"{}\"", &rest[..start]));
        }
        let expression = rest[start + 2..start + length].trim();
        let simple = expression
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'));
        parts.push(if simple {
            expression.to_owned()
        } else {
            format!("({expression})")
        });
        rest = &rest[start + length + 1..];
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(format!("\"{rest}\""));
    }
    // Text first, so `+` joins text even when the first piece is a number.
    if !parts[0].starts_with('"') {
        parts.insert(0, "\"\"".into());
    }
    parts.join(" + ")
}

/// What to say about text in single quotes: `'hello'`.
pub fn single_quoted(inner: &str) -> Message {
    if inner.contains("${") {
        Message::new("errors-single-quotes-value")
            .with("text", inner)
            .with("joined", joined_with_plus(inner))
    } else {
        Message::new("errors-single-quotes").with("text", inner)
    }
}

/// Whether `text` is a curly quote.
pub fn is_curly_quote(text: &str) -> bool {
    let mut characters = text.chars();
    characters.next().is_some_and(|c| CURLY_QUOTES.contains(&c)) && characters.next().is_none()
}

/// What to say about a curly quote at the start of `rest` (the line from the quote on).
pub fn curly_quoted(rest: &str) -> Message {
    let inner: String = rest
        .chars()
        .skip(1)
        .take_while(|c| !CURLY_QUOTES.contains(c) && *c != '"')
        .collect();
    Message::new("errors-curly-quotes")
        .with("quote", rest.chars().next().unwrap_or('“').to_string())
        .with("text", inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_join_with_plus() {
        assert_eq!(
            joined_with_plus("Walk for ${mins * 5} minutes"),
            "\"Walk for \" + (mins * 5) + \" minutes\""
        );
        assert_eq!(
            joined_with_plus("${name} is ${age}"),
            "\"\" + name + \" is \" + age"
        );
        assert_eq!(joined_with_plus("BMI: ${p.bmi}"), "\"BMI: \" + p.bmi");
        assert_eq!(joined_with_plus("no values"), "\"no values\"");
    }

    #[test]
    fn curly_quotes_are_named_and_straightened() {
        assert!(is_curly_quote("“"));
        assert!(!is_curly_quote("\""));
        assert!(
            c4h_protocol::words::english(&curly_quoted("“Take your tablets”);"))
                .contains("`\"Take your tablets\"`")
        );
    }
}
