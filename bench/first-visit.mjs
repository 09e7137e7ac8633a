// A first visit as a learner meets it, measured in Chromium with a cold cache: how soon the
// learner can type, how soon pressing Run gives a result, how many bytes (gzip -9, as
// served) arrive before each, and in the whole visit. Optionally as a patient on a phone
// would meet it (the "slow phone": 1.6 Mbit/s down, 150 ms round trip, the CPU
// slowed four times), through the DevTools protocol. The server answers as docs/deploy.md's
// would (gzip, its cache headers). The service worker's background copy of the rest of the
// build for offline use is not counted: it starts once the page is idle.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const SLOW_PHONE = {
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  roundTripMs: 150,
  cpuSlowdown: 4,
};

/** The gzip size of each served path, from the build in `dist`. */
function gzipSizes(paths, dist) {
  const sizes = new Map();
  for (const path of paths) {
    const file = path.endsWith("/") ? join(dist, path, "index.html") : join(dist, path);
    try {
      sizes.set(path, gzipSync(readFileSync(file), { level: 9 }).length);
    } catch {
      sizes.set(path, 0);
    }
  }
  return sizes;
}

const total = (paths, sizes) => paths.reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0);

/**
 * One cold visit to the playground at `url`: returns the times (ms from navigation) at
 * which typing was possible and the first Run's output appeared; the bytes that had arrived
 * before typing was possible, and the whole size of every file that had started by then;
 * and the paths fetched before the first Run's output and in the whole visit (until the
 * network has been idle for a second).
 */
export async function measureVisit(browser, url, dist, { slowPhone = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const fetched = [];
  const note = (response) => {
    const address = new URL(response.url());
    if (address.origin === origin && !fetched.includes(address.pathname)) fetched.push(address.pathname);
  };
  context.on("response", note);
  // The bytes that have actually arrived (gzip -9 as the deployed server sends them, and
  // headers), from the DevTools protocol: a file that has only started arriving counts
  // what has arrived, not all of it.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // By request: what its chunks have brought so far, replaced by its whole size when it has
  // finished (a page's own document reports its size only then).
  const arrived = new Map();
  cdp.on("Network.dataReceived", (event) => {
    const request = arrived.get(event.requestId) ?? { bytes: 0, done: false };
    if (!request.done) request.bytes += event.encodedDataLength;
    arrived.set(event.requestId, request);
  });
  cdp.on("Network.loadingFinished", (event) => {
    arrived.set(event.requestId, { bytes: event.encodedDataLength, done: true });
  });
  const received = () => [...arrived.values()].reduce((sum, request) => sum + request.bytes, 0);
  if (slowPhone) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_PHONE.roundTripMs,
      downloadThroughput: SLOW_PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: SLOW_PHONE.uploadBitsPerSecond / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE.cpuSlowdown });
  }
  const started = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  // Typing is possible once a code area that takes text is on the page: the early text
  // area, or the editor.
  await page.locator('#c4h-early-code:visible, .cm-content[contenteditable="true"]').first()
    .waitFor({ timeout: 120_000 });
  const typing = Date.now() - started;
  const receivedBeforeTyping = received();
  const beforeTyping = [...fetched];
  // Press Run at once: the early page's Run, or the app's.
  await page.getByRole("button", { name: "Run", exact: true }).first().click({ timeout: 120_000 });
  // The result in the Output panel: the early playground's, or the app's.
  await page.waitForFunction(
    () => document.querySelector("#output, #c4h-early-output")?.textContent.includes("Hello, Sam!"),
    null, { timeout: 120_000, polling: 50 },
  );
  const runResult = Date.now() - started;
  const beforeRun = [...fetched];
  await page.waitForLoadState("networkidle", { timeout: 120_000 }).catch(() => {});
  const whole = [...fetched];
  await context.close();
  const sizes = gzipSizes(whole, dist);
  return {
    typing_ms: typing,
    first_run_result_ms: runResult,
    bytes_before_typing: receivedBeforeTyping,
    bytes_of_files_started_before_typing: total(beforeTyping, sizes),
    bytes_before_first_run_result: total(beforeRun, sizes),
    bytes_whole_visit: total(whole, sizes),
    files_whole_visit: whole.map((path) => ({ path, gzip: sizes.get(path) })),
  };
}

/**
 * Opening Lessons for the first time (its part of the app and lessons.json are fetched
 * then): from the click on "Lessons" to the list shown, with the playground already up.
 */
export async function measureOpenLessons(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 60_000 });
  const started = Date.now();
  await page.getByRole("link", { name: "Lessons", exact: true }).click();
  await page.locator(".c4h-lesson-list__link").first().waitFor({ timeout: 60_000 });
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}
