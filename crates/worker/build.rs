//! Link settings for the worker's wasm.
//!
//! A bigger wasm stack (the stack Rust keeps in linear memory): Rhai walks nested values
//! recursively (to copy, measure and free them), and a script can nest lists thousands
//! deep within its time budget. Each level uses both the browser's own call stack and this
//! one. The browser's has a guard: it throws "Maximum call stack size exceeded", which the
//! page explains to the learner. Rust's wasm stack has none: running past its end would
//! silently overwrite memory. Making it far bigger than the browser's ensures the
//! browser's guard always trips first.
//!
//! The linker's relocations (`--emit-relocs`), which the splitter (crates/wasm-build)
//! reads: only for the browser build with the `split` feature, because a wasm that keeps
//! them but is not split is several times larger.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // 16 MiB of the worker's memory, reserved, not downloaded.
        println!("cargo::rustc-link-arg-bins=-zstack-size=16777216");
        if std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
            println!("cargo::rustc-link-arg-bins=--emit-relocs");
        }
    }
}
