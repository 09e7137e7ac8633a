// Shared steps for the browser tests: open the playground in a fresh browser context,
// put code in the editor the way a person would, run it and read the results.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import AxeBuilder from "@axe-core/playwright";

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
export const runButton = (page) => page.getByRole("button", { name: "Run", exact: true });
export const stopButton = (page) => page.getByRole("button", { name: "Stop" });
export const statusText = (page) => page.locator(".c4h-status").textContent();

/**
 * The editor's whole text, read from CodeMirror's lines as a person sees them. CodeMirror
 * draws only the lines near the screen, so the page is scrolled down the editor and each
 * line is read by its number in the gutter.
 */
export async function editorText(page) {
  await page.locator(".cm-content").waitFor();
  return page.evaluate(async () => {
    const lines = new Map();
    const editor = document.querySelector(".cm-editor");
    const scroller = document.querySelector(".cm-scroller");
    const startY = window.scrollY;
    const top = editor.getBoundingClientRect().top + window.scrollY;
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = Math.max(top - 200, 0); ; y += 300) {
      window.scrollTo(0, y);
      await frame();
      const numbers = [...document.querySelectorAll(".cm-lineNumbers .cm-gutterElement")]
        .filter((element) => /^\d+$/.test(element.textContent));
      for (const line of document.querySelectorAll(".cm-content .cm-line")) {
        const lineTop = line.getBoundingClientRect().top;
        const number = numbers.find((element) => Math.abs(element.getBoundingClientRect().top - lineTop) < 3);
        if (number) lines.set(Number(number.textContent), line.textContent);
      }
      if (y > top + scroller.scrollHeight || y > document.documentElement.scrollHeight) break;
    }
    window.scrollTo(0, startY);
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join("\n");
  });
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
/**
 * The Output panel as the CLI prints it: printed lines as they are, and a problem as its
 * sentence (code between backticks), the line of code indented, and "Details: …".
 */
export async function outputAsText(page) {
  return output(page).evaluate((log) => [...log.childNodes].map((node) => {
    if (!(node instanceof Element) || !node.classList.contains("c4h-problem")) return node.textContent;
    const message = [...node.querySelector(".c4h-problem__message").childNodes]
      .map((part) => (part.nodeName === "CODE" ? `\`${part.textContent}\`` : part.textContent)).join("");
    const code = node.querySelector(".c4h-problem__code")?.textContent.split("\n").map((line) => `\n    ${line}`).join("") ?? "";
    const details = node.querySelector(".c4h-problem__details p");
    return `${message}${code}${details ? `\n  Details: ${details.textContent}` : ""}\n`;
  }).join(""));
}

export async function runCode(page, code) {
  await setCode(page, code);
  await runButton(page).click();
  await waitForRunToEnd(page);
  return (await output(page).textContent()) ?? "";
}

/**
 * From now on, counts main-thread timer ticks that happen while the status says a script
 * is running, how long it said so, and the longest main-thread task. A blocked main
 * thread gets no ticks at all, so "some ticks during a run of more than a few ticks" is
 * the proof that the page stayed responsive. The time running is taken when the status
 * changes, which a blocked page still records, after the fact.
 */
export async function watchMainThread(page) {
  await page.evaluate(() => {
    clearInterval(window.__mainThreadTimer);
    window.__mainThreadObserver?.disconnect();
    window.__statusObserver?.disconnect();
    window.__ticksWhileRunning = 0;
    window.__longestTask = 0;
    window.__runningMs = 0;
    const status = document.querySelector(".c4h-status");
    let runningSince = null;
    window.__statusObserver = new MutationObserver(() => {
      const running = status.textContent.startsWith("Running");
      if (running && runningSince === null) runningSince = performance.now();
      if (!running && runningSince !== null) {
        window.__runningMs += performance.now() - runningSince;
        runningSince = null;
      }
    });
    window.__statusObserver.observe(status, { subtree: true, childList: true, characterData: true });
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
  return page.evaluate(() => ({
    ticks: window.__ticksWhileRunning,
    longestTask: window.__longestTask,
    runningMs: window.__runningMs,
  }));
}

/**
 * Scrolls to the API reference, as a learner does (it is below the editor and the Output),
 * and waits for its search box.
 */
export async function showApiReference(page) {
  await page.getByRole("heading", { name: "Health data you can use" }).scrollIntoViewIfNeeded();
  await page.getByRole("searchbox", { name: "Search the functions" }).waitFor();
}

/** axe-core's findings on the page (WCAG 2.2 AA and best practice), one line each. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
