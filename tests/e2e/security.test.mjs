// The Content-Security-Policy and Subresource Integrity that the post-build
// step adds, in real Chromium: a whole working session raises no violation,
// the policy really is enforced, and tampered files are refused.

import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ROOT, launchBrowser, useDistCopies, waitUntilOffline } from './support.mjs';
import { linkFragment } from '../support/links.mjs';

const SLOW = { timeout: 90_000 };
const demo = JSON.parse(await readFile(join(ROOT, 'src/demo.json'), 'utf8'));
let browser;
const copies = useDistCopies();
after(() => browser?.close());

const hostCopy = (change) => copies.host({ change });

/** A browser profile whose pages report every CSP violation, across reloads. */
async function watchedContext() {
  browser ??= await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const violations = [];
  await context.exposeBinding('reportViolation', (_source, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const errors = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  context.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, violations, errors };
}

describe('content security policy', () => {
  test('edit, share, import, export, explain, compare, print and present, then reload offline: no violation', SLOW, async () => {
    const { server } = await hostCopy();
    const { context, violations, errors } = await watchedContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=en`);
    await page.locator('main[data-settled]').waitFor();
    const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    // The styles are the page's own <style> element, allowed by its hash alone.
    assert.match(policy, /style-src 'sha256-[A-Za-z0-9+/=]+';/);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
    assert.equal(await page.locator('link[rel=stylesheet]').count(), 0);

    // Edit, including the what-if handle and the deal table.
    await page.getByLabel('Closed so far', { exact: true }).fill('4,100,000');
    await page.getByLabel('Name of deal 1', { exact: true }).fill('Nordlys Energi');
    await page.getByRole('slider', { name: /What if/ }).focus();
    await page.keyboard.press('ArrowRight');
    // Share: link, clipboard, QR code.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByLabel('Show a QR code of the link').check();
    // Export, then import the same file back, and a CSV.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
    const exported = await readFile(await (await download).path());
    await page.getByTestId('import-file').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: exported });
    const csv = 'Deal Name,Amount,Deal Stage,Close Date\nFjord Logistikk,350000,Contract Sent,2026-12-10\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'hubspot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-dialog').getByTestId('import-confirm').click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export deals (CSV)' }).click();
    await csvDownload;
    // Explanations and comparison.
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    // Print view.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    // Presentation link in a second tab.
    const presenting = await context.newPage();
    await presenting.goto(`${server.url}?lang=en#${linkFragment(demo, 'p')}`);
    await presenting.getByRole('slider', { name: /What if/ }).waitFor();
    // Offline: wait for the worker and its cache, stop the server, reload.
    await waitUntilOffline(page);
    await server.close();
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);

    // The listener works and the policy is enforced: an injected inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => true);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(violations[0], /^script-src-elem blocked inline/);
    await context.close();
  });

  test('the policy covers the markup after the first script: an inline script added to the page is refused', SLOW, async () => {
    const injected = async (dir) => {
      const path = join(dir, 'index.html');
      const html = await readFile(path, 'utf8');
      await writeFile(path, html.replace('</head>', '<script>window.injected = true</script></head>'));
    };
    const { server } = await hostCopy(injected);
    const { context, violations } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=en`);
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(violations[0], /^script-src-elem blocked inline/);
    await context.close();
    await server.close();
  });
});

describe('subresource integrity', () => {
  const tamper = (pattern) => async (dir) => {
    const name = (await readdir(dir)).find((f) => pattern.test(f));
    const path = join(dir, name);
    const bytes = await readFile(path);
    bytes[bytes.length - 2] ^= 1;
    await writeFile(path, bytes);
  };

  // The split modules' loader is imported by the glue script before the
  // app starts: a changed one stops the start like a changed glue script.
  for (const [what, pattern] of [['wasm', /_bg\.wasm$/], ['JavaScript', /^skippertak-[0-9a-f]+\.js$/], ['split-module loader', /^wasm-split-[0-9a-f]+\.js$/]]) {
    test(`a changed ${what} file is refused, and the page says it did not load`, SLOW, async () => {
      const { server } = await hostCopy(tamper(pattern));
      const { context, errors } = await watchedContext();
      const page = await context.newPage();
      await page.goto(`${server.url}?lang=en`);
      await page.getByText('This is taking unusually long').waitFor({ timeout: 20_000 });
      assert.equal(await page.getByTestId('verdict').count(), 0, 'the app did not start');
      assert.ok(errors.some((e) => /integrity/i.test(e)), errors.join('\n'));
      await context.close();
      await server.close();
    });
  }
});
