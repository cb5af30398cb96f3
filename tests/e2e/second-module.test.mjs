// The page comes in two wasm modules (scripts/split-wasm.mjs): the answer
// must not wait for the second one, a failed or tampered download must say so
// and offer to try again, and trying again must bring the parts in.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DIST, useApp, useDistCopies } from './support.mjs';

const app = useApp();
const copies = useDistCopies();
const SECOND = /\/later-[0-9a-f]{16}\.wasm$/;

test('the build has one second module, fetched with its integrity hash by a hashed loader', async () => {
  const files = await readdir(DIST);
  const second = files.filter((f) => /^later-[0-9a-f]{16}\.wasm$/.test(f));
  const loaders = files.filter((f) => /^wasm-split-[0-9a-f]{16}\.js$/.test(f));
  assert.equal(second.length, 1, `one second module, found ${second.join(', ')}`);
  assert.equal(loaders.length, 1, `one loader, found ${loaders.join(', ')}`);
  const loader = await readFile(join(DIST, loaders[0]), 'utf8');
  assert.match(loader, new RegExp(`fetch\\(new URL\\("\\./${second[0]}", import\\.meta\\.url\\), \\{ integrity: "sha384-`));
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`href=\\./${loaders[0]} integrity=sha384-[^ >]+ rel=modulepreload`), 'the loader is preloaded');
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const precached = new Map(JSON.parse(worker.match(/const FILES = (\[.*?\]);\n/s)[1]));
  assert.ok(precached.has(second[0]) && precached.has(loaders[0]), 'the service worker keeps both for offline use');
  // Every script, wasm and stylesheet is precached with its integrity hash,
  // whatever the length of Trunk's hash in its name.
  for (const file of files.filter((f) => /\.(js|wasm|css)$/.test(f) && f !== 'sw.js')) {
    assert.match(precached.get(file) ?? '', /^sha384-/, `${file} is precached with its integrity`);
  }
});

test('the script and the main wasm are hinted before any script, and each is fetched once', async () => {
  // A policy meta tag in the markup would hold back Chromium's preloads until
  // the parser reached it; the page's first script puts the policy in place.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<meta [^>]*http-equiv/i, 'no policy meta tag in the markup');
  const firstScriptAt = html.indexOf('<script>');
  assert.match(html.slice(firstScriptAt), /^<script>document\.head\.append\(Object\.assign\(document\.createElement\('meta'\),\{httpEquiv:'Content-Security-Policy'/);
  for (const hint of [/<link [^>]*rel=modulepreload>/, /<link as=fetch [^>]*_bg\.wasm [^>]*rel=preload[^>]*>/]) {
    const at = html.search(hint);
    assert.ok(at >= 0 && at < firstScriptAt, `${hint} comes before the first script`);
  }
  const glue = (await readdir(DIST)).find((f) => /^skippertak-[0-9a-f]+\.js$/.test(f));
  assert.match(await readFile(join(DIST, glue), 'utf8'), /^\/\/# allFunctionsCalledOnLoad\n/, 'the glue is compiled while it streams in');
  const context = await app.browser().newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${app.url()}?lang=en`);
  await page.locator('main[data-settled]').waitFor();
  const mainWasm = requested.filter((path) => path.endsWith('_bg.wasm'));
  assert.equal(mainWasm.length, 1, `the main wasm is fetched once: ${requested.join(', ')}`);
  // The hint's request is the one the page compiles: a fetch that did not
  // match it would be a second request.
  const initiator = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.initiatorType);
  assert.equal(initiator, 'link');
  await context.close();
});

test('the answer is on screen before the second module arrives, and the rest follows', async () => {
  const context = await app.browser().newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(SECOND, async (route) => { await held; await route.continue(); });
  await page.goto(`${app.url()}?lang=en`);
  await page.getByTestId('recommended-e1').and(page.locator('[data-value]')).waitFor();
  assert.equal(await page.getByTestId('verdict').isVisible(), true, 'the verdict is shown');
  assert.equal(await page.getByTestId('deal-row').count(), 0, 'the deal table waits for the second module');
  assert.equal(await page.locator('main[data-settled]').count(), 0, 'the page is not settled yet');
  release();
  await page.locator('main[data-settled]').waitFor();
  assert.ok(await page.getByTestId('deal-row').count() > 0, 'deal rows');
  assert.equal(await page.getByTestId('explainer').count(), 1, 'explanations');
  assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 1, 'sharing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the second module cannot be fetched, each place says so; one "Try again" brings it all in', async () => {
  const context = await app.browser().newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // No service worker here: it would serve the module from its cache.
  let failing = true;
  await page.route(SECOND, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${app.url()}?lang=en`);
  await page.locator('main[data-settled]').waitFor();
  const alerts = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  assert.equal(await alerts.count(), 4, 'deal table, sharing, result details and explanations');
  for (const what of ['The deal table', 'Files, sharing and comparison', 'The charts, activity and risk', 'The explanations']) {
    assert.equal(await alerts.filter({ hasText: `${what} could not be loaded` }).count(), 1, `${what} says so`);
  }
  assert.equal(await page.getByTestId('recommended-e1').getAttribute('data-value') !== null, true, 'the answer still stands');
  // The inputs still work without the second module.
  const closed = page.getByTestId('input-closed');
  const before = await page.getByTestId('recommended-e1').getAttribute('data-value');
  await closed.fill('1000000');
  await page.waitForFunction((b) => document.querySelector('[data-testid=recommended-e1]').dataset.value !== b, before);

  // Still failing: the message stays.
  await alerts.last().getByRole('button', { name: 'Try again' }).click();
  await page.waitForTimeout(300);
  assert.equal(await alerts.count(), 4);

  // One "Try again" mends every place.
  failing = false;
  await alerts.last().getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('explainer').waitFor();
  await page.getByTestId('deal-row').first().waitFor();
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  assert.equal(await alerts.count(), 0);
  assert.deepEqual(errors, []);
  assert.equal(await page.getByTestId('deal-row').count() > 0, true);
  await context.close();
});

test('a second module changed on its way is refused, and the page says so', async () => {
  const { server } = await copies.host({
    change: async (dir) => {
      const file = (await readdir(dir)).find((f) => /^later-[0-9a-f]{16}\.wasm$/.test(f));
      const bytes = await readFile(join(dir, file));
      bytes[bytes.length - 1] ^= 1;
      await writeFile(join(dir, file), bytes);
    },
  });
  const context = await app.browser().newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}?lang=en`);
  await page.locator('main[data-settled]').waitFor();
  assert.equal(await page.getByTestId('load-error').count(), 4);
  assert.equal(await page.getByTestId('deal-row').count(), 0, 'no code from the changed file ran');
  assert.deepEqual(errors, [], 'a refused module is not a crash');
  await context.close();
  await server.close();
});

test('the share-link reader comes only with a visit that opens a link, hinted with the main module; if it cannot come, the page says so', async () => {
  const { linkFragment, scenarioWithDeals } = await import('../support/links.mjs');
  const LINK = /\/link-[0-9a-f]{16}\.wasm$/;
  const visit = async (hash, { failLink = false } = {}) => {
    const context = await app.browser().newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    if (failLink) await page.route(LINK, (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.url()}?lang=en${hash}`);
    await page.locator('main[data-settled]').waitFor();
    return { context, page, requested };
  };
  // No link: no link reader.
  const plain = await visit('');
  assert.equal(plain.requested.filter((p) => LINK.test(p)).length, 0, plain.requested.join(', '));
  await plain.context.close();
  // A link: the reader, once, from the first script's hint; the link opens.
  const shared = await visit(`#${linkFragment(scenarioWithDeals(3))}`);
  assert.equal(shared.requested.filter((p) => LINK.test(p)).length, 1, shared.requested.join(', '));
  const initiator = await shared.page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\/link-[0-9a-f]{16}\.wasm$/.test(e.name))?.initiatorType);
  assert.equal(initiator, 'link', 'fetched by the hint, and the loader used that response');
  await shared.page.getByTestId('shared-banner').waitFor();
  assert.equal(await shared.page.getByTestId('deal-row').count(), 3);
  await shared.context.close();
  // The reader cannot be fetched: the page opens, says so, and no saved work is touched.
  const failed = await visit(`#${linkFragment(scenarioWithDeals(3))}`, { failLink: true });
  assert.match(await failed.page.locator('[data-notice=link-error]').textContent(), /could not be loaded/);
  assert.equal(await failed.page.getByTestId('shared-banner').count(), 0);
  await failed.context.close();
});
