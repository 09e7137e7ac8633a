//! A teacher's class, as a class link carries it.

use serde::{Deserialize, Serialize};

use crate::LinkProblem;
use crate::text::{bounded, valid_lesson_id};

/// A class's name is at most this long (and a hand-in's copy of it).
pub const MAX_NAME_CHARS: usize = 80;
/// The teacher's message to the class is at most this long.
pub const MAX_MESSAGE_CHARS: usize = 500;
/// A class has at least one lesson and at most this many (the whole curriculum fits).
pub const MAX_CLASS_LESSONS: usize = 100;

/// A class: its name, the teacher's message, and its lessons' ids in the teacher's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Class {
    pub name: String,
    #[serde(default)]
    pub message: String,
    pub lessons: Vec<String>,
}

impl Class {
    /// A class from what the teacher typed and chose: names trimmed, the same lesson only
    /// once. `None` when it cannot be a class (no name, no lessons, or over the bounds).
    pub fn new(name: &str, message: &str, lessons: &[String]) -> Option<Class> {
        let mut unique: Vec<String> = Vec::new();
        for id in lessons {
            if !unique.contains(id) {
                unique.push(id.clone());
            }
        }
        Class {
            name: name.to_owned(),
            message: message.to_owned(),
            lessons: unique,
        }
        .checked()
    }

    /// The class as the JSON a class link carries.
    pub fn to_payload(&self) -> String {
        // A struct of strings always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A class from a class link's payload, all or nothing.
    pub fn from_payload(text: &str) -> Result<Class, LinkProblem> {
        serde_json::from_str::<Class>(text)
            .ok()
            .and_then(Class::checked)
            .ok_or(LinkProblem::Damaged)
    }

    fn checked(self) -> Option<Class> {
        let name = bounded(&self.name, MAX_NAME_CHARS, false).filter(|n| !n.is_empty())?;
        let message = bounded(&self.message, MAX_MESSAGE_CHARS, true)?;
        let lessons_fit = (1..=MAX_CLASS_LESSONS).contains(&self.lessons.len())
            && self.lessons.iter().all(|id| valid_lesson_id(id))
            && self
                .lessons
                .iter()
                .enumerate()
                .all(|(at, id)| !self.lessons[..at].contains(id));
        lessons_fit.then_some(Class {
            name,
            message,
            lessons: self.lessons,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|id| (*id).to_owned()).collect()
    }

    #[test]
    fn a_class_goes_through_its_payload_unchanged() {
        let class = Class::new(
            "  Tuesday group, Ward 7  ",
            "Start with printing.\nAsk me if stuck!",
            &ids(&["printing", "numbers", "printing", "text"]),
        )
        .unwrap();
        assert_eq!(class.name, "Tuesday group, Ward 7");
        assert_eq!(class.lessons, ids(&["printing", "numbers", "text"]));
        assert_eq!(Class::from_payload(&class.to_payload()), Ok(class));
    }

    #[test]
    fn a_class_out_of_bounds_is_no_class() {
        assert_eq!(Class::new("", "", &ids(&["printing"])), None);
        assert_eq!(Class::new("Group", "", &[]), None);
        assert_eq!(Class::new(&"n".repeat(81), "", &ids(&["a"])), None);
        assert_eq!(Class::new("Group", &"m".repeat(501), &ids(&["a"])), None);
        assert_eq!(Class::new("Gro\u{7}up", "", &ids(&["a"])), None);
        assert_eq!(Class::new("Group", "", &ids(&["Not An Id"])), None);
        let many: Vec<String> = (0..=MAX_CLASS_LESSONS).map(|n| format!("l{n}")).collect();
        assert_eq!(Class::new("Group", "", &many), None);
    }

    #[test]
    fn payloads_that_are_not_classes_are_damaged() {
        for text in [
            "",
            "null",
            "[]",
            "{\"name\":\"G\"}",
            "{\"name\":\"G\",\"lessons\":[\"a\",\"a\"]}",
            "{\"name\":\"G\",\"lessons\":[\"../x\"]}",
            "{\"name\":3,\"lessons\":[\"a\"]}",
            "{\"name\":\"G\",\"lessons\":[\"a\"]",
        ] {
            assert_eq!(
                Class::from_payload(text),
                Err(LinkProblem::Damaged),
                "{text}"
            );
        }
        // A field a newer playground adds is no harm.
        assert!(Class::from_payload("{\"name\":\"G\",\"lessons\":[\"a\"],\"colour\":1}").is_ok());
    }
}
