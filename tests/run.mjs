// Runs the browser end-to-end tests (tests/e2e/*.test.mjs) against the release build in
// dist/, with Debian's Chromium, and ends with a summary line that scripts/test.sh reads:
//   Browser tests: P passed, F failed
import { run } from "node:test";
import { spec } from "node:test/reporters";
import { readdir, access } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

try {
  await access(join(root, "dist", "index.html"));
} catch {
  console.error("dist/index.html is missing: build the site first (make build).");
  process.exit(1);
}

const only = process.argv.slice(2);
const files = (await readdir(join(here, "e2e")))
  .filter((name) => name.endsWith(".test.mjs"))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort()
  .map((name) => join(here, "e2e", name));

let passed = 0;
let failed = 0;
// Two cores: one test file (one browser) at a time keeps timings honest.
const stream = run({ files, concurrency: 1, timeout: 600_000 });
stream.on("test:pass", (event) => {
  if (event.details.type !== "suite") passed += 1;
});
stream.on("test:fail", (event) => {
  if (event.details.type !== "suite") failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((done) => stream.on("end", done));
// Let the reporter finish writing before the summary.
await new Promise((done) => setImmediate(done));
console.log(`Browser tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
