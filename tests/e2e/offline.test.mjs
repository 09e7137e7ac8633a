// Offline and installable: after one visit the service worker has every file of the build,
// so with the network off the page reloads and a lesson can be completed; a new build is
// offered with "A new version is available" instead of mixing versions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch } from "../support/browser.mjs";
import { DIST, editor, waitUntilReady } from "../support/playground.mjs";

let copy;
let server;
let browser;
before(async () => {
  // A copy of the build, so the test can deploy "a new version" of it.
  copy = mkdtempSync(join(tmpdir(), "c4h-offline-"));
  cpSync(DIST, copy, { recursive: true });
  server = await serve(copy, { prefix: "/kiosk/" });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

/** Waits until the service worker controls the page and has finished installing. */
async function waitForOfflineReady(page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  }, null, { timeout: 30_000 });
}

/** One visit until the service worker has every file, then the network off. */
async function visitThenGoOffline() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.url);
  await waitUntilReady(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  return { context, page, errors };
}

test("after one visit, the product works with the network off: a lesson is completed offline", async () => {
  const { context, page, errors } = await visitThenGoOffline();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await page.reload();
  await waitUntilReady(page);
  // The playground runs code and reaches the data set offline.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByText("Hello, Sam!").waitFor();

  // A lesson, from a page address with a setting on it, completed offline.
  await page.goto(`${server.url}?kiosk#/lessons`);
  const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
  const first = curriculum.units[0].lessons[0];
  await page.locator(".c4h-lesson-list__link").first().click();
  await editor(page).waitFor();
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(first.solution);
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.waitForFunction(() => document.querySelector(".c4h-checks__summary")?.textContent.startsWith("All "));
  await page.getByRole("heading", { level: 1 }).getByText("Completed").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline, the product works in Welsh too: its words, a Welsh lesson and a Welsh explanation", async () => {
  const { context, page, errors } = await visitThenGoOffline();
  await page.goto(`${server.url}?lang=cy#/lessons`);
  await page.locator(".c4h-lesson-list__link").first().click();
  await page.getByRole("heading", { level: 1 }).getByText("Eich llinell gyntaf o god").waitFor();
  await page.waitForFunction(() => document.querySelector(".c4h-status")?.textContent.startsWith("Yn barod"));
  const code = page.getByRole("textbox", { name: "Golygydd cod" });
  await code.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText('print("Cofiwch yfed dwr heddiw.")\nprint("Ewch am dro");\n');
  await page.getByRole("button", { name: "Rhedeg", exact: true }).click();
  const problem = page.locator(".c4h-problem__message").first();
  await problem.waitFor();
  assert.match(await problem.textContent(), /^Problem ar linell 1: /);
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline, Watch it run works the first time it is used: its parts come from the service worker", async () => {
  const { context, page, errors } = await visitThenGoOffline();
  await page.reload();
  await waitUntilReady(page);
  await page.getByRole("button", { name: "Watch it run" }).click();
  const sentence = page.locator(".c4h-watch-sentence");
  await sentence.waitFor();
  assert.match(await sentence.textContent(), /^Line \d+: name is Sam\./);
  await page.getByRole("region", { name: "Watch it run" }).getByRole("button", { name: "Next" }).click();
  assert.match(await sentence.textContent(), /^Line \d+/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the manifest makes it installable, with icons that exist", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(new URL(href, server.url).href)).json();
  assert.equal(manifest.name, "Code4Health Playground");
  assert.equal(manifest.start_url, "./");
  assert.equal(manifest.display, "standalone");
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, new URL(href, server.url)).href);
    assert.equal(response.status(), 200, icon.src);
  }
  assert.ok(manifest.icons.some((icon) => icon.sizes === "512x512"));
  await context.close();
});

test("a new version is offered with a reload, not mixed in", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitUntilReady(page);
  await waitForOfflineReady(page);
  const oldVersion = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith("c4h-")));

  // Deploy "a new version": a changed build makes a changed sw.js.
  const sw = join(copy, "sw.js");
  writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "[0-9a-f]+";/, 'const VERSION = "0000000000000001";'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.getByRole("status").filter({ hasText: "A new version is available" });
  await banner.waitFor();
  // Until the learner says so, the page keeps running on the old version's files.
  assert.equal(await page.evaluate(async () => (await caches.keys()).includes("c4h-0000000000000001")), true);
  await banner.getByRole("button", { name: "Reload" }).click();
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.includes("c4h-0000000000000001") && keys.filter((k) => k.startsWith("c4h-")).length === 1;
  });
  await waitUntilReady(page);
  assert.notEqual(oldVersion, "c4h-0000000000000001");
  await context.close();
});
