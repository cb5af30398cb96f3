// Offline, installable, hostable under any path: the service worker that the
// post-build step generates, in real Chromium. Each test serves its own copy
// of the build so that it can stop the server, publish a "new version", or
// put a misbehaving host in front of it (tests/e2e/misbehaving-host.mjs).

import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DIST, ROOT, launchBrowser, launchProfile, useDistCopies, waitUntilOffline } from './support.mjs';
import { ALL_BUT_THE_WORKER, MISBEHAVIOURS, misbehavingHost } from './misbehaving-host.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';

const demo = JSON.parse(await readFile(join(ROOT, 'src/demo.json'), 'utf8'));
const SUB_PATH = '/tools/skippertak/';
const SLOW = { timeout: 60_000 };
let browser;
const copies = useDistCopies();

async function browserOnce() {
  browser ??= await launchBrowser();
  return browser;
}

after(() => browser?.close());

/** A private copy of dist/, served under `base`. */
const hostCopy = (base = '/') => copies.host({ base });

/** Opens the app in a fresh profile; collects page errors and CSP violations. */
async function open(url) {
  const context = await (await browserOnce()).newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.locator('main[data-settled]').waitFor();
  return { context, page, errors };
}

const pageVersion = (page) => page.locator('meta[name=skippertak-version]').getAttribute('content');

/** Every file of the build but the worker, as the URLs the worker caches. */
async function buildFiles(url) {
  const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== 'sw.js' && e.name !== 'index.html')
    .map((e) => join(e.parentPath, e.name).slice(DIST.length + 1));
  return [url, ...files.map((f) => new URL(f, url).href)].sort();
}

let published = 0;
const VERSION_IN_PAGE = /(<meta name="skippertak-version" content=")([0-9a-f]{16})"/;

/**
 * Publishes a "new version" of the copy: a worker with another version
 * string and, unless `page` is false (a host that still serves the previous
 * deploy's page), the page stamped with it, as a real deploy has them.
 */
async function publishNewVersion(dir, { page = true, breakPrecache = false } = {}) {
  const path = join(dir, 'sw.js');
  let worker = await readFile(path, 'utf8');
  const old = worker.match(/const VERSION = "([0-9a-f]+)"/)[1];
  published += 1;
  const next = `${old.slice(0, 12)}${(0xbee0 + published).toString(16)}`;
  worker = worker.replace(`const VERSION = "${old}"`, `const VERSION = "${next}"`);
  if (breakPrecache) worker = worker.replace('const FILES = [', 'const FILES = [ [ "missing-0123456789abcdef.js", null ],');
  await writeFile(path, worker);
  if (page) {
    const index = join(dir, 'index.html');
    const html = await readFile(index, 'utf8');
    assert.match(html, VERSION_IN_PAGE);
    await writeFile(index, html.replace(VERSION_IN_PAGE, `$1${next}"`));
  }
  return next;
}

/** The page as the worker's cache holds it, or null. */
const cachedPage = (page) => page.evaluate(async () => {
  const response = await caches.match(new URL('./', location.href).href);
  return response && { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
});

/**
 * A copy of the build behind a host that can be told to misbehave; both
 * servers close when test `t` ends, failed or not (a request held back
 * would keep the test run alive).
 */
async function hostMisbehaving(t, base = '/') {
  const { dir, server } = await hostCopy(base);
  const host = await misbehavingHost(server);
  t.after(async () => { await host.close(); await server.close(); });
  return { dir, host };
}

const checkForUpdate = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update().catch(() => {});
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return 'none';
  if (worker.state === 'installed' || worker.state === 'redundant') return worker.state;
  return new Promise((resolve) => worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
  }));
});

describe('offline', () => {
  for (const base of ['/', SUB_PATH]) {
    test(`at ${base}: the first visit caches the build; with the server gone, a reload and a share link both open`, SLOW, async () => {
      const { server } = await hostCopy(base);
      const { context, page, errors } = await open(`${server.url}?lang=en`);
      await page.getByLabel('Closed so far', { exact: true }).fill('4,321,000');
      const { version, cached } = await waitUntilOffline(page);
      assert.equal(version, await pageVersion(page));
      const names = Object.keys(cached);
      assert.equal(names.length, 1, `one cache: ${names}`);
      assert.ok(names[0].includes(server.url) && names[0].endsWith(version), names[0]);
      assert.deepEqual(cached[names[0]], await buildFiles(server.url));
      await page.waitForTimeout(700); // autosave

      await server.close();
      await page.reload();
      await page.locator('main[data-settled]').waitFor();
      assert.equal(await page.getByLabel('Closed so far', { exact: true }).inputValue(), '4,321,000', 'the saved scenario is back');

      const shared = await context.newPage();
      await shared.goto(`${server.url}#${linkFragment(scenarioWithDeals(3))}`);
      await shared.getByTestId('shared-banner').waitFor();
      const listed = await shared.getByTestId('scenario-select').locator('option').allTextContents();
      assert.ok(listed.includes(demo.name), `the saved scenario is still listed: ${listed}`);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(await shared.evaluate(() => window.cspViolations), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('updates', () => {
  test('a new version waits for the user; agreeing saves the work, then reloads into it', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    const first = await waitUntilOffline(page);
    const next = await publishNewVersion(dir);
    await page.evaluate(() => { window.stillTheSamePage = true; });
    assert.equal(await checkForUpdate(page), 'installed');
    const notice = page.locator('[data-notice=update-ready]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /A new version of Skippertak is ready/);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'nothing reloads on its own');
    assert.equal((await waitUntilOffline(page)).version, first.version, 'the old version keeps serving meanwhile');

    // Typed just before agreeing: saved before the reload, not lost to it.
    await page.getByLabel('Sellers', { exact: true }).fill('7');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()]);
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined, 'the page reloaded');
    assert.equal(await page.getByLabel('Sellers', { exact: true }).inputValue(), '7');
    const after = await waitUntilOffline(page);
    assert.equal(after.version, next);
    assert.deepEqual(Object.keys(after.cached).map((n) => n.split(' ').pop()), [next], 'the old cache is gone');
    await context.close();
    await server.close();
  });

  test('an update taken in one tab is offered in the other, whose work is kept through it', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page: first } = await open(`${server.url}?lang=en`);
    const installed = (await waitUntilOffline(first)).version;
    const second = await context.newPage();
    await second.goto(`${server.url}?lang=en`);
    await second.locator('main[data-settled]').waitFor();
    // Typed in the second tab just before the first one updates.
    await second.getByLabel('Sellers', { exact: true }).fill('9');
    const next = await publishNewVersion(dir);
    assert.equal(await checkForUpdate(first), 'installed');
    await first.locator('[data-notice=update-ready]').waitFor();
    await Promise.all([first.waitForEvent('load'), first.locator('[data-notice=update-ready]').getByRole('button', { name: 'Update now' }).click()]);
    await first.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(first), next);
    // The second tab still runs the old files: it says a new version is
    // ready rather than mixing versions, and its work is still there.
    const notice = second.locator('[data-notice=update-ready]');
    await notice.waitFor();
    assert.equal(await pageVersion(second), installed);
    assert.equal(await second.getByLabel('Sellers', { exact: true }).inputValue(), '9');
    await Promise.all([second.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()]);
    await second.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(second), next);
    assert.equal(await second.getByLabel('Sellers', { exact: true }).inputValue(), '9', 'the work came through the update');
    await context.close();
    await server.close();
  });

  test('"Later" keeps the old version running without asking again in this page', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    const first = await waitUntilOffline(page);
    await publishNewVersion(dir);
    assert.equal(await checkForUpdate(page), 'installed');
    const notice = page.locator('[data-notice=update-ready]');
    await notice.getByRole('button', { name: 'Later' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal((await waitUntilOffline(page)).version, first.version);
    await context.close();
    await server.close();
  });

  test('a reload after a deploy shows the installed version at once, then offers the new one', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    await waitUntilOffline(page);
    const installed = await pageVersion(page);
    const next = await publishNewVersion(dir);
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(page), installed, 'the page came from the cache');
    // Nothing here asks for an update: the browser checks sw.js on each visit.
    const notice = page.locator('[data-notice=update-ready]');
    await notice.waitFor({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()]);
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(page), next);
    assert.equal((await waitUntilOffline(page)).version, next);
    await context.close();
    await server.close();
  });

  test('a page that already runs the new version adopts its worker without asking', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    await waitUntilOffline(page);
    const next = await publishNewVersion(dir);
    // With the installed files gone (a browser short of space may clear the
    // cache), the page comes from the network, where the new deploy is.
    await page.evaluate(async () => { for (const name of await caches.keys()) await caches.delete(name); });
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(page), next);
    const deadline = Date.now() + 30_000;
    while ((await waitUntilOffline(page)).version !== next) {
      assert.ok(Date.now() < deadline, 'the new worker did not take over');
      await page.waitForTimeout(200);
    }
    assert.equal(await page.locator('[data-notice=update-ready]').count(), 0, 'no question asked');
    assert.equal((await cachedPage(page))?.text, await readFile(join(dir, 'index.html'), 'utf8'), 'the new version is installed');
    await context.close();
    await server.close();
  });

  test('a version whose files cannot all be cached never replaces the working one', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    const first = await waitUntilOffline(page);
    await publishNewVersion(dir, { breakPrecache: true });
    assert.equal(await checkForUpdate(page), 'redundant');
    const now = await waitUntilOffline(page);
    assert.equal(now.version, first.version);
    assert.deepEqual(now.cached, first.cached, 'no half-filled cache is left behind');
    assert.equal(await page.locator('[data-notice=update-ready]').count(), 0);
    await server.close();
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    await context.close();
  });
});

describe('a bad network or host never replaces the installed app', () => {
  test('with a version installed, a reload shows it at once, whatever the network answers', { timeout: 120_000 }, async (t) => {
    const { dir, host } = await hostMisbehaving(t, SUB_PATH);
    const { context, page, errors } = await open(`${host.url}?lang=en`);
    const installed = await waitUntilOffline(page);
    const version = await pageVersion(page);
    const good = await readFile(join(dir, 'index.html'), 'utf8');
    assert.equal((await cachedPage(page))?.text, good, 'the first visit cached the page');
    const notice = page.locator('[data-notice=update-ready]');
    // Every request misbehaves, the browser's own check of sw.js included;
    // the 10 s wait comes last, as nothing after it waits for it.
    for (const kind of Object.keys(MISBEHAVIOURS)) {
      host.misbehave(kind);
      const asked = host.requests.length;
      const started = performance.now();
      await page.reload({ waitUntil: 'commit' });
      await page.getByTestId('verdict').waitFor();
      const shown = performance.now() - started;
      await page.locator('main[data-settled]').waitFor();
      t.diagnostic(`${kind}: the answer showed ${Math.round(shown)} ms after the reload began`);
      assert.ok(shown < 1500, `${kind}: the answer took ${Math.round(shown)} ms`);
      assert.equal(await pageVersion(page), version, kind);
      assert.deepEqual(host.requests.slice(asked).filter((r) => r.navigation), [], `${kind}: the page was not asked of the network`);
      if (kind !== 'a 10 s wait') assert.equal(await checkForUpdate(page), 'none', `${kind}: no new version is found in that answer`);
      assert.deepEqual(await waitUntilOffline(page), installed, `${kind}: the same version and files are installed`);
      assert.equal((await cachedPage(page))?.text, good, `${kind}: the cache still holds the page`);
      assert.equal(await notice.count(), 0, kind);
      host.behave();
    }
    assert.deepEqual(errors, [], 'no errors in the page');
    await context.close();
  });

  test('a new version whose files come back wrong is not installed; the working one stays', { timeout: 120_000 }, async (t) => {
    const { dir, host } = await hostMisbehaving(t);
    const { context, page } = await open(`${host.url}?lang=en`);
    const installed = await waitUntilOffline(page);
    const good = (await cachedPage(page))?.text;
    const notice = page.locator('[data-notice=update-ready]');
    const cases = [
      ...['a Wi-Fi login page', 'a redirect to a login page', 'a 404', 'a 500', 'a 503']
        .map((kind) => ({ kind, when: ALL_BUT_THE_WORKER, what: 'every file but sw.js' })),
      { kind: 'a Wi-Fi login page', when: (r) => r.path.endsWith('.wasm'), what: 'the wasm modules' },
      { kind: 'a Wi-Fi login page', when: (r) => r.path.endsWith('.webmanifest'), what: 'the manifest (no integrity hash)' },
      { kind: 'a redirect to a login page', when: (r) => r.path.endsWith('/'), what: 'the page' },
    ];
    const unchanged = async (label) => {
      assert.deepEqual(await waitUntilOffline(page), installed, `${label}: the same version and files are installed`);
      assert.equal((await cachedPage(page))?.text, good, `${label}: the cache still holds the page`);
      assert.equal(await notice.count(), 0, `${label}: nothing is offered`);
    };
    for (const { kind, when, what } of cases) {
      const label = `${kind} for ${what}`;
      await publishNewVersion(dir);
      host.misbehave(kind, when);
      assert.equal(await checkForUpdate(page), 'redundant', label);
      host.behave();
      await unchanged(label);
    }
    // A half-finished deploy: the new sw.js, the previous deploy's page.
    await publishNewVersion(dir, { page: false });
    assert.equal(await checkForUpdate(page), 'redundant', 'the previous page with the new worker');
    await unchanged('the previous page with the new worker');
    // Once the host answers properly, the new version installs and is offered.
    await publishNewVersion(dir);
    assert.equal(await checkForUpdate(page), 'installed');
    await notice.waitFor();
    await context.close();
  });
});

describe('installable', () => {
  for (const base of ['/', SUB_PATH]) {
    test(`at ${base}: Chromium reports no installability errors; the manifest stays inside the folder`, SLOW, async () => {
      const { server } = await hostCopy(base);
      const profile = await copies.tempDir('skippertak-profile-');
      const context = await launchProfile(profile, { locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('main[data-settled]').waitFor();
      await waitUntilOffline(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const { url, errors, data } = await cdp.send('Page.getAppManifest');
      assert.deepEqual(errors, []);
      assert.equal(url, `${server.url}manifest.webmanifest`);
      const manifest = JSON.parse(data);
      assert.equal(manifest.display, 'standalone');
      assert.equal(new URL(manifest.start_url, url).href, server.url);
      assert.equal(new URL(manifest.scope, url).href, server.url);
      const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
      for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(wanted), sizes.join());
      for (const icon of manifest.icons) {
        const response = await page.request.get(new URL(icon.src, url).href);
        assert.equal(response.status(), 200, icon.src);
      }
      await context.close();
      await server.close();
    });
  }
});
