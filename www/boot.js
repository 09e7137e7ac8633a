// Starts the app: imports the wasm-bindgen glue that Trunk wrote, then the wasm module.
// This replaces Trunk's inline loader script, so the page needs no 'unsafe-inline'.
// Trunk fills in the file names on the <script data-c4h-boot> element (Trunk.toml).
const boot = document.querySelector("script[data-c4h-boot]");
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });

// Offline and installable: the service worker (sw.js, written at build time) keeps every
// file of this build. When a new build is deployed, its worker waits, and the page offers a
// reload instead of mixing files from two versions. Without service workers (an old
// browser, or plain http on another host), the page simply works online.
if ("serviceWorker" in navigator) {
  let reloadWanted = false;
  const offerReload = (waiting) => {
    if (document.getElementById("c4h-update")) return;
    const banner = document.createElement("div");
    banner.id = "c4h-update";
    banner.className = "c4h-update";
    banner.setAttribute("role", "status");
    const text = document.createElement("p");
    text.className = "c4h-update__text";
    text.textContent = "A new version is available. Your work is saved.";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "nhsuk-button c4h-update__button";
    button.textContent = "Reload";
    button.addEventListener("click", () => {
      reloadWanted = true;
      waiting.postMessage("c4h:activate-new-version");
    });
    banner.append(text, button);
    document.body.prepend(banner);
  };
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloadWanted) location.reload();
  });
  const register = () => navigator.serviceWorker.register("./sw.js").then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const installing = registration.installing;
      installing?.addEventListener("statechange", () => {
        if (installing.state === "installed" && navigator.serviceWorker.controller) offerReload(installing);
      });
    });
  }, () => {});
  // Not during start-up: on a first visit the worker downloads the whole build to keep it,
  // and that must not compete with the page, the editor and the code runner starting.
  const whenIdle = () => (window.requestIdleCallback ?? setTimeout)(register, { timeout: 3000 });
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
