// What a first visit downloads to start: loads the page in a fresh browser context (empty
// cache), waits until the worker is ready and the editor is up (so their files are in:
// the editor's script loads once the worker is ready), and sizes every file
// fetched, raw, gzip -9 and brotli (quality 11), from the build in dist/. What the service
// worker then fetches in the background to work offline (the rest of the build, such as
// lessons.json) is not part of starting, and is left out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export async function measureFirstLoad(browser, baseUrl, dist) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin === new URL(baseUrl).origin) fetched.add(url.pathname);
  });
  // Worker requests are not page responses; the context sees them.
  context.on("response", (response) => {
    if (response.request().serviceWorker()) return;
    const url = new URL(response.url());
    if (url.origin === new URL(baseUrl).origin) fetched.add(url.pathname);
  });
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.querySelector(".c4h-status")?.textContent.startsWith("Ready")
    && document.querySelector('.cm-content[contenteditable="true"]'), null, { timeout: 30_000 });
  await context.close();

  const files = [...fetched].sort().map((path) => {
    const file = path.endsWith("/") ? join(dist, path, "index.html") : join(dist, path);
    const bytes = readFileSync(file);
    return {
      path,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") } };
}
