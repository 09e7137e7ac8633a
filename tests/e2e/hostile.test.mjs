// A sample of the hostile-input suite (crates/sandbox/tests/hostile/) in the real worker:
// each ends with its expected friendly message, the page stays responsive, the code in
// the editor is kept, and the worker never crashes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  startSuite, openPlayground, output, runButton, statusText, setCode,
  waitForRunToEnd, watchMainThread, readMainThread, ROOT,
} from "../support/playground.mjs";

const FIXTURES = join(ROOT, "crates", "sandbox", "tests", "hostile");
const SAMPLE = [
  "loop-empty", "for-huge-range", "recursion-direct", "recursion-mutual",
  "recursion-closure-calls-itself", "loop-in-sort-comparator", "string-doubling",
  "array-push-forever", "map-doubling", "map-keys-forever", "recursion-holding-big-values",
  "print-flood", "nul-byte-outside-string", "unusual-unicode-text", "integer-overflow",
];

/** The expectations in a fixture's header (see crates/sandbox/tests/hostile.rs). */
function fixture(name) {
  const code = readFileSync(join(FIXTURES, `${name}.rhai`), "utf8");
  const header = (key) => code.split("\n").find((line) => line.startsWith(`// ${key}: `))?.slice(key.length + 5).trim();
  return { code, outcome: header("expect-outcome"), message: header("expect-message") };
}

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function runHostile(page, code) {
  await setCode(page, code);
  await watchMainThread(page);
  const started = Date.now();
  await runButton(page).click();
  await waitForRunToEnd(page, 30_000);
  const elapsed = Date.now() - started;
  const { ticks, runningMs } = await readMainThread(page);
  return { elapsed, ticks, runningMs, text: (await output(page).textContent()) ?? "" };
}

for (const name of SAMPLE) {
  test(`hostile script "${name}" ends with its expected message`, async () => {
    const { code, outcome, message } = fixture(name);
    const { context, page, problems } = await openPlayground(suite);
    const { elapsed, ticks, runningMs, text } = await runHostile(page, code);
    const status = await statusText(page);
    assert.doesNotMatch(status, /unexpectedly/, "the worker must not crash");
    if (outcome === "failed") {
      assert.match(status, /^Your code stopped/);
      assert.match(text, /(Problem|Stopped)( on line \d+)?: /);
      if (message) assert.ok(text.includes(message), `"${message}" in ${text.slice(-400)}`);
    } else {
      assert.match(status, /^Finished in/);
    }
    // Inside the wall-clock budget (10 s) with room for a slow machine.
    assert.ok(elapsed < 15_000, `${elapsed} ms`);
    // A script that ran for 100 ms had the 10 ms ticks to count, unless the page was blocked.
    // (How long the status said "Running", not the whole round trip: a script that ends at
    // once can take more than 100 ms from click to result on a busy machine.)
    if (runningMs > 100) {
      assert.ok(ticks > 0, `the page kept running while the script did (${runningMs} ms running, ${elapsed} ms in all)`);
    }
    // The code is kept exactly (the editor shows NUL and control characters as symbols,
    // so the saved copy is the one to compare).
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("c4h.playground.v1")).code);
    assert.equal(saved, code);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
}

test("lists nested thousands deep are stopped with a plain message, and the next Run works", async () => {
  const { context, page } = await openPlayground(suite);
  const { text } = await runHostile(page, "let list = [];\nloop {\n    list = [list];\n}");
  // The browser's stack runs out before any sandbox limit (natively the time limit ends it).
  assert.match(text, /^Stopped: your script built something nested too deeply/);
  assert.equal(await statusText(page), "Your code stopped: something was nested too deeply. See the output.");
  assert.equal((await runHostile(page, "print(\"fresh worker\");")).text, "fresh worker\n");
  await context.close();
});

test("10,000 nested brackets and a 1 MiB script are handled", async () => {
  const { context, page } = await openPlayground(suite);
  const brackets = `let x = ${"(".repeat(10_000)}1${")".repeat(10_000)};`;
  assert.match((await runHostile(page, brackets)).text, /^Problem on line 1: This is nested too deeply/);
  const big = "let reading = 120; reading += 1;\n".repeat(1 << 15);
  const result = await runHostile(page, big);
  assert.match(await statusText(page), /^Finished in/);
  assert.equal(result.text, "What your code prints will appear here.");
  await context.close();
});
