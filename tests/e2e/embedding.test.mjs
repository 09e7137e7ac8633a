// Embedding in an intranet page: a host page on another origin includes embed.js and a
// <div data-c4h-lesson>; it gets a sized frame with the lesson alone, and events for runs
// and a completed lesson, but only when the playground's deployer allowed that host. The
// frame can wait for a click, and messages from anywhere else are ignored.
import { test, before, after } from "node:test";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../support/server.mjs";
import { launch } from "../support/browser.mjs";
import { DIST, ROOT } from "../support/playground.mjs";

const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const first = curriculum.units[0].lessons[0];

// A "Share code" link's fragment for `print("embedded");`, made in the playground's own
// format (crates/links) by `c4h share`.
const CODE_LINK = execFileSync(join(ROOT, "target", "debug", "c4h"), ["share", "-"], {
  input: 'print("embedded");\n',
  encoding: "utf8",
}).trim();

let playgroundDir;
let hostDir;
let playground;
let host;
let strangerHost;
let browser;

const hostPage = (playgroundUrl, attributes) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Intranet: learn to code</title>
<script src="${playgroundUrl}embed.js" defer></script>
<script src="record.js"></script></head>
<body><main><h1>Learn to code</h1><div id="lesson" ${attributes}></div></main></body></html>`;

before(async () => {
  playgroundDir = mkdtempSync(join(tmpdir(), "c4h-embed-site-"));
  cpSync(DIST, playgroundDir, { recursive: true });
  playground = await serve(playgroundDir);
  hostDir = mkdtempSync(join(tmpdir(), "c4h-embed-host-"));
  host = await serve(hostDir);
  strangerHost = await serve(hostDir);
  // The deployer allows the intranet, not the stranger.
  writeFileSync(join(playgroundDir, "embed-hosts.json"), JSON.stringify({ hosts: [new URL(host.url).origin] }));
  writeFileSync(join(hostDir, "record.js"), `window.__events = [];
for (const type of ["c4h:ready", "c4h:run-finished", "c4h:lesson-completed"]) {
  document.addEventListener(type, (event) => window.__events.push({ type, ...event.detail }));
}`);
  writeFileSync(join(hostDir, "lesson.html"), hostPage(playground.url, `data-c4h-lesson="${first.id}"`));
  writeFileSync(join(hostDir, "code.html"), hostPage(playground.url, `data-c4h-code="${CODE_LINK}" data-c4h-readonly`));
  writeFileSync(join(hostDir, "click.html"), hostPage(playground.url, `data-c4h-lesson="${first.id}" data-c4h-click data-c4h-height="400"`));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of [playground, host, strangerHost]) await server?.close();
  rmSync(playgroundDir, { recursive: true, force: true });
  rmSync(hostDir, { recursive: true, force: true });
});

test("an allowed host gets the lesson alone in a sized frame, and its events", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${host.url}lesson.html`);
  const frameElement = page.locator("#lesson iframe");
  await frameElement.waitFor();
  assert.equal(await frameElement.getAttribute("title"), "Code4Health Playground");
  const frame = page.frameLocator("#lesson iframe");
  await frame.getByRole("heading", { level: 1, name: first.title }).waitFor({ timeout: 30_000 });
  // Only the lesson: the site's header is hidden in the frame.
  assert.equal(await frame.locator("header.nhsuk-header").isVisible(), false);
  await page.waitForFunction(() => window.__events.some((e) => e.type === "c4h:ready"));
  // The frame is sized to its content, not left at its first height.
  await page.waitForFunction(() => document.querySelector("#lesson iframe").style.height !== "");

  await frame.getByRole("textbox", { name: "Code editor" }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(first.solution);
  await frame.getByRole("button", { name: "Check my code" }).click();
  await page.waitForFunction((id) => window.__events.some((e) => e.type === "c4h:lesson-completed" && e.lesson === id), first.id);
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.some((e) => e.type === "c4h:run-finished" && e.outcome === "completed"), JSON.stringify(events));

  // A message that does not come from the playground's frame is ignored.
  await page.evaluate(() => window.postMessage({ v: 1, type: "c4h:lesson-completed", lesson: "forged" }, "*"));
  await page.waitForTimeout(200);
  assert.equal((await page.evaluate(() => window.__events)).filter((e) => e.lesson === "forged").length, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a host the deployer did not allow gets the frame but no messages", async () => {
  const page = await browser.newPage();
  await page.goto(`${strangerHost.url}lesson.html`);
  const frame = page.frameLocator("#lesson iframe");
  await frame.getByRole("heading", { level: 1, name: first.title }).waitFor({ timeout: 30_000 });
  await frame.getByRole("button", { name: "Run", exact: true }).click();
  await frame.getByRole("status").filter({ hasText: /^Finished in/ }).waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__events), []);
  await page.close();
});

test("with data-c4h-click the frame waits for 'Load the playground', keeping its height", async () => {
  const page = await browser.newPage();
  const before = playground.requests.length;
  await page.goto(`${host.url}click.html`);
  const frame = page.frameLocator("#lesson iframe");
  const load = frame.getByRole("button", { name: "Load the playground" });
  await load.waitFor();
  await page.waitForTimeout(300);
  // Until the click, the host page carries only the light embed view: no wasm, no editor.
  const fetched = playground.requests.slice(before);
  assert.ok(fetched.includes("/embed.html"), fetched.join(" "));
  assert.deepEqual(fetched.filter((path) => path.endsWith(".wasm") || path.includes("editor-")), []);
  await load.click();
  await frame.getByRole("heading", { level: 1, name: first.title }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator("#lesson iframe").getAttribute("height"), "400");
  await page.close();
});

test("embedded code can be read-only: it runs, but typing does not change it", async () => {
  const page = await browser.newPage();
  await page.goto(`${host.url}code.html`);
  const frame = page.frameLocator("#lesson iframe");
  const editor = frame.getByRole("textbox", { name: "Code editor" });
  await editor.waitFor({ timeout: 30_000 });
  await frame.locator(".cm-content").getByText('print("embedded");').waitFor();
  await editor.click();
  await page.keyboard.type("changed ");
  assert.equal((await frame.locator(".cm-content").innerText()).trim(), 'print("embedded");');
  await frame.getByRole("button", { name: "Run", exact: true }).click();
  await frame.getByRole("log", { name: "Output" }).getByText("embedded").waitFor();
  await page.close();
});
