//! The curriculum as the page uses it: units of lessons, with their text already HTML.

use serde::{Deserialize, Serialize};

/// The version of the JSON the page reads (lessons.json, lessons.cy.json). A page that
/// finds another version says the lessons could not be loaded instead of misreading them.
/// Still 1 with the `lang` fields: they are optional (English when absent), so an older
/// page or file reads them without harm.
pub const LESSONS_FORMAT_VERSION: u32 = 1;

/// Every unit, in order, in one language: `lessons.json` is English, `lessons.cy.json`
/// Welsh (each lesson's Welsh twin where it has one, else the English lesson, marked so).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curriculum {
    pub version: u32,
    /// The language this curriculum is for. Its units and lessons say which language their
    /// own text is in: in the Welsh curriculum, some are still English.
    #[serde(default)]
    pub lang: Lang,
    pub units: Vec<Unit>,
}

/// A language lessons are written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English: every lesson is written in English first.
    #[default]
    En,
    /// Welsh (Cymraeg): a lesson's Welsh twin, `<lesson>.cy.md`.
    Cy,
}

impl Lang {
    /// Its language tag, for an HTML `lang` attribute (as the page's own, c4h-messages').
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Cy => "cy",
        }
    }
}

/// Who a unit suits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Suits {
    Everyone,
    Patients,
    Clinicians,
}

impl Suits {
    /// As the lesson list once said it, in English only. The page now takes these words
    /// from its message catalogue (`lessons-suits-*`), in the learner's language.
    pub fn label(self) -> &'static str {
        match self {
            Suits::Everyone => "For patients and clinicians",
            Suits::Patients => "For patients",
            Suits::Clinicians => "For clinicians",
        }
    }
}

/// A unit: a few lessons on one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub number: u32,
    pub title: String,
    pub suits: Suits,
    /// The language of its title and description (English in the Welsh curriculum when the
    /// unit has no `unit.cy.md`).
    #[serde(default)]
    pub lang: Lang,
    pub description_html: String,
    pub lessons: Vec<Lesson>,
}

/// One lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// Unique, stable: progress is saved under it.
    pub id: String,
    pub title: String,
    pub unit: u32,
    pub order: u32,
    pub minutes: u32,
    pub teaches: Vec<String>,
    /// Who the lesson suits, when that is not its unit's (a lesson for clinicians in a
    /// unit for everyone): the list marks it, and a patient's path leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suits: Option<Suits>,
    /// The language of its text (title, explanation, task, checks' words, hints). In the
    /// Welsh curriculum, a lesson not yet translated is the English lesson with `En`: the
    /// page says so in Welsh, and marks its text `lang="en"`.
    #[serde(default)]
    pub lang: Lang,
    pub explanation_html: String,
    pub task_html: String,
    pub starter: String,
    pub checks: Vec<Check>,
    /// The lesson's own hints (inline HTML), after the checks' hints.
    pub hints_html: Vec<String>,
    pub solution: String,
    /// Other correct answers, written differently from the model (other names, wording,
    /// order, a unit after a number): `c4h lessons check` proves each passes every check.
    /// For authors' tools only: not in the page's lessons.json.
    #[serde(skip)]
    pub alternatives: Vec<String>,
    /// Where the lesson came from (for authors' messages), relative to the lessons folder:
    /// the `.cy.md` file for a Welsh twin.
    pub source: String,
}

/// One check of a lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// What the learner did when it passes (inline HTML).
    pub title_html: String,
    /// Rhai code run after the learner's code: `true` passes.
    pub code: String,
    /// Shown when the check fails without words of its own (inline HTML).
    pub message_html: String,
    /// Hints for when this check fails (inline HTML), revealed one at a time.
    pub hints_html: Vec<String>,
}
