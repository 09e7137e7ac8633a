//! What the Output panel holds, as data: printed lines of each kind, tables, charts and
//! `show` results. The run-state machine makes them; output.rs draws them.

use c4h_charts::{Chart, Table};
use c4h_messages::Message;
use c4h_protocol::Diagnostic;

/// What kind of text a printed line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Print,
    Debug,
    Error,
    Notice,
}

/// One thing in the Output panel.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputKind {
    /// What the script printed.
    Line(LineKind, String),
    /// A line of the page's own ("Stopped."), in the learner's language when drawn.
    Said(LineKind, Message),
    Table(Table),
    Chart(Box<Chart>),
    Shown {
        label: String,
        value: String,
    },
    /// A problem that stopped the code: its sentence, the line of code, the details.
    Problem(Box<Diagnostic>),
}

/// An item with an id that is unique on the page (for keyed lists and element ids).
#[derive(Debug, Clone, PartialEq)]
pub struct OutputItem {
    pub id: usize,
    pub kind: OutputKind,
}
