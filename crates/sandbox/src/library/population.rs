//! The synthetic population scripts read: made once per thread, on first use.
//!
//! The engine makes it before a run's memory baseline and clock start, so it never counts
//! against a learner's script; the worker makes it as soon as it starts, while the learner
//! reads the page.

use std::cell::OnceCell;
use std::rc::Rc;

use c4h_healthdata::{Population, Settings, generate};

thread_local! {
    static POPULATION: OnceCell<Rc<Population>> = const { OnceCell::new() };
}

/// The default population, made on first use on this thread.
pub fn population() -> Rc<Population> {
    POPULATION.with(|cell| Rc::clone(cell.get_or_init(|| Rc::new(generate(Settings::default())))))
}
