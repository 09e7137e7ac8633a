//! The library family: everything the script library adds to Rhai but its operators. That
//! is the data family (the synthetic patients and their records, [`super::patients`], and
//! the FHIR server, [`super::fhir`], with the data set they read) and the helpers a
//! script calls by name: NHS numbers, dates, statistics, and what a script shows (tables,
//! charts, an app's inputs and results). It is most of what the library adds to a download
//! (the data set's generator, its codes, FHIR's JSON, the charts' checks), and a first Run
//! of code that only prints needs none of it, so a host can load it when a script first
//! needs it.
//!
//! Natively (the CLI, the tests) it is always there. With the `lazy-library` feature (the
//! browser worker) it is there once the host has installed it with
//! [`install_library_family`]: the worker fetches the part that holds it (crates/worker)
//! before running a script for which [`needs_library_family`] says yes.

use std::cell::Cell;

use rhai::Engine;

/// The family's entry points, as plain function pointers, so that a host can fetch
/// their code separately and hand them over.
#[derive(Clone, Copy)]
pub struct LibraryFamily {
    /// Adds the family's functions to an engine.
    pub register: fn(&mut Engine, &super::Screen),
    /// Makes the data set (once per thread); gives how many patients it holds.
    pub prepare: fn() -> usize,
}

/// The family itself. A host that loads it separately calls this only from the part it
/// fetches, so that the family's code goes into that part.
pub fn library_family() -> LibraryFamily {
    LibraryFamily {
        register: |engine, screen| {
            super::patients::register(engine);
            super::fhir::register(engine);
            super::nhs_numbers::register(engine);
            super::dates::register(engine);
            super::statistics::register(engine);
            super::tables::register(engine, screen);
            super::charts::register(engine, screen);
            super::inputs::register(engine, screen);
        },
        prepare: || super::population::population().patients.len(),
    }
}

/// The names of the family's functions: a script that calls any of them needs the family.
/// tests/catalogue.rs checks this is every function the family registers.
pub const FAMILY_FUNCTIONS: &[&str] = &[
    "add_days",
    "age",
    "appointments",
    "bar_chart",
    "checkbox",
    "choose",
    "conditions",
    "count",
    "days_between",
    "fhir",
    "format_nhs_number",
    "has_condition",
    "histogram",
    "hospital_stays",
    "immunisations",
    "input_number",
    "input_text",
    "is_valid_nhs_number",
    "line_chart",
    "max",
    "mean",
    "median",
    "medications",
    "min",
    "observation_kinds",
    "observations",
    "patient",
    "patients",
    "practices",
    "round",
    "scatter_chart",
    "show",
    "sum",
    "table",
    "today",
    "vital_signs",
    "year",
];

thread_local! {
    static INSTALLED: Cell<Option<LibraryFamily>> = const { Cell::new(None) };
}

/// Hands the family to the sandbox (a host that loads it separately).
pub fn install_library_family(family: LibraryFamily) {
    INSTALLED.set(Some(family));
}

/// Whether the family is there.
pub fn library_family_installed() -> bool {
    cfg!(not(feature = "lazy-library")) || INSTALLED.get().is_some()
}

/// Whether `code` may call one of the family's functions: it names one of them as a word
/// that is called (`count(`, `list.count`, also across spaces) or written in quotes (as in
/// `Fn("patients")`), anywhere, comments too. A cheap scan, on the safe side, that leaves
/// out words used only as variables' names (`let count = 0;`), which beginners' scripts
/// are full of.
pub fn needs_library_family(code: &str) -> bool {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut rest = code;
    while let Some(start) = rest.find(is_word) {
        // What lies between the last word and this one, and after this one.
        let between = &rest[..start];
        let from_word = &rest[start..];
        let end = from_word
            .find(|c: char| !is_word(c))
            .unwrap_or(from_word.len());
        let (word, following) = from_word.split_at(end);
        if FAMILY_FUNCTIONS.contains(&word) {
            let called = following.trim_start().starts_with('(');
            let method = between.trim_end().ends_with('.');
            let quoted =
                between.ends_with(['"', '\'', '`']) && following.starts_with(['"', '\'', '`']);
            if called || method || quoted {
                return true;
            }
        }
        rest = following;
    }
    false
}

/// The family, where it is there.
fn family() -> Option<LibraryFamily> {
    if cfg!(feature = "lazy-library") {
        INSTALLED.get()
    } else {
        Some(library_family())
    }
}

pub(super) fn register(engine: &mut Engine, screen: &super::Screen) {
    if let Some(family) = family() {
        (family.register)(engine, screen);
    }
}

pub(super) fn prepare() {
    if let Some(family) = family() {
        (family.prepare)();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_that_call_a_family_function_need_the_family() {
        assert!(needs_library_family("let all = patients();"));
        assert!(needs_library_family(
            "for p in patients() { print(p.name); }"
        ));
        assert!(needs_library_family("let f = Fn(\"fhir\");"));
        assert!(needs_library_family("print(mean ([1, 2]));"));
        assert!(needs_library_family("let m = [1, 2].\n  mean();"));
        assert!(needs_library_family("let n = list.count;"));
        assert!(needs_library_family(
            "bar_chart(\"Visits\", [\"Mon\"], [3]);"
        ));
        assert!(needs_library_family("// count( in a comment counts too"));
        assert!(!needs_library_family(
            "print(\"Hello\");\nlet patient_count = 3;"
        ));
        assert!(!needs_library_family("let bmi = 70.0 / (1.75 * 1.75);"));
        // Names used only as variables' names: the starter code and a counting loop.
        assert!(!needs_library_family(
            "let count = 0;\nlet total = 0;\nfor x in [1, 2] { count += 1; total += x; }\nprint(`${count} ${total}`);"
        ));
        assert!(!needs_library_family(include_str!(
            "../../../../www/starter.rhai"
        )));
        assert!(!needs_library_family("let max = 10; let table = [];"));
    }
}
