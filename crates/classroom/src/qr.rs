//! A link as a QR code, drawn as SVG for a projector or a printout (Project Nayuki's
//! qrcodegen makes the code; this draws it). The SVG has no scripts, styles or links, and
//! its name is escaped, as c4h-charts' are.

use qrcodegen::{QrCode, QrCodeEcc};

/// The white border around a code, in modules, as the standard asks (4).
const QUIET_ZONE: i32 = 4;

/// `text` (a whole address) as an SVG QR code named `label` (its accessible name), or
/// `None` when it is too long for a QR code (about 2,900 characters): the link and the
/// file still work.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    // Low error correction holds the most: a projected or printed code is clean.
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let whole = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    let label = escape(label);
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {whole} {whole}\" \
         role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\">\
         <title>{label}</title>\
         <rect width=\"{whole}\" height=\"{whole}\" fill=\"#ffffff\"/>\
         <path d=\"{path}\" fill=\"#000000\"/></svg>"
    ))
}

/// How many modules a side the code for `text` has, without the border (for tests).
pub fn qr_size(text: &str) -> Option<i32> {
    QrCode::encode_text(text, QrCodeEcc::Low)
        .ok()
        .map(|code| code.size())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_named_svg_code_and_a_long_one_none() {
        let link = "https://example.nhs.uk/play/#class=v1.60.AAAA";
        let svg = qr_svg(link, "QR code for <Tuesday> & \"co\"").unwrap();
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title>QR code for &lt;Tuesday&gt; &amp; &quot;co&quot;</title>"));
        assert!(!svg.contains("<script") && !svg.contains("style"));
        let size = qr_size(link).unwrap();
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", size + 8)));
        // Each dark module is one square; a real code has many.
        assert!(svg.matches("h1v1h-1z").count() > 100);
        assert_eq!(qr_svg(&"x".repeat(5_000), "too long"), None);
    }
}
