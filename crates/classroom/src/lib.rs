//! c4h-classroom: a classroom with no accounts and no server, built from links.
//!
//! A teacher's [`Class`] (a name, a short message and lessons in order) travels as a class
//! link (`#class=`); a learner's [`HandIn`] (the class's name, a display name they chose,
//! and each of the class's lessons with the code they last checked, if any) travels as a
//! hand-in link (`#handin=`) or a `.c4h` file holding that link. The envelope (version,
//! length, caps) is c4h-links'; this crate owns what is inside, read all or nothing: a
//! payload with any field out of its bounds is damaged, never half-read.
//!
//! [`Marking`] is the teacher's table, learner by lesson: which cells need the lesson's
//! checks run (the host runs them in the sandbox: results stored in a hand-in are never
//! trusted, and a hand-in holds none), each cell's [`Mark`], totals, and the table as CSV
//! ([`csv`]). [`qr`] draws a link as a QR code in SVG for a projector.
//!
//! Invariant: no engine, no page, no I/O. Compression is the host's (the browser's own
//! deflate on the page); the `deflate` feature gives native hosts (the CLI, tests) a Rust
//! one ([`native`]).

mod class;
pub mod csv;
mod handin;
mod marking;
#[cfg(feature = "deflate")]
pub mod native;
pub mod qr;
mod text;

pub use class::{Class, MAX_CLASS_LESSONS, MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
pub use handin::{HandIn, HandedLesson, MAX_LEARNER_CHARS};
pub use marking::{Cell, CheckOutcome, Job, Mark, Marking, Row, Unmarked, passes};
pub use text::{first_sentence, valid_lesson_id};

/// Why a class link or a hand-in could not be read (the envelope's problems, and a payload
/// that is not what it should be, which is [`c4h_links::LinkProblem::Damaged`]).
pub use c4h_links::LinkProblem;
