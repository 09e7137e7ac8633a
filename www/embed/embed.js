// embed.js: put the Code4Health Playground on your page (docs/embedding.md).
//
//   <script src="https://YOUR-PLAYGROUND/embed.js" defer></script>
//   <div data-c4h-lesson="printing"></div>
//   <div data-c4h-code="#share=v1.code...." data-c4h-app data-c4h-readonly></div>
//
// Each element becomes an iframe of the playground's embed view, sized to its content. The
// element receives DOM events for what happens inside: "c4h:ready", "c4h:run-finished"
// (detail.outcome) and "c4h:lesson-completed" (detail.lesson). Messages are taken only from
// the playground's own origin (where this script came from) and only from that element's
// own frame; the playground sends them only to hosts its deployer allowed.
// Bundled by www/build.mjs, which inlines the message types from messages.json.
import messages from "./messages.json";

const { version, types } = messages;

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
    src.searchParams.set("parent", location.origin);
    const code = element.dataset.c4hCode;
    if (code && code.startsWith("#share=")) src.hash = code;
    const frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = element.dataset.c4hTitle || "Code4Health Playground";
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
    .querySelectorAll("[data-c4h-lesson], [data-c4h-code]")
    .forEach(attach);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attachAll);
  else attachAll();
})();
