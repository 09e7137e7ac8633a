//! Marking one cell: a learner's code run against its lesson's checks in the real sandbox
//! (`c4h_lessons::try_code`, as "Check my code" and `c4h lessons try` run them, under the
//! default limits), so nothing a hand-in could say about itself is ever believed.
//!
//! A hand-in does not say which language the learner worked in, and a Welsh twin's checks
//! may look for Welsh words where the English lesson looks for English ones. So code is
//! marked against the lesson in the teacher's language first and, when it runs to its end
//! but does not pass, against the lesson's twin in the other language: work done in either
//! language passes.

use std::collections::BTreeMap;

use c4h_classroom::{CheckOutcome, passes};
use c4h_lessons::{Curricula, Lesson, try_code};
use c4h_protocol::Outcome;

/// A lesson and its Welsh twin, if it has one.
struct Pair {
    english: Lesson,
    welsh: Option<Lesson>,
}

/// The curriculum marked against, by lesson id.
pub struct Lessons {
    pairs: BTreeMap<String, Pair>,
    /// The teacher reads Welsh: titles (and the first checks tried) are the twins'.
    welsh_first: bool,
}

/// A cell's results: each check's, and the first line of the problem that stopped the
/// learner's code, if it stopped.
pub type Results = (Vec<CheckOutcome>, Option<String>);

impl Lessons {
    pub fn new(curricula: Curricula, welsh_first: bool) -> Lessons {
        let english = curricula.english.units.into_iter().flat_map(|u| u.lessons);
        // The Welsh curriculum has the same lessons in the same order: each one's twin, or
        // the English lesson where it has none yet (whose `lang` stays English).
        let welsh = curricula.welsh.units.into_iter().flat_map(|u| u.lessons);
        let pairs = english
            .zip(welsh)
            .map(|(english, welsh)| {
                let welsh = (welsh.lang == c4h_lessons::Lang::Cy).then_some(welsh);
                (english.id.clone(), Pair { english, welsh })
            })
            .collect();
        Lessons { pairs, welsh_first }
    }

    /// Whether this curriculum has lesson `id`.
    pub fn has(&self, id: &str) -> bool {
        self.pairs.contains_key(id)
    }

    /// The lesson's title in the teacher's language (English where it has no twin yet), or
    /// its id if this curriculum does not have it.
    pub fn title(&self, id: &str) -> String {
        match self.pairs.get(id) {
            Some(Pair {
                welsh: Some(welsh), ..
            }) if self.welsh_first => welsh.title.clone(),
            Some(pair) => pair.english.title.clone(),
            None => id.to_owned(),
        }
    }

    /// `code`'s results against lesson `id`'s checks; `None` if there is no such lesson.
    pub fn mark(&self, id: &str, code: &str) -> Option<Results> {
        let pair = self.pairs.get(id)?;
        let twin = pair.welsh.as_ref();
        let order = if self.welsh_first {
            [twin, Some(&pair.english)]
        } else {
            [Some(&pair.english), twin]
        };
        let mut first = None;
        for lesson in order.into_iter().flatten() {
            let results = run(code, lesson);
            let (checks, problem) = &results;
            // Code that stopped stops the same way against the twin (it runs before any
            // check), so running it again would only cost the teacher time.
            if passes(checks, problem.as_deref()) || problem.is_some() {
                return Some(results);
            }
            first.get_or_insert(results);
        }
        first
    }
}

fn run(code: &str, lesson: &Lesson) -> Results {
    let run = try_code(code, lesson);
    let problem = (run.outcome == Outcome::Failed).then(|| problem_line(&run.text));
    let checks = run
        .results
        .into_iter()
        .map(|(passed, said)| CheckOutcome { passed, said })
        .collect();
    (checks, problem)
}

/// The first line of the problem in a run's text. The text is the Output panel's, in
/// English: the learner's own output, then the problem (always last: checks print
/// nothing), which starts with "Problem…:" or "Stopped…:" and goes on with indented lines
/// (the line of code, the details). So it is the last line starting with one of those,
/// looked for from the end so the learner's own printing cannot be taken for it.
fn problem_line(text: &str) -> String {
    let is_summary = |line: &&str| {
        ["Problem", "Stopped"].iter().any(|heading| {
            line.strip_prefix(heading)
                .is_some_and(|rest| rest.starts_with(": ") || rest.starts_with(" on line "))
        })
    };
    let unindented = |line: &&str| !line.is_empty() && !line.starts_with(' ');
    text.lines()
        .rev()
        .find(is_summary)
        .or_else(|| text.lines().rev().find(unindented))
        .unwrap_or("The code stopped with a problem.")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_problem_is_found_after_the_learners_own_output() {
        let text = "Problem on line 9: not me\nhello\nProblem on line 2: You tried to divide by zero, which has no answer.\n    2 | let x = 10 / 0;\n      |            ^\n  Details: column 12\n";
        assert_eq!(
            problem_line(text),
            "Problem on line 2: You tried to divide by zero, which has no answer."
        );
        assert_eq!(problem_line("Stopped: too slow\n"), "Stopped: too slow");
        assert_eq!(problem_line("odd\n  indented\n"), "odd");
        assert_eq!(problem_line(""), "The code stopped with a problem.");
    }
}
