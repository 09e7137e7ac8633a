//! What lesson checks use to accept every correct answer, not only the model's wording:
//! text compared by its words (capitals, spaces and punctuation aside), numbers read out of
//! text ("22.9 kg/m²" holds 22.9), and numbers compared with a tolerance. Registered for
//! checks only (lesson_check.rs); docs/lesson-authoring.md teaches them.

use c4h_protocol::Message;
use rhai::{Array, Dynamic, FLOAT};

/// How close two numbers must be for `near(a, b)`: half the last place of a value rounded
/// to one decimal, as most lessons' answers are.
pub const DEFAULT_TOLERANCE: f64 = 0.05;

/// Text as its words: lower case, each run of anything but letters and digits one space
/// (a decimal point between digits is kept: "22.9" stays a number).
pub fn words(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (index, &character) in characters.iter().enumerate() {
        let decimal_point = character == '.'
            && index > 0
            && characters[index - 1].is_ascii_digit()
            && characters.get(index + 1).is_some_and(char::is_ascii_digit);
        if character.is_alphanumeric() || decimal_point {
            out.extend(character.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Whether two texts have the same words.
pub fn same_text(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

/// Whether `text` holds `wanted`'s words, in order, as whole words.
pub fn has_words(text: &str, wanted: &str) -> bool {
    let wanted = words(wanted);
    !wanted.is_empty() && format!(" {} ", words(text)).contains(&format!(" {wanted} "))
}

/// The numbers written in `text`, in order: "BMI 22.9 (healthy), 1,234 steps, -3" gives
/// 22.9, 1234 and -3.
pub fn numbers_in(text: &str) -> Vec<f64> {
    let characters: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut index = 0;
    while index < characters.len() {
        // A digit inside a word ("SpO2", "H2O") is not a number of its own.
        let after_letter = index > 0 && characters[index - 1].is_alphabetic();
        let starts_number = !after_letter
            && (characters[index].is_ascii_digit()
                || (characters[index] == '-'
                    && characters.get(index + 1).is_some_and(char::is_ascii_digit)
                    && !(index > 0 && characters[index - 1].is_ascii_digit())));
        if !starts_number {
            // A digit inside a word: skip the rest of the word ("SpO2" is no number 2).
            let digit_in_word = after_letter && characters[index].is_ascii_digit();
            index += 1;
            if digit_in_word {
                while index < characters.len() && characters[index].is_alphanumeric() {
                    index += 1;
                }
            }
            continue;
        }
        let mut number = String::new();
        if characters[index] == '-' {
            number.push('-');
            index += 1;
        }
        while index < characters.len() {
            let character = characters[index];
            let between_digits = |at: usize| {
                at > 0
                    && characters[at - 1].is_ascii_digit()
                    && characters.get(at + 1).is_some_and(char::is_ascii_digit)
            };
            if character.is_ascii_digit() {
                number.push(character);
            } else if character == '.' && between_digits(index) && !number.contains('.') {
                number.push('.');
            } else if character == ',' && between_digits(index) {
                // A thousands separator: 1,234.
            } else {
                break;
            }
            index += 1;
        }
        if let Ok(value) = number.parse::<f64>() {
            numbers.push(value);
        }
    }
    numbers
}

/// The number a value stands for: a whole or decimal number, or the first number written
/// in a piece of text.
pub fn number_of(value: &Dynamic) -> Option<f64> {
    if let Ok(whole) = value.as_int() {
        Some(whole as f64)
    } else if let Ok(decimal) = value.as_float() {
        Some(decimal)
    } else if let Ok(text) = value.clone().into_immutable_string() {
        numbers_in(&text).first().copied()
    } else {
        None
    }
}

/// Whether `a` and `b` are numbers within `tolerance` of each other.
pub fn near(a: &Dynamic, b: &Dynamic, tolerance: f64) -> bool {
    match (number_of(a), number_of(b)) {
        (Some(a), Some(b)) => (a - b).abs() <= tolerance.abs() + f64::EPSILON * a.abs().max(1.0),
        _ => false,
    }
}

/// How `actual` differs from `expected` when it differs only by spaces, capital letters or
/// punctuation, said for the learner ("You printed two spaces after `Name:`; one is
/// expected.", as a message): the first difference only. `None` when they are the same,
/// or differ in their words.
pub fn near_miss(actual: &str, expected: &str) -> Option<Message> {
    let actual: Vec<char> = actual.trim_end_matches('\n').chars().collect();
    let expected: Vec<char> = expected.trim_end_matches('\n').chars().collect();
    if actual == expected {
        return None;
    }
    let (text_a, text_e): (String, String) = (actual.iter().collect(), expected.iter().collect());
    if !same_text(&text_a, &text_e) {
        return None;
    }
    let mut at = actual
        .iter()
        .zip(&expected)
        .take_while(|(a, e)| a == e)
        .count();
    // Differences in spacing are told from the start of the run of spaces.
    while at > 0 && actual[at - 1].is_whitespace() {
        at -= 1;
    }
    let before: String = expected[..at].iter().collect();
    let anchor = before.split_whitespace().next_back();
    let place = match anchor {
        Some(word) => Message::new("errors-near-miss-after").with("word", word),
        None => Message::new("errors-near-miss-at-start"),
    };
    let (a, e) = (actual.get(at).copied(), expected.get(at).copied());
    let spaces = |text: &[char]| text[at..].iter().take_while(|c| **c == ' ').count();
    let message = |id: &str| Message::new(id).with("place", place.clone());
    Some(match (a, e) {
        (Some(a), Some(e)) if a != e && a.to_lowercase().eq(e.to_lowercase()) => {
            let word = |text: &[char]| -> String {
                let start = text[..at]
                    .iter()
                    .rposition(|c| !c.is_alphanumeric())
                    .map_or(0, |p| p + 1);
                text[start..]
                    .iter()
                    .take_while(|c| c.is_alphanumeric())
                    .collect()
            };
            Message::new("errors-near-miss-capitals")
                .with("printed", word(&actual))
                .with("expected", word(&expected))
        }
        (Some(' '), Some(e))
            if !e.is_alphanumeric()
                && !e.is_whitespace()
                && actual.get(at + spaces(&actual)) != Some(&e) =>
        {
            message("errors-near-miss-left-out").with("expected", e.to_string())
        }
        (Some('\n'), _) => message("errors-near-miss-extra-line-break"),
        (_, Some('\n')) => message("errors-near-miss-missing-line-break"),
        (Some(' '), _) | (_, Some(' ')) => {
            let (printed, wanted) = (spaces(&actual), spaces(&expected));
            match (printed, wanted) {
                (_, 0) => message("errors-near-miss-extra-spaces").with("printed", printed),
                (0, _) => message("errors-near-miss-missing-space"),
                _ => message("errors-near-miss-spaces")
                    .with("printed", printed)
                    .with("wanted", wanted),
            }
        }
        (Some(a), Some(e)) if !a.is_alphanumeric() && !e.is_alphanumeric() => {
            message("errors-near-miss-symbol")
                .with("printed", a.to_string())
                .with("expected", e.to_string())
        }
        (Some(a), _) if !a.is_alphanumeric() => {
            message("errors-near-miss-extra-symbol").with("printed", a.to_string())
        }
        (_, Some(e)) => message("errors-near-miss-left-out").with("expected", e.to_string()),
        _ => Message::new("errors-near-miss-other"),
    })
}

/// `numbers_in` as a Rhai list.
pub fn number_list(text: &str) -> Array {
    numbers_in(text)
        .into_iter()
        .map(|number| Dynamic::from(number as FLOAT))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_leave_out_capitals_spaces_and_punctuation() {
        assert_eq!(words("  Your BMI:  22.9 kg/m²! "), "your bmi 22.9 kg m²");
        assert!(same_text(
            "Within the guidelines.",
            "within  the GUIDELINES"
        ));
        assert!(!same_text("within", "without"));
        assert_eq!(words("end."), "end");
    }

    #[test]
    fn has_words_matches_whole_words_in_order() {
        assert!(has_words(
            "Your BMI is 22.9, a healthy weight.",
            "healthy weight"
        ));
        assert!(has_words("Drink 6 to 8 glasses", "6 to 8"));
        assert!(!has_words("unhealthy", "healthy"));
        assert!(!has_words("anything", ""));
    }

    #[test]
    fn numbers_are_read_out_of_text() {
        assert_eq!(numbers_in("22.9 kg/m²"), vec![22.9]);
        assert_eq!(
            numbers_in("1,234 steps; -3 degrees; 7."),
            vec![1234.0, -3.0, 7.0]
        );
        assert_eq!(numbers_in("120/80 mmHg"), vec![120.0, 80.0]);
        assert_eq!(numbers_in("SpO2 96%"), vec![96.0]);
        assert_eq!(numbers_in("no numbers"), Vec::<f64>::new());
        assert_eq!(numbers_in("Drink 6 to 8 glasses"), vec![6.0, 8.0]);
        assert_eq!(numbers_in("H2O and A1c 48"), vec![48.0]);
    }

    #[test]
    fn near_misses_say_what_differs() {
        let near_miss = |actual: &str, expected: &str| {
            super::near_miss(actual, expected).map(|message| c4h_protocol::words::english(&message))
        };
        assert_eq!(near_miss("Name: Sam", "Name: Sam"), None);
        assert_eq!(near_miss("Name: Ali", "Name: Sam"), None);
        assert_eq!(
            near_miss("Name:  Sam", "Name: Sam").as_deref(),
            Some("You printed two spaces after `Name:`; one is expected.")
        );
        assert_eq!(
            near_miss("Name:Sam", "Name: Sam").as_deref(),
            Some("You left out the space after `Name:`.")
        );
        assert_eq!(
            near_miss("name: Sam", "Name: Sam").as_deref(),
            Some("You printed `name` where `Name` is expected: capital letters must match.")
        );
        assert_eq!(
            near_miss("Name Sam", "Name: Sam").as_deref(),
            Some("You left out `:` after `Name`.")
        );
        assert_eq!(
            near_miss("Name : Sam", "Name: Sam").as_deref(),
            Some("You printed a space after `Name`, where there is none.")
        );
        assert_eq!(
            near_miss("Name; Sam", "Name: Sam").as_deref(),
            Some("You printed `;` after `Name` where `:` is expected.")
        );
        assert_eq!(
            near_miss("Drink water", "Drink water.").as_deref(),
            Some("You left out `.` after `water`.")
        );
        assert_eq!(
            near_miss("Drink water!", "Drink water").as_deref(),
            Some("You printed `!` after `water`, which is not expected.")
        );
        assert_eq!(
            near_miss("a\n\nb", "a\nb").as_deref(),
            Some("You printed a line break after `a` where none is expected.")
        );
        assert_eq!(
            near_miss("Name:   Sam", "Name: Sam").as_deref(),
            Some("You printed three spaces after `Name:`; one is expected.")
        );
        assert_eq!(
            near_miss("Name:     Sam", "Name:  Sam").as_deref(),
            Some("You printed 5 spaces after `Name:`; 2 are expected.")
        );
        // The same near miss, in Welsh.
        assert_eq!(
            super::near_miss("Name:  Sam", "Name: Sam")
                .map(|message| c4h_protocol::words::welsh(&message))
                .as_deref(),
            Some("Fe wnaethoch chi argraffu dau fwlch ar ôl `Name:`; mae disgwyl un.")
        );
        // A trailing new line is not a difference.
        assert_eq!(near_miss("Hello\n", "Hello"), None);
    }

    #[test]
    fn near_compares_numbers_and_numbers_in_text() {
        let text = |t: &str| Dynamic::from(rhai::ImmutableString::from(t));
        assert!(near(
            &Dynamic::from(22.86_f64),
            &Dynamic::from(22.9_f64),
            DEFAULT_TOLERANCE
        ));
        assert!(near(
            &text("22.9 kg/m²"),
            &Dynamic::from(22.9_f64),
            DEFAULT_TOLERANCE
        ));
        assert!(near(&Dynamic::from(23_i64), &Dynamic::from(23.0_f64), 0.0));
        assert!(!near(
            &Dynamic::from(23.0_f64),
            &Dynamic::from(22.9_f64),
            DEFAULT_TOLERANCE
        ));
        assert!(!near(&text("none"), &Dynamic::from(1_i64), 1.0));
    }
}
