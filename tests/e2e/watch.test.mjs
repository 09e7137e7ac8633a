// "Watch it run" (issue 19): a run's steps, one at a time, with the line marked in the
// editor, the variables and what changed in words, the output so far, and each step said in
// a polite live region. By mouse, by keyboard, by taps on a 320 px phone, in Welsh, on a
// lesson page; checked against `c4h watch --json`, which prints the same trace natively.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  startSuite, openPlayground, setCode, waitForRunToEnd, output, axeViolations, ROOT, editor,
} from "../support/playground.mjs";

const C4H = join(ROOT, "target", "debug", "c4h");

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const LOOP = `let total = 0;
for day in [4200, 6800, 10200] {
    total += day;
}
print(total);
`;

const watchButton = (page) => page.getByRole("button", { name: "Watch it run" });
const panel = (page) => page.getByRole("region", { name: "Watch it run" });
const sentence = (page) => page.locator(".c4h-watch-sentence");
const slider = (page) => page.getByRole("slider");
const markedLine = (page) => page.locator(".cm-line[data-c4h-step]");

/** The steps as `c4h watch --json` prints them. */
function watchInCli(code, lang = "en") {
  let stdout;
  try {
    stdout = execFileSync(C4H, ["watch", "--json", "--lang", lang, "-"], { input: code, encoding: "utf8" });
  } catch (error) {
    stdout = error.stdout; // a run that stops with a problem exits with 1
  }
  return stdout.trim().split("\n").map((line) => JSON.parse(line));
}

/** Puts `code` in the editor, presses Watch it run and waits for the first step. */
async function watch(page, code) {
  await setCode(page, code);
  await watchButton(page).click();
  await waitForRunToEnd(page);
  await sentence(page).waitFor();
}

/** The variables table as {name: [value, what changed]}. */
async function variables(page) {
  const rows = await panel(page).locator("table tbody tr").all();
  const table = {};
  for (const row of rows) {
    const name = await row.locator("th").textContent();
    const cells = await row.locator("td").allTextContents();
    table[name] = cells;
  }
  return table;
}

test("Watch it run steps through a loop by mouse, marking each step's line and what changed", async () => {
  const { context, page, problems } = await openPlayground(suite);
  await watch(page, LOOP);
  assert.equal(await sentence(page).textContent(), "Line 1: total is 0.");
  assert.equal(await sentence(page).getAttribute("aria-live"), "polite");
  assert.equal(await panel(page).locator("label[for=watch-slider]").textContent(), "Step 1 of 8");
  assert.equal(await markedLine(page).textContent(), "let total = 0;");
  // The run's output is in the Output panel as with Run.
  assert.match(await output(page).textContent(), /21200/);

  const next = panel(page).getByRole("button", { name: "Next" });
  await next.click();
  await next.click();
  assert.equal(await sentence(page).textContent(), "Line 3: total changed from 0 to 4200.");
  assert.equal(await markedLine(page).textContent(), "    total += day;");
  assert.deepEqual(await variables(page), {
    total: ["4200", "changed from 0"],
    day: ["4200", "no change"],
  });
  await next.click();
  assert.equal(await sentence(page).textContent(), "Line 2, round the loop again: day changed from 4200 to 6800.");
  assert.equal(await markedLine(page).textContent(), "for day in [4200, 6800, 10200] {");
  await panel(page).getByRole("button", { name: "Back" }).click();
  assert.equal(await sentence(page).textContent(), "Line 3: total changed from 0 to 4200.");
  assert.equal(await panel(page).getByText("Nothing printed yet.").count(), 1);

  await panel(page).getByRole("button", { name: "Last" }).click();
  assert.equal(await panel(page).locator("label[for=watch-slider]").textContent(), "Step 8 of 8");
  assert.equal(await sentence(page).textContent(), "Line 5 ran. No variable changed. It printed: 21200");
  assert.equal(await panel(page).locator(".c4h-watch-output").textContent(), "21200");
  assert.equal(await panel(page).getByRole("button", { name: "Next" }).getAttribute("aria-disabled"), "true");
  await panel(page).getByRole("button", { name: "First" }).click();
  assert.equal(await sentence(page).textContent(), "Line 1: total is 0.");
  assert.equal(await panel(page).getByRole("button", { name: "Back" }).getAttribute("aria-disabled"), "true");
  // Watching again starts again at the first step.
  await panel(page).getByRole("button", { name: "Last" }).click();
  await watchButton(page).click();
  await waitForRunToEnd(page);
  await page.waitForFunction(() => document.querySelector("label[for=watch-slider]")?.textContent === "Step 1 of 8");
  assert.equal(await sentence(page).textContent(), "Line 1: total is 0.");

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("every step's sentence in the page is the one `c4h watch` prints for the same code", async () => {
  const code = `fn bmi(weight, height) {
    let result = weight / (height * height);
    round(result, 1)
}
let first = bmi(70.0, 1.75);
if first > 25.0 {
    print("above");
} else {
    print("not above");
}
`;
  const cli = watchInCli(code);
  const steps = cli.filter((line) => line.step);
  assert.ok(steps.length >= 5, `${steps.length} steps`);
  const { context, page } = await openPlayground(suite);
  await watch(page, code);
  const seen = [];
  for (let index = 0; index < steps.length; index += 1) {
    seen.push(await sentence(page).textContent());
    if (index + 1 < steps.length) await panel(page).getByRole("button", { name: "Next" }).click();
  }
  assert.deepEqual(seen, steps.map((step) => step.sentence));
  // Inside the function, the call is listed.
  await panel(page).getByRole("button", { name: "First" }).click();
  await panel(page).getByRole("button", { name: "Next" }).click();
  assert.equal(await panel(page).locator(".c4h-watch-calls li").textContent(), "bmi(70.0, 1.75)");
  await context.close();
});

test("by keyboard: the slider's arrow, page, Home and End keys move through the steps, and each step is announced", async () => {
  const { context, page } = await openPlayground(suite);
  await watch(page, LOOP);
  await slider(page).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await sentence(page).textContent(), "Line 3: total changed from 0 to 4200.");
  assert.equal(await slider(page).getAttribute("aria-valuetext"), "Step 3 of 8");
  assert.equal(await markedLine(page).textContent(), "    total += day;");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await sentence(page).textContent(), "Line 2: day is 4200.");
  await page.keyboard.press("End");
  assert.equal(await slider(page).getAttribute("aria-valuetext"), "Step 8 of 8");
  await page.keyboard.press("Home");
  assert.equal(await slider(page).getAttribute("aria-valuetext"), "Step 1 of 8");
  await page.keyboard.press("PageUp");
  assert.equal(await slider(page).getAttribute("aria-valuetext"), "Step 8 of 8", "ten steps on, at most the last");
  await page.keyboard.press("PageDown");
  assert.equal(await slider(page).getAttribute("aria-valuetext"), "Step 1 of 8");
  // The slider says where its keys are listed.
  assert.equal(await slider(page).getAttribute("aria-describedby"), "watch-keys");
  // The buttons work from the keyboard too, and keep the focus.
  await panel(page).getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Space");
  assert.equal(await sentence(page).textContent(), "Line 3: total changed from 0 to 4200.");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Next");
  await context.close();
});

test("a run that stops with a problem shows the steps up to it, then where it stopped", async () => {
  const code = `let doses = [2, 1, 0, 4];
for d in doses {
    print(10 / d);
}
`;
  const { context, page } = await openPlayground(suite);
  await watch(page, code);
  await panel(page).getByRole("button", { name: "Last" }).click();
  assert.equal(await sentence(page).textContent(), "Line 3: your code stopped here with a problem.");
  assert.equal(await markedLine(page).textContent(), "    print(10 / d);");
  // `d` took its value on the step before, as the loop went round again.
  assert.deepEqual((await variables(page)).d, ["0", "no change"]);
  await panel(page).getByRole("button", { name: "Back" }).click();
  assert.equal(await sentence(page).textContent(), "Line 2, round the loop again: d changed from 1 to 0.");
  await panel(page).getByRole("button", { name: "Last" }).click();
  // Where it stopped, the problem in the words the Output uses.
  assert.match(await panel(page).locator(".c4h-watch-problem").textContent(),
    /stopped here with a problem:Problem on line 3: You tried to divide by zero/);
  assert.equal(await panel(page).locator(".c4h-watch-output").textContent(), "5\n10");
  // The problem itself is in the Output, as with Run.
  assert.match(await output(page).textContent(), /divide by zero/);
  await context.close();
});

test("editing the code ends watching, and Stop watching closes the panel", async () => {
  const { context, page } = await openPlayground(suite);
  await watch(page, LOOP);
  await panel(page).getByRole("button", { name: "Next" }).click();
  assert.equal(await markedLine(page).count(), 1);
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("// more");
  await panel(page).getByText("You changed the code, so watching has ended.").waitFor();
  assert.equal(await markedLine(page).count(), 0);
  assert.equal(await slider(page).count(), 0);
  await panel(page).getByRole("button", { name: "Stop watching" }).click();
  assert.equal(await panel(page).count(), 0);
  // Run ends watching too: its output is not the steps'.
  await watch(page, LOOP);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  assert.equal(await panel(page).count(), 0);
  await context.close();
});

test("a run of more than 5,000 steps shows the first 5,000 and says so", async () => {
  const { context, page } = await openPlayground(suite);
  await watch(page, "let n = 0;\nwhile n < 100000 { n += 1; }\nprint(n);\n");
  assert.match(await panel(page).textContent(), /This run takes more than 5,000 steps\. Watch shows the first 5,000\./);
  assert.equal(await panel(page).locator("label[for=watch-slider]").textContent(), "Step 1 of 5,000");
  assert.match(await output(page).textContent(), /100000/, "the run itself went to its end");
  await context.close();
});

test("on a 320 px phone, with taps only: big enough targets, nothing wider than the screen", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const { page } = await openPlayground(suite, { context });
  await setCode(page, LOOP);
  await watchButton(page).tap();
  await waitForRunToEnd(page);
  await sentence(page).waitFor();
  for (const name of ["First", "Back", "Next", "Last", "Stop watching"]) {
    const box = await panel(page).getByRole("button", { name }).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${name} is ${box.width}x${box.height}`);
  }
  const sliderBox = await slider(page).boundingBox();
  assert.ok(sliderBox.height >= 44, `the slider is ${sliderBox.height} high`);
  await panel(page).getByRole("button", { name: "Next" }).tap();
  await panel(page).getByRole("button", { name: "Next" }).tap();
  assert.equal(await sentence(page).textContent(), "Line 3: total changed from 0 to 4200.");
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `the page is ${wide} px wide`);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("in Welsh: the button, the steps and the table speak Welsh, as `c4h watch --lang cy` does", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("./?lang=cy", suite.server.url).href);
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await page.waitForFunction(() => document.querySelector(".c4h-status")?.textContent.startsWith("Yn barod"));
  // The editor's name is Welsh too: paste into it as setCode does.
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.locator(".cm-content").evaluate((content, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    content.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, LOOP);
  await page.getByRole("button", { name: "Gwylio'r cod yn rhedeg" }).click();
  const welshPanel = page.getByRole("region", { name: "Gwylio'r cod yn rhedeg" });
  await welshPanel.locator(".c4h-watch-sentence").waitFor();
  const cli = watchInCli(LOOP, "cy").filter((line) => line.step);
  assert.equal(await welshPanel.locator(".c4h-watch-sentence").textContent(), cli[0].sentence);
  await welshPanel.getByRole("button", { name: "Nesaf" }).click();
  await welshPanel.getByRole("button", { name: "Nesaf" }).click();
  assert.equal(await welshPanel.locator(".c4h-watch-sentence").textContent(), cli[2].sentence);
  assert.equal(await welshPanel.locator("label[for=watch-slider]").textContent(), "Cam 3 o 8");
  assert.match(await welshPanel.locator("table").textContent(), /wedi newid o 0/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("a lesson page has Watch it run too, and the loop lesson teaches with it", async () => {
  const { context, page } = await openPlayground(suite);
  await page.goto(new URL("./#/lessons/watching-a-loop", suite.server.url).href);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.match(await page.locator("main").textContent(), /Watch it run/);
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await watchButton(page).click();
  await sentence(page).waitFor({ timeout: 30_000 });
  assert.match(await sentence(page).textContent(), /^Line \d+/);
  assert.equal(await markedLine(page).count(), 1);
  await context.close();
});
