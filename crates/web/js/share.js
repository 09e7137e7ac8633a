// The browser's side of sharing and files, imported by the Rust app as a wasm-bindgen
// snippet (crates/web/src/share.rs): raw deflate with the browser's own CompressionStream,
// so no compression code ships in our wasm; downloads; opening files; the clipboard.
//
// The share-link format itself (version, caps, base64url, every way a link can be bad)
// belongs to the Rust crate c4h-links: this file only compresses and decompresses.

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

export async function deflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return readAll(stream, Infinity);
}

// Inflates at most `limit` bytes; null when the data is not valid deflate or is larger.
export async function inflate(bytes, limit) {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return await readAll(stream, limit);
  } catch {
    return null;
  }
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

// Asks the learner for a file and reads it. Resolves to null when no file was chosen,
// else to {name, size, bytes}: `bytes` is the file's content, or null when it is larger
// than `maxBytes` (not read at all). Whether it is text, and what to say about it, is the
// Rust side's (crates/web/src/share.rs).
export function openFile(maxBytes) {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".rhai,.txt,text/plain";
    input.hidden = true;
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      const bytes = file.size > maxBytes ? null : new Uint8Array(await file.arrayBuffer());
      resolve({ name: file.name, size: file.size, bytes });
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

// Reads the files in `list` (a FileList), each as {name, size, bytes}: `bytes` is null
// for a file larger than `maxBytes` (not read at all).
async function readFiles(list, maxBytes) {
  const files = [];
  for (const file of Array.from(list ?? [])) {
    const bytes = file.size > maxBytes ? null : new Uint8Array(await file.arrayBuffer());
    files.push({ name: file.name, size: file.size, bytes });
  }
  return files;
}

// Asks for any number of files of the types in `accept` (".c4h,.txt") and reads them:
// an array, empty when none was chosen.
export function openFiles(maxBytes, accept) {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.accept = accept;
    input.hidden = true;
    input.addEventListener("change", async () => {
      const list = input.files;
      input.remove();
      resolve(await readFiles(list, maxBytes));
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

// The files dropped in a drop event, read as openFiles reads them.
export function droppedFiles(event, maxBytes) {
  return readFiles(event.dataTransfer?.files, maxBytes);
}
