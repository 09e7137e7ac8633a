//! The lesson format: a good file reads into the model, a good folder into a curriculum,
//! and each kind of mistake is reported with its file, line and reason. The checker proves
//! a working lesson works and catches a broken one.

use std::path::Path;

use c4h_lessons::{Suits, check_lesson, load_curriculum, parse_lesson};

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn good_lesson() -> String {
    std::fs::read_to_string(fixtures().join("good/01-basics/01-bmi.md")).unwrap()
}

#[test]
fn a_good_lesson_reads_into_the_model() {
    let lesson = parse_lesson("bmi.md", &good_lesson()).unwrap();
    assert_eq!(lesson.id, "bmi-function");
    assert_eq!((lesson.unit, lesson.order, lesson.minutes), (1, 1, 5));
    assert_eq!(lesson.teaches, ["functions", "return values"]);
    assert!(
        lesson
            .explanation_html
            .contains("<strong>function</strong>")
    );
    // "## " inside a code block is code, not a section.
    assert!(lesson.explanation_html.contains("## not a heading: code"));
    assert_eq!(
        lesson.task_html,
        "<p>Write a function called <code>bmi</code>.</p>\n"
    );
    assert_eq!(lesson.starter, "fn bmi(weight, height) {\n    0\n}\n");
    assert_eq!(lesson.checks.len(), 2);
    let first = &lesson.checks[0];
    assert_eq!(
        first.title_html,
        "Your <code>bmi</code> function gives the right answer"
    );
    assert!(
        first
            .code
            .starts_with("let got = round(bmi(70.0, 1.70), 1);\n")
    );
    assert_eq!(
        first.message_html,
        "Your code needs a function called <code>bmi</code>."
    );
    assert_eq!(first.hints_html.len(), 2);
    assert!(lesson.checks[1].hints_html.is_empty());
    assert_eq!(
        lesson.hints_html,
        ["Look at <code>double</code> in the explanation."]
    );
    assert!(lesson.solution.contains("weight / (height * height)"));
}

#[test]
fn a_folder_reads_into_units_in_order() {
    let curriculum = load_curriculum(&fixtures().join("good")).unwrap();
    assert_eq!(curriculum.units.len(), 1);
    let unit = &curriculum.units[0];
    assert_eq!(
        (unit.number, unit.title.as_str(), unit.suits),
        (1, "Basics", Suits::Everyone)
    );
    assert_eq!(unit.lessons[0].source, "good/01-basics/01-bmi.md");
}

/// The problem reported for the good lesson with `from` replaced by `to`.
fn problem_with(from: &str, to: &str) -> String {
    let text = good_lesson();
    assert!(text.contains(from), "the fixture has no {from:?}");
    match parse_lesson("lessons/x.md", &text.replacen(from, to, 1)) {
        Ok(_) => panic!("{from:?} → {to:?} was accepted"),
        Err(problem) => problem.to_string(),
    }
}

#[test]
fn broken_lessons_are_reported_with_file_line_and_reason() {
    let cases = [
        (
            "---\nid",
            "id",
            "lessons/x.md:1: the file must start with front matter",
        ),
        (
            "id: bmi-function",
            "id: BMI Function",
            "lessons/x.md:2: `id` must be lowercase letters",
        ),
        (
            "minutes: 5",
            "minutes: five",
            "lessons/x.md:6: `minutes` must be a whole number from 1 to 30, not `five`",
        ),
        (
            "minutes: 5",
            "minutes: 45",
            "lessons/x.md:6: `minutes` must be a whole number from 1 to 30",
        ),
        (
            "teaches: functions, return values\n",
            "",
            "lessons/x.md:7: the front matter has no `teaches:`",
        ),
        (
            "order: 1",
            "order: 1\nauthor: me",
            "lessons/x.md:6: unknown front matter field `author`",
        ),
        (
            "## Task",
            "## Your task",
            "lessons/x.md:19: unknown section `## Your task`",
        ),
        (
            "Message: Print the result",
            "Mesage: Print the result",
            "lessons/x.md:48: in the check \"You printed the answer\", expected `Message: …` or `Hint: …`",
        ),
        (
            "\nMessage: Print the result of `bmi(70.0, 1.70)`.\n",
            "\n",
            "lessons/x.md:42: the check \"You printed the answer\" has no Message: line",
        ),
        (
            "```rhai\nprinted()",
            "```python\nprinted()",
            "lessons/x.md:44: the check \"You printed the answer\"'s code block must start with ```rhai",
        ),
        (
            "- Look at",
            "Look at",
            "lessons/x.md:52: the Hints section is a list",
        ),
        (
            "```rhai\nfn bmi(weight, height) {\n    weight / (height * height)\n}\nprint(round(bmi(70.0, 1.70), 1));\n```",
            "Divide the weight by the height squared.",
            "lessons/x.md:54: the Solution needs a ```rhai code block",
        ),
        (
            "## Starter\n\n```rhai\n",
            "## Starter\n\nSome words.\n```rhai\n",
            "lessons/x.md:25: the Starter holds only its ```rhai code block, found `Some words.`",
        ),
        (
            "## Hints",
            "## Explanation",
            "lessons/x.md:50: `## Explanation` is out of place",
        ),
        (
            "```rhai\nprinted().contains(\"24.2\")\n```",
            "```rhai\nprinted().contains(\"24.2\")\n",
            "a ``` code block is never closed",
        ),
    ];
    for (from, to, expected) in cases {
        let problem = problem_with(from, to);
        assert!(
            problem.contains(expected),
            "{from:?} → {to:?}\n  got: {problem}\n  expected: {expected}"
        );
    }
    let no_checks = good_lesson();
    let start = no_checks.find("## Check:").unwrap();
    let end = no_checks.find("## Hints").unwrap();
    let problem = parse_lesson(
        "x.md",
        &format!("{}{}", &no_checks[..start], &no_checks[end..]),
    )
    .unwrap_err();
    assert!(
        problem.reason.contains("no `## Check: …` section"),
        "{problem}"
    );
}

#[test]
fn a_folder_with_clashing_lessons_reports_every_problem() {
    let root = std::env::temp_dir().join(format!("c4h-lessons-clash-{}", std::process::id()));
    let unit = root.join("lessons/01-basics");
    std::fs::create_dir_all(&unit).unwrap();
    std::fs::write(
        unit.join("unit.md"),
        "---\nunit: 1\ntitle: Basics\nsuits: everyone\n---\nA unit.\n",
    )
    .unwrap();
    std::fs::write(unit.join("01-bmi.md"), good_lesson()).unwrap();
    std::fs::write(
        unit.join("02-same-id.md"),
        good_lesson().replace("order: 1", "order: 2"),
    )
    .unwrap();
    std::fs::write(
        unit.join("03-same-order.md"),
        good_lesson().replace("id: bmi-function", "id: other"),
    )
    .unwrap();
    std::fs::write(
        unit.join("04-wrong-unit.md"),
        good_lesson()
            .replace("unit: 1", "unit: 2")
            .replace("id: bmi-function", "id: third"),
    )
    .unwrap();
    let problems: Vec<String> = load_curriculum(&root.join("lessons"))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        problems,
        [
            "lessons/01-basics/02-same-id.md: the id `bmi-function` is already used by lessons/01-basics/01-bmi.md",
            "lessons/01-basics/03-same-order.md: `order: 1` is already taken by lessons/01-basics/01-bmi.md",
            "lessons/01-basics/04-wrong-unit.md: `unit: 2` but the folder's unit.md says unit 1",
        ]
    );
}

#[test]
fn the_checker_passes_a_working_lesson_and_names_what_is_wrong_with_a_broken_one() {
    let lesson = parse_lesson("bmi.md", &good_lesson()).unwrap();
    assert_eq!(check_lesson(&lesson).problems, Vec::<String>::new());

    let mut wrong_solution = lesson.clone();
    wrong_solution.solution = "fn bmi(w, h) { w / h }\nprint(\"24.2\");\n".into();
    let problems = check_lesson(&wrong_solution).problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("Your bmi function gave 41.2 for 70 kg and 1.70 m"),
        "{problems:?}"
    );

    let mut done_already = lesson.clone();
    done_already.starter = lesson.solution.clone();
    assert!(
        check_lesson(&done_already).problems[0].contains("the starter already passes every check")
    );

    let mut crashing = lesson.clone();
    crashing.solution = "let x = [];\nprint(x[3]);\n".into();
    assert!(check_lesson(&crashing).problems[0].contains("the solution stops with an error"));

    // Other correct answers: at least two, each different, each passing every check.
    let mut one_answer = lesson.clone();
    one_answer.alternatives.truncate(1);
    assert!(check_lesson(&one_answer).problems[0].contains("lists 1 other correct answer"));
    let mut copied = lesson.clone();
    copied.alternatives[1] = format!("// the same\n{}", lesson.solution);
    assert_eq!(
        check_lesson(&copied).problems,
        ["other correct answer 2 is the same code as an answer before it: write it differently"]
    );
    let mut wrong_answer = lesson.clone();
    wrong_answer.alternatives[0] = "fn bmi(w, h) { w * h }\nprint(1);".into();
    let problems = check_lesson(&wrong_answer).problems;
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("other correct answer 1 fails the check")),
        "{problems:?}"
    );
}

#[test]
fn checks_that_compare_shown_values_as_exact_text_need_a_reason() {
    let mut lesson = parse_lesson("bmi.md", &good_lesson()).unwrap();
    lesson.checks[1].code = "shown().values().contains(\"24.2\")".into();
    let problems = check_lesson(&lesson).problems;
    assert!(
        problems
            .iter()
            .any(|p| p.contains("compares a shown value with exact text")),
        "{problems:?}"
    );
    lesson.checks[1].code =
        "// exact: the task gives these words to copy\nshown().values().contains(\"24.2\")".into();
    assert!(
        !check_lesson(&lesson)
            .problems
            .iter()
            .any(|p| p.contains("compares a shown value with exact text"))
    );
    // The exact helpers too: they say how a near miss differs, but still refuse other words.
    lesson.checks[1].code = "printed_is(\"BMI: 24.2\")".into();
    assert!(
        check_lesson(&lesson)
            .problems
            .iter()
            .any(|p| p.contains("compares a shown value with exact text")),
    );
}
