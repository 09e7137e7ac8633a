//! The one error of the script library: a mistake in a call, with the message the learner
//! sees (as data: an id in messages/<lang>/errors.ftl and its values). Every family of
//! functions raises it through [`fail`]; `explain` shows its message as it is, because
//! Rhai's own wording would only name a Rust type.

use c4h_protocol::Message;
use rhai::{Dynamic, EvalAltResult, Position};

/// A mistake in a call to a library function, with the message the learner sees.
#[derive(Debug, Clone)]
pub struct LibraryError(pub Message);

/// What a library function gives back to Rhai.
pub type Result<T> = std::result::Result<T, Box<EvalAltResult>>;

/// Ends the call with `message` for the learner.
pub fn fail<T>(message: Message) -> Result<T> {
    Err(Box::new(EvalAltResult::ErrorRuntime(
        Dynamic::from(LibraryError(message)),
        Position::NONE,
    )))
}
