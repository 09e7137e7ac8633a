//! What the classroom keeps in this browser: the learner's class (from the last class link
//! they opened) and the name they hand in under, so they need not type it again. Both
//! under the `c4h.` prefix, so a kiosk's reset clears them with the rest.

use c4h_classroom::Class;
use serde::{Deserialize, Serialize};

use crate::storage;

const CLASS_KEY: &str = "c4h.class.v1";
const CLASS_VERSION: u32 = 1;
const LEARNER_KEY: &str = "c4h.learner.v1";

#[derive(Serialize, Deserialize)]
struct SavedClass {
    version: u32,
    class: Class,
}

#[derive(Serialize, Deserialize)]
struct SavedLearner {
    version: u32,
    name: String,
}

/// The learner's class, if they have opened a class link here (an unreadable one is kept
/// aside by storage.rs and counts as none: the class link brings it back).
pub fn saved_class() -> Option<Class> {
    storage::load_json::<SavedClass>(CLASS_KEY, |saved| saved.version == CLASS_VERSION)
        .ok()
        .flatten()
        .map(|saved| saved.class)
}

/// Keeps `class` as the learner's class; false if it could not be kept (the page still
/// shows it, and the link still works).
pub fn save_class(class: &Class) -> bool {
    storage::save_json(
        CLASS_KEY,
        &SavedClass {
            version: CLASS_VERSION,
            class: class.clone(),
        },
    )
    .is_ok()
}

/// The name the learner last handed in under.
pub fn saved_learner() -> Option<String> {
    storage::load_json::<SavedLearner>(LEARNER_KEY, |saved| saved.version == 1)
        .ok()
        .flatten()
        .map(|saved| saved.name)
}

/// Keeps the name the learner handed in under (not worth a message if it cannot be kept).
pub fn save_learner(name: &str) {
    let _ = storage::save_json(
        LEARNER_KEY,
        &SavedLearner {
            version: 1,
            name: name.to_owned(),
        },
    );
}
