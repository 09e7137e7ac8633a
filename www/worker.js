// Starts the worker that runs learners' scripts: loads the wasm-bindgen glue that Trunk
// wrote (c4h-worker.js), then the wasm module, whose start function installs the message
// handler and posts {"type":"ready"}. If the wasm cannot load, the page is told, in the
// worker protocol's own words (crates/sandbox/src/protocol.rs), instead of waiting forever.
importScripts("./c4h-worker.js");
wasm_bindgen({ module_or_path: "./c4h-worker_bg.wasm" }).catch((error) => {
  self.postMessage(JSON.stringify({ type: "load_failed", message: String(error) }));
});
