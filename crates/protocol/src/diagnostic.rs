//! What the learner is told about a problem in their script.
//!
//! Every diagnostic keeps: where (line and column, both counted from 1, and the line of code
//! itself), a plain explanation written for someone in their first hour of coding (what is
//! wrong and the one change to try), and Rhai's own message for the curious, kept out of
//! the main sentence ("Details"). The explanation is a [`Message`] (an id in the `errors`
//! catalogue and its values), so the worker need not know the learner's language: the page
//! and the CLI render it, and the frame around it ("Problem on line 3"), with a renderer in
//! theirs. Rhai's own message stays as Rhai wrote it, in English. Making a diagnostic from a
//! Rhai error is the sandbox's `explain`'s job; docs/error-messages.md says how messages
//! are written.

use c4h_messages::Message;
use serde::{Deserialize, Serialize};

/// What the page or the CLI renders a message with, in its reader's language (the page's
/// `i18n::render`, the CLI's [`crate::words`]).
pub type Render<'a> = &'a dyn Fn(&Message) -> String;

/// What kind of problem a diagnostic reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// The script could not be read: found before anything runs.
    Syntax,
    /// The script went wrong while running.
    Runtime,
    /// The script was stopped by one of the sandbox's limits.
    Limit,
}

/// One problem in a script, ready to show to a learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    /// Line of the problem, from 1; `None` when Rhai gives no position.
    pub line: Option<u32>,
    /// Column of the problem, from 1; `None` when Rhai gives no position.
    pub column: Option<u32>,
    /// The plain explanation, as data. Code in its text is between backticks.
    pub message: Message,
    /// The line of code the problem is on, as the learner wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Rhai's original message (English: Rhai's own words).
    pub detail: String,
}

impl Diagnostic {
    /// "Problem on line 3", "Stopped on line 1", or without a line "Problem", as data.
    pub fn heading_message(&self) -> Message {
        let id = match (self.kind, self.line) {
            (DiagnosticKind::Limit, None) => "errors-heading-stopped",
            (DiagnosticKind::Limit, Some(_)) => "errors-heading-stopped-line",
            (_, None) => "errors-heading-problem",
            (_, Some(_)) => "errors-heading-problem-line",
        };
        match self.line {
            Some(line) => Message::new(id).with("line", line),
            None => Message::new(id),
        }
    }

    /// "Problem on line 3", "Stopped on line 1", or without a line "Problem".
    pub fn heading(&self, render: Render) -> String {
        render(&self.heading_message())
    }

    /// The main sentence: "Problem on line 3: There is no variable called `totl`. …".
    pub fn summary(&self, render: Render) -> String {
        render(
            &Message::new("errors-summary")
                .with("heading", self.heading_message())
                .with("message", self.message.clone()),
        )
    }

    /// The line of code with a mark under the place, as two lines of text (the line's
    /// leading spaces left out): `("3 | let x = totl;", "  |         ^")`.
    pub fn excerpt(&self) -> Option<(String, String)> {
        let code = self.code.as_deref()?;
        let line = self.line?;
        let trimmed = code.trim_start();
        let indent = code.chars().count() - trimmed.chars().count();
        let number = format!("{line} | ");
        let mark = self
            .column
            .and_then(|column| (column as usize).checked_sub(1 + indent))
            .filter(|offset| *offset <= trimmed.chars().count())
            .map(|offset| format!("{}^", " ".repeat(offset)))
            .unwrap_or_default();
        let gutter = format!("{} | ", " ".repeat(line.to_string().len()));
        Some((
            format!("{number}{}", trimmed.trim_end()),
            format!("{gutter}{mark}").trim_end().to_owned(),
        ))
    }

    /// What "Details" holds, as data: the column and Rhai's own words.
    pub fn details_message(&self) -> Option<Message> {
        let rhai = (!self.detail.is_empty()).then_some(self.detail.as_str());
        Some(match (self.column, rhai) {
            (None, None) => return None,
            (Some(column), None) => Message::new("errors-details-column").with("column", column),
            (None, Some(rhai)) => Message::new("errors-details-rhai").with("detail", rhai),
            (Some(column), Some(rhai)) => Message::new("errors-details-column-rhai")
                .with("column", column)
                .with("detail", rhai),
        })
    }

    /// What "Details" holds: the column and Rhai's own words.
    pub fn details(&self, render: Render) -> Option<String> {
        self.details_message().map(|details| render(&details))
    }

    /// The diagnostic as the CLI prints it (and the page's text of it): the main sentence,
    /// the line of code with a mark under the place, then the details.
    pub fn to_text(&self, render: Render) -> String {
        let mut text = self.summary(render);
        if let Some((code, mark)) = self.excerpt() {
            text.push_str(&format!("\n    {code}"));
            if mark.contains('^') {
                text.push_str(&format!("\n    {mark}"));
            }
        }
        if let Some(details) = self.details_message() {
            let line = render(&Message::new("errors-details-line").with("details", details));
            text.push_str(&format!("\n  {line}"));
        }
        text
    }
}

/// A message split into plain text and code, for showing code styled. Code is between
/// backticks, as in Markdown: `` `x` ``, or between two backticks when it holds one
/// itself (`` `` `${x}` `` ``, one space inside each end left out). A backtick with no
/// partner is plain text.
pub fn code_spans(text: &str) -> Vec<(bool, String)> {
    let mut parts: Vec<(bool, String)> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let ticks = rest[start..].chars().take_while(|c| *c == '`').count();
        let fence = &rest[start..start + ticks];
        let after = &rest[start + ticks..];
        // The closing run: exactly as many backticks, not part of a longer run.
        let close = after.match_indices(fence).map(|(at, _)| at).find(|&at| {
            !after[at + ticks..].starts_with('`') && (at == 0 || !after[..at].ends_with('`'))
        });
        let Some(close) = close else {
            plain.push_str(&rest[..start + ticks]);
            rest = after;
            continue;
        };
        plain.push_str(&rest[..start]);
        if !plain.is_empty() {
            parts.push((false, std::mem::take(&mut plain)));
        }
        let code = &after[..close];
        let code = if ticks > 1 && code.len() > 2 && code.starts_with(' ') && code.ends_with(' ') {
            &code[1..code.len() - 1]
        } else {
            code
        };
        parts.push((true, code.to_owned()));
        rest = &after[close + ticks..];
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        parts.push((false, plain));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_split_into_text_and_code() {
        let part = |code: bool, text: &str| (code, text.to_owned());
        assert_eq!(
            code_spans("Use `==` here."),
            vec![part(false, "Use "), part(true, "=="), part(false, " here.")]
        );
        assert_eq!(
            code_spans("Write `` `n is ${n}` `` or `+`."),
            vec![
                part(false, "Write "),
                part(true, "`n is ${n}`"),
                part(false, " or "),
                part(true, "+"),
                part(false, "."),
            ]
        );
        assert_eq!(
            code_spans("a lone ` tick"),
            vec![part(false, "a lone ` tick")]
        );
        assert_eq!(code_spans("`(`"), vec![part(true, "(")]);
    }

    #[test]
    fn text_form_has_the_line_the_code_marked_and_the_details() {
        let diagnostic = Diagnostic {
            kind: DiagnosticKind::Runtime,
            line: Some(3),
            column: Some(11),
            message: Message::new("errors-no-variable-make").with("name", "totl"),
            code: Some("    print(totl);".into()),
            detail: "Variable not found: totl".into(),
        };
        assert_eq!(
            diagnostic.to_text(&crate::words::english),
            "Problem on line 3: There is no variable called `totl` here. To make a new variable, write `let totl = ...;` before using it.\n    3 | print(totl);\n      |       ^\n  Details: column 11; Rhai's message: Variable not found: totl"
        );
        let stopped = Diagnostic {
            kind: DiagnosticKind::Limit,
            line: None,
            column: None,
            message: Message::new("errors-too-many-variables").with("max", "1,000"),
            code: None,
            detail: String::new(),
        };
        assert_eq!(
            stopped.to_text(&crate::words::english),
            "Stopped: Your script made more than 1,000 variables at once, so it was stopped."
        );
        // The same diagnostics read in Welsh: the frame and the explanation, not the code
        // or Rhai's own words.
        assert_eq!(
            diagnostic.to_text(&crate::words::welsh),
            "Problem ar linell 3: Does dim newidyn o'r enw `totl` yma. I wneud newidyn newydd, ysgrifennwch `let totl = ...;` cyn ei ddefnyddio.\n    3 | print(totl);\n      |       ^\n  Manylion: colofn 11; Neges Rhai: Variable not found: totl"
        );
        assert!(
            stopped
                .to_text(&crate::words::welsh)
                .starts_with("Wedi stopio: ")
        );
    }
}
