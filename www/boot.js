// Starts the page. An external module script, so the page needs no 'unsafe-inline', and
// `async`, so it runs as soon as it arrives. www/build.mjs minifies it and crates/wasm-build
// writes the build's copy (www/generated/boot.js), filling in the build's folder (its name
// changes with its contents, so its files can be cached for a year), the app's modules, the
// starter code (www/starter.rhai) and the frame's words.
//
// 1. Starts the code runner (a worker) at once.
// 2. On a plain visit to the playground, shows the early playground in the page (a text
//    area with the learner's saved code, Run and the output), so they can read and type at
//    once, and run their code as soon as the runner has arrived.
// 3. Imports the app's wasm-bindgen glue, then its wasm (on a plain visit, once the runner
//    has arrived); the app takes the early playground over (crates/web/src/early.rs).
// 4. Registers the service worker, and offers "A new version is available" when a new build
//    is waiting.
// It also chooses the learner's language and puts the page's frame in it.
const WASM = "__C4H_WASM__";
const STARTER = __C4H_STARTER__;
// The app's JavaScript modules (its glue imports the others), fetched together rather than
// one after another.
const PAGE_MODULES = __C4H_PAGE_MODULES__;
// The page frame's words in each language (messages/<lang>/shell.ftl), by message id.
const SHELL = __C4H_SHELL__;
// The playground's saved code: crates/web/src/storage.rs owns this key and format, and a
// test there checks this file names them the same way.
const SAVED_KEY = "c4h.playground.v1";
const SAVED_VERSION = 1;

function savedCode() {
  try {
    const saved = JSON.parse(localStorage.getItem(SAVED_KEY));
    return saved?.version === SAVED_VERSION && typeof saved.code === "string" ? saved.code : null;
  } catch {
    // Blocked or unreadable storage: the app explains, and keeps anything unreadable aside.
    return null;
  }
}

// The name boot.js gives the first code runner: it is sent its compiled wasm (or null) as
// its first message. www/worker.js reads the same name.
const RUNNER_GETS_MODULE = "c4h-runner-gets-module";

// The learner's text size and line spacing (the Display page, crates/web/src/display.rs,
// owns this key and format; a test there checks this file reads them the same way), set
// before the page is drawn so it never jumps from the standard size.
const DISPLAY_KEY = "c4h.display.v1";
const DISPLAY_VERSION = 1;
const DISPLAY_CHOICES = { text: ["standard", "large", "largest"], spacing: ["standard", "wide"], keys: ["touch", "always"] };

function applyDisplay() {
  let display = null;
  try {
    display = JSON.parse(localStorage.getItem(DISPLAY_KEY));
  } catch {
    // Blocked or unreadable storage: the standard display.
  }
  if (display?.version !== DISPLAY_VERSION) return;
  for (const [setting, choices] of Object.entries(DISPLAY_CHOICES)) {
    if (choices.includes(display[setting])) {
      document.documentElement.setAttribute(`data-c4h-${setting}`, display[setting]);
    }
  }
}

// The learner's language: `?lang=` in the address (a link from an intranet page, or the
// language switch), then the choice saved by the switch, then the browser's languages in
// the learner's order, then English. crates/web/src/i18n.rs reads the result from <html
// lang>, so this is the one place the rule lives.
const LANG_KEY = "c4h.lang";
const LANG_TAGS = { en: "en-GB", cy: "cy" };
const LANG_NAMES = { en: "English", cy: "Cymraeg" };
const primary = (tag) => (typeof tag === "string" ? tag.toLowerCase().split(/[-_]/)[0] : "");

function chooseLanguage() {
  const asked = primary(new URLSearchParams(location.search).get("lang"));
  if (asked in LANG_TAGS) return asked;
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved in LANG_TAGS) return saved;
  } catch {
    // Blocked storage: the browser's languages decide.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    if (primary(tag) in LANG_TAGS) return primary(tag);
  }
  return "en";
}

const LANG = chooseLanguage();
const words = SHELL[LANG];

// Puts the frame (index.html's elements marked `data-c4h-msg`, and attributes marked
// `data-c4h-msg-attr="name id"`) in the learner's language, and sets up the switch to the
// other language, named in its own language.
function applyLanguage() {
  const html = document.documentElement;
  html.lang = LANG_TAGS[LANG];
  if (LANG !== "en") {
    for (const element of document.querySelectorAll("[data-c4h-msg]")) {
      const text = words[element.dataset.c4hMsg];
      if (text) element.textContent = text;
    }
    for (const element of document.querySelectorAll("[data-c4h-msg-attr]")) {
      const [attribute, id] = element.dataset.c4hMsgAttr.split(" ");
      if (words[id]) element.setAttribute(attribute, words[id]);
    }
    document.title = words["shell-title"];
    // The page's first catalogues, wanted as soon as the app starts (crates/web/src/i18n.rs).
    for (const area of ["shell", "page"]) {
      const link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = `messages/${LANG}/${area}.ftl`;
      document.head.append(link);
    }
  }
  const other = LANG === "en" ? "cy" : "en";
  const address = () => {
    const url = new URL(location.href);
    url.searchParams.set("lang", other);
    return url.href;
  };
  for (const link of document.querySelectorAll("[data-c4h-language]")) {
    link.textContent = LANG_NAMES[other];
    link.lang = LANG_TAGS[other];
    link.hreflang = LANG_TAGS[other];
    link.href = address();
    // The address now, with the page the learner is on: it may have changed since.
    link.addEventListener("click", (event) => {
      event.preventDefault();
      try {
        localStorage.setItem(LANG_KEY, other);
      } catch {
        // Blocked storage: the address carries the choice.
      }
      location.assign(address());
    });
  }
}

// The early playground's runs, sent straight to the code runner (below) once it is ready,
// so a learner on a slow connection sees their code run before the app has arrived. Their
// numbers are the app's run numbers (crates/web/src/session/machine.rs counts on from the
// last one), and the app adopts the last run sent (crates/web/src/early.rs), so its events
// are not lost when the app takes over.
const earlyRuns = { sent: 0, going: false, pending: null };

// Shows an early run's printed lines. The early page shows only text; anything else (a
// problem, a table, a chart, an app's input) waits for the app, which shows the whole run.
function showEarlyEvent(message) {
  let parsed;
  try {
    parsed = JSON.parse(message);
  } catch {
    return;
  }
  const wrapped = parsed?.event;
  if (!wrapped || wrapped.run !== earlyRuns.sent) return;
  const early = document.getElementById("c4h-early");
  const status = document.getElementById("c4h-early-status");
  const log = document.getElementById("c4h-early-output");
  const [kind, body] = Object.entries(wrapped.event ?? {})[0] ?? [];
  if (kind === "output" && !early.dataset.resultWaits) {
    log.querySelector(".c4h-output__empty")?.remove();
    const line = document.createElement("span");
    line.className = body.stream === "debug" ? "c4h-output__line c4h-output__line--debug" : "c4h-output__line";
    line.textContent = body.text;
    log.append(line);
  } else if (kind === "finished") {
    earlyRuns.going = false;
    if (!early.dataset.resultWaits) status.textContent = words["shell-finished"];
    // As the app does after a run: on a phone the output is below Run, out of sight.
    log.scrollIntoView({ block: "nearest" });
  } else if (kind !== "output") {
    early.dataset.resultWaits = "yes";
    status.textContent = words["shell-result-waits"];
  }
}

// Sends the early playground's code to the code runner (it is ready).
function sendEarlyRun(code) {
  const early = document.getElementById("c4h-early");
  const log = document.getElementById("c4h-early-output");
  earlyRuns.sent += 1;
  earlyRuns.going = true;
  delete early.dataset.runPressed;
  delete early.dataset.resultWaits;
  early.dataset.sentRun = String(earlyRuns.sent);
  early.dataset.sentCode = code;
  log.replaceChildren();
  document.getElementById("c4h-early-status").textContent = words["shell-running"];
  window.c4hEarlyWorker.worker.postMessage(JSON.stringify({ run: { run: earlyRuns.sent, code } }));
}

function showEarlyPlayground() {
  const early = document.getElementById("c4h-early");
  if (!plainVisit || !early) return false;
  const code = document.getElementById("c4h-early-code");
  code.value = savedCode() ?? STARTER;
  const status = document.getElementById("c4h-early-status");
  const run = () => {
    // One run at a time, as in the app (whose Stop arrives with it).
    if (earlyRuns.going) return;
    if (window.c4hEarlyWorker?.ready) {
      sendEarlyRun(code.value);
      return;
    }
    // Sent when the code runner is ready, or run by the app if it takes over first.
    early.dataset.runPressed = "yes";
    earlyRuns.pending = () => sendEarlyRun(code.value);
    status.textContent = words["shell-getting-ready-run"];
  };
  document.getElementById("c4h-early-run").addEventListener("click", run);
  code.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  document.querySelector("#maincontent > .c4h-loading")?.setAttribute("hidden", "");
  early.hidden = false;
  return true;
}

// The code runner (a module worker) starts now, before the app: on a slow connection the
// early playground can run code as soon as the runner has arrived, and the app follows.
// The app takes the runner over, with the messages it sent meanwhile
// (crates/web/src/runner.rs: `c4hEarlyWorker`); after that, this page hears nothing more.
//
// Its wasm is fetched and compiled here, beside the worker's own script rather than after
// it (a round trip sooner on a slow connection), and handed to the worker (www/worker.js),
// which fetches it itself if this fails.
function startCodeRunner(settled) {
  const worker = new Worker("./worker.js", { type: "module", name: RUNNER_GETS_MODULE });
  const compiled = "compileStreaming" in WebAssembly
    ? WebAssembly.compileStreaming(fetch(`${WASM}worker/c4h-worker_bg.wasm`))
    : Promise.reject(new Error("no streaming compilation"));
  compiled.then((module) => worker.postMessage(module)).catch(() => worker.postMessage(null));
  const early = { worker, messages: [], errors: [], ready: false };
  early.worker.onmessage = (event) => {
    early.messages.push(event.data);
    if (event.data === '"ready"') {
      early.ready = true;
      earlyRuns.pending?.();
      earlyRuns.pending = null;
      settled();
    } else if (typeof event.data === "string" && event.data.startsWith('{"load_failed"')) {
      settled();
    } else {
      showEarlyEvent(event.data);
    }
  };
  early.worker.onerror = (event) => {
    event.preventDefault();
    early.errors.push(event.message || "the code runner could not start");
    settled();
  };
  window.c4hEarlyWorker = early;
}

// Loads the editor's script (held back in index.html); the app calls this once the code
// runner is ready, so the editor does not share a slow connection with it.
window.c4hLoadEditor = () => {
  const held = document.querySelector("script[data-c4h-editor]");
  if (!held || held.dataset.loading) return;
  held.dataset.loading = "yes";
  const script = document.createElement("script");
  script.src = held.src;
  if (held.integrity) script.integrity = held.integrity;
  document.head.append(script);
};

// Starts the app: its wasm is fetched beside the glue that will compile it.
async function startApp() {
  const wasm = fetch(`${WASM}page/c4h-web_bg.wasm`);
  for (const module of PAGE_MODULES) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = `${WASM}page/${module}`;
    document.head.append(link);
  }
  const { default: init } = await import(`${WASM}page/c4h-web.js`);
  await init({ module_or_path: wasm });
}

// On a plain visit the code runner comes first and the app once the runner has arrived (or
// failed, or the learner goes to another page, or the runner is very slow to arrive): on a
// slow connection the two would share it, and the first Run would wait for both. Elsewhere
// the app comes at once, beside it. This script is `async`: it runs as soon as it arrives,
// before the page's styles, so the runner starts at once; the rest waits for the page's
// elements.
const plainVisit = (location.hash === "" || location.hash === "#/")
  && !new URLSearchParams(location.search).has("readonly");
// Long enough for the runner on a slow phone (about 2.5 s), short enough that a runner
// that never arrives does not keep the app away.
const APP_WAITS_AT_MOST_MS = 10_000;
const domReady = document.readyState === "loading"
  ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
  : Promise.resolve();
// Resolving twice does nothing: the app starts once, whichever reason comes first.
let wantApp;
const appStarted = new Promise((resolve) => { wantApp = resolve; }).then(() => domReady).then(startApp);
applyDisplay();
startCodeRunner(plainVisit ? wantApp : () => {});
await domReady;
applyLanguage();
if (showEarlyPlayground()) {
  window.addEventListener("hashchange", wantApp, { once: true });
  setTimeout(wantApp, APP_WAITS_AT_MOST_MS);
} else {
  wantApp();
}
await appStarted;

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
    text.textContent = words["shell-new-version"];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "nhsuk-button c4h-update__button";
    button.textContent = words["shell-reload"];
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
