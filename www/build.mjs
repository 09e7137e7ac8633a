// Builds the front-end assets that Trunk then fingerprints and copies into dist/:
//   www/generated/editor.js  the CodeMirror 6 editor and our Rhai mode, bundled by esbuild
//   www/generated/embed.js   the script host pages include to embed the playground
//   www/generated/app.css    nhsuk-frontend and our styles, compiled by Sass
//   www/generated/boot.template.js, worker.template.js  www/boot.js and www/worker.js,
//                            minified, for crates/wasm-build to fill in
// Trunk runs this as a pre-build hook (Trunk.toml); `node www/build.mjs` runs it by hand.
// Everything comes from node_modules: nothing is fetched.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import * as sass from "sass";

const www = dirname(fileURLToPath(import.meta.url));
const root = dirname(www);
const out = join(www, "generated");

await mkdir(out, { recursive: true });

// CodeMirror's styles come from style-mod, which writes them into a <style> element on a
// document, and a strict Content-Security-Policy (`style-src 'self'`) blocks that. Given a
// shadow root it uses a constructable stylesheet (`adoptedStyleSheets`) instead, which the
// policy allows; every browser we support has those on documents too. This one-line change
// lets it use them for the document. The build stops if style-mod changes under it.
const STYLE_MOD_BRANCH = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
const styleSheetsNotStyleTags = {
  name: "style-mod-adopted-style-sheets",
  setup(build) {
    build.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(STYLE_MOD_BRANCH)) {
        throw new Error("style-mod has changed: www/build.mjs's CSP change no longer applies");
      }
      const contents = source.replace(STYLE_MOD_BRANCH, "if (root.adoptedStyleSheets && win.CSSStyleSheet) {");
      return { contents, loader: "js" };
    });
  },
};

// One small minified script from `entry` and what it imports.
const bundle = (entry, outfile, options = {}) => esbuild.build({
  entryPoints: [join(www, ...entry)],
  outfile: join(out, outfile),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  logLevel: "warning",
  ...options,
});

await bundle(["editor", "editor.js"], "editor.js", {
  plugins: [styleSheetsNotStyleTags],
  // Plain-text files shared with the Rust code, such as the sandbox's keyword list.
  loader: { ".txt": "text" },
});
// embed.js, for host pages: the embed messages' types (messages.json) and the frame's
// words (messages/<lang>/embed.ftl) inlined.
await bundle(["embed", "embed.js"], "embed.js", { loader: { ".ftl": "text" } });

// boot.js and worker.js, minified, as templates for crates/wasm-build to fill in (the
// build's folder, the starter code, the frame's words): every visit fetches them.
for (const name of ["boot", "worker"]) {
  const source = await readFile(join(www, `${name}.js`), "utf8");
  const { code } = await esbuild.transform(source, {
    format: "esm", minify: true, target: ["es2022"], legalComments: "none", logLevel: "warning",
  });
  await writeFile(join(out, `${name}.template.js`), code);
}

const css = sass.compile(join(www, "styles", "app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  // nhsuk-frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
  silenceDeprecations: ["import"],
});
await writeFile(join(out, "app.css"), css.css);
