// Accessibility: axe-core finds no WCAG 2.2 A/AA violations in any state of the page, and
// the whole flow works with the keyboard alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import {
  startSuite, openPlayground, editor, output, runButton, stopButton, editorText, runCode,
  setCode, waitForRunToEnd,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function assertNoViolations(page, state) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  assert.deepEqual(summary, [], `axe-core violations ${state}`);
}

test("axe-core finds no violations: on load, after output, after an error, with a notice", async () => {
  const { context, page } = await openPlayground(suite);
  await assertNoViolations(page, "on load");
  await runCode(page, "print(\"hello\");\ndebug(1);");
  await assertNoViolations(page, "after a run with output");
  await runCode(page, "let a = [1];\nprint(a[5]);");
  await assertNoViolations(page, "after a runtime error");
  // Each step copies a 1 MB string, so this runs for seconds, until Stop.
  await setCode(page, "let text = \"x\";\ntext.pad(500000, 'y');\nloop { let copy = text + text; }");
  await runButton(page).click();
  await assertNoViolations(page, "while running");
  assert.equal(await stopButton(page).getAttribute("aria-disabled"), "false", "still running");
  await stopButton(page).click();
  await assertNoViolations(page, "after Stop");
  await context.close();

  const blocked = await openPlayground(suite, {
    initScript: () => {
      Object.defineProperty(window, "localStorage", { get() { throw new DOMException("no", "SecurityError"); } });
    },
  });
  await assertNoViolations(blocked.page, "with the storage notice");
  await blocked.context.close();
});

test("keyboard only: reach the editor, write code, leave with Escape then Tab, run, read the output", async () => {
  const { context, page } = await openPlayground(suite);
  // The first Tab reaches the skip link, which jumps to the main content.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");

  // Tab on until the editor has focus.
  let steps = 0;
  while (!(await editor(page).evaluate((el) => el === document.activeElement)) && steps < 20) {
    await page.keyboard.press("Tab");
    steps += 1;
  }
  assert.ok(steps < 20, "the editor is reachable with Tab");

  // Inside the editor, Tab indents instead of leaving...
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Tab");
  await page.keyboard.type("print(\"by keyboard\");");
  assert.equal(await editorText(page), "    print(\"by keyboard\");");
  assert.ok(await editor(page).evaluate((el) => el === document.activeElement), "Tab alone stays in the editor");

  // ...and Escape then Tab moves on to the Run button: no keyboard trap.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Run");
  await page.keyboard.press("Enter");
  await waitForRunToEnd(page);
  assert.equal(await output(page).textContent(), "by keyboard\n");

  // Watch it run, Stop, the sharing and file tools, the examples, then the output panel,
  // which can be focused to scroll through long output.
  const along = ["Watch it run", "Stop", "Share app", "Share code", "Download code", "Open a file", "Example apps"];
  for (const name of along) {
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), name);
  }
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Output");
  // Shift+Tab goes back the same way, into the editor.
  for (let i = 0; i < along.length + 2; i += 1) await page.keyboard.press("Shift+Tab");
  assert.ok(await editor(page).evaluate((el) => el === document.activeElement), "Shift+Tab returns to the editor");
  await context.close();
});

test("the status line announces runs to screen readers", async () => {
  const { context, page } = await openPlayground(suite);
  const status = page.getByRole("status").filter({ hasText: /Ready|Finished|Running/ });
  await runCode(page, "print(1);");
  assert.match(await status.textContent(), /^Finished in \d+ ms\.$/);
  await context.close();
});
