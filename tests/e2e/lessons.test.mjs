// The lessons in a real browser: the list by unit with progress, the first lesson completed
// by keyboard alone (a failing check, then a passing one), progress that survives a reload,
// hints and the model solution, Reset, and a saved endless loop that does not lock anyone out.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { DIST, startSuite, editor, editorText } from "../support/playground.mjs";

const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const lessons = curriculum.units.flatMap((unit) => unit.lessons);
const first = lessons[0];
const PROGRESS_KEY = "c4h.lessons.v1";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function open(path, { context: existing, initScript } = {}) {
  const context = existing ?? (await suite.browser.newContext());
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, suite.server.url).href);
  return { context, page, errors };
}

async function waitForLesson(page) {
  await editor(page).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector(".c4h-status")?.textContent.startsWith("Ready"), null, { timeout: 30_000 });
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Waits for "Check my code" to finish and returns the checklist's summary line. */
async function checkSummary(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector(".c4h-status")?.textContent ?? "";
    return !status.startsWith("Checking") && document.querySelector(".c4h-checks__summary");
  });
  return page.locator(".c4h-checks__summary").textContent();
}

test("the curriculum: at least 24 lessons in at least 6 units, each unit saying who it suits", () => {
  assert.ok(curriculum.units.length >= 6, `${curriculum.units.length} units`);
  assert.ok(lessons.length >= 24, `${lessons.length} lessons`);
  for (const unit of curriculum.units) {
    assert.ok(["everyone", "patients", "clinicians"].includes(unit.suits), unit.title);
    assert.ok(unit.lessons.length >= 1, unit.title);
  }
});

test("the lesson list groups lessons by unit and shows progress, and is accessible", async () => {
  const { context, page, errors } = await open("./");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lessons" }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  assert.equal(await page.title(), "Lessons – Code4Health Playground");
  const unitHeadings = await page.getByRole("heading", { level: 2 }).allTextContents();
  assert.equal(unitHeadings[0], `Unit 1: ${curriculum.units[0].title}`);
  assert.equal(unitHeadings.filter((h) => h.startsWith("Unit ")).length, curriculum.units.length);
  assert.equal(await page.locator(".c4h-lesson-list__link").count(), lessons.length);
  assert.match(await page.locator(".c4h-progress").textContent(), new RegExp(`You have completed 0 of ${lessons.length} lessons`));
  assert.match(await page.locator(".c4h-unit").first().innerText(), /For patients and clinicians|For patients|For clinicians/);
  assert.deepEqual(await axeViolations(page), [], "the lesson list");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the first lesson by keyboard alone: a failing check, then a passing one, kept after a reload", async () => {
  const { context, page, errors } = await open("./#/lessons");
  await page.locator(".c4h-lesson-list__link").first().waitFor();
  // Tab to the first lesson's link and follow it.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    if (href === `#/lessons/${first.id}`) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), `#/lessons/${first.id}`);
  await page.keyboard.press("Enter");
  await waitForLesson(page);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), first.title);
  // The starter code is in the editor, and nothing ran by itself.
  assert.equal(await editorText(page), first.starter);
  assert.equal(await page.locator("#output").textContent(), "");

  // Tab into the editor; Ctrl+Enter there is "Check my code". The starter fails a check.
  for (let i = 0; i < 40 && !(await editor(page).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await editor(page).evaluate((el) => el === document.activeElement), "the editor is reachable with Tab");
  await page.keyboard.press("Control+Enter");
  const failing = await checkSummary(page);
  assert.match(failing, /^\d+ of \d+ checks passed\. Read what to change below, then try again\.$/);
  assert.ok(await page.locator(".c4h-check--failed").count() >= 1);
  // The results are in a live region, so a screen reader announces them.
  assert.equal(await page.locator(".c4h-checks").getAttribute("role"), "status");
  assert.deepEqual(await axeViolations(page), [], "a lesson page with failed checks");

  // Type the model solution, then check again: every check passes.
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(first.solution);
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => document.querySelector(".c4h-checks__summary")?.textContent.startsWith("All "));
  assert.match(await page.locator(".c4h-checks__summary").textContent(), /Well done: you have completed this lesson!/);
  await page.getByRole("heading", { level: 1 }).getByText("Completed").waitFor();

  // Escape, then Tab leaves the editor for the next control: no keyboard trap.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Check my code");

  // Reload: the lesson is still completed and the code is still the learner's.
  await page.reload();
  await waitForLesson(page);
  await page.getByRole("heading", { level: 1 }).getByText("Completed").waitFor();
  assert.equal(await editorText(page), first.solution);
  await page.getByRole("link", { name: "Lessons", exact: true }).first().click();
  await page.locator(".c4h-progress").waitFor();
  assert.match(await page.locator(".c4h-progress").textContent(), new RegExp(`You have completed 1 of ${lessons.length} lessons`));
  assert.equal(await page.locator(".c4h-lesson-list__item").first().getByText("Completed").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hints one at a time, the model solution only after an attempt and a yes, and Reset", async () => {
  const lesson = lessons.find((l) => l.checks.some((c) => c.hints_html.length) || l.hints_html.length) ?? first;
  const { context, page } = await open(`./#/lessons/${lesson.id}`);
  await waitForLesson(page);
  const hintCount = new Set([...lesson.checks.flatMap((c) => c.hints_html), ...lesson.hints_html]).size;
  assert.ok(hintCount >= 1);
  await page.getByRole("button", { name: "Show a hint" }).click();
  assert.equal(await page.locator(".c4h-hints li").count(), 1);
  for (let shown = 1; shown < hintCount; shown += 1) {
    await page.getByRole("button", { name: "Show another hint" }).click();
  }
  assert.equal(await page.locator(".c4h-hints li").count(), hintCount);
  await page.getByText("That was the last hint.").waitFor();

  // The solution is not offered before an attempt...
  await page.getByRole("button", { name: "Show the model solution" }).click();
  await page.getByText("Try the task first").waitFor();
  assert.equal(await page.locator(".c4h-code").count(), 0);
  // ...and after one, only after saying yes.
  await page.getByRole("button", { name: "Check my code" }).click();
  await checkSummary(page);
  await page.getByRole("button", { name: "Show the model solution" }).click();
  await page.getByRole("button", { name: "No, keep trying" }).click();
  assert.equal(await page.locator(".c4h-code").count(), 0);
  await page.getByRole("button", { name: "Show the model solution" }).click();
  await page.getByRole("button", { name: "Yes, show the solution" }).click();
  assert.equal(await page.locator(".c4h-code").textContent(), lesson.solution);

  // Reset asks, then brings the starter back.
  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText("print(\"my own try\");");
  await page.getByRole("button", { name: "Reset this lesson" }).click();
  await page.getByRole("button", { name: "No, keep my code" }).click();
  assert.equal(await editorText(page), "print(\"my own try\");");
  await page.getByRole("button", { name: "Reset this lesson" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  assert.equal(await editorText(page), lesson.starter);
  await context.close();
});

test("a saved endless loop does not run when its lesson opens, and Stop ends it", async () => {
  const saved = { version: 1, completed: [], attempted: [], code: { [first.id]: "loop { }" } };
  const { context, page, errors } = await open(`./#/lessons/${first.id}`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(saved)]);
  await page.reload();
  await waitForLesson(page);
  assert.equal(await editorText(page), "loop { }");
  assert.equal(await page.locator("#output").textContent(), "");
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByText("Stopped. Your code has not changed.").first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("unreadable progress is kept aside, and an unknown lesson says so", async () => {
  const { context, page } = await open("./#/lessons");
  // The list has read the (empty) progress before the damaged copy is put in its place.
  await page.locator(".c4h-progress").waitFor();
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), PROGRESS_KEY);
  await page.reload();
  await page.getByText("Your saved lesson progress could not be read").waitFor();
  const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)), PROGRESS_KEY);
  assert.equal(kept.length, 1);
  await page.goto(new URL("./#/lessons/no-such-lesson", suite.server.url).href);
  await page.getByRole("heading", { level: 1, name: "Lesson not found" }).waitFor();
  await context.close();
});
