//! The teacher's marking table: learner by lesson, each cell worked out from the learner's
//! own code by running the lesson's checks (the host does that in the sandbox, one cell
//! at a time), never from anything a hand-in says about itself.

use crate::HandIn;

/// Why a cell with code has no mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmarked {
    /// The lesson is not in this version of the playground.
    UnknownLesson,
    /// The teacher pressed Stop while it ran.
    Stopped,
    /// The code runner itself failed on it (the browser ran out of stack, say).
    RunnerFailed,
}

/// One check's result, with what it said (in the teacher's language) when it said
/// something of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOutcome {
    pub passed: bool,
    pub said: Option<String>,
}

/// A cell's mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// The learner checked no code in this lesson.
    NotTried,
    /// Its checks have not run yet.
    Waiting,
    /// Every check passed.
    Passed,
    /// Some checks failed: their numbers (from 1), and the problem that stopped the code,
    /// if it stopped (then no check ran to its end).
    Failed {
        failed: Vec<usize>,
        problem: Option<String>,
    },
    Unmarked(Unmarked),
}

/// One learner's lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The code handed in, if any.
    pub code: Option<String>,
    pub mark: Mark,
    /// Each check's result, once marked.
    pub checks: Vec<CheckOutcome>,
}

/// One learner's hand-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub learner: String,
    pub class: String,
    /// One cell per column of the table.
    pub cells: Vec<Cell>,
}

/// A cell whose checks are to run: the host runs `code` with lesson `lesson`'s checks and
/// gives the results to [`Marking::record`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub row: usize,
    pub column: usize,
    pub lesson: String,
    pub code: String,
}

/// The table: a column per lesson, a row per hand-in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marking {
    /// The lessons' ids, in the order the hand-ins list them (the class's order).
    pub lessons: Vec<String>,
    pub rows: Vec<Row>,
}

impl Marking {
    /// The table for `hand_ins`, every cell with code waiting to be marked, except lessons
    /// this playground does not have (`known` says which it has).
    pub fn new(hand_ins: &[HandIn], known: impl Fn(&str) -> bool) -> Marking {
        let mut lessons: Vec<String> = Vec::new();
        for hand_in in hand_ins {
            for lesson in &hand_in.lessons {
                if !lessons.contains(&lesson.id) {
                    lessons.push(lesson.id.clone());
                }
            }
        }
        let rows = hand_ins
            .iter()
            .map(|hand_in| Row {
                learner: hand_in.learner.clone(),
                class: hand_in.class.clone(),
                cells: lessons
                    .iter()
                    .map(|id| {
                        let code = hand_in
                            .lessons
                            .iter()
                            .find(|l| &l.id == id)
                            .and_then(|l| l.code.clone());
                        let mark = match &code {
                            None => Mark::NotTried,
                            Some(_) if !known(id) => Mark::Unmarked(Unmarked::UnknownLesson),
                            Some(_) => Mark::Waiting,
                        };
                        Cell {
                            code,
                            mark,
                            checks: Vec::new(),
                        }
                    })
                    .collect(),
            })
            .collect();
        Marking { lessons, rows }
    }

    /// The cells to mark, learner by learner, in the table's order.
    pub fn jobs(&self) -> Vec<Job> {
        let mut jobs = Vec::new();
        for (row, learner) in self.rows.iter().enumerate() {
            for (column, cell) in learner.cells.iter().enumerate() {
                if let (Mark::Waiting, Some(code)) = (&cell.mark, &cell.code) {
                    jobs.push(Job {
                        row,
                        column,
                        lesson: self.lessons[column].clone(),
                        code: code.clone(),
                    });
                }
            }
        }
        jobs
    }

    /// The results of `job`'s checks, and the problem that stopped the learner's code if
    /// it stopped. Passed as [`passes`] says.
    pub fn record(&mut self, job: &Job, checks: Vec<CheckOutcome>, problem: Option<String>) {
        let failed: Vec<usize> = checks
            .iter()
            .enumerate()
            .filter(|(_, check)| !check.passed)
            .map(|(at, _)| at + 1)
            .collect();
        let mark = if passes(&checks, problem.as_deref()) {
            Mark::Passed
        } else {
            Mark::Failed { failed, problem }
        };
        if let Some(cell) = self.cell_mut(job) {
            cell.mark = mark;
            cell.checks = checks;
        }
    }

    /// `job` could not be marked.
    pub fn unmarked(&mut self, job: &Job, why: Unmarked) {
        if let Some(cell) = self.cell_mut(job) {
            cell.mark = Mark::Unmarked(why);
        }
    }

    fn cell_mut(&mut self, job: &Job) -> Option<&mut Cell> {
        self.rows.get_mut(job.row)?.cells.get_mut(job.column)
    }

    /// How many learners passed the lesson in `column`.
    pub fn passed_in_lesson(&self, column: usize) -> usize {
        self.rows
            .iter()
            .filter(|row| {
                row.cells
                    .get(column)
                    .is_some_and(|c| c.mark == Mark::Passed)
            })
            .count()
    }

    /// How many lessons the learner in `row` passed.
    pub fn passed_by(&self, row: usize) -> usize {
        self.rows.get(row).map_or(0, |row| {
            row.cells.iter().filter(|c| c.mark == Mark::Passed).count()
        })
    }

    /// The table as text cells, for CSV and the command line: a heading row (`learner`,
    /// `class`, each lesson's title, `total`), a row per learner (each mark in `words`,
    /// then its passes out of the lessons in `of`), and a totals row (`totals`, then each
    /// lesson's passes out of the learners). `of` words a count ("2 of 3"): never "2/3",
    /// which a spreadsheet opening the CSV turns into a date.
    pub fn as_text(
        &self,
        headings: [&str; 4],
        title: impl Fn(&str) -> String,
        words: impl Fn(&Mark) -> String,
        of: impl Fn(usize, usize) -> String,
    ) -> Vec<Vec<String>> {
        let [learner, class, total, totals] = headings;
        let lessons = self.lessons.len();
        let mut table = Vec::with_capacity(self.rows.len() + 2);
        let mut heading = vec![learner.to_owned(), class.to_owned()];
        heading.extend(self.lessons.iter().map(|id| title(id)));
        heading.push(total.to_owned());
        table.push(heading);
        for (at, row) in self.rows.iter().enumerate() {
            let mut line = vec![row.learner.clone(), row.class.clone()];
            line.extend(row.cells.iter().map(|cell| words(&cell.mark)));
            line.push(of(self.passed_by(at), lessons));
            table.push(line);
        }
        let mut last = vec![totals.to_owned(), String::new()];
        last.extend((0..lessons).map(|column| of(self.passed_in_lesson(column), self.rows.len())));
        last.push(String::new());
        table.push(last);
        table
    }
}

/// Whether a lesson's results are a pass: code that ran to its end, with checks, every
/// one passed. The one rule for the table, the page's marker and `c4h mark`.
pub fn passes(checks: &[CheckOutcome], problem: Option<&str>) -> bool {
    !checks.is_empty() && problem.is_none() && checks.iter().all(|check| check.passed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HandedLesson;

    fn hand_in(learner: &str, lessons: &[(&str, Option<&str>)]) -> HandIn {
        HandIn::new(
            "Group",
            learner,
            lessons
                .iter()
                .map(|(id, code)| HandedLesson {
                    id: (*id).into(),
                    code: code.map(str::to_owned),
                })
                .collect(),
        )
        .unwrap()
    }

    fn passed(results: &[bool]) -> Vec<CheckOutcome> {
        results
            .iter()
            .map(|passed| CheckOutcome {
                passed: *passed,
                said: None,
            })
            .collect()
    }

    #[test]
    fn the_table_marks_only_code_for_known_lessons_and_counts_passes() {
        let hand_ins = [
            hand_in("Ali", &[("a", Some("x")), ("b", Some("y")), ("c", None)]),
            hand_in("Bea", &[("a", None), ("b", None), ("c", None)]),
            hand_in("Cy", &[("a", Some("z")), ("gone", Some("w"))]),
        ];
        let mut marking = Marking::new(&hand_ins, |id| id != "gone");
        assert_eq!(marking.lessons, ["a", "b", "c", "gone"]);
        let jobs = marking.jobs();
        let places: Vec<(usize, usize)> = jobs.iter().map(|j| (j.row, j.column)).collect();
        assert_eq!(places, [(0, 0), (0, 1), (2, 0)]);
        assert_eq!(
            marking.rows[2].cells[3].mark,
            Mark::Unmarked(Unmarked::UnknownLesson)
        );
        assert_eq!(marking.rows[2].cells[1].mark, Mark::NotTried);

        marking.record(&jobs[0], passed(&[true, true]), None);
        marking.record(&jobs[1], passed(&[true, false, false]), None);
        marking.record(
            &jobs[2],
            passed(&[false, false]),
            Some("Stopped on line 1".into()),
        );
        assert_eq!(marking.rows[0].cells[0].mark, Mark::Passed);
        assert_eq!(
            marking.rows[0].cells[1].mark,
            Mark::Failed {
                failed: vec![2, 3],
                problem: None
            }
        );
        assert_eq!(
            marking.rows[2].cells[0].mark,
            Mark::Failed {
                failed: vec![1, 2],
                problem: Some("Stopped on line 1".into())
            }
        );
        assert_eq!(marking.passed_by(0), 1);
        assert_eq!(marking.passed_in_lesson(0), 1);
        assert!(marking.jobs().is_empty());

        let text = marking.as_text(
            ["Learner", "Class", "Total", "Totals"],
            |id| id.to_uppercase(),
            |mark| match mark {
                Mark::Passed => "passed".into(),
                Mark::NotTried => "not tried".into(),
                Mark::Failed { .. } => "failed".into(),
                _ => "not marked".into(),
            },
            |passed, count| format!("{passed} of {count}"),
        );
        assert_eq!(
            text[0],
            ["Learner", "Class", "A", "B", "C", "GONE", "Total"]
        );
        assert_eq!(
            text[1],
            [
                "Ali",
                "Group",
                "passed",
                "failed",
                "not tried",
                "not tried",
                "1 of 4"
            ]
        );
        assert_eq!(text[2][6], "0 of 4");
        assert_eq!(
            text[4],
            ["Totals", "", "1 of 3", "0 of 3", "0 of 3", "0 of 3", ""]
        );
    }

    #[test]
    fn no_checks_or_a_stopped_run_is_never_a_pass() {
        let hand_ins = [hand_in("Ali", &[("a", Some("x"))])];
        let mut marking = Marking::new(&hand_ins, |_| true);
        let job = marking.jobs().remove(0);
        marking.record(&job, Vec::new(), None);
        assert_ne!(marking.rows[0].cells[0].mark, Mark::Passed);
        marking.record(&job, passed(&[true]), Some("Stopped".into()));
        assert_ne!(marking.rows[0].cells[0].mark, Mark::Passed);
        marking.unmarked(&job, Unmarked::Stopped);
        assert_eq!(
            marking.rows[0].cells[0].mark,
            Mark::Unmarked(Unmarked::Stopped)
        );
    }
}
