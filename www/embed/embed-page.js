// The embed view's script: turns embed.html's settings into the playground's own address and
// goes there, at once or when the learner presses "Load the playground" (?click).
//   ?lesson=ID          a lesson
//   #share=v1.code...   code (a "Share code" link's fragment); add ?app to open it as an app
//   ?readonly           the code cannot be changed (it can still be run)
//   ?parent=ORIGIN      the host page's origin, for messages (set by embed.js)
//   ?height=PX          used by embed.js for the frame; ignored here
const params = new URLSearchParams(location.search);
const target = new URL("./", location.href);
target.search = "?embed";
for (const name of ["readonly", "parent"]) {
  if (params.has(name)) target.searchParams.set(name, params.get(name));
}
// `?embed` alone, not `?embed=`: the playground reads the names.
target.search = target.search.replace(/^\?embed=(&|$)/, "?embed$1");
const lesson = params.get("lesson");
if (lesson && /^[a-z0-9-]{1,60}$/.test(lesson)) {
  target.hash = `#/lessons/${lesson}`;
} else if (location.hash.startsWith("#share=")) {
  target.hash = params.has("app") ? location.hash.replace(/^#share=v1\.code\./, "#share=v1.app.") : location.hash;
}
const open = () => location.replace(target.href);
if (params.has("click")) {
  const placeholder = document.getElementById("c4h-embed");
  placeholder.hidden = false;
  document.getElementById("c4h-embed-load").addEventListener("click", open);
} else {
  open();
}
