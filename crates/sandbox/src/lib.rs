//! c4h-sandbox: the Rhai engine a learner's script runs in.
//!
//! It owns the limits every run is held to ([`Limits`]), the capture of printed output,
//! the plain-English diagnostics ([`Diagnostic`]), the protocol types the page and the
//! worker exchange ([`protocol`]), the health-data API: the functions a script calls
//! to reach c4h-healthdata's synthetic patients (`health`) and their reference ([`api`]),
//! and what a script shows besides text (`visual`): tables, charts, and an app's inputs.
//! It has no web or DOM dependency, so everything here is tested natively and behaves the same in the browser worker and in the `c4h` CLI.
//! The engine is behind the default `engine` feature: the page (c4h-web) turns it off and
//! gets only the protocol types, so it cannot run a script on its own thread by mistake.
//! It must never give a script a way out: no `eval`, no imports, no files, network,
//! storage or clock, and nothing reachable from a script may panic.

pub mod api;
pub mod diagnostics;
#[cfg(feature = "engine")]
mod engine;
#[cfg(feature = "engine")]
mod explain;
#[cfg(feature = "engine")]
pub mod health;
#[cfg(feature = "engine")]
mod lesson_check;
pub mod limits;
#[cfg(feature = "engine")]
pub mod memory;
pub mod protocol;
#[cfg(feature = "engine")]
mod suggest;
#[cfg(feature = "engine")]
pub mod visual;

pub use diagnostics::{Diagnostic, DiagnosticKind};
#[cfg(feature = "catalogue")]
pub use engine::library_signatures;
#[cfg(all(feature = "engine", not(target_arch = "wasm32")))]
pub use engine::system_clock;
#[cfg(feature = "engine")]
pub use engine::{Clock, check_syntax, run, run_app};
#[cfg(feature = "engine")]
pub use lesson_check::{CheckRun, collect_checks, run_checks};
pub use limits::Limits;
pub use protocol::{
    Event, InputControl, InputKind, InputValue, InputValues, Outcome, Request, Stream,
    WorkerMessage,
};
// The chart and table values in events, so hosts need not name c4h-charts themselves.
pub use c4h_charts as charts;
