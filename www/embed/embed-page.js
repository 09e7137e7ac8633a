// The embed view's script: turns embed.html's settings into the playground's own address and
// goes there, at once or when the learner presses "Load the playground" (?click).
//   ?lesson=ID          a lesson
//   #share=v1.code...   code (a "Share code" link's fragment); add ?app to open it as an app
//   #class=v1....       a class's page ("Your class", docs/classroom.md)
//   ?readonly           the code cannot be changed (it can still be run)
//   ?lang=cy            the language (set by embed.js from data-c4h-lang); passed on
//   ?parent=ORIGIN      the host page's origin, for messages (set by embed.js)
//   ?height=PX          used by embed.js for the frame; ignored here
const params = new URLSearchParams(location.search);
const target = new URL("./", location.href);
target.search = "?embed";
for (const name of ["readonly", "lang", "parent"]) {
  if (params.has(name)) target.searchParams.set(name, params.get(name));
}
// `?embed` alone, not `?embed=`: the playground reads the names.
target.search = target.search.replace(/^\?embed=(&|$)/, "?embed$1");
const lesson = params.get("lesson");
if (lesson && /^[a-z0-9-]{1,60}$/.test(lesson)) {
  target.hash = `#/lessons/${lesson}`;
} else if (location.hash.startsWith("#share=")) {
  target.hash = params.has("app") ? location.hash.replace(/^#share=v1\.code\./, "#share=v1.app.") : location.hash;
} else if (location.hash.startsWith("#class=")) {
  target.hash = location.hash;
}

// The placeholder's language, chosen as www/boot.js chooses the playground's (`?lang=`, then
// the learner's saved choice, then the browser's languages), so that it speaks as the
// playground will once loaded.
const LANG_TAGS = { en: "en-GB", cy: "cy" };
const primary = (tag) => (typeof tag === "string" ? tag.toLowerCase().split(/[-_]/)[0] : "");
function chooseLanguage() {
  const asked = primary(params.get("lang"));
  if (asked in LANG_TAGS) return asked;
  try {
    const saved = localStorage.getItem("c4h.lang");
    if (saved in LANG_TAGS) return saved;
  } catch {
    // Blocked storage (a third-party frame, often): the browser's languages decide.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    if (primary(tag) in LANG_TAGS) return primary(tag);
  }
  return "en";
}

// The placeholder's words: embed.html holds the English; another language's come from
// messages/<lang>/embed.ftl. This page is light on purpose (no wasm, no build step), so it
// reads that catalogue itself: its messages are plain text, one line each (`id = text`);
// a line that is not (Fluent's `{ }`) is skipped and keeps its English. If the catalogue
// cannot be fetched, the placeholder is shown in English, and says it is (<html lang>).
const readMessages = (source) => Object.fromEntries(
  source
    .split(/\r?\n/)
    .map((line) => line.match(/^([a-z][a-z0-9-]*) *= *([^{}]*\S)\s*$/))
    .filter(Boolean)
    .map(([, id, text]) => [id, text]),
);

async function translate(lang) {
  if (lang === "en") return;
  try {
    const response = await fetch(`messages/${lang}/embed.ftl`);
    if (!response.ok) return;
    const words = readMessages(await response.text());
    for (const element of document.querySelectorAll("[data-c4h-msg]")) {
      const text = words[element.dataset.c4hMsg];
      if (text) element.textContent = text;
    }
    document.documentElement.lang = LANG_TAGS[lang];
  } catch {
    // Offline without the catalogue kept: English.
  }
}

const open = () => location.replace(target.href);
if (params.has("click")) {
  translate(chooseLanguage()).then(() => {
    document.getElementById("c4h-embed").hidden = false;
    document.getElementById("c4h-embed-load").addEventListener("click", open);
  });
} else {
  open();
}
