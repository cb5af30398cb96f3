// The calculator through its inputs, in real Chromium: every verdict reached
// by typing in both languages (checked against the native evaluator for the
// same scenario), locale number parsing, invalid input, the deal table and
// the what-if handle.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT, close, evaluate, openApp, useApp } from './support.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';

const app = useApp();
const demo = JSON.parse(readFileSync(join(ROOT, 'src/demo.json'), 'utf8'));


/** The evaluator's report for the demo with some fields changed. */
function evaluateEdited(edit) {
  const scenario = structuredClone(demo);
  edit(scenario);
  const dir = mkdtempSync(join(tmpdir(), 'skippertak-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return evaluate(file);
}

/** Waits until the odds on screen are for the current inputs (the simulation is done). */
function oddsCurrent(page, timeout) {
  return page.locator('[data-testid=odds-note][data-pending=false]').waitFor({ state: 'attached', timeout });
}

/** Opens the app on a share link of `count` synthetic deals, once the whole page is built. */
async function openWithDeals(count) {
  const scenario = scenarioWithDeals(count);
  const { context, page } = await openApp(app.browser(), `${app.url()}?lang=en#${linkFragment(scenario)}`, { locale: 'en-US' });
  return { context, page, scenario };
}

/** Replaces a field's text the way a person does: select all, type. */
async function typeInto(locator, text) {
  await locator.click();
  await locator.press('ControlOrMeta+a');
  await locator.pressSequentially(text);
  await locator.press('Tab');
}

const LABELS = {
  nb: { target: 'Salgsmål for perioden', closed: 'Solgt så langt', asOf: 'Per dato', sellers: 'Selgere' },
  en: { target: 'Target for the period', closed: 'Closed so far', asOf: 'As of', sellers: 'Sellers' },
};
// Numbers as each language writes them.
const WRITE = {
  nb: (n) => n.toLocaleString('nb-NO').replace(/\u00a0/g, ' '),
  en: (n) => n.toLocaleString('en-US'),
};

const VERDICTS = [
  { verdict: 'ahead', target: 7_000_000, closed: 7_400_000 },
  { verdict: 'on_track', target: 9_000_000, closed: 7_400_000 },
  { verdict: 'push_trap', target: 11_000_000, closed: 7_400_000 },
  { verdict: 'take_the_loss', target: 12_500_000, closed: 7_400_000 },
  { verdict: 'period_over', target: 12_500_000, closed: 7_400_000, asOf: '2027-01-04' },
];

for (const lang of ['nb', 'en']) {
  describe(`every verdict by typing (${lang})`, () => {
    for (const c of VERDICTS) {
      test(`${c.verdict}`, async () => {
        const expected = evaluateEdited((s) => {
          s.target = c.target;
          s.closed = c.closed;
          if (c.asOf) s.period.today = c.asOf;
        });
        assert.equal(expected.verdict, c.verdict, 'the scenario must lead to this verdict');
        const { page, context, errors } = await openApp(app.browser(), `${app.url()}?lang=${lang}`);
        const L = LABELS[lang];
        await typeInto(page.getByLabel(L.target, { exact: true }), WRITE[lang](c.target));
        await typeInto(page.getByLabel(L.closed, { exact: true }), WRITE[lang](c.closed));
        if (c.asOf) await page.getByLabel(L.asOf, { exact: true }).fill(c.asOf);
        const verdict = page.getByTestId('verdict');
        await assert.doesNotReject(verdict.and(page.locator(`[data-verdict="${c.verdict}"]`)).waitFor({ timeout: 5000 }));
        close(await page.getByTestId('recommended-e1').getAttribute('data-value'), expected.recommended.e1, 'recommended-e1');
        close(await page.getByTestId('trap-e1').getAttribute('data-value'), expected.trap.e1, 'trap-e1');
        close(await page.getByTestId('recommended-e2').getAttribute('data-value'), expected.recommended.e2, 'recommended-e2');
        close(await page.getByTestId('split-closing').getAttribute('data-value'), expected.recommended.split, 'split');
        // The activity card shows the same results a moment later (after the
        // answer's frame), so it is read once it has caught up.
        const want = expected.meetings_needed_per_seller_week;
        await page.waitForFunction((w) => {
          const v = document.querySelector('[data-testid=meetings-needed]')?.getAttribute('data-value');
          return w === null ? v === '' : v !== '' && Math.abs(Number(v) - w) <= 1e-9 * Math.max(1, Math.abs(w));
        }, want, { timeout: 5000 }).catch(() => {});
        const needed = await page.getByTestId('meetings-needed').getAttribute('data-value');
        if (want === null) assert.equal(needed, '');
        else close(needed, want, 'meetings-needed');
        // The Monte Carlo follows: same seed, same trials as the evaluator.
        // The odds shown while it runs are the previous ones, so wait for it.
        // Typing the closed amount passes through other values and ends where
        // it began: the odds must still stop being pending.
        await oddsCurrent(page, 5000);
        const shown = Number(await page.getByTestId('recommended-p-hit').getAttribute('data-value'));
        assert.ok(Math.abs(shown - expected.recommended.p_hit) <= 0.02, `p_hit ${shown} vs ${expected.recommended.p_hit}`);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  });
}

describe('locale input', () => {
  test('Norwegian reads spaces, no-break spaces, comma decimals and the minus sign', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=nb`);
    const target = page.getByLabel('Salgsmål for perioden', { exact: true });
    for (const [typed, value] of [['12 000 000', 12e6], ['12\u00a0500\u00a0000,50', 12500000.5], ['11\u202f000\u202f000', 11e6]]) {
      await target.fill(typed);
      await page.waitForFunction((v) => document.querySelector('[data-testid=recommended-e1]') && true, value);
      const expected = evaluateEdited((s) => { s.target = value; });
      await page.locator(`[data-testid=verdict][data-verdict="${expected.verdict}"]`).waitFor();
      close(await page.getByTestId('trap-e2').getAttribute('data-value'), expected.trap.e2, `after ${typed}`);
    }
    // How the value was read is shown next to the field.
    await target.fill('12500000,5');
    await assert.doesNotReject(page.getByText('Lest som 12\u00a0500\u00a0000,5').waitFor());
    // A negative number is read (U+2212) and refused by the model's rule, inline.
    await target.fill('\u22125');
    await assert.doesNotReject(page.getByText('Må være større enn null.').waitFor());
    assert.equal(await target.getAttribute('aria-invalid'), 'true');
    await context.close();
  });

  test('English reads comma groups and dot decimals', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const closed = page.getByLabel('Closed so far', { exact: true });
    await closed.fill('8,000,000.00');
    const expected = evaluateEdited((s) => { s.closed = 8e6; });
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid=recommended-e1]').dataset.value) === v,
      expected.recommended.e1);
    await closed.fill('8,00,000');
    await assert.doesNotReject(page.getByText('Not a number. Write it like 1,234,567.50.').waitFor());
    await context.close();
  });

  test('invalid input keeps the last valid result on screen, marked as not updated', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const before = await page.getByTestId('recommended-e1').getAttribute('data-value');
    const sellers = page.getByLabel('Sellers', { exact: true });
    for (const bad of ['', 'NaN', 'Infinity', 'abc', '0', '-2']) {
      await sellers.fill(bad);
      await assert.doesNotReject(page.getByTestId('stale-notice').getByText('Not updated.').waitFor());
      assert.equal(await page.getByTestId('recommended-e1').getAttribute('data-value'), before, `after ${JSON.stringify(bad)}`);
      assert.equal(await sellers.getAttribute('aria-invalid'), 'true', `after ${JSON.stringify(bad)}`);
    }
    await sellers.fill('4');
    await page.getByTestId('stale-notice').getByText('Not updated.').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('recommended-e1').getAttribute('data-value'), before);
    await context.close();
  });
});

describe('deal table', () => {
  test('rows carry the advice; edit, duplicate, delete with undo and sort work by keyboard', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    const rows = page.getByTestId('deal-row');
    assert.equal(await rows.count(), demo.deals.length);
    const expected = evaluate('src/demo.json');
    for (let i = 0; i < demo.deals.length; i++) {
      assert.equal(await rows.nth(i).getAttribute('data-advice'), expected.deals[i].advice, demo.deals[i].name);
    }
    // Slipped flag on the deal whose decision date is before the as-of date.
    await assert.doesNotReject(rows.filter({ hasText: 'Slipped' }).first().waitFor());

    // Edit a value inline: the first deal worth 3,000,000.
    const firstValue = rows.first().getByTestId('deal-value');
    await firstValue.fill('3,000,000');
    const edited = evaluateEdited((s) => { s.deals[0].value = 3e6; });
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid=trap-e1]').dataset.value) === v, edited.trap.e1);

    // Duplicate by keyboard, then delete and undo.
    const name = demo.deals[1].name;
    await page.getByRole('button', { name: `Duplicate ${name}` }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await rows.count(), demo.deals.length + 1);
    await page.getByRole('button', { name: `Delete ${name} (copy)` }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await rows.count(), demo.deals.length);
    await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    assert.equal(await rows.count(), demo.deals.length - 1);
    await page.getByRole('status').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
    assert.equal(await rows.count(), demo.deals.length);
    assert.equal(await page.getByLabel('Name of deal 2').inputValue(), name);

    // Sort by value (largest first).
    await page.getByRole('button', { name: /^Value/ }).click();
    const values = await rows.getByTestId('deal-value').evaluateAll((inputs) => inputs.map((i) => Number(i.value.replace(/,/g, ''))));
    assert.deepEqual(values, [...values].sort((a, b) => b - a));
    await context.close();
  });

  test('adding a deal focuses its name and updates the model', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    await page.getByRole('button', { name: 'Add deal' }).first().click();
    const rows = page.getByTestId('deal-row');
    assert.equal(await rows.count(), demo.deals.length + 1);
    await page.keyboard.type(' – Alpha');
    assert.equal(await page.getByLabel(`Name of deal ${demo.deals.length + 1}`).inputValue(), 'New deal 1 – Alpha');
    await context.close();
  });
});

describe('instant results', () => {
  test('at 200 deals an edit updates the deterministic results before the next frame is drawn', async () => {
    const { context, page, scenario } = await openWithDeals(200);
    const sameFrame = await page.evaluate(async (closed) => {
      const input = document.querySelector('[data-testid=input-closed]');
      const e1 = document.querySelector('[data-testid=recommended-e1]');
      const results = [];
      for (let i = 1; i <= 5; i++) {
        const before = e1.dataset.value;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        input.value = String(closed + i * 10000);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // rAF callbacks run right before the browser draws the next frame.
        results.push(await new Promise((resolve) => requestAnimationFrame(() => resolve(e1.dataset.value !== before))));
      }
      return results;
    }, scenario.closed);
    assert.deepEqual(sameFrame, [true, true, true, true, true]);
    await context.close();
  });

  test('an edit undone before the page below the answer catches up still ends with odds, not "Calculating"', async () => {
    const { page, context } = await openApp(app.browser(), `${app.url()}?lang=en`);
    // The odds to come back to: read once the first simulation is done.
    await oddsCurrent(page);
    const odds = await page.getByTestId('recommended-p-hit').getAttribute('data-value');
    const shownPending = await page.evaluate(async () => {
      const input = document.querySelector('[data-testid=input-closed]');
      const note = document.querySelector('[data-testid=odds-note]');
      const original = input.value;
      const type = (text) => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      // The odds turn pending within the edit's task; the undo follows in
      // that task too, so the catch-up, after the next frame, finds the
      // values as they were.
      const marked = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(note.dataset.pending);
        });
        observer.observe(note, { attributes: true, attributeFilter: ['data-pending'] });
      });
      type('1');
      const shown = await marked;
      type(original);
      return shown;
    });
    assert.equal(shownPending, 'true', 'the edit made the odds pending');
    await assert.doesNotReject(oddsCurrent(page, 5000), 'the odds stop being pending');
    assert.equal(await page.getByTestId('recommended-p-hit').getAttribute('data-value'), odds, 'the same odds as before');
    await context.close();
  });

  test('odds that take a moment keep their place; only a longer wait shows "Calculating"', async () => {
    // At 5,000 deals the simulation takes far longer than the grace period.
    const { context, page, scenario } = await openWithDeals(5000);
    await oddsCurrent(page, 120000);
    const note = page.getByTestId('odds-note');
    const settledNote = await note.textContent();
    const odds = await page.getByTestId('recommended-p-hit').textContent();
    const inEditFrame = await page.evaluate(async (closed) => {
      const input = document.querySelector('[data-testid=input-closed]');
      const note = document.querySelector('[data-testid=odds-note]');
      const figure = document.querySelector('figure.chart-figure.distribution');
      input.value = String(closed + 7000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Right before the browser draws the edit's frame.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { pending: note.dataset.pending, text: note.textContent, dimmed: figure.classList.contains('is-pending'), busy: figure.getAttribute('aria-busy') };
    }, scenario.closed);
    assert.equal(inEditFrame.pending, 'true', 'the odds are marked pending at once');
    assert.equal(inEditFrame.busy, 'true', 'the chart is marked busy at once');
    assert.equal(inEditFrame.text, settledNote, 'the note does not flash "Calculating" in the edit\'s frame');
    assert.equal(inEditFrame.dimmed, false, 'the chart is not dimmed in the edit\'s frame');
    assert.equal(await page.getByTestId('recommended-p-hit').textContent(), odds, 'the earlier odds stay until new ones are ready');
    // A longer wait is shown, while the odds are still pending.
    await page.waitForFunction(() => {
      const note = document.querySelector('[data-testid=odds-note]');
      return note.dataset.pending === 'true' && note.textContent.includes('Calculating')
        && document.querySelector('figure.chart-figure.distribution').classList.contains('is-pending');
    }, null, { timeout: 10000 });
    await oddsCurrent(page, 120000);
    assert.equal(await note.textContent(), settledNote, 'the note is back once the odds are ready');
    assert.equal(await page.locator('figure.chart-figure.distribution.is-pending').count(), 0, 'the chart is no longer dimmed');
    await context.close();
  });

  test('the Monte Carlo never blocks typing: no long task while it runs at 1,000 deals', async () => {
    const { context, page, scenario } = await openWithDeals(1000);
    await oddsCurrent(page, 60000);
    const longest = await page.evaluate(async (closed) => {
      const input = document.querySelector('[data-testid=input-closed]');
      input.value = String(closed + 5000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The edit's own task is done; from here the simulation runs in slices.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      while (document.querySelector('[data-testid=odds-note]').dataset.pending === 'true') {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return Math.max(0, ...tasks);
    }, scenario.closed);
    assert.ok(longest < 50, `a task of ${longest} ms blocked input while simulating`);
    await context.close();
  });
});
