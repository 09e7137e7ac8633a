// Class and hand-in links made in Node, in the format c4h-links and c4h-classroom define
// (`#handin=v1.<length>.<crc32>.<base64url raw deflate of the JSON>`), for `make bench`'s
// marking measure and the screenshots in docs/classroom.md. The format's owner is Rust;
// tests/e2e/classroom.test.mjs makes its links through the page, and a link made here that
// drifted from the format is refused by the page (the bench checks its marks).
import { deflateRawSync } from "node:zlib";

/** CRC-32 (IEEE), as crates/links/src/payload.rs computes it. */
export function crc32(bytes) {
  let crc = ~0 >>> 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (~crc >>> 0).toString(16).padStart(8, "0");
}

function fragment(kind, value) {
  const payload = Buffer.from(JSON.stringify(value), "utf8");
  const data = deflateRawSync(payload, { level: 9 }).toString("base64url");
  return `#${kind}=v1.${payload.length}.${crc32(payload)}.${data}`;
}

/** The fragment of a class link. */
export function classFragment(name, message, lessons) {
  return fragment("class", { name, message, lessons });
}

/** The fragment of a hand-in: `lessons` is [{id, code}] (code null: not tried). */
export function handInFragment(className, learner, lessons) {
  return fragment("handin", { class: className, learner, lessons });
}
