//! The sandbox's words in Welsh: a diagnostic is data (a message id and its values), so one
//! run reads in either language; and every message id the sandbox names is in both
//! catalogues (messages/{en,cy}/errors.ftl).

mod common;

use std::path::Path;

use c4h_protocol::words::{Words, english, welsh};
use c4h_protocol::{Diagnostic, Lang};
use c4h_sandbox::Limits;

fn diagnostic_of(code: &str, limits: &Limits) -> Diagnostic {
    let run = common::run_with(code, &[], limits, || 0.0);
    run.diagnostics()
        .last()
        .map(|diagnostic| (*diagnostic).clone())
        .expect("a diagnostic")
}

#[test]
fn a_syntax_error_reads_in_welsh_with_its_line() {
    let diagnostic = diagnostic_of("let weight = 70\nprint(weight);", &Limits::default());
    assert_eq!(
        diagnostic.summary(&welsh),
        "Problem ar linell 1: Mae hanner colon `;` ar goll yma, ar ddiwedd y cyfarwyddyd \
         hwn. Mae pob cyfarwyddyd yn gorffen gyda `;`."
    );
    // The same diagnostic, in English.
    assert!(
        diagnostic
            .summary(&english)
            .starts_with("Problem on line 1: A semicolon `;` is missing here"),
    );
    // The code and Rhai's own words stay as they are; the frame around them is Welsh.
    let text = diagnostic.to_text(&welsh);
    assert!(text.contains("\n    1 | let weight = 70\n"), "{text}");
    assert!(
        text.contains("\n  Manylion: colofn 16; Neges Rhai: "),
        "{text}"
    );
}

#[test]
fn did_you_mean_reads_in_welsh() {
    let diagnostic = diagnostic_of("let total = 5;\nprint(totl);", &Limits::default());
    assert_eq!(diagnostic.line, Some(2));
    assert_eq!(
        welsh(&diagnostic.message),
        "Does dim newidyn o'r enw `totl` yma. Oeddech chi'n golygu `total`? Rhaid i'r \
         priflythrennau a'r sillafu gyfateb yn union."
    );
    let library = diagnostic_of("prnt(1);", &Limits::default());
    assert!(
        welsh(&library.message).contains("Oeddech chi'n golygu `print`?"),
        "{}",
        welsh(&library.message)
    );
}

#[test]
fn a_limit_stop_reads_in_welsh() {
    let limits = Limits {
        max_operations: 10_000,
        ..Limits::default()
    };
    let diagnostic = diagnostic_of("loop {}", &limits);
    let summary = diagnostic.summary(&welsh);
    assert!(
        summary.starts_with(
            "Wedi stopio ar linell 1: Cymerodd eich sgript ormod o gamau (mwy na 10,000), \
             felly cafodd ei stopio."
        ),
        "{summary}"
    );
}

#[test]
fn library_errors_read_in_welsh_with_their_values_in_words() {
    let diagnostic = diagnostic_of("mean([1, \"two\"]);", &Limits::default());
    assert_eq!(
        welsh(&diagnostic.message),
        "Mae angen rhestr o rifau ar mean(), ond y testun \"two\" yw eitem 1 (gan gyfrif o 0)."
    );
    assert_eq!(
        english(&diagnostic.message),
        "mean() needs a list of numbers, but item 1 (counting from 0) is the text \"two\"."
    );
}

/// Every `"errors-…"` id written in the code that makes messages, in both catalogues (ids
/// the mistakes do not reach included).
#[test]
fn every_id_the_code_names_is_in_both_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = Vec::new();
    for dir in [
        "crates/sandbox/src",
        "crates/protocol/src",
        "crates/worker/src",
    ] {
        collect_rust_files(&root.join(dir), &mut sources);
    }
    assert!(sources.len() > 20, "{} files", sources.len());
    let mut ids = Vec::new();
    for path in &sources {
        let text = std::fs::read_to_string(path).unwrap();
        for (at, _) in text.match_indices("\"errors-") {
            let rest = &text[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(rest.len());
            if rest[end..].starts_with('"') {
                ids.push(rest[..end].to_owned());
            }
        }
    }
    ids.sort();
    ids.dedup();
    assert!(ids.len() > 200, "{} ids", ids.len());
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let catalogue = Words::of(lang).catalogue();
        for id in &ids {
            // `unknown_name` in library/patients.rs adds `-suggest` for its second form.
            let suggest = format!("{id}-suggest");
            let needed = if id == "errors-no-observation-kind" || id == "errors-no-condition" {
                vec![id.as_str(), suggest.as_str()]
            } else {
                vec![id.as_str()]
            };
            for id in needed {
                if !catalogue.has(id) {
                    missing.push(format!("{}: {id}", lang.code()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:?}");
}

fn collect_rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}
