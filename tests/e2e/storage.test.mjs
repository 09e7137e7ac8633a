// Saving work in the browser: it survives a reload, and broken, blocked or full storage
// never breaks the page or loses anything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startSuite, openPlayground, editor, runCode, editorText, setCode, waitUntilReady,
} from "../support/playground.mjs";

const KEY = "c4h.playground.v1";
const notice = (page) => page.locator(".nhsuk-warning-callout");

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

test("code is saved as it is typed and is still there after a reload", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "print(\"kept\");");
  await editor(page).press("End");
  await page.keyboard.type("\n// and typed");
  await page.reload();
  await waitUntilReady(page);
  assert.equal(await editorText(page), "print(\"kept\");\n// and typed");
  assert.equal(await notice(page).count(), 0);
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(saved, { version: 1, code: "print(\"kept\");\n// and typed" });
  await context.close();
});

for (const [what, stored] of [
  ["not JSON at all", "{this is not json"],
  ["JSON of the wrong shape", "[1, 2, 3]"],
  ["from a newer version", JSON.stringify({ version: 99, code: "print(1);", extra: true })],
]) {
  test(`saved data that cannot be read (${what}) is kept aside, with a message`, async () => {
    const { context, page } = await openPlayground(suite);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored]);
    await page.reload();
    await waitUntilReady(page);
    assert.match(await notice(page).textContent(), /Your saved code could not be read, so the example code is shown instead\. A copy of what was saved has been kept in this browser\./);
    assert.match(await editorText(page), /Welcome to the Code4Health Playground/);
    const kept = await page.evaluate((key) => Object.keys(localStorage)
      .filter((name) => name.startsWith(`${key}.unreadable.`))
      .map((name) => localStorage.getItem(name)), KEY);
    assert.deepEqual(kept, [stored], "the unreadable data is kept, unchanged");
    // The page works, and new work saves normally.
    assert.equal(await runCode(page, "print(\"still works\");"), "still works\n");
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.equal(saved.code, "print(\"still works\");");
    await context.close();
  });
}

test("when the browser blocks storage, the page still works and says work is not saved", async () => {
  const { context, page, problems } = await openPlayground(suite, {
    initScript: () => {
      Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
      });
    },
  });
  assert.match(await notice(page).textContent(), /not letting the playground save your work/);
  assert.equal(await runCode(page, "print(\"no storage needed\");"), "no storage needed\n");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("when storage is full, typing goes on, nothing is lost, and the learner is told", async () => {
  const { context, page, problems } = await openPlayground(suite, {
    initScript: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  assert.equal(await notice(page).count(), 0, "nothing to say until a save fails");
  await setCode(page, "print(\"typed into a full browser\");");
  assert.match(await notice(page).textContent(), /storage is full, so your latest changes are not being saved/);
  assert.equal(await editorText(page), "print(\"typed into a full browser\");");
  assert.equal(await runCode(page, "print(\"runs anyway\");"), "runs anyway\n");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
