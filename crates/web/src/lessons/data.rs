//! The lessons and the learner's progress through them.
//!
//! The curriculum is fetched from `lessons.json` (written at build time by `c4h lessons
//! export`), or `lessons.cy.json` in Welsh (each lesson's Welsh twin, or the English lesson
//! marked as not translated), the first time the learner opens Lessons, so the playground's
//! first load does not carry it. Progress (lessons completed and attempted, each lesson's code) is kept in
//! localStorage under a versioned key, through storage.rs: unreadable progress is kept aside,
//! never overwritten.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use c4h_lessons::{Curriculum, LESSONS_FORMAT_VERSION, Lesson};
use c4h_messages::{Lang, Message};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::tr;
use crate::storage::{self, StorageProblem};

/// Where the build puts the lessons in `lang`, next to index.html.
fn lessons_url(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "lessons.json",
        Lang::Cy => "lessons.cy.json",
    }
}

/// Fetches and reads the curriculum in the learner's language, or says why it could not (a
/// message, rendered when shown: by then the lessons' catalogue is in). A build without the
/// Welsh lessons gives the English ones, each shown as not translated yet.
pub async fn fetch_curriculum() -> Result<Rc<Curriculum>, Message> {
    let lang = crate::i18n::lang();
    match fetch_from(lessons_url(lang)).await {
        Err(_) if lang != Lang::En => fetch_from(lessons_url(Lang::En)).await,
        found => found,
    }
}

/// The curriculum in the language other than the learner's (marking hand-ins made in it),
/// or `None` if it cannot be fetched.
pub async fn fetch_other_curriculum() -> Option<Rc<Curriculum>> {
    let other = match crate::i18n::lang() {
        Lang::En => Lang::Cy,
        Lang::Cy => Lang::En,
    };
    fetch_from(lessons_url(other)).await.ok()
}

async fn fetch_from(url: &str) -> Result<Rc<Curriculum>, Message> {
    let failed = || Message::new("lessons-load-failed");
    let window = web_sys::window().ok_or_else(failed)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| failed())?;
    if !response.ok() {
        return Err(failed());
    }
    let text = JsFuture::from(response.text().map_err(|_| failed())?)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(failed)?;
    match serde_json::from_str::<Curriculum>(&text) {
        Ok(curriculum) if curriculum.version == LESSONS_FORMAT_VERSION => Ok(Rc::new(curriculum)),
        _ => Err(Message::new("lessons-other-version")),
    }
}

/// Every lesson in order, across units.
pub fn all_lessons(curriculum: &Curriculum) -> Vec<&Lesson> {
    curriculum
        .units
        .iter()
        .flat_map(|unit| &unit.lessons)
        .collect()
}

/// The key of the learner's progress; the version is in the key and in the value.
const PROGRESS_KEY: &str = "c4h.lessons.v1";
const PROGRESS_VERSION: u32 = 1;

/// What the learner has done, kept in this browser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// Lessons whose checks all passed.
    pub completed: BTreeSet<String>,
    /// Lessons the learner has pressed "Check my code" in (the solution is offered after).
    pub attempted: BTreeSet<String>,
    /// Each lesson's code as the learner left it.
    pub code: BTreeMap<String, String>,
    /// Each lesson's code as it was when the learner last pressed "Check my code": what a
    /// hand-in carries to the teacher (classroom/). Absent in progress saved before hand-ins.
    #[serde(default)]
    pub checked: BTreeMap<String, String>,
}

/// What loading progress found.
pub struct LoadedProgress {
    pub progress: Progress,
    /// A problem to tell the learner about, in words.
    pub problem: Option<String>,
}

/// The learner-facing words for a problem with the saved progress.
fn progress_problem(problem: StorageProblem) -> String {
    match problem {
        StorageProblem::Unavailable => tr!("lessons-progress-unavailable"),
        StorageProblem::Unreadable => tr!("lessons-progress-unreadable"),
        StorageProblem::Full => tr!("lessons-progress-full"),
    }
}

/// Loads the saved progress (kept aside if it cannot be read: see storage.rs).
pub fn load_progress() -> LoadedProgress {
    match storage::load_json::<Progress>(PROGRESS_KEY, |p| p.version == PROGRESS_VERSION) {
        Ok(progress) => LoadedProgress {
            progress: progress.unwrap_or_default(),
            problem: None,
        },
        Err(problem) => LoadedProgress {
            progress: Progress::default(),
            problem: Some(progress_problem(problem)),
        },
    }
}

/// Saves progress; `Err` with words for the learner when it cannot.
pub fn save_progress(progress: &Progress) -> Result<(), String> {
    let mut value = progress.clone();
    value.version = PROGRESS_VERSION;
    storage::save_json(PROGRESS_KEY, &value).map_err(progress_problem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_saved_before_hand_ins_still_reads() {
        let old = r#"{"version":1,"completed":["printing"],"attempted":["printing"],"code":{"printing":"print(1);"}}"#;
        let progress: Progress = serde_json::from_str(old).unwrap();
        assert!(progress.completed.contains("printing"));
        assert!(progress.checked.is_empty());
        let mut newer = progress.clone();
        newer.checked.insert("printing".into(), "print(2);".into());
        let again: Progress =
            serde_json::from_str(&serde_json::to_string(&newer).unwrap()).unwrap();
        assert_eq!(again, newer);
    }
}
