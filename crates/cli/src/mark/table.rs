//! The marking table in words, for a teacher reading it in a terminal (columns lined up)
//! or opening it in a spreadsheet (CSV, c4h-classroom's). The words are the CLI's own, in
//! English, as the rest of its output; only the lessons' titles follow `--lang`.

use c4h_classroom::{Mark, Marking, Unmarked, first_sentence};

/// The table's headings: learner, class, total, and the totals row's first cell.
const HEADINGS: [&str; 4] = ["Learner", "Class", "Total", "Totals"];

/// The table as rows of cells: full problems (`short` false, for CSV, where a long cell
/// costs nothing), or each problem's first sentence (for a terminal's lined-up columns).
pub fn rows(marking: &Marking, title: impl Fn(&str) -> String, short: bool) -> Vec<Vec<String>> {
    marking.as_text(
        HEADINGS,
        title,
        |mark| words(mark, short),
        |passed, count| format!("{passed} of {count}"),
    )
}

/// A mark as the table says it.
pub fn words(mark: &Mark, short: bool) -> String {
    match mark {
        Mark::Passed => "passed".into(),
        Mark::NotTried => "not tried".into(),
        // Never left in a printed table: every waiting cell is marked first.
        Mark::Waiting => "waiting".into(),
        Mark::Failed {
            problem: Some(problem),
            ..
        } => {
            let problem = if short {
                first_sentence(problem)
            } else {
                problem
            };
            format!("stopped: {problem}")
        }
        Mark::Failed { failed, .. } => match failed.as_slice() {
            [one] => format!("failed: check {one}"),
            many => {
                let numbers: Vec<String> = many.iter().map(ToString::to_string).collect();
                format!("failed: checks {}", numbers.join(", "))
            }
        },
        Mark::Unmarked(Unmarked::UnknownLesson) => "not marked: lesson not in this version".into(),
        Mark::Unmarked(Unmarked::Stopped) => "not marked: stopped".into(),
        Mark::Unmarked(Unmarked::RunnerFailed) => "not marked: the code could not be run".into(),
    }
}

/// `rows` with their columns lined up (two spaces between), each line ending in a new line
/// and none in spaces.
pub fn aligned(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|cell| width_of(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut text = String::new();
    for row in rows {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(&widths) {
            line.push_str(cell);
            line.push_str(&" ".repeat(width - width_of(cell) + 2));
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// How many columns a terminal gives `text`, near enough for names and titles: emoji and
/// East Asian characters take two, combining marks, joiners and variation selectors none.
/// (A table crate's exact widths are not worth a dependency: a name that fools this only
/// shifts the rest of its own row.)
fn width_of(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x0300..=0x036F | 0x200B..=0x200F | 0x20D0..=0x20FF | 0xFE00..=0xFE0F => 0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F680..=0x1F6FF
            | 0x1F900..=0x1F9FF
            | 0x1FA70..=0x1FAFF
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_as_words() {
        let failed = |failed: Vec<usize>, problem: Option<&str>| Mark::Failed {
            failed,
            problem: problem.map(str::to_owned),
        };
        assert_eq!(words(&Mark::Passed, true), "passed");
        assert_eq!(words(&Mark::NotTried, true), "not tried");
        assert_eq!(words(&failed(vec![2], None), true), "failed: check 2");
        assert_eq!(
            words(&failed(vec![2, 3], None), true),
            "failed: checks 2, 3"
        );
        let stop = "Stopped on line 1: Took too many steps (more than 1,000), so it was stopped. \
                    This usually means a loop that never ends.";
        assert_eq!(
            words(&failed(vec![1], Some(stop)), true),
            "stopped: Stopped on line 1: Took too many steps (more than 1,000), so it was stopped."
        );
        assert_eq!(
            words(&failed(vec![1], Some(stop)), false),
            format!("stopped: {stop}")
        );
        assert_eq!(
            words(&failed(vec![], Some("Problem: no full stop")), true),
            "stopped: Problem: no full stop"
        );
        assert_eq!(
            words(&Mark::Unmarked(Unmarked::UnknownLesson), true),
            "not marked: lesson not in this version"
        );
    }

    #[test]
    fn columns_line_up_as_a_terminal_shows_them() {
        let rows = vec![
            vec!["Learner".to_owned(), "Total".to_owned()],
            // An emoji is two columns wide; the w and its combining circumflex one.
            vec!["Siân 🩺".to_owned(), "1/2".to_owned()],
            vec!["Gw\u{302}en".to_owned(), "2/2".to_owned()],
            vec!["Totals".to_owned(), String::new()],
        ];
        assert_eq!(
            aligned(&rows),
            "Learner  Total\nSiân 🩺  1/2\nGw\u{302}en     2/2\nTotals\n"
        );
    }
}
