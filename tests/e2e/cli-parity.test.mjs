// The same script gives the same output in the browser and in the `c4h` CLI: both run
// the one sandbox, and both print its events with the same text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  startSuite, openPlayground, runCode, output, outputAsText, ROOT,
} from "../support/playground.mjs";

const C4H = join(ROOT, "target", "debug", "c4h");

/** Runs `code` with the CLI; returns its standard output and exit status. */
function runInCli(code) {
  try {
    return { stdout: execFileSync(C4H, ["run", "-"], { input: code, encoding: "utf8" }), status: 0 };
  } catch (error) {
    return { stdout: error.stdout, status: error.status };
  }
}

// Each script, with the CLI's exit status: 0 ran to its end, 1 stopped with an error.
const SCRIPTS = {
  "print and debug": ["let readings = [118, 124, 131];\nfor r in readings { print(`Systolic: ${r}`); }\ndebug(readings);", 0],
  "a runtime error after output": ["print(\"start\");\nlet m = #{ name: \"Sam\" };\nprint(m.age);", 1],
  "a syntax error": ["let x = 5\nprint(x);", 1],
  "an endless loop": ["loop {}", 1],
  "an output flood": ["for i in 0..20000 { print(`line ${i} of too many`); }", 0],
  // The browser worker makes the same data set as the CLI: a fingerprint of all of it.
  "the whole health data set": [
    "let total = 0.0;\nlet n = 0;\nfor p in patients() {\n  for kind in observation_kinds() {\n" +
    "    for r in observations(p, kind) {\n      n += 1;\n" +
    "      if \"systolic\" in r { total += r.systolic + r.diastolic; }\n" +
    "      else if type_of(r.value) != \"string\" { total += r.value; }\n    }\n  }\n}\n" +
    "print(`${count(patients())} patients, ${n} observations, total ${total}`);\n" +
    "print(patients()[0]);\nprint(practices());\nprint(fhir(\"Patient?family=Smith&gender=female\").total);", 0],
  "a wrong NHS number": ["let p = patient(\"999 000 0019\");", 1],
};

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

for (const [name, [code, status]] of Object.entries(SCRIPTS)) {
  test(`browser and CLI print the same for ${name}`, async () => {
    const cli = runInCli(code);
    const { context, page } = await openPlayground(suite);
    await runCode(page, code);
    assert.equal(await outputAsText(page), cli.stdout);
    assert.equal(cli.status, status);
    await context.close();
  });
}

test("a chart in the page is the same SVG as the CLI's --out file", async () => {
  const code = [
    "let ages = [];",
    "for p in patients() { ages.push(p.age); }",
    'histogram(#{ title: "Ages of patients", x_label: "Age in years", values: ages });',
    "let names = []; let sizes = [];",
    "for practice in practices() { names.push(practice.name); sizes.push(practice.patients); }",
    'bar_chart(#{ title: "Patients at each practice", y_label: "Patients", x: names, y: sizes });',
  ].join("\n");
  const dir = mkdtempSync(join(tmpdir(), "c4h-charts-"));
  try {
    execFileSync(C4H, ["run", "--out", dir, "-"], { input: code, encoding: "utf8" });
    assert.deepEqual(readdirSync(dir).sort(), ["chart-1.svg", "chart-2.svg"]);
    const { context, page } = await openPlayground(suite);
    await runCode(page, code);
    // The chart renderer is a part: the pictures come when it has arrived.
    await output(page).locator(".c4h-figure__picture svg").nth(1).waitFor();
    const pictures = await output(page).locator(".c4h-figure__picture").evaluateAll(
      (figures) => figures.map((figure) => figure.innerHTML));
    assert.equal(pictures.length, 2);
    for (const [index, picture] of pictures.entries()) {
      // Only the ids differ: each is unique on its own page. The CLI's file goes through
      // the browser's parser too, so both are written out the same way.
      const file = readFileSync(join(dir, `chart-${index + 1}.svg`), "utf8");
      const fromCli = await page.evaluate((svg) => {
        const holder = document.createElement("div");
        holder.innerHTML = svg;
        return holder.innerHTML;
      }, file);
      const pageId = /id="([^"]+)-title"/.exec(picture)[1];
      assert.equal(
        picture.replaceAll("<!---->", "").replaceAll(pageId, "ID"),
        fromCli.replaceAll(`chart-${index + 1}`, "ID"),
      );
    }
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
