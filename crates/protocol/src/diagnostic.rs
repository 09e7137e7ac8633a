//! What the learner is told about a problem in their script.
//!
//! Every diagnostic keeps: where (line and column, both counted from 1, and the line of code
//! itself), a plain-English explanation written for someone in their first hour of coding
//! (what is wrong and the one change to try), and Rhai's own message for the curious, kept
//! out of the main sentence ("Details"). Making one from a Rhai error is the sandbox's
//! `explain`'s job; docs/error-messages.md says how messages are written.

use serde::{Deserialize, Serialize};

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
    /// The plain-English explanation. Code in it is between backticks.
    pub message: String,
    /// The line of code the problem is on, as the learner wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Rhai's original message.
    pub detail: String,
}

impl Diagnostic {
    /// "Problem on line 3", "Stopped on line 1", or without a line "Problem".
    pub fn heading(&self) -> String {
        let word = match self.kind {
            DiagnosticKind::Syntax | DiagnosticKind::Runtime => "Problem",
            DiagnosticKind::Limit => "Stopped",
        };
        match self.line {
            Some(line) => format!("{word} on line {line}"),
            None => word.to_owned(),
        }
    }

    /// The main sentence: "Problem on line 3: There is no variable called `totl`. …".
    pub fn summary(&self) -> String {
        format!("{}: {}", self.heading(), self.message)
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

    /// What "Details" holds: the column and Rhai's own words.
    pub fn details(&self) -> Option<String> {
        let column = self.column.map(|column| format!("column {column}"));
        let rhai = (!self.detail.is_empty()).then(|| format!("Rhai's message: {}", self.detail));
        match (column, rhai) {
            (None, None) => None,
            (Some(column), None) => Some(format!("{column}.")),
            (None, Some(rhai)) => Some(rhai),
            (Some(column), Some(rhai)) => Some(format!("{column}; {rhai}")),
        }
    }

    /// The diagnostic as the CLI prints it (and the page's text of it): the main sentence,
    /// the line of code with a mark under the place, then the details.
    pub fn to_text(&self) -> String {
        let mut text = self.summary();
        if let Some((code, mark)) = self.excerpt() {
            text.push_str(&format!("\n    {code}"));
            if mark.contains('^') {
                text.push_str(&format!("\n    {mark}"));
            }
        }
        if let Some(details) = self.details() {
            text.push_str(&format!("\n  Details: {details}"));
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
            message: "There is no variable called `totl`.".into(),
            code: Some("    print(totl);".into()),
            detail: "Variable not found: totl".into(),
        };
        assert_eq!(
            diagnostic.to_text(),
            "Problem on line 3: There is no variable called `totl`.\n    3 | print(totl);\n      |       ^\n  Details: column 11; Rhai's message: Variable not found: totl"
        );
        let stopped = Diagnostic {
            kind: DiagnosticKind::Limit,
            line: None,
            column: None,
            message: "Your script took too many steps.".into(),
            code: None,
            detail: String::new(),
        };
        assert_eq!(
            stopped.to_text(),
            "Stopped: Your script took too many steps."
        );
    }
}
