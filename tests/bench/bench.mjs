// The bench: sizes, browser timings beside the floor's, native model cost and
// share-link lengths; prints one table, writes the figures as JSON and checks
// the budgets. Run through scripts/bench.sh, which builds what this reads.
//
//   node tests/bench/bench.mjs [--runs 15] [--edits 20] [--native] [--out target/bench/latest.json]
//   node tests/bench/bench.mjs --from target/bench/latest.json   table and budgets again, no measuring
//
// Exit status: 0 when every budget holds, 1 when one is broken (each is
// listed), 2 when the bench itself failed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';

import { measure } from '../../scripts/dist-sizes.mjs';
import { launchBrowser, ROOT } from '../e2e/support.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { linkFragment, scenarioWithDeals } from '../support/links.mjs';
import { browserSession, compareWithFloor, editsAtDeals } from './browser.mjs';
import { importTimes } from './import.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(7, Number(arg('runs', process.env.BENCH_RUNS ?? 15)));
const EDITS = Math.max(20, Number(arg('edits', process.env.BENCH_EDITS ?? 20)));
const NATIVE = process.argv.includes('--native');
const OUT = join(ROOT, arg('out', 'target/bench/latest.json'));
const APP_DIST = join(ROOT, 'dist');
const FLOOR_DIST = join(ROOT, 'tests/bench/floor/dist');
const BUDGETS = JSON.parse(readFileSync(join(ROOT, 'tests/bench/budgets.json'), 'utf8'));
const DEAL_COUNTS = [10, 200, 1000, 5000];
const NATIVE_COUNTS = [100, 1000, 10000];
const LINK_COUNTS = [10, 50, 200];

const log = (line) => process.stderr.write(`${line}\n`);

// ---- first-load transfer -------------------------------------------------

/**
 * The wasm files each split module brings (its own and the shared chunks it
 * needs), read from the split loader (scripts/split-wasm.mjs) of `dir`.
 */
function splitFiles(dir) {
  const loaderName = readdirSync(dir).find((n) => /^wasm-split-[0-9a-f]{16}\.js$/.test(n));
  if (!loaderName) return {};
  const loader = readFileSync(join(dir, loaderName), 'utf8');
  const file = (body) => body.match(/new URL\("\.\/([^"]+\.wasm)"/)?.[1];
  const chunks = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(([\s\S]*?)\n, \[\]\);/g)].map(([, v, body]) => [v, file(body)]));
  const out = {};
  for (const [, name, body, deps] of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n, \[([^\]]*)\]\)\);/g)) {
    out[name] = [file(body), ...deps.split(',').map((d) => chunks[d.trim()]).filter(Boolean)];
  }
  return out;
}

/** What a first visit downloads before the first result, by kind; other files are listed but not counted. */
function kindOf(name, split) {
  if (name === 'index.html') return 'html';
  if (name === 'sw.js') return 'worker';
  if (name === 'manifest.webmanifest') return 'manifest';
  // The parts of the page fetched once the first result is on screen
  // (scripts/split-wasm.mjs): reported on their own line, not first load.
  if (split.later?.includes(name)) return 'second';
  // Fetched only when a workbook is opened, or on a visit that opens a link.
  if (split.workbook?.includes(name)) return 'workbook';
  if (split.link?.includes(name)) return 'link';
  if (name.endsWith('.wasm')) return 'wasm';
  // wasm-bindgen snippets (snippets/…/*.js) are imported by the main module.
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.css')) return 'css';
  return 'other';
}
const KINDS = ['html', 'js', 'wasm', 'css', 'worker', 'manifest'];

function sizes(dir) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no build; run scripts/bench.sh without --no-build`);
  const { rows } = measure(dir);
  const split = splitFiles(dir);
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0, files: [] });
  const byKind = Object.fromEntries([...KINDS, 'second', 'workbook', 'link', 'other'].map((k) => [k, zero()]));
  for (const r of rows) {
    const k = byKind[kindOf(r.name, split)];
    k.raw += r.raw; k.gzip += r.gzip; k.brotli += r.brotli; k.files.push(r.name);
  }
  const first = zero();
  for (const k of KINDS) {
    first.raw += byKind[k].raw; first.gzip += byKind[k].gzip; first.brotli += byKind[k].brotli;
    first.files.push(...byKind[k].files);
  }
  return { kinds: byKind, first_load: first };
}

// ---- share links ---------------------------------------------------------

function links() {
  const bin = join(ROOT, 'target/release/examples/link');
  const dir = join(ROOT, 'target/bench');
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const count of LINK_COUNTS) {
    const file = join(dir, `scenario-${count}-deals.json`);
    writeFileSync(file, JSON.stringify(scenarioWithDeals(count)));
    // The app's own encoder when it is built; the test encoder otherwise.
    const fragment = existsSync(bin)
      ? execFileSync(bin, [file], { encoding: 'utf8' }).trim()
      : linkFragment(scenarioWithDeals(count));
    out[count] = { fragment: fragment.length, link: BUDGETS.link_base.length + 1 + fragment.length, encoder: existsSync(bin) ? 'app' : 'tests' };
  }
  return out;
}

// ---- native model cost (criterion's estimates) ----------------------------

function native() {
  const base = join(ROOT, 'target/criterion/model');
  const read = (bench, count) => {
    const file = join(base, bench, String(count), 'new/estimates.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).median.point_estimate / 1e6 : null;
  };
  return Object.fromEntries(NATIVE_COUNTS.map((n) => [n, {
    evaluate: read('evaluate', n),
    curve: read('curve', n),
    monte_carlo: read('monte_carlo_both_plans', n),
  }]));
}

// ---- budgets -------------------------------------------------------------

const at = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

function check(results) {
  return BUDGETS.budgets.map((b) => {
    const measured = at(results, b.measured);
    const base = b.of ? at(results, b.of) : null;
    const limit = b.max ?? (Number.isFinite(base) ? b.max_times * base : null);
    const ok = Number.isFinite(measured) && Number.isFinite(limit) && measured <= limit;
    return { id: b.id, label: b.label, meaning: b.meaning, unit: b.unit, measured: measured ?? null, limit, ok,
      rule: b.max != null ? null : `${b.max_times}× ${b.of_label ?? b.of}` };
  });
}

// ---- the table -----------------------------------------------------------

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
/** "651.7 ms (DOM 375.3)": to the next frame, and to the DOM change. */
const msDom = (paint, dom) => (Number.isFinite(dom) ? `${ms(paint)} (DOM ${dom.toFixed(1)})` : ms(paint));
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const int = (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : 'n/a');

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  // A blank line after it, so that Markdown ends the table there.
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line), ''].join('\n');
}

function report(r, verdicts) {
  const out = [];
  const { app, floor } = r.size;
  out.push(`# Skippertak bench — ${r.meta.date}`);
  out.push(`${r.meta.commit} · ${r.meta.chromium} · ${r.meta.cpus} CPUs · ${r.meta.runs} visits each, ${r.meta.edits} edits per deal count`);
  if (r.meta.retries?.length) {
    out.push(`Measurements repeated after a failure: ${r.meta.retries.map((x) => `${x.what} ("${x.reason}")`).join('; ')}.`);
  }
  out.push('');
  out.push('## First-load transfer');
  const kindRow = (k, label) => {
    const a = app.kinds[k];
    const f = floor.kinds[k];
    const fl = (v) => (f.files.length ? int(v) : '—');
    // The app's styles are inside index.html (scripts/post-build.mjs).
    const absent = k === 'css' ? 'in index.html' : 'not in build';
    return [label, a.files.length ? int(a.raw) : absent, a.files.length ? int(a.gzip) : '—', a.files.length ? int(a.brotli) : '—',
      fl(f.raw), fl(f.gzip), fl(f.brotli)];
  };
  const rows = [
    kindRow('html', 'index.html'), kindRow('js', 'js'), kindRow('wasm', 'wasm'), kindRow('css', 'css'),
    kindRow('worker', 'sw.js (worker)'), kindRow('manifest', 'manifest.webmanifest'),
    ['**first load**', int(app.first_load.raw), int(app.first_load.gzip), int(app.first_load.brotli),
      int(floor.first_load.raw), int(floor.first_load.gzip), int(floor.first_load.brotli)],
    ['app ÷ floor', ratio(app.first_load.raw, floor.first_load.raw), ratio(app.first_load.gzip, floor.first_load.gzip),
      ratio(app.first_load.brotli, floor.first_load.brotli), '', '', ''],
  ];
  if (app.kinds.second.files.length) {
    const visit = (k) => int(app.first_load[k] + app.kinds.second[k]);
    rows.push(kindRow('second', 'second wasm module, after the first result'));
    rows.push(['whole first visit', visit('raw'), visit('gzip'), visit('brotli'), '', '', '']);
  }
  if (app.kinds.workbook?.files.length) rows.push(kindRow('workbook', 'workbook reader, when a workbook is opened'));
  if (app.kinds.link?.files.length) rows.push(kindRow('link', 'link reader, with a visit that opens a link'));
  out.push(table(rows, ['first-load bytes', 'app raw', 'app gzip', 'app brotli', 'floor raw', 'floor gzip', 'floor brotli']));
  const notes = ['Brotli quality 11, gzip -9.'];
  const missing = ['worker', 'manifest'].filter((k) => !app.kinds[k].files.length).map((k) => (k === 'worker' ? 'sw.js' : 'manifest.webmanifest'));
  if (missing.length) notes.push(`The app build has no ${missing.join(' or ')} yet (counted when present).`);
  notes.push('The floor has no css, service worker or manifest (—), by design.');
  if (app.kinds.other.files.length) notes.push(`Not first-load files, not counted: ${app.kinds.other.files.join(', ')}.`);
  out.push(notes.join(' '));
  out.push('');

  const b = r.browser;
  out.push('## Headless Chromium (app and floor alternating)');
  out.push(table([
    ['navigation → first result', msDom(b.app.navigation, b.app.navigation_dom), msDom(b.floor.navigation, b.floor.navigation_dom),
      ratio(b.app.navigation, b.floor.navigation), `${b.app.visits} + ${b.floor.visits} cold visits`],
    ['edit → updated text', msDom(b.app.edit, b.app.edit_dom), msDom(b.floor.edit, b.floor.edit_dom),
      ratio(b.app.edit, b.floor.edit), `${b.app.edits} + ${b.floor.edits} edits`],
  ], ['median', 'app', 'floor', 'app ÷ floor', 'samples']));
  if (Number.isFinite(b.app.navigation_p25) && Number.isFinite(b.floor.navigation_p25)) {
    const spread = (x) => `${x.navigation_p25.toFixed(0)}–${x.navigation_p75.toFixed(0)} ms`;
    out.push(`Navigation, middle half of the visits: app ${spread(b.app)}, floor ${spread(b.floor)}.`);
  }
  out.push('A fresh browser context per visit: cold HTTP cache, no service worker yet. Navigation: to the paint of the result (Element Timing); edits: to the next frame. In brackets: to the DOM change.');
  out.push('App: the demo scenario, edits of "closed so far" → the recommended result. Floor: its one input → its text.');
  out.push('');
  out.push('## Edit → result in the app by deal count (median, to the next frame; DOM change in brackets)');
  out.push(table(DEAL_COUNTS.map((n) => {
    const d = b.deals[n];
    return [int(n), msDom(d.deterministic, d.deterministic_dom), msDom(d.floor_edit, d.floor_edit_dom), ratio(d.deterministic, d.floor_edit),
      msDom(d.monte_carlo, d.monte_carlo_dom), `${d.edits} + ${d.floor_edits ?? 0}${d.edits_without_update ? ` (${d.edits_without_update} timed out)` : ''}`];
  }), ['deals', 'deterministic result', "floor's edit", '÷ floor edit', 'Monte Carlo odds', 'edits']));
  out.push("The floor is open beside the app and gets one timed edit after each of the app's, so both are timed under the same load.");
  out.push(`5,000 ÷ 200 deals (deterministic): ${ratio(b.deals[5000].deterministic, b.deals[200].deterministic)} for 25× the deals.`);
  out.push('');

  out.push('## Native model cost (criterion, median per call)');
  if (r.native) {
    const nms = (x) => (Number.isFinite(x) ? (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`) : 'n/a');
    out.push(table(NATIVE_COUNTS.map((n) => [int(n), nms(r.native[n].evaluate), nms(r.native[n].curve), nms(r.native[n].monte_carlo)]),
      ['deals', 'evaluate', 'trade-off curve', 'Monte Carlo (both plans)']));
    const g = (k) => ratio(r.native[10000][k], r.native[100][k]);
    out.push(`10,000 ÷ 100 deals (100× the deals): evaluate ${g('evaluate')}, curve ${g('curve')}, Monte Carlo ${g('monte_carlo')}.`);
  } else {
    out.push('skipped (--no-native)');
  }
  out.push('');

  out.push('## Import: a file to the deals on screen (median)');
  if (r.import) {
    const counts = Object.keys(r.import).map(Number);
    out.push(table(counts.map((n) => [int(n), ms(r.import[n].preview), ms(r.import[n].apply), ms(r.import[n].total), r.import[n].runs]),
      ['deals', 'file picked → preview', '"Import" → rows on screen', 'together', 'imports']));
    out.push('A HubSpot-style export of 40 columns (tests/bench/import.mjs), replacing the demo\'s deals; each span from the event to the first frame after the change.');
  } else {
    out.push('not measured');
  }
  out.push('');

  out.push('## Share-link length');
  out.push(table(LINK_COUNTS.map((n) => [int(n), int(r.links[n].fragment), int(r.links[n].link)]), ['deals', 'fragment', 'link']));
  out.push(`Link = "${BUDGETS.link_base}#" + fragment; fragments from the app's encoder (\`cargo run --example link\`).`);
  out.push('');

  out.push('## Budgets (tests/bench/budgets.json)');
  const fmt = (v, unit) => (!Number.isFinite(v) ? 'not measured' : unit === 'ms' ? ms(v) : unit === 'bytes' ? kb(v) : `${int(Math.round(v))} ${unit}`);
  out.push(table(verdicts.map((v) => [v.label, fmt(v.measured, v.unit), `≤ ${v.rule ? `${v.rule} = ` : ''}${fmt(v.limit, v.unit)}`,
    v.ok ? 'ok' : '**BROKEN**']), ['budget', 'measured', 'limit', '']));
  return out.join('\n');
}

// ---- main ----------------------------------------------------------------

async function measureAll() {
  const results = {
    meta: {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      commit: (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })(),
      cpus: cpus().length,
      runs: RUNS,
      edits: EDITS,
      method: 'see tests/bench/browser.mjs',
    },
  };
  results.size = { app: sizes(APP_DIST), floor: sizes(FLOOR_DIST) };
  results.links = links();
  results.native = NATIVE ? native() : null;

  const appServer = await serveStatic({ dir: APP_DIST });
  const floorServer = await serveStatic({ dir: FLOOR_DIST });
  const session = await browserSession(launchBrowser, log);
  try {
    results.meta.chromium = `Chromium ${session.version()}`;
    log(`[bench] navigation and edits: app and floor, ${RUNS} cold visits each`);
    const cmp = await compareWithFloor(session, appServer.url, floorServer.url, { runs: RUNS, log });
    results.browser = { app: cmp.app, floor: cmp.floor, deals: {} };
    results.samples = { visits: cmp.samples, deals: {} };
    for (const count of DEAL_COUNTS) {
      log(`[bench] edit → result at ${count} deals, ${EDITS} edits`);
      const { samples, floor_samples: floorSamples, ...summary } = await session.run(`${count} deals`,
        (browser) => editsAtDeals(browser, appServer.url, linkFragment(scenarioWithDeals(count)), EDITS, floorServer.url));
      results.browser.deals[count] = summary;
      results.samples.deals[count] = { app: samples, floor: floorSamples };
    }
    log('[bench] import of 200 and 2,000 deals');
    results.import = await session.run('import', (browser) => importTimes(browser, appServer.url, { log }));
    results.meta.retries = session.retries;
  } finally {
    await session.close();
    await appServer.close();
    await floorServer.close();
  }

  return results;
}

async function main() {
  const from = arg('from', null);
  const results = from ? JSON.parse(readFileSync(from, 'utf8')) : await measureAll();
  const verdicts = check(results);
  results.budgets = verdicts;
  if (!from) {
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  }
  console.log(report(results, verdicts));
  console.log(`\nFigures: ${from ?? OUT.replace(`${ROOT}/`, '')}`);
  const broken = verdicts.filter((v) => !v.ok);
  if (broken.length) {
    console.log(`\n${broken.length} budget${broken.length > 1 ? 's' : ''} broken:`);
    const fmt = (x, unit) => (!Number.isFinite(x) ? 'not measured' : `${unit === 'bytes' ? int(x) : x.toFixed(1)} ${unit}`);
    for (const v of broken) console.log(`  - ${v.id}: ${v.meaning} (measured ${fmt(v.measured, v.unit)}, limit ${fmt(v.limit, v.unit)})`);
    return 1;
  }
  console.log('\nEvery budget holds.');
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`[bench] failed: ${err.stack ?? err}`);
  process.exit(2);
});
