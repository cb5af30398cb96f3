// The what-if handle by mouse and keyboard, the charts' text equivalents,
// and axe-core on the main view in both languages with the assumptions open.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

import { ROOT, openApp, useApp } from './support.mjs';

const app = useApp();


const splitOf = async (page) => Number(await page.getByTestId('what-if-split').getAttribute('data-value'));

describe('what-if handle', () => {
  test('moves by keyboard: arrows, page keys, Home and End', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const handle = page.getByRole('slider', { name: /What if/ });
    await handle.focus();
    const start = Number(await handle.getAttribute('aria-valuenow'));
    const recommended = Number(await page.getByTestId('split-closing').getAttribute('data-value'));
    assert.equal(start, Math.round(recommended * 100), 'the handle starts on the recommended split');
    await page.keyboard.press('ArrowRight');
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), start + 1);
    await page.keyboard.press('PageUp');
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), start + 11);
    assert.ok(Math.abs((await splitOf(page)) - (start + 11) / 100) < 1e-9);
    await page.keyboard.press('End');
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), 100);
    await page.keyboard.press('Home');
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), 0);
    // At 0 % nothing is closed: this period is closed sales plus a share of new wins.
    const e1 = Number(await page.getByTestId('what-if-e1').getAttribute('data-value'));
    const recommendedE1 = Number(await page.getByTestId('recommended-e1').getAttribute('data-value'));
    assert.ok(e1 < recommendedE1, 'spending no time closing lowers this period');
    await page.getByRole('button', { name: 'Back to recommended' }).click();
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), start);
    await context.close();
  });

  test('moves by mouse: dragging along the chart sets the split', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const handle = page.getByRole('slider', { name: /What if/ });
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    const plot = await page.getByTestId('tradeoff-chart').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.75, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const moved = Number(await handle.getAttribute('aria-valuenow'));
    assert.ok(moved > 40 && moved <= 100, `handle at ${moved} %`);
    assert.ok(Math.abs((await splitOf(page)) - moved / 100) < 1e-9);
    await context.close();
  });
});

describe('charts have text equivalents', () => {
  test('each chart is an image with a description and a data table', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const charts = page.locator('svg[role="img"]');
    assert.ok((await charts.count()) >= 3, 'trade-off, periods and distribution');
    for (const label of await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')))) {
      assert.ok(label && label.length > 20, `chart label: ${label}`);
      assert.doesNotMatch(label, /NaN|Infinity|undefined/);
    }
    assert.ok((await page.locator('.chart table.visually-hidden, .chart .visually-hidden table').count()) >= 2);
    await context.close();
  });
});

async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses
  // an injected <script>.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

describe('accessibility (axe-core)', () => {
  for (const lang of ['nb', 'en']) {
    test(`main view has no violations (${lang})`, async () => {
      const { page, context } = await openApp(app.browser(), `${app.url()}?lang=${lang}`);
      await page.getByTestId('recommended-p-hit').and(page.locator('[data-value]:not([data-value=""])')).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });

    test(`assumptions, explanations, comparison and QR code open have no violations (${lang})`, async () => {
      const { page, context } = await openApp(app.browser(), `${app.url()}?lang=${lang}`);
      await page.getByTestId('assumptions').locator('summary').click();
      await page.getByTestId('explainer').locator('summary').click();
      await page.getByTestId('compare').locator('summary').click();
      await page.getByTestId('share-panel-qr').check();
      await page.getByTestId('share-qr').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});

describe('accessibility of the dialogs and notices (axe-core)', () => {
  for (const lang of ['nb', 'en']) {
    test(`import dialog, a shared scenario and a notice have no violations (${lang})`, async () => {
      const { page, context } = await openApp(app.browser(), `${app.url()}?lang=${lang}#s1.broken`);
      await page.locator('[data-notice=link-error]').waitFor();
      const csv = 'Opportunity Name,Amount,Stage,Close Date\nA,100,Negotiation/Review,12/01/2026\nB,lots,Prospecting,12/02/2026\n';
      await page.getByTestId('import-file').setInputFiles({ name: 'deals.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('import-dialog').getByTestId('import-summary').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});
