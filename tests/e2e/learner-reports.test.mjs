// Problems learners met (issue 17), each in a real browser against the real build: check
// results of a past run beside a new one; an app's results worked out from a half-typed
// number; a share link that the focus never reached; lesson code and chart names cut off
// on a phone; a chart's table naming its columns "Group" and "Series 1"; a shared app
// talking about milliseconds and Stop; and API examples that had to be retyped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import {
  DIST, ROOT, startSuite, openPlayground, waitUntilReady, editor, editorText, output,
  runButton, setCode, runCode, waitForRunToEnd, showApiReference,
} from "../support/playground.mjs";

const C4H = join(ROOT, "target", "debug", "c4h");
const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const lessons = curriculum.units.flatMap((unit) => unit.lessons);
const SAVED_KEY = "c4h.playground.v1";
const PHONE = { width: 320, height: 640 };

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A page at `path` in a fresh browser context, with page errors collected. */
async function open(path, { viewport, savedCode } = {}) {
  const context = await suite.browser.newContext(viewport ? { viewport } : {});
  if (savedCode !== undefined) {
    await context.addInitScript(([key, code]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, JSON.stringify({ version: 1, code }));
        sessionStorage.setItem("seeded", "yes");
      }
    }, [SAVED_KEY, savedCode]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, suite.server.url).href);
  return { context, page, errors };
}

/** The share link the CLI makes for `code`, as a whole address on the test server. */
function appLink(code) {
  const fragment = execFileSync(C4H, ["share", "--app", "-"], { input: code, encoding: "utf8" }).trim();
  return new URL(fragment, suite.server.url).href;
}

/** The results on the page, as "label value" lines. */
function results(page) {
  return page.locator(".c4h-result").evaluateAll((shown) => shown.map((result) =>
    `${result.querySelector(".c4h-result__label").textContent} ${result.querySelector(".c4h-result__value").textContent}`));
}

async function waitForResult(page, label, value) {
  await page.waitForFunction(([wanted, expected]) => [...document.querySelectorAll(".c4h-result")]
    .some((r) => r.querySelector(".c4h-result__label")?.textContent === wanted
      && r.querySelector(".c4h-result__value")?.textContent === expected), [label, value]);
}

/**
 * What makes the page wider than its window: the page's own sideways scroll, and every
 * element that reaches past either side, unless a box around it scrolls (or clips) it.
 */
function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroller = document.scrollingElement;
    const clipped = (element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== "visible") return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      return (box.right > width + 0.5 || box.left < -0.5) && !clipped(element);
    }).map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().width)} px)`);
    return { pageScrolls: scroller.scrollWidth > scroller.clientWidth, wide: wide.slice(0, 5) };
  });
}

// ---- 1. Check results belong to the run that made them ---------------------------------

test("a lesson's check results are cleared when the learner runs or checks again", async () => {
  const first = lessons[0];
  const { context, page, errors } = await open(`./#/lessons/${first.id}`);
  await waitUntilReady(page);
  const checklist = page.locator(".c4h-checks");
  const summary = page.locator(".c4h-checks__summary");

  // Code that stops before the checks can run: every check says so.
  await setCode(page, "print(;");
  await page.getByRole("button", { name: "Check my code" }).click();
  await summary.waitFor();
  await waitForRunToEnd(page);
  assert.match(await summary.textContent(), /^0 of \d+ checks passed/);
  assert.match(await checklist.innerText(), /Not checked: your code stopped/);

  // A correct Run: no results from the run before sit beside its output.
  await setCode(page, first.solution);
  await runButton(page).click();
  await waitForRunToEnd(page);
  assert.notEqual((await output(page).textContent()).trim(), "");
  assert.equal((await checklist.innerText()).trim(), "", "the old check results are gone");

  // Check my code: this run's results, all passed.
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.waitForFunction(() => document.querySelector(".c4h-checks__summary")?.textContent.startsWith("All "));
  // Then a run that stops: "All checks passed" must not stay beside its problem either.
  await setCode(page, "print(;");
  await runButton(page).click();
  await waitForRunToEnd(page);
  await output(page).locator(".c4h-problem").waitFor();
  assert.equal((await checklist.innerText()).trim(), "");
  // The lesson stays completed: clearing the results forgets nothing.
  await page.getByRole("heading", { level: 1 }).getByText("Completed").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- 2. No results from a value the app cannot use ------------------------------------

const WATER = [
  "// Water balance: an app.",
  'let taken = input_number("Water in (ml)", 1500, 0, 5000);',
  'let passed = input_number("Water out (ml)", 500, 0, 5000);',
  'show("Total in (ml)", taken);',
  'show("Total out (ml)", passed);',
  'show("Balance (ml)", taken - passed);',
].join("\n");
const FIX_MESSAGE = 'Fix the value in "Water out (ml)" to see the results.';

/** Types `text` into the box labelled `label` key by key, as a person does. */
async function typeInto(page, label, text) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
  return box;
}

/** A number out of range: the error at the box, no results, and a message saying why. */
async function assertResultsHiddenUntilFixed(page) {
  const box = await typeInto(page, "Water out (ml)", "6000");
  await page.locator(".c4h-field__error").waitFor();
  assert.equal(await box.getAttribute("aria-invalid"), "true");
  // Let the runs for "6", "60" and "600" end: none of their results may show.
  await page.waitForTimeout(300);
  await page.getByText(FIX_MESSAGE).waitFor();
  assert.deepEqual(await results(page), [], "no results from 600 beside a box holding 6000");

  // Something that is not a number at all: still no results.
  await typeInto(page, "Water out (ml)", "six");
  await page.waitForTimeout(300);
  assert.deepEqual(await results(page), []);
  await page.getByText(FIX_MESSAGE).waitFor();

  // Fixed: this value's results come back, and the message goes.
  await typeInto(page, "Water out (ml)", "700");
  await waitForResult(page, "Total out (ml)", "700");
  assert.deepEqual(await results(page), ["Total in (ml) 1500", "Total out (ml) 700", "Balance (ml) 800"]);
  assert.equal(await page.getByText(FIX_MESSAGE).count(), 0);
  assert.equal(await box.evaluate((element) => element === document.activeElement), true, "the focus stayed in the box");
}

test("an app's results are hidden while a box holds a value it cannot use (playground)", async () => {
  const { context, page, problems } = await openPlayground(suite);
  await runCode(page, WATER);
  assert.deepEqual(await results(page), ["Total in (ml) 1500", "Total out (ml) 500", "Balance (ml) 1000"]);
  await assertResultsHiddenUntilFixed(page);
  // Run again with the box wrong: the new run's results are hidden too.
  await typeInto(page, "Water out (ml)", "6000");
  await runButton(page).click();
  await waitForRunToEnd(page);
  await page.getByText(FIX_MESSAGE).waitFor();
  assert.deepEqual(await results(page), []);
  assert.deepEqual(await axeViolations(page), [], "the playground with hidden results");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("an app's results are hidden while a box holds a value it cannot use (shared app)", async () => {
  const { context, page, errors } = await open(appLink(WATER));
  await waitForResult(page, "Balance (ml)", "1000");
  await assertResultsHiddenUntilFixed(page);
  assert.deepEqual(await axeViolations(page), [], "the app view with hidden results");
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- 3. The focus goes to a new share link --------------------------------------------

test("Share app and Share code move the focus to the new link, selected to copy", async () => {
  const { context, page } = await openPlayground(suite);
  await page.getByRole("button", { name: "Share app" }).focus();
  await page.keyboard.press("Enter");
  const appLinkBox = page.getByRole("textbox", { name: "Link to your app" });
  await appLinkBox.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "share-link", null, { timeout: 5_000 });
  const link = await appLinkBox.inputValue();
  assert.match(link, /#share=v1\.app\./);
  const selected = await appLinkBox.evaluate((box) => [box.selectionStart, box.selectionEnd]);
  assert.deepEqual(selected, [0, link.length], "the whole link is selected, ready to copy");
  // The next Tab reaches Copy link.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Copy link");

  await page.getByRole("button", { name: "Share code" }).click();
  const codeLinkBox = page.getByRole("textbox", { name: "Link to your code" });
  await codeLinkBox.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "share-link"
    && document.activeElement.value.includes("#share=v1.code."), null, { timeout: 5_000 });
  await context.close();
});

// ---- 4. Lesson code on a phone and in the narrow column ------------------------------

test("lesson text and code fit a 320 px phone: long lines of code wrap inside their box", async () => {
  const { context, page, errors } = await open("./#/lessons", { viewport: PHONE });
  await page.locator(".c4h-lesson-list__link").first().waitFor({ timeout: 30_000 });
  const problems = [];
  for (const lesson of lessons) {
    await page.goto(new URL(`./#/lessons/${lesson.id}`, suite.server.url).href);
    await page.getByRole("heading", { level: 1, name: lesson.title }).waitFor();
    await page.locator(".c4h-lesson__prose").first().waitFor();
    const overflow = await sidewaysOverflow(page);
    if (overflow.pageScrolls || overflow.wide.length > 0) problems.push(`${lesson.id}: ${JSON.stringify(overflow)}`);
    // Code wraps rather than scrolling: no box of code to find and scroll sideways.
    const scrolling = await page.locator(".c4h-lesson__prose pre").evaluateAll((blocks) => blocks
      .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
      .map((pre) => pre.textContent.slice(0, 40)));
    if (scrolling.length > 0) problems.push(`${lesson.id}: code that scrolls sideways: ${scrolling}`);
  }
  assert.deepEqual(problems, []);

  // A lesson with a line of code wider than a phone: it continues on the next line, all of
  // it on screen, and axe finds nothing.
  await page.goto(new URL("./#/lessons/bar-chart", suite.server.url).href);
  await waitUntilReady(page);
  const wrapped = await page.locator(".c4h-lesson__prose pre").evaluateAll((blocks) => blocks.filter((pre) => {
    const longest = Math.max(...pre.textContent.split("\n").map((line) => line.length));
    const lineHeight = parseFloat(getComputedStyle(pre).lineHeight);
    const lines = pre.textContent.trimEnd().split("\n").length;
    return longest > 36 && pre.getBoundingClientRect().height > (lines + 0.5) * lineHeight;
  }).length);
  assert.ok(wrapped >= 1, "the bar chart lesson's long line of code wraps");
  assert.deepEqual(await axeViolations(page), [], "a lesson at 320 px");
  assert.deepEqual(errors, []);
  await context.close();
});

test("lesson code stays inside the narrow column on a desktop", async () => {
  const { context, page } = await open("./#/lessons/bar-chart");
  await waitUntilReady(page);
  const outside = await page.locator(".c4h-lesson__text").evaluate((column) => {
    const edge = column.getBoundingClientRect().right;
    return [...column.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5 && !element.closest("pre"))
      .concat([...column.querySelectorAll("pre")].filter((pre) => pre.getBoundingClientRect().right > edge + 0.5))
      .map((element) => element.tagName);
  });
  assert.deepEqual(outside, []);
  assert.equal((await sidewaysOverflow(page)).pageScrolls, false);
  await context.close();
});

// ---- 5. Charts: whole names, and a table named as the chart is -----------------------

const PRACTICE_CHART = [
  "let names = []; let sizes = [];",
  "for practice in practices() { names.push(practice.name); sizes.push(practice.patients); }",
  'bar_chart(#{ title: "Patients at each practice", x_label: "Practice", y_label: "Patients", x: names, y: sizes });',
  'line_chart(#{ title: "Systolic blood pressure", x_label: "Reading",',
  '  x: [1, 2, 3],',
  '  series: [#{ name: "Riverside Medical Centre patients", y: [140, 135, 131] },',
  '           #{ name: "Harbour View Health Centre patients", y: [150, 141, 138] }] });',
  'bar_chart("Flu vaccinations this week", ["Monday", "Tuesday", "Wednesday"], [42, 57, 38]);',
].join("\n");
const PRACTICES = ["Riverside Medical Centre", "Oak Tree Surgery", "Harbour View Health Centre",
  "Kingsmead Family Practice", "Hillside Group Practice"];

/** Each `<text>` of chart `index` as it reads: its lines joined with spaces. */
function chartTexts(page, index) {
  return output(page).locator("svg.c4h-chart").nth(index).evaluate((svg) => [...svg.querySelectorAll("text")]
    .map((text) => {
      const lines = [...text.querySelectorAll("tspan")];
      return (lines.length > 0 ? lines.map((line) => line.textContent) : [text.textContent]).join(" ");
    }));
}

async function tableColumns(page, index) {
  const figure = output(page).locator(".c4h-figure").nth(index);
  await figure.locator("summary", { hasText: "Show as table" }).click();
  return figure.locator("th").allInnerTexts();
}

for (const [name, viewport] of [["on a desktop", undefined], ["at 320 px", PHONE]]) {
  test(`charts show whole group and series names, readable ${name}`, async () => {
    const { context, page, problems } = await openPlayground(suite, {
      context: await suite.browser.newContext(viewport ? { viewport } : {}),
    });
    await runCode(page, PRACTICE_CHART);
    await output(page).locator("svg.c4h-chart").nth(2).waitFor();
    const bars = await chartTexts(page, 0);
    for (const practice of PRACTICES) assert.ok(bars.includes(practice), `${practice} in ${bars}`);
    const lines = await chartTexts(page, 1);
    assert.ok(lines.includes("Riverside Medical Centre patients"), `legend: ${lines}`);
    assert.ok(lines.includes("Harbour View Health Centre patients"), `legend: ${lines}`);
    assert.ok(![...bars, ...lines].some((text) => text.includes("…")), "nothing cut short");

    // The table alternative names its columns as the chart does.
    assert.deepEqual(await tableColumns(page, 0), ["Practice", "Patients"]);
    assert.deepEqual(await tableColumns(page, 1),
      ["Reading", "Riverside Medical Centre patients", "Harbour View Health Centre patients"]);
    const quick = await tableColumns(page, 2);
    assert.ok(!quick.includes("Group") && !quick.includes("Series 1"), `columns: ${quick}`);

    // Readable: the picture is drawn at no less than three quarters of its size (its
    // 12 px names stay 9 px or more), scrolling sideways inside its own box if it must.
    const pictures = await output(page).locator(".c4h-figure__picture").evaluateAll((boxes) => boxes.map((box) => ({
      scale: box.querySelector("svg").getBoundingClientRect().width / 640,
      scrolls: box.scrollWidth > box.clientWidth,
      reachable: box.tabIndex === 0 && Boolean(box.getAttribute("aria-labelledby") || box.getAttribute("aria-label")),
    })));
    for (const picture of pictures) {
      assert.ok(picture.scale >= 0.75, `drawn at ${picture.scale} of its size`);
      if (picture.scrolls) assert.ok(picture.reachable, "a chart that scrolls can be reached by keyboard");
    }
    const overflow = await sidewaysOverflow(page);
    assert.equal(overflow.pageScrolls, false, JSON.stringify(overflow));
    assert.deepEqual(overflow.wide, []);
    assert.deepEqual(await axeViolations(page), [], `charts ${name}`);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
}

// ---- 6. A shared app talks to its user, not to a programmer ---------------------------

test("a shared app shows its results without timings or Stop, and a plain message for a problem", async () => {
  const bmi = readFileSync(join(ROOT, "examples", "bmi-calculator.rhai"), "utf8");
  const { context, page, errors } = await open(appLink(bmi));
  await waitForResult(page, "Your BMI", "22.9");
  assert.equal(await page.getByRole("button", { name: "Stop" }).count(), 0);
  assert.doesNotMatch(await page.locator("main").innerText(), /Finished|\bms\b|Ready\. Press Run/);
  await page.getByLabel("Weight in kilograms").fill("90");
  await waitForResult(page, "Your BMI", "29.4");
  assert.doesNotMatch(await page.locator("main").innerText(), /Finished|\bms\b/);
  assert.deepEqual(errors, []);
  await context.close();

  const broken = [
    "// Dose helper: an app.",
    'let weight = input_number("Weight in kilograms", 70, 20, 300);',
    "let doses = #{};",
    'show("Dose", doses.adult * weight);',
  ].join("\n");
  const app = await open(appLink(broken));
  const message = app.page.getByText("This app has a problem, so it cannot show its results.");
  await message.waitFor({ timeout: 30_000 });
  const text = await app.page.locator("main").innerText();
  assert.doesNotMatch(text, /Finished|See the output|Press Run|Stop/);
  assert.equal(await app.page.getByRole("button", { name: "Stop" }).count(), 0);
  assert.deepEqual(await axeViolations(app.page), [], "an app with a problem");
  assert.deepEqual(app.errors, []);
  await app.context.close();
});

// ---- 7. Try an API example in the editor ----------------------------------------------

async function tryExample(page, name) {
  await showApiReference(page);
  await page.locator("#api-search").fill(name);
  const entry = page.locator(".c4h-api__entry").filter({ has: page.locator("summary", { hasText: `Example for ${name}` }) }).first();
  // Open the example (it stays open from a try before).
  if (!(await entry.locator("details").evaluate((details) => details.open))) await entry.locator("summary").click();
  const example = await entry.locator("pre").textContent();
  await entry.getByRole("button", { name: `Try this example for ${name}` }).click();
  return example;
}

test("Try this puts an API example in the editor, and asks before replacing the learner's work", async () => {
  // A first visit: the editor holds the starter code, which is simply replaced.
  const { context, page, problems } = await openPlayground(suite);
  const example = await tryExample(page, "practices");
  await page.waitForFunction(() => document.activeElement?.closest(".cm-editor"), null, { timeout: 5_000 });
  assert.equal(await editorText(page), example);
  await page.keyboard.press("Control+Enter");
  await waitForRunToEnd(page);
  assert.match(await output(page).textContent(), /Riverside Medical Centre/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();

  // The learner's own saved work: asked first; "Keep my code" keeps it.
  const mine = 'print("my own work");';
  const visit = await open("./", { savedCode: mine });
  await waitUntilReady(visit.page);
  await tryExample(visit.page, "practices");
  const question = visit.page.getByRole("region", { name: "Open the code from the practices example?" });
  await question.waitFor();
  await question.getByRole("button", { name: "Keep my code" }).click();
  assert.equal(await editorText(visit.page), mine);
  // "Replace my code": the example is in, the focus is in the editor, and Ctrl+Z undoes it.
  const again = await tryExample(visit.page, "practices");
  await question.getByRole("button", { name: "Replace my code" }).click();
  assert.equal(await editorText(visit.page), again);
  await visit.page.waitForFunction(() => document.activeElement?.closest(".cm-editor"), null, { timeout: 5_000 });
  await visit.page.keyboard.press("Control+Z");
  assert.equal(await editorText(visit.page), mine);
  assert.deepEqual(visit.errors, []);
  await visit.context.close();
});
