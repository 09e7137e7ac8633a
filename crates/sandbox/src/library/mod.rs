//! The script library: every function a learner's script can call beyond Rhai's own
//! standard library, one module per family, in the way Rhai's `src/packages/` is laid out:
//!
//! * data: [`patients`] (patients and their records) and [`fhir`] (the read-only FHIR
//!   server); [`nhs_numbers`], [`dates`], [`statistics`];
//! * what a script shows: [`tables`], [`charts`], and [`inputs`] (an app's inputs and its
//!   `show` results), all sent to the run's [`Screen`].
//!
//! All of these, with the rest of Rhai's standard library beyond its core, make the library
//! family ([`family`]), which a host may load when a script first needs it ([`needs`]).
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
mod needs;
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
pub use family::{LibraryFamily, install_library_family, library_family, library_family_installed};
pub use needs::{CORE_WORDS, needs_library_family};
pub use screen::Screen;

/// Adds the operators' mistakes to `engine`, which every script has.
pub fn register_operators(engine: &mut Engine) {
    operators::register(engine);
}

/// Adds the library family to `engine`, where it is there; what the script shows goes to
/// `screen`. Our functions go on the engine itself, not in a shared module: `register_fn`
/// records each parameter's type, which the catalogue and the "it works like this" hints
/// need, and registering them costs microseconds. Rhai's packages in the family are one
/// shared module, built once per thread (family.rs).
pub fn register_family(engine: &mut Engine, screen: &Screen) {
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
    register_operators(&mut engine);
    register_family(&mut engine, &Screen::default());
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

/// The names of the library family's functions (Rhai's fuller standard library's too),
/// sorted, a property's (`get$len`) as its name: for the test of [`CORE_WORDS`].
#[cfg(feature = "catalogue")]
pub fn family_function_names() -> Vec<String> {
    let mut engine = Engine::new_raw();
    (library_family().register)(&mut engine, &Screen::default());
    let mut names: Vec<String> = engine
        .gen_fn_signatures(true)
        .iter()
        .map(|signature| function_name(signature).to_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A signature's function name, a property's (`get$len(…)`, `set$tag(…)`) as its name.
#[cfg(feature = "catalogue")]
pub fn function_name(signature: &str) -> &str {
    let name = signature.split('(').next().unwrap_or_default();
    name.strip_prefix("get$")
        .or_else(|| name.strip_prefix("set$"))
        .unwrap_or(name)
}
