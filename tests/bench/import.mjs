// Import time, as a user meets it: from picking a file to the preview on
// screen, and from "Import N deals" to the N rows on screen. Both are
// timed in the page, from the event (the file input's change, the click)
// to the first frame after the change is in the DOM. The file is a HubSpot
// "all properties" style export with N open deals and a little history.

/** A HubSpot-like deals export with `count` open deals (deterministic). */
export function hubspotExport(count) {
  const extra = Array.from({ length: 30 }, (_, i) => `Property ${i + 1}`);
  const header = ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Amount in company currency', 'Close Date',
    'Create Date', 'Deal owner', 'Deal probability', ...extra];
  const stages = [['Appointment Scheduled', 0.2], ['Qualified To Buy', 0.4], ['Presentation Scheduled', 0.6],
    ['Decision Maker Bought-In', 0.8], ['Contract Sent', 0.9]];
  let seed = 7;
  const next = (m) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
  const quote = (cell) => `"${String(cell).replace(/"/g, '""')}"`;
  const lines = [header.map(quote).join(',')];
  const row = (i, stage, p, closed) => {
    const amount = (50 + next(950)) * 1000;
    const day = String(1 + next(28)).padStart(2, '0');
    const close = closed ?? `2027-0${1 + next(6)}-${day}`;
    return [10_000 + i, `Kunde ${i + 1} AS – avtale`, stage, 'Sales Pipeline', amount, amount, `${close} 00:00`,
      `2026-0${1 + next(9)}-${day} 09:00`, ['Kari Nordmann', 'Ola Hansen', 'Per Berg'][next(3)], p,
      ...extra.map((_, j) => (j % 3 ? '' : `v${i}-${j}`))].map(quote).join(',');
  };
  for (let i = 0; i < count; i++) {
    const [stage, p] = stages[next(stages.length)];
    lines.push(row(i, stage, p));
  }
  for (let i = 0; i < 12; i++) lines.push(row(count + i, i % 3 ? 'Closed Won' : 'Closed Lost', i % 3 ? 1 : 0, `2026-0${1 + (i % 9)}-15`));
  return `${lines.join('\n')}\n`;
}

/** The time of the first frame once the dialog's summary is on the page. */
const previewShown = (page) => page.evaluate(() => new Promise((resolve) => {
  const tick = () => (document.querySelector('[data-testid=import-summary]')?.textContent.length
    ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(tick));
  tick();
}));

/** The time of the first frame once `count` deal rows are on the page. */
const rowsShown = (page, count) => page.evaluate((n) => new Promise((resolve) => {
  const tick = () => (document.querySelectorAll('[data-testid=deal-row]').length === n
    ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(tick));
  tick();
}), count);

/** One import of `count` deals in a fresh page: { preview, apply } in ms. */
async function importOnce(browser, url, count) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?lang=en`);
    await page.locator('main[data-settled]').waitFor();
    await page.evaluate(() => {
      window.skippertakImport = {};
      const input = document.querySelector('[data-testid=import-file]');
      input.addEventListener('change', (e) => { window.skippertakImport.picked = e.timeStamp; }, { capture: true });
      document.addEventListener('click', (e) => {
        if (e.target.closest?.('[data-testid=import-confirm]')) window.skippertakImport.confirmed = e.timeStamp;
      }, { capture: true });
    });
    await page.getByTestId('import-file').setInputFiles({ name: `deals-${count}.csv`, mimeType: 'text/csv', buffer: Buffer.from(hubspotExport(count)) });
    const previewed = await previewShown(page);
    await page.getByTestId('import-mode-replace').check();
    const confirm = page.getByTestId('import-confirm');
    const label = await confirm.textContent();
    if (label !== `Import ${count} deals`) throw new Error(`the dialog offers "${label}", not ${count} deals`);
    await confirm.click();
    const shown = await rowsShown(page, count);
    const t = await page.evaluate(() => window.skippertakImport);
    return { preview: previewed - t.picked, apply: shown - t.confirmed };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : null;
};

/** Median import times at each count, `runs` imports each. */
export async function importTimes(browser, url, { counts = [200, 2000], runs = 3, log = () => {} } = {}) {
  const out = {};
  for (const count of counts) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await importOnce(browser, url, count));
    const preview = median(samples.map((s) => s.preview));
    const apply = median(samples.map((s) => s.apply));
    out[count] = { preview, apply, total: preview + apply, runs };
    log(`[bench] import of ${count} deals: preview ${preview.toFixed(0)} ms, rows on screen ${apply.toFixed(0)} ms after the click`);
  }
  return out;
}
