//! Numbers as people type them ("70", "1.75", ".5"), read by the browser: Rust's own float
//! parser would add ~10 KB of tables to the page's download for the same answer. Used by
//! the app form and by kiosk mode's `idle=MINUTES`.

/// A plain decimal number ("70", "-2.5", ".5", "70."), or `None` for anything else ("1e3",
/// "0x10", "Infinity", "") that is not a number a person types into a form.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !plain(whole) || !plain(fraction) {
        return None;
    }
    Some(read_plain_decimal(text)).filter(|number| number.is_finite())
}

/// The browser's parser in the page.
#[cfg(target_arch = "wasm32")]
fn read_plain_decimal(text: &str) -> f64 {
    js_sys::parse_float(text)
}

/// Rust's in native tests, where there is no browser.
#[cfg(not(target_arch = "wasm32"))]
fn read_plain_decimal(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn reads_only_plain_decimals() {
        assert_eq!(parse_decimal("70"), Some(70.0));
        assert_eq!(parse_decimal("-2.5"), Some(-2.5));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("70."), Some(70.0));
        for text in ["", ".", "-", "1e3", "0x10", "Infinity", "NaN", "1,5", " 7"] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }
}
