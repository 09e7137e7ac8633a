//! Mistakes with the quotes around text: single quotes, curly quotes (what phone keyboards
//! and word processors type), and putting values into text on a keyboard with no backtick.

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
pub fn single_quoted(inner: &str) -> String {
    if inner.contains("${") {
        format!(
            "Text with `${{...}}` in it goes between backticks, not single quotes: \
             `` `{inner}` ``. If your keyboard has no backtick, join the pieces with `+` \
             instead: `{}`.",
            joined_with_plus(inner)
        )
    } else {
        format!(
            "Text goes between double quotes, not single quotes: `\"{inner}\"`. (Single \
             quotes hold one character only.)"
        )
    }
}

/// Whether `text` is a curly quote.
pub fn is_curly_quote(text: &str) -> bool {
    let mut characters = text.chars();
    characters.next().is_some_and(|c| CURLY_QUOTES.contains(&c)) && characters.next().is_none()
}

/// What to say about a curly quote at the start of `rest` (the line from the quote on).
pub fn curly_quoted(rest: &str) -> String {
    let inner: String = rest
        .chars()
        .skip(1)
        .take_while(|c| !CURLY_QUOTES.contains(c) && *c != '"')
        .collect();
    format!(
        "This text starts with a curly quote, `{}`, which phone keyboards and word processors \
         often type. Code needs straight double quotes: `\"{inner}\"`. On a phone, press and \
         hold the quote key to choose the straight one, or turn off \"smart punctuation\".",
        rest.chars().next().unwrap_or('“')
    )
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
        assert!(curly_quoted("“Take your tablets”);").contains("`\"Take your tablets\"`"));
    }
}
