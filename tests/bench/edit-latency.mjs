// Edit → updated result in headless Chromium, at several deal counts:
// the time from an input event on the 'closed so far' field to the deterministic
// result changing on screen, and to the Monte Carlo odds arriving.
//
//   node tests/bench/edit-latency.mjs [counts, default 10,200,1000,5000] [edits, default 20]
// Needs dist/ (trunk build --release --offline).

import { launchBrowser, serveDist } from '../e2e/support.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';

const counts = (process.argv[2] ?? '10,200,1000,5000').split(',').map(Number);
const edits = Number(process.argv[3] ?? 20);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

export async function measureEdits(browser, url, count, edits) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const scenario = scenarioWithDeals(count);
  await page.goto(`${url}?lang=en#${linkFragment(scenario)}`);
  await page.getByTestId('verdict').waitFor({ timeout: 120000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=recommended-p-hit]')?.dataset.value !== '', null, { timeout: 120000 });
  const samples = await page.evaluate(async ({ edits, closed }) => {
    const input = document.querySelector('[data-testid=input-closed]');
    const e1 = document.querySelector('[data-testid=recommended-e1]');
    const odds = document.querySelector('[data-testid=recommended-p-hit]');
    const out = [];
    for (let i = 0; i < edits; i++) {
      const value = closed + (i + 1) * 1000;
      const before = e1.dataset.value;
      const oddsBefore = odds.dataset.value;
      const result = await new Promise((resolve) => {
        let deterministic = null;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (deterministic === null && e1.dataset.value !== before) deterministic = performance.now() - t0;
          // The odds are cleared while recomputing only if they change; wait for the run to settle.
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        input.value = value.toLocaleString('en-US');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const started = performance.now();
        const poll = () => {
          const pending = document.querySelector('.table-note')?.textContent.includes('Calculating');
          if (!pending && performance.now() - started > 1) {
            observer.disconnect();
            resolve({ deterministic: deterministic ?? (performance.now() - t0), monteCarlo: performance.now() - t0 });
          } else {
            setTimeout(poll, 0);
          }
        };
        setTimeout(poll, 0);
      });
      out.push(result);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, { edits, closed: scenario.closed });
  await context.close();
  return {
    deterministic: median(samples.map((s) => s.deterministic)),
    monteCarlo: median(samples.map((s) => s.monteCarlo)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serveDist();
  const browser = await launchBrowser();
  console.log('deals  edit→result (ms, median)  edit→Monte Carlo (ms, median)');
  for (const count of counts) {
    const r = await measureEdits(browser, server.url, count, edits);
    console.log(`${String(count).padStart(5)}  ${r.deterministic.toFixed(1).padStart(24)}  ${r.monteCarlo.toFixed(1).padStart(29)}`);
  }
  await browser.close();
  await server.close();
}
