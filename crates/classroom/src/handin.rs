//! A learner's hand-in, as a hand-in link or `.c4h` file carries it.

use serde::{Deserialize, Serialize};

use crate::LinkProblem;
use crate::class::{MAX_CLASS_LESSONS, MAX_NAME_CHARS};
use crate::text::{bounded, valid_lesson_id};

/// A learner's display name is at least one character and at most this many.
pub const MAX_LEARNER_CHARS: usize = 40;

/// One lesson of a hand-in: the code the learner last pressed "Check my code" with, or
/// `None` if they have not checked any code in it (the table says "not tried").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandedLesson {
    pub id: String,
    #[serde(default)]
    pub code: Option<String>,
}

/// A learner's work for their teacher: no results, only code, so the teacher's computer
/// works the results out itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandIn {
    /// The class's name (empty when the learner has no class link).
    #[serde(default)]
    pub class: String,
    /// The name the learner chose to show their teacher.
    pub learner: String,
    pub lessons: Vec<HandedLesson>,
}

impl HandIn {
    /// A hand-in from the learner's choices; `None` when it cannot be one (no name, a name
    /// too long, no lessons, or code past the link's cap).
    pub fn new(class: &str, learner: &str, lessons: Vec<HandedLesson>) -> Option<HandIn> {
        HandIn {
            class: class.to_owned(),
            learner: learner.to_owned(),
            lessons,
        }
        .checked()
    }

    /// How many lessons hold code.
    pub fn tried(&self) -> usize {
        self.lessons.iter().filter(|l| l.code.is_some()).count()
    }

    /// The hand-in as the JSON its link carries.
    pub fn to_payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A hand-in from a link's payload, all or nothing.
    pub fn from_payload(text: &str) -> Result<HandIn, LinkProblem> {
        serde_json::from_str::<HandIn>(text)
            .ok()
            .and_then(HandIn::checked)
            .ok_or(LinkProblem::Damaged)
    }

    fn checked(self) -> Option<HandIn> {
        let class = bounded(&self.class, MAX_NAME_CHARS, false)?;
        let learner = bounded(&self.learner, MAX_LEARNER_CHARS, false).filter(|n| !n.is_empty())?;
        let ids_fit = (1..=MAX_CLASS_LESSONS).contains(&self.lessons.len())
            && self.lessons.iter().all(|l| valid_lesson_id(&l.id))
            && self
                .lessons
                .iter()
                .enumerate()
                .all(|(at, l)| !self.lessons[..at].iter().any(|o| o.id == l.id));
        let code_fits = self
            .lessons
            .iter()
            .filter_map(|l| l.code.as_ref())
            .all(|code| code.len() <= c4h_links::MAX_CODE_BYTES);
        (ids_fit && code_fits).then_some(HandIn {
            class,
            learner,
            lessons: self.lessons,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(id: &str, code: Option<&str>) -> HandedLesson {
        HandedLesson {
            id: id.into(),
            code: code.map(str::to_owned),
        }
    }

    #[test]
    fn a_hand_in_goes_through_its_payload_unchanged() {
        let hand_in = HandIn::new(
            "Tuesday group",
            " Sam 🩺 ",
            vec![
                lesson("printing", Some("print(\"Hello\");\n")),
                lesson("numbers", None),
            ],
        )
        .unwrap();
        assert_eq!(hand_in.learner, "Sam 🩺");
        assert_eq!(hand_in.tried(), 1);
        assert_eq!(HandIn::from_payload(&hand_in.to_payload()), Ok(hand_in));
    }

    #[test]
    fn a_hand_in_out_of_bounds_is_no_hand_in() {
        let one = || vec![lesson("printing", Some("x"))];
        assert_eq!(HandIn::new("G", "   ", one()), None);
        assert_eq!(HandIn::new("G", &"s".repeat(41), one()), None);
        assert_eq!(HandIn::new(&"g".repeat(81), "Sam", one()), None);
        assert_eq!(HandIn::new("G", "Sam\nSmith", one()), None);
        assert_eq!(HandIn::new("G", "Sam", vec![]), None);
        assert_eq!(
            HandIn::new("G", "Sam", vec![lesson("a", None), lesson("a", None)]),
            None
        );
        let huge = "x".repeat(c4h_links::MAX_CODE_BYTES + 1);
        assert_eq!(
            HandIn::new("G", "Sam", vec![lesson("a", Some(&huge))]),
            None
        );
    }

    #[test]
    fn payloads_that_are_not_hand_ins_are_damaged() {
        for text in [
            "",
            "{}",
            "{\"learner\":\"Sam\"}",
            "{\"learner\":\"Sam\",\"lessons\":[{\"code\":\"x\"}]}",
            "{\"learner\":\"Sam\",\"lessons\":[{\"id\":\"a\",\"code\":5}]}",
            "{\"learner\":\"\",\"lessons\":[{\"id\":\"a\"}]}",
        ] {
            assert_eq!(
                HandIn::from_payload(text),
                Err(LinkProblem::Damaged),
                "{text}"
            );
        }
        // Results in a hand-in (from a tampered or newer link) are not read at all.
        let with_results =
            "{\"learner\":\"Sam\",\"lessons\":[{\"id\":\"a\",\"code\":\"x\",\"passed\":true}]}";
        let read = HandIn::from_payload(with_results).unwrap();
        assert_eq!(read.lessons, vec![lesson("a", Some("x"))]);
    }
}
