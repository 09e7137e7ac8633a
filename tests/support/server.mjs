// A small static file server for the browser tests: serves the release build in dist/
// on 127.0.0.1 with the right content types (wasm must be application/wasm for streaming
// compilation). Optional extra headers let tests apply a Content-Security-Policy.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

// The deployment guide's caching (docs/deploy.md): files whose names carry a hash of their
// contents are kept for a year; the others are checked again each time.
const HASHED = /(-[0-9a-f]{16}\.(js|css|svg)$)|(\/wasm\/[0-9a-f]{16}\/)/;

/**
 * Starts serving `root` on a free port of 127.0.0.1, under `prefix` (default `/`), with
 * `headers` added to every answer. With `deployed`, answers as docs/deploy.md's server
 * would: gzip (level 9) to browsers that accept it, and its cache headers.
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve(root, { headers = {}, prefix = "/", deployed = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    requests.push(fullPath);
    // Served under `prefix` (a sub-path such as /tools/code4health/), as an intranet would.
    if (!fullPath.startsWith(prefix)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const path = `/${fullPath.slice(prefix.length)}`;
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const answer = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      };
      if (deployed) {
        answer["cache-control"] = HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
        if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "") && extname(file) !== ".png") {
          if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
          body = gzipped.get(file);
          answer["content-encoding"] = "gzip";
          answer.vary = "accept-encoding";
        }
      }
      response.writeHead(200, { ...answer, ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
