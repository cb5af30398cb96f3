// Offline, installable, hostable under any path: the service worker that the
// post-build step generates, in real Chromium. Each test serves its own copy
// of the build so that it can stop the server or publish a "new version".

import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DIST, ROOT, launchBrowser, launchProfile, useDistCopies, waitUntilOffline } from './support.mjs';
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

/** Publishes a "new version" of the copy: a worker with another version string. */
async function publishNewWorker(dir, { breakPrecache = false } = {}) {
  const path = join(dir, 'sw.js');
  let worker = await readFile(path, 'utf8');
  const old = worker.match(/const VERSION = "([0-9a-f]+)"/)[1];
  const next = `${old.slice(0, 12)}beef`;
  worker = worker.replace(`const VERSION = "${old}"`, `const VERSION = "${next}"`);
  if (breakPrecache) worker = worker.replace('const FILES = [', 'const FILES = [ [ "missing-0123456789abcdef.js", null ],');
  await writeFile(path, worker);
  return next;
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
    const next = await publishNewWorker(dir);
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

  test('"Later" keeps the old version running without asking again in this page', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    const first = await waitUntilOffline(page);
    await publishNewWorker(dir);
    assert.equal(await checkForUpdate(page), 'installed');
    const notice = page.locator('[data-notice=update-ready]');
    await notice.getByRole('button', { name: 'Later' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal((await waitUntilOffline(page)).version, first.version);
    await context.close();
    await server.close();
  });

  test('a page that already runs the new version adopts its worker without asking', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    await waitUntilOffline(page);
    const next = await publishNewWorker(dir);
    // The new deploy's page carries the new version; navigations go to the network first.
    const index = join(dir, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/content="[0-9a-f]{16}"/, `content="${next}"`));
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await pageVersion(page), next);
    const deadline = Date.now() + 15_000;
    while ((await waitUntilOffline(page)).version !== next) {
      assert.ok(Date.now() < deadline, 'the new worker did not take over');
      await page.waitForTimeout(200);
    }
    assert.equal(await page.locator('[data-notice=update-ready]').count(), 0, 'no question asked');
    await context.close();
    await server.close();
  });

  test('a version whose files cannot all be cached never replaces the working one', SLOW, async () => {
    const { dir, server } = await hostCopy();
    const { context, page } = await open(`${server.url}?lang=en`);
    const first = await waitUntilOffline(page);
    await publishNewWorker(dir, { breakPrecache: true });
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
