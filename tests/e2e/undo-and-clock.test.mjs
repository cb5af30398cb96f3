// Undo and redo, copying a link where the clipboard is missing or refused,
// and the date following the clock, in real Chromium.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { useApp } from './support.mjs';

const app = useApp();

async function freshApp({ init, clock, timezoneId = 'Europe/Oslo' } = {}) {
  const context = await app.browser().newContext({ locale: 'en-US', timezoneId });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  if (clock) await page.clock.install({ time: clock });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${app.url()}?lang=en`);
  await page.locator('main[data-settled]').waitFor();
  return { context, page, errors };
}

const field = (page, label) => page.getByLabel(label, { exact: true });
const undoButton = (page) => page.getByRole('button', { name: 'Undo', exact: true }).first();
const redoButton = (page) => page.getByRole('button', { name: 'Redo', exact: true });
const dealNames = (page) => page.locator('table.deal-table input[id$="--name"]').evaluateAll((inputs) => inputs.map((i) => i.value));
const command = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('undo and redo', () => {
  test('typing in a field is one step; the keys and the buttons undo and redo it', async () => {
    const { context, page, errors } = await freshApp();
    const target = field(page, 'Target for the period');
    const original = await target.inputValue();
    assert.equal(await undoButton(page).isDisabled(), true, 'nothing to undo on a fresh page');
    await target.click();
    await target.press('Control+a');
    for (const key of '12500000') await target.press(key);
    await page.keyboard.press('Tab');
    const typed = await target.inputValue();
    assert.notEqual(typed, original);
    await page.keyboard.press(`${command}+z`);
    assert.equal(await target.inputValue(), original, 'one undo takes back the whole typing');
    await page.keyboard.press(`${command}+Shift+z`);
    assert.equal(await target.inputValue(), typed);
    await undoButton(page).click();
    assert.equal(await target.inputValue(), original);
    await page.keyboard.press('Control+y');
    assert.equal(await target.inputValue(), typed, 'Ctrl+Y redoes too');
    await redoButton(page).isDisabled().then((disabled) => assert.ok(disabled, 'nothing left to redo'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('inside a field being typed in, Ctrl+Z is the browser\'s own and leaves other fields alone', async () => {
    const { context, page } = await freshApp();
    const target = field(page, 'Target for the period');
    await target.fill('9000000');
    await page.keyboard.press('Tab');
    const closed = field(page, 'Closed so far');
    await closed.click();
    await closed.press('End');
    await closed.press('7');
    await page.keyboard.press(`${command}+z`);
    assert.equal(await target.inputValue(), '9,000,000', 'the app did not undo the earlier field');
    await context.close();
  });

  test('deals added, deleted and duplicated are undone one step each, and a deleted deal offers Undo', async () => {
    const { context, page } = await freshApp();
    const before = await dealNames(page);
    await page.getByRole('button', { name: 'Add deal' }).click();
    assert.equal((await dealNames(page)).length, before.length + 1);
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await undoButton(page).click();
    assert.deepEqual(await dealNames(page), before);
    const first = before[0];
    await page.getByRole('button', { name: `Delete ${first}`, exact: true }).click();
    assert.deepEqual(await dealNames(page), before.slice(1));
    const offer = page.getByRole('status').filter({ hasText: `Deleted «${first}».` });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Undo' }).click();
    assert.deepEqual(await dealNames(page), before);
    await page.getByRole('button', { name: `Duplicate ${first}`, exact: true }).click();
    assert.equal((await dealNames(page)).length, before.length + 1);
    await undoButton(page).click();
    assert.deepEqual(await dealNames(page), before);
    await context.close();
  });

  test('each scenario keeps its own history while the tab is open', async () => {
    const { context, page } = await freshApp();
    const target = field(page, 'Target for the period');
    const original = await target.inputValue();
    await target.fill('7000000');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.waitForTimeout(100);
    const select = page.getByLabel('Open scenario', { exact: true });
    const [first] = await select.locator('option').evaluateAll((o) => o.map((x) => x.value));
    await select.selectOption(first);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    assert.equal(await field(page, 'Target for the period').inputValue(), '7,000,000');
    await undoButton(page).click();
    assert.equal(await field(page, 'Target for the period').inputValue(), original);
    await context.close();
  });
});

describe('copying the share link', () => {
  async function copyWith(init) {
    const { context, page, errors } = await freshApp({ init });
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.scrollIntoViewIfNeeded();
    await copy.click();
    const help = page.locator('#f-share-link-help');
    return { context, page, errors, help };
  }

  test('without a Clipboard API the link is selected and the user told to copy it', async () => {
    const { context, page, errors, help } = await copyWith(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    await page.waitForFunction(() => document.querySelector('#f-share-link-help').textContent.includes('Ctrl+C'));
    const selection = await page.evaluate(() => {
      const input = document.activeElement;
      return { id: input.id, selected: input.selectionEnd - input.selectionStart, length: input.value.length };
    });
    assert.equal(selection.id, 'f-share-link');
    assert.ok(selection.length > 20 && selection.selected === selection.length, JSON.stringify(selection));
    assert.match(await help.textContent(), /did not let the app copy/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a refused copy says the same', async () => {
    const { context, page, errors, help } = await copyWith(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
        configurable: true,
      });
    });
    await page.waitForFunction(() => document.querySelector('#f-share-link-help').textContent.includes('Ctrl+C'));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-share-link');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a granted copy puts the link on the clipboard and says so', async () => {
    const { context, page, help } = await copyWith(() => {
      window.__copied = [];
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: (text) => { window.__copied.push(text); return Promise.resolve(); } }),
        configurable: true,
      });
    });
    await page.waitForFunction(() => window.__copied.length === 1);
    assert.equal(await page.evaluate(() => window.__copied[0]), await page.getByLabel('Share link').inputValue());
    assert.equal(await help.textContent(), 'Copied!');
    await context.close();
  });
});

describe('the date follows the clock', () => {
  const split = (page) => page.getByTestId('split-closing').getAttribute('data-value');
  // Polled from here: the page's own timers are the fake clock's.
  async function splitBecomes(page, expected) {
    for (let i = 0; i < 50 && (await split(page)) !== expected; i++) await page.waitForTimeout(100);
    assert.equal(await split(page), expected);
  }

  /** The app at `time`, with the demo's frozen as-of date cleared so it uses today. */
  async function appAt(time) {
    const opened = await freshApp({ clock: new Date(time) });
    await field(opened.page, 'As of').fill('');
    await opened.page.keyboard.press('Tab');
    await opened.page.waitForTimeout(300);
    return opened;
  }

  /** The split a page opened fresh at `time` shows. */
  async function splitFreshAt(time) {
    const { context, page } = await appAt(time);
    const value = await split(page);
    await context.close();
    return value;
  }

  test('at midnight and when the page comes back after sleep', async () => {
    const wednesday = await splitFreshAt('2026-12-09T00:05:00+01:00');
    const friday = await splitFreshAt('2026-12-11T08:30:00+01:00');
    // Tuesday 8 December 2026, 23:58 in Oslo, left open overnight.
    const { context, page, errors } = await appAt('2026-12-08T23:58:00+01:00');
    const tuesday = await split(page);
    assert.notEqual(tuesday, wednesday, 'one working day less changes the split');
    await page.clock.runFor('03:00');
    await splitBecomes(page, wednesday);
    // Asleep until Friday morning: no timer ran; then the page is shown again.
    await page.clock.setSystemTime(new Date('2026-12-11T08:30:00+01:00'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await splitBecomes(page, friday);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
