// The splitter (crates/wasm-build) reads the linker's relocations, which `--emit-relocs`
// keeps in the raw wasm. Only for the browser build with the `split` feature: a wasm that
// keeps them but is not split is several times larger.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY")
        .is_ok_and(|families| families.split(',').any(|family| family == "wasm"));
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
