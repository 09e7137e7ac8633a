//! Reading the whole `lessons/` folder: every unit and its lessons, checked against each
//! other (unique ids, units that match their folder, one lesson per place), and their Welsh
//! twins, each paired with its English lesson.

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::{Curriculum, LESSONS_FORMAT_VERSION, Lang, Lesson, Unit};
use crate::parse::{Problem, parse_lesson, parse_unit};
use crate::twin::{WELSH_SUFFIX, english_name, parse_twin, parse_unit_twin};

/// The curriculum in each language the page offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Curricula {
    /// Every lesson in English (lessons.json).
    pub english: Curriculum,
    /// The same lessons, units and order in Welsh (lessons.cy.json): each lesson's Welsh
    /// twin where it has one, else the English lesson, whose `lang` stays `En`.
    pub welsh: Curriculum,
}

impl Curricula {
    /// Each lesson that has a Welsh twin, with its twin: (English, Welsh), in order.
    pub fn twins(&self) -> impl Iterator<Item = (&Lesson, &Lesson)> {
        fn lessons(curriculum: &Curriculum) -> impl Iterator<Item = &Lesson> {
            curriculum.units.iter().flat_map(|unit| &unit.lessons)
        }
        lessons(&self.english)
            .zip(lessons(&self.welsh))
            .filter(|(_, welsh)| welsh.lang == Lang::Cy)
    }

    /// How many units have a Welsh twin (`unit.cy.md`).
    pub fn welsh_units(&self) -> usize {
        self.welsh
            .units
            .iter()
            .filter(|unit| unit.lang == Lang::Cy)
            .count()
    }
}

fn whole_file(file: &str, reason: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        line: 0,
        reason: reason.into(),
    }
}

/// Reads `root` (the `lessons/` folder): one folder per unit, each with a `unit.md` and
/// lesson files (`*.md`). Returns every problem found, not only the first, so an author
/// can fix them all in one go. Files are named relative to `root`'s parent, as
/// `lessons/01-first-steps/01-printing.md`. A broken Welsh twin is a problem too: see
/// [`load_curricula`] for both languages.
pub fn load_curriculum(root: &Path) -> Result<Curriculum, Vec<Problem>> {
    load_curricula(root).map(|curricula| curricula.english)
}

/// Reads `root` as [`load_curriculum`] does, with each lesson's Welsh twin
/// (`<lesson>.cy.md`, and a unit's `unit.cy.md`) paired with its English file: a twin with
/// no English lesson, or one that does not line up with it, is a problem.
pub fn load_curricula(root: &Path) -> Result<Curricula, Vec<Problem>> {
    let name_of = |path: &Path| {
        let base = root.parent().unwrap_or(root);
        path.strip_prefix(base)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    let mut problems = Vec::new();
    let mut folders: Vec<_> = match std::fs::read_dir(root) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect(),
        Err(error) => {
            return Err(vec![whole_file(
                &name_of(root),
                format!("cannot read the lessons folder: {error}"),
            )]);
        }
    };
    folders.sort();
    let mut units: BTreeMap<u32, Unit> = BTreeMap::new();
    let mut welsh_units: BTreeMap<u32, Unit> = BTreeMap::new();
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for folder in folders {
        let unit_file = folder.join("unit.md");
        let unit_name = name_of(&unit_file);
        let unit = match std::fs::read_to_string(&unit_file) {
            Ok(text) => parse_unit(&unit_name, &text),
            Err(error) => Err(whole_file(
                &unit_name,
                format!("every unit folder needs a unit.md: {error}"),
            )),
        };
        let mut unit = match unit {
            Ok(unit) => unit,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        if units.contains_key(&unit.number) {
            problems.push(whole_file(
                &unit_name,
                format!("unit {} is already used by another folder", unit.number),
            ));
            continue;
        }
        let (mut files, mut twins): (Vec<_>, Vec<_>) = match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "md")
                        && p.file_name()
                            .is_some_and(|n| n != "unit.md" && n != "unit.cy.md")
                })
                .partition(|p| !p.to_string_lossy().ends_with(WELSH_SUFFIX)),
            Err(error) => {
                problems.push(whole_file(
                    &name_of(&folder),
                    format!("cannot read the folder: {error}"),
                ));
                continue;
            }
        };
        files.sort();
        twins.sort();
        for file in files {
            let name = name_of(&file);
            let lesson = match std::fs::read_to_string(&file) {
                Ok(text) => parse_lesson(&name, &text),
                Err(error) => Err(whole_file(&name, format!("cannot read the file: {error}"))),
            };
            let lesson = match lesson {
                Ok(lesson) => lesson,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            if lesson.unit != unit.number {
                problems.push(whole_file(
                    &name,
                    format!(
                        "`unit: {}` but the folder's unit.md says unit {}",
                        lesson.unit, unit.number
                    ),
                ));
                continue;
            }
            if let Some(other) = ids.insert(lesson.id.clone(), name.clone()) {
                problems.push(whole_file(
                    &name,
                    format!("the id `{}` is already used by {other}", lesson.id),
                ));
                continue;
            }
            if let Some(other) = unit.lessons.iter().find(|l| l.order == lesson.order) {
                problems.push(whole_file(
                    &name,
                    format!(
                        "`order: {}` is already taken by {}",
                        lesson.order, other.source
                    ),
                ));
                continue;
            }
            unit.lessons.push(lesson);
        }
        if unit.lessons.is_empty() && problems.is_empty() {
            problems.push(whole_file(&unit_name, "the unit has no lessons"));
        }
        unit.lessons.sort_by_key(|lesson| lesson.order);

        // The Welsh twins, each with its English lesson.
        let mut translated: BTreeMap<String, Lesson> = BTreeMap::new();
        for file in twins {
            let name = name_of(&file);
            let english_file = folder.join(
                english_name(&file.file_name().unwrap_or_default().to_string_lossy())
                    .unwrap_or_default(),
            );
            let english_source = name_of(&english_file);
            let Some(english) = unit.lessons.iter().find(|l| l.source == english_source) else {
                // A twin of a broken English lesson waits for it to be fixed.
                if !english_file.is_file() {
                    problems.push(whole_file(
                        &name,
                        format!(
                            "a Welsh twin translates the English lesson next to it, and there is no {english_source}"
                        ),
                    ));
                }
                continue;
            };
            let twin = match std::fs::read_to_string(&file) {
                Ok(text) => parse_twin(&name, &text, english),
                Err(error) => Err(vec![whole_file(
                    &name,
                    format!("cannot read the file: {error}"),
                )]),
            };
            match twin {
                Ok(twin) => {
                    translated.insert(twin.id.clone(), twin);
                }
                Err(found) => problems.extend(found),
            }
        }
        let unit_twin_file = folder.join("unit.cy.md");
        let mut welsh = if unit_twin_file.is_file() {
            let name = name_of(&unit_twin_file);
            let twin = match std::fs::read_to_string(&unit_twin_file) {
                Ok(text) => parse_unit_twin(&name, &text, &unit, &unit_name),
                Err(error) => Err(vec![whole_file(
                    &name,
                    format!("cannot read the file: {error}"),
                )]),
            };
            match twin {
                Ok(twin) => twin,
                Err(found) => {
                    problems.extend(found);
                    continue;
                }
            }
        } else {
            Unit {
                lessons: Vec::new(),
                ..unit.clone()
            }
        };
        welsh.lessons = unit
            .lessons
            .iter()
            .map(|lesson| {
                translated
                    .remove(&lesson.id)
                    .unwrap_or_else(|| lesson.clone())
            })
            .collect();
        welsh_units.insert(welsh.number, welsh);
        units.insert(unit.number, unit);
    }
    if units.is_empty() && problems.is_empty() {
        problems.push(whole_file(&name_of(root), "there are no unit folders"));
    }
    if problems.is_empty() {
        Ok(Curricula {
            english: Curriculum {
                version: LESSONS_FORMAT_VERSION,
                lang: Lang::En,
                units: units.into_values().collect(),
            },
            welsh: Curriculum {
                version: LESSONS_FORMAT_VERSION,
                lang: Lang::Cy,
                units: welsh_units.into_values().collect(),
            },
        })
    } else {
        Err(problems)
    }
}
