//! c4h-lessons: the lessons, from the files authors write to what the page shows.
//!
//! A lesson is one Markdown file in `lessons/<unit>/` (the format is taught in
//! docs/lesson-authoring.md). With the `author` feature this crate reads and validates those
//! files ([`load_curriculum`], [`parse_lesson`]): a broken file is an [`Problem`] naming the
//! file, the line and the reason, and Markdown becomes HTML here, natively, so the page never
//! carries a Markdown parser. With the `checker` feature it proves each lesson works
//! ([`check_lesson`]): the model solution and at least two other correct answers pass every
//! check, the starter fails one, and no check compares shown values as exact text without
//! a reason; [`try_code`] runs any learner's code against a lesson's checks. The
//! page uses only the model ([`Curriculum`], [`Lesson`]), which it reads as JSON.
//!
//! A lesson may have a Welsh twin, `<lesson>.cy.md` next to it ([`parse_twin`]): the
//! loader pairs them ([`load_curricula`]) into one curriculum per language, and
//! [`check_twin`] proves the twin as a lesson of its own.

#[cfg(feature = "checker")]
mod checker;
#[cfg(feature = "author")]
mod load;
#[cfg(feature = "author")]
mod markdown;
mod model;
#[cfg(feature = "author")]
mod parse;
#[cfg(feature = "author")]
mod twin;

#[cfg(feature = "checker")]
pub use checker::{
    EXACT_REASON, LessonReport, MIN_ALTERNATIVES, check_lesson, check_twin, try_code,
};
#[cfg(feature = "author")]
pub use load::{Curricula, load_curricula, load_curriculum};
pub use model::{Check, Curriculum, LESSONS_FORMAT_VERSION, Lang, Lesson, Suits, Unit};
#[cfg(feature = "author")]
pub use parse::{Problem, parse_lesson, parse_unit};
#[cfg(feature = "author")]
pub use twin::{TWIN_REASON, WELSH_SUFFIX, english_name, parse_twin, parse_unit_twin, twin_name};
