//! NHS numbers: the Modulus 11 check digit, and the test range the data set draws from.
//!
//! Rule (NHS Data Dictionary, "NHS Number"): multiply digits 1–9 by 10, 9, …, 2, sum,
//! take the remainder mod 11 and subtract it from 11; 11 becomes 0, and 10 means the number
//! is never issued. Numbers starting 999 are reserved for testing and never issued to
//! patients, so every number in our data is obviously not a real person's. Both facts and
//! their sources: docs/data-sources.md, 'NHS numbers'.

/// The check digit for nine digits, or None when it would be 10 (such a stem is never used).
pub fn check_digit(stem: &[u8; 9]) -> Option<u8> {
    let sum: u32 = stem
        .iter()
        .zip((2..=10).rev())
        .map(|(digit, weight)| u32::from(*digit) * weight)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check as u8),
    }
}

/// Why some text is not a valid NHS number, in words a learner can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NhsNumberProblem {
    WrongLength(usize),
    NotDigits,
    WrongCheckDigit { expected: Option<u8>, found: u8 },
}

impl std::fmt::Display for NhsNumberProblem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NhsNumberProblem::WrongLength(length) => write!(
                formatter,
                "an NHS number has 10 digits, and this has {length}"
            ),
            NhsNumberProblem::NotDigits => {
                write!(
                    formatter,
                    "an NHS number is made of digits only (spaces are fine)"
                )
            }
            NhsNumberProblem::WrongCheckDigit {
                expected: Some(expected),
                found,
            } => write!(
                formatter,
                "the last digit is a check digit: it should be {expected} for these first nine digits, not {found}"
            ),
            NhsNumberProblem::WrongCheckDigit { expected: None, .. } => write!(
                formatter,
                "no NHS number starts with these nine digits (their check digit would be 10)"
            ),
        }
    }
}

/// The ten digits of `text`, ignoring spaces and dashes, if they form a valid NHS number.
pub fn parse(text: &str) -> Result<String, NhsNumberProblem> {
    let kept: String = text.chars().filter(|c| *c != ' ' && *c != '-').collect();
    if !kept.chars().all(|c| c.is_ascii_digit()) {
        return Err(NhsNumberProblem::NotDigits);
    }
    if kept.len() != 10 {
        return Err(NhsNumberProblem::WrongLength(kept.len()));
    }
    let digits: Vec<u8> = kept.bytes().map(|b| b - b'0').collect();
    let stem: [u8; 9] = digits[..9].try_into().expect("ten digits");
    let expected = check_digit(&stem);
    if expected != Some(digits[9]) {
        return Err(NhsNumberProblem::WrongCheckDigit {
            expected,
            found: digits[9],
        });
    }
    Ok(kept)
}

pub fn is_valid(text: &str) -> bool {
    parse(text).is_ok()
}

/// `999 000 0018` from `9990000018` (other text is returned unchanged).
pub fn format(digits: &str) -> String {
    if digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
        format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..])
    } else {
        digits.to_owned()
    }
}

/// The NHS number for a stem `999xxxxxx` (as its last six digits), if its check digit is not 10.
pub fn test_number(last_six: u32) -> Option<String> {
    let stem_text = format!("999{:06}", last_six % 1_000_000);
    let stem: [u8; 9] = stem_text
        .bytes()
        .map(|b| b - b'0')
        .collect::<Vec<u8>>()
        .try_into()
        .ok()?;
    check_digit(&stem).map(|check| format!("{stem_text}{check}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example_from_the_data_dictionary() {
        // 943 476 5919: sum 299, 299 mod 11 = 2, 11 − 2 = 9.
        assert_eq!(parse("943 476 5919"), Ok("9434765919".into()));
    }

    #[test]
    fn first_numbers_of_the_test_range() {
        assert_eq!(test_number(1).as_deref(), Some("9990000018"));
        assert_eq!(test_number(2).as_deref(), Some("9990000026"));
        assert_eq!(test_number(3).as_deref(), Some("9990000034"));
    }

    #[test]
    fn commonly_copied_examples_fail() {
        for bad in ["9876544321", "9999999008", "9999999009"] {
            assert!(!is_valid(bad), "{bad}");
        }
        assert_eq!(parse("123"), Err(NhsNumberProblem::WrongLength(3)));
        assert_eq!(parse("99900000l8"), Err(NhsNumberProblem::NotDigits));
    }

    #[test]
    fn stems_with_check_ten_are_never_issued() {
        let skipped = (0..1000).filter(|n| test_number(*n).is_none()).count();
        // About one stem in eleven has a check digit of 10.
        assert!((60..130).contains(&skipped), "{skipped}");
        for n in 0..1000 {
            if let Some(number) = test_number(n) {
                assert!(is_valid(&number));
            }
        }
    }

    #[test]
    fn formats_three_three_four() {
        assert_eq!(format("9990000018"), "999 000 0018");
    }
}
