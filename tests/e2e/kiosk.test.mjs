// Classroom kiosk mode: ?kiosk hides what leaves the product, and "Finish and reset for the
// next person" clears all saved code and progress after a confirmation; ?idle resets a
// computer left alone, after a warning that any key cancels.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSuite, editorText, setCode, waitUntilReady } from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const savedKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("c4h.")).sort());

test("?kiosk hides files and resets everything saved for the next person, after asking", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("./?kiosk", suite.server.url).href);
  await waitUntilReady(page);
  const bar = page.getByRole("region", { name: "Shared computer" });
  await bar.waitFor();
  assert.equal(await page.getByRole("button", { name: "Download code" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Open a file" }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Share app" }).isVisible(), true);

  // Someone works: code, and lesson progress.
  await setCode(page, 'print("private work");');
  await page.evaluate(() => localStorage.setItem("c4h.lessons.v1", JSON.stringify({ version: 1, completed: ["printing"], attempted: [], code: {} })));
  await page.waitForFunction(() => localStorage.getItem("c4h.playground.v1")?.includes("private work"));
  assert.deepEqual(await savedKeys(page), ["c4h.lessons.v1", "c4h.playground.v1"]);

  await bar.getByRole("button", { name: "Finish and reset for the next person" }).click();
  await page.getByRole("button", { name: "No, go back" }).click();
  assert.equal(await savedKeys(page).then((keys) => keys.length), 2);
  await bar.getByRole("button", { name: "Finish and reset for the next person" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  await page.waitForURL(/\?kiosk$/);
  await waitUntilReady(page);
  assert.deepEqual(await savedKeys(page), []);
  assert.match(await editorText(page), /Welcome to the Code4Health Playground/);
  await page.getByRole("region", { name: "Shared computer" }).waitFor();
  await context.close();
});

test("?kiosk&idle resets a computer left alone, after a warning that a key press cancels", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  // 0.1 minutes: 6 seconds alone, then a 3-second warning.
  await page.goto(new URL("./?kiosk&idle=0.1", suite.server.url).href);
  await waitUntilReady(page);
  await setCode(page, 'print("left behind");');
  await page.waitForFunction(() => localStorage.getItem("c4h.playground.v1")?.includes("left behind"));
  const warning = page.getByRole("alert").filter({ hasText: "Are you still there?" });
  await warning.waitFor({ timeout: 15_000 });
  // A key press means someone is there: the warning goes, nothing is cleared.
  await page.keyboard.press("Shift");
  await warning.waitFor({ state: "detached" });
  assert.ok((await savedKeys(page)).includes("c4h.playground.v1"));
  // Left alone again: the warning, then the reset.
  await page.waitForFunction(() => !localStorage.getItem("c4h.playground.v1"), null, { timeout: 20_000 });
  await waitUntilReady(page);
  assert.match(await editorText(page), /Welcome to the Code4Health Playground/);
  await context.close();
});
