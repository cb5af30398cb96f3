// The bench command's budget check (tests/bench/bench.mjs --from): every
// budget in tests/bench/budgets.json holds at its limit, and breaking any one
// of them, or leaving it unmeasured, makes the command exit 1 and name it.
// The figures are a real run's (tests/fixtures/bench/results.json), without
// the per-visit samples.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from './support.mjs';

const BENCH = join(ROOT, 'tests/bench/bench.mjs');
const { budgets } = JSON.parse(readFileSync(join(ROOT, 'tests/bench/budgets.json'), 'utf8'));
const measured = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/bench/results.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'skippertak-budgets-'));

const at = (obj, path) => path.split('.').reduce((o, k) => o?.[k], obj);
function setAt(obj, path, value) {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k], obj);
  parent[keys.at(-1)] = value;
}
const limitOf = (results, budget) => budget.max ?? budget.max_times * at(results, budget.of);

/** Runs the bench's check on `results`; returns its exit status and output. */
function check(results, name) {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(results));
  const run = spawnSync(process.execPath, [BENCH, '--from', file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

test('a run within every budget passes, also with each figure exactly at its limit', () => {
  const real = check(measured, 'real');
  assert.equal(real.status, 0, real.out);
  // The one table the issue asks for, section by section.
  for (const part of [/## First-load transfer/, /\| \*\*first load\*\* +\| +[\d,]+ \| +[\d,]+ \| +[\d,]+ \| +[\d,]+ \|/,
    /\| navigation → first result \| +[\d.]+ ms .*\| +[\d.]+× \|/, /\| edit → updated text +\| +[\d.]+ ms .*\| +[\d.]+× \|/,
    /\| 10 +\| +[\d.]+ ms/, /\| 200 +\| +[\d.]+ ms/, /\| 1,000 \| +[\d.]+ ms/, /\| 5,000 \| +[\d.]+ ms .*\| +[\d.]+ ms/,
    /\| 10,000 \| +[\d.]+ µs/, /## Share-link length/, /\| 50 +\| +[\d,]+ \| +[\d,]+ \|/]) {
    assert.match(real.out, part);
  }
  const atLimits = structuredClone(measured);
  for (const budget of budgets) setAt(atLimits, budget.measured, limitOf(measured, budget));
  const { status, out } = check(atLimits, 'at-limits');
  assert.equal(status, 0, out);
  assert.match(out, /Every budget holds\./);
});

for (const budget of budgets) {
  test(`budget "${budget.id}": a figure over its limit, or none, fails the bench`, () => {
    const over = structuredClone(measured);
    setAt(over, budget.measured, limitOf(measured, budget) * 1.01 + 1);
    let { status, out } = check(over, `${budget.id}-over`);
    assert.equal(status, 1, out);
    assert.match(out, new RegExp(`1 budget broken:\\n  - ${budget.id}: `));

    const missing = structuredClone(measured);
    setAt(missing, budget.measured, null);
    ({ status, out } = check(missing, `${budget.id}-missing`));
    assert.equal(status, 1, out);
    assert.match(out, new RegExp(`  - ${budget.id}: .*\\(measured not measured, `));
  });
}
