//! The real curriculum (lessons/) gives a patient a path: every lesson not marked for
//! clinicians, in order, from the first lesson to building an app, without a clinician's
//! vocabulary (issue 15, docs/lesson-authoring.md).

use std::path::Path;

use c4h_lessons::{Lesson, Suits, load_curriculum};

/// Words a patient is not expected to know, which a lesson on their path must not use.
const CLINICIANS_WORDS: [&str; 6] = [
    "ACVPU",
    "supplemental oxygen",
    "QOF",
    "Quality and Outcomes Framework",
    "NEWS2",
    "practice-level target",
];

fn patients_path() -> Vec<(Suits, Lesson)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let curriculum = load_curriculum(&root).expect("the lessons load");
    curriculum
        .units
        .into_iter()
        .flat_map(|unit| {
            let suits = unit.suits;
            unit.lessons
                .into_iter()
                .map(move |lesson| (lesson.suits.unwrap_or(suits), lesson))
        })
        .collect()
}

#[test]
fn a_patient_can_go_from_the_first_lesson_to_building_an_app() {
    let all = patients_path();
    assert!(all.len() >= 40, "{} lessons", all.len());
    let path: Vec<&Lesson> = all
        .iter()
        .filter(|(suits, _)| *suits != Suits::Clinicians)
        .map(|(_, lesson)| lesson)
        .collect();
    assert_eq!(
        path.first().map(|l| l.id.as_str()),
        all.first().map(|(_, l)| l.id.as_str())
    );
    // Building an app: asking with an input and showing a result.
    let apps: Vec<&str> = path
        .iter()
        .filter(|l| l.solution.contains("input_") && l.solution.contains("show("))
        .map(|l| l.id.as_str())
        .collect();
    assert!(apps.len() >= 3, "apps on the path: {apps:?}");
    // Charts and the health records are on the path too, not only for clinicians.
    assert!(path.iter().any(|l| l.solution.contains("patients()")));
    assert!(path.iter().any(|l| l.solution.contains("_chart(")));
    for lesson in &path {
        let text = format!(
            "{} {} {} {}",
            lesson.title, lesson.explanation_html, lesson.task_html, lesson.starter
        );
        for word in CLINICIANS_WORDS {
            assert!(
                !text.contains(word),
                "{} is on a patient's path but uses \"{word}\"",
                lesson.source
            );
        }
    }
    // Lessons only for clinicians are few, and each is marked.
    let for_clinicians = all.len() - path.len();
    assert!(
        for_clinicians <= all.len() / 5,
        "{for_clinicians} of {}",
        all.len()
    );
}
