// `make bench`: the product's speed and size, measured in headless Chromium against the
// release build in dist/, plus the engine natively (target/release/c4h). Prints a table and
// writes target/bench/report.json. Times are compared with bench/budgets.toml's targets but
// never fail the run: this machine is shared and noisy. Sizes are enforced by `make test`.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readBudgets } from "./budgets.mjs";
import { handInFragment } from "../tests/support/classroom-links.mjs";
import { measureFirstLoad } from "./first-load.mjs";
import { measureOpenLessons, measureVisit, SLOW_PHONE } from "./first-visit.mjs";
import { serve } from "../tests/support/server.mjs";
import { launch, CHROMIUM } from "../tests/support/browser.mjs";
import {
  ROOT, DIST, openPlayground, setCode, waitForRunToEnd, watchMainThread, readMainThread,
} from "../tests/support/playground.mjs";

const SAMPLES = {
  editorReady: 15,
  runLatency: 40,
  stopRestart: 10,
  loopLongTask: 5,
  engine: 9,
  data: 9,
  appInput: 30,
  visit: 7,
  slowPhoneVisit: 5,
  openLessons: 9,
  watch: 9,
  marking: 5,
};
const C4H_RELEASE = join(ROOT, "target", "release", "c4h");
const SCRIPTS = join(ROOT, "bench", "scripts");

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summarise = (values) => ({
  samples: values.length,
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/**
 * Navigation to somewhere to type code (the early playground's text area, or the editor),
 * to CodeMirror itself, and to a ready worker, on a cold cache each time.
 */
async function measureEditorReady(suite) {
  const editor = [];
  const codemirror = [];
  const worker = [];
  for (let i = 0; i < SAMPLES.editorReady; i += 1) {
    const { context, page } = await openPlayground(suite, { initScript: () => {
      new MutationObserver(() => {
        const early = document.querySelector("#c4h-early:not([hidden]) #c4h-early-code, .c4h-stand-in");
        const editorUp = document.querySelector('.cm-content[contenteditable="true"]');
        if (!window.__editorReadyAt && (early || editorUp)) window.__editorReadyAt = performance.now();
        if (!window.__codemirrorAt && editorUp) window.__codemirrorAt = performance.now();
        if (!window.__workerReadyAt && document.querySelector(".c4h-status")?.textContent.startsWith("Ready")) {
          window.__workerReadyAt = performance.now();
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    } });
    editor.push(await page.evaluate(() => window.__editorReadyAt));
    codemirror.push(await page.evaluate(() => window.__codemirrorAt));
    worker.push(await page.evaluate(() => window.__workerReadyAt));
    await context.close();
  }
  return { editor: summarise(editor), codemirror: summarise(codemirror), worker: summarise(worker) };
}

/**
 * In the page: call `act`, then wait until the output panel's text is exactly `text` *again*.
 * Run clears the panel (in a microtask after the click) before the new output arrives, so
 * the wait is for the text to differ first and then to match: stale output never counts.
 */
const ACT_UNTIL_OUTPUT = `(act, text) => new Promise((resolve) => {
  const output = document.querySelector("#output");
  let cleared = output.textContent !== text;
  new MutationObserver((_, observer) => {
    if (output.textContent !== text) cleared = true;
    else if (cleared) { observer.disconnect(); resolve(performance.now()); }
  }).observe(output, { subtree: true, childList: true, characterData: true });
  act();
})`;

/** Clicking Run on print("hello") until "hello" is in Output. */
async function measureRunLatency(suite) {
  const { context, page } = await openPlayground(suite);
  await setCode(page, 'print("hello");');
  const times = [];
  for (let i = 0; i < SAMPLES.runLatency; i += 1) {
    times.push(await page.evaluate(`(async () => {
      const actUntilOutput = ${ACT_UNTIL_OUTPUT};
      const run = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Run");
      const started = performance.now();
      return (await actUntilOutput(() => run.click(), "hello\\n")) - started;
    })()`));
    await waitForRunToEnd(page);
  }
  await context.close();
  return summarise(times);
}

/** Stop during an endless loop, then Run at once: until the new worker's output is shown. */
async function measureStopRestart(suite) {
  const { context, page } = await openPlayground(suite);
  await setCode(page, 'print("hello");\nloop {}');
  const times = [];
  for (let i = 0; i < SAMPLES.stopRestart; i += 1) {
    times.push(await page.evaluate(`(async () => {
      const actUntilOutput = ${ACT_UNTIL_OUTPUT};
      const button = (name) => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === name);
      await actUntilOutput(() => button("Run").click(), "hello\\n");
      // Stop adds a "Stopped" line, then Run clears the panel and the new worker prints.
      const stopped = performance.now();
      const shown = await actUntilOutput(() => { button("Stop").click(); button("Run").click(); }, "hello\\n");
      return shown - stopped;
    })()`));
    await page.evaluate(() => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Stop").click());
  }
  await context.close();
  return summarise(times);
}

/** The longest main-thread task (PerformanceObserver long tasks) while `loop {}` runs. */
async function measureLoopLongTask(suite) {
  const { context, page } = await openPlayground(suite);
  await setCode(page, "loop {}");
  const longest = [];
  for (let i = 0; i < SAMPLES.loopLongTask; i += 1) {
    await watchMainThread(page);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await waitForRunToEnd(page);
    longest.push((await readMainThread(page)).longestTask);
  }
  await context.close();
  // Long tasks are reported only above 50 ms: 0 means none was that long.
  return summarise(longest);
}

/** Each CPU-heavy script in the browser worker (through the real protocol) and natively. */
/**
 * Opens the playground and waits until it has settled (the app and the editor up, nothing
 * left to fetch), so that what is measured next in a worker of its own does not share the
 * machine with the page's start-up.
 */
async function openSettled(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.cm-content[contenteditable="true"]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  return { context, page };
}

async function measureEngine(browser, url) {
  const scripts = readdirSync(SCRIPTS).filter((name) => name.endsWith(".rhai")).sort();
  const { context, page } = await openSettled(browser, url);
  const results = [];
  for (const name of scripts) {
    const code = readFileSync(join(SCRIPTS, name), "utf8");
    const browserTimes = await page.evaluate(async ({ code, samples }) => {
      // The protocol's messages (crates/protocol): externally tagged JSON.
      const worker = new Worker("./worker.js", { type: "module" });
      const messages = [];
      let wake = () => {};
      worker.onmessage = (event) => { messages.push(JSON.parse(event.data)); wake(); };
      const next = async (find) => {
        for (;;) {
          const index = messages.findIndex(find);
          if (index >= 0) return messages.splice(index, 1)[0];
          await new Promise((resolve) => { wake = resolve; });
        }
      };
      await next((message) => message === "ready");
      const times = [];
      for (let run = 1; run <= samples; run += 1) {
        worker.postMessage(JSON.stringify({ run: { run, code } }));
        const { finished } = (await next((message) => message.event?.event?.finished)).event.event;
        if (finished.outcome !== "completed") throw new Error(`script failed: ${JSON.stringify(messages)}`);
        times.push(finished.elapsed_millis);
      }
      worker.terminate();
      return times;
    }, { code, samples: SAMPLES.engine });
    const nativeTimes = [];
    for (let run = 0; run < SAMPLES.engine; run += 1) {
      const lines = execFileSync(C4H_RELEASE, ["run", "--json", join(SCRIPTS, name)], { encoding: "utf8" })
        .trim().split("\n").map((line) => JSON.parse(line));
      const { finished } = lines.at(-1);
      if (finished.outcome !== "completed") throw new Error(`${name} failed natively`);
      nativeTimes.push(finished.elapsed_millis);
    }
    const browserMedian = median(browserTimes);
    const nativeMedian = median(nativeTimes);
    results.push({
      script: basename(name, ".rhai"),
      browser_ms: summarise(browserTimes),
      native_ms: summarise(nativeTimes),
      ratio: browserMedian / nativeMedian,
    });
  }
  await context.close();
  return results;
}

/** Making the default data set: in fresh browser workers, and natively (release CLI). */
async function measureDataGeneration(browser, url) {
  const { context, page } = await openSettled(browser, url);
  const browserTimes = [];
  for (let sample = 0; sample < SAMPLES.data; sample += 1) {
    browserTimes.push(await page.evaluate(() => new Promise((resolve, reject) => {
      // The library family is fetched, and the data set made, before the first script that
      // uses it (crates/worker): data_ready says how long making it took.
      const worker = new Worker("./worker.js", { type: "module" });
      worker.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message === "ready") {
          worker.postMessage(JSON.stringify({ run: { run: 1, code: "print(count(patients()));" } }));
        }
        if (message.data_ready) { worker.terminate(); resolve(message.data_ready.milliseconds); }
        if (message.load_failed) { worker.terminate(); reject(new Error(message.load_failed.message)); }
      };
    })));
  }
  await context.close();
  const nativeTimes = [];
  const peaks = [];
  for (let sample = 0; sample < SAMPLES.data; sample += 1) {
    const summary = execFileSync(C4H_RELEASE, ["data", "summary"], { encoding: "utf8" });
    nativeTimes.push(Number(summary.match(/generated in ([\d.]+) ms/)[1]));
    peaks.push(Number(summary.match(/peak memory ([\d.]+) MiB/)[1]));
  }
  return { browser_ms: summarise(browserTimes), native_ms: summarise(nativeTimes), native_peak_mib: Math.max(...peaks) };
}

const formatBytes = (bytes) => bytes.toLocaleString("en-GB");
const formatMs = (ms) => `${ms.toFixed(1)} ms`;
const verdict = (value, target) => (value <= target ? "within target" : "OVER target");

/**
 * The BMI example app: from typing a new weight (the input event) to the new BMI in the
 * Output panel. The script is compiled once and re-run in the worker with the new value.
 */
async function measureAppInput(suite) {
  const { context, page } = await openPlayground(suite);
  await setCode(page, readFileSync(join(ROOT, "examples", "bmi-calculator.rhai"), "utf8"));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await waitForRunToEnd(page);
  const weight = page.getByLabel("Weight in kilograms");
  await weight.waitFor();
  const times = [];
  for (let i = 0; i < SAMPLES.appInput; i += 1) {
    const kilograms = 60 + i;
    const expected = String(Math.round((kilograms / (1.75 * 1.75)) * 10) / 10);
    times.push(await weight.evaluate((input, [value, wanted]) => new Promise((resolve) => {
      const output = document.getElementById("output");
      const bmi = () => [...output.querySelectorAll(".c4h-result")]
        .find((result) => result.textContent.startsWith("Your BMI"))
        ?.querySelector(".c4h-result__value")?.textContent;
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (bmi() === wanted) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(output, { childList: true, subtree: true, characterData: true });
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }), [String(kilograms), expected]));
  }
  await context.close();
  return summarise(times);
}

/** A script that takes more than 5,000 steps: "Watch it run" records the first 5,000. */
const WATCH_SCRIPT = `let total = 0;
let count = 0;
while count < 3000 {
    count += 1;
    total += count;
}
print(total);
`;

/**
 * "Watch it run" on a 5,000-step trace: from the click to the panel showing its first step
 * (the run recorded in the worker, the trace sent and read, the panel drawn), the first
 * time (its parts fetched too) and after; and from Last to the last step shown.
 */
async function measureWatch(suite) {
  const { context, page } = await openPlayground(suite);
  await setCode(page, WATCH_SCRIPT);
  const watchOnce = () => page.evaluate(() => new Promise((resolve) => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Watch it run");
    const started = performance.now();
    const shown = () => document.querySelector("label[for=watch-slider]")?.textContent === "Step 1 of 5,000";
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      // Until the frame that shows it.
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    button.click();
  }));
  const toLast = () => page.evaluate(() => new Promise((resolve) => {
    const last = [...document.querySelectorAll(".c4h-watch button")].find((b) => b.textContent.trim() === "Last");
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector("label[for=watch-slider]")?.textContent !== "Step 5,000 of 5,000") return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    last.click();
  }));
  const close = async () => {
    await page.getByRole("button", { name: "Stop watching" }).click();
    await page.locator(".c4h-watch").waitFor({ state: "detached" });
  };
  const first = await watchOnce();
  await close();
  const warm = [];
  const last = [];
  for (let i = 0; i < SAMPLES.watch; i += 1) {
    warm.push(await watchOnce());
    last.push(await toLast());
    await close();
  }
  await context.close();
  return { first_ms: first, record_and_show_ms: summarise(warm), to_last_step_ms: summarise(last) };
}

/**
 * Marking 30 hand-ins of three lessons each on the teacher's page: from pressing "Mark
 * hand-ins" (30 links pasted) to "Marking finished", every learner's code run with its
 * lesson's checks in the worker, one at a time. The first time (its part, its words and the
 * lessons fetched, the worker started), then again on the same page.
 */
async function measureMarking(suite) {
  const curriculum = JSON.parse(readFileSync(join(DIST, "lessons.json"), "utf8"));
  const lessons = curriculum.units.flatMap((unit) => unit.lessons).slice(0, 3);
  // Each learner: two lessons solved, the third left at its starter (a failing check).
  const links = Array.from({ length: 30 }, (_, n) => handInFragment("Bench class", `Learner ${n + 1}`,
    lessons.map((lesson, at) => ({ id: lesson.id, code: at < 2 ? lesson.solution : lesson.starter }))));
  const { context, page } = await openPlayground(suite);
  await page.evaluate(() => { location.hash = "#/mark"; });
  const box = page.locator("#hand-in-links");
  await box.waitFor();
  await box.fill(links.map((link) => `${suite.server.url}${link}`).join("\n"));
  // The status says "Marking 30 hand-ins…" while marking (many tasks: a worker message a
  // cell), then "Marking finished…". It is Leptos's to write: only watched here.
  const markOnce = () => page.evaluate(() => new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Mark hand-ins");
    const status = document.querySelector(".c4h-status");
    let marking = false;
    const observer = new MutationObserver(() => {
      if (status.textContent.startsWith("Marking 30")) marking = true;
      if (!marking || !status.textContent.startsWith("Marking finished")) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`marking did not finish in 120 s: "${status.textContent}"`));
    }, 120_000);
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    const started = performance.now();
    button.click();
  }));
  const first = await markOnce();
  const passed = await page.locator("table.c4h-marks tbody td", { hasText: /^Passed/ }).count();
  if (passed !== 60) throw new Error(`marking 30 hand-ins: ${passed} cells passed, not 60`);
  const warm = [];
  for (let i = 0; i < SAMPLES.marking; i += 1) warm.push(await markOnce());
  await context.close();
  return { hand_ins: 30, lessons_each: 3, first_ms: first, again_ms: summarise(warm) };
}

async function main() {
  const budgets = readBudgets();
  const server = await serve(DIST);
  const browser = await launch();
  try {
    const chromiumVersion = browser.version();
    const firstLoad = await measureFirstLoad(browser, server.url, DIST);
    const suite = { browser, server };
    const ready = await measureEditorReady(suite);
    const runLatency = await measureRunLatency(suite);
    const stopRestart = await measureStopRestart(suite);
    const loopLongTask = await measureLoopLongTask(suite);
    const engine = await measureEngine(browser, server.url);
    const data = await measureDataGeneration(browser, server.url);
    const appInput = await measureAppInput(suite);
    const watch = await measureWatch(suite);
    const marking = await measureMarking(suite);
    const deployed = await serve(DIST, { deployed: true });
    const visits = [];
    const slowVisits = [];
    const lessons = [];
    try {
      for (let i = 0; i < SAMPLES.visit; i += 1) visits.push(await measureVisit(browser, deployed.url, DIST));
      for (let i = 0; i < SAMPLES.slowPhoneVisit; i += 1) {
        slowVisits.push(await measureVisit(browser, deployed.url, DIST, { slowPhone: true }));
      }
      for (let i = 0; i < SAMPLES.openLessons; i += 1) lessons.push(await measureOpenLessons(browser, deployed.url));
    } finally {
      await deployed.close();
    }
    const visitSummary = (list) => ({
      typing_ms: summarise(list.map((v) => v.typing_ms)),
      first_run_result_ms: summarise(list.map((v) => v.first_run_result_ms)),
      bytes_before_typing: median(list.map((v) => v.bytes_before_typing)),
      bytes_of_files_started_before_typing: median(list.map((v) => v.bytes_of_files_started_before_typing)),
      bytes_before_first_run_result: list[0].bytes_before_first_run_result,
      bytes_whole_visit: list[0].bytes_whole_visit,
      files_whole_visit: list[0].files_whole_visit,
    });
    const visit = visitSummary(visits);
    const slowPhone = { profile: SLOW_PHONE, ...visitSummary(slowVisits) };
    const openLessons = summarise(lessons);

    const report = {
      date: new Date().toISOString(),
      chromium: `${CHROMIUM} ${chromiumVersion}`,
      first_load: firstLoad,
      editor_ready_ms: ready.editor,
      codemirror_ready_ms: ready.codemirror,
      worker_ready_ms: ready.worker,
      run_latency_ms: runLatency,
      stop_to_next_output_ms: stopRestart,
      loop_longest_main_thread_task_ms: loopLongTask,
      engine,
      data_generation: data,
      app_input_to_output_ms: appInput,
      watch_5000_steps: watch,
      marking_30_hand_ins: marking,
      first_visit: visit,
      first_visit_slow_phone: slowPhone,
      open_lessons_first_time_ms: openLessons,
      budgets,
    };
    mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
    writeFileSync(join(ROOT, "target", "bench", "report.json"), `${JSON.stringify(report, null, 2)}\n`);

    const { targets, size } = budgets;
    console.log(`\nFirst-load transfer (${firstLoad.files.length} files):`);
    console.table(Object.fromEntries(firstLoad.files.map((f) => [f.path, { raw: f.raw, gzip: f.gzip, brotli: f.brotli }])));
    console.log(`Total: ${formatBytes(firstLoad.total.raw)} raw, ${formatBytes(firstLoad.total.gzip)} gzip, ` +
      `${formatBytes(firstLoad.total.brotli)} brotli; budget ${formatBytes(size.first_load_gzip_bytes)} gzip: ` +
      `${verdict(firstLoad.total.gzip, size.first_load_gzip_bytes)}`);

    const row = (value, statistic, samples, target) => ({
      value: formatMs(value), statistic, samples,
      target: target === undefined ? "" : `${target} ms`,
      verdict: target === undefined ? "" : verdict(value, target),
    });
    console.log("\nTimes:");
    console.table({
      "typing possible (cold cache)": row(ready.editor.median, "median", ready.editor.samples, targets.editor_ready_ms),
      "CodeMirror up (cold cache)": row(ready.codemirror.median, "median", ready.codemirror.samples),
      "worker ready (cold cache)": row(ready.worker.median, "median", ready.worker.samples),
      "Run latency": row(runLatency.median, "median", runLatency.samples, targets.run_latency_ms),
      "Stop to next output": row(stopRestart.median, "median", stopRestart.samples),
      "longest task during loop {}": row(loopLongTask.max, "max", loopLongTask.samples, targets.longest_main_thread_task_ms),
      "BMI app: input to new output": row(appInput.median, "median", appInput.samples, targets.app_input_to_output_ms),
      "Watch it run, 5,000 steps: record and show": row(watch.record_and_show_ms.median, "median", watch.record_and_show_ms.samples, targets.watch_steps_ms),
      "Watch it run, 5,000 steps: the first time (parts fetched)": row(watch.first_ms, "one", 1),
      "Watch it run: Last step shown": row(watch.to_last_step_ms.median, "median", watch.to_last_step_ms.samples),
      "Marking 30 hand-ins of 3 lessons: the first time": row(marking.first_ms, "one", 1, targets.marking_30_hand_ins_ms),
      "Marking 30 hand-ins of 3 lessons: again": row(marking.again_ms.median, "median", marking.again_ms.samples, targets.marking_30_hand_ins_ms),
    });

    console.log("A first visit (cold cache; served with gzip and the deployment guide's cache headers):");
    const bytes = (value, budget) => ({
      value: `${formatBytes(value)} B gzip`, statistic: "", samples: "",
      target: budget === undefined ? "" : `${formatBytes(budget)} B`,
      verdict: budget === undefined ? "" : verdict(value, budget),
    });
    console.table({
      "typing possible": row(visit.typing_ms.median, "median", visit.typing_ms.samples),
      "first Run result": row(visit.first_run_result_ms.median, "median", visit.first_run_result_ms.samples),
      "slow phone: typing possible": row(slowPhone.typing_ms.median, "median", slowPhone.typing_ms.samples, targets.slow_phone_typing_ms),
      "slow phone: first Run result": row(slowPhone.first_run_result_ms.median, "median", slowPhone.first_run_result_ms.samples, targets.slow_phone_first_run_result_ms),
      "slow phone: bytes before typing (median)": bytes(slowPhone.bytes_before_typing, size.before_typing_gzip_bytes),
      "slow phone: whole files started before typing": bytes(slowPhone.bytes_of_files_started_before_typing),
      "slow phone: bytes before the first Run result": bytes(slowPhone.bytes_before_first_run_result),
      "bytes in the whole first visit": bytes(visit.bytes_whole_visit),
      "opening Lessons the first time": row(openLessons.median, "median", openLessons.samples, targets.lessons_first_open_ms),
    });
    console.log("Engine speed (median ms; ratio = browser / native):");
    console.table(Object.fromEntries(engine.map((e) => [e.script, {
      browser: formatMs(e.browser_ms.median),
      native: formatMs(e.native_ms.median),
      ratio: e.ratio.toFixed(2),
      verdict: verdict(e.ratio, targets.browser_native_ratio),
    }])));
    console.log("Making the default data set (1,000 patients):");
    console.table({
      "native (release CLI)": row(data.native_ms.median, "median", data.native_ms.samples, targets.data_generation_native_ms),
      "browser worker": row(data.browser_ms.median, "median", data.browser_ms.samples),
    });
    console.log(`Peak memory making it (native): ${data.native_peak_mib.toFixed(1)} MiB; ` +
      `target ${targets.data_generation_memory_mib} MiB: ${verdict(data.native_peak_mib, targets.data_generation_memory_mib)}`);
    const average = engine.find((e) => e.script === "average-blood-pressure");
    if (average) {
      console.log(`Averaging every blood-pressure reading in the browser: ${formatMs(average.browser_ms.median)} median; ` +
        `target ${targets.average_blood_pressure_browser_ms} ms: ${verdict(average.browser_ms.median, targets.average_blood_pressure_browser_ms)}`);
    }
    console.log("Report: target/bench/report.json");
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
