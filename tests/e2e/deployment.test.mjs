// Deployment as an NHS IT team would do it: the build served from a sub-path under a strict
// Content-Security-Policy. Every feature is used, and the browser must report no policy
// violation, no failed request and no page error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch } from "../support/browser.mjs";
import {
  DIST, ROOT, editor, output, setCode, waitForRunToEnd, waitUntilReady, showApiReference,
} from "../support/playground.mjs";

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'";
const PREFIX = "/tools/code4health/";

let server;
let browser;
before(async () => {
  server = await serve(DIST, { prefix: PREFIX, headers: { "content-security-policy": STRICT_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations, failed requests and page errors. */
async function watchedPage(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const problems = { errors: [], failed: [], console: [] };
  page.on("pageerror", (error) => problems.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

async function assertClean(page, problems, where) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], `CSP violations ${where}`);
  assert.deepEqual(problems.failed, [], `failed requests ${where}`);
  assert.deepEqual(problems.errors, [], `page errors ${where}`);
  assert.deepEqual(problems.console.filter((text) => /Content Security Policy|Refused/.test(text)), [], where);
}

test("every feature works from a sub-path under the strict policy, with no violation", async () => {
  assert.ok(server.url.endsWith(PREFIX));
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(server.url);
  await waitUntilReady(page);
  // The editor is styled (CodeMirror's styles are allowed): it has its gutter and colours.
  assert.ok(await page.locator(".cm-gutters").count() > 0);
  assert.equal(await page.locator("header.nhsuk-header").evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(0, 94, 184)");

  // Run: text, a syntax error marked in the editor, a chart and a table.
  await setCode(page, 'print("hello");\nline_chart("Steps", [1, 2, 3], [4000, 6500, 5100]);\ntable([#{ day: "Mon", steps: 4000 }]);');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  await output(page).getByRole("img", { name: "Steps" }).waitFor();
  await output(page).locator("summary", { hasText: "Show as table" }).click();
  await setCode(page, "let x = 5\nprint(x);");
  await page.locator(".cm-c4h-errorLine").first().waitFor();

  // An example app, an input change, and a share link opened as an app.
  await page.locator("summary", { hasText: "Example apps" }).click();
  await page.getByRole("button", { name: "BMI calculator" }).click();
  await page.getByRole("region", { name: /Open the code from/ }).getByRole("button", { name: "Replace my code" }).click();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  await page.getByLabel("Weight in kilograms").fill("90");
  await page.getByText("29.4").waitFor();
  await page.getByRole("button", { name: "Share app" }).click();
  const link = await page.getByRole("textbox", { name: "Link to your app" }).inputValue();
  assert.ok(link.startsWith(`${server.url}#share=v1.app.`), link);
  await showApiReference(page);
  await page.getByRole("searchbox", { name: "Search the functions" }).fill("chart");
  await assertClean(page, problems, "in the playground");

  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "BMI calculator" }).waitFor();
  await page.getByText("22.9").waitFor();
  await page.locator("summary", { hasText: "See the code" }).click();
  await assertClean(page, problems, "in the app view");

  // The lessons: the list, a lesson, Check my code.
  await page.goto(`${server.url}#/lessons`);
  await page.locator(".c4h-lesson-list__link").first().click();
  await editor(page).waitFor();
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.locator(".c4h-checks__summary").waitFor();
  await page.getByRole("button", { name: "Show a hint" }).click();
  await assertClean(page, problems, "in the lessons");

  // The embed view, waiting for a click and then loading a lesson.
  await page.goto(`${server.url}embed.html?click&lesson=printing`);
  await page.getByRole("button", { name: "Load the playground" }).click();
  await editor(page).waitFor();
  await assertClean(page, problems, "in the embed view");

  // Everything came from under the sub-path.
  assert.deepEqual(server.requests.filter((path) => !path.startsWith(PREFIX)), []);
  await context.close();
});

test("the built page has no inline script or style for the policy to block", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  assert.doesNotMatch(html.replace(/<!--[\s\S]*?-->/g, ""), /<script(?![^>]*\bsrc=)[^>]*>/, "an inline <script>");
  assert.doesNotMatch(html, /<style[\s>]/, "an inline <style>");
  assert.doesNotMatch(html, /\sstyle="/, "a style attribute");
  // Relative addresses, for sub-paths; and no base element, which would make the pages' links
  // ("#/lessons") drop the address's query (?lang=cy, ?kiosk).
  assert.doesNotMatch(html, /<base[\s>]/, "a <base>");
  assert.doesNotMatch(html, /\s(?:href|src)="\/(?!\/)/, "an address from the site's root");
  assert.ok(ROOT);
});
