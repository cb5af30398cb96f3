// Importing the files people have, in Chromium: a file from each CRM, a
// Windows-1252 sheet from Norwegian Excel, a workbook, pasted cells. Each
// reaches "Import N deals" with no choice made by hand; the dialog says how
// it read the file and every guess can be changed; the history in a file
// becomes the team's own figures only on consent; choices are remembered
// for the next file of the same shape; the workbook reader is fetched only
// when a workbook is opened.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ROOT, openApp, useApp } from './support.mjs';

const app = useApp();
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const expectOf = (name) => JSON.parse(readFileSync(join(FIXTURES, `${name.replace(/\.[a-z]+$/, '')}.expect.json`), 'utf8'));

/** Opens the app (English unless told), picks a fixture and waits for the dialog's answer. */
async function importFixture(file, { lang = 'en', page: given } = {}) {
  const opened = given ? { page: given } : await openApp(app.browser(), `${app.url()}?lang=${lang}`, { locale: lang === 'nb' ? 'nb-NO' : 'en-GB' });
  const { page } = opened;
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, file));
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-summary').waitFor();
  return { ...opened, page, dialog };
}

const dealRows = (page) => page.getByTestId('deal-row');

describe('a standard export of each CRM imports with no choice made by hand', () => {
  for (const file of [
    'hubspot-all-properties.csv',
    'pipedrive-list-view.csv',
    'pipedrive-es.csv',
    'salesforce-custom-stages.csv',
    'zoho-deals.csv',
    'superoffice-sales-nb.csv',
    'dynamics-opportunities.xlsx',
  ]) {
    test(file, async () => {
      const expect = expectOf(file);
      const { context, page, dialog, errors } = await importFixture(file);
      // Deals without an amount are listed with their error, not imported.
      const summary = await dialog.getByTestId('import-summary').textContent();
      const missing = Number(summary.match(/(\d+) rows? with errors/)?.[1] ?? 0);
      const ready = expect.open - missing;
      const confirm = dialog.getByTestId('import-confirm');
      assert.equal(await confirm.textContent(), `Import ${ready} deals`);
      assert.ok(await confirm.isEnabled());
      assert.equal(await dialog.getByTestId('import-map-name-mark').textContent(), '', 'the name column was found by its header');
      await dialog.getByLabel('Replace the current deals').check();
      await confirm.click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await dealRows(page).count(), ready);
      const first = expect.first_open_deal;
      assert.equal(await page.getByLabel('Name of deal 1', { exact: true }).inputValue(), first.name);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('encodings and file shapes', () => {
  test('a Windows-1252 sheet from Norwegian Excel keeps æ, ø, å and the en dash, and the encoding can be changed', async () => {
    const { context, page, dialog } = await importFixture('excel-nb-semikolon.csv', { lang: 'nb' });
    const facts = await dialog.getByTestId('import-facts').textContent();
    assert.match(facts, /Lest som Windows-1252, semikolon\./);
    assert.equal(await dialog.getByTestId('import-encoding').inputValue(), 'windows-1252');
    assert.equal(await dialog.getByTestId('import-delimiter').inputValue(), 'semicolon');
    const preview = await dialog.locator('.import-preview').textContent();
    assert.match(preview, /–/);
    assert.match(preview, /[æøå]/);
    assert.doesNotMatch(preview, /\uFFFD/);
    // Read as UTF-8 the same bytes break ("Bel�p"); back to Windows-1252 they mend.
    const broken = () => document.querySelector('.import-columns')?.textContent.includes('\uFFFD');
    assert.equal(await page.evaluate(broken), false);
    await dialog.getByTestId('import-encoding').selectOption('utf-8');
    await page.waitForFunction(broken);
    await dialog.getByTestId('import-encoding').selectOption('windows-1252');
    await page.waitForFunction(() => !document.querySelector('.import-columns')?.textContent.includes('\uFFFD'));
    assert.match(await dialog.getByTestId('import-confirm').textContent(), /^Importer \d+ avtaler$/);
    await context.close();
  });

  test('UTF-16 from Excel\'s "Unicode text" is read, tab-separated', async () => {
    const { context, dialog } = await importFixture('excel-unicode-text.txt');
    assert.match(await dialog.getByTestId('import-facts').textContent(), /Read as UTF-16 LE with BOM, tab\./);
    assert.equal(await dialog.getByTestId('import-confirm').textContent(), `Import ${expectOf('excel-unicode-text.txt').open} deals`);
    await context.close();
  });

  test('a report footer is left out and said so', async () => {
    const { context, dialog } = await importFixture('salesforce-custom-stages.csv');
    assert.match(await dialog.getByTestId('import-facts').textContent(), /Left out: 3 report lines at the end\./);
    await context.close();
  });

  test('ambiguous slash dates say which reading was used, and the reading can be changed', async () => {
    const { context, page, dialog } = await importFixture('ambiguous-dates-only.csv', { lang: 'nb' });
    assert.equal(await dialog.getByTestId('import-date-order').inputValue(), 'day_first');
    assert.match(await dialog.getByTestId('import-date-reason').textContent(), /som på norsk/);
    const firstDate = () => dialog.getByTestId('import-row').first().locator('td').last().textContent();
    const byNb = expectOf('ambiguous-dates-only.csv').by_ui_language;
    assert.equal(await firstDate(), byNb.nb.first_open_deal.close_date);
    await dialog.getByTestId('import-date-order').selectOption('month_first');
    await page.waitForFunction((want) => document.querySelector('[data-testid=import-row] td:last-child')?.textContent === want,
      byNb.en.first_open_deal.close_date);
    await context.close();
  });

  test('a column guessed from its cells is marked, and a column can be chosen by hand', async () => {
    const { context, dialog } = await importFixture('no-header-match.csv');
    assert.equal(await dialog.getByTestId('import-map-value-mark').textContent(), 'Guessed from the content – check it');
    assert.equal(await dialog.getByTestId('import-map-value').inputValue(), '2');
    await dialog.getByTestId('import-map-value').selectOption('');
    assert.equal(await dialog.getByTestId('import-confirm').textContent(), 'Import 0 deals');
    assert.ok(await dialog.getByTestId('import-confirm').isDisabled());
    await context.close();
  });
});

describe('stages and history', () => {
  test('every stage of the file is listed with its rows; the file\'s own stages can replace the scenario\'s', async () => {
    const { context, page, dialog } = await importFixture('salesforce-custom-stages.csv');
    const rows = dialog.getByTestId('import-stage-row');
    assert.equal(await rows.count(), 6);
    const contract = rows.filter({ hasText: 'Contract' });
    assert.equal(await contract.getByTestId('import-stage-facts').textContent(), '4 rows · 83%');
    assert.equal(await contract.locator('select').inputValue(), 'stage:commit');
    assert.equal(await rows.filter({ hasText: 'Closed Won' }).locator('select').inputValue(), 'won');
    await dialog.getByTestId('import-file-stages').check();
    assert.match(await dialog.locator('.import-stages').textContent(), /4 stages, in order of probability; mature from "Contract"/);
    await dialog.getByLabel('Replace the current deals').check();
    await dialog.getByTestId('import-confirm').click();
    await page.getByTestId('assumptions').locator('summary').click();
    await page.getByRole('textbox', { name: 'Name of stage 4' }).waitFor();
    const labels = [];
    for (let i = 1; i <= 4; i++) labels.push(await page.getByRole('textbox', { name: `Name of stage ${i}` }).inputValue());
    assert.deepEqual(labels, ['Contacted', 'Qualified', 'Proposal', 'Contract']);
    await context.close();
  });

  test('history gives closed so far and the team\'s own figures only on consent, marked with the file', async () => {
    const { context, page, dialog } = await importFixture('hubspot-all-properties.csv');
    const expect = expectOf('hubspot-all-properties.csv');
    const history = dialog.getByTestId('import-history');
    assert.match(await history.textContent(), new RegExp(`Won in the period: ${expect.won_in_period.count} deals`));
    // The demo freezes its date at 2026-11-27: twelve months back from there.
    assert.match(await history.textContent(), /from 6 won and 4 lost deals in the last 12 months/);
    const closedBefore = await page.getByTestId('input-closed').inputValue();
    // Nothing is ticked to begin with.
    for (const id of ['import-use-closed', 'import-use-win-rate', 'import-use-avg-deal', 'import-use-cycle']) {
      assert.equal(await dialog.getByTestId(id).isChecked(), false, id);
    }
    await dialog.getByTestId('import-use-closed').check();
    await dialog.getByTestId('import-use-win-rate').check();
    await dialog.getByTestId('import-confirm').click();
    const closed = await page.getByTestId('input-closed').inputValue();
    assert.notEqual(closed, closedBefore);
    assert.equal(Number(closed.replace(/[^\d]/g, '')), Math.round(expect.won_in_period.sum));
    assert.match(await page.getByTestId('f-closed-source').textContent(), /^From hubspot-all-properties\.csv, \d{4}-\d\d-\d\d \(2 deals\)$/);
    await page.getByTestId('assumptions').locator('summary').click();
    const winRate = page.getByRole('textbox', { name: 'Win rate of new opportunities' });
    assert.equal(await winRate.inputValue(), '60');
    assert.match(await page.getByTestId('f-prospecting-win-rate-source').textContent(), /\(10 deals\)$/);
    // Not ticked: left as it was.
    assert.equal(await page.getByRole('textbox', { name: 'Sales cycle' }).inputValue(), '60');
    // Typed over, the value is the user's own again.
    await winRate.fill('25');
    await page.waitForFunction(() => document.querySelector('[data-testid=f-prospecting-win-rate-source]')?.textContent === '');
    await context.close();
  });
});

describe('remembered choices, paste and the workbook module', () => {
  test('a choice made for a file is remembered for the next file of the same shape', async () => {
    const { context, page, dialog } = await importFixture('zoho-deals.csv');
    const owner = dialog.getByTestId('import-map-owner');
    await owner.selectOption('');
    await dialog.getByTestId('import-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await importFixture('zoho-deals.csv', { page });
    assert.equal(await owner.inputValue(), '');
    assert.equal(await dialog.getByTestId('import-map-owner-mark').textContent(), 'As for the last file with these columns');
    await context.close();
  });

  test('cells pasted from a spreadsheet on the deal table open the same preview', async () => {
    const { context, page } = await openApp(app.browser(), `${app.url()}?lang=en`, { locale: 'en-GB' });
    const text = readFileSync(join(FIXTURES, 'paste-google-sheets.tsv'), 'utf8');
    await page.getByTestId('paste-target').focus();
    await page.getByTestId('paste-target').evaluate((target, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-summary').waitFor();
    assert.match(await dialog.getByTestId('import-facts').textContent(), /Cells pasted from a spreadsheet\./);
    assert.equal(await dialog.getByTestId('import-confirm').textContent(), `Import ${expectOf('paste-google-sheets.tsv').open} deals`);
    await context.close();
  });

  test('the workbook reader is fetched only when a workbook is opened', async () => {
    const { context, page } = await openApp(app.browser(), `${app.url()}?lang=en`, { locale: 'en-GB' });
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.waitForTimeout(300);
    const workbook = (list) => list.filter((p) => /\/workbook-[0-9a-f]{16}\.wasm$/.test(p));
    const firstLoad = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.deepEqual(workbook([...firstLoad, ...fetched]), []);
    const { dialog } = await importFixture('workbook-two-sheets.xlsx', { page });
    assert.equal(workbook(fetched).length, 1);
    assert.equal(await dialog.getByTestId('import-sheet').inputValue(), '1', 'the sheet with the deals, not the summary in front');
    assert.equal(await dialog.getByTestId('import-confirm').textContent(), `Import ${expectOf('workbook-two-sheets.xlsx').open} deals`);
    await context.close();
  });
});
