// Skippertak's service worker: makes the app work offline after one visit.
// scripts/post-build.mjs fills in the build's version and file list; this
// template is not served as is.
//
// - Install: every file of this build goes into a cache named after the
//   build, each one checked first (see `checked`): a login page, a redirect,
//   an error page or a file changed on its way is refused. If any file fails,
//   the install fails and the previous version keeps serving.
// - The new version waits until the page asks it to take over (the user
//   agreed to update, or the page already runs this version).
// - Activate: caches of other versions of this same scope are deleted.
// - The app's page: from the cache, at once, once this version is installed;
//   the network is not asked for it, so a slow or captive network (a Wi-Fi
//   login page) or a host answering with an error never stands in for the
//   app. New versions are found by the browser's own check of this file
//   (on each visit), not by the page. Before the install (the first visit),
//   from the network.
// - Files of this build: from the cache first; they are content-hashed.
// - Nothing is cached after the install: the cache holds one whole build.

const VERSION = '__VERSION__';
/** [url relative to this worker, SRI hash or null] for every file of the build. */
const FILES = __FILES__;
/** The page itself, as hosts serve it (some redirect index.html to ./). */
const SHELL = './';

const CACHE_PREFIX = `skippertak ${self.registration.scope} `;
const CACHE = CACHE_PREFIX + VERSION;
const absolute = (path) => new URL(path, self.registration.scope).href;
const PRECACHED = new Set(FILES.map(([path]) => absolute(path)));
/** The two addresses of the app's page. */
const PAGE_URLS = new Set([absolute(SHELL), absolute('index.html')]);
const isPage = (url) => {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return PAGE_URLS.has(address.href);
};
const isHtml = (response) => /^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '');

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async ([path, integrity]) => {
        const url = absolute(path);
        // `reload` skips the HTTP cache: the files must be this build's.
        const request = new Request(url, { cache: 'reload', ...(integrity ? { integrity } : {}) });
        await cache.put(url, await checked(path, url, await fetch(request)));
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
  if (isPage(request.url)) {
    event.respondWith(page(request));
  } else if (PRECACHED.has(request.url)) {
    event.respondWith(cacheFirst(request));
  }
  // Anything else in the folder (another app below it, say) is not ours.
});

/** The installed page, or the network's while this version has none (the first visit). */
async function page(request) {
  // `caches.match` with a name, unlike `caches.open`, does not create an
  // empty cache when the browser has cleared this one.
  return (await caches.match(absolute(SHELL), { cacheName: CACHE })) ?? fetch(request);
}

async function cacheFirst(request) {
  return (await caches.match(request.url, { cacheName: CACHE })) ?? fetch(request);
}

/**
 * `response` as it will be cached for `path`, or an error if it is not this
 * build's file: only a plain 200 from this site; for the page, HTML that
 * carries this version (a login page, or a host still serving the previous
 * deploy's page, does not); for every other file, anything but HTML (a login
 * page answering for the wasm). Integrity hashes, where the build knows them,
 * were checked by `fetch` already.
 */
async function checked(path, url, response) {
  if (response.status !== 200 || response.type !== 'basic') {
    throw new Error(`${path}: HTTP ${response.status} (${response.type})`);
  }
  const page = isPage(url);
  // A redirect between the page's two addresses is a host's habit; one
  // anywhere else (a login page) is not the app.
  if (response.redirected && !(page && isPage(response.url))) throw new Error(`${path}: redirected to ${response.url}`);
  if (!page) {
    if (isHtml(response)) throw new Error(`${path}: a web page instead of the file`);
    return response;
  }
  if (!isHtml(response)) throw new Error(`${path}: not a web page`);
  if (!(await response.clone().text()).includes(VERSION)) throw new Error(`${path}: not the page of version ${VERSION}`);
  return unredirected(response);
}

/**
 * Chromium refuses to answer a navigation with a response that was
 * redirected (e.g. a host that sends ./ on to index.html), so keep only its
 * body and headers.
 */
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}
