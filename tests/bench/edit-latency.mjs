// Edit → updated result in headless Chromium, at several deal counts: the
// time from an input event on the "closed so far" field to the deterministic
// result on screen, and to the Monte Carlo odds on screen (method: see
// browser.mjs). The bench command (scripts/bench.sh) runs this too.
//
//   node tests/bench/edit-latency.mjs [counts, default 10,200,1000,5000] [edits, default 20]
// Needs dist/ (trunk build --release --offline).

import { launchBrowser, serveDist } from '../e2e/support.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';
import { editsAtDeals } from './browser.mjs';

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = (process.argv[2] ?? '10,200,1000,5000').split(',').map(Number);
  const edits = Number(process.argv[3] ?? 20);
  const server = await serveDist();
  const browser = await launchBrowser();
  console.log('deals  edit→result (ms, median)  edit→Monte Carlo (ms, median)');
  for (const count of counts) {
    const r = await editsAtDeals(browser, server.url, linkFragment(scenarioWithDeals(count)), edits);
    console.log(`${String(count).padStart(5)}  ${(r.deterministic ?? NaN).toFixed(1).padStart(24)}  ${(r.monte_carlo ?? NaN).toFixed(1).padStart(29)}`);
  }
  await browser.close();
  await server.close();
}
