//! Writing SVG markup safely: every attribute value and text is escaped, ids are
//! sanitised, and text is measured roughly so that labels can be laid out and shortened.

use std::fmt::Write;

use crate::format::Coord;

/// An SVG document being written, one element per line (so snapshot diffs read well).
pub(crate) struct Markup {
    out: String,
}

/// An element whose start tag is being written: add attributes, then end it with
/// [`Tag::end`] (empty element), [`Tag::open`] (children follow) or [`Tag::text`].
pub(crate) struct Tag<'a> {
    out: &'a mut String,
    name: &'static str,
}

impl Markup {
    pub(crate) fn new() -> Markup {
        Markup {
            out: String::with_capacity(8 * 1024),
        }
    }

    pub(crate) fn start(&mut self, name: &'static str) -> Tag<'_> {
        self.out.push('<');
        self.out.push_str(name);
        Tag {
            out: &mut self.out,
            name,
        }
    }

    pub(crate) fn close(&mut self, name: &'static str) {
        let _ = writeln!(self.out, "</{name}>");
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}

impl Tag<'_> {
    /// An attribute with a text value, escaped.
    pub(crate) fn attr(self, name: &str, value: &str) -> Self {
        let _ = write!(self.out, " {name}=\"{}\"", escape(value));
        self
    }

    /// An attribute holding a coordinate or length, rounded to two decimals.
    pub(crate) fn num(self, name: &str, value: f64) -> Self {
        let _ = write!(self.out, " {name}=\"{}\"", Coord(value));
        self
    }

    pub(crate) fn end(self) {
        self.out.push_str("/>\n");
    }

    pub(crate) fn open(self) {
        self.out.push_str(">\n");
    }

    pub(crate) fn text(self, content: &str) {
        let _ = writeln!(self.out, ">{}</{}>", escape(content), self.name);
    }
}

/// Text made safe for XML content and attribute values: the five special characters
/// become entities, characters XML 1.0 forbids (most control characters) become U+FFFD,
/// and line breaks and tabs become spaces (SVG text is one line).
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '\t' | '\n' | '\r' => escaped.push(' '),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => escaped.push('\u{fffd}'),
            other => escaped.push(other),
        }
    }
    escaped
}

/// The id made safe for use in `id`, `aria-labelledby` and `url(#…)`: letters, digits,
/// `_` and `-` are kept, anything else becomes `-`. An empty id becomes "chart".
pub(crate) fn sanitise_id(id: &str) -> String {
    let safe: String = id
        .chars()
        .take(64)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if safe.is_empty() {
        "chart".into()
    } else {
        safe
    }
}

/// Roughly how wide `text` is at `font_size` pixels. Measured on DejaVu Sans, which is
/// what Linux machines without Arial draw with and wider than Arial: an over-estimate on
/// purpose, since it only decides spacing, and a label a little too far from the next is
/// better than an overlap.
pub(crate) fn text_width(text: &str, font_size: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | '\'' | '|' | ':' | ';' => 0.3,
            ' ' => 0.32,
            'f' | 't' | 'r' | 'I' | '-' | '(' | ')' => 0.42,
            'm' | 'w' | 'M' | 'W' => 0.95,
            c if c.is_ascii_uppercase() => 0.74,
            c if c.is_ascii_digit() => 0.64,
            _ => 0.62,
        })
        .sum();
    ems * font_size
}

/// `text` cut to at most `max_chars` characters, ending with "…" when it was longer.
pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_forbidden_characters() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{0}b\nc\u{7}"), "a\u{fffd}b c\u{fffd}");
        assert_eq!(escape("Müller – 5 µg"), "Müller – 5 µg");
    }

    #[test]
    fn ids_keep_only_safe_characters() {
        assert_eq!(sanitise_id("chart-1_a"), "chart-1_a");
        assert_eq!(sanitise_id("a b\"><script>"), "a-b---script-");
        assert_eq!(sanitise_id("é"), "-");
        assert_eq!(sanitise_id(""), "chart");
        assert_eq!(sanitise_id(&"x".repeat(500)).len(), 64);
    }

    #[test]
    fn long_text_is_shortened_with_an_ellipsis() {
        assert_eq!(shorten("Short", 14), "Short");
        assert_eq!(shorten("A very long practice name", 14), "A very long p…");
        assert_eq!(shorten("ééééééééééééééééé", 5), "éééé…");
        assert_eq!(shorten("", 5), "");
    }

    #[test]
    fn tags_escape_their_attributes_and_text() {
        let mut markup = Markup::new();
        markup
            .start("text")
            .attr("fill", "\"red\"")
            .num("x", 1.005)
            .text("<b>");
        assert_eq!(
            markup.finish(),
            "<text fill=\"&quot;red&quot;\" x=\"1\">&lt;b&gt;</text>\n"
        );
    }
}
