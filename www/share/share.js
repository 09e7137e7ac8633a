// Share links and code files, with no server: the code travels in the link's fragment
// (the part after "#", which browsers never send to a server), compressed with the
// browser's own deflate (CompressionStream "deflate-raw") and written in base64url.
//
//   #share=v1.app.<length>.<data>     open as an app (code hidden)
//   #share=v1.code.<length>.<data>    open the code in the playground
//
// <length> is the code's size in bytes, so a link cut short when it was copied is caught
// even where deflate cannot tell. Exposed to the Rust app as `window.c4hShare` (see
// crates/web/src/share.rs); the learner-facing words for each problem live there.

export const PREFIX = "#share=";
export const VERSION = 1;
// A longer link is not made or opened: mail and chat programs mangle very long links, and
// a huge fragment is more likely a mistake or an attack than a learner's script.
export const MAX_LINK_CHARS = 40_000;
// At most this much code comes out of a link: deflate can expand 1,000-fold, so
// decompression stops here instead of trusting the link.
export const MAX_CODE_BYTES = 200_000;
const MODES = ["app", "code"];

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replaceAll("-", "+").replaceAll("_", "/") + "===".slice((text.length + 3) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function readAll(stream, limit) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

async function deflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return readAll(stream, Infinity);
}

// Inflates at most `limit` bytes; null when the data is not valid deflate or is larger.
async function inflate(bytes, limit) {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return await readAll(stream, limit);
  } catch {
    return null;
  }
}

// The fragment for `code` opened as `mode` ("app" or "code"), starting with "#share=".
// Throws {problem: "too_long", characters} when the link would be too long to share.
export async function makeFragment(code, mode) {
  if (!MODES.includes(mode)) throw new Error(`unknown share mode ${mode}`);
  const bytes = new TextEncoder().encode(code);
  const data = toBase64Url(await deflate(bytes));
  const fragment = `${PREFIX}v${VERSION}.${mode}.${bytes.length}.${data}`;
  if (bytes.length > MAX_CODE_BYTES || fragment.length > MAX_LINK_CHARS) {
    throw { problem: "too_long", characters: fragment.length };
  }
  return fragment;
}

// Reads a location.hash. Returns null when it is not a share link at all (for example
// "#maincontent" from the skip link), {mode, code} for a good link, or {problem} with one
// of: "newer_version", "too_long", "damaged".
export async function readFragment(hash) {
  if (typeof hash !== "string" || !hash.startsWith(PREFIX)) return null;
  if (hash.length > MAX_LINK_CHARS) return { problem: "too_long" };
  const parts = hash.slice(PREFIX.length).split(".");
  const version = /^v(\d{1,6})$/.exec(parts[0] ?? "");
  if (version && Number(version[1]) > VERSION) return { problem: "newer_version" };
  if (!version || Number(version[1]) !== VERSION || parts.length !== 4) return { problem: "damaged" };
  const [, mode, lengthText, data] = parts;
  if (!MODES.includes(mode) || !/^\d{1,7}$/.test(lengthText)) return { problem: "damaged" };
  const length = Number(lengthText);
  if (length > MAX_CODE_BYTES) return { problem: "too_long" };
  const compressed = fromBase64Url(data);
  if (compressed === null) return { problem: "damaged" };
  const bytes = await inflate(compressed, MAX_CODE_BYTES);
  if (bytes === null || bytes.length !== length) return { problem: "damaged" };
  let code;
  try {
    code = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: "damaged" };
  }
  return { mode, code };
}

// Offers `text` as a file download named `name`.
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The largest file "Open a file" reads: a script, not a data set.
export const MAX_FILE_BYTES = 1_000_000;

// Asks the learner for a file and reads it as text. Resolves to {name, text}, to
// {problem: "too_big" | "not_text"}, or to null when no file was chosen.
export function openFile() {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".rhai,.txt,text/plain";
    input.hidden = true;
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      if (file.size > MAX_FILE_BYTES) return resolve({ problem: "too_big", name: file.name });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        if (text.includes("\u0000")) return resolve({ problem: "not_text", name: file.name });
        resolve({ name: file.name, text });
      } catch {
        resolve({ problem: "not_text", name: file.name });
      }
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

// Copies text to the clipboard; false where the browser does not allow it.
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
