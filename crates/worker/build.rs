//! Gives the worker a bigger wasm stack (the stack Rust keeps in linear memory).
//!
//! Rhai walks nested values recursively (to copy, measure and free them), and a script can
//! nest lists thousands deep within its time budget. Each level uses both the browser's own
//! call stack and this one. The browser's has a guard: it throws "Maximum call stack size
//! exceeded", which the page explains to the learner. Rust's wasm stack has none: running
//! past its end would silently overwrite memory. Making it far bigger than the browser's
//! ensures the browser's guard always trips first.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // 16 MiB of the worker's memory, reserved, not downloaded.
        println!("cargo:rustc-link-arg-bins=-zstack-size=16777216");
    }
}
