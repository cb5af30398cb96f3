// Shared helpers for the end-to-end tests: the built app served on
// localhost and Debian's Chromium driven by playwright-core.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { serveStatic } from '../support/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function chromiumPath() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; run scripts/test.sh`);
  return CHROMIUM;
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Chromium with a profile on disk, as a real visitor has: some browser
 * features (installing a web app) are off in the throwaway profiles of
 * `launchBrowser().newContext()`.
 */
export async function launchProfile(userDataDir, options = {}) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...options });
}

/** Serves the release build (dist/) on a free localhost port. */
export async function serveDist(base = '/') {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing; run trunk build --release first');
  return serveStatic({ dir: DIST, base });
}

/** The native evaluator's report for a scenario file (path relative to the repo). */
export function evaluate(scenarioPath) {
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'evaluate', '--', scenarioPath], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Opens the app and waits until the first result is on screen. Fails on page errors. */
export async function openApp(browser, url, { locale = 'nb-NO', viewport } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(new Error(msg.text())); });
  await page.goto(url);
  await page.locator('main[data-settled]').waitFor();
  return { context, page, errors };
}

/**
 * A fresh browser profile (empty storage) with the app of `app` (from
 * `useApp`) open at `path`; `init` runs before the page's scripts. Page
 * errors and any dialog (dismissed) are collected in `errors`.
 */
export async function openFresh(app, path = '?lang=en', init) {
  const context = await app.browser().newContext({ locale: 'en-US' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('dialog', (d) => { errors.push(new Error(`dialog: ${d.message()}`)); d.dismiss(); });
  await page.goto(app.url() + path);
  await page.locator('main[data-settled]').waitFor();
  return { context, page, errors };
}

/** Asserts two numbers agree to a relative 1e-9 (the page shows the model's raw numbers). */
export function close(actual, expected, label) {
  const a = Number(actual);
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(a - expected) <= tolerance)) {
    throw new Error(`${label}: page has ${actual}, evaluator says ${expected}`);
  }
}

/**
 * Serves dist/ and launches Chromium once for the calling test file;
 * returns getters, since both exist only after `before` ran.
 */
export function useApp() {
  let browser;
  let server;
  before(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, url: () => server.url, origin: () => new URL(server.url).origin };
}

/**
 * Private copies of dist/ for tests that change files or stop the server.
 * `host({ base, change })` serves a fresh copy (after `change(dir)`, if
 * given); `tempDir()` makes an empty folder. All are removed when the
 * calling test file ends.
 */
export function useDistCopies() {
  const dirs = [];
  after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const tempDir = async (prefix = 'skippertak-') => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  return {
    tempDir,
    async host({ base = '/', change } = {}) {
      const dir = await tempDir('skippertak-dist-');
      await cp(DIST, dir, { recursive: true });
      if (change) await change(dir);
      return { dir, server: await serveStatic({ dir, base }) };
    },
  };
}

/**
 * Waits until the service worker controls the page and has filled its cache;
 * returns the worker's version and every cache's URLs.
 */
export async function waitUntilOffline(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    const channel = new MessageChannel();
    const reply = new Promise((resolve) => { channel.port1.onmessage = (e) => resolve(e.data.version); });
    navigator.serviceWorker.controller.postMessage({ type: 'version' }, [channel.port2]);
    const names = await caches.keys();
    const cached = {};
    for (const name of names) cached[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    return { version: await reply, cached };
  });
}
