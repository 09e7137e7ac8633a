//! The script library: every function a learner's script can call beyond Rhai's own
//! standard library, one module per family, in the way Rhai's `src/packages/` is laid out:
//!
//! * data: [`patients`] (patients and their records) and [`fhir`] (the read-only FHIR
//!   server); [`nhs_numbers`], [`dates`], [`statistics`];
//! * what a script shows: [`tables`], [`charts`], and [`inputs`] (an app's inputs and its
//!   `show` results), all sent to the run's [`Screen`].
//!
//! All of these make the library family ([`family`]), which a host may load when a script
//! first calls one of them.
//!
//! [`operators`] makes comparing text with a number, and other operators whose answer would
//! quietly mislead a beginner, a mistake with a message. Shared pieces are leaves: [`error`] (the one error, [`LibraryError`], whose message the
//! learner sees), `values` (Rhai values from the data set's), `population` (the data set,
//! made once per thread). The API reference the page shows (c4h-protocol's `api`) names
//! exactly these functions; tests/catalogue.rs checks both ways.

mod charts;
mod dates;
mod error;
mod family;
mod fhir;
mod inputs;
mod nhs_numbers;
mod operators;
mod patients;
mod population;
mod screen;
mod statistics;
mod tables;
mod values;

use rhai::Engine;

pub use error::{LibraryError, fail};
pub use family::{
    FAMILY_FUNCTIONS, LibraryFamily, install_library_family, library_family,
    library_family_installed, needs_library_family,
};
pub use screen::Screen;

/// Adds every family of functions to `engine`; what the script shows goes to `screen`.
/// On the engine itself, not in a shared module: `register_fn` records each parameter's
/// type, which the catalogue and the "it works like this" hints need, and registering
/// these functions costs microseconds.
pub fn register(engine: &mut Engine, screen: &Screen) {
    operators::register(engine);
    family::register(engine, screen);
}

/// Makes what the library needs before a run starts (the data set, where the library family
/// is there), so that it never counts against a script's time or memory.
pub fn prepare() {
    family::prepare();
}

/// The names of the library's functions (not Rhai's own), sorted, each once: for the test
/// that the API reference and the library name the same set.
#[cfg(feature = "catalogue")]
pub fn function_names() -> Vec<String> {
    let mut engine = Engine::new_raw();
    register(&mut engine, &Screen::default());
    let mut names: Vec<String> = engine
        .gen_fn_signatures(false)
        .into_iter()
        .map(|signature| signature.split('(').next().unwrap_or_default().to_owned())
        // Operators (`>` between text and a number, operators.rs) are not functions a
        // learner calls by name.
        .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The names of the library family's functions, sorted: for the test that
/// [`FAMILY_FUNCTIONS`] lists them all.
#[cfg(feature = "catalogue")]
pub fn family_function_names() -> Vec<String> {
    let mut engine = Engine::new_raw();
    (library_family().register)(&mut engine, &Screen::default());
    let mut names: Vec<String> = engine
        .gen_fn_signatures(false)
        .into_iter()
        .map(|signature| signature.split('(').next().unwrap_or_default().to_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}
