//! Gives the worker a bigger stack. Rhai walks nested values recursively (to copy them,
//! measure them and free them), and a script can nest lists thousands deep within its
//! time budget: the default 1 MiB wasm stack overflows, which kills the worker.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // 16 MiB: memory the worker reserves, not a download.
        println!("cargo:rustc-link-arg-bins=-zstack-size=16777216");
    }
}
