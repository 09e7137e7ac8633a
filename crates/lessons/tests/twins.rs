//! Welsh twins (issue 18): a lesson's `<name>.cy.md` is read, paired with its English
//! lesson and proved; each way a twin can fail to line up with its English lesson is
//! reported with its file, line and reason; the Welsh curriculum holds every lesson, the
//! untranslated ones in English and marked so.

use std::path::{Path, PathBuf};

use c4h_lessons::{
    Lang, Lesson, check_lesson, check_twin, load_curricula, parse_lesson, parse_twin,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("01-basics").join(name)).unwrap()
}

fn english() -> Lesson {
    parse_lesson("lessons/01-basics/01-bmi.md", &read("01-bmi.md")).unwrap()
}

fn good_twin() -> String {
    read("01-bmi.cy.md")
}

#[test]
fn a_good_twin_reads_into_a_welsh_lesson_that_shares_the_english_lessons_place() {
    let english = english();
    let welsh = parse_twin("lessons/01-basics/01-bmi.cy.md", &good_twin(), &english).unwrap();
    assert_eq!(welsh.lang, Lang::Cy);
    assert_eq!(english.lang, Lang::En);
    assert_eq!(
        (
            &welsh.id,
            welsh.unit,
            welsh.order,
            welsh.minutes,
            welsh.suits
        ),
        (
            &english.id,
            english.unit,
            english.order,
            english.minutes,
            english.suits
        )
    );
    assert_eq!(welsh.title, "Ffwythiant ar gyfer BMI");
    assert_eq!(welsh.teaches, ["ffwythiannau", "gwerthoedd a roddir yn ôl"]);
    assert_eq!(welsh.source, "lessons/01-basics/01-bmi.cy.md");
    assert!(
        welsh
            .explanation_html
            .contains("<strong>ffwythiant</strong>")
    );
    // The first check gives the learner words, so the twin gives it code of its own with
    // those words in Welsh; the second only looks at a number, so it shares the English code.
    assert_eq!(
        welsh.checks[0].title_html,
        "Mae eich ffwythiant <code>bmi</code> yn rhoi'r ateb cywir"
    );
    assert!(
        welsh.checks[0]
            .code
            .contains("Rhoddodd eich ffwythiant bmi")
    );
    assert_eq!(welsh.checks[1].code, english.checks[1].code);
    assert_eq!(welsh.checks[0].hints_html.len(), 2);
    assert_eq!(
        welsh.hints_html,
        ["Edrychwch ar <code>dwbl</code> yn yr esboniad."]
    );
    // No Starter, Solution or Also correct of its own: the English ones.
    assert_eq!(welsh.starter, english.starter);
    assert_eq!(welsh.solution, english.solution);
    assert_eq!(welsh.alternatives, english.alternatives);

    assert_eq!(check_twin(&english, &welsh).problems, Vec::<String>::new());
}

#[test]
fn the_welsh_curriculum_has_every_lesson_with_the_untranslated_ones_in_english() {
    let root = std::env::temp_dir().join(format!("c4h-twins-mixed-{}", std::process::id()));
    let unit = root.join("lessons/01-basics");
    std::fs::create_dir_all(&unit).unwrap();
    for name in ["unit.md", "unit.cy.md", "01-bmi.md", "01-bmi.cy.md"] {
        std::fs::write(unit.join(name), read(name)).unwrap();
    }
    // A second lesson with no twin yet.
    std::fs::write(
        unit.join("02-more.md"),
        read("01-bmi.md")
            .replace("id: bmi-function", "id: more")
            .replace("order: 1", "order: 2"),
    )
    .unwrap();
    let curricula = load_curricula(&root.join("lessons"));
    std::fs::remove_dir_all(&root).unwrap();
    let curricula = curricula.unwrap();

    assert_eq!(curricula.english.lang, Lang::En);
    assert_eq!(curricula.welsh.lang, Lang::Cy);
    let english = &curricula.english.units[0];
    let welsh = &curricula.welsh.units[0];
    assert_eq!((english.title.as_str(), english.lang), ("Basics", Lang::En));
    assert_eq!((welsh.title.as_str(), welsh.lang), ("Sylfeini", Lang::Cy));
    assert_eq!(welsh.number, english.number);
    let ids = |unit: &c4h_lessons::Unit| -> Vec<(String, Lang)> {
        unit.lessons
            .iter()
            .map(|lesson| (lesson.id.clone(), lesson.lang))
            .collect()
    };
    assert_eq!(
        ids(english),
        [("bmi-function".into(), Lang::En), ("more".into(), Lang::En)]
    );
    assert_eq!(
        ids(welsh),
        [("bmi-function".into(), Lang::Cy), ("more".into(), Lang::En)]
    );
    assert_eq!(welsh.lessons[1], english.lessons[1]);
    let twins: Vec<&str> = curricula
        .twins()
        .map(|(english, welsh)| {
            assert_eq!(english.id, welsh.id);
            welsh.source.as_str()
        })
        .collect();
    assert_eq!(twins, ["lessons/01-basics/01-bmi.cy.md"]);
    assert_eq!(curricula.welsh_units(), 1);

    // The English JSON reads as before, with `lang` marking each part.
    let json = serde_json::to_value(&curricula.welsh).unwrap();
    assert_eq!(json["lang"], "cy");
    assert_eq!(json["units"][0]["lessons"][0]["lang"], "cy");
    assert_eq!(json["units"][0]["lessons"][1]["lang"], "en");
    // A file without `lang` (an older build) reads as English.
    let mut old = serde_json::to_value(&curricula.english).unwrap();
    old.as_object_mut().unwrap().remove("lang");
    old["units"][0].as_object_mut().unwrap().remove("lang");
    old["units"][0]["lessons"][0]
        .as_object_mut()
        .unwrap()
        .remove("lang");
    let old: c4h_lessons::Curriculum = serde_json::from_value(old).unwrap();
    assert_eq!(old.lang, Lang::En);
    assert_eq!(old.units[0].lessons[0].lang, Lang::En);
}

/// The problems reported for the good twin with `from` replaced by `to`.
fn problems_with(from: &str, to: &str) -> Vec<String> {
    let text = good_twin();
    assert!(text.contains(from), "the twin fixture has no {from:?}");
    match parse_twin("lessons/x.cy.md", &text.replacen(from, to, 1), &english()) {
        Ok(_) => panic!("{from:?} → {to:?} was accepted"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

const TWIN_CHECK_CODE: &str = "```rhai\nlet got = round(bmi(70.0, 1.70), 1);\nif got == 24.2 { true } else { `Rhoddodd eich ffwythiant bmi ${got} am 70 kg a 1.70 m; dylai roi 24.2.` }\n```\n";

#[test]
fn twins_that_do_not_line_up_with_their_english_lesson_are_reported_with_file_line_and_reason() {
    let cases = [
        // Restating the English lesson's fields, the same or differently.
        (
            "title: Ffwythiant",
            "id: bmi-function\ntitle: Ffwythiant",
            "lessons/x.cy.md:2: `id` comes from the English file, lessons/01-basics/01-bmi.md: a Welsh twin shares it, and its front matter holds only `title` and `teaches`",
        ),
        (
            "title: Ffwythiant",
            "order: 3\ntitle: Ffwythiant",
            "lessons/x.cy.md:2: `order: 3` differs from the English file's `order: 1` (lessons/01-basics/01-bmi.md)",
        ),
        (
            "title: Ffwythiant",
            "unit: 2\ntitle: Ffwythiant",
            "lessons/x.cy.md:2: `unit: 2` differs from the English file's `unit: 1`",
        ),
        (
            "title: Ffwythiant",
            "suits: clinicians\ntitle: Ffwythiant",
            "lessons/x.cy.md:2: `suits: clinicians` is not in the English file",
        ),
        (
            "title: Ffwythiant",
            "author: fi\ntitle: Ffwythiant",
            "lessons/x.cy.md:2: unknown front matter field `author`: a Welsh twin's front matter holds only `title` and `teaches`",
        ),
        (
            "teaches: ffwythiannau, gwerthoedd a roddir yn ôl\n",
            "",
            "lessons/x.cy.md:3: the front matter has no `teaches:`",
        ),
        // Checks that do not line up: one too few, one too many, hints left out.
        (
            "## Check: Fe wnaethoch chi argraffu'r ateb\n\nMessage: Argraffwch ganlyniad `bmi(70.0, 1.70)`.\n",
            "",
            "lessons/x.cy.md:33: the twin has 1 check(s), and the English lesson (lessons/01-basics/01-bmi.md) has 2: a twin translates every check, in the same order",
        ),
        (
            "## Hints",
            "## Check: Un arall\n\nMessage: Dim.\n\n## Hints",
            "lessons/x.cy.md:34: the check \"Un arall\" is check 3 of the twin, and the English lesson (lessons/01-basics/01-bmi.md) has 2",
        ),
        (
            "Hint: Llinell olaf ffwythiant yw'r gwerth y mae'n ei roi yn ôl.\n",
            "",
            "lessons/x.cy.md:19: the check \"Mae eich ffwythiant <code>bmi</code> yn rhoi'r ateb cywir\" has 1 Hint: line(s), and the English check it translates (\"Your <code>bmi</code> function gives the right answer\") has 2",
        ),
        (
            "## Hints\n\n- Edrychwch ar `dwbl` yn yr esboniad.\n",
            "",
            "lessons/x.cy.md:33: the English lesson has a Hints section with 1 hint(s): translate them in a `## Hints` section",
        ),
        (
            "- Edrychwch ar `dwbl` yn yr esboniad.\n",
            "- Edrychwch ar `dwbl` yn yr esboniad.\n- Ac un arall.\n",
            "lessons/x.cy.md:34: the Hints section has 2 hint(s), and the English lesson's has 1",
        ),
        // A check's own code: only where the check's words are Welsh, and only its words.
        (
            TWIN_CHECK_CODE,
            "",
            "lessons/x.cy.md:19: the check \"Mae eich ffwythiant <code>bmi</code> yn rhoi'r ateb cywir\" shares the English check's code, which gives the learner English words (\"Your bmi function gave for 70 kg and 1.70 m; it sh…\")",
        ),
        (
            "Message: Argraffwch",
            "```rhai\nprinted().contains(\"24.2\")   // the same\n```\n\nMessage: Argraffwch",
            "lessons/x.cy.md:32: the check \"Fe wnaethoch chi argraffu'r ateb\"'s code is the English check's: leave its code block out, and it shares the English code",
        ),
        (
            "if got == 24.2",
            "if got > 24.0",
            "lessons/x.cy.md:21: the check \"Mae eich ffwythiant <code>bmi</code> yn rhoi'r ateb cywir\"'s code differs from the English check's (\"Your <code>bmi</code> function gives the right answer\") in more than its words: a twin's check may change only the text in quotes or backticks (the words it looks for or gives back); if it must do more, say why on a line `// cy: …`",
        ),
        // The rules of any lesson file still hold.
        (
            "## Task",
            "## Tasg",
            "lessons/x.cy.md:15: unknown section `## Tasg`",
        ),
    ];
    for (from, to, expected) in cases {
        let problems = problems_with(from, to);
        assert!(
            problems.iter().any(|problem| problem.starts_with(expected)),
            "{from:?} → {to:?}\n  got: {problems:#?}\n  expected: {expected}"
        );
    }
    // Every problem is reported at once.
    let problems = problems_with(
        "title: Ffwythiant",
        "id: bmi-function\norder: 2\ntitle: Ffwythiant",
    );
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn a_twins_own_check_code_may_do_more_than_change_words_when_it_says_why() {
    let text = good_twin().replace(
        "if got == 24.2",
        "// cy: a test of the reason line\nif got > 24.1 && got < 24.3",
    );
    let welsh = parse_twin("x.cy.md", &text, &english()).unwrap();
    assert!(welsh.checks[0].code.contains("// cy:"));
}

#[test]
fn a_twin_without_an_english_lesson_and_a_unit_twin_that_restates_its_unit_are_reported() {
    let root = std::env::temp_dir().join(format!("c4h-twins-broken-{}", std::process::id()));
    let unit = root.join("lessons/01-basics");
    std::fs::create_dir_all(&unit).unwrap();
    for name in ["unit.md", "01-bmi.md", "01-bmi.cy.md"] {
        std::fs::write(unit.join(name), read(name)).unwrap();
    }
    std::fs::write(unit.join("02-lost.cy.md"), good_twin()).unwrap();
    std::fs::write(
        unit.join("unit.cy.md"),
        "---\nunit: 2\ntitle: Sylfeini\n---\nUned.\n",
    )
    .unwrap();
    let problems: Vec<String> = load_curricula(&root.join("lessons"))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        problems,
        [
            "lessons/01-basics/02-lost.cy.md: a Welsh twin translates the English lesson next to it, and there is no lessons/01-basics/02-lost.md",
            "lessons/01-basics/unit.cy.md:2: `unit: 2` differs from the English file's `unit: 1` (lessons/01-basics/unit.md): a Welsh twin shares it, and its front matter holds only `title`",
        ]
    );
}

#[test]
fn the_checker_proves_a_twin_as_a_lesson_of_its_own() {
    let english = english();
    let good = parse_twin("x.cy.md", &good_twin(), &english).unwrap();

    // A Welsh solution that fails the twin's checks, in the twin's words.
    let mut wrong = good.clone();
    wrong.solution = "fn bmi(w, h) { w / h }\nprint(\"24.2\");\n".into();
    let problems = check_twin(&english, &wrong).problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("Rhoddodd eich ffwythiant bmi 41.2 am 70 kg"),
        "{problems:?}"
    );

    // Its starter must fail a check; its other correct answers pass them all.
    let mut done = good.clone();
    done.starter = good.solution.clone();
    assert!(
        check_twin(&english, &done)
            .problems
            .iter()
            .any(|p| p.contains("the starter already passes every check"))
    );
    let mut one_answer = good.clone();
    one_answer.alternatives.truncate(1);
    assert!(check_twin(&english, &one_answer).problems[0].contains("lists 1 other correct answer"));

    // A twin that shares every check: the English solution must pass them too.
    let mut all_shared = good.clone();
    all_shared.checks[0].code = english.checks[0].code.clone();
    let mut broken_english = english.clone();
    broken_english.solution = "print(24.2);\n".into();
    let problems = check_twin(&broken_english, &all_shared).problems;
    assert!(
        problems.iter().any(
            |p| p.starts_with("the English solution stops with an error")
                || p.starts_with("the English solution fails the check")
        ),
        "{problems:?}"
    );
    // With a check of its own, the English solution is not held to the twin's checks.
    assert!(
        !check_twin(&broken_english, &good)
            .problems
            .iter()
            .any(|p| p.contains("the English solution"))
    );
    assert!(check_lesson(&english).problems.is_empty());
}
