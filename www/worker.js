// Starts the worker that runs learners' scripts (a module worker): loads the worker's
// wasm-bindgen glue and its wasm module, whose start function installs the message
// handler and posts "ready". If either cannot load, the page is told, in the
// protocol's own words (crates/protocol: WorkerMessage::LoadFailed), instead of waiting
// forever. crates/wasm-build writes the build's copy (www/generated/worker.js) with the
// build's folder filled in below.
const WASM = new URL("__C4H_WASM__worker/", import.meta.url);
// The first code runner's wasm is fetched and compiled by boot.js, which names the worker
// so, and sends the compiled module (or null, if it could not) as the first message. Any
// other start (Stop starts a fresh worker) fetches it here.
const fetchWasm = () => fetch(new URL("c4h-worker_bg.wasm", WASM));
const wasm = self.name === "c4h-runner-gets-module"
  ? new Promise((resolve) => {
    self.addEventListener("message", (event) => resolve(event.data ?? fetchWasm()), { once: true });
  })
  : fetchWasm();
// The module that loads the worker's parts is fetched at once, beside the glue (which
// imports it), rather than one after another.
import(new URL("c4h-worker.split.js", WASM).href).catch(() => {});
import(new URL("c4h-worker.js", WASM).href)
  .then(async ({ default: init }) => init({ module_or_path: await wasm }))
  .catch((error) => {
    self.postMessage(JSON.stringify({ load_failed: { message: String(error) } }));
  });
