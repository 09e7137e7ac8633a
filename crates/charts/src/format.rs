//! Numbers as a chart shows them: tick labels, sentences, table cells and SVG coordinates.

use std::fmt;

/// The value exactly as the learner gave it: the shortest text that reads back as the same
/// number (24.2, 120, -0.5), so a table loses no precision. Magnitudes a person cannot read
/// as plain digits use exponent form (1e300) rather than hundreds of digits.
pub(crate) fn exact_number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value == 0.0 {
        // Also -0, which would otherwise print as "-0".
        return "0".into();
    }
    if uses_exponent_form(value) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// A tick label: rounded to 12 significant figures, which removes the noise of binary
/// fractions (0.1 + 0.2 shows "0.3") but keeps every tick of a narrow range distinct, with
/// thousands separated by commas (1,500).
pub(crate) fn tick_label(value: f64) -> String {
    group_thousands(&rounded_number(value, 12))
}

/// A value for a sentence a screen reader speaks: about six significant figures (whole
/// numbers keep all their digits), with thousands separated by commas.
pub(crate) fn readable_number(value: f64) -> String {
    group_thousands(&rounded_number(value, 6))
}

/// A count, with thousands separated by commas: 1234567 is "1,234,567". Numbers in
/// messages and charts are read by beginners; the sandbox's messages use this too.
pub fn count_text(count: u64) -> String {
    group_thousands(&count.to_string())
}

/// The power of ten of a finite, non-zero `value`'s leading digit: 2 for 120, -3 for
/// 0.005. Read from Rust's own float formatting rather than worked out with `log10`, whose
/// last bit may differ between the native and wasm maths libraries: the same chart must
/// give the same SVG everywhere.
pub(crate) fn decimal_exponent(value: f64) -> i32 {
    let text = format!("{:e}", value.abs());
    text.split_once('e')
        .and_then(|(_, exponent)| exponent.parse().ok())
        .unwrap_or(0)
}

fn uses_exponent_form(value: f64) -> bool {
    !(1e-6..1e15).contains(&value.abs())
}

/// `value` rounded to `significant` figures, except that digits before the decimal point
/// are never rounded away; no trailing zeros.
fn rounded_number(value: f64, significant: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value == 0.0 {
        return "0".into();
    }
    if uses_exponent_form(value) {
        let text = format!("{:.*e}", significant.saturating_sub(1), value);
        return match text.split_once('e') {
            Some((mantissa, exponent)) => format!("{}e{exponent}", trim_fraction(mantissa)),
            None => text,
        };
    }
    // Digits before the point: 3 for 120, 0 for 0.5, -2 for 0.005.
    let whole_digits = i64::from(decimal_exponent(value)) + 1;
    let decimals = (significant as i64 - whole_digits).clamp(0, 20) as usize;
    let text = trim_fraction(&format!("{value:.decimals$}")).to_string();
    if text == "-0" { "0".into() } else { text }
}

/// "2.500" → "2.5", "3.000" → "3"; text without a point is left alone.
fn trim_fraction(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// Commas between groups of three digits before the decimal point: "-12345.5" →
/// "-12,345.5". Exponent forms are left alone.
fn group_thousands(text: &str) -> String {
    if text.contains('e') {
        return text.to_string();
    }
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match unsigned.find('.') {
        Some(point) => unsigned.split_at(point),
        None => (unsigned, ""),
    };
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3);
    grouped.push_str(sign);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped.push_str(fraction);
    grouped
}

/// An SVG coordinate or length, rounded to two decimals ("12.35", "40", "0"): enough for
/// any screen, and it keeps the output small and the same on every machine.
#[derive(Clone, Copy)]
pub(crate) struct Coord(pub f64);

impl fmt::Display for Coord {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Everything drawn lies in or near the 640 × 400 view box; the clamp is a last guard
        // so that nothing unexpected can ever print as NaN or a 300-digit number.
        let value = if self.0.is_finite() {
            self.0.clamp(-10_000.0, 10_000.0)
        } else {
            0.0
        };
        let rounded = (value * 100.0).round() / 100.0;
        if rounded == 0.0 {
            formatter.write_str("0")
        } else {
            write!(formatter, "{rounded}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_labels_have_no_float_noise() {
        assert_eq!(tick_label(0.1 + 0.2), "0.3");
        assert_eq!(tick_label(1500.0), "1,500");
        assert_eq!(tick_label(2.5), "2.5");
        assert_eq!(tick_label(-2.5), "-2.5");
        assert_eq!(tick_label(-1500.0), "-1,500");
        assert_eq!(tick_label(0.0), "0");
        assert_eq!(tick_label(-0.0), "0");
        assert_eq!(tick_label(1_000_005.0), "1,000,005");
        assert_eq!(tick_label(123_456_789.0), "123,456,789");
        assert_eq!(tick_label(0.000_25), "0.00025");
        assert_eq!(tick_label(3.0 * 0.1), "0.3");
        assert_eq!(tick_label(999.0), "999");
    }

    #[test]
    fn extreme_magnitudes_use_exponent_form() {
        assert_eq!(tick_label(1e300), "1e300");
        assert_eq!(tick_label(-2.5e300), "-2.5e300");
        assert_eq!(tick_label(1e-300), "1e-300");
        assert_eq!(exact_number(1e300), "1e300");
        assert_eq!(exact_number(f64::MAX), "1.7976931348623157e308");
        assert_eq!(exact_number(5e-324), "5e-324");
        assert_eq!(readable_number(1.234_567_89e20), "1.23457e20");
    }

    #[test]
    fn non_finite_values_print_as_nothing() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(exact_number(value), "");
            assert_eq!(tick_label(value), "");
            assert_eq!(readable_number(value), "");
        }
    }

    #[test]
    fn exact_numbers_keep_every_digit() {
        assert_eq!(exact_number(24.2), "24.2");
        assert_eq!(exact_number(120.0), "120");
        assert_eq!(exact_number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(exact_number(-0.0), "0");
        assert_eq!(exact_number(1500.0), "1500");
    }

    #[test]
    fn readable_numbers_round_fractions_but_not_whole_numbers() {
        assert_eq!(readable_number(70.123_456_78), "70.1235");
        assert_eq!(readable_number(123_456_789.0), "123,456,789");
        assert_eq!(readable_number(0.001_234_567), "0.00123457");
        assert_eq!(readable_number(-0.000_000_1), "-1e-7");
    }

    #[test]
    fn decimal_exponents_are_exact() {
        assert_eq!(decimal_exponent(1000.0), 3);
        assert_eq!(decimal_exponent(999.999_999_999_9), 2);
        assert_eq!(decimal_exponent(0.001), -3);
        assert_eq!(decimal_exponent(-0.005), -3);
        assert_eq!(decimal_exponent(1e300), 300);
        assert_eq!(decimal_exponent(5e-324), -324);
        assert_eq!(decimal_exponent(f64::MAX), 308);
    }

    #[test]
    fn counts_are_grouped() {
        assert_eq!(count_text(0), "0");
        assert_eq!(count_text(999), "999");
        assert_eq!(count_text(1000), "1,000");
        assert_eq!(count_text(1_234_567), "1,234,567");
    }

    #[test]
    fn coordinates_have_at_most_two_decimals() {
        assert_eq!(Coord(12.345_678).to_string(), "12.35");
        assert_eq!(Coord(40.0).to_string(), "40");
        assert_eq!(Coord(-0.001).to_string(), "0");
        assert_eq!(Coord(0.1 + 0.2).to_string(), "0.3");
        assert_eq!(Coord(f64::NAN).to_string(), "0");
        assert_eq!(Coord(1e300).to_string(), "10000");
    }
}
