// The service worker: keeps every file of this build in the browser, so that after one
// visit the whole product (playground, lessons, data, apps) works with no network, as on a
// classroom kiosk. www/sw-build.mjs writes sw.js from this file after each build, filling in
// the build's file list and a version made from their contents.
//
// Files are answered from the cache of their own version, so the page never mixes files
// from two builds. A new build's worker waits until the page says "reload" (the learner
// chose to), then takes over; the old version's cache is deleted then.
const VERSION = "__C4H_VERSION__";
const FILES = __C4H_FILES__;
const CACHE = `c4h-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("c4h-") && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is controlled at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "c4h:activate-new-version") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The deployer's list of embedding hosts may be edited after the build: the newest
    // when online, the kept copy when not.
    if (new URL(request.url).pathname.endsWith("/embed-hosts.json")) {
      try {
        return await fetch(request);
      } catch {
        return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
      }
    }
    // Settings in the query (?kiosk, ?embed) do not make another file; a page address that
    // is not a file of the build (such as the site's folder) is the playground's page.
    const cached = (await cache.match(request, { ignoreSearch: true }))
      ?? (request.mode === "navigate" ? await cache.match("./", { ignoreSearch: true }) : undefined);
    return cached ?? fetch(request);
  })());
});
