// Starts the page. An external module script, so the page needs no 'unsafe-inline'.
// crates/wasm-build writes the build's copy (www/generated/boot.js), filling in the build's
// folder (its name changes with its contents, so its files can be cached for a year), the
// app's modules, and the starter code (www/starter.rhai).
//
// 1. On a plain visit to the playground, shows the early playground in the page (a text
//    area with the learner's saved code, and Run), so they can read and type at once.
// 2. Imports the app's wasm-bindgen glue, then its wasm; the app takes the early playground
//    over (crates/web/src/early.rs).
// 3. Registers the service worker, and offers "A new version is available" when a new build
//    is waiting.
// Before all of these it chooses the learner's language and puts the page's frame in it.
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

function showEarlyPlayground() {
  const plain = location.hash === "" || location.hash === "#/";
  const readOnly = new URLSearchParams(location.search).has("readonly");
  const early = document.getElementById("c4h-early");
  if (!plain || readOnly || !early) return;
  const code = document.getElementById("c4h-early-code");
  code.value = savedCode() ?? STARTER;
  const status = document.getElementById("c4h-early-status");
  const run = () => {
    early.dataset.runPressed = "yes";
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
}

// The code runner (a module worker) starts now, so that it downloads beside the app rather
// than after it. The app takes it over, with the messages it sent meanwhile
// (crates/web/src/runner.rs: `c4hEarlyWorker`).
function startCodeRunner() {
  const early = { worker: new Worker("./worker.js", { type: "module" }), messages: [], errors: [] };
  early.worker.onmessage = (event) => early.messages.push(event.data);
  early.worker.onerror = (event) => {
    event.preventDefault();
    early.errors.push(event.message || "the code runner could not start");
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

applyLanguage();
applyDisplay();
showEarlyPlayground();
startCodeRunner();
// The wasm is fetched now, beside the glue that will compile it.
const wasm = fetch(`${WASM}page/c4h-web_bg.wasm`);
for (const module of PAGE_MODULES) {
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = `${WASM}page/${module}`;
  document.head.append(link);
}
const { default: init } = await import(`${WASM}page/c4h-web.js`);
await init({ module_or_path: wasm });

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
