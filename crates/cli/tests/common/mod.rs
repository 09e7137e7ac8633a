//! What the CLI's test files share: running the real `c4h` binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `c4h ARGUMENTS` with `stdin` on its input, in English whatever the machine's language.
pub fn c4h(arguments: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_c4h"))
        .args(arguments)
        .env_remove("C4H_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("c4h starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("c4h finishes")
}
