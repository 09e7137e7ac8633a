//! What the playground leaves out of Rhai on purpose, said plainly with the reason: no
//! clock (every run of a script gives the same answer, which lessons, shared links and
//! tests rely on), no modules (`import`, `export`, `global::`: a script is one file, with
//! nothing to fetch), and no `eval` (every script is only the code the learner can read).
//! Rhai's own words for these ("`export` is a reserved keyword", "no variable called
//! `global`") mislead.

use c4h_protocol::Message;

/// A clock function: `timestamp()`, `now()`.
pub fn clock(name: &str) -> Message {
    Message::new("errors-no-clock").with("name", name)
}

/// `global::NAME`.
pub fn global() -> Message {
    Message::new("errors-no-global")
}

/// A word Rhai keeps for itself; for the ones the playground leaves out, why.
pub fn reserved(word: &str) -> Option<Message> {
    let id = match word {
        "import" | "export" | "module" | "use" => "errors-no-modules",
        "eval" => return Some(eval()),
        "var" | "val" | "dim" => "errors-let-not-var",
        "null" | "nil" => "errors-no-null",
        _ => return None,
    };
    Some(Message::new(id).with("word", word))
}

/// `eval(...)`.
pub fn eval() -> Message {
    Message::new("errors-no-eval")
}
