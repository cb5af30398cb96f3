// Skippertak's service worker: makes the app work offline after one visit.
// scripts/post-build.mjs fills in the build's version and file list; this
// template is not served as is.
//
// - Install: every file of this build goes into a cache named after the
//   build. If any file fails (network, integrity), the install fails and the
//   previous version keeps serving.
// - The new version waits until the page asks it to take over (the user
//   agreed to update, or the page already runs this version).
// - Activate: caches of other versions of this same scope are deleted.
// - Pages (navigations): network first, so a deploy shows at once; the
//   cached page of this version when the network fails or is too slow.
// - Files of this build: from the cache first; they are content-hashed.

const VERSION = '__VERSION__';
/** [url relative to this worker, SRI hash or null] for every file of the build. */
const FILES = __FILES__;
/** The page itself, as hosts serve it (some redirect index.html to ./). */
const SHELL = './';
const NETWORK_TIMEOUT_MS = 4000;

const CACHE_PREFIX = `skippertak ${self.registration.scope} `;
const CACHE = CACHE_PREFIX + VERSION;
const absolute = (path) => new URL(path, self.registration.scope).href;
const PRECACHED = new Set(FILES.map(([path]) => absolute(path)));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([path, integrity]) => {
        // `reload` skips the HTTP cache: the files must be this build's.
        const request = new Request(absolute(path), { cache: 'reload', ...(integrity ? { integrity } : {}) });
        const response = await fetch(request);
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await cache.put(absolute(path), await unredirected(response));
      }));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page was loaded from the network with this very
    // build, so taking control of it mixes nothing.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  switch (event.data?.type) {
    case 'version':
      port?.postMessage({ version: VERSION });
      break;
    case 'activate':
      self.skipWaiting();
      break;
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (PRECACHED.has(request.url)) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  const cached = () => caches.open(CACHE).then((cache) => cache.match(absolute(SHELL)));
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('network too slow')), NETWORK_TIMEOUT_MS)),
    ]);
    // A server error page is worse than the working app.
    if (response.status >= 500) return (await cached()) ?? response;
    return response;
  } catch (error) {
    const shell = await cached();
    if (shell) return shell;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request.url)) ?? fetch(request);
}

/**
 * Chromium refuses to answer a navigation with a response that was
 * redirected (e.g. a host that sends index.html on to ./), so keep only its
 * body and headers.
 */
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}
