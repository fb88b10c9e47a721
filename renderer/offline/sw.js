// Offline shell for the browser build of FieldWrit. (The desktop shell serves the app from its own
// app:// protocol and does not use this.) Officers open the app at a remote plant with no network: the
// page itself must load from this cache; their data is in IndexedDB, never here.
const CACHE = 'fieldwrit-shell-v1';
// The app's Content-Security-Policy, written in at build time (vite.config.ts) from the same builder as the
// desktop shell's. Pages served from this cache carry it as a response header, as from the network.
const POLICY = __CONTENT_SECURITY_POLICY__;

/** The shell page with the app's security headers, whatever the cache or the network gave. */
function withPolicy(response) {
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch('./', { cache: 'no-store' });
      const html = await response.clone().text();
      await cache.put('./', response);
      // Every file of the build (listed at build time), so chunks loaded on demand work offline too;
      // index.html's own references as a fallback.
      const fromHtml = [...html.matchAll(/(?:src|href)="(\.\/assets\/[^"]+)"/g)].map((m) => m[1]);
      const manifest = await fetch('./asset-manifest.json', { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : []))
        .catch(() => []);
      await cache.addAll([...new Set([...fromHtml, ...manifest.map((f) => `./${f}`)])]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The cached shell at once (start-up must not wait for a slow or absent network); a fresh copy is
    // fetched beside it and used from the next start. Network only when nothing is cached yet.
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        const cached = await cache.match('./', { ignoreVary: true });
        const refresh = fetch(request)
          .then(async (response) => {
            if (response.ok) await cache.put('./', response.clone());
            return response;
          })
          .catch(() => null);
        if (cached) {
          event.waitUntil(refresh);
          return withPolicy(cached);
        }
        const fresh = await refresh;
        return fresh ? withPolicy(fresh) : Response.error();
      })(),
    );
    return;
  }
  if (url.pathname.includes('/assets/')) {
    // Hashed file names never change content: cache first.
    event.respondWith(
      (async () => {
        // ignoreVary: module scripts send an Origin header that the precache request did not.
        const cached = await caches.match(request, { ignoreVary: true });
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
        return response;
      })(),
    );
  }
});
