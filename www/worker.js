// Starts the worker that runs learners' scripts (a module worker): loads the worker's
// wasm-bindgen glue, then its wasm module, whose start function installs the message
// handler and posts "ready". If either cannot load, the page is told, in the
// protocol's own words (crates/protocol: WorkerMessage::LoadFailed), instead of waiting
// forever. crates/wasm-build writes the build's copy (www/generated/worker.js) with the
// build's folder filled in below.
const WASM = new URL("__C4H_WASM__worker/", import.meta.url);
import(new URL("c4h-worker.js", WASM).href)
  .then(({ default: init }) => init({ module_or_path: new URL("c4h-worker_bg.wasm", WASM) }))
  .catch((error) => {
    self.postMessage(JSON.stringify({ load_failed: { message: String(error) } }));
  });
