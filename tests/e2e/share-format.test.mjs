// The browser's half of share links (crates/web/js/share.js: raw deflate and a capped inflate
// with CompressionStream), run in Node, which has the same streams as the browser, against
// the other half: the link format of crates/links, as the `c4h share` CLI writes and reads
// it with its own deflate. Every way a link can be bad is tested in crates/links.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { deflate, inflate } from "../../crates/web/js/share.js";
import { ROOT } from "../support/playground.mjs";

const C4H = join(ROOT, "target", "debug", "c4h");
// crates/links: MAX_CODE_BYTES.
const MAX_CODE_BYTES = 200_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

const SAMPLES = [
  "",
  'print("hello");',
  "// Temperature: 37.5 °C, SpO₂ 96 %, 🩺\nlet name = \"Siân O'Brien\";\n",
  "let x = 1;\r\n\tprint(x);\n".repeat(500),
];

test("the browser's deflate and inflate round-trip code of every kind", async () => {
  for (const code of SAMPLES) {
    const compressed = await deflate(encoder.encode(code));
    assert.equal(decoder.decode(await inflate(compressed, MAX_CODE_BYTES)), code);
  }
});

test("inflate stops at its cap, and refuses what is not deflate", async () => {
  // 20 MB of spaces deflates to a few kilobytes: inflating it stops at the cap.
  const bomb = await deflate(new Uint8Array(20_000_000).fill(32));
  assert.ok(bomb.length < 40_000, `${bomb.length}`);
  assert.equal(await inflate(bomb, MAX_CODE_BYTES), null);
  assert.equal(await inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), MAX_CODE_BYTES), null);
  const exact = await deflate(new Uint8Array(MAX_CODE_BYTES).fill(65));
  assert.equal((await inflate(exact, MAX_CODE_BYTES)).length, MAX_CODE_BYTES);
});

test("a link the CLI makes inflates in the browser to the same code", async () => {
  for (const code of SAMPLES.slice(1)) {
    const fragment = execFileSync(C4H, ["share", "-"], { input: code, encoding: "utf8" }).trim();
    const [, , length, data] = fragment.slice("#share=".length).split(".");
    const bytes = await inflate(Buffer.from(data, "base64url"), MAX_CODE_BYTES);
    assert.equal(bytes.length, Number(length));
    assert.equal(decoder.decode(bytes), code);
  }
});

test("code the browser deflates opens with the CLI", async () => {
  for (const code of SAMPLES.slice(1)) {
    const bytes = encoder.encode(code);
    const data = Buffer.from(await deflate(bytes)).toString("base64url");
    const opened = spawnSync(C4H, ["share", "--open", `#share=v1.code.${bytes.length}.${data}`], {
      encoding: "utf8",
    });
    assert.equal(opened.status, 0, opened.stderr);
    assert.equal(opened.stdout, code);
  }
});
