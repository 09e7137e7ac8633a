// The health-data API on the page: the data is labelled synthetic, the reference is
// searchable and accessible, and the learner's mistakes with the API get friendly messages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { startSuite, openPlayground, output, runCode, showApiReference } from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const search = (page) => page.getByRole("searchbox", { name: "Search the functions" });
const entryHeadings = (page) => page.locator(".c4h-api__signature");

test("the output panel and the reference say the data is synthetic", async () => {
  const { context, page } = await openPlayground(suite);
  await runCode(page, "print(patients()[0].name);");
  const outputSection = page.getByRole("region", { name: "Output" });
  assert.match(await outputSection.innerText(), /synthetic: made up, not about real people/);
  const reference = page.getByRole("region", { name: "Health data you can use" });
  assert.match(await reference.innerText(), /Synthetic data: every patient here is made up/);
  await context.close();
});

test("the API reference lists every function and narrows as you type", async () => {
  const { context, page } = await openPlayground(suite);
  await showApiReference(page);
  const all = await entryHeadings(page).count();
  assert.ok(all >= 25, `${all} functions listed`);
  await search(page).fill("nhs number");
  await page.getByText("3 functions match.").waitFor();
  const shown = await entryHeadings(page).allInnerTexts();
  assert.deepEqual(shown, ["patient(nhs_number)", "is_valid_nhs_number(text)", "format_nhs_number(text)"]);
  await search(page).fill("zebra");
  await page.getByText("No functions match. Try fewer or different words.").waitFor();
  assert.equal(await entryHeadings(page).count(), 0);
  await search(page).fill("");
  await page.getByText(`${all} functions.`).waitFor();
  await context.close();
});

test("an example in the reference runs as shown", async () => {
  const { context, page } = await openPlayground(suite);
  await showApiReference(page);
  await search(page).fill("format_nhs_number");
  const summary = page.locator("summary", { hasText: "Example for format_nhs_number" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const example = await page.locator(".c4h-api__example").first().innerText();
  assert.equal(example, "print(format_nhs_number(\"9990000018\"));");
  assert.equal((await runCode(page, example)).trim(), "999 000 0018");
  await context.close();
});

test("axe-core finds no violations in the reference, searched and opened", async () => {
  const { context, page } = await openPlayground(suite);
  await search(page).fill("blood pressure");
  await page.getByText("Example for observations").click();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  assert.deepEqual(summary, []);
  await context.close();
});

test("an unknown observation kind is explained on its line, with the kinds to choose from", async () => {
  const { context, page } = await openPlayground(suite);
  const text = await runCode(page, "let p = patients()[0];\nlet readings = observations(p, \"blod pressure\");");
  assert.match(text, /Problem on line 2: There is no kind of observation called "blod pressure"\. Did you mean blood pressure\?/);
  assert.match(text, /The kinds are: blood pressure, heart rate/);
  assert.doesNotMatch(text, /Rhai's message/);
  assert.match(await output(page).innerText(), /hba1c/);
  await context.close();
});
