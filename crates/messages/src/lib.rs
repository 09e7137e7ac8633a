//! c4h-messages: every word the product shows a learner, in English and Welsh.
//!
//! The words live in message catalogues, one Fluent file per area and language
//! (`messages/<lang>/<area>.ftl` at the top of the repository). Fluent is Mozilla's
//! standard for translations whose grammar differs from English: a message names its
//! values (`{ $count }`) and chooses its words by CLDR plural category (`{ $count -> [one]
//! … *[other] … }`), which Welsh, with six categories, needs. This crate reads the part of
//! Fluent's syntax we use (text, variables, string literals, message and term references,
//! selections on plural categories or words) and renders it; anything else is an error
//! naming its line. Its tests render every message of every catalogue with the reference
//! implementation (fluent-bundle) too and require the same text, so our catalogues are real
//! Fluent that any translator's tool reads, while the page carries a few KB of code instead
//! of fluent-bundle's.
//!
//! A [`Message`] is a message as data (its id and values), so the worker can say what went
//! wrong without choosing a language, and the page or the CLI renders it in the learner's.
//!
//! Native hosts (the CLI, tests) turn on the `built-in` feature: every catalogue compiled
//! in, read once ([`built_in`], [`say`]). The page never does: it fetches its catalogues.
//!
//! Invariant: no I/O; it never chooses the language (the page and the CLI do).

#[cfg(feature = "built-in")]
mod built_in;
mod ftl;
mod lang;
mod message;
mod plural;
mod render;

#[cfg(feature = "built-in")]
pub use built_in::{AREAS, built_in, say};
pub use ftl::{Catalogue, CatalogueError};
pub use lang::Lang;
pub use message::{Arg, Message};
pub use plural::{Plural, plural_category};
pub use render::render;
