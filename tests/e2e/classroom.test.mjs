// The classroom with no accounts and no server (issue 20, docs/classroom.md): a teacher makes
// a class link for three lessons; two learners in their own browsers open it, one finishes
// two lessons and one none, and both hand in; the teacher pastes both hand-ins and a damaged
// one and sees the right table, each learner's code beside its checks, and the CSV; `c4h mark`
// agrees. Hostile hand-ins (an endless loop, a claimed pass, a name that is markup) are the
// sandbox's and the page's to handle, with Stop. Class links in a kiosk and in an embed; a
// damaged or newer class link; a 320 px phone with taps; axe-core on every new page.
//
// The class link and the learners' hand-ins are made through the pages, as people make
// them. The hostile hand-ins are made in Node (tests/support/classroom-links.mjs), as an
// attacker would make them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, writeFileSync, rmSync, cpSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DIST, ROOT, startSuite, setCode, axeViolations,
} from "../support/playground.mjs";
import { serve } from "../support/server.mjs";
import { handInFragment, classFragment } from "../support/classroom-links.mjs";

const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
const lessons = curriculum.units.flatMap((unit) => unit.lessons);
// The class: the first three lessons, the teacher putting the third before the second.
const [one, two, three] = lessons;
const CLASS_ORDER = [one, three, two];
const C4H = join(ROOT, "target", "debug", "c4h");

let suite;
let work;
before(async () => {
  suite = await startSuite();
  work = mkdtempSync(join(tmpdir(), "c4h-classroom-"));
});
after(async () => {
  await suite?.close();
  rmSync(work, { recursive: true, force: true });
});

// What the first tests make, for the later ones.
let classLink;
const handIns = {};

async function open(path, { context: existing, viewport } = {}) {
  const context = existing ?? (await suite.browser.newContext(viewport ? { viewport, hasTouch: true, isMobile: true } : {}));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, suite.server.url).href);
  return { context, page, errors };
}

/** Waits until the page's part has loaded and drawn its heading. */
async function settled(page, heading) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector(".c4h-loading"));
}

/** Puts `code` in the lesson's editor and presses "Check my code"; waits for the summary. */
async function check(page, code) {
  // The editor, and the runner ready (the status may still tell the last lesson's checks).
  await page.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !/^(Getting ready|Checking|Running)/.test(document.querySelector(".c4h-status")?.textContent ?? "Getting ready"), null, { timeout: 30_000 });
  await setCode(page, code);
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.waitForFunction(() => {
    const status = document.querySelector(".c4h-status")?.textContent ?? "";
    return !status.startsWith("Checking") && document.querySelector(".c4h-checks__summary");
  }, null, { timeout: 30_000 });
  return page.locator(".c4h-checks__summary").textContent();
}

/** The marking table as text: a row per learner, then the totals row. */
async function marksTable(page) {
  return page.locator("table.c4h-marks").evaluate((table) => [...table.querySelectorAll("tr")]
    .map((row) => [...row.children].map((cell) => {
      // A cell's words, without its View button's.
      const copy = cell.cloneNode(true);
      copy.querySelectorAll("button").forEach((button) => button.remove());
      return copy.textContent.replace(/\s+/g, " ").trim();
    })));
}

/** Presses "Mark hand-ins" and waits until marking has finished. */
async function markAll(page) {
  await page.getByRole("button", { name: "Mark hand-ins" }).click();
  await page.locator(".c4h-status").filter({ hasText: /^Marking finished|^No hand-in links/ }).waitFor({ timeout: 60_000 });
}

/** Downloads what `press` starts, and returns the file's text. */
async function downloaded(page, press) {
  const [download] = await Promise.all([page.waitForEvent("download"), press()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

test("a teacher makes a class link for three lessons, in their order, with a QR code", async () => {
  const { context, page, errors } = await open("#/lessons");
  // From the lessons list, as docs/classroom.md says.
  await page.getByRole("link", { name: "Make a class link" }).click();
  await settled(page, "Make a class link");
  assert.deepEqual(await axeViolations(page), [], "the empty form");

  // Nothing filled in: an error summary, focused, linking to each field.
  await page.getByRole("button", { name: "Make class link" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.waitFor();
  assert.deepEqual(await summary.getByRole("link").allTextContents(), ["Enter a class name", "Choose at least one lesson"]);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("c4h-error-summary")), true);
  assert.equal(await page.getByLabel("Class name").getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axeViolations(page), [], "the form with errors");

  await page.getByLabel("Class name").fill("Tuesday group");
  await page.getByLabel("Message to your class (optional)").fill("Start with printing. Put your hand up if you are stuck.");
  for (const lesson of [one, two, three]) {
    await page.getByLabel(`${lesson.unit}.${lesson.order} ${lesson.title}`, { exact: true }).check();
  }
  // The teacher changes the order: the third lesson goes up one place.
  await page.getByRole("button", { name: `Move ${three.title} up` }).click();
  assert.deepEqual(
    await page.locator(".c4h-teach__chosen-title").allTextContents(),
    CLASS_ORDER.map((lesson) => lesson.title),
  );
  await page.getByRole("button", { name: "Make class link" }).click();
  const made = page.getByRole("heading", { name: "Your class link is ready" });
  await made.waitFor();
  // The focus moves to what was made, so a screen reader hears it.
  assert.equal(await page.evaluate(() => document.activeElement.id), "class-made-heading");
  classLink = await page.getByLabel("Class link", { exact: true }).inputValue();
  assert.match(classLink, /^http:\/\/127\.0\.0\.1:\d+\/#class=v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  assert.equal(await page.getByRole("link", { name: "Open the class page (opens in a new tab)" }).getAttribute("href"), classLink);
  // The QR code is an SVG drawing with a name, big enough for a projector.
  const qr = page.getByRole("img", { name: "QR code of the class link" });
  const box = await qr.boundingBox();
  assert.ok(box.width >= 200, `the QR code is ${box.width} px wide`);
  assert.ok(await qr.locator("path, rect").count() >= 1);
  assert.deepEqual(await axeViolations(page), [], "the made class link");
  // Nothing was stored: the link is the class.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes("class"))), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two learners open the class link; one finishes two lessons, the other none; both hand in", async () => {
  assert.ok(classLink, "the class link from the first test");

  // Asha, in her own browser: the class page, with the message and the lessons in order.
  const asha = await open(classLink);
  await settled(asha.page, "Your class: Tuesday group");
  await asha.page.getByText("Start with printing. Put your hand up if you are stuck.").waitFor();
  assert.deepEqual(
    await asha.page.locator(".c4h-class__lesson a").allTextContents(),
    CLASS_ORDER.map((lesson) => lesson.title),
  );
  assert.match(await asha.page.locator(".c4h-progress").textContent(), /You have completed 0 of 3 lessons/);
  assert.deepEqual(await axeViolations(asha.page), [], "the class page");

  // She finishes the class's first two lessons (its own order), from the class page.
  for (const lesson of CLASS_ORDER.slice(0, 2)) {
    await asha.page.getByRole("link", { name: lesson.title, exact: true }).click();
    await settled(asha.page, lesson.title);
    const nav = asha.page.getByRole("navigation", { name: "Your class" });
    await nav.waitFor();
    // A first try that fails, then the model solution.
    assert.match(await check(asha.page, lesson.starter), /checks passed/);
    assert.match(await check(asha.page, lesson.solution), /^All /);
    await nav.getByRole("link", { name: "Back to your class (Tuesday group)" }).click();
    await settled(asha.page, "Your class: Tuesday group");
  }
  assert.match(await asha.page.locator(".c4h-progress").textContent(), /You have completed 2 of 3 lessons/);
  const tags = await asha.page.locator(".c4h-class__lesson .nhsuk-tag").allTextContents();
  assert.deepEqual(tags, ["Completed", "Completed", "Not started"]);

  // She hands in: the page says what goes, and asks for a name that is not a patient's.
  await asha.page.getByRole("link", { name: "Hand in my work" }).click();
  await settled(asha.page, "Hand in my work");
  await asha.page.getByText("Class: Tuesday group").waitFor();
  assert.deepEqual(
    await asha.page.locator(".c4h-hand-in__lessons tbody tr").evaluateAll((rows) => rows.map((row) => row.textContent)),
    [
      `${one.title}The code you last checked`,
      `${three.title}The code you last checked`,
      `${two.title}Nothing yet: you have not checked any code in this lesson`,
    ],
  );
  assert.match(await asha.page.getByText(/Do not use anything that could identify you as a patient/).textContent(), /NHS number/);
  assert.deepEqual(await axeViolations(asha.page), [], "the hand-in form");
  await asha.page.getByRole("button", { name: "Make my hand-in" }).click();
  await asha.page.getByText("Enter a name for your teacher").waitFor();
  assert.equal(await asha.page.evaluate(() => document.activeElement.id), "hand-in-name");
  await asha.page.getByLabel("Your name for your teacher").fill("Asha");
  await asha.page.getByRole("button", { name: "Make my hand-in" }).click();
  await asha.page.getByRole("heading", { name: "Your hand-in is ready" }).waitFor();
  handIns.asha = await asha.page.getByLabel("Your hand-in link", { exact: true }).inputValue();
  assert.match(handIns.asha, /#handin=v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  await asha.page.getByRole("img", { name: "QR code of your hand-in link" }).waitFor();
  const file = await downloaded(asha.page, () => asha.page.getByRole("button", { name: "Download as a file" }).click());
  assert.equal(file.name, "hand-in-asha.c4h");
  assert.equal(file.text.split("\n")[1], handIns.asha);
  handIns.ashaFile = join(work, file.name);
  writeFileSync(handIns.ashaFile, file.text);
  assert.deepEqual(await axeViolations(asha.page), [], "the made hand-in");
  assert.deepEqual(asha.errors, []);
  await asha.context.close();

  // Ben, in another browser: opens the class, does nothing, hands in.
  const ben = await open(classLink);
  await settled(ben.page, "Your class: Tuesday group");
  assert.match(await ben.page.locator(".c4h-progress").textContent(), /You have completed 0 of 3 lessons/);
  await ben.page.getByRole("link", { name: "Hand in my work" }).click();
  await settled(ben.page, "Hand in my work");
  await ben.page.getByLabel("Your name for your teacher").fill("Ben");
  await ben.page.getByRole("button", { name: "Make my hand-in" }).click();
  await ben.page.getByRole("heading", { name: "Your hand-in is ready" }).waitFor();
  handIns.ben = await ben.page.getByLabel("Your hand-in link", { exact: true }).inputValue();
  assert.notEqual(handIns.ben, handIns.asha);
  assert.deepEqual(ben.errors, []);
  await ben.context.close();
});

test("the teacher pastes both hand-ins and a damaged one: the table, a clear message, the code, the CSV", async () => {
  assert.ok(handIns.asha && handIns.ben, "the hand-ins from the test before");
  const { context, page, errors } = await open("#/mark");
  await settled(page, "Mark hand-ins");
  assert.deepEqual(await axeViolations(page), [], "the empty marking page");

  // A chat message with the links among other words; the third link lost a character.
  const ashaData = handIns.asha.slice(handIns.asha.indexOf("#handin="));
  const damaged = `${ashaData.slice(0, 40)}${ashaData.slice(41)}`;
  const chat = `Asha: here is mine ${handIns.asha} thanks!\nBen: ${handIns.ben}\nSam: ${suite.server.url}${damaged}\n`;
  await page.getByLabel("Hand-in links").fill(chat);
  await markAll(page);
  assert.equal(await page.locator(".c4h-status").textContent(), "Marking finished: 2 pieces of work, 2 passed.");
  const problems = page.getByRole("alert").filter({ hasText: "Some hand-ins could not be read" });
  assert.deepEqual(
    await problems.locator("li").allTextContents(),
    ["Pasted text, link 3: The link is damaged or cut short. Ask for it again, and copy all of it."],
  );
  const titles = CLASS_ORDER.map((lesson) => lesson.title);
  assert.deepEqual(await marksTable(page), [
    ["Learner", ...titles, "Lessons passed"],
    ["Asha Tuesday group", "Passed", "Passed", "Not tried", "2 of 3"],
    ["Ben Tuesday group", "Not tried", "Not tried", "Not tried", "0 of 3"],
    ["Learners who passed", "1 of 2", "1 of 2", "0 of 2", ""],
  ]);
  assert.equal(await page.getByRole("table").locator("caption").textContent(), "Marks for 2 learners");
  assert.deepEqual(await axeViolations(page), [], "the marked table");

  // Asha's code for the first lesson, read-only, beside its checks.
  await page.getByRole("button", { name: `View Asha's code for ${one.title}` }).click();
  const detail = page.getByRole("region", { name: `Asha: ${one.title}` });
  await detail.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "mark-detail-heading");
  assert.equal((await detail.locator(".c4h-mark__code").textContent()).trim(), one.solution.trim());
  assert.equal(await detail.locator(".c4h-mark__code [contenteditable], .c4h-mark__code textarea").count(), 0);
  assert.equal(await detail.locator(".c4h-check").count(), one.checks.length);
  assert.equal(await detail.locator(".c4h-check--failed").count(), 0);
  assert.deepEqual(await axeViolations(page), [], "a learner's code beside its checks");
  await detail.getByRole("button", { name: "Close" }).click();
  await detail.waitFor({ state: "detached" });

  // The table as CSV, with the same marks.
  const marks = await downloaded(page, () => page.getByRole("button", { name: "Download the marks (CSV)" }).click());
  assert.equal(marks.name, "marks.csv");
  const rows = marks.text.trim().split(/\r?\n/);
  assert.equal(rows.length, 4, marks.text);
  assert.match(rows[0], /^Learner,Class,/);
  assert.match(rows[1], /^Asha,Tuesday group,Passed,Passed,Not tried,2 of 3$/);
  assert.match(rows[2], /^Ben,Tuesday group,Not tried,Not tried,Not tried,0 of 3$/);
  // Counts in words: a spreadsheet would read "1/2" as a date.
  assert.equal(rows[3], "Learners who passed,,1 of 2,1 of 2,0 of 2,");

  // The file Asha downloaded, dropped on the page, gives the same marks (once: the pasted
  // link and the file are the same hand-in).
  await page.getByLabel("Hand-in links").fill("");
  const fileText = readFileSync(handIns.ashaFile, "utf8");
  await page.locator(".c4h-mark__drop").evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "hand-in-asha.c4h", { type: "" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, fileText);
  await page.getByText("1 file added: hand-in-asha.c4h").waitFor();
  await markAll(page);
  assert.deepEqual((await marksTable(page)).slice(1, 2), [["Asha Tuesday group", "Passed", "Passed", "Not tried", "2 of 3"]]);
  assert.equal(await page.getByRole("alert").filter({ hasText: "Some hand-ins could not be read" }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();

  // `c4h mark` on the same file prints the same marks.
  const printed = execFileSync(C4H, ["mark", "--csv", handIns.ashaFile], { encoding: "utf8" });
  assert.match(printed, /^Asha,Tuesday group,passed,passed,not tried,2 of 3$/mi);
});

test("hostile hand-ins: an endless loop is stopped by its limit, Stop ends one, a claimed pass and markup are not believed", async () => {
  const loopy = handInFragment("Tuesday group", "Sam", [
    { id: one.id, code: "loop {}" },
    { id: two.id, code: two.solution },
  ]);
  // Results in a hand-in are ignored: the code is run, and this code does not pass.
  const claims = handInFragment("Tuesday group", "Kit", [{ id: one.id, code: 'print("hello");', passed: true, checks: [true, true] }]);
  const markup = handInFragment("Tuesday group", "<img src=x onerror=\"window.__owned=1\">", [{ id: one.id, code: one.solution }]);
  const { context, page, errors } = await open("#/mark");
  await settled(page, "Mark hand-ins");
  await page.getByLabel("Hand-in links").fill([loopy, claims, markup].map((hash) => `${suite.server.url}${hash}`).join("\n"));
  await markAll(page);
  const table = await marksTable(page);
  // Sam's loop was stopped by the sandbox's step limit; the other lessons were marked.
  assert.match(table[1][1], /^Stopped on line 1: Your script took too many steps \(more than 15,000,000\), so it was stopped\.$/);
  assert.equal(table[1][2], "Passed");
  // Its detail gives the whole problem, with the advice the Output would give.
  await page.getByRole("button", { name: `View Sam's code for ${one.title}` }).click();
  const detail = page.getByRole("region", { name: `Sam: ${one.title}` });
  assert.match(await detail.locator(".c4h-mark__problem").textContent(), /so it was stopped\. This usually means a loop that never ends/);
  assert.equal((await detail.locator(".c4h-mark__code").textContent()).trim(), "loop {}");
  await detail.getByRole("button", { name: "Close" }).click();
  // Kit's claimed pass is not believed.
  assert.match(table[2][1], /^Checks? [\d, ]+ failed$/);
  assert.equal(table[2][3], "0 of 2");
  // A learner name that is markup is shown as text, and nothing of it ran.
  assert.match(table[3][0], /^<img src=x onerror="window.__owned=1"> Tuesday group$/);
  assert.equal(table[3][1], "Passed");
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.equal(await page.locator("table.c4h-marks img").count(), 0);

  // Again, pressing Stop while Sam's loop runs: that cell is left unmarked, the rest are marked.
  await page.getByRole("button", { name: "Mark hand-ins" }).click();
  await page.getByText("Marking 3 hand-ins…").waitFor();
  const started = Date.now();
  await page.getByRole("button", { name: "Stop" }).click();
  await page.locator(".c4h-status").filter({ hasText: /^Marking finished/ }).waitFor({ timeout: 60_000 });
  const stopped = await marksTable(page);
  assert.equal(stopped[1][1], "Not marked: you stopped it", `pressed Stop ${Date.now() - started} ms after starting`);
  assert.equal(stopped[1][2], "Passed");
  assert.equal(stopped[3][1], "Passed");
  // The page still answers, and the Stop button is off until the next marking.
  assert.equal(await page.getByRole("button", { name: "Stop" }).getAttribute("aria-disabled"), "true");
  assert.deepEqual(await axeViolations(page), [], "the table after Stop");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a damaged, cut-short or newer class link is explained and changes nothing", async () => {
  assert.ok(classLink, "the class link from the first test");
  const data = classLink.slice(classLink.indexOf("#class="));
  const context = await suite.browser.newContext();
  // The learner already has the class.
  const first = await open(data, { context });
  await settled(first.page, "Your class: Tuesday group");
  const cases = [
    [`${data.slice(0, -6)}`, /The link is damaged or cut short/],
    [`${data.slice(0, 30)}Q${data.slice(31)}`, /The link is damaged or cut short/],
    [data.replace("#class=v1.", "#class=v2."), /made by a newer version of the playground/],
    ["#class=nonsense", /The link is damaged or cut short/],
  ];
  for (const [hash, words] of cases) {
    const { page, errors } = await open(hash, { context });
    await settled(page, "Your class: Tuesday group");
    const callout = page.getByRole("alert").filter({ hasText: "This class link cannot be opened" });
    await callout.waitFor();
    assert.match(await callout.textContent(), words, hash);
    // The class kept from before is still there, whole.
    assert.equal(await page.locator(".c4h-class__lesson").count(), 3);
    assert.deepEqual(await axeViolations(page), [], hash);
    assert.deepEqual(errors, []);
    await page.close();
  }
  // A learner with no class who opens a damaged link: the explanation, and all the lessons.
  const fresh = await open(`${data.slice(0, -6)}`);
  await settled(fresh.page, "Your class");
  await fresh.page.getByRole("alert").filter({ hasText: "This class link cannot be opened" }).waitFor();
  await fresh.page.getByRole("link", { name: "See all the lessons" }).waitFor();
  await fresh.context.close();
  await context.close();
});

test("a class link on a kiosk keeps its class for the next person, and a class link works in an embed", async () => {
  assert.ok(classLink, "the class link from the first test");
  const data = classLink.slice(classLink.indexOf("#class="));
  const { context, page, errors } = await open(`./?kiosk${data}`);
  await settled(page, "Your class: Tuesday group");
  const bar = page.getByRole("region", { name: "Shared computer" });
  await bar.waitFor();
  // On a kiosk the hand-in file is not offered (nothing is saved to a shared computer).
  await page.getByRole("link", { name: "Hand in my work" }).click();
  await settled(page, "Hand in my work");
  await page.getByLabel("Your name for your teacher").fill("Pat");
  await page.getByRole("button", { name: "Make my hand-in" }).click();
  await page.getByRole("heading", { name: "Your hand-in is ready" }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Download as a file" }).isVisible(), false);
  await bar.getByRole("button", { name: "Finish and reset for the next person" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  // The next person starts on the same class, with nothing of Pat's.
  await settled(page, "Your class: Tuesday group");
  assert.match(await page.locator(".c4h-progress").textContent(), /You have completed 0 of 3 lessons/);
  await page.getByRole("link", { name: "Hand in my work" }).click();
  await settled(page, "Hand in my work");
  assert.equal(await page.getByLabel("Your name for your teacher").inputValue(), "");
  assert.deepEqual(errors, []);
  await context.close();

  // An intranet page embeds the class page with data-c4h-class.
  const site = mkdtempSync(join(work, "site-"));
  cpSync(DIST, site, { recursive: true });
  const hostDir = mkdtempSync(join(work, "host-"));
  const playground = await serve(site);
  const host = await serve(hostDir);
  try {
    writeFileSync(join(site, "embed-hosts.json"), JSON.stringify({ hosts: [new URL(host.url).origin] }));
    writeFileSync(join(hostDir, "class.html"), `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Intranet: our class</title>
<script src="${playground.url}embed.js" defer></script></head>
<body><main><h1>Our class</h1><div data-c4h-class="${playground.url}${data}"></div></main></body></html>`);
    const embedded = await suite.browser.newContext();
    const hostPage = await embedded.newPage();
    await hostPage.goto(new URL("class.html", host.url).href);
    const frame = hostPage.frameLocator("iframe");
    await frame.getByRole("heading", { level: 1, name: "Your class: Tuesday group" }).waitFor({ timeout: 30_000 });
    assert.deepEqual(
      await frame.locator(".c4h-class__lesson a").allTextContents(),
      CLASS_ORDER.map((lesson) => lesson.title),
    );
    await embedded.close();
  } finally {
    await playground.close();
    await host.close();
  }
});

test("on a 320 px phone, with taps: the class, a lesson, handing in and marking fit, with big enough targets", async () => {
  assert.ok(classLink, "the class link from the first test");
  const data = classLink.slice(classLink.indexOf("#class="));
  const { context, page, errors } = await open(data, { viewport: { width: 320, height: 640 } });
  const problems = () => page.evaluate(() => {
    const found = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      found.push(`the page scrolls sideways: ${[...document.querySelectorAll("main *")]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((element) => !element.closest("pre, .c4h-table-wrap, .cm-scroller, .c4h-output, svg"))
        .slice(0, 3).map((element) => `${element.tagName}.${element.className}`).join(", ")}`);
    }
    const controls = document.querySelectorAll(
      "main button, main input:not([type=checkbox]), main textarea, main a.c4h-tool, main a.nhsuk-button, main .c4h-field--checkbox, main .c4h-class__lesson a",
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || !control.checkVisibility()) continue;
      if (box.height < 44 || box.width < 44) found.push(`"${(control.textContent || control.id).trim().slice(0, 30)}" is ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
    return found;
  });
  await settled(page, "Your class: Tuesday group");
  assert.deepEqual(await problems(), [], "the class page");
  await page.getByRole("link", { name: one.title, exact: true }).tap();
  await settled(page, one.title);
  await page.getByRole("link", { name: "Hand in my work" }).tap();
  await settled(page, "Hand in my work");
  await page.getByLabel("Your name for your teacher").tap();
  await page.keyboard.insertText("Jo");
  await page.getByRole("button", { name: "Make my hand-in" }).tap();
  await page.getByRole("heading", { name: "Your hand-in is ready" }).waitFor();
  assert.deepEqual(await problems(), [], "the made hand-in");
  const link = await page.getByLabel("Your hand-in link", { exact: true }).inputValue();

  for (const hash of ["#/teach", "#/mark"]) {
    await page.evaluate((hash) => { window.location.hash = hash; }, hash);
    await settled(page, hash === "#/teach" ? "Make a class link" : "Mark hand-ins");
    assert.deepEqual(await problems(), [], hash);
  }
  // A teacher on a phone: a tap on the box, the link, a tap on Mark.
  await page.getByLabel("Hand-in links").tap();
  await page.keyboard.insertText(link);
  await page.getByRole("button", { name: "Mark hand-ins" }).tap();
  await page.locator(".c4h-status").filter({ hasText: /^Marking finished/ }).waitFor({ timeout: 60_000 });
  assert.deepEqual((await marksTable(page))[1].slice(0, 1), ["Jo Tuesday group"]);
  assert.deepEqual(await problems(), [], "the marked table");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the classroom's pages in Welsh are in Welsh and accessible", async () => {
  assert.ok(classLink, "the class link from the first test");
  const data = classLink.slice(classLink.indexOf("#class="));
  const { context, page, errors } = await open(`./?lang=cy${data}`);
  await page.locator("main h1").filter({ hasText: "Tuesday group" }).waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "cy");
  for (const hash of ["#/class", "#/hand-in", "#/teach", "#/mark"]) {
    await page.evaluate((hash) => { window.location.hash = hash; }, hash);
    await page.locator("main h1").first().waitFor();
    await page.waitForFunction(() => !document.querySelector(".c4h-loading"));
    const heading = await page.locator("main h1").first().textContent();
    assert.doesNotMatch(heading, /^(Your class|Hand in my work|Make a class link|Mark hand-ins)/, `${hash} in Welsh`);
    assert.deepEqual(await axeViolations(page), [], hash);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("`c4h mark` reports a damaged file and marks the rest, with exit code 1", () => {
  assert.ok(handIns.ashaFile, "Asha's file from the second test");
  const broken = join(work, "broken.c4h");
  writeFileSync(broken, readFileSync(handIns.ashaFile, "utf8").replace(/#handin=v1\.(\d+)\./, (_, n) => `#handin=v1.${Number(n) + 1}.`));
  const result = spawnSync(C4H, ["mark", handIns.ashaFile, broken], { encoding: "utf8" });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /Asha/);
  assert.match(result.stderr, /broken\.c4h/);
});
