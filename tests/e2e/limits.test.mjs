// Runaway scripts in a real browser: the operation limit, a responsive page, and Stop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startSuite, openPlayground, editor, output, runButton, stopButton, statusText, editorText,
  setCode, runCode, waitForRunToEnd, watchMainThread, readMainThread,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });


for (const script of ["loop {}", "while true {}", "let n = 0;\nwhile n >= 0 {\n    n += 1;\n}"]) {
  test(`\`${script.replace(/\n/g, " ")}\` is stopped by the operation limit and the page stays responsive`, async () => {
    const { context, page } = await openPlayground(suite);
    await setCode(page, script);
    await watchMainThread(page);
    await runButton(page).click();
    // The page takes input while the script runs (checked at the end: nothing is lost).
    await editor(page).press("Control+End");
    await page.keyboard.insertText("// typed while running");
    await waitForRunToEnd(page);
    const { ticks, longestTask } = await readMainThread(page);
    const text = await output(page).textContent();
    assert.match(text, /^Stopped on line \d+: Your script took too many steps \(more than 15,000,000\), so it was stopped\. This usually means a loop that never ends/);
    assert.ok(ticks > 0, `main-thread timer ticks while the script ran: ${ticks}`);
    // Generous on purpose (a noisy machine): a script on the main thread would block
    // it for the whole run; the figure itself is for `make bench`.
    assert.ok(longestTask < 1000, `longest main-thread task ${longestTask} ms`);
    assert.equal(await editorText(page), `${script}// typed while running`);
    await context.close();
  });
}

test("Stop ends a running script at once, keeps the code, and the next Run works", async () => {
  const { context, page } = await openPlayground(suite);
  const script = "print(\"started\");\nloop {}";
  await setCode(page, script);
  await runButton(page).click();
  await page.waitForFunction(() => document.querySelector("#output")?.textContent.includes("started"));
  assert.equal(await statusText(page), "Running your code…");
  await stopButton(page).click();
  assert.equal(await statusText(page), "Stopped. Your code has not changed.");
  assert.equal(await output(page).textContent(), "started\nStopped. Your code has not changed.\n");
  assert.equal(await editorText(page), script);
  assert.equal(await runButton(page).getAttribute("aria-disabled"), "false");
  // The stopped script never reports back, not even when its limit would have hit.
  await page.waitForTimeout(2_000);
  assert.doesNotMatch(await output(page).textContent(), /too many steps/);
  // A fresh worker runs the next script.
  assert.equal(await runCode(page, "print(\"again\");"), "again\n");
  await context.close();
});

test("Run while a script is running does not start a second run", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "print(\"once\");\nloop {}");
  await runButton(page).click();
  await page.waitForFunction(() => document.querySelector("#output")?.textContent.includes("once"));
  assert.equal(await runButton(page).getAttribute("aria-disabled"), "true");
  // A button marked aria-disabled stays focusable and says why it did nothing.
  await runButton(page).focus();
  await page.keyboard.press("Enter");
  assert.equal(await statusText(page), "Your code is already running. Press Stop to end it.");
  await stopButton(page).click();
  assert.equal((await output(page).textContent()).match(/once/g).length, 1);
  await context.close();
});

test("Stop when nothing is running says so and changes nothing", async () => {
  const { context, page } = await openPlayground(suite);
  const before = await editorText(page);
  assert.equal(await stopButton(page).getAttribute("aria-disabled"), "true");
  await stopButton(page).focus();
  await page.keyboard.press("Enter");
  assert.equal(await statusText(page), "Nothing is running, so there is nothing to stop.");
  assert.equal(await editorText(page), before);
  await context.close();
});
