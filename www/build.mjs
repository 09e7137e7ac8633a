// Builds the front-end assets that Trunk then fingerprints and copies into dist/:
//   www/generated/editor.js  the CodeMirror 6 editor and our Rhai mode, bundled by esbuild
//   www/generated/app.css    nhsuk-frontend and our styles, compiled by Sass
// Trunk runs this as a pre-build hook (Trunk.toml); `node www/build.mjs` runs it by hand.
// Everything comes from node_modules: nothing is fetched.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import * as sass from "sass";

const www = dirname(fileURLToPath(import.meta.url));
const root = dirname(www);
const out = join(www, "generated");

await mkdir(out, { recursive: true });

await esbuild.build({
  entryPoints: [join(www, "editor", "editor.js")],
  outfile: join(out, "editor.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  logLevel: "warning",
});

const css = sass.compile(join(www, "styles", "app.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  // nhsuk-frontend's own deprecation notices are not ours to fix.
  quietDeps: true,
  silenceDeprecations: ["import"],
});
await writeFile(join(out, "app.css"), css.css);
