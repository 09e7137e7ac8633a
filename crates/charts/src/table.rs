//! A table a script shows with `table(rows)`: a caption, column names, and rows of cells
//! already turned into text.

use serde::{Deserialize, Serialize};

/// A table of text cells. Every row has one cell per column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// How many rows the script gave, when more than were kept (`rows.len()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows_given: Option<usize>,
}

impl Table {
    /// The table as aligned plain text, as the CLI prints it:
    ///
    /// ```text
    /// Patients by practice
    /// practice | patients
    /// ---------+---------
    /// SYN01    | 212
    /// ```
    pub fn to_text(&self, words: crate::Words) -> String {
        let mut widths: Vec<usize> = self.columns.iter().map(|c| c.chars().count()).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            format!("{}\n", padded.join(" | ").trim_end())
        };
        let mut text = String::new();
        if !self.caption.is_empty() {
            text.push_str(&self.caption);
            text.push('\n');
        }
        text.push_str(&line(&self.columns));
        let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
        text.push_str(&rule.join("-+-"));
        text.push('\n');
        for row in &self.rows {
            text.push_str(&line(row));
        }
        if let Some(given) = self.rows_given {
            let note = c4h_messages::Message::new("charts-table-rows-shown")
                .with("shown", self.rows.len())
                .with("given", given);
            text.push_str(&words(&note));
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_aligns_columns() {
        let table = Table {
            caption: "Patients by practice".into(),
            columns: vec!["practice".into(), "patients".into()],
            rows: vec![
                vec!["SYN01".into(), "212".into()],
                vec!["SYN02 (long)".into(), "7".into()],
            ],
            rows_given: None,
        };
        assert_eq!(
            table.to_text(&crate::english),
            "Patients by practice\n\
             practice     | patients\n\
             -------------+---------\n\
             SYN01        | 212\n\
             SYN02 (long) | 7\n"
        );
    }
}
