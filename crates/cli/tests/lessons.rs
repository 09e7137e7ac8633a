//! `c4h lessons check` and `c4h lessons export`, as an author and the build use them.

use std::process::Command;

fn c4h() -> Command {
    Command::new(env!("CARGO_BIN_EXE_c4h"))
}

fn fixture() -> String {
    format!(
        "{}/../lessons/tests/fixtures/good",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_good_folder_checks_and_exports() {
    let output = c4h()
        .args(["lessons", "check", &fixture()])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{text}");
    assert!(
        text.ends_with("lessons: 1 good, 0 broken; Welsh twins: 1 good, 0 broken\n"),
        "{text}"
    );

    let out = std::env::temp_dir().join(format!("c4h-lessons-{}.json", std::process::id()));
    let status = c4h()
        .args(["lessons", "export", "--from", &fixture()])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    std::fs::remove_file(&out).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["lang"], "en");
    assert_eq!(json["units"][0]["lessons"][0]["id"], "bmi-function");
    assert_eq!(json["units"][0]["lessons"][0]["lang"], "en");
    // The Welsh curriculum, next to it: c4h-lessons-N.json → c4h-lessons-N.cy.json.
    let welsh_out = out.with_extension("cy.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&welsh_out).unwrap()).unwrap();
    std::fs::remove_file(&welsh_out).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["lang"], "cy");
    assert_eq!(json["units"][0]["title"], "Sylfeini");
    assert_eq!(json["units"][0]["lessons"][0]["id"], "bmi-function");
    assert_eq!(json["units"][0]["lessons"][0]["lang"], "cy");
    assert_eq!(
        json["units"][0]["lessons"][0]["title"],
        "Ffwythiant ar gyfer BMI"
    );
}

#[test]
fn a_twin_named_alone_is_checked_with_its_english_lesson() {
    let twin = format!("{}/01-basics/01-bmi.cy.md", fixture());
    let output = c4h().args(["lessons", "check", &twin]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{text}");
    assert!(text.contains("ok      "), "{text}");
    assert!(
        text.ends_with("lessons: 1 good, 0 broken; Welsh twins: 1 good, 0 broken\n"),
        "{text}"
    );
}

#[test]
fn a_broken_lesson_is_named_with_its_line_and_nothing_is_exported() {
    let root = std::env::temp_dir().join(format!("c4h-lessons-broken-{}", std::process::id()));
    let unit = root.join("lessons/01-basics");
    std::fs::create_dir_all(&unit).unwrap();
    std::fs::copy(
        format!("{}/01-basics/unit.md", fixture()),
        unit.join("unit.md"),
    )
    .unwrap();
    let good = std::fs::read_to_string(format!("{}/01-basics/01-bmi.md", fixture())).unwrap();
    std::fs::write(
        unit.join("01-bmi.md"),
        good.replace("minutes: 5", "minutes: lots"),
    )
    .unwrap();

    let output = c4h()
        .args(["lessons", "check"])
        .arg(root.join("lessons"))
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text.contains("lessons/01-basics/01-bmi.md:6: `minutes` must be a whole number from 1 to 30, not `lots`"), "{text}");

    let out = root.join("lessons.json");
    let output = c4h()
        .args(["lessons", "export", "--from"])
        .arg(root.join("lessons"))
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("01-bmi.md:6:"));
    assert!(!out.exists());
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn try_runs_any_answer_against_a_lessons_checks() {
    // `c4h lessons try [extra] bmi-function -` with `code` on its input.
    let run_with = |extra: &[&str], code: &str| {
        let fixture = fixture();
        let mut arguments = vec!["lessons", "try", "--from", fixture.as_str()];
        arguments.extend_from_slice(extra);
        arguments.extend(["bmi-function", "-"]);
        let mut child = c4h()
            .args(arguments)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(code.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
        )
    };
    let run = |code: &str| run_with(&[], code);
    // An answer the lesson never listed, with a unit after the number.
    let (status, text) =
        run("fn bmi(kg, m) { kg / m / m }\nprint(`${round(bmi(70.0, 1.70), 1)} kg/m²`);");
    assert_eq!(status, Some(0), "{text}");
    assert!(text.ends_with("2 of 2 checks passed.\n"), "{text}");
    assert!(text.starts_with("24.2 kg/m²\n"), "{text}");

    let (status, text) = run("fn bmi(kg, m) { kg / m }\nprint(1);");
    assert_eq!(status, Some(1), "{text}");
    assert!(
        text.contains("NOT YET  Your bmi function gives the right answer"),
        "{text}"
    );
    assert!(
        text.contains("Your bmi function gave 41.2 for 70 kg and 1.70 m"),
        "{text}"
    );
    assert!(text.ends_with("0 of 2 checks passed.\n"), "{text}");

    // --cy: the Welsh twin's checks, in Welsh.
    let (status, text) = run_with(&["--cy"], "fn bmi(kg, m) { kg / m }\nprint(1);");
    assert_eq!(status, Some(1), "{text}");
    assert!(
        text.contains("Rhoddodd eich ffwythiant bmi 41.2 am 70 kg"),
        "{text}"
    );

    let unknown = c4h()
        .args([
            "lessons",
            "try",
            "--from",
            &fixture(),
            "no-such-lesson",
            "-",
        ])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let usage = c4h()
        .args(["lessons", "try", "bmi-function"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}
