// Storage that heals, in real Chromium: a damaged list rebuilt from the
// saved scenarios, two tabs creating, renaming and deleting at once, storage
// the browser blocks, the room the app takes, scenarios from edit links kept
// as copies, and a question before closing only when work would be lost.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, openFresh, useApp } from './support.mjs';
import { linkFragment } from '../support/links.mjs';

const app = useApp();
const demo = JSON.parse(readFileSync(join(ROOT, 'src/demo.json'), 'utf8'));
const PREFIX = 'skippertak.v1.';

/** A fresh browser profile (empty storage) with the app open; see `openFresh`. */
const freshApp = (path, init) => openFresh(app, path, init);

async function openTab(context, path = '?lang=en') {
  const page = await context.newPage();
  await page.goto(app.url() + path);
  await page.locator('main[data-settled]').waitFor();
  return page;
}

/** Everything in local storage, key by key. */
const dump = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
const withoutBackups = (all) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('skippertak.v1.backup.')));
const backupsOf = (all) => Object.entries(all).filter(([k]) => k.startsWith('skippertak.v1.backup.'));
const waitSaved = (page) => page.waitForTimeout(700);
const field = (page, label) => page.getByLabel(label, { exact: true });
const listed = async (page) => (await page.getByTestId('scenario-select').locator('option').allTextContents()).sort();
const storedIndex = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem('skippertak.v1.index')));
const record = (scenario, rev, savedAt) => JSON.stringify({ schema: 1, rev, saved_at: savedAt, scenario });

async function axeViolations(page) {
  // Through the DevTools protocol: the page's CSP rightly refuses an injected <script>.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** An init script that fills local storage once per tab session. */
function seed(entries) {
  return `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(k, v); }`;
}

describe('a damaged list of scenarios', () => {
  test('is rebuilt from every saved scenario, and the damaged text is kept aside', async () => {
    const damaged = '{"schema":1,"current":"a","scenarios":[{"id":"a","na';
    const seeded = {
      [`${PREFIX}index`]: damaged,
      [`${PREFIX}scenario.a`]: record({ ...demo, name: 'Q3 plan', target: 9000000 }, 2, 1764000000000),
      [`${PREFIX}scenario.b`]: record({ ...demo, name: 'Q4 plan', target: 11000000 }, 1, 1764000100000),
    };
    const { context, page, errors } = await freshApp('?lang=en', seed(seeded));
    const notice = page.locator('[data-notice=index-rebuilt]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /rebuilt from the 2 scenarios found/);
    assert.deepEqual(await listed(page), ['Q3 plan', 'Q4 plan']);
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Q4 plan', 'the latest save opens');
    await waitSaved(page);
    const after = await dump(page);
    assert.deepEqual(backupsOf(after).map(([k, v]) => [k.startsWith(`${PREFIX}backup.index.`), v]), [[true, damaged]]);
    for (const id of ['a', 'b']) assert.equal(after[`${PREFIX}scenario.${id}`], seeded[`${PREFIX}scenario.${id}`], `record ${id} untouched`);
    const index = await storedIndex(page);
    assert.deepEqual(index.scenarios.map((e) => e.name).sort(), ['Q3 plan', 'Q4 plan']);

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the copy' }).click();
    assert.equal(readFileSync(await (await download).path(), 'utf8'), damaged);

    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.equal(await page.locator('[data-notice=index-rebuilt]').count(), 0, 'healed: nothing to say on the next visit');
    assert.deepEqual(await listed(page), ['Q3 plan', 'Q4 plan']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('two tabs', () => {
  test('creating, renaming and deleting at the same moment loses nothing and brings nothing back', async () => {
    const context = await app.browser().newContext({ locale: 'en-US' });
    const one = await openTab(context);
    await waitSaved(one);
    const two = await openTab(context);
    const both = (action) => Promise.all([action(one), action(two)]);

    await both((page) => page.getByRole('button', { name: 'New', exact: true }).click());
    await Promise.all([field(one, 'Scenario name').fill('From one'), field(two, 'Scenario name').fill('From two')]);
    await waitSaved(one);
    const created = [demo.name, 'From one', 'From two'].sort();
    assert.deepEqual(await listed(one), created);
    assert.deepEqual(await listed(two), created);

    await Promise.all([field(one, 'Scenario name').fill('One renamed'), field(two, 'Scenario name').fill('Two renamed')]);
    await waitSaved(one);
    const renamed = [demo.name, 'One renamed', 'Two renamed'].sort();
    assert.deepEqual(await listed(one), renamed);
    assert.deepEqual(await listed(two), renamed);

    await both((page) => page.getByRole('button', { name: 'Delete', exact: true }).click());
    await waitSaved(one);
    assert.deepEqual(await listed(one), [demo.name]);
    assert.deepEqual(await listed(two), [demo.name]);

    // The other tab saves afterwards: the deleted ones stay deleted.
    await field(two, 'Target for the period').fill('12,000,000');
    await waitSaved(two);
    assert.deepEqual(await listed(one), [demo.name]);
    assert.deepEqual(await listed(two), [demo.name]);
    const index = await storedIndex(one);
    assert.deepEqual(index.scenarios.map((e) => e.name), [demo.name]);
    assert.equal(index.deleted.length, 2, 'both deletions are remembered');
    await one.reload();
    await one.locator('main[data-settled]').waitFor();
    assert.deepEqual(await listed(one), [demo.name]);
    await context.close();
  });

  test('a tab that has not heard of a deletion yet does not bring it back when it saves', async () => {
    const context = await app.browser().newContext({ locale: 'en-US' });
    const one = await openTab(context);
    await waitSaved(one);
    await one.getByRole('button', { name: 'New', exact: true }).click();
    await field(one, 'Scenario name').fill('Doomed');
    await waitSaved(one);
    const two = await openTab(context);
    await two.getByTestId('scenario-select').selectOption({ label: demo.name });
    // Tab two stops hearing other tabs' writes, as if both acted at the same moment.
    // (The app's own listener came first, so the events' keys are hidden instead.)
    await two.evaluate(() => {
      window.__key = Object.getOwnPropertyDescriptor(StorageEvent.prototype, 'key');
      Object.defineProperty(StorageEvent.prototype, 'key', { configurable: true, get: () => 'unheard' });
    });
    await one.getByRole('button', { name: 'Delete', exact: true }).click();
    assert.deepEqual(await listed(two), ['Doomed', demo.name].sort(), 'two has not heard of it');
    await field(two, 'Target for the period').fill('13,000,000');
    await waitSaved(two);
    assert.deepEqual((await storedIndex(one)).scenarios.map((e) => e.name), [demo.name]);
    assert.deepEqual(await listed(two), [demo.name], 'two\'s list follows the stored one when it writes');
    await two.evaluate(() => Object.defineProperty(StorageEvent.prototype, 'key', window.__key));
    await field(two, 'Target for the period').fill('14,000,000');
    await waitSaved(two);
    assert.deepEqual(await listed(one), [demo.name]);
    assert.equal(await one.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.scenario.')).length), 1);
    await context.close();
  });
});

describe('storage the browser blocks', () => {
  test('a localStorage that throws on first access: the app computes, says so, and keeps work in the tab', async () => {
    const blocked = () => Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
    const { context, page, errors } = await freshApp('?lang=en', blocked);
    const notice = page.locator('[data-notice=storage-blocked]');
    await notice.waitFor();
    assert.match(await notice.innerText(), /does not let the app save.*only in this tab.*export it to keep it/s);
    assert.ok(await page.getByTestId('verdict').getAttribute('data-verdict'));
    const before = await page.getByTestId('recommended-e1').getAttribute('data-value');
    await field(page, 'Target for the period').fill('14,000,000');
    await field(page, 'Closed so far').fill('9,000,000');
    await page.waitForFunction((b) => document.querySelector('[data-testid=recommended-e1]')?.dataset.value !== b, before);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Scenario name').fill('Only here');
    await waitSaved(page);
    assert.deepEqual(await listed(page), [demo.name, 'Only here'].sort());
    await page.getByTestId('scenario-select').selectOption({ label: demo.name });
    assert.equal(await field(page, 'Target for the period').inputValue(), '14,000,000', 'switching works in memory');
    assert.match(await page.getByTestId('save-status').innerText(), /^Not saving: this browser does not let the app save/);
    assert.equal(await page.getByTestId('storage-usage').innerText(), '');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('storage that refuses writes for good (SecurityError): the tab goes on in memory and storage stays empty', async () => {
    const refusing = () => { Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); }; };
    const { context, page, errors } = await freshApp('?lang=en', refusing);
    await waitSaved(page);
    await page.locator('[data-notice=storage-blocked]').waitFor();
    await field(page, 'Target for the period').fill('15,000,000');
    await waitSaved(page);
    assert.equal(await page.locator('[data-notice=write-failed]').count(), 0);
    assert.deepEqual(await dump(page), {});
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('room in the browser', () => {
  test('the storage used is shown beside the save status', async () => {
    const { context, page } = await freshApp();
    await waitSaved(page);
    await field(page, 'Closed so far').fill('7,000,000');
    await waitSaved(page);
    const bytes = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('skippertak.v1.'))
      .reduce((sum, [k, v]) => sum + 2 * (k.length + v.length), 0));
    const status = await page.getByTestId('save-status').innerText();
    const match = status.match(/^Saved automatically in this browser\. Uses (\d+)\s(?:KB|B) of about 5 MB \(0%\)\.$/);
    assert.ok(match, status);
    assert.ok(Math.abs(Number(match[1]) - bytes / 1024) <= 1, `${match[1]} KB shown, ${bytes} bytes stored`);
    assert.equal(await page.locator('[data-notice=nearly-full]').count(), 0);
    await context.close();
  });

  test('near the limit: everything can be downloaded and old backups removed', async () => {
    const { context, page } = await freshApp();
    await waitSaved(page);
    const big = `${PREFIX}backup.index.1764000000000`;
    await page.evaluate((key) => localStorage.setItem(key, 'x'.repeat(2_200_000)), big);
    const kept = withoutBackups(await dump(page));
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    const offer = page.locator('[data-notice=nearly-full]');
    await offer.waitFor();
    assert.match(await offer.innerText(), /nearly full \(8\d%\)/);
    assert.deepEqual(await axeViolations(page), []);

    const download = page.waitForEvent('download');
    await offer.getByRole('button', { name: 'Download all scenarios (JSON)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(file.format, 'skippertak.library');
    assert.deepEqual(file.scenarios.map((s) => s.name), [demo.name]);
    assert.equal(file.backups[big].length, 2_200_000);

    await offer.getByRole('button', { name: /^Remove old backups \(1, 4\.2\sMB\)$/ }).click();
    await offer.waitFor({ state: 'detached' });
    const after = await dump(page);
    assert.deepEqual(backupsOf(after), []);
    assert.deepEqual(after, kept, 'only the backup was removed');
    await context.close();
  });
});

describe('scenarios from links', () => {
  test('the first change to a scenario from an edit link is kept as a copy; local scenarios are untouched', async () => {
    const { context, page, errors } = await freshApp();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Scenario name').fill('Q4 plan');
    await waitSaved(page);
    const before = await dump(page);
    const records = Object.entries(before).filter(([k]) => k.includes('.scenario.'));
    assert.equal(records.length, 2);

    await page.goto(`${app.url()}#${linkFragment({ ...demo, name: 'Q4 plan', target: 12000000 })}`);
    const banner = page.getByTestId('shared-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /not saved/);
    await waitSaved(page);
    assert.deepEqual(await dump(page), before, 'opening the link writes nothing');

    await field(page, 'Target for the period').fill('15,000,000');
    await banner.getByText('Saved as a copy: "Q4 plan (shared)"').waitFor();
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Q4 plan (shared)');
    await page.reload();
    await page.locator('main[data-settled]').waitFor();
    assert.deepEqual(await listed(page), [demo.name, 'Q4 plan', 'Q4 plan (shared)'].sort());
    assert.equal(await field(page, 'Scenario name').inputValue(), 'Q4 plan (shared)');
    assert.equal(await field(page, 'Target for the period').inputValue(), '15,000,000');
    const after = await dump(page);
    for (const [key, text] of records) assert.equal(after[key], text, `${key} is byte for byte as it was`);

    // The same link again: the copy's name is taken, so it gets a number.
    await page.goto(`${app.url()}#${linkFragment({ ...demo, name: 'Q4 plan', target: 12000000 })}`);
    await banner.waitFor();
    await field(page, 'Closed so far').fill('1,000,000');
    await banner.getByText('Saved as a copy: "Q4 plan (shared 2)"').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('keeping a shared scenario by the button names it the same way, in Norwegian too', async () => {
    const { context, page, errors } = await freshApp(`?lang=nb#${linkFragment({ ...demo, name: 'Q4-plan' })}`);
    const banner = page.getByTestId('shared-banner');
    await banner.getByRole('button', { name: 'Behold det' }).click();
    await banner.getByText('Lagret som en kopi: «Q4-plan (delt)»').waitFor();
    assert.deepEqual(await listed(page), ['Q4-plan (delt)'], 'the demo under the link was never the user\'s, so it was not saved');
    await banner.getByRole('button', { name: 'OK' }).click();
    await banner.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a presentation link saves nothing', async () => {
    const { context, page } = await freshApp(`?lang=en#${linkFragment({ ...demo, name: 'On screen' }, 'p')}`);
    await page.getByTestId('leave-presentation').waitFor();
    await page.getByRole('slider', { name: /What if/ }).focus();
    await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    assert.deepEqual(await dump(page), {});
    await context.close();
  });
});

describe('closing the page', () => {
  const close = async (page) => {
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
    await page.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 800));
    return dialogs;
  };

  test('asks first only when a change could not be saved', async () => {
    const context = await app.browser().newContext({ locale: 'en-US' });
    // Normal: a change still waiting for the autosave is saved as the page goes.
    const page = await openTab(context);
    await field(page, 'Target for the period').click();
    await field(page, 'Target for the period').fill('13,000,000');
    assert.deepEqual(await close(page), []);
    const again = await openTab(context);
    assert.equal(await field(again, 'Target for the period').inputValue(), '13,000,000');

    // Storage failing: the change cannot be saved, so closing asks.
    await again.evaluate(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await field(again, 'Target for the period').click();
    await field(again, 'Target for the period').fill('14,000,000');
    await again.locator('[data-notice=write-failed]').waitFor();
    assert.deepEqual(await close(again), ['beforeunload']);
    assert.equal(again.isClosed(), false, 'staying keeps the page');
    await again.close();
    await context.close();
  });

  test('asks first when storage is blocked and the tab holds work', async () => {
    const context = await app.browser().newContext({ locale: 'en-US' });
    await context.addInitScript(() => Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    }));
    const untouched = await openTab(context);
    await untouched.getByTestId('verdict').click();
    assert.deepEqual(await close(untouched), [], 'nothing of the user\'s to lose');
    const page = await openTab(context);
    await field(page, 'Target for the period').click();
    await field(page, 'Target for the period').fill('13,000,000');
    assert.deepEqual(await close(page), ['beforeunload']);
    await page.close();
    await context.close();
  });
});
