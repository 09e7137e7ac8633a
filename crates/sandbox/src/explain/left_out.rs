//! What the playground leaves out of Rhai on purpose, said plainly with the reason: no
//! clock (every run of a script gives the same answer, which lessons, shared links and
//! tests rely on), no modules (`import`, `export`, `global::`: a script is one file, with
//! nothing to fetch), and no `eval` (every script is only the code the learner can read).
//! Rhai's own words for these ("`export` is a reserved keyword", "no variable called
//! `global`") mislead.

/// A clock function: `timestamp()`, `now()`.
pub fn clock(name: &str) -> String {
    format!(
        "The playground has no clock, so `{name}` is left out: a script gives the same answer \
         every time it runs, which lessons and shared links rely on. For the date, \
         `today()` gives the data set's \"today\". The status line under Run says how long \
         your script took."
    )
}

/// `global::NAME`.
pub fn global() -> String {
    "`global::` is left out of the playground, with modules. A function cannot see names \
     made outside it, so give it the value instead: write `fn f(max) { ... }` and call \
     `f(MAX)`."
        .into()
}

/// A word Rhai keeps for itself; for the ones the playground leaves out, why.
pub fn reserved(word: &str) -> Option<String> {
    Some(match word {
        "import" | "export" | "module" | "use" => format!(
            "`{word}` shares code between files (modules). The playground runs one script \
             on its own, so `{word}` is left out: put everything the script needs in it."
        ),
        "eval" => eval(),
        "var" | "val" | "dim" => {
            format!("Rhai makes a variable with `let`, not `{word}`: `let x = 5;`.")
        }
        "null" | "nil" => format!(
            "Rhai has no `{word}`. \"Nothing\" is written `()`, and you can test for it with \
             `x == ()`."
        ),
        _ => return None,
    })
}

/// `eval(...)`.
pub fn eval() -> String {
    "`eval` runs text as code, so the playground leaves it out: a script is only the code \
     you can read. Write the code itself instead of putting it in text."
        .into()
}
