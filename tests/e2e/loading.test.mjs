// Loading by need: a first visit fetches only the playground; the lessons, a chart's
// renderer and the library (health data, statistics, charts…) arrive when first used; a
// learner can type and run code before the app has arrived (the early playground, on a
// computer, a phone and in Welsh), and the app takes the run over; the code runner comes
// before the app; and a part that cannot be fetched is explained, not a crash.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startSuite, openPlayground, waitUntilReady, editorText, output, runCode, setCode,
  waitForRunToEnd, axeViolations,
} from "../support/playground.mjs";


let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

/** The paths a page has fetched from the playground's own origin. */
function recordFetches(context, url) {
  const paths = [];
  context.on("request", (request) => {
    const address = new URL(request.url());
    if (address.origin === new URL(url).origin) paths.push(address.pathname);
  });
  return paths;
}

const parts = (paths) => paths.filter((path) => /\/split_[a-z_]+\.wasm$/.test(path)).map((path) => path.split("/").pop());

test("the first visit fetches no part; each part arrives the first time it is needed", async () => {
  // The service worker fetches every part in the background for offline use (see
  // offline.test.mjs): blocked here, so only what the page asks for is counted.
  const context = await suite.browser.newContext({ serviceWorkers: "block" });
  const fetched = recordFetches(context, suite.server.url);
  const { page } = await openPlayground(suite, { context });
  assert.deepEqual(parts(fetched), [], "no lessons, charts, app view, kiosk, embed or library part");

  // A script that only prints needs no library part: it runs before that has arrived.
  assert.equal(await runCode(page, 'print("hello");'), "hello\n");

  // The data set: fetched (if the worker has not fetched it in the background by now)
  // before a script that uses it, and the answer is right.
  assert.equal(await runCode(page, "print(patients().len());"), "1000\n");
  assert.ok(parts(fetched).includes("split_library.wasm"), parts(fetched).join());

  // A chart: its renderer arrives with the first chart, and it is drawn.
  assert.ok(!parts(fetched).includes("split_charts.wasm"));
  await setCode(page, 'bar_chart("Visits", ["Mon", "Tue"], [3, 5]);');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  await output(page).getByRole("img", { name: /^Visits/ }).waitFor();
  assert.ok(parts(fetched).includes("split_charts.wasm"));

  // An app's form: its part arrives with the first script that asks for an input, and
  // changing the input runs the script again.
  assert.ok(!parts(fetched).includes("split_app_form.wasm"));
  await setCode(page, 'let weight = input_number("Weight in kilograms", 70.0, 20.0, 300.0);\nshow("Twice", weight * 2.0);');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  await page.getByLabel("Weight in kilograms").fill("80");
  await page.getByText("160").waitFor();
  assert.ok(parts(fetched).includes("split_app_form.wasm"));

  // Sharing: making a link, and its box, arrive with the first Share; the link is focused.
  assert.ok(!parts(fetched).includes("split_share_tools.wasm"));
  await page.getByRole("button", { name: "Share code", exact: true }).click();
  const link = page.locator("#share-link");
  await link.waitFor();
  assert.match(await link.inputValue(), /#share=/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "share-link");
  assert.ok(parts(fetched).includes("split_share_tools.wasm"));

  // The lessons: their part and lessons.json arrive when Lessons is opened.
  assert.ok(!parts(fetched).includes("split_lessons.wasm"));
  await page.getByRole("link", { name: "Lessons", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  assert.ok(parts(fetched).includes("split_lessons.wasm"));
  assert.ok(fetched.some((path) => path.endsWith("/lessons.json")));

  // A lesson's checks: the checker arrives with the first "Check my code".
  assert.ok(!parts(fetched).includes("split_checks.wasm"));
  await page.locator(".c4h-lesson-list__link").first().click();
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.locator(".c4h-checks__summary").waitFor();
  assert.ok(parts(fetched).includes("split_checks.wasm"));
  await context.close();
});

/** A page whose requests matching `pattern` wait until `release()` is called. */
async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

const APP_WASM = "**/page/c4h-web_bg.wasm";
const RUNNER_WASM = "**/worker/c4h-worker_bg.wasm";
const earlyOutput = (page) => page.locator("#c4h-early-output");
const earlyStatus = (page) => page.locator("#c4h-early-status");

test("before the app arrives, the learner types in the saved code and runs it; the app takes the run over", async () => {
  const context = await suite.browser.newContext();
  await context.addInitScript(() => {
    if (!localStorage.getItem("c4h.playground.v1")) {
      localStorage.setItem("c4h.playground.v1", JSON.stringify({ version: 1, code: 'print("saved");\n' }));
    }
  });
  const page = await context.newPage();
  // Hold the app's wasm back, as a slow connection would.
  const release = await holdBack(page, APP_WASM);
  await page.goto(suite.server.url);

  const early = page.locator("#c4h-early-code");
  await early.waitFor();
  assert.equal(await early.inputValue(), 'print("saved");\n', "the saved code, before the app");
  await early.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type('print("typed early");');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // The code runner has arrived without the app: the code runs, and its output shows.
  await earlyStatus(page).getByText("Finished.", { exact: true }).waitFor();
  assert.equal(await earlyOutput(page).textContent(), "saved\ntyped early\n");
  assert.equal(await page.locator(".cm-content").count(), 0, "the app has not arrived");

  release();
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  // The app shows the same run, once: it was not run again.
  await page.locator(".c4h-status").getByText(/^Finished in \d+ ms\.$/).waitFor();
  assert.equal(await output(page).textContent(), "saved\ntyped early\n");
  // The editor took over the text, and the learner's change is saved.
  assert.equal(await editorText(page), 'print("saved");\nprint("typed early");');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("c4h.playground.v1")));
  assert.equal(saved.code, 'print("saved");\nprint("typed early");');
  // The app's own runs follow on.
  assert.equal(await runCode(page, 'print("after");'), "after\n");
  await context.close();
});

test("Run pressed before the code runner has arrived waits for it, then runs", async () => {
  const context = await suite.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const releaseRunner = await holdBack(page, RUNNER_WASM);
  const releaseApp = await holdBack(page, APP_WASM);
  await page.goto(suite.server.url);
  await page.locator("#c4h-early-code").fill('print("waited");');
  await page.getByRole("button", { name: "Run", exact: true }).click();
  assert.match(await earlyStatus(page).textContent(), /^Getting ready… Your code will run/);
  releaseRunner();
  await earlyStatus(page).getByText("Finished.", { exact: true }).waitFor();
  assert.equal(await earlyOutput(page).textContent(), "waited\n");
  releaseApp();
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await page.waitForFunction(() => document.querySelector("#output")?.textContent === "waited\n");
  await context.close();
});

test("an early run with a problem shows what it printed, and the app shows the problem", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const release = await holdBack(page, APP_WASM);
  await page.goto(suite.server.url);
  await page.locator("#c4h-early-code").fill('print("before");\nlet list = [1];\nprint(list[5]);');
  await page.locator("#c4h-early-code").press("Control+Enter");
  await earlyStatus(page).getByText("Getting ready to show all of your code's result…").waitFor();
  assert.equal(await earlyOutput(page).textContent(), "before\n");
  release();
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await page.locator(".c4h-status").getByText("Your code stopped: there is a problem on line 3. See the output.").waitFor();
  assert.match(await output(page).textContent(), /^before\n.*line 3/s);
  await context.close();
});

test("on a 320 px phone, with taps: the early playground runs code, shows the output and fits; axe-core finds nothing", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await holdBack(page, APP_WASM);
  await page.goto(suite.server.url);
  await page.locator("#c4h-early-code").waitFor();
  const run = page.getByRole("button", { name: "Run", exact: true });
  const box = await run.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `Run is ${box.width} by ${box.height}`);
  await page.waitForFunction(() => window.c4hEarlyWorker?.ready);
  await run.tap();
  await earlyStatus(page).getByText("Finished.", { exact: true }).waitFor();
  assert.match(await earlyOutput(page).textContent(), /^Hello, Sam!\nYour systolic blood pressure is 128 mmHg\./);
  // The output comes into view below Run, and the focus stays on Run.
  await page.waitForFunction(() => {
    const top = document.querySelector("#c4h-early-output").getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  }, null, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), "c4h-early-run");
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth + 1), true,
    "nothing scrolls sideways");
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("on a 320 px phone, with taps: the app form and the share box arrive as parts, fit, and are big enough to tap", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true });
  const { page } = await openPlayground(suite, { context });
  await setCode(page, 'let weight = input_number("Weight in kilograms", 70.0, 20.0, 300.0);\nshow("Twice", weight * 2.0);');
  await page.getByRole("button", { name: "Run", exact: true }).tap();
  await waitForRunToEnd(page);
  const weight = page.getByLabel("Weight in kilograms");
  await weight.tap();
  await weight.fill("80");
  await page.getByText("160").waitFor();
  await page.getByRole("button", { name: "Share code", exact: true }).tap();
  await page.locator("#share-link").waitFor();
  const copy = page.getByRole("button", { name: "Copy link" });
  for (const target of [weight, copy]) {
    const box = await target.boundingBox();
    assert.ok(box.height >= 44 && box.x >= 0 && box.x + box.width <= 320, `${await target.evaluate((e) => e.outerHTML.slice(0, 60))}: ${JSON.stringify(box)}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, "nothing scrolls sideways");
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("Welsh: the early playground runs code and says so in Welsh", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await holdBack(page, APP_WASM);
  await page.goto(`${suite.server.url}?lang=cy`);
  await page.locator("#c4h-early-code").fill('print("Bore da");');
  await page.waitForFunction(() => window.c4hEarlyWorker?.ready);
  await page.getByRole("button", { name: "Rhedeg", exact: true }).click();
  await earlyStatus(page).getByText("Wedi gorffen.", { exact: true }).waitFor();
  assert.equal(await earlyOutput(page).textContent(), "Bore da\n");
  await page.locator("#c4h-early-code").fill('print("a");\nlet list = [1];\nprint(list[5]);');
  await page.getByRole("button", { name: "Rhedeg", exact: true }).click();
  await earlyStatus(page).getByText("Wrthi'n paratoi i ddangos canlyniad llawn eich cod…").waitFor();
  await context.close();
});

test("on a plain visit the app is fetched once the code runner has arrived (or after 10 s without it), and at once on another page", async () => {
  const context = await suite.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const order = [];
  page.on("request", (request) => {
    if (/c4h-(web|worker)_bg\.wasm$/.test(request.url())) order.push(`asked ${request.url().split("/").pop()}`);
  });
  page.on("requestfinished", (request) => {
    if (/c4h-(web|worker)_bg\.wasm$/.test(request.url())) order.push(`got ${request.url().split("/").pop()}`);
  });
  await page.goto(suite.server.url);
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  assert.deepEqual(order.slice(0, 3), ["asked c4h-worker_bg.wasm", "got c4h-worker_bg.wasm", "asked c4h-web_bg.wasm"]);

  // A runner that does not arrive does not keep the app away for long.
  const stalled = await context.newPage();
  await holdBack(stalled, RUNNER_WASM);
  const opened = Date.now();
  await stalled.goto(suite.server.url);
  await stalled.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 20_000 });
  assert.ok(Date.now() - opened >= 9_000, "the app waited for the runner first");
  await stalled.close();

  // Going to another page before the runner has arrived brings the app at once.
  const second = await context.newPage();
  await holdBack(second, RUNNER_WASM);
  await second.goto(suite.server.url);
  await second.locator("#c4h-early-code").waitFor();
  await second.getByRole("link", { name: "Lessons", exact: true }).click();
  await second.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  await context.close();
});

test("a part that cannot be fetched is explained, and the rest of the page goes on working", async () => {
  // No service worker: it fetches every part in the background for offline use, and a
  // part it has fetched would not be missing (offline.test.mjs tests it).
  const context = await suite.browser.newContext({ serviceWorkers: "block" });
  await context.route("**/split_lessons.wasm", (route) => route.abort());
  const { page } = await openPlayground(suite, { context });
  await page.getByRole("link", { name: "Lessons", exact: true }).click();
  await page.getByRole("alert").getByText(/could not be loaded\. Check your connection/).waitFor();
  await page.getByRole("link", { name: "Playground", exact: true }).click();
  await waitUntilReady(page);
  assert.equal(await runCode(page, 'print("still here");'), "still here\n");
  await context.close();
});

test("a library part that cannot be fetched ends the run with a plain message", async () => {
  const context = await suite.browser.newContext();
  await context.route("**/split_library.wasm", (route) => route.abort());
  const { page } = await openPlayground(suite, { context });
  const text = await runCode(page, "print(patients().len());");
  assert.match(text, /Part of the playground that your code uses could not be loaded, so your code did not run\. Check your connection, then press Run again\./);
  // So does a script that calls one of the library's helpers (statistics, charts, …), or
  // uses Rhai's arrays, maps or text functions, or joins text with `+`.
  for (const code of ["print(mean([1, 2]));", "print([1, 2]);", 'print("abc".len());', 'print("BMI " + 21.5);']) {
    assert.match(await runCode(page, code), /Part of the playground that your code uses could not be loaded/, code);
  }
  // Code that calls none of them still runs, even with one of their names as a variable.
  assert.equal(await runCode(page, 'print("fine");'), "fine\n");
  assert.equal(await runCode(page, "let count = 2;\nfor i in 1..=3 { count -= i; }\nprint(`${count} ${count < 0}`);"), "-4 true\n");
  await context.close();
});

test("a lesson's checker that cannot be fetched is explained, and the lesson goes on working", async () => {
  const context = await suite.browser.newContext();
  await context.route("**/split_checks.wasm", (route) => route.abort());
  const { page } = await openPlayground(suite, { context });
  await page.getByRole("link", { name: "Lessons", exact: true }).click();
  await page.locator(".c4h-lesson-list__link").first().click();
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  const code = await editorText(page);
  await page.getByRole("button", { name: "Check my code" }).click();
  await page.getByText("The lesson's checks could not be loaded, so your code was not checked. Check your connection, then press Check my code again.").waitFor();
  // Nothing the learner wrote is lost, and Run still runs it.
  assert.equal(await editorText(page), code);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  assert.doesNotMatch(await output(page).textContent(), /could not be loaded/);
  await context.close();
});

test("the explanations arrive with the first mistake; without them the problem is in Rhai's words", async () => {
  const context = await suite.browser.newContext({ serviceWorkers: "block" });
  const fetched = recordFetches(context, suite.server.url);
  const { page } = await openPlayground(suite, { context });
  const text = await runCode(page, "let total = 5;\nprint(totl);");
  assert.match(text, /There is no variable called totl here\. Did you mean total\?/);
  assert.ok(parts(fetched).includes("split_explain.wasm"), parts(fetched).join());
  await context.close();

  const offline = await suite.browser.newContext({ serviceWorkers: "block" });
  await offline.route("**/split_explain.wasm", (route) => route.abort());
  const second = await openPlayground(suite, { context: offline });
  const plain = await runCode(second.page, "let total = 5;\nprint(totl);");
  assert.match(plain, /Problem on line 2: Your code has a problem\. The playground's explanation could not be loaded/);
  assert.match(plain, /totl/, "Rhai's own words name the variable");
  // A script without a mistake needs no explanation, and runs.
  assert.equal(await runCode(second.page, 'print("fine");'), "fine\n");
  await offline.close();
});
