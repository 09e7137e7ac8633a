//! Markdown to HTML for lesson text, with pulldown-cmark. Raw HTML in a lesson is shown as
//! text, never passed through: lesson files are trusted, but nothing a typo could turn into
//! markup (or a script) should reach the page.

use pulldown_cmark::{Event, Options, Parser, html};

fn escape_raw_html(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    }
}

/// A block of Markdown (paragraphs, lists, code) as HTML.
pub fn block(markdown: &str) -> String {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let parser = Parser::new_ext(markdown, options).map(escape_raw_html);
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// One line of Markdown (`code`, **bold**) as HTML without the surrounding paragraph.
pub fn inline(markdown: &str) -> String {
    let html = block(markdown);
    let trimmed = html.trim_end();
    trimmed
        .strip_prefix("<p>")
        .and_then(|rest| rest.strip_suffix("</p>"))
        .unwrap_or(trimmed)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html_and_raw_html_stays_text() {
        assert_eq!(
            inline("Use `print` **now**"),
            "Use <code>print</code> <strong>now</strong>"
        );
        assert_eq!(
            block("Hi <script>alert(1)</script>"),
            "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        );
        assert!(
            block("```rhai\nprint(1);\n```")
                .contains("<pre><code class=\"language-rhai\">print(1);\n</code></pre>")
        );
    }
}
