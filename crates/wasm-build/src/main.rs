//! c4h-wasm-build: builds the page's and the worker's WebAssembly, each split into a main
//! module and parts loaded when first used.
//!
//! For each of the page (c4h-web) and the worker (c4h-worker):
//! 1. `cargo build --release --target wasm32-unknown-unknown --features split`; the crate's
//!    build.rs links with `--emit-relocs`, which the splitter needs;
//! 2. split the raw wasm with `wasm_split_cli_support` (what cargo-leptos uses): every
//!    `#[lazy]` / `#[wasm_split]` function and what only it reaches becomes a part of its
//!    own, fetched the first time it is called;
//! 3. `wasm-bindgen --target web --keep-lld-exports` on the main module (the parts import
//!    its memory and function table);
//! 4. `wasm-opt -Oz` on every wasm file, and esbuild's minifier on wasm-bindgen's
//!    JavaScript. The order matters: wasm-bindgen or wasm-opt before the split removes the
//!    relocations it reads (measured; docs/ARCHITECTURE.md, "Size").
//!
//! Everything goes into `OUT/<hash>/{page,worker}/`, where the hash is made from the files'
//! contents, so a deployment can cache them for a year and a new build never meets an old
//! part. It then writes `boot.js` and `worker.js` beside `OUT`, from www/boot.js and
//! www/worker.js as www/build.mjs minified them (`*.template.js` there), with the folder's
//! name filled in. Trunk's pre-build hook runs it (Trunk.toml);
//! Trunk copies the results into `dist/`.
//!
//! Invariant: a build tool only; nothing of it is shipped.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// One wasm program of the product.
struct Program {
    /// The cargo package, and the stem of its files.
    package: &'static str,
    /// Its folder in the build.
    folder: &'static str,
}

const PROGRAMS: [Program; 2] = [
    Program {
        package: "c4h-web",
        folder: "page",
    },
    Program {
        package: "c4h-worker",
        folder: "worker",
    },
];

/// The wasm features Rust 1.95 turns on for wasm32-unknown-unknown: wasm-opt must accept
/// each (npm's binaryen 132; Debian's older wasm-opt silently breaks the output).
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-call-indirect-overlong",
];

/// What replaces this in the `www/boot.js` and `www/worker.js` templates: the build's
/// folder, relative to the page.
const FOLDER_PLACEHOLDER: &str = "__C4H_WASM__";

/// What replaces this in `www/boot.js`: the starter code (www/starter.rhai) as a
/// JavaScript string, for the early text area.
const STARTER_PLACEHOLDER: &str = "__C4H_STARTER__";

/// What replaces this in `www/boot.js`: the page's JavaScript modules other than its glue
/// (the parts' loader, wasm-bindgen's snippets), as a JavaScript list of paths.
const MODULES_PLACEHOLDER: &str = "__C4H_PAGE_MODULES__";

/// What replaces this in `www/boot.js`: the page frame's words in every language
/// (messages/<lang>/shell.ftl), as `{"en": {"shell-run": "Run", …}, "cy": {…}}`.
const SHELL_PLACEHOLDER: &str = "__C4H_SHELL__";

/// The page frame's words for boot.js, read and rendered by c4h-messages.
fn shell_messages(root: &Path) -> Result<String, String> {
    use c4h_messages::{Catalogue, Lang, Message};
    let mut languages = Vec::new();
    for lang in Lang::ALL {
        let path = root.join(format!("messages/{}/shell.ftl", lang.code()));
        let catalogue = Catalogue::parse(&read_text(&path)?)
            .map_err(|errors| format!("{}: {}", path.display(), errors[0]))?;
        let words: Vec<String> = catalogue
            .ids()
            .map(|id| {
                let text = c4h_messages::render(&catalogue, lang, &Message::new(id))
                    .ok_or_else(|| format!("{}: `{id}` cannot be shown", path.display()))?;
                Ok(format!("{}: {}", json_string(id), json_string(&text)))
            })
            .collect::<Result<_, String>>()?;
        languages.push(format!(
            "{}: {{{}}}",
            json_string(lang.code()),
            words.join(", ")
        ));
    }
    Ok(format!("{{{}}}", languages.join(", ")))
}

/// `text` as a JSON (and so JavaScript) string literal.
fn json_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            // Control characters, and the two line separators JavaScript once disallowed.
            c if c < ' ' || c == '\u{2028}' || c == '\u{2029}' => {
                quoted.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [out] = arguments.as_slice() else {
        eprintln!("usage: c4h-wasm-build OUT_DIR   (for example www/generated/wasm)");
        std::process::exit(2);
    };
    if let Err(message) = build(Path::new(out)) {
        eprintln!("c4h-wasm-build: {message}");
        std::process::exit(1);
    }
}

fn build(out: &Path) -> Result<(), String> {
    let root = workspace_root()?;
    let staging = root.join("target").join("wasm-build");
    remove_dir(&staging)?;
    for program in &PROGRAMS {
        build_program(&root, program, &staging.join(program.folder))?;
    }
    let hash = folder_hash(&staging)?;
    remove_dir(out)?;
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let folder = out.join(&hash);
    fs::rename(&staging, &folder)
        .map_err(|e| format!("cannot move the build to {}: {e}", folder.display()))?;
    let generated = out.parent().ok_or("OUT_DIR needs a parent folder")?;
    let relative = format!(
        "./{}/{hash}/",
        out.file_name()
            .and_then(|name| name.to_str())
            .ok_or("OUT_DIR needs a name")?
    );
    let starter = json_string(&read_text(&root.join("www/starter.rhai"))?);
    // The page's JavaScript modules besides its glue, for boot.js to fetch at once.
    let page = folder.join("page");
    let modules: Vec<String> = files_under(&page)?
        .iter()
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .filter_map(|path| path.strip_prefix(&page).ok())
        .map(|path| path.display().to_string())
        .filter(|path| path != "c4h-web.js")
        .map(|path| json_string(&path))
        .collect();
    let modules = format!("[{}]", modules.join(", "));
    let shell = shell_messages(&root)?;
    for name in ["boot", "worker"] {
        // Minified by www/build.mjs, the hook before this one.
        let template = generated.join(format!("{name}.template.js"));
        let text = read_text(&template)
            .map_err(|e| format!("{e} (www/build.mjs writes it: run `node www/build.mjs`)"))?;
        if !text.contains(FOLDER_PLACEHOLDER) {
            return Err(format!(
                "{} has no {FOLDER_PLACEHOLDER} to fill in",
                template.display()
            ));
        }
        let text = text
            .replace(FOLDER_PLACEHOLDER, &relative)
            .replace(STARTER_PLACEHOLDER, &starter)
            .replace(MODULES_PLACEHOLDER, &modules)
            .replace(SHELL_PLACEHOLDER, &shell);
        write(&generated.join(format!("{name}.js")), text.as_bytes())?;
    }
    report(&folder)
}

/// Cargo, split, wasm-bindgen and wasm-opt for one program, into `folder`.
fn build_program(root: &Path, program: &Program, folder: &Path) -> Result<(), String> {
    run(Command::new(cargo()).current_dir(root).args([
        "build",
        "--release",
        "--locked",
        "--offline",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        program.package,
        "--features",
        "split",
    ]))?;
    let raw = root
        .join("target/wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", program.package));
    let input = fs::read(&raw).map_err(|e| format!("cannot read {}: {e}", raw.display()))?;
    let split = folder.join("split");
    fs::create_dir_all(&split).map_err(|e| format!("cannot create {}: {e}", split.display()))?;
    let main = split.join("main.wasm");
    let glue = format!("./{}.js", program.package);
    let link = format!("./{}.split.js", program.package);
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &split;
    options.main_out_path = &main;
    options.main_module = &glue;
    options.link_name = &link;
    wasm_split_cli_support::transform(options)
        .map_err(|e| format!("splitting {} failed: {e:?}", program.package))?;
    // The main module as it is before wasm-bindgen, function names and all, for measuring
    // what it holds (`twiggy top target/wasm-build-<package>-main.wasm`).
    let kept = root.join(format!("target/wasm-build-{}-main.wasm", program.package));
    fs::copy(&main, &kept).map_err(|e| format!("cannot copy to {}: {e}", kept.display()))?;
    run(Command::new("wasm-bindgen").args([
        "--target",
        "web",
        "--keep-lld-exports",
        "--no-typescript",
        "--out-name",
        program.package,
        "--out-dir",
        &folder.display().to_string(),
        &main.display().to_string(),
    ]))?;
    // The parts and the module that loads them sit beside the glue: the glue imports the
    // loader as `./<package>.split.js`, and it fetches the parts relative to itself.
    for part in files_in(&split)?.into_iter().filter(|path| *path != main) {
        let name = part.file_name().ok_or("a part has no name")?;
        fs::rename(&part, folder.join(name))
            .map_err(|e| format!("cannot move {}: {e}", part.display()))?;
    }
    remove_dir(&split)?;
    // wasm-bindgen's JavaScript is written to be read: minified, a third smaller.
    for script in files_in(folder)?
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
    {
        let path = script.display().to_string();
        run(Command::new("esbuild").args([
            "--minify",
            "--format=esm",
            "--log-level=error",
            "--allow-overwrite",
            &path,
            &format!("--outfile={path}"),
        ]))?;
    }
    for wasm in files_in(folder)?
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "wasm"))
    {
        let path = wasm.display().to_string();
        run(Command::new("wasm-opt")
            .args(WASM_FEATURES)
            .args(["-Oz", &path, "-o", &path]))?;
    }
    Ok(())
}

/// The first 16 hex digits of SHA-256 over every file's name and content, in name order.
fn folder_hash(folder: &Path) -> Result<String, String> {
    let mut hash = Sha256::new();
    let mut files = Vec::new();
    for program in &PROGRAMS {
        files.extend(files_under(&folder.join(program.folder))?);
    }
    files.sort();
    for file in files {
        let name = file
            .strip_prefix(folder)
            .unwrap_or(&file)
            .display()
            .to_string();
        hash.update(name.as_bytes());
        hash.update([0]);
        hash.update(fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?);
        hash.update([0]);
    }
    Ok(hash
        .finalize()
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// Prints each file and its size, for the build log.
fn report(folder: &Path) -> Result<(), String> {
    for program in &PROGRAMS {
        for file in files_under(&folder.join(program.folder))? {
            let size = fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            println!("c4h-wasm-build: {} ({size} bytes)", file.display());
        }
    }
    Ok(())
}

/// Every file below `folder`, in its subfolders too (wasm-bindgen puts JavaScript snippets
/// in `snippets/`), sorted.
fn files_under(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = files_in(folder)?;
    for entry in
        fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?
    {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        }
    }
    files.sort();
    Ok(files)
}

/// The files directly in `folder`, sorted.
fn files_in(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn workspace_root() -> Result<PathBuf, String> {
    // This crate is crates/wasm-build in the workspace.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .ok_or_else(|| "cannot find the workspace".to_owned())
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn remove_dir(path: &Path) -> Result<(), String> {
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(format!("cannot remove {}: {error}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn text_becomes_a_javascript_string_literal() {
        assert_eq!(json_string("print(\"hi\");\n"), r#""print(\"hi\");\n""#);
        assert_eq!(
            json_string("a\\b\tc\u{1}\u{2028}"),
            r#""a\\b\tc\u0001\u2028""#
        );
        assert_eq!(json_string("Siân °C 🩺"), "\"Siân °C 🩺\"");
    }
}
