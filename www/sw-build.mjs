// Trunk's post-build hook: writes sw.js (from www/sw-template.js) into the build, listing
// every file of the build for the service worker to keep, and a version made from their
// contents, so any change to any file makes a new version.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const www = dirname(fileURLToPath(import.meta.url));
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("sw-build.mjs runs as Trunk's post_build hook (TRUNK_STAGING_DIR)");

async function filesUnder(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

const paths = (await filesUnder(staging))
  .filter((path) => !path.endsWith(`${sep}sw.js`))
  .sort();
const hash = createHash("sha256");
const files = ["./"];
for (const path of paths) {
  const name = relative(staging, path).split(sep).join("/");
  hash.update(name).update("\0").update(await readFile(path)).update("\0");
  // The page itself is cached as "./" (what a visitor asks for).
  if (name !== "index.html") files.push(`./${name}`);
}
const version = hash.digest("hex").slice(0, 16);
const template = await readFile(join(www, "sw-template.js"), "utf8");
const worker = template
  .replace('"__C4H_VERSION__"', JSON.stringify(version))
  .replace("__C4H_FILES__", JSON.stringify(files, null, 2));
await writeFile(join(staging, "sw.js"), worker);
console.log(`sw.js: version ${version}, ${files.length} files`);
