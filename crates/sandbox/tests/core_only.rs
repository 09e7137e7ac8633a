//! The browser worker runs a script without the library family when `needs_library_family`
//! says it does not need it (src/library/needs.rs). That must never change what the script
//! does: every script the project has (the starter code, the examples, the bench's scripts,
//! every piece of code in every lesson, every beginner's mistake in the table) and a list
//! of scripts at the scan's edges, where the scan says no, gives the same events without
//! the family as with it.
//!
//! Needs the `lazy-library` feature, as the worker is built (the family is not there until
//! it is installed): `cargo test -p c4h-sandbox --features lazy-library --test core_only`.
#![cfg(feature = "lazy-library")]

use std::path::{Path, PathBuf};

use c4h_protocol::Event;
use c4h_sandbox::{
    Limits, install_library_family, library_family, library_family_installed, needs_library_family,
    system_clock,
};

/// Scripts at the edges of what the scan lets through: each runs in the core alone.
const EDGES: &[&str] = &[
    "let n = 7;\nif n.is_odd { print(`${n} is odd`); }\nprint(n.abs() * n.sign());",
    "for (n, i) in range(0, 10, 3) { print(i * n); }",
    "let r = 1..5;\nprint(r.start);\nprint(r.end);\nprint(r.contains(3));",
    "fn half(x) { x / 2.0 }\nprint(half(7));\nprint(7.half());",
    "let text = \"a\";\nif text == \"a\" { print(\"same\"); }\nprint(text < \"b\");",
    "let readings = 0;\nreadings -= 3;\nprint(readings * -1);",
    "let bmi = 70.0 / (1.75 ** 2);\nprint(`BMI ${bmi}`);",
    "print(\"140\" > 100);",
    "let x = 3;\nx = x % 2;\nswitch x { 0 => print(\"even\"), _ => print(\"odd\") }",
    "do { print(1); } while false;",
    "let ok = true && !false;\nprint(ok);",
    "let nothing = ();\nprint(nothing);",
    "print(1 / 0);",
    "sleep(1);",
    "let c = 'x';\nprint(c);",
];

/// Every file under `folder` whose name ends with `extension`.
fn files(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, extension));
        } else if path.to_string_lossy().ends_with(extension) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The code blocks (```rhai) of a lesson file.
fn code_blocks(markdown: &str) -> Vec<String> {
    markdown
        .split("```rhai\n")
        .skip(1)
        .filter_map(|block| block.split_once("```").map(|(code, _)| code.to_owned()))
        .collect()
}

/// Every script of the project, and the edges.
fn scripts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut scripts = Vec::new();
    for folder in ["www", "examples", "bench/scripts"] {
        for path in files(&root.join(folder), ".rhai") {
            let code = std::fs::read_to_string(&path).unwrap();
            scripts.push((path.display().to_string(), code));
        }
    }
    for path in files(&root.join("lessons"), ".md") {
        let markdown = std::fs::read_to_string(&path).unwrap();
        for (index, code) in code_blocks(&markdown).into_iter().enumerate() {
            scripts.push((format!("{} block {}", path.display(), index + 1), code));
        }
    }
    let table: toml::Table =
        toml::from_str(include_str!("../../../tests/mistakes/mistakes.toml")).unwrap();
    for mistake in table["mistake"].as_array().unwrap() {
        let code = mistake["code"].as_str().unwrap().to_owned();
        scripts.push((format!("mistake {}", mistake["name"]), code));
    }
    for (index, code) in EDGES.iter().enumerate() {
        scripts.push((format!("edge {}", index + 1), (*code).to_owned()));
    }
    scripts
}

/// What a run sends, its time left out.
fn events(code: &str) -> Vec<String> {
    let events = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = events.clone();
    c4h_sandbox::run(code, &Limits::default(), system_clock, move |event| {
        sink.borrow_mut().push(match event {
            Event::Finished { outcome, .. } => format!("Finished {outcome:?}"),
            other => format!("{other:?}"),
        });
    });
    events.take()
}

#[test]
fn scripts_the_scan_lets_through_run_the_same_without_the_family() {
    let core_only: Vec<(String, String)> = scripts()
        .into_iter()
        .filter(|(_, code)| !needs_library_family(code))
        .collect();
    // The corpus really has such scripts: the starter code, the first lessons' code.
    assert!(core_only.len() >= 40, "only {} scripts", core_only.len());
    let codes: Vec<String> = core_only.iter().map(|(_, code)| code.clone()).collect();
    let without = std::thread::spawn({
        let codes = codes.clone();
        move || {
            assert!(!library_family_installed());
            codes.iter().map(|code| events(code)).collect::<Vec<_>>()
        }
    })
    .join()
    .unwrap();
    let with = std::thread::spawn(move || {
        install_library_family(library_family());
        codes.iter().map(|code| events(code)).collect::<Vec<_>>()
    })
    .join()
    .unwrap();
    for (((name, code), without), with) in core_only.iter().zip(without).zip(with) {
        assert_eq!(without, with, "{name}:\n{code}");
    }
}

#[test]
fn without_the_family_a_script_that_needs_it_cannot_run() {
    // What the scan guards against: these fail in the core alone.
    std::thread::spawn(|| {
        for code in [
            "print(\"BMI \" + 21.5);",
            "print([1, 2].len());",
            "print(\"abc\".len());",
        ] {
            assert!(needs_library_family(code));
            let events = events(code);
            assert!(
                events.iter().any(|event| event.contains("Failed")),
                "{code}: {events:?}"
            );
        }
    })
    .join()
    .unwrap();
}
