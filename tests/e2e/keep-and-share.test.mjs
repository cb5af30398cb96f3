// Keeping and sharing in real Chromium: autosave and restore, named
// scenarios, unreadable and newer stored data, write failures, two tabs,
// share links (strict, never overwriting local data), files and hostile text.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, openFresh, useApp } from './support.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';

const app = useApp();
const demo = JSON.parse(readFileSync(join(ROOT, 'src/demo.json'), 'utf8'));
const HOSTILE = '<img src=x onerror=alert(1)></script>';


/** A fresh browser profile (empty storage) with the app open; see `openFresh`. */
const freshApp = (path, init) => openFresh(app, path, init);

const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const waitSaved = (page) => page.waitForTimeout(700);
const field = (page, label) => page.getByLabel(label, { exact: true });

describe('autosave', () => {
  test('every edit is saved and a reload restores exactly what was there', async () => {
    const { context, page } = await freshApp();
    await field(page, 'Target for the period').fill('12,345,678');
    await page.getByLabel('Name of deal 1', { exact: true }).fill('Fjordkraft Industri ASA');
    await waitSaved(page);
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await field(page, 'Target for the period').inputValue(), '12,345,678');
    assert.equal(await page.getByLabel('Name of deal 1', { exact: true }).inputValue(), 'Fjordkraft Industri ASA');
    const keys = await storageKeys(page);
    assert.ok(keys.every((k) => k.startsWith('skippertak.v1.')), keys.join());
    await context.close();
  });

  test('saving waits for a pause in typing, then keeps the last text', async () => {
    const { context, page } = await freshApp();
    await waitSaved(page);
    const savedClosed = () => Object.entries(localStorage).filter(([k]) => k.includes('.scenario.')).map(([, v]) => JSON.parse(v).scenario.closed);
    const before = await page.evaluate(savedClosed);
    // Twelve keystrokes 50 ms apart: each one moves the save further out.
    const duringBurst = await page.evaluate(async (readSaved) => {
      const read = new Function(`return (${readSaved})()`);
      const input = document.querySelector('[data-testid=input-closed]');
      const seen = [];
      for (let i = 1; i <= 12; i++) {
        input.value = String(7_000_000 + i * 1000);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen.push(...read());
      }
      return seen;
    }, savedClosed.toString());
    assert.ok(duringBurst.every((closed) => closed === before[0]), `saved while typing: ${duringBurst.join()}`);
    await waitSaved(page);
    assert.deepEqual(await page.evaluate(savedClosed), [7_012_000], 'the pause saves the last text');
    await context.close();
  });

  test('a change is flushed when the page is hidden, without waiting', async () => {
    const { context, page } = await freshApp();
    await field(page, 'Closed so far').fill('7,500,000');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    const saved = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('.scenario.')).map(([, v]) => JSON.parse(v).scenario.closed));
    assert.deepEqual(saved, [7500000]);
    await context.close();
  });
});

describe('named scenarios', () => {
  test('create, rename, duplicate, switch, delete with undo; the last opened comes back', async () => {
    const { context, page } = await freshApp();
    const select = page.getByTestId('scenario-select');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Scenario name').fill('Plan B');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await waitSaved(page);
    const names = await select.locator('option').allTextContents();
    assert.deepEqual(names, [demo.name, 'Plan B', 'Plan B (copy)']);
    await select.selectOption({ label: demo.name });
    assert.equal(await field(page, 'Scenario name').inputValue(), demo.name);
    await select.selectOption({ label: 'Plan B' });
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Plan B');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    assert.deepEqual(await select.locator('option').allTextContents(), [demo.name, 'Plan B (copy)']);
    await page.getByTestId('notices').getByRole('button', { name: 'Undo' }).click();
    assert.deepEqual((await select.locator('option').allTextContents()).sort(), [demo.name, 'Plan B', 'Plan B (copy)'].sort());
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Plan B');
    await context.close();
  });
});

describe('stored data that cannot be used', () => {
  test('corrupt data: defaults, a backup copy, a notice with a download; nothing overwritten silently', async () => {
    const corrupt = '{"schema":1,"rev":3,"scenario":{"format":"skippertak.scenario","version":1,"target":"lots"}';
    const init = `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
      localStorage.setItem('skippertak.v1.index', JSON.stringify({ schema: 1, current: 'x1', scenarios: [{ id: 'x1', name: 'Mine' }] }));
      localStorage.setItem('skippertak.v1.scenario.x1', ${JSON.stringify(corrupt)}); }`;
    const { context, page } = await freshApp('?lang=en', init);
    const notice = page.locator('[data-notice=unreadable]');
    await notice.waitFor();
    const backups = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('skippertak.v1.backup.')).map(([, v]) => v));
    assert.deepEqual(backups, [corrupt]);
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the copy' }).click();
    const file = await download;
    assert.equal(readFileSync(await file.path(), 'utf8'), corrupt);
    assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'push_trap', 'started with the defaults');
    // Until the user changes something, storage holds what it held, plus the copy.
    await waitSaved(page);
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => !k.includes('.backup.')).map((k) => [k, localStorage.getItem(k)])));
    assert.deepEqual(stored, {
      'skippertak.v1.index': JSON.stringify({ schema: 1, current: 'x1', scenarios: [{ id: 'x1', name: 'Mine' }] }),
      'skippertak.v1.scenario.x1': corrupt,
    });
    // Opening it again keeps no second copy.
    await page.reload();
    await page.locator('[data-notice=unreadable]').waitFor();
    assert.equal((await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.backup.')))).length, 1);
    await context.close();
  });

  test('invalid input is shown where it was typed and never stored: local storage stays byte for byte as it was', async () => {
    const { context, page, errors } = await freshApp();
    await field(page, 'Target for the period').fill('11,500,000');
    await waitSaved(page);
    const dump = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await dump();
    for (const [label, text] of [['Target for the period', 'eleven'], ['Sellers', '-3'], ['Closed so far', '1e999']]) {
      await field(page, label).fill(text);
      await page.keyboard.press('Tab');
    }
    assert.ok((await page.locator('.field.invalid').count()) >= 3, 'each field says what is wrong');
    await waitSaved(page);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await waitSaved(page);
    assert.equal(await dump(), before, 'local storage is byte-for-byte unchanged');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an older record (a bare document) is migrated', async () => {
    const init = `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
      localStorage.setItem('skippertak.v1.index', JSON.stringify({ schema: 1, current: 'old', scenarios: [{ id: 'old', name: 'Old' }] }));
      localStorage.setItem('skippertak.v1.scenario.old', ${JSON.stringify(JSON.stringify({ ...demo, name: 'Old', target: 9000000 }))}); }`;
    const { context, page } = await freshApp('?lang=en', init);
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Old');
    assert.equal(await field(page, 'Target for the period').inputValue(), '9,000,000');
    await context.close();
  });

  test('newer data (written by a newer version): a notice, and no writes', async () => {
    const newer = JSON.stringify({ schema: 2, rev: 9, scenario: { format: 'skippertak.scenario', version: 2 } });
    const init = `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
      localStorage.setItem('skippertak.v1.index', JSON.stringify({ schema: 1, current: 'n1', scenarios: [{ id: 'n1', name: 'Newer' }] }));
      localStorage.setItem('skippertak.v1.scenario.n1', ${JSON.stringify(newer)}); }`;
    const { context, page } = await freshApp('?lang=en', init);
    await page.locator('[data-notice=newer-data]').waitFor();
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    await field(page, 'Target for the period').fill('15,000,000');
    await waitSaved(page);
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
    await context.close();
  });
});

describe('write failures', () => {
  test('quota exceeded: a visible warning, work kept in memory, the next good save has everything', async () => {
    const { context, page } = await freshApp();
    await page.evaluate(() => {
      window.__realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await field(page, 'Target for the period').fill('13,000,000');
    await page.locator('[data-notice=write-failed]').waitFor();
    await field(page, 'Closed so far').fill('8,000,000');
    await waitSaved(page);
    assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, 'failed writes leave storage as it was');
    assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict') !== null, true);
    await page.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
    await page.getByLabel('Sellers', { exact: true }).fill('5');
    await waitSaved(page);
    const saved = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('.scenario.')).map(([, v]) => JSON.parse(v).scenario));
    assert.equal(saved.length, 1);
    assert.deepEqual([saved[0].target, saved[0].closed, saved[0].team.sellers], [13000000, 8000000, 5]);
    await page.locator('[data-notice=write-failed]').waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('two tabs', () => {
  test('a save in another tab is noticed, and a tab with unsaved work does not overwrite it', async () => {
    const context = await app.browser().newContext({ locale: 'en-US' });
    const one = await context.newPage();
    await one.goto(`${app.url()}?lang=en`);
    await one.locator('main[data-settled]').waitFor();
    await waitSaved(one);
    const two = await context.newPage();
    await two.goto(`${app.url()}?lang=en`);
    await two.locator('main[data-settled]').waitFor();

    await field(one, 'Target for the period').fill('14,000,000');
    await waitSaved(one);
    await two.locator('[data-notice=updated-elsewhere]').waitFor();
    assert.equal(await field(two, 'Target for the period').inputValue(), '14,000,000');

    // Both tabs change the same scenario at once: the first save wins, the
    // other tab reports a conflict instead of overwriting, and keeps its work.
    const setClosed = (page, value) => page.evaluate((v) => {
      const input = document.querySelector('[data-testid=input-closed]');
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await Promise.all([setClosed(two, '1,000,000'), setClosed(one, '2,000,000')]);
    await one.waitForTimeout(1500);
    const stored = () => one.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('.scenario.')).map(([, v]) => JSON.parse(v).scenario.closed));
    const [kept] = await stored();
    assert.ok([1000000, 2000000].includes(kept));
    // The tab whose value is not the stored one must say so, and keep its work.
    const [loser, losersValue] = kept === 2000000 ? [two, 1000000] : [one, 2000000];
    await loser.locator('[data-notice=conflict]').waitFor({ timeout: 3000 });
    assert.equal(Number((await loser.getByTestId('input-closed').inputValue()).replace(/,/g, '')), losersValue, 'the other tab keeps its work');
    await loser.locator('[data-notice=conflict]').getByRole('button', { name: 'Keep my version' }).click();
    assert.deepEqual(await stored(), [losersValue]);
    await context.close();
  });
});

describe('share links', () => {
  test('the copy-link field holds a link that opens as a new, unsaved, shared scenario', async () => {
    const { context, page } = await freshApp();
    await field(page, 'Target for the period').fill('11,500,000');
    await waitSaved(page);
    const link = await page.getByTestId('share-link').getAttribute('data-value');
    assert.match(link, /#s2\.\d+\.[A-Za-z0-9_-]+$/);
    assert.equal(new URL(link).search, '', 'the sharer\'s language is not forced on the recipient');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    await page.goto(link);
    await page.getByTestId('shared-banner').waitFor();
    assert.equal(await field(page, 'Target for the period').inputValue(), '11,500,000');
    assert.equal(new URL(page.url()).hash, '', 'the fragment is removed from the address bar');
    await waitSaved(page);
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'opening a link writes nothing');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await waitSaved(page);
    const names = await page.getByTestId('scenario-select').locator('option').allTextContents();
    assert.equal(names.length, 2);
    await context.close();
  });

  test('a presentation link opens locked, in large type', async () => {
    const { context, page } = await freshApp(`?lang=en#${linkFragment(demo, 'p')}`);
    await page.getByTestId('leave-presentation').waitFor();
    assert.equal(await page.getByLabel('Target for the period', { exact: true }).isVisible(), false, 'inputs are not shown');
    await page.getByRole('slider', { name: /What if/ }).waitFor();
    await page.getByTestId('leave-presentation').click();
    await field(page, 'Target for the period').waitFor();
    await context.close();
  });

  test('invalid, truncated and newer links get clear messages, open nothing and change nothing stored', async () => {
    const good = linkFragment(demo);
    const seeded = {
      'skippertak.v1.index': JSON.stringify({ schema: 1, current: 'm1', scenarios: [{ id: 'm1', name: 'Mine', at: 1 }] }),
      'skippertak.v1.scenario.m1': JSON.stringify({ schema: 1, rev: 4, saved_at: 1764000000000, scenario: { ...demo, name: 'Mine' } }),
    };
    const init = `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(${JSON.stringify(seeded)})) localStorage.setItem(k, v); }`;
    for (const [fragment, words] of [
      [good.slice(0, 40), /incomplete/],
      [good.replace(/^s2\./, 's9.'), /newer version/],
      ['s1.!!!!', /damaged/],
      [linkFragment({ ...demo, target: -1 }), /target/],
    ]) {
      const { context, page } = await freshApp(`?lang=en#${fragment}`, init);
      const notice = page.locator('[data-notice=link-error]');
      await notice.waitFor();
      assert.match(await notice.innerText(), words);
      assert.equal(await page.getByTestId('shared-banner').count(), 0);
      await waitSaved(page);
      assert.deepEqual(await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))), seeded);
      await context.close();
    }
  });

  test('a link with one character changed is refused as damaged, and nothing stored changes', async () => {
    const { context, page } = await freshApp();
    await field(page, 'Target for the period').fill('11,500,000');
    await waitSaved(page);
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    assert.ok(before.includes('11500000'), 'the edit was saved before the link is opened');
    const good = linkFragment(demo);
    const at = good.indexOf('.', 3) + 1 + 40;
    const damaged = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    await page.close();
    // Opened as it would be from a chat: in a new tab of the same browser.
    const opened = await context.newPage();
    await opened.goto(`${app.url()}?lang=en#${damaged}`);
    await opened.locator('main[data-settled]').waitFor();
    const notice = opened.locator('[data-notice=link-error]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /damaged or incomplete.*Ask the sender to send the link again/s);
    assert.equal(await opened.getByTestId('shared-banner').count(), 0);
    assert.equal(await field(opened, 'Target for the period').inputValue(), '11,500,000', 'the saved scenario is shown as it was');
    await waitSaved(opened);
    assert.equal(await opened.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, 'local storage is byte-for-byte unchanged');
    await context.close();
  });

  test('every released link version keeps opening identically', async () => {
    const dir = join(ROOT, 'tests/fixtures/links');
    const names = readdirSync(dir).filter((n) => n.endsWith('.link'));
    assert.ok(names.some((n) => n.startsWith('v1-')) && names.some((n) => n.startsWith('v2-')), names.join());
    for (const name of names) {
      const fragment = readFileSync(join(dir, name), 'utf8').trim();
      const expected = JSON.parse(readFileSync(join(dir, name.replace('.link', '.expected.json')), 'utf8'));
      const { context, page } = await freshApp(`?lang=en#${fragment}`);
      if (expected.mode === 'present') {
        await page.getByTestId('leave-presentation').waitFor();
        assert.equal(await page.getByLabel('Target for the period', { exact: true }).isVisible(), false, `${name}: opens locked`);
        assert.equal((await page.locator('#results-title').innerText()).trim(), expected.name, name);
      } else {
        await page.getByTestId('shared-banner').waitFor();
        assert.equal(await field(page, 'Scenario name').inputValue(), expected.name, name);
      }
      assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), expected.verdict, name);
      assert.equal(Number(await page.getByTestId('recommended-e1').getAttribute('data-value')), expected.recommended.e1, name);
      await context.close();
    }
  });

  test('copy link puts the link on the clipboard and confirms it', async () => {
    const { context, page } = await freshApp();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin() });
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Copied!').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByTestId('share-link').getAttribute('data-value'));
    await context.close();
  });

  test('a link that would be too long is not offered; the file is', async () => {
    const { context, page } = await freshApp(`?lang=en#${linkFragment(scenarioWithDeals(1500))}`);
    await page.getByTestId('shared-banner').waitFor();
    await page.waitForTimeout(600);
    await page.getByText('The link is too long to share safely. Export the scenario file and send that instead.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Export scenario (JSON)' }).isEnabled(), true);
    await context.close();
  });

  test('a QR code of the link can be shown', async () => {
    const { context, page } = await freshApp();
    await page.getByLabel('Show a QR code of the link').check();
    await page.getByTestId('share-qr').waitFor();
    assert.match(await page.getByTestId('share-qr').locator('path').getAttribute('d'), /^M\d+,\d+h1v1h-1z/);
    await context.close();
  });
});

describe('files and hostile text', () => {
  test('JSON export and import round-trip; a hostile name shows as text via link, JSON and CSV', async () => {
    const { context, page, errors } = await freshApp(`?lang=en#${linkFragment({ ...demo, name: HOSTILE, deals: [{ ...demo.deals[0], name: HOSTILE }] })}`);
    await page.getByTestId('shared-banner').waitFor();
    assert.equal(await page.getByLabel('Name of deal 1', { exact: true }).inputValue(), HOSTILE);
    assert.equal(await page.locator('img[src=x]').count(), 0);
    assert.match(await page.locator('#results-title').innerText(), /<img src=x onerror=alert\(1\)><\/script>/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scenario (JSON)' }).click();
    const exported = readFileSync(await (await download).path(), 'utf8');
    assert.equal(JSON.parse(exported).deals[0].name, HOSTILE);

    await page.getByTestId('import-file').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByTestId('scenario-select').locator('option', { hasText: HOSTILE }).first().waitFor({ state: 'attached' });

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export deals (CSV)' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    assert.match(csv, /<img src=x onerror=alert\(1\)><\/script>/);
    assert.equal(await page.locator('img[src=x]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('CSV import with preview and per-row errors; formula-like names are neutralised on export', async () => {
    const { context, page } = await freshApp();
    const csv = [
      'Opportunity Name,Amount,Stage,Close Date,Probability (%)',
      `"${HOSTILE.replace(/"/g, '""')}",250000,Negotiation/Review,12/15/2026,60`,
      '=HYPERLINK("http://x"),100000,Qualification,12/20/2026,10',
      'Broken row,not money,Prospecting,12/01/2026,10',
      'Won already,50000,Closed Won,11/01/2026,100',
    ].join('\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'salesforce.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-summary').waitFor();
    assert.equal(await dialog.getByTestId('import-row-error').count(), 1);
    assert.equal(await dialog.getByTestId('import-row-closed').count(), 1);
    await dialog.getByLabel('Replace the current deals').check();
    await dialog.getByTestId('import-confirm').click();
    const rows = page.getByTestId('deal-row');
    assert.equal(await rows.count(), 2);
    assert.equal(await page.getByLabel('Name of deal 1', { exact: true }).inputValue(), HOSTILE);
    assert.equal(await page.locator('img[src=x]').count(), 0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export deals (CSV)' }).click();
    const exported = readFileSync(await (await download).path(), 'utf8');
    assert.match(exported, /'=HYPERLINK/);
    await context.close();
  });
});

describe('compare and print', () => {
  test('two saved scenarios side by side with their differences', async () => {
    const { context, page } = await freshApp();
    await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await field(page, 'Target for the period').fill('12,000,000');
    await waitSaved(page);
    await page.getByTestId('compare').locator('summary').click();
    await page.getByLabel('Scenario A').selectOption({ index: 1 });
    await page.getByLabel('Scenario B').selectOption({ index: 2 });
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    assert.match(await table.getByRole('row', { name: /^Target/ }).innerText(), /\+NOK\s1,000,000/);
    await context.close();
  });

  test('a jump to the comparison panel moves nothing on screen once it is there', async () => {
    const { context, page } = await freshApp('?lang=en', () => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push({ at: entry.startTime, value: entry.value });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const summary = page.getByTestId('compare').locator('summary');
    await summary.waitFor();
    const jumped = await summary.evaluate((el) => { el.scrollIntoView({ block: 'end' }); return performance.now(); });
    // Two frames: the deal table above is drawn in the first if it was skipped.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifted = await page.evaluate((t) => window.__shifts.filter((s) => s.at >= t).reduce((sum, s) => sum + s.value, 0), jumped);
    assert.equal(shifted, 0, `layout shift of ${shifted.toFixed(3)} after the jump`);
    assert.ok(await summary.evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight + 1), 'the summary is still in view');
    await context.close();
  });

  test('the print layout shows the answer without input chrome and fits one A4 page', async () => {
    const { context, page } = await freshApp();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('input-target').isVisible(), false);
    assert.equal(await page.getByTestId('verdict').isVisible(), true);
    assert.equal(await page.getByTestId('tradeoff-chart').isVisible(), true);
    assert.ok(await page.getByTestId('deal-row').first().isVisible());
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `print is ${pages} pages`);
    await context.close();
  });
});
