//! The library family: everything a script can call beyond the core that every script has
//! (Rhai's language core, arithmetic, text from values, ranges and comparisons: engine.rs;
//! and the operators' mistakes). That is the rest of Rhai's standard library (arrays, maps,
//! maths, more about text, function pointers: [`StandardMorePackage`]), the data family
//! (the synthetic patients and their records, [`super::patients`], and the FHIR server,
//! [`super::fhir`], with the data set they read) and the helpers a script calls by name:
//! NHS numbers, dates, statistics, and what a script shows (tables, charts, an app's inputs
//! and results). It is most of what the engine and the library add to a download (Rhai's
//! array, map and text functions, the data set's generator, its codes, FHIR's JSON, the
//! charts' checks), and a first Run of code that only prints, counts and compares needs
//! none of it, so a host can load it when a script first needs it.
//!
//! Natively (the CLI, the tests) it is always there. With the `lazy-library` feature (the
//! browser worker) it is there once the host has installed it with
//! [`install_library_family`]: the worker fetches the part that holds it (crates/worker)
//! before running a script for which [`needs_library_family`] (needs.rs) says yes.

use std::cell::Cell;

use rhai::packages::{
    BasicArrayPackage, BasicFnPackage, BasicMapPackage, BasicMathPackage, MoreStringPackage,
    Package,
};
use rhai::{Engine, Module, Shared};

rhai::def_package! {
    /// The rest of Rhai's standard library that learners' scripts can call, beyond the
    /// core every script has (engine.rs): arrays, maps, maths, more about text and function
    /// pointers. It is most of Rhai's library by size (about 70 KB of the worker's download,
    /// gzip), and code that only prints, counts and compares needs none of it.
    StandardMorePackage(module):
        BasicFnPackage,
        BasicMathPackage,
        BasicArrayPackage,
        BasicMapPackage,
        MoreStringPackage
    {}
}

thread_local! {
    /// Built once per thread, as the core is (engine.rs).
    static STANDARD_MORE: Shared<Module> = StandardMorePackage::new().as_shared_module();
}

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
            engine.register_global_module(STANDARD_MORE.with(Shared::clone));
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
