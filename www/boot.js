// Starts the app: imports the wasm-bindgen glue that Trunk wrote, then the wasm module.
// This replaces Trunk's inline loader script, so the page needs no 'unsafe-inline'.
// Trunk fills in the file names on the <script data-c4h-boot> element (Trunk.toml).
const boot = document.querySelector("script[data-c4h-boot]");
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });
