//! A table as CSV (RFC 4180: fields quoted when they must be, lines ending CRLF), safe to
//! open in a spreadsheet: a learner's name is their own text, so a field a spreadsheet
//! would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) is
//! written with a `'` before it (OWASP's advice on CSV injection).

/// `rows` as CSV text.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut text = String::new();
    for row in rows {
        let fields: Vec<String> = row.iter().map(|field| quoted(field)).collect();
        text.push_str(&fields.join(","));
        text.push_str("\r\n");
    }
    text
}

fn quoted(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_they_must_be_and_formulas_are_defused() {
        let rows = vec![
            vec!["Learner".to_owned(), "Total".to_owned()],
            vec!["O'Brien, Siân".to_owned(), "2/3".to_owned()],
            vec![
                "=HYPERLINK(\"x\")".to_owned(),
                "say \"hi\"\nthere".to_owned(),
            ],
            vec!["-1".to_owned(), String::new()],
        ];
        assert_eq!(
            csv(&rows),
            "Learner,Total\r\n\"O'Brien, Siân\",2/3\r\n\"'=HYPERLINK(\"\"x\"\")\",\"say \"\"hi\"\"\nthere\"\r\n'-1,\r\n"
        );
    }
}
