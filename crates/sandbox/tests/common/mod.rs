//! Helpers shared by the sandbox's integration tests.

use c4h_sandbox::{Diagnostic, Event};

/// The diagnostics among a run's events, in order.
pub fn diagnostics(events: &[Event]) -> Vec<&Diagnostic> {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Diagnostic { diagnostic } => Some(diagnostic),
            _ => None,
        })
        .collect()
}
