// Shared steps for the browser tests: open the playground in a fresh browser context,
// put code in the editor the way a person would, run it and read the results.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const DIST = join(ROOT, "dist");

/** Starts the static server and the browser for one test file. */
export async function startSuite(serverOptions) {
  const server = await serve(DIST, serverOptions);
  const browser = await launch();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the playground in a fresh context (empty storage) and waits until the editor is
 * there and the worker is ready. Collects page errors and requests to other origins.
 */
export async function openPlayground(suite, { initScript, context: existing } = {}) {
  const context = existing ?? (await suite.browser.newContext());
  const problems = { pageErrors: [], foreignRequests: [], consoleErrors: [] };
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(suite.server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.foreignRequests.push(url);
    }
  });
  await page.goto(suite.server.url);
  await waitUntilReady(page);
  return { context, page, problems };
}

export async function waitUntilReady(page) {
  // The editor itself (CodeMirror), not the plain text area that stands in for it while its
  // script arrives: the tests type and read through CodeMirror.
  await page.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector(".c4h-status")?.textContent.startsWith("Ready"),
    null,
    { timeout: 30_000 },
  );
}

export const editor = (page) => page.getByRole("textbox", { name: "Code editor" });
export const output = (page) => page.getByRole("log", { name: "Output" });
export const runButton = (page) => page.getByRole("button", { name: "Run" });
export const stopButton = (page) => page.getByRole("button", { name: "Stop" });
export const statusText = (page) => page.locator(".c4h-status").textContent();

/** The editor's whole text, read from CodeMirror's lines as a person sees them. */
export async function editorText(page) {
  return page.locator(".cm-content .cm-line").evaluateAll((lines) =>
    lines.map((line) => line.textContent).join("\n"));
}

/**
 * Replaces the editor's text by pasting, as a person would (no auto-indent on the way).
 * The paste event carries the text the way the clipboard does; CodeMirror's own paste
 * handling takes it from there.
 */
export async function setCode(page, code) {
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await editor(page).evaluate((content, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

/** Waits until no run is in progress and the status reports how the last one ended. */
export async function waitForRunToEnd(page, timeout = 30_000) {
  await page.waitForFunction(
    () => {
      const status = document.querySelector(".c4h-status")?.textContent ?? "";
      const run = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Run");
      return run?.getAttribute("aria-disabled") === "false" && !status.startsWith("Running");
    },
    null,
    { timeout },
  );
}

/** Puts `code` in the editor, presses Run and waits for the run to end. */
export async function runCode(page, code) {
  await setCode(page, code);
  await runButton(page).click();
  await waitForRunToEnd(page);
  return (await output(page).textContent()) ?? "";
}

/**
 * From now on, counts main-thread timer ticks that happen while the status says a script
 * is running, and the longest main-thread task. A blocked main thread gets no ticks at
 * all, so "some ticks during the run" is the proof that the page stayed responsive.
 */
export async function watchMainThread(page) {
  await page.evaluate(() => {
    clearInterval(window.__mainThreadTimer);
    window.__mainThreadObserver?.disconnect();
    window.__ticksWhileRunning = 0;
    window.__longestTask = 0;
    const status = document.querySelector(".c4h-status");
    window.__mainThreadTimer = setInterval(() => {
      if (status.textContent.startsWith("Running")) window.__ticksWhileRunning += 1;
    }, 10);
    window.__mainThreadObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longestTask = Math.max(window.__longestTask, entry.duration);
      }
    });
    window.__mainThreadObserver.observe({ type: "longtask" });
  });
}

/** What `watchMainThread` has seen so far. */
export function readMainThread(page) {
  return page.evaluate(() => ({ ticks: window.__ticksWhileRunning, longestTask: window.__longestTask }));
}
