//! The data family: the synthetic patients and their records ([`super::patients`]) and the
//! FHIR server ([`super::fhir`]), with the data set they read. It is most of what the
//! script library adds to a download (the data set's generator, its codes, FHIR's JSON),
//! so a host can load it when a script first needs it.
//!
//! Natively (the CLI, the tests) it is always there. With the `lazy-data` feature (the
//! browser worker) it is there once the host has installed it with
//! [`install_data_family`]: the worker fetches the part that holds it (crates/worker)
//! before running a script for which [`needs_data_family`] says yes.

use std::cell::Cell;

use rhai::Engine;

/// The data family's entry points, as plain function pointers, so that a host can fetch
/// their code separately and hand them over.
#[derive(Clone, Copy)]
pub struct DataFamily {
    /// Adds the family's functions to an engine.
    pub register: fn(&mut Engine),
    /// Makes the data set (once per thread); gives how many patients it holds.
    pub prepare: fn() -> usize,
}

/// The family itself. A host that loads it separately calls this only from the part it
/// fetches, so that the family's code goes into that part.
pub fn data_family() -> DataFamily {
    DataFamily {
        register: |engine| {
            super::patients::register(engine);
            super::fhir::register(engine);
        },
        prepare: || super::population::population().patients.len(),
    }
}

/// The names of the family's functions: a script that uses any of them needs the family.
/// tests/catalogue.rs checks this is every function the family registers.
pub const DATA_FUNCTIONS: &[&str] = &[
    "appointments",
    "conditions",
    "fhir",
    "has_condition",
    "hospital_stays",
    "immunisations",
    "medications",
    "observation_kinds",
    "observations",
    "patient",
    "patients",
    "practices",
    "vital_signs",
];

thread_local! {
    static INSTALLED: Cell<Option<DataFamily>> = const { Cell::new(None) };
}

/// Hands the family to the sandbox (a host that loads it separately).
pub fn install_data_family(family: DataFamily) {
    INSTALLED.set(Some(family));
}

/// Whether the family is there.
pub fn data_family_installed() -> bool {
    cfg!(not(feature = "lazy-data")) || INSTALLED.get().is_some()
}

/// Whether `code` may call one of the family's functions: it names one of them as a word,
/// anywhere (in a string too, as in `Fn("patients")`). A cheap scan, on the safe side.
pub fn needs_data_family(code: &str) -> bool {
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|word| DATA_FUNCTIONS.contains(&word))
}

/// The family, where it is there.
fn family() -> Option<DataFamily> {
    if cfg!(feature = "lazy-data") {
        INSTALLED.get()
    } else {
        Some(data_family())
    }
}

pub(super) fn register(engine: &mut Engine) {
    if let Some(family) = family() {
        (family.register)(engine);
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
    fn scripts_that_name_a_data_function_need_the_family() {
        assert!(needs_data_family("let all = patients();"));
        assert!(needs_data_family("for p in patients() { print(p.name); }"));
        assert!(needs_data_family("let f = Fn(\"fhir\");"));
        assert!(!needs_data_family(
            "print(\"Hello\");\nlet patient_count = 3;"
        ));
        assert!(!needs_data_family("let bmi = 70.0 / (1.75 * 1.75);"));
    }
}
