// Tables, charts, apps, share links and files in a real browser: the learner builds the BMI
// app and changes an input, shares it and opens the link in a fresh browser, opens broken
// links without losing saved work, and downloads and opens code files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import {
  ROOT, startSuite, openPlayground, output, runButton, editorText, setCode, runCode,
  waitForRunToEnd, waitUntilReady,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const BMI = readFileSync(join(ROOT, "examples", "bmi-calculator.rhai"), "utf8");
const SAVED_KEY = "c4h.playground.v1";

/** The value `show` gave for `label`, as the page shows it. */
async function result(page, label) {
  const results = page.locator(".c4h-result", { hasText: label });
  return results.locator(".c4h-result__value").textContent();
}

async function waitForResult(page, label, value) {
  await page.waitForFunction(([wanted, expected]) => [...document.querySelectorAll(".c4h-result")]
    .some((r) => r.querySelector(".c4h-result__label")?.textContent === wanted
      && r.querySelector(".c4h-result__value")?.textContent === expected), [label, value]);
}

async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A page in a fresh browser context whose storage already holds `code` as saved work. */
async function openWithSavedWork(url, code) {
  const context = await suite.browser.newContext();
  await context.addInitScript(([key, saved]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, JSON.stringify({ version: 1, code: saved }));
      sessionStorage.setItem("seeded", "yes");
    }
  }, [SAVED_KEY, code]);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors };
}

async function shareLink(page, buttonName) {
  await page.getByRole("button", { name: buttonName }).click();
  const link = page.getByRole("textbox", { name: /^Link to your/ });
  await link.waitFor();
  return link.inputValue();
}

test("the BMI app: its inputs form a labelled form, and changing one updates the result", async () => {
  const { context, page, problems } = await openPlayground(suite);
  await setCode(page, BMI);
  await runButton(page).click();
  await waitForRunToEnd(page);
  assert.equal(await result(page, "Your BMI"), "22.9");
  assert.equal(await result(page, "BMI range"), "Healthy weight");

  const form = page.getByRole("form", { name: "Your app's inputs" });
  const weight = form.getByLabel("Weight in kilograms");
  assert.equal(await weight.inputValue(), "70");
  assert.match(await form.innerText(), /A number from 20 to 300/);

  // Typing a new weight re-runs the app; the focus stays in the box being typed in.
  await weight.fill("90");
  await waitForResult(page, "Your BMI", "29.4");
  assert.equal(await result(page, "BMI range"), "Overweight");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid")), "false");
  assert.equal(await weight.evaluate((el) => el === document.activeElement), true);

  // Something that is not a number, or is out of range: an error at the input, and no
  // results until it is fixed (they would not match the box).
  await weight.fill("ninety");
  const error = page.locator(".c4h-field__error");
  await error.waitFor();
  assert.match(await error.textContent(), /Error: Enter a number from 20 to 300, using only digits/);
  assert.equal(await weight.getAttribute("aria-invalid"), "true");
  assert.match(await weight.getAttribute("aria-describedby"), /-error$/);
  await weight.fill("301");
  assert.match(await error.textContent(), /Enter a number from 20 to 300$/);
  await page.getByText('Fix the value in "Weight in kilograms" to see the results.').waitFor();
  assert.equal(await page.locator(".c4h-result").count(), 0);
  await weight.fill("100");
  await waitForResult(page, "Your BMI", "32.7");
  assert.equal(await error.count(), 0);

  // Keyboard only: Tab to the height, type, and the result follows.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent), "Height in metres");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2");
  await waitForResult(page, "Your BMI", "25.0");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("charts are SVG pictures with a title, a description and a table of their values", async () => {
  const { context, page } = await openPlayground(suite);
  await runCode(page, [
    'line_chart(#{ title: "Blood pressure", x_label: "Date", y_label: "mmHg",',
    '  x: ["2024-01-05", "2024-03-01", "2024-06-20"],',
    '  series: [#{ name: "Systolic", y: [142, 138, 131] }, #{ name: "Diastolic", y: [91, 88, 84] }] });',
    'table("Practices", [#{ practice: "SYN01", patients: 212 }], ["practice", "patients"]);',
    'print("done");',
  ].join("\n"));
  const chart = output(page).getByRole("img", { name: "Blood pressure" });
  await chart.waitFor();
  const description = await chart.evaluate((svg) => svg.querySelector("desc").textContent);
  assert.match(description, /Systolic/);
  assert.match(description, /Diastolic/);
  // The values, for people who cannot see the picture.
  await output(page).locator("summary", { hasText: "Show as table" }).focus();
  await page.keyboard.press("Enter");
  const valuesTable = output(page).getByRole("table", { name: "Blood pressure" });
  const rows = await valuesTable.locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 3);
  assert.match(rows[0], /2024-01-05\s+142\s+91/);
  // The script's own table, with a caption and column headers.
  const table = output(page).getByRole("table", { name: "Practices" });
  assert.deepEqual(await table.locator("th").allInnerTexts(), ["practice", "patients"]);
  assert.deepEqual(await table.locator("td").allInnerTexts(), ["SYN01", "212"]);
  assert.match(await output(page).innerText(), /done\n?$/);
  assert.deepEqual(await axeViolations(page), [], "a page with a chart, a table and a form");
  await context.close();
});

test("the example apps open from the Examples list and run", async () => {
  const { context, page } = await openPlayground(suite);
  await page.locator("summary", { hasText: "Example apps" }).focus();
  await page.keyboard.press("Enter");
  // The starter code is not the learner's own work: it is replaced without asking.
  await page.getByRole("button", { name: "NEWS2 score calculator" }).click();
  assert.match(await editorText(page), /NEWS2 early warning score calculator/);
  await runButton(page).click();
  await waitForRunToEnd(page);
  assert.equal(await result(page, "NEWS2 score"), "0");
  await page.getByLabel("Pulse (beats per minute)").fill("135");
  await waitForResult(page, "NEWS2 score", "3");
  assert.equal(await result(page, "Clinical risk"), "Low to medium: urgent ward-based response");
  await page.getByLabel("Consciousness (ACVPU)").selectOption("Responds to voice");
  await waitForResult(page, "NEWS2 score", "6");
  await page.getByLabel("Breathing supplemental oxygen").check();
  await waitForResult(page, "NEWS2 score", "8");
  assert.equal(await result(page, "Clinical risk"), "High: emergency response");

  // Now the editor holds the learner's (changed) code: another example asks first.
  await page.getByRole("button", { name: "Blood pressure diary" }).click();
  const question = page.getByRole("region", { name: "Open the code from the Blood pressure diary example?" });
  await question.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "replace-heading");
  await question.getByRole("button", { name: "Replace my code" }).click();
  assert.match(await editorText(page), /Blood pressure diary/);
  await runButton(page).click();
  await waitForRunToEnd(page);
  await output(page).getByRole("img", { name: /^Blood pressure of / }).waitFor();
  await context.close();
});

test("Share app: the link opens the app alone in a fresh browser, with the code on request", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, BMI);
  const link = await shareLink(page, "Share app");
  assert.ok(link.startsWith(new URL("#share=v1.app.", suite.server.url).href), link);
  assert.match(await page.locator(".c4h-share").innerText(), /not stored on any server/);
  await context.close();

  const fresh = await suite.browser.newContext();
  const app = await fresh.newPage();
  const errors = [];
  app.on("pageerror", (error) => errors.push(error.message));
  await app.goto(link);
  await app.getByRole("heading", { level: 1, name: "BMI calculator" }).waitFor();
  await waitForResult(app, "Your BMI", "22.9");
  // The code is hidden: no editor, no Run button.
  assert.equal(await app.getByRole("textbox", { name: "Code editor" }).count(), 0);
  assert.equal(await app.getByRole("button", { name: "Run", exact: true }).count(), 0);
  await app.getByLabel("Height in metres").fill("1.6");
  await waitForResult(app, "Your BMI", "27.3");
  assert.deepEqual(await axeViolations(app), [], "the app view");

  await app.locator("summary", { hasText: "See the code" }).focus();
  await app.keyboard.press("Enter");
  assert.equal(await app.locator(".c4h-code").textContent(), BMI);
  const openInPlayground = app.getByRole("link", { name: "Open this code in the playground" });
  assert.match(await openInPlayground.getAttribute("href"), /#share=v1\.code\./);
  await openInPlayground.click();
  await waitUntilReady(app);
  // A fresh browser has no saved work: the shared code simply opens.
  assert.equal(await editorText(app), BMI);
  assert.doesNotMatch(app.url(), /#share=/);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test("Share code: opening the link asks before replacing saved work, and keeps it", async () => {
  const { context, page } = await openPlayground(suite);
  const shared = 'print("shared with you");';
  await setCode(page, shared);
  const link = await shareLink(page, "Share code");
  assert.match(link, /#share=v1\.code\./);
  await context.close();

  const mine = 'print("my own work");';
  const { context: other, page: visitor, errors } = await openWithSavedWork(link, mine);
  await waitUntilReady(visitor);
  const question = visitor.getByRole("region", { name: "Open the code from the shared link?" });
  await question.waitFor();
  assert.equal(await editorText(visitor), mine, "nothing replaced before the learner says so");
  await question.getByRole("button", { name: "Replace my code" }).click();
  assert.equal(await editorText(visitor), shared);
  assert.equal(await visitor.evaluate(() => localStorage.getItem("c4h.playground.v1.previous")), mine);
  // Undo brings the learner's own code back.
  await visitor.getByRole("textbox", { name: "Code editor" }).click();
  await visitor.keyboard.press("Control+Z");
  assert.equal(await editorText(visitor), mine);
  assert.deepEqual(errors, []);
  await other.close();
});

test("broken links: damaged, cut short, too long or from a newer version, and saved work stays", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, BMI);
  const good = await shareLink(page, "Share app");
  await context.close();
  const fragment = good.slice(good.indexOf("#"));
  const mine = 'print("my own work");';
  const cases = [
    ["damaged", `#share=v1.code.120.${"A".repeat(12)}$$`, /damaged or incomplete/],
    ["cut short", fragment.slice(0, Math.floor(fragment.length * 0.6)), /damaged or incomplete/],
    ["unknown mode", fragment.replace(".app.", ".edit."), /damaged or incomplete/],
    ["too long", `#share=v1.code.10.${"A".repeat(45_000)}`, /more code than the playground can open/],
    ["newer version", fragment.replace("v1.", "v2."), /made by a newer version/],
  ];
  for (const [name, brokenFragment, message] of cases) {
    const { context: visit, page: visitor, errors } = await openWithSavedWork(
      new URL(brokenFragment, suite.server.url).href, mine);
    await waitUntilReady(visitor);
    const alert = visitor.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /This link could not be opened/, name);
    assert.match(text, message, name);
    assert.equal(await editorText(visitor), mine, `${name}: saved work is still in the editor`);
    assert.equal(JSON.parse(await visitor.evaluate((key) => localStorage.getItem(key), SAVED_KEY)).code, mine);
    assert.deepEqual(errors, [], name);
    await visit.close();
  }
});

test("Download code saves a .rhai file, and Open a file brings one back", async () => {
  const { context, page } = await openPlayground(suite);
  const code = 'let weight = 70;\nprint(`Weight: ${weight} kg`);';
  await setCode(page, code);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download code" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "my-code.rhai");
  const saved = readFileSync(await download.path(), "utf8");
  assert.equal(saved, code);

  // Opening a file into the learner's own code asks first.
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open a file" }).click(),
  ]);
  await chooser.setFiles({ name: "steps.rhai", mimeType: "text/plain", buffer: Buffer.from('print("10,000 steps");') });
  await page.getByRole("region", { name: "Open the code from steps.rhai?" })
    .getByRole("button", { name: "Replace my code" }).click();
  assert.equal(await editorText(page), 'print("10,000 steps");');
  assert.match(await runCode(page, await editorText(page)), /10,000 steps/);

  // A file that is not text is refused, and the code stays.
  const [binary] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open a file" }).click(),
  ]);
  await binary.setFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]) });
  await page.getByText("photo.png could not be opened: it is not a text file.").waitFor();
  assert.equal(await editorText(page), 'print("10,000 steps");');
  await context.close();
});
