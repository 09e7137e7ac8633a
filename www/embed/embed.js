// embed.js: put the Code4Health Playground on your page (docs/embedding.md).
//
//   <script src="https://YOUR-PLAYGROUND/embed.js" defer></script>
//   <div data-c4h-lesson="printing"></div>
//   <div data-c4h-code="#share=v1.code...." data-c4h-app data-c4h-readonly></div>
//   <div data-c4h-lesson="printing" data-c4h-lang="cy"></div>   (in Welsh)
//   <div data-c4h-class="https://YOUR-PLAYGROUND/#class=v1...."></div>   (a class's page)
//
// Each element becomes an iframe of the playground's embed view, sized to its content. The
// element receives DOM events for what happens inside: "c4h:ready", "c4h:run-finished"
// (detail.outcome) and "c4h:lesson-completed" (detail.lesson). Messages are taken only from
// the playground's own origin (where this script came from) and only from that element's
// own frame; the playground sends them only to hosts its deployer allowed.
// Bundled by www/build.mjs, which inlines the message types from messages.json and the
// frame's default name in each language from messages/<lang>/embed.ftl.
import messages from "./messages.json";
import englishWords from "../../messages/en/embed.ftl";
import welshWords from "../../messages/cy/embed.ftl";

const { version, types } = messages;

// embed.ftl's messages are plain text, one line each (`id = text`): read here without a
// Fluent library, which would outweigh this script.
const readMessages = (source) => Object.fromEntries(
  source
    .split(/\r?\n/)
    .map((line) => line.match(/^([a-z][a-z0-9-]*) *= *([^{}]*\S)\s*$/))
    .filter(Boolean)
    .map(([, id, text]) => [id, text]),
);
const WORDS = { en: readMessages(englishWords), cy: readMessages(welshWords) };
const LANG_TAGS = { en: "en-GB", cy: "cy" };
// The language the host asked for (`data-c4h-lang="cy"`, or a tag such as "cy-GB"), if
// the playground speaks it; otherwise the playground chooses as it does on its own site.
const askedLanguage = (element) => {
  const primary = (element.dataset.c4hLang ?? "").toLowerCase().split(/[-_]/)[0];
  return primary in LANG_TAGS ? primary : null;
};

(() => {
  const script = document.currentScript;
  if (!script) return;
  const base = new URL("./", script.src);
  const playgroundOrigin = base.origin;
  const frames = new Map();

  const attach = (element) => {
    if (frames.has(element) || element.dataset.c4hAttached) return;
    element.dataset.c4hAttached = "yes";
    const src = new URL("embed.html", base);
    if (element.dataset.c4hLesson) src.searchParams.set("lesson", element.dataset.c4hLesson);
    if ("c4hApp" in element.dataset) src.searchParams.set("app", "");
    if ("c4hReadonly" in element.dataset) src.searchParams.set("readonly", "");
    if ("c4hClick" in element.dataset) src.searchParams.set("click", "");
    const lang = askedLanguage(element);
    if (lang) src.searchParams.set("lang", lang);
    src.searchParams.set("parent", location.origin);
    const code = element.dataset.c4hCode;
    if (code && code.startsWith("#share=")) src.hash = code;
    // A class link, whole or only its fragment (docs/classroom.md).
    const classLink = element.dataset.c4hClass ?? "";
    const classAt = classLink.indexOf("#class=");
    if (!element.dataset.c4hLesson && !code && classAt >= 0) src.hash = classLink.slice(classAt);
    const frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = element.dataset.c4hTitle || WORDS[lang ?? "en"]["embed-title"];
    // The frame's name is in the frame's language, which may not be the host page's.
    if (lang && !element.dataset.c4hTitle) frame.lang = LANG_TAGS[lang];
    frame.loading = "lazy";
    frame.width = "100%";
    frame.height = String(Number(element.dataset.c4hHeight) || 600);
    frame.setAttribute("allow", "clipboard-write");
    frame.className = "c4h-embed-frame";
    frame.style.border = "0";
    frame.style.width = "100%";
    element.replaceChildren(frame);
    frames.set(element, frame);
  };

  window.addEventListener("message", (event) => {
    if (event.origin !== playgroundOrigin) return;
    const data = event.data;
    if (!data || data.v !== version || !Object.values(types).includes(data.type)) return;
    for (const [element, frame] of frames) {
      if (frame.contentWindow !== event.source) continue;
      const fixed = Number(element.dataset.c4hHeight);
      if ((data.type === types.ready || data.type === types.resize) && !fixed && Number.isFinite(data.height)) {
        frame.style.height = `${Math.max(200, Math.min(5000, data.height))}px`;
      }
      const detail = {};
      if (data.outcome === "completed" || data.outcome === "failed") detail.outcome = data.outcome;
      if (typeof data.lesson === "string") detail.lesson = data.lesson;
      if (data.type !== types.resize) element.dispatchEvent(new CustomEvent(data.type, { detail, bubbles: true }));
    }
  });

  const attachAll = () => document
    .querySelectorAll("[data-c4h-lesson], [data-c4h-code], [data-c4h-class]")
    .forEach(attach);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attachAll);
  else attachAll();
})();
