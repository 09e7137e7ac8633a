// Cymraeg (issue 18): the language switch, the language chosen on a first visit, `?lang=`
// links, the whole product in Welsh, and `lang` attributes that let a screen reader speak
// each part in its own language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, startSuite, editorText, axeViolations } from "../support/playground.mjs";

const english = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const welsh = JSON.parse(readFileSync(join(DIST, "lessons.cy.json"), "utf8"));
const allLessons = (curriculum) => curriculum.units.flatMap((unit) => unit.lessons);

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

/** A fresh context (empty storage) whose browser asks for `locale` first. */
async function open(path = "", { locale = "en-GB", context } = {}) {
  context ??= await suite.browser.newContext({ locale });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(suite.server.url + path);
  await page.locator("main h1").first().waitFor();
  return { context, page, errors };
}

/** The header as a learner meets it: the nav's links and the language switch. */
async function header(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    links: [...document.querySelectorAll(".c4h-nav a")].map((a) => a.textContent.trim()),
    switcher: (() => {
      const link = document.querySelector("[data-c4h-language]");
      return { text: link.textContent, lang: link.lang, hreflang: link.hreflang, href: link.href };
    })(),
    nav: document.querySelector(".c4h-nav").getAttribute("aria-label"),
  }));
}


test("a ?lang=cy link opens the playground in Welsh, with a switch to English named in English", async () => {
  const { context, page, errors } = await open("?lang=cy");
  const seen = await header(page);
  assert.equal(seen.lang, "cy");
  assert.deepEqual(seen.links, ["Maes chwarae", "Gwersi", "Arddangos", "English"]);
  assert.equal(seen.nav, "Prif ddewislen");
  assert.deepEqual(
    { text: seen.switcher.text, lang: seen.switcher.lang, hreflang: seen.switcher.hreflang },
    { text: "English", lang: "en-GB", hreflang: "en-GB" },
  );
  assert.match(seen.switcher.href, /[?&]lang=en(&|#|$)/);
  await page.getByRole("heading", { level: 1 }).filter({ hasText: "Maes chwarae cod" }).waitFor();
  assert.match(await page.locator("footer").textContent(), /Mae popeth yma yn rhedeg yn eich porwr/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the switch changes the language, keeps the page the learner is on, and is remembered", async () => {
  const { context, page } = await open("#/display");
  assert.equal((await header(page)).lang, "en-GB");
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "cy");
  await page.locator("main h1").first().waitFor();
  assert.match(page.url(), /#\/display$/, "still on the display settings");
  // A plain address later: the saved choice decides.
  await page.goto(suite.server.url);
  await page.locator("main h1").first().waitFor();
  assert.equal((await header(page)).lang, "cy");
  await page.getByRole("link", { name: "English" }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en-GB");
  await page.goto(suite.server.url);
  await page.locator("main h1").first().waitFor();
  assert.equal((await header(page)).lang, "en-GB");
  assert.deepEqual((await header(page)).links, ["Playground", "Lessons", "Display", "Cymraeg"]);
  await context.close();
});

test("a first visit follows the browser's language, and a saved choice wins over it", async () => {
  const welsh = await open("", { locale: "cy-GB" });
  assert.equal((await header(welsh.page)).lang, "cy");
  await welsh.context.close();
  const english = await open("", { locale: "en-US" });
  assert.equal((await header(english.page)).lang, "en-GB");
  await english.context.close();
  const context = await suite.browser.newContext({ locale: "cy" });
  await context.addInitScript(() => localStorage.setItem("c4h.lang", "en"));
  const chosen = await open("", { context });
  assert.equal((await header(chosen.page)).lang, "en-GB");
  await context.close();
});

test("the playground in Welsh has no accessibility violations", async () => {
  const { context, page } = await open("?lang=cy");
  await page.waitForFunction(() => document.querySelector(".cm-content"));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** The editor, by its Welsh name. */
const welshEditor = (page) => page.getByRole("textbox", { name: "Golygydd cod" });

/** Puts `code` in the editor as a paste. */
async function setCode(page, code) {
  const content = welshEditor(page);
  await content.click();
  await page.keyboard.press("Control+A");
  await content.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}

/** Waits until the code runner is ready, in Welsh. */
async function waitUntilReadyInWelsh(page) {
  await page.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector(".c4h-status")?.textContent.startsWith("Yn barod"),
    null,
    { timeout: 30_000 },
  );
}

test("lesson 1 in Welsh, by keyboard alone: a failing check, then a passing one", async () => {
  const first = allLessons(welsh)[0];
  assert.equal(first.lang, "cy", "the first lesson has a Welsh twin");
  const { context, page, errors } = await open("?lang=cy#/lessons");
  await page.locator(".c4h-lesson-list__link").first().waitFor();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === `#/lessons/${first.id}`) break;
  }
  assert.ok((await page.evaluate(() => document.activeElement?.textContent)).includes(first.title));
  await page.keyboard.press("Enter");
  await waitUntilReadyInWelsh(page);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Eich llinell gyntaf o god");
  assert.equal(await page.title(), "Eich llinell gyntaf o god – Maes Chwarae Code4Health");
  assert.equal(await editorText(page), first.starter);
  for (let i = 0; i < 40 && !(await welshEditor(page).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await welshEditor(page).evaluate((el) => el === document.activeElement), "the editor is reachable with Tab");
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => document.querySelector(".c4h-checks__summary"));
  assert.match(await page.locator(".c4h-checks__summary").textContent(), /^Mae \d o 2 wiriad wedi llwyddo/);
  assert.match(await page.locator(".c4h-check--failed").first().textContent(), /Argraffwch y neges/);

  // The learner types the Welsh messages (with a keyboard that has no ŵ).
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText('print("Cofiwch yfed dwr heddiw.");\nprint("Ewch am dro byr ar ôl cinio.");\n');
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => /Da iawn/.test(document.querySelector(".c4h-checks__summary")?.textContent ?? ""));
  assert.match(await page.locator("#output").textContent(), /Cofiwch yfed dwr heddiw\./);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Gwirio fy nghod");
  assert.deepEqual(await axeViolations(page), [], "a lesson page in Welsh after checks");
  assert.deepEqual(errors, []);
  await context.close();
});

test("counts in Welsh take the right plural form: 0, 1, 2, 3, 6 and 20 lessons done", async () => {
  const ids = allLessons(english).map((lesson) => lesson.id);
  const expected = {
    0: "Dydych chi ddim wedi cwblhau unrhyw wers eto",
    1: "Rydych chi wedi cwblhau 1 wers,",
    2: "Rydych chi wedi cwblhau 2 wers,",
    3: "Rydych chi wedi cwblhau 3 gwers,",
    6: "Rydych chi wedi cwblhau 6 gwers,",
    20: "Rydych chi wedi cwblhau 20 gwers,",
  };
  for (const [done, words] of Object.entries(expected)) {
    const context = await suite.browser.newContext();
    const progress = { version: 1, completed: ids.slice(0, Number(done)), attempted: [], code: {} };
    await context.addInitScript((progress) => {
      localStorage.setItem("c4h.lessons.v1", JSON.stringify(progress));
    }, progress);
    const { page } = await open("?lang=cy#/lessons", { context });
    await page.locator(".c4h-progress").waitFor();
    const said = await page.locator(".c4h-progress").textContent();
    assert.ok(said.startsWith(words), `${done} lessons done: ${said}`);
    assert.match(said, new RegExp(`o ${ids.length} i gyd`));
    await context.close();
  }
});

test("a lesson with no Welsh twin says so in Welsh, and its English is marked as English", async () => {
  const untranslated = allLessons(welsh).find((lesson) => lesson.lang === "en");
  assert.ok(untranslated, "some lesson has no twin yet");
  const { context, page } = await open(`?lang=cy#/lessons/${untranslated.id}`);
  await waitUntilReadyInWelsh(page);
  await page.getByText("Nid yw'r wers hon wedi'i chyfieithu i'r Gymraeg eto").waitFor();
  const title = page.getByRole("heading", { level: 1 }).getByText(untranslated.title);
  assert.equal(await title.evaluate((el) => el.closest("[lang]").getAttribute("lang")), "en-GB");
  assert.equal(await page.locator(".c4h-lesson__task").getAttribute("lang"), "en-GB");
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("an app's form in Welsh: its hint and its error at a bad value", async () => {
  const { context, page } = await open("?lang=cy");
  await waitUntilReadyInWelsh(page);
  await setCode(page, 'let pwysau = input_number("Pwysau mewn cilogramau", 70.0, 20.0, 300.0);\nshow("Dwbl", pwysau * 2.0);\n');
  await page.getByRole("button", { name: "Rhedeg", exact: true }).click();
  const form = page.getByRole("form", { name: "Mewnbynnau eich ap" });
  const weight = form.getByLabel("Pwysau mewn cilogramau");
  await weight.waitFor();
  assert.match(await form.innerText(), /Rhif o 20 i 300/);
  await weight.fill("naw deg");
  const error = page.locator(".c4h-field__error");
  await error.waitFor();
  assert.match(await error.textContent(), /Gwall: Rhowch rif o 20 i 300, gan ddefnyddio digidau/);
  await weight.fill("90");
  await page.locator(".c4h-result").getByText("180").waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("every page in Welsh is free of accessibility violations, with code marked as English", async () => {
  const { context, page } = await open("?lang=cy");
  await waitUntilReadyInWelsh(page);
  assert.equal(await page.locator(".cm-content").evaluate((el) => el.closest("[lang]").getAttribute("lang")), "en");
  for (const hash of ["#/lessons", "#/lessons/variables", "#/display"]) {
    await page.evaluate((hash) => { window.location.hash = hash; }, hash);
    await page.locator("main h1").first().waitFor();
    await page.waitForFunction(() => !document.querySelector(".c4h-loading"));
    assert.equal(await page.evaluate(() => document.documentElement.lang), "cy");
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  await context.close();
});

test("a syntax error is explained in Welsh, with its line, in the Output and in the editor", async () => {
  const { context, page, errors } = await open("?lang=cy");
  await waitUntilReadyInWelsh(page);
  await setCode(page, 'let pwysau = 70\nprint(pwysau);\n');
  await page.getByRole("button", { name: "Rhedeg", exact: true }).click();
  const problem = page.locator(".c4h-problem").first();
  await problem.waitFor();
  assert.match(
    await problem.locator(".c4h-problem__message").textContent(),
    /^Problem ar linell 1: Mae hanner colon ; ar goll yma/,
  );
  // Rhai's own words stay English, and are marked so.
  await problem.locator("summary").click();
  assert.match(await problem.locator(".c4h-problem__details").textContent(), /Neges Rhai: Expecting ';'/);
  assert.match(await problem.locator('.c4h-problem__details [lang="en"]').textContent(), /^Expecting ';'/);
  await problem.getByRole("button", { name: "Mynd i linell 1" }).click();
  // The same words under the line in the editor.
  await page.locator(".cm-lintRange, .cm-lint-marker").first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a 320 px phone, every page in Welsh fits the screen, and the switch is big enough to tap", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const { page } = await open("?lang=cy", { context });
  await waitUntilReadyInWelsh(page);
  const switcher = await page.locator("[data-c4h-language]").boundingBox();
  assert.ok(switcher.height >= 44 && switcher.width >= 44, `the switch is ${switcher.width} by ${switcher.height}`);
  for (const hash of ["#/", "#/lessons", "#/lessons/printing", "#/display"]) {
    await page.evaluate((hash) => { window.location.hash = hash; }, hash);
    await page.locator("main h1").first().waitFor();
    await page.waitForFunction(() => !document.querySelector(".c4h-loading"));
    const wide = await page.evaluate(() => {
      const root = document.scrollingElement;
      return root.scrollWidth > root.clientWidth + 1
        ? [...document.querySelectorAll("body *")]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
          .filter((element) => !element.closest("pre, .c4h-table-wrap, .cm-scroller, .c4h-output, svg"))
          .map((element) => `${element.tagName}.${element.className}`)
          .slice(0, 5)
        : [];
    });
    assert.deepEqual(wide, [], `${hash} is wider than the screen`);
  }
  await context.close();
});
