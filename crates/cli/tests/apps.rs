//! `c4h run` with an app's input values and `--out DIR` for charts, as a learner or a lesson
//! author would use it.

use std::process::Command;

fn c4h() -> Command {
    Command::new(env!("CARGO_BIN_EXE_c4h"))
}

fn example(name: &str) -> String {
    format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn input_values_from_the_command_line_reach_the_app() {
    let output = c4h()
        .args([
            "run",
            "--input",
            "Weight in kilograms=90",
            "--input",
            "Height in metres=1.8",
        ])
        .arg(example("bmi-calculator.rhai"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text,
        "Input \"Weight in kilograms\": 90\nInput \"Height in metres\": 1.8\nYour BMI: 27.8\nBMI range: Overweight\nPlease note: For learning only: not medical advice. These ranges are for adults only.\nLower thresholds: For people of South Asian, Chinese, other Asian, Middle Eastern, Black African or African-Caribbean family background, NICE uses lower ones: overweight from 23, obesity from 27.5.\n"
    );
}

#[test]
fn charts_are_written_as_svg_files() {
    let dir = std::env::temp_dir().join(format!("c4h-cli-charts-{}", std::process::id()));
    let output = c4h()
        .args(["run", "--out"])
        .arg(&dir)
        .arg(example("blood-pressure-diary.rhai"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Chart: Blood pressure of "), "{text}");
    let svg = std::fs::read_to_string(dir.join("chart-1.svg")).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("<title id=\"chart-1-title\">Blood pressure of "));
    assert!(svg.contains("Systolic (top number)"));
    assert!(!dir.join("chart-2.svg").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_that_cannot_be_written_is_reported_and_the_run_goes_on() {
    // A file where the folder should be.
    let blocker = std::env::temp_dir().join(format!("c4h-cli-blocker-{}", std::process::id()));
    std::fs::write(&blocker, "not a folder").unwrap();
    let output =
        c4h()
            .args(["run", "--out"])
            .arg(&blocker)
            .arg("-")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(
                    b"line_chart(\"Steps\", [1, 2], [4000, 6500]);\nprint(\"after\");",
                )?;
                child.wait_with_output()
            })
            .unwrap();
    std::fs::remove_file(&blocker).unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("could not write"));
    assert!(String::from_utf8_lossy(&output.stdout).ends_with("after\n"));
}
