// The same script gives the same output in the browser and in the `c4h` CLI: both run
// the one sandbox, and both print its events with the same text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startSuite, openPlayground, runCode, ROOT } from "../support/playground.mjs";

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
    const browser = await runCode(page, code);
    assert.equal(browser, cli.stdout);
    assert.equal(cli.status, status);
    await context.close();
  });
}
