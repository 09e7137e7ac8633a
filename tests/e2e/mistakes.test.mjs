// Beginners' mistakes through the real page: a sample of the table in
// tests/mistakes/mistakes.toml (those marked `browser = true`), each run in the playground,
// its message read from the Output panel and its line from the status line. The whole
// table runs natively in crates/sandbox/tests/beginner_mistakes.rs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import {
  ROOT, startSuite, openPlayground, output, statusText, runCode,
} from "../support/playground.mjs";

const TABLE = parse(readFileSync(join(ROOT, "tests", "mistakes", "mistakes.toml"), "utf8"));
const SAMPLE = TABLE.mistake.filter((mistake) => mistake.browser);

/** What the page shows for a message: code between backticks is styled, not quoted. */
const shown = (message) => message.replaceAll("`", "");

let suite;
let playground;
before(async () => {
  suite = await startSuite();
  playground = await openPlayground(suite);
});
after(async () => {
  await playground?.context.close();
  await suite?.close();
});

test("the sample is large enough, and its messages have no code that holds a backtick", () => {
  assert.ok(SAMPLE.length >= 15, `${SAMPLE.length} mistakes sampled`);
  for (const mistake of SAMPLE) assert.ok(!mistake.message.includes("``"), mistake.name);
});

for (const mistake of SAMPLE) {
  test(`${mistake.name} (${mistake.from}, ${mistake.group}): "${mistake.message}"`, async () => {
    const { page, problems } = playground;
    await runCode(page, mistake.code);
    const problem = output(page).locator(".c4h-problem");
    assert.equal(await problem.count(), 1, "one problem in the Output");
    const sentence = await problem.locator(".c4h-problem__message").innerText();
    const heading = mistake.kind === "limit" ? "Stopped" : "Problem";
    assert.ok(sentence.startsWith(`${heading} on line ${mistake.line}: `), sentence);
    assert.ok(sentence.includes(shown(mistake.message)), `${sentence}\nlacks ${shown(mistake.message)}`);
    assert.doesNotMatch(sentence, /ImmutableString|&str|\bi64\b|Rhai's message/);
    // The line of code is shown with its number.
    const line = mistake.code.split("\n")[mistake.line - 1].trim();
    const excerpt = await problem.locator(".c4h-problem__code").innerText();
    assert.ok(excerpt.startsWith(`${mistake.line} | ${line}`), excerpt);
    assert.match(await statusText(page), new RegExp(`problem on line ${mistake.line}\\. See the output\\.$`));
    assert.deepEqual(problems.pageErrors, []);
  });
}
