//! The classroom, with no accounts and no server (docs/classroom.md): a teacher makes a
//! class link ([`teach`]); a learner opens it and sees "Your class" ([`class_page`]), the
//! class's lessons with their progress, and hands in their work ([`hand_in`]) as a link, a
//! `.c4h` file or a QR code; the teacher pastes or drops the hand-ins into "Mark hand-ins"
//! ([`mark`]), which runs each learner's code with the lesson's checks in the worker, one
//! at a time, and shows the table. The formats are c4h-classroom's; compression is the
//! browser's ([`links`]). Every page here is a part, with its words (`classroom.ftl`).

mod class_page;
mod hand_in;
mod links;
mod mark;
mod qr;
pub mod store;
mod teach;

use leptos::prelude::*;

use crate::lessons::with_curriculum;
use crate::parts::{MakeView, part};

/// The message catalogues the classroom's pages use: their own, the lessons' (titles and
/// progress words) and, for marking, problems' words.
pub const AREAS: &[&str] = &["classroom", "lessons"];
pub const MARKING_AREAS: &[&str] = &["classroom", "lessons", "errors"];

part!(
    classroom,
    /// "Your class": the saved class, or the one in the class link `link` (then saved).
    pub fn class_part(link: Option<String>) -> MakeView {
        Box::new(move || {
            with_curriculum(move |curriculum| class_page::class_page(curriculum, link.clone()))
                .into_any()
        })
    }
);

part!(
    classroom,
    /// "Hand in my work", for the saved class, or for the lesson `lesson` alone when it is
    /// not in the class.
    pub fn hand_in_part(lesson: Option<String>) -> MakeView {
        Box::new(move || {
            with_curriculum(move |curriculum| hand_in::hand_in_page(curriculum, lesson.clone()))
                .into_any()
        })
    }
);

part!(
    teaching,
    /// "Make a class link", for teachers.
    pub fn teach_part() -> MakeView {
        Box::new(|| with_curriculum(teach::teach_page).into_any())
    }
);

part!(
    marking,
    /// "Mark hand-ins", for teachers, with the hand-in link `link` already in its box when
    /// a hand-in link was opened.
    pub fn mark_part(link: Option<String>) -> MakeView {
        Box::new(move || {
            with_curriculum(move |curriculum| mark::mark_page(curriculum, link.clone())).into_any()
        })
    }
);
