// The first page in real Chromium against the release build: what it shows
// must equal what the native evaluator prints for the same demo scenario.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { close, evaluate, launchBrowser, openApp, serveDist } from './support.mjs';

let browser;
let server;
let expected;

before(async () => {
  expected = evaluate('src/demo.json');
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo scenario is a push trap, and the page says so', async () => {
  assert.equal(expected.verdict, 'push_trap', 'the demo must show the trap');
  const { page, context, errors } = await openApp(browser, server.url);
  const verdict = page.getByTestId('verdict');
  assert.equal(await verdict.getAttribute('data-verdict'), 'push_trap');
  assert.match(await verdict.getByRole('heading').innerText(), /Ikke gå i fella/);
  // The sentence names what pushing would lift this period to, rounded as
  // prose reads (three significant digits from 10 million); the plan table
  // beside it is exact.
  const millions = String(Number((expected.trap.e1 / 1e6).toPrecision(3))).replace('.', ',');
  const sentence = await verdict.getByRole('paragraph').innerText();
  assert.match(sentence, new RegExp(`løfte perioden til ${millions}\\smill\\.\\skr`), sentence);
  assert.deepEqual(errors, []);
  await context.close();
});

test('split and both plans equal the evaluator, as raw values and as text', async () => {
  const { page, context } = await openApp(browser, server.url, { locale: 'en-GB' });
  const value = (id) => page.getByTestId(id).getAttribute('data-value');

  close(await value('split-closing'), expected.recommended.split, 'split-closing');
  close(await value('split-prospecting'), 1 - expected.recommended.split, 'split-prospecting');
  close(await value('recommended-e1'), expected.recommended.e1, 'recommended-e1');
  close(await value('recommended-e2'), expected.recommended.e2, 'recommended-e2');
  close(await value('trap-e1'), expected.trap.e1, 'trap-e1');
  close(await value('trap-e2'), expected.trap.e2, 'trap-e2');

  // What a person reads: whole percents that add to 100, money without decimals.
  const closing = Math.round(expected.recommended.split * 100);
  assert.equal(await page.getByTestId('split-closing').innerText(), `${closing}%`);
  assert.equal(await page.getByTestId('split-prospecting').innerText(), `${100 - closing}%`);
  const money = (n) => `NOK\u00a0${Math.round(n).toLocaleString('en-US')}`;
  assert.equal(await page.getByTestId('recommended-e1').innerText(), money(expected.recommended.e1));
  assert.equal(await page.getByTestId('trap-e2').innerText(), money(expected.trap.e2));
  await context.close();
});

test('Norwegian formats money with no-break spaces and kr', async () => {
  const { page, context } = await openApp(browser, server.url, { locale: 'nb-NO' });
  const text = await page.getByTestId('recommended-e1').innerText();
  const digits = String(Math.round(expected.recommended.e1)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  assert.equal(text, `${digits}\u00a0kr`);
  await context.close();
});

test('the language follows ?lang= and the toggle', async () => {
  const { page, context } = await openApp(browser, `${server.url}?lang=en`, { locale: 'nb-NO' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.getByTestId('verdict').getByRole('heading').innerText(), /Don't take the bait/);
  await page.getByRole('button', { name: 'Norsk' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nb');
  assert.match(await page.getByTestId('verdict').getByRole('heading').innerText(), /Ikke gå i fella/);
  await context.close();
});

test('a host that serves the wasm with another content type still gets the app', async () => {
  const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.route(/\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(server.url);
  await page.locator('main[data-settled]').waitFor();
  close(await page.getByTestId('recommended-e1').getAttribute('data-value'), expected.recommended.e1, 'recommended-e1');
  assert.ok(await page.getByTestId('deal-row').count() > 0, 'the second module too');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens the app at `viewport` and notes which inputs exist when the answer first carries a value. */
async function inputsWhenAnswerArrives(viewport) {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid=recommended-e1][data-value]')) return;
      observer.disconnect();
      window.inputsWithAnswer = {
        closed: document.querySelector('[data-testid=input-closed]') !== null,
        scenarios: document.querySelector('.scenario-bar') !== null,
      };
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  await page.locator('main[data-settled]').waitFor();
  const seen = await page.evaluate(() => window.inputsWithAnswer);
  const closedLabelled = await page.getByLabel('Closed so far').count();
  await context.close();
  return { seen, closedLabelled };
}

test('beside the inputs, the answer is built first and the inputs follow; above it, the key numbers come with it', async () => {
  // Wide: two columns, the answer to the right; it is drawn on its own first.
  const wide = await inputsWhenAnswerArrives({ width: 1280, height: 800 });
  assert.deepEqual(wide.seen, { closed: false, scenarios: false }, 'the answer comes before the inputs');
  assert.equal(wide.closedLabelled, 1, 'then the inputs are there');
  // Narrow: one column with the key numbers above the answer; building them
  // later would push the answer down once drawn.
  const narrow = await inputsWhenAnswerArrives({ width: 390, height: 844 });
  assert.equal(narrow.seen.closed, true, 'the key numbers come with the answer');
  assert.equal(narrow.closedLabelled, 1);
});

test('on a phone nothing is wider than the screen, and the top bar keeps its tools in view', async () => {
  for (const lang of ['nb', 'en']) {
    const { context, page } = await openApp(browser, `${server.url}?lang=${lang}`, { viewport: { width: 390, height: 844 } });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, `${lang}: the page scrolls sideways`);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.undo-buttons button, .lang-toggle')].map((b) => {
      const r = b.getBoundingClientRect();
      return { right: r.right, height: Math.round(r.height) };
    }));
    assert.ok(boxes.length === 3 && boxes.every((b) => b.right <= 390), JSON.stringify(boxes));
    assert.equal(new Set(boxes.map((b) => b.height)).size, 1, `${lang}: undo buttons and the language toggle differ in height: ${JSON.stringify(boxes)}`);
    await context.close();
  }
});
