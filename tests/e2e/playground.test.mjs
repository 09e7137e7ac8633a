// The playground in a real browser: the page, the editor, Run, output and errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startSuite, openPlayground, editor, output, runButton, statusText, editorText, setCode,
  runCode, waitForRunToEnd,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

test("the page loads, styled with the NHS.UK design system, fetching nothing from elsewhere", async () => {
  const { context, page, problems } = await openPlayground(suite);
  assert.equal(await page.title(), "Code4Health Playground");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Code playground");
  // nhsuk-frontend's header is NHS blue, its main button green.
  const headerColour = await page.locator("header.nhsuk-header").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(headerColour, "rgb(0, 94, 184)");
  const runColour = await runButton(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(runColour, "rgb(0, 127, 59)");
  // The starter program is there for a first-time visitor.
  assert.match(await editorText(page), /print\(`Hello, \$\{name\}!`\);/);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("the editor has line numbers, Rhai highlighting, bracket matching and auto-indent", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "let weight = 70; // kg\nprint(\"text\");");
  const gutter = await page.locator(".cm-lineNumbers .cm-gutterElement").allTextContents();
  assert.ok(gutter.includes("1") && gutter.includes("2"), `line numbers: ${gutter}`);

  // Keywords, numbers, strings and comments each get their own colour.
  const colourOf = (text) => page.locator(".cm-line span", { hasText: text }).first()
    .evaluate((el) => getComputedStyle(el).color);
  const colours = new Set([await colourOf("let"), await colourOf("70"), await colourOf("\"text\""), await colourOf("// kg")]);
  assert.equal(colours.size, 4, `expected four colours, got ${[...colours]}`);

  // Bracket matching: with the cursor after "(", both brackets are marked.
  await setCode(page, "print(1)");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(".cm-matchingBracket").count(), 2);

  // Auto-indent: Enter after "{" indents the new line; typing "}" outdents it again.
  await setCode(page, "");
  await page.keyboard.type("if true {");
  await page.keyboard.press("Enter");
  await page.keyboard.type("print(1);");
  await page.keyboard.press("Enter");
  await page.keyboard.type("}");
  assert.equal(await editorText(page), "if true {\n    print(1);\n}");
  await context.close();
});

test("Run shows print and debug output in the Output panel as text", async () => {
  const { context, page } = await openPlayground(suite);
  const text = await runCode(page, "print(\"hello\");\nlet systolic = 128;\ndebug(systolic);\nprint(`BP ${systolic}`);");
  assert.equal(text, "hello\n128\nBP 128\n");
  assert.match(await statusText(page), /^Finished in \d+ ms\.$/);
  // Debug lines look different from printed lines.
  assert.equal(await output(page).locator(".c4h-output__line--debug").textContent(), "128\n");
  await context.close();
});

test("Ctrl+Enter runs the code, from the editor and from elsewhere on the page", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "print(\"from the keyboard\");");
  const before = await editorText(page);
  await page.keyboard.press("Control+Enter");
  await waitForRunToEnd(page);
  assert.equal(await output(page).textContent(), "from the keyboard\n");
  assert.equal(await editorText(page), before, "Ctrl+Enter must not add a new line");

  await page.getByRole("heading", { level: 1 }).click();
  await setCode(page, "print(\"again\");");
  await output(page).focus();
  await page.keyboard.press("Control+Enter");
  await waitForRunToEnd(page);
  assert.equal(await output(page).textContent(), "again\n");
  await context.close();
});

test("output appears while a long script is still running", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "print(\"first\");\nlet i = 0;\nwhile i < 1500000 { i += 1; }\nprint(\"last\");");
  await runButton(page).click();
  await page.waitForFunction(() => document.querySelector("#output")?.textContent.includes("first"));
  const seen = await output(page).textContent();
  const status = await statusText(page);
  assert.equal(seen, "first\n", "only the first line is out yet");
  assert.equal(status, "Running your code…");
  await waitForRunToEnd(page);
  assert.equal(await output(page).textContent(), "first\nlast\n");
  await context.close();
});

test("printed markup is shown as text, never run as HTML", async () => {
  const { context, page } = await openPlayground(suite);
  const text = await runCode(page, "print(\"<img src=x onerror=window.hacked=1><b>bold</b>\");");
  assert.equal(text, "<img src=x onerror=window.hacked=1><b>bold</b>\n");
  assert.equal(await output(page).locator("img, b").count(), 0);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  await context.close();
});

test("a syntax error is reported with line and column, and the editor marks the line", async () => {
  const { context, page } = await openPlayground(suite);
  const text = await runCode(page, "print(\"one\");\nlet x = (1 + 2;\nprint(x);");
  assert.match(text, /^Problem on line 2: A closing bracket \) is missing/);
  assert.match(await statusText(page), /problem on line 2/);
  await assertLineMarked(page, 2);
  await context.close();
});

test("a runtime error keeps the output before it, and the editor marks its line", async () => {
  const { context, page } = await openPlayground(suite);
  const text = await runCode(page, "print(\"before\");\nlet readings = [120, 130];\nprint(readings[2]);");
  assert.match(text, /^before\nProblem on line 3: There is no item 2: this list has 2 items/);
  await assertLineMarked(page, 3);
  // Editing clears the marks from the last run (the line is no longer known to be wrong).
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" ");
  await page.waitForFunction(() => document.querySelectorAll(".cm-c4h-errorLine").length === 0);
  await context.close();
});

test("syntax errors are marked as the learner types, before Run", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "let total = 0;\nprint(totl);");
  await page.waitForSelector(".cm-c4h-errorLine", { timeout: 5_000 });
  await assertLineMarked(page, 2);
  assert.equal(await output(page).textContent(), "What your code prints will appear here.",
    "checking as you type must not run anything");
  await context.close();
});

test("a problem shows its sentence with code styled, the line of code marked, and Rhai's words under Details", async () => {
  const { context, page } = await openPlayground(suite);
  await runCode(page, "let total = 0;\n    prnt(total);");
  const problem = output(page).locator(".c4h-problem");
  assert.equal(await problem.locator(".c4h-problem__message").innerText(),
    "Problem on line 2: There is no function called prnt. Did you mean print? " +
    "Spelling and capital letters must match exactly.");
  // Code in the sentence is code, not backticks.
  assert.deepEqual(await problem.locator(".c4h-problem__message code").allInnerTexts(), ["prnt", "print"]);
  // The line itself, its indent left out, with a mark under the place.
  assert.equal(await problem.locator(".c4h-problem__code").innerText(), "2 | prnt(total);\n  | ^");
  // Rhai's own words and the column are there for the curious, folded away.
  const details = problem.locator("details");
  assert.equal(await details.getAttribute("open"), null);
  await details.locator("summary").click();
  assert.match(await details.locator("p").innerText(), /^column 5; Rhai's message: Function not found: prnt/);
  await assertLineMarked(page, 2);
  // The mark in the editor says the same, with its code styled too.
  await page.locator(".cm-lintRange-error").first().hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  assert.match(await tooltip.innerText(), /There is no function called prnt\. Did you mean print\?/);
  assert.ok(await tooltip.locator("code.c4h-code-inline").count() >= 2);
  await context.close();
});

/** Asserts that line `number` (from 1), and only it, carries the editor's error marks. */
async function assertLineMarked(page, number) {
  await page.waitForSelector(".cm-c4h-errorLine");
  const marked = await page.locator(".cm-content .cm-line").evaluateAll((lines) =>
    lines.map((line, index) => (line.classList.contains("cm-c4h-errorLine") ? index + 1 : 0)).filter(Boolean));
  assert.deepEqual(marked, [number]);
  assert.ok(await page.locator(".cm-lintRange-error").count() >= 1, "the place is underlined");
  assert.equal(await page.locator(".cm-gutter-lint .cm-lint-marker-error").count(), 1, "a marker in the gutter");
}

test("leaving the playground straight after typing leaves the app working (a check still on its way)", async () => {
  const { context, page, problems } = await openPlayground(suite);
  // Typing schedules a syntax check a moment later; the learner leaves before it is due.
  await setCode(page, "let total = 5;\nprint(total);");
  await page.evaluate(() => { window.location.hash = "#/lessons/printing"; });
  await page.getByRole("heading", { level: 1, name: "Your first line of code" }).waitFor();
  await page.waitForTimeout(1000);
  assert.deepEqual(problems.pageErrors, []);
  // The app still answers: back to the playground, and Run works.
  await page.evaluate(() => { window.location.hash = "#/"; });
  assert.equal(await runCode(page, 'print("still here");'), "still here\n");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
