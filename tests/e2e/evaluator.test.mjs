// The native evaluator as a command: JSON out for a valid file; field errors
// on stderr and exit code 2 for an invalid one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { ROOT } from './support.mjs';

// Cargo's output directory, wherever CARGO_TARGET_DIR puts it.
const TARGET = process.env.CARGO_TARGET_DIR ? resolve(ROOT, process.env.CARGO_TARGET_DIR) : join(ROOT, 'target');
const EVALUATE = join(TARGET, 'release', 'examples', 'evaluate');

test('a valid scenario prints one JSON report', () => {
  const run = spawnSync(EVALUATE, ['tests/fixtures/model/public/worked-example.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(report.verdict, 'take_the_loss');
  assert.deepEqual(report.remaining, { calendar_days: 35, working_days: 25, hours: 400 });
  assert.equal(report.deals.length, 12);
});

test('an invalid scenario lists each field error on stderr and exits 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skippertak-'));
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({
    format: 'skippertak.scenario', version: 1,
    period: { start: '2026-10-01', end: '2026-12-31' },
    target: -1, team: { sellers: 'three' },
    deals: [{ name: 'A', value: 10, stage: 'nowhere' }],
  }));
  const run = spawnSync(EVALUATE, [file], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^target: Must be greater than zero\. \[positive\]$/m);
  assert.match(run.stderr, /^team\.sellers: Must be a number\. \[not_number\]$/m);
  assert.match(run.stderr, /^deals\[0\]\.stage: Unknown sales stage\. \[unknown_stage\]$/m);
});

test('a newer version is refused with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skippertak-'));
  const file = join(dir, 'newer.json');
  writeFileSync(file, JSON.stringify({ format: 'skippertak.scenario', version: 2 }));
  const run = spawnSync(EVALUATE, [file], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /newer version \(v2\)/);
});
