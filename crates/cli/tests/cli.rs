//! Runs the real `c4h` binary: output, exit codes, standard input and JSON events.

use std::io::Write;
use std::process::{Command, Stdio};

mod common;
use common::c4h;

fn script_file(name: &str, code: &str) -> std::path::PathBuf {
    let directory = std::env::temp_dir().join(format!("c4h-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let path = directory.join(name);
    std::fs::write(&path, code).unwrap();
    path
}

#[test]
fn runs_a_file_and_prints_its_output() {
    let path = script_file("hello.rhai", "print(\"hello\");\ndebug(42);\n");
    let output = c4h(&["run", path.to_str().unwrap()], "");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "hello\n42\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_script_error_exits_1_with_the_line_the_code_and_the_details() {
    let output = c4h(&["run", "-"], "print(\"before\");\nlet x = 10 / 0;\n");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with(
            "before\nProblem on line 2: You tried to divide by zero, which has no answer."
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n    2 | let x = 10 / 0;\n      |            ^\n  Details: column 12; Rhai's message: "),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_syntax_error_exits_1() {
    let output = c4h(&["run", "-"], "let x = ;\n");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("Problem on line 1: ") && stdout.contains("Details: column 9;"),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_endless_loop_is_stopped_with_a_plain_message() {
    let output = c4h(&["run", "-"], "loop {}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Stopped on line 1"), "{stdout}");
    assert!(stdout.contains("loop that never ends"));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(c4h(&["run"], "").status.code(), Some(2));
    assert_eq!(c4h(&["jump"], "").status.code(), Some(2));
    let missing = c4h(&["run", "/no/such/file.rhai"], "");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("could not read"));
}

#[test]
fn json_mode_prints_the_worker_events() {
    let output = c4h(&["run", "--json", "-"], "print(\"a\");\nprint(missing);");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    // A syntax error (an unknown variable is found before running) and the end.
    assert_eq!(events.len(), 2, "{stdout}");
    let diagnostic = &events[0]["diagnostic"]["diagnostic"];
    assert_eq!(diagnostic["kind"], "syntax");
    assert_eq!(diagnostic["line"], 2);
    // The explanation is data, for the page (or a tool) to render in its language.
    assert_eq!(diagnostic["message"]["id"], "errors-no-variable-make");
    assert_eq!(events[1]["finished"]["outcome"], "failed");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn the_benchmark_scripts_run_to_completion_within_the_default_limits() {
    // `make bench` times them in the browser and natively; a script stopped by a limit
    // would measure the limit, not the engine.
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/scripts");
    let mut scripts = 0;
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        let output = c4h(&["run", path.to_str().unwrap()], "");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
        scripts += 1;
    }
    assert!(scripts >= 5);
}

#[test]
fn lang_cy_prints_problems_in_welsh() {
    let output = c4h(
        &["run", "--lang", "cy", "-"],
        "print(\"cyn\");\nlet x = 10 / 0;\n",
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with(
            "cyn\nProblem ar linell 2: Rydych chi wedi ceisio rhannu â sero, sydd heb ateb."
        ),
        "{stdout}"
    );
    // The code and Rhai's own words as they are; the frame in Welsh.
    assert!(
        stdout.contains(
            "\n    2 | let x = 10 / 0;\n      |            ^\n  Manylion: colofn 12; Neges Rhai: "
        ),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(1));
    // A syntax error with its line, and "Did you mean".
    let output = c4h(
        &["run", "--lang", "cy", "-"],
        "let total = 1;\nprint(totl);\n",
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Problem ar linell 2: "), "{stdout}");
    assert!(stdout.contains("Oeddech chi'n golygu `total`?"), "{stdout}");
    // English is the default, and `--lang en` asks for it.
    let output = c4h(&["run", "--lang", "en", "-"], "loop {}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Stopped on line 1: "), "{stdout}");
}

#[test]
fn c4h_lang_chooses_the_language_when_lang_is_not_given() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_c4h"))
        .args(["run", "-"])
        .env("C4H_LANG", "cy")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("c4h starts");
    child.stdin.take().unwrap().write_all(b"loop {}").unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("Wedi stopio ar linell 1: "), "{stdout}");
}
