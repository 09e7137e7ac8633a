//! Reading the whole `lessons/` folder: every unit and its lessons, checked against each
//! other (unique ids, units that match their folder, one lesson per place).

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::{Curriculum, LESSONS_FORMAT_VERSION, Unit};
use crate::parse::{Problem, parse_lesson, parse_unit};

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
/// `lessons/01-first-steps/01-printing.md`.
pub fn load_curriculum(root: &Path) -> Result<Curriculum, Vec<Problem>> {
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
        let mut files: Vec<_> = match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "md")
                        && p.file_name().is_some_and(|n| n != "unit.md")
                })
                .collect(),
            Err(error) => {
                problems.push(whole_file(
                    &name_of(&folder),
                    format!("cannot read the folder: {error}"),
                ));
                continue;
            }
        };
        files.sort();
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
        units.insert(unit.number, unit);
    }
    if units.is_empty() && problems.is_empty() {
        problems.push(whole_file(&name_of(root), "there are no unit folders"));
    }
    if problems.is_empty() {
        Ok(Curriculum {
            version: LESSONS_FORMAT_VERSION,
            units: units.into_values().collect(),
        })
    } else {
        Err(problems)
    }
}
