// Writing code without a full keyboard, or without seeing the screen (issue 17): the key bar
// a phone shows above its keyboard, the editor's help for keyboard and screen-reader users
// (which line am I on, Tab that moves on, curly quotes and dashes corrected as typed and
// said), and "Go to line N" under a problem.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import {
  startSuite, openPlayground, editor, editorText, output, runButton, setCode, waitForRunToEnd,
  runCode, waitUntilReady,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

/** A phone (touch, no mouse) at 320 px wide, with the playground open and empty code. */
async function openPhone({ width = 320, height = 640 } = {}) {
  const context = await suite.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
  const opened = await openPlayground(suite, { context });
  return { ...opened, context };
}

/**
 * From now on, keeps everything the editor's polite live region says: CodeMirror empties it
 * 200 ms after speaking, which a busy machine can take to look.
 */
async function keepWhatTheEditorSays(page) {
  await page.evaluate(() => {
    window.__said = [];
    for (const region of document.querySelectorAll(".cm-editor [aria-live]")) {
      new MutationObserver(() => window.__said.push(region.textContent))
        .observe(region, { childList: true, subtree: true, characterData: true });
    }
  });
}

/** Waits until the editor has said `text` (since `keepWhatTheEditorSays`). */
function editorSaid(page, text) {
  return page.waitForFunction((text) => window.__said.some((said) => said.includes(text)), text);
}

const keyBar = (page) => page.getByRole("toolbar", { name: "Keys for code" });

/** Taps the editor's last line, at its end, so the key bar comes and types there. */
async function tapEndOfCode(page) {
  await page.locator(".cm-line").last().tap();
  await page.keyboard.press("Control+End");
  await keyBar(page).waitFor();
}

test("on a phone the key bar comes with the editor's focus, and its keys type without taking the focus", async () => {
  const { context, page, problems } = await openPhone();
  assert.equal(await keyBar(page).count(), 0, "no key bar before the editor is used");
  await setCode(page, "let total = 5;\n");
  await tapEndOfCode(page);
  // Every key is big enough to tap, and has a name that starts with what it shows.
  const keys = await keyBar(page).getByRole("button").all();
  assert.ok(keys.length >= 20, `${keys.length} keys`);
  for (const key of keys.slice(0, 8)) {
    const box = await key.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${await key.textContent()} is ${box.width}x${box.height}`);
  }
  // With nothing typed, the names in reach start with the script's own variable.
  const first = keyBar(page).getByRole("button").first();
  assert.equal(await first.textContent(), "total");
  // Type `print(total);` with taps and two letters.
  await page.keyboard.type("pr");
  await keyBar(page).getByRole("button", { name: "print()", exact: true }).tap();
  await keyBar(page).getByRole("button", { name: "total", exact: true }).tap();
  await keyBar(page).getByRole("button", { name: ") close bracket" }).tap();
  await keyBar(page).getByRole("button", { name: "; semicolon" }).tap();
  assert.equal(await editorText(page), "let total = 5;\nprint(total);");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), true,
    "the editor keeps the focus, so the phone keeps its keyboard");
  // The bar sits at the bottom of the screen, over nothing the learner is typing.
  const bar = await keyBar(page).boundingBox();
  assert.ok(Math.abs(bar.y + bar.height - 640) <= 1, `the bar is at the bottom (${bar.y}+${bar.height})`);
  // Leaving the editor puts the bar away.
  await runButton(page).tap();
  await waitForRunToEnd(page);
  assert.equal(await keyBar(page).isVisible(), false);
  assert.equal(await output(page).textContent(), "5\n");
  // Leaving the page takes the bar and its listeners away cleanly, and a lesson's editor
  // has a bar of its own.
  await page.evaluate(() => { window.location.hash = "#/lessons/printing"; });
  await waitUntilReady(page);
  assert.equal(await keyBar(page).count(), 0);
  await tapEndOfCode(page);
  assert.equal(await keyBar(page).count(), 1);
  await page.evaluate(() => window.visualViewport.dispatchEvent(new Event("resize")));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

for (const phone of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) test(`on a ${phone.width}x${phone.height} phone, the first lesson can be done with taps on the key bar`, async () => {
  const { context, page } = await openPhone(phone);
  await page.evaluate(() => { window.location.hash = "#/lessons/printing"; });
  await waitUntilReady(page);
  await setCode(page, "");
  await tapEndOfCode(page);
  for (const sentence of ["Remember to drink water today.", "Take a short walk after lunch."]) {
    await page.keyboard.type("pr");
    await keyBar(page).getByRole("button", { name: "print()", exact: true }).tap();
    await keyBar(page).getByRole("button", { name: "\" \" quotes" }).tap();
    await page.keyboard.type(sentence);
    // The closing quote and bracket are already there: the keys step over them.
    await keyBar(page).getByRole("button", { name: "\" \" quotes" }).tap();
    await keyBar(page).getByRole("button", { name: ") close bracket" }).tap();
    await keyBar(page).getByRole("button", { name: "; semicolon" }).tap();
    await page.keyboard.press("Enter");
  }
  assert.equal((await editorText(page)).trim(),
    'print("Remember to drink water today.");\nprint("Take a short walk after lunch.");');
  await page.getByRole("button", { name: "Check my code" }).tap();
  await waitForRunToEnd(page);
  const feedback = await page.locator("#feedback").textContent();
  assert.match(feedback, /All 2 checks passed/);
  await context.close();
});

test("the key bar is axe-clean, and a computer with a mouse never loads it", async () => {
  const { context, page } = await openPhone();
  await tapEndOfCode(page);
  const results = await new AxeBuilder({ page }).include(".c4h-keys")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(results.violations.map((violation) => violation.id), []);
  await context.close();

  const desktop = await openPlayground(suite);
  const parts = [];
  desktop.page.on("request", (request) => {
    if (/split_keys|keys/.test(request.url())) parts.push(request.url());
  });
  await editor(desktop.page).click();
  await desktop.page.keyboard.type("print(1);");
  assert.equal(await keyBar(desktop.page).count(), 0);
  assert.deepEqual(parts, []);
  await desktop.context.close();
});

test("Alt+L says which line the cursor is on, through the editor's live region", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "let a = 1;\nlet b = 2;\nprint(a + b);");
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await keepWhatTheEditorSays(page);
  await page.keyboard.press("Alt+L");
  const said = "Line 2 of 3, column 2";
  // CodeMirror's announcements go to its polite live region, which screen readers read.
  await editorSaid(page, said);
  await page.getByText(said).first().waitFor();
  // Alt+L did not change the code.
  assert.equal(await editorText(page), "let a = 1;\nlet b = 2;\nprint(a + b);");
  await context.close();
});

test("curly quotes and dashes from a phone keyboard become code's straight ones as typed, and the change is said", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "");
  await keepWhatTheEditorSays(page);
  await page.keyboard.insertText("print(“Hello”);");
  assert.equal(await editorText(page), 'print("Hello");');
  await editorSaid(page, "Changed a curly quote to a straight quote");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("print(10 – 4);");
  assert.equal(await editorText(page), 'print("Hello");\nprint(10 - 4);');
  // In a comment, it is the learner's text: left as typed.
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("// it’s fine");
  assert.equal(await editorText(page), 'print("Hello");\nprint(10 - 4);\n// it’s fine');
  await runButton(page).click();
  await waitForRunToEnd(page);
  assert.equal(await output(page).textContent(), "Hello\n6\n");
  await context.close();
});

test("Tab moves past the editor when it was reached with Tab, and indents once the learner types", async () => {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "print(1);");
  // Reach the editor with Tab from the control before it (the help's "Keyboard shortcuts").
  await page.getByRole("button", { name: "Keyboard shortcuts" }).focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), true);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), false,
    "Tab moved on");
  // Back in, typing first: then Tab indents.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.type("\n");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), true);
  assert.match(await editorText(page), /^print\(1\);\n\s+$/);
  await context.close();
});

test("Go to line N under a problem puts the cursor on that line in the editor", async () => {
  const { context, page } = await openPlayground(suite);
  await runCode(page, "let a = 1;\nlet b = 2;\nprint(c);");
  const go = output(page).getByRole("button", { name: "Go to line 3" });
  await go.click();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), true);
  await page.keyboard.type("X");
  assert.equal(await editorText(page), "let a = 1;\nlet b = 2;\nprint(Xc);");
  await context.close();
});

/**
 * Types `line` as a phone user with the key bar would: letters, digits and spaces on the
 * phone's keyboard, every symbol with a tap on the bar (a pair's first tap adds both halves,
 * and the closing tap steps over the half already there).
 */
async function typeWithKeyBar(page, line) {
  const keys = {
    "(": "( ) brackets", ")": ") close bracket", "\"": "\" \" quotes", ";": "; semicolon",
    "=": "= equals", ".": ". dot", ",": ", comma", "*": "* times", "/": "/ divide",
    "+": "+ plus", "-": "- minus", "<": "< less than", ">": "> more than",
  };
  for (const character of line) {
    if (keys[character]) await keyBar(page).getByRole("button", { name: keys[character], exact: true }).tap();
    else await page.keyboard.type(character);
  }
}

for (const phone of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) test(`on a ${phone.width}x${phone.height} phone, the BMI app is built with the key bar and used with taps`, async () => {
  const { context, page } = await openPhone(phone);
  await setCode(page, "");
  await tapEndOfCode(page);
  const lines = [
    "// BMI: an app.",
    'let weight = input_number("Weight in kilograms", 70, 20, 300);',
    'let height = input_number("Height in metres", 1.75, 1, 2.5);',
    'show("Your BMI", round(weight / (height * height), 1));',
  ];
  for (const line of lines) {
    await typeWithKeyBar(page, line);
    await page.keyboard.press("Enter");
  }
  assert.equal((await editorText(page)).trim(), lines.join("\n"));
  await runButton(page).tap();
  await waitForRunToEnd(page);
  const bmi = page.locator(".c4h-result").filter({ hasText: "Your BMI" }).locator(".c4h-result__value");
  assert.equal(await bmi.textContent(), "22.9");
  // The app's box, with taps and the phone's number keys.
  const weight = page.getByLabel("Weight in kilograms");
  await weight.tap();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("90");
  await page.waitForFunction(() => [...document.querySelectorAll(".c4h-result__value")].some((value) => value.textContent === "29.4"));
  await context.close();
});

test("the Keyboard shortcuts dialog lists the editor's keys, each of which works", async () => {
  const { context, page } = await openPlayground(suite);
  const opener = page.getByRole("button", { name: "Keyboard shortcuts" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.getByRole("table").waitFor();
  const keys = await dialog.locator("kbd").allInnerTexts();
  for (const key of ["Ctrl + Enter (Cmd + Enter on a Mac)", "Alt + L", "Escape, then Tab", "Alt + Up arrow, Alt + Down arrow", "Ctrl + ] and Ctrl + ["]) {
    assert.ok(keys.includes(key), `${key} in ${keys}`);
  }
  assert.deepEqual((await new AxeBuilder({ page }).include("dialog")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations.map((v) => v.id), []);
  // Escape closes it, and the focus goes back to where it was.
  await page.keyboard.press("Escape");
  assert.equal(await dialog.isVisible(), false);
  assert.equal(await opener.evaluate((button) => button === document.activeElement), true);

  // The keys listed do what the list says.
  await setCode(page, "let a = 1;\nlet b = 2;");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Alt+ArrowUp");
  assert.equal(await editorText(page), "let b = 2;\nlet a = 1;");
  await page.keyboard.press("Control+]");
  assert.match(await editorText(page), /^\s+let b = 2;\nlet a = 1;$/);
  await page.keyboard.press("Control+[");
  assert.equal(await editorText(page), "let b = 2;\nlet a = 1;");
  await page.keyboard.press("Control+Enter");
  await waitForRunToEnd(page);
  assert.match(await page.locator(".c4h-status").textContent(), /^Finished/);
  await context.close();
});

test("a learner can ask for the key bar on a computer too, on the Display page", async () => {
  const { context, page } = await openPlayground(suite);
  await page.getByRole("link", { name: "Display" }).click();
  await page.getByLabel("On every device, at the bottom of the screen while you write code").check();
  await page.getByRole("link", { name: "Back to the playground" }).click();
  await waitUntilReady(page);
  await setCode(page, "let total = 1;\n");
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await keyBar(page).waitFor();
  await keyBar(page).getByRole("button", { name: "( ) brackets" }).click();
  assert.equal(await editorText(page), "let total = 1;\n()");
  // Remembered, and set before the app starts.
  await page.reload();
  await waitUntilReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.c4hKeys), "always");
  await context.close();
});
