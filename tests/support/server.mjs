// A small static file server for the browser tests: serves the release build in dist/
// on 127.0.0.1 with the right content types (wasm must be application/wasm for streaming
// compilation). Optional extra headers let tests apply a Content-Security-Policy.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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

/**
 * Starts serving `root` on a free port of 127.0.0.1, under `prefix` (default `/`), with
 * `headers` added to every answer.
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve(root, { headers = {}, prefix = "/" } = {}) {
  const base = resolve(root);
  const requests = [];
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
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers,
      });
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
