// Cymraeg (issue 18): the language switch, the language chosen on a first visit, `?lang=`
// links, the whole product in Welsh, and `lang` attributes that let a screen reader speak
// each part in its own language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { startSuite } from "../support/playground.mjs";

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

async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map((violation) =>
    `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
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
