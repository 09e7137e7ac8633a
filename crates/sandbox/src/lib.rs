//! c4h-sandbox: the Rhai engine a learner's script runs in.
//!
//! It owns the limits every run is held to ([`Limits`]), the engine built with them and
//! the capture of what a run prints (`engine`, `output`), the teaching diagnostics made
//! from Rhai's errors (`explain`, with "Did you mean ...?" from `suggest`), the script
//! library (`library`: patients, NHS numbers, dates, statistics, FHIR, tables, charts and
//! an app's inputs, one module per family), running a lesson's checks after the
//! learner's code (`lesson_check`), and recording a run step by step for "Watch it run"
//! (`watch`). What a run does leaves as c4h-protocol's `Event`s.
//! It has no web or DOM dependency, so everything here is tested natively and behaves the
//! same in the browser worker and in the `c4h` CLI.
//!
//! Invariants: it must never give a script a way out (no `eval`, no imports, no files,
//! network, storage or clock), nothing reachable from a script may panic, and the engine
//! knows no lessons (checks watch a run through `engine::RunObserver`).

mod check_helpers;
mod clock;
mod engine;
mod explain;
mod explainer;
mod lesson_check;
mod library;
mod limits;
pub mod memory;
mod output;
mod source;
mod suggest;
mod watch;
mod words;

pub use clock::Clock;
#[cfg(not(target_arch = "wasm32"))]
pub use clock::system_clock;
pub use engine::{check_syntax, run, run_app, start_app, syntax_needs_explainer};
#[cfg(feature = "catalogue")]
pub use engine::{core_signatures, library_signatures};
pub use explainer::{Ending, Explainer, explainer, explainer_installed, install_explainer};
#[cfg(not(target_arch = "wasm32"))]
pub use lesson_check::{CheckRun, collect_checks};
pub use lesson_check::{StartChecks, checker, run_checks, start_checks};
#[cfg(feature = "catalogue")]
pub use library::function_names as library_function_names;
pub use library::{
    CORE_WORDS, LibraryFamily, install_library_family, library_family, library_family_installed,
    needs_library_family,
};
#[cfg(feature = "catalogue")]
pub use library::{family_function_names, function_name};
pub use limits::Limits;
pub use suggest::{is_learner_facing, keywords};
pub use watch::{StartWatch, start_watch, watcher};
