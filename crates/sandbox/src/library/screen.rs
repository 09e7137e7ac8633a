//! The [`Screen`] of a run: where the tables, charts, results and inputs that the script
//! shows go (as [`Event`]s, in order with its printed lines), the input values the learner
//! set, and the caps on how much one run may show.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use c4h_protocol::{Event, InputValue, InputValues, Message};

use super::error::{Result, fail};
use super::values::shorten;

/// At most this many tables and charts in one run: each one is drawn on the page.
pub const MAX_PICTURES: usize = 50;
/// At most this many `show` results in one run.
pub const MAX_SHOWN: usize = 500;
/// At most this many inputs in one app.
pub const MAX_INPUTS: usize = 50;

/// What a run puts on the screen besides printed text: where its tables, charts, results
/// and inputs go, the input values it was given, and how many of each it has made.
/// Cheap to clone: clones share one state.
#[derive(Clone, Default)]
pub struct Screen {
    state: Rc<RefCell<ScreenState>>,
}

#[derive(Default)]
struct ScreenState {
    sink: Option<Box<dyn FnMut(Event)>>,
    inputs: InputValues,
    labels_used: BTreeSet<String>,
    pictures: usize,
    shown: usize,
}

impl Screen {
    /// A screen that sends events to `sink` and answers inputs from `inputs`.
    pub fn new(inputs: InputValues, sink: impl FnMut(Event) + 'static) -> Screen {
        Screen {
            state: Rc::new(RefCell::new(ScreenState {
                sink: Some(Box::new(sink)),
                inputs,
                ..ScreenState::default()
            })),
        }
    }

    pub fn send(&self, event: Event) {
        // The sink is taken out while it runs, so sending never holds the state borrowed.
        let sink = self.state.borrow_mut().sink.take();
        if let Some(mut sink) = sink {
            sink(event);
            self.state.borrow_mut().sink = Some(sink);
        }
    }

    pub fn count_picture(&self, what: &str) -> Result<()> {
        let mut state = self.state.borrow_mut();
        state.pictures += 1;
        if state.pictures > MAX_PICTURES {
            return fail(
                Message::new("errors-too-many-pictures")
                    .with("max", MAX_PICTURES)
                    .with("function", what),
            );
        }
        Ok(())
    }

    /// Counts one `show` result, or explains why there are too many.
    pub fn count_shown(&self) -> Result<()> {
        let mut state = self.state.borrow_mut();
        state.shown += 1;
        if state.shown > MAX_SHOWN {
            return fail(Message::new("errors-too-many-results").with("max", MAX_SHOWN));
        }
        Ok(())
    }

    /// Claims `label` for an input, or explains why it cannot be one.
    pub fn claim_label(&self, function: &str, label: &str) -> Result<String> {
        let label = label.trim();
        if label.is_empty() {
            return fail(Message::new("errors-input-needs-label").with("function", function));
        }
        let label = shorten(label);
        let mut state = self.state.borrow_mut();
        if !state.labels_used.insert(label.clone()) {
            return fail(Message::new("errors-input-label-twice").with("label", label));
        }
        if state.labels_used.len() > MAX_INPUTS {
            return fail(Message::new("errors-too-many-inputs").with("max", MAX_INPUTS));
        }
        Ok(label)
    }

    pub fn given(&self, label: &str) -> Option<InputValue> {
        self.state.borrow().inputs.get(label).cloned()
    }
}
