// Every learner (issue 17): a phone with taps only, a magnifier (320 px wide, text at 200%),
// a screen reader (what the accessibility tree says after a problem and after checks),
// forced colours, and the display settings. The key bar and the editor's own help are
// tested in keys.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startSuite, openPlayground, output, runButton, setCode, waitForRunToEnd, runCode,
  waitUntilReady, axeViolations,
} from "../support/playground.mjs";

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const PHONES = [
  { name: "390x844", viewport: { width: 390, height: 844 } },
  { name: "360x740", viewport: { width: 360, height: 740 } },
];

/** A fresh phone: touch, no mouse, the given screen. */
async function openPhone(viewport) {
  const context = await suite.browser.newContext({ viewport, hasTouch: true, isMobile: true });
  return openPlayground(suite, { context });
}

const VIEWS = [
  { name: "the playground", hash: "#/" },
  { name: "the lessons", hash: "#/lessons" },
  { name: "a lesson", hash: "#/lessons/printing" },
  { name: "the display settings", hash: "#/display" },
];

async function showView(page, hash) {
  await page.evaluate((hash) => { window.location.hash = hash; }, hash);
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector(".c4h-loading"));
}


/**
 * What scrolls sideways or overlaps on the page: the page wider than the screen, and any
 * two visible controls or headings whose boxes cross (neither inside the other).
 */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      const wide = [...document.querySelectorAll("main *")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((element) => !element.closest("pre, .c4h-table-wrap, .cm-scroller, .c4h-output, svg"))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} (${wide.join(", ")})`);
    }
    const boxes = [...document.querySelectorAll("a, button, input, select, textarea, summary, h1, h2, h3, label, .c4h-status")]
      .filter((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        // checkVisibility: not inside a closed <details> either.
        return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && element.checkVisibility()
          && !element.closest("[hidden], .cm-editor, .nhsuk-skip-link, .c4h-jumps");
      });
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.contains(b) || b.contains(a)) continue;
        const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const width = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const height = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        if (width > 1 && height > 1) {
          problems.push(`"${a.textContent.trim().slice(0, 30)}" overlaps "${b.textContent.trim().slice(0, 30)}"`);
        }
      }
    }
    return problems;
  });
}

for (const phone of PHONES) {
  test(`on a ${phone.name} phone, Run brings the output into view and leaves the focus on Run`, async () => {
    const { context, page } = await openPhone(phone.viewport);
    await setCode(page, 'print("Drink water");');
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await output(page).boundingBox();
    assert.ok(before.y > phone.viewport.height - 40, `the output starts below the fold (${before.y})`);
    await runButton(page).tap();
    await waitForRunToEnd(page);
    await page.waitForFunction(() => {
      const box = document.querySelector("#output").getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    }, null, { timeout: 5_000 });
    assert.equal(await output(page).textContent(), "Drink water\n");
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Run");
    await context.close();
  });
}

test("on a phone, a lesson's Task, Code and Results are each one tap away", async () => {
  const { context, page } = await openPhone(PHONES[0].viewport);
  await showView(page, "#/lessons/printing");
  const bar = page.getByRole("navigation", { name: "Parts of this lesson" });
  for (const [button, target] of [["Results", "#feedback"], ["Task", "#task-heading"], ["Code", "#editor-heading"]]) {
    await bar.getByRole("button", { name: button }).tap();
    await page.waitForFunction((target) => {
      const box = document.querySelector(target).getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight / 2;
    }, target, { timeout: 5_000 });
    assert.equal(await page.evaluate(() => `#${document.activeElement.id}`), target);
    // The bar stays at the top of the screen, and the place is not hidden under it.
    const barBox = await bar.boundingBox();
    assert.ok(barBox.y <= 1, `the bar is at the top (${barBox.y})`);
    const targetBox = await page.locator(target).boundingBox();
    assert.ok(targetBox.y >= barBox.y + barBox.height - 1, `${target} is below the bar`);
  }
  // On a desktop the lesson is side by side, and the bar is not needed.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await bar.isVisible(), false);
  await context.close();
});

test("at 320 px wide, and with text at 200%, nothing scrolls sideways or overlaps", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true });
  const { page } = await openPlayground(suite, { context });
  for (const size of ["100%", "200%"]) {
    await page.addStyleTag({ content: `html { font-size: ${size} !important; }` });
    for (const view of VIEWS) {
      await showView(page, view.hash);
      assert.deepEqual(await layoutProblems(page), [], `${view.name} at 320 px, text ${size}`);
    }
  }
  await context.close();
});

test("at 1280 px with 400% zoom (320 CSS px), the playground and a lesson still fit", async () => {
  // Zooming to 400% on a 1280 px screen gives a 320 CSS px viewport with the desktop's
  // height divided by four.
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 256 } });
  const { page } = await openPlayground(suite, { context });
  for (const view of [VIEWS[0], VIEWS[2]]) {
    await showView(page, view.hash);
    assert.deepEqual(await layoutProblems(page), [], view.name);
  }
  await context.close();
});

test("a screen reader hears the problem with its line, and the checks' results", async () => {
  const { context, page } = await openPlayground(suite);
  await runCode(page, "let total = 5;\nprint(totl);");
  const log = await output(page).ariaSnapshot();
  assert.match(log, /Problem on line 2:/);
  // The code in the message is its own element, so the tree has the sentence in pieces.
  assert.match(log, /There is no variable called/);
  assert.match(log, /code: totl/);
  assert.match(log, /Did you mean/);
  assert.match(log, /code: total/);
  assert.doesNotMatch(log, /\^/, "the mark under the place is not read out");
  const status = await page.getByRole("status").filter({ hasText: "Your code stopped" }).ariaSnapshot();
  assert.match(status, /there is a problem on line 2/);

  await showView(page, "#/lessons/printing");
  await waitUntilReady(page);
  await setCode(page, 'print("hello");');
  await page.getByRole("button", { name: "Check my code" }).click();
  await waitForRunToEnd(page);
  const feedback = await page.locator("#feedback").ariaSnapshot();
  assert.match(feedback, /of \d+ checks passed/);
  await context.close();
});

test("the display settings make the code and lessons bigger and roomier, and are remembered", async () => {
  const { context, page } = await openPlayground(suite);
  const size = () => page.locator(".cm-content").evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const spacing = () => page.locator(".cm-content").evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const [standardSize, standardSpacing] = [await size(), await spacing()];
  await page.getByRole("link", { name: "Display" }).click();
  await page.getByRole("heading", { name: "Display", level: 1 }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "the display page");
  await page.getByLabel("Largest").check();
  await page.getByLabel("Wide").check();
  await page.getByRole("link", { name: "Back to the playground" }).click();
  await waitUntilReady(page);
  assert.equal(await size(), standardSize * 1.5);
  assert.ok(await spacing() >= (await size()) * 2 - 1, "line height at least twice the text");
  assert.ok(await spacing() > standardSpacing);
  await page.reload();
  await waitUntilReady(page);
  assert.equal(await size(), standardSize * 1.5, "remembered");
  await context.close();
});

for (const [mode, setup] of [
  ["on a desktop", { viewport: { width: 1280, height: 800 } }],
  ["on a phone", { viewport: PHONES[1].viewport, hasTouch: true, isMobile: true }],
  ["in forced colours", { viewport: { width: 1280, height: 800 }, forcedColors: "active" }],
]) {
  test(`axe-core (WCAG 2.2, target size too) finds nothing on any view ${mode}`, async () => {
    const context = await suite.browser.newContext(setup);
    const { page } = await openPlayground(suite, { context });
    for (const view of VIEWS) {
      await showView(page, view.hash);
      assert.deepEqual(await axeViolations(page), [], view.name);
    }
    await showView(page, "#/");
    await waitUntilReady(page);
    await runCode(page, "let x = (1 + 2;\nprint(x);");
    assert.deepEqual(await axeViolations(page), [], "after a problem");
    await context.close();
  });
}

test("in forced colours, the editor's problem marks and the focus ring stay visible", async () => {
  const context = await suite.browser.newContext({ forcedColors: "active" });
  const { page } = await openPlayground(suite, { context });
  await runCode(page, "print(1);\nprint(totl);");
  await page.locator(".cm-c4h-errorLine").waitFor();
  const mark = await page.locator(".cm-c4h-errorLine").evaluate((line) => getComputedStyle(line).outlineStyle);
  assert.equal(mark, "solid");
  const underline = await page.locator(".cm-lintRange-error").first()
    .evaluate((range) => getComputedStyle(range).textDecorationLine);
  assert.match(underline, /underline/);
  await runButton(page).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, "none");
  await context.close();
});
