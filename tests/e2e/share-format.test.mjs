// The share-link format (www/share/share.js), run in Node, which has the same
// CompressionStream as the browser: round trips, and every way a link can be bad.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  makeFragment, readFragment, MAX_CODE_BYTES, MAX_LINK_CHARS, PREFIX,
} from "../../www/share/share.js";

const toBase64Url = (bytes) => Buffer.from(bytes).toString("base64url");

async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

test("code of every kind comes back from its link unchanged", async () => {
  const samples = [
    "",
    'print("hello");',
    "// Temperature: 37.5 °C, SpO₂ 96 %, 🩺\nlet name = \"Siân O'Brien\";\n",
    "let x = 1;\r\n\tprint(x);\n".repeat(500),
  ];
  for (const code of samples) {
    for (const mode of ["app", "code"]) {
      const fragment = await makeFragment(code, mode);
      assert.ok(fragment.startsWith(`${PREFIX}v1.${mode}.`), fragment.slice(0, 30));
      assert.match(fragment, /^#share=v1\.(app|code)\.\d+\.[A-Za-z0-9_-]*$/);
      assert.deepEqual(await readFragment(fragment), { mode, code });
    }
  }
});

test("repetitive code compresses well", async () => {
  const code = 'print("blood pressure 120/80");\n'.repeat(1000);
  const fragment = await makeFragment(code, "code");
  assert.ok(fragment.length < code.length / 20, `${fragment.length} characters for ${code.length}`);
});

test("other fragments are not share links", async () => {
  for (const hash of ["", "#", "#maincontent", "#share", "share=v1.app.1.AA"]) {
    assert.equal(await readFragment(hash), null, hash);
  }
});

test("damaged, cut short, wrongly sized or mis-encoded links are 'damaged'", async () => {
  const good = await makeFragment("let weight = 70;\nprint(weight);\n".repeat(20), "app");
  const [, , length, data] = good.slice(PREFIX.length).split(".");
  const bad = [
    good.slice(0, good.length - 10),
    good.slice(0, Math.floor(good.length / 2)),
    `${PREFIX}v1.app.${Number(length) + 1}.${data}`,
    `${PREFIX}v1.app.${length}.${data}!`,
    `${PREFIX}v1.app.${length}.${data.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
    `${PREFIX}v1.app.${length}`,
    `${PREFIX}v1.app.x.${data}`,
    `${PREFIX}v1.play.${length}.${data}`,
    `${PREFIX}v1.app.${length}.${data}.extra`,
    `${PREFIX}v0.app.${length}.${data}`,
    `${PREFIX}version1.app.${length}.${data}`,
    `${PREFIX}v1.app.3.${toBase64Url(new Uint8Array([0xff, 0xff, 0xff]))}`,
  ];
  for (const hash of bad) {
    assert.deepEqual(await readFragment(hash), { problem: "damaged" }, hash.slice(0, 80));
  }
  // Bytes that are valid deflate but not UTF-8 text.
  const notText = toBase64Url(await deflateRaw(new Uint8Array([0xc3, 0x28])));
  assert.deepEqual(await readFragment(`${PREFIX}v1.code.2.${notText}`), { problem: "damaged" });
});

test("a link from a newer version says so", async () => {
  const good = await makeFragment("print(1);", "app");
  assert.deepEqual(await readFragment(good.replace("#share=v1.", "#share=v2.")), { problem: "newer_version" });
  assert.deepEqual(await readFragment(good.replace("#share=v1.", "#share=v17.")), { problem: "newer_version" });
});

test("links are capped: too long to make, too long to open, and no decompression bombs", async () => {
  // Code that does not compress (random text) past the link cap cannot be shared.
  let random = "";
  for (let i = 0; random.length < MAX_LINK_CHARS * 2; i += 1) random += Math.random().toString(36).slice(2);
  await assert.rejects(makeFragment(random, "code"), (error) => error.problem === "too_long");
  assert.deepEqual(await readFragment(`${PREFIX}v1.code.5.${"A".repeat(MAX_LINK_CHARS)}`), { problem: "too_long" });
  assert.deepEqual(await readFragment(`${PREFIX}v1.code.${MAX_CODE_BYTES + 1}.AAAA`), { problem: "too_long" });

  // 20 MB of spaces deflates to a short link; opening it stops at the cap instead of
  // filling memory, whatever length the link claims.
  const bomb = toBase64Url(await deflateRaw(new Uint8Array(20_000_000).fill(32)));
  assert.ok(bomb.length < MAX_LINK_CHARS, `${bomb.length}`);
  assert.deepEqual(await readFragment(`${PREFIX}v1.code.1000.${bomb}`), { problem: "damaged" });
});
