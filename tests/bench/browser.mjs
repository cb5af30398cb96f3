// Timings in headless Chromium, measured the same way for the app and the
// bench floor (tests/bench/floor/).
//
// Method
// - "On screen" is the next frame after the DOM change: the time of a
//   message posted from the requestAnimationFrame callback that follows the
//   change, i.e. just after the browser has run style, layout and paint for
//   that frame. The DOM change itself is caught by a MutationObserver; both
//   times are kept (`paint`, `dom`).
// - Navigation → first result: a fresh browser context per run (empty HTTP
//   cache, no service worker, no storage: a cold first visit). The time is
//   the result element's paint as the browser reports it through the
//   Element Timing API (both pages mark it, or the block inside it that
//   holds its text, with `elementtiming`); a
//   MutationObserver installed with addInitScript before any page script
//   notes when it first carries a value (`dom`), and the message after the
//   next animation frame is kept as `frame`. Times are performance.now(),
//   whose origin is the start of the navigation.
// - Edit → updated text: the input's value is set and an `input` event is
//   dispatched from the page (the same for the app and the floor); the clock
//   starts just before the dispatch and stops when the result element's
//   data-value has changed and the next frame is out. For the app, the
//   Monte Carlo time stops when the odds note's data-pending has gone to
//   "true" and back to "false" (and the next frame is out). The elements
//   are found before the clock starts: a lookup on every DOM change would
//   walk thousands of deal rows and time the probe instead of the page.
// - Edits by deal count: the floor is open in a second page and gets one
//   timed edit after each of the app's. Its median is the one the app's
//   edits are compared with: the machine's speed drifts over a run, and
//   edits timed minutes apart would compare two different machines.

/** Installed before any page script: probes for the first result and timed edits. */
function probe({ selector }) {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));

  const edit = ({ input, result, value, pending, timeout = 60000 }) => new Promise((resolve) => {
    // Elements are looked up before the clock starts, and again only if they
    // were replaced: a lookup walks the document, and with thousands of deal
    // rows that would time the bench rather than the page.
    const lookUp = (selector) => {
      let element = document.querySelector(selector);
      return () => {
        if (!element?.isConnected) element = document.querySelector(selector);
        return element;
      };
    };
    const field = document.querySelector(input);
    const resultElement = lookUp(result);
    const pendingElement = pending ? lookUp(pending.selector) : null;
    const before = resultElement()?.dataset.value;
    const isPending = () => pendingElement()?.dataset.pending === 'true';
    const r = { dom: null, paint: null, mcDom: null, mcPaint: null };
    let waiting = pending ? 2 : 1;
    let seenPending = false;
    let t0 = 0;
    const done = () => {
      waiting -= 1;
      if (waiting === 0) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(r);
      }
    };
    const check = () => {
      const now = performance.now() - t0;
      if (r.dom === null && resultElement()?.dataset.value !== before) {
        r.dom = now;
        afterPaint().then((t) => {
          r.paint = t - t0;
          done();
          // Not pending by the frame that shows the new result: the odds
          // did not change state, so they cannot be timed; give up.
          if (pending && !seenPending && r.mcDom === null) done();
        });
      }
      if (pending && r.mcDom === null) {
        if (isPending()) seenPending = true;
        else if (seenPending) {
          r.mcDom = now;
          afterPaint().then((t) => { r.mcPaint = t - t0; done(); });
        }
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => { observer.disconnect(); resolve(r); }, timeout);
    t0 = performance.now();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    check();
  });

  window.__bench = { afterPaint, edit, first: null };
  // The paint itself, as the browser reports it (Element Timing); work the
  // page queues behind that frame does not count against it.
  let painted = null;
  const settle = () => {
    const first = window.__bench.first;
    if (first && first.paint === null && first.frame !== null && painted !== null) first.paint = painted;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (painted === null && entry.element?.closest(selector)) painted = entry.renderTime || entry.loadTime;
    }
    settle();
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const found = document.querySelector(selector);
    if (window.__bench.first || !found?.dataset.value) return;
    window.__bench.first = { dom: performance.now(), frame: null, paint: null };
    observer.disconnect();
    afterPaint().then((t) => { window.__bench.first.frame = t; settle(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * A browser that is launched again when it goes away (this machine is
 * shared): `run(fn)` calls fn(browser) and retries a failed measurement
 * twice; every retry is counted in `retries`.
 */
export async function browserSession(launch, log = () => {}) {
  let browser = await launch();
  const session = {
    retries: [],
    version: () => browser.version(),
    async run(what, fn) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn(browser);
        } catch (err) {
          if (attempt >= 3) throw err;
          const reason = String(err.message ?? err).split('\n')[0];
          session.retries.push({ what, reason });
          log(`  ${what}: retrying after "${reason}"`);
          if (!browser.isConnected()) browser = await launch();
        }
      }
    },
    close: () => browser.close().catch(() => {}),
  };
  return session;
}

/** What the bench needs to know about a page. */
export const APP = {
  name: 'app',
  path: '?lang=en',
  first: '[data-testid=recommended-e1]',
  input: '[data-testid=input-closed]',
  result: '[data-testid=recommended-e1]',
  pending: { selector: '[data-testid=odds-note]' },
  // "Closed so far" plus 1,000 per edit: the deterministic result changes each time.
  nextValue: (current, i) => (Number(current.replace(/[^0-9.]/g, '')) + 1000 * (i + 1)).toLocaleString('en-US'),
};

export const FLOOR = {
  name: 'floor',
  path: '',
  first: '[data-testid=floor-result]',
  input: '[data-testid=floor-input]',
  result: '[data-testid=floor-result]',
  pending: null,
  nextValue: (_current, i) => `edit ${i + 1}`,
};

/** The `q` quantile (0..1) of the finite values, by linear interpolation; null when there are none. */
export const quantile = (xs, q) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const at = (s.length - 1) * q;
  const low = Math.floor(at);
  return s[low] + (s[Math.min(low + 1, s.length - 1)] - s[low]) * (at - low);
};

export const median = (xs) => quantile(xs, 0.5);

const idle = async (page, target) => {
  if (target.pending) {
    await page.waitForFunction(({ selector }) => document.querySelector(selector)?.dataset.pending === 'false',
      target.pending, { timeout: 120000 });
  }
  await page.waitForTimeout(150);
};

/** One timed edit on an open page; returns { dom, paint, mcDom, mcPaint } in ms. */
export async function timedEdit(page, target, i) {
  const current = await page.locator(target.input).inputValue();
  return page.evaluate((args) => window.__bench.edit(args), {
    input: target.input, result: target.result, pending: target.pending, value: target.nextValue(current, i),
  });
}

/** Waits until the probe has seen the first result painted. */
const firstResultPainted = (page) => page.waitForFunction(() => window.__bench?.first?.paint != null, null, { timeout: 120000 });

async function openFresh(browser, url, target) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(probe, { selector: target.first });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/**
 * A cold first visit, then `edits` timed edits, on a fresh context.
 * Returns { first: { dom, paint }, edits: [...] }.
 */
export async function firstVisit(browser, url, target, edits = 3) {
  const { context, page, errors } = await openFresh(browser, url, target);
  try {
    await page.goto(`${url}${target.path}`, { waitUntil: 'commit' });
    await firstResultPainted(page);
    const first = await page.evaluate(() => window.__bench.first);
    const samples = [];
    for (let i = 0; i < edits; i++) {
      await idle(page, target);
      samples.push(await timedEdit(page, target, i));
    }
    if (errors.length) throw new Error(`${target.name}: page error: ${errors[0]}`);
    return { first, edits: samples };
  } finally {
    await context.close();
  }
}

/**
 * Navigation → first result and edit → updated text for the app and the
 * floor, alternating (the order flips each run), `runs` visits each.
 */
export async function compareWithFloor(session, appUrl, floorUrl, { runs = 9, editsPerRun = 3, log = () => {} } = {}) {
  const raw = { app: { first: [], edits: [] }, floor: { first: [], edits: [] } };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [[FLOOR, floorUrl], [APP, appUrl]] : [[APP, appUrl], [FLOOR, floorUrl]];
    for (const [target, url] of order) {
      const r = await session.run(`${target.name} visit ${run + 1}`, (browser) => firstVisit(browser, url, target, editsPerRun));
      raw[target.name].first.push(r.first);
      raw[target.name].edits.push(...r.edits);
    }
    log(`  visit ${run + 1}/${runs}: app ${raw.app.first.at(-1).paint.toFixed(0)} ms, floor ${raw.floor.first.at(-1).paint.toFixed(0)} ms`);
  }
  const summary = (which) => ({
    navigation: median(raw[which].first.map((f) => f.paint)),
    navigation_dom: median(raw[which].first.map((f) => f.dom)),
    // The middle half of the visits: how far one run's median can move.
    navigation_p25: quantile(raw[which].first.map((f) => f.paint), 0.25),
    navigation_p75: quantile(raw[which].first.map((f) => f.paint), 0.75),
    edit: median(raw[which].edits.map((e) => e.paint)),
    edit_dom: median(raw[which].edits.map((e) => e.dom)),
    visits: raw[which].first.length,
    edits: raw[which].edits.length,
    edits_without_update: raw[which].edits.filter((e) => e.paint == null).length,
  });
  return { app: summary('app'), floor: summary('floor'), samples: raw };
}

/**
 * Edit → updated result in the app with `count` synthetic deals (opened from
 * a share link): `edits` timed edits of "closed so far", each waiting for the
 * Monte Carlo of the previous one to finish first. With `floorUrl`, the
 * floor is open beside it and gets one timed edit after each of the app's,
 * so the two are compared under the same load on the machine.
 */
export async function editsAtDeals(browser, appUrl, fragment, edits = 20, floorUrl = null) {
  const app = await openFresh(browser, appUrl, APP);
  const floor = floorUrl ? await openFresh(browser, floorUrl, FLOOR) : null;
  try {
    await app.page.goto(`${appUrl}?lang=en#${fragment}`);
    await firstResultPainted(app.page);
    if (floor) {
      await floor.page.goto(`${floorUrl}${FLOOR.path}`);
      await firstResultPainted(floor.page);
    }
    const samples = [];
    const floorSamples = [];
    for (let i = 0; i < edits; i++) {
      await idle(app.page, APP);
      samples.push(await timedEdit(app.page, APP, i));
      if (!floor) continue;
      await idle(floor.page, FLOOR);
      floorSamples.push(await timedEdit(floor.page, FLOOR, i));
    }
    for (const [name, opened] of [['app', app], ['floor', floor]]) {
      if (opened?.errors.length) throw new Error(`${name}: page error: ${opened.errors[0]}`);
    }
    return {
      deterministic: median(samples.map((s) => s.paint)),
      deterministic_dom: median(samples.map((s) => s.dom)),
      monte_carlo: median(samples.map((s) => s.mcPaint)),
      monte_carlo_dom: median(samples.map((s) => s.mcDom)),
      edits: samples.length,
      edits_without_update: samples.filter((s) => s.paint == null || s.mcPaint == null).length,
      ...(floor ? {
        floor_edit: median(floorSamples.map((s) => s.paint)),
        floor_edit_dom: median(floorSamples.map((s) => s.dom)),
        floor_edits: floorSamples.length,
      } : {}),
      samples,
      floor_samples: floorSamples,
    };
  } finally {
    await app.context.close();
    await floor?.context.close();
  }
}
