//! What the learner is told about a problem in their script.
//!
//! Every diagnostic keeps three things: where (line and column, both counted from 1), a
//! plain-English explanation written for someone in their first hour of coding, and Rhai's
//! own message for the curious. Making one from a Rhai error is `explain`'s job.

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
    /// The plain-English explanation.
    pub message: String,
    /// Rhai's original message.
    pub detail: String,
}

impl Diagnostic {
    /// The diagnostic as the output panel and the CLI print it.
    pub fn to_text(&self) -> String {
        let heading = match self.kind {
            DiagnosticKind::Syntax => "Syntax error",
            DiagnosticKind::Runtime => "Error",
            DiagnosticKind::Limit => "Stopped",
        };
        let place = match (self.line, self.column) {
            (Some(line), Some(column)) => format!(" on line {line}, column {column}"),
            (Some(line), None) => format!(" on line {line}"),
            _ => String::new(),
        };
        if self.detail.is_empty() {
            format!("{heading}{place}: {}", self.message)
        } else {
            format!(
                "{heading}{place}: {}\n  (Rhai's message: {})",
                self.message, self.detail
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_has_line_column_and_rhai_message() {
        let diagnostic = Diagnostic {
            kind: DiagnosticKind::Runtime,
            line: Some(3),
            column: Some(7),
            message: "Plain words.".into(),
            detail: "Original".into(),
        };
        assert_eq!(
            diagnostic.to_text(),
            "Error on line 3, column 7: Plain words.\n  (Rhai's message: Original)"
        );
    }
}
