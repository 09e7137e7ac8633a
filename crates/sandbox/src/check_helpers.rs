//! What lesson checks use to accept every correct answer, not only the model's wording:
//! text compared by its words (capitals, spaces and punctuation aside), numbers read out of
//! text ("22.9 kg/m²" holds 22.9), and numbers compared with a tolerance. Registered for
//! checks only (lesson_check.rs); docs/lesson-authoring.md teaches them.

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
