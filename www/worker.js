// Starts the worker that runs learners' scripts (a module worker): loads the worker's
// wasm-bindgen glue, then its wasm module, whose start function installs the message
// handler and posts "ready". If either cannot load, the page is told, in the
// protocol's own words (crates/protocol: WorkerMessage::LoadFailed), instead of waiting
// forever. crates/wasm-build writes the build's copy (www/generated/worker.js) with the
// build's folder filled in below.
const WASM = new URL("__C4H_WASM__worker/", import.meta.url);
// The wasm and the module that loads the worker's parts are fetched at once, beside the glue
// (which imports that module), rather than one after another.
const wasm = fetch(new URL("c4h-worker_bg.wasm", WASM));
import(new URL("c4h-worker.split.js", WASM).href).catch(() => {});
import(new URL("c4h-worker.js", WASM).href)
  .then(({ default: init }) => init({ module_or_path: wasm }))
  .catch((error) => {
    self.postMessage(JSON.stringify({ load_failed: { message: String(error) } }));
  });
