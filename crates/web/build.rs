// The splitter (crates/wasm-build) reads the linker's relocations, which `--emit-relocs`
// keeps in the raw wasm. Only for the browser build with the `split` feature: a wasm that
// keeps them but is not split is several times larger.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    strip_english_catalogues();
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY")
        .is_ok_and(|families| families.split(',').any(|family| family == "wasm"));
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}

/// English's first-screen catalogues, built into the page (src/i18n.rs), without their
/// comments, which are for translators: the wasm download is a learner's cost.
fn strip_english_catalogues() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    for area in ["shell", "page"] {
        let source = format!("../../messages/en/{area}.ftl");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("messages/en catalogue");
        let kept: Vec<&str> = text.lines().filter(|line| !line.starts_with('#')).collect();
        std::fs::write(out.join(format!("{area}.ftl")), kept.join("\n") + "\n")
            .expect("OUT_DIR is writable");
    }
}
