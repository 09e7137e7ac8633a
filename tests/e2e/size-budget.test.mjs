// The first visit's download stays within the budget in bench/budgets.toml. Sizes are
// deterministic (the same build gives the same bytes), so unlike times they are enforced.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readBudgets } from "../../bench/budgets.mjs";
import { measureFirstLoad } from "../../bench/first-load.mjs";
import { startSuite, DIST } from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

test("the first visit downloads no more than the gzip budget", async () => {
  const budget = readBudgets().size.first_load_gzip_bytes;
  const { files, total } = await measureFirstLoad(suite.browser, suite.server.url, DIST);
  const fetched = files.map((file) => file.path);
  // The measurement really covers the page, the app, the editor and the worker.
  for (const expected of [
    /^\/$/,
    /^\/wasm\/[0-9a-f]+\/page\/c4h-web_bg\.wasm$/,
    /^\/editor-[0-9a-f]+\.js$/,
    /^\/wasm\/[0-9a-f]+\/worker\/c4h-worker_bg\.wasm$/,
  ]) {
    assert.ok(fetched.some((path) => expected.test(path)), `${expected} in ${fetched}`);
  }
  const breakdown = files.map((file) => `${file.path} ${file.gzip}`).join(", ");
  assert.ok(total.gzip <= budget, `first load is ${total.gzip} bytes gzip, over the budget of ${budget}: ${breakdown}`);
});

test("the budget file is read as written", () => {
  const budgets = readBudgets("[size]\n# a comment\nfirst_load_gzip_bytes = 600_000 # trailing\n[targets]\nratio = 1.5\n");
  assert.deepEqual(budgets, { size: { first_load_gzip_bytes: 600000 }, targets: { ratio: 1.5 } });
  assert.throws(() => readBudgets("[size]\nfirst_load = lots\n"), /line 2/);
});
