// Node-level checks of "skipped is skipped": a data check that cannot run on
// a fresh clone (no ../shared) is recorded, and the final summary of the
// browser run counts and names it. Run with `node --test test/node/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const missing = join(tmpdir(), 'practicas-no-shared', 'nothing-here.txt');

/** Runs a node script from the repository root with a fresh skip record; returns the result and the record. */
function run(args, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'practicas-skipped-'));
  const file = join(dir, 'skipped.json');
  try {
    const base = { ...process.env, PRACTICAS_SKIPPED_FILE: file };
    delete base.CI;
    const result = spawnSync(process.execPath, args, { cwd: root, env: { ...base, ...env }, encoding: 'utf8' });
    const record = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    return { ...result, record, file };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('check-fidelity without the source text: exits 0, says skipped, records the skip', () => {
  const r = run(['scripts/check-fidelity.mjs'], { PRACTICAS_SEED: missing });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped/);
  assert.deepEqual(Object.keys(r.record ?? {}), ['check-fidelity']);
  assert.match(r.record['check-fidelity'], /nothing-here\.txt/);
});

test('check-fidelity without the source text under CI=true: fails, as before', () => {
  const r = run(['scripts/check-fidelity.mjs'], { PRACTICAS_SEED: missing, CI: 'true' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /CI must have it/);
});

test('build-geo --check without the geometry source: exits 0, says skipped, records the skip', () => {
  const r = run(['scripts/build-geo.mjs', '--check'], { GEO_SRC: missing });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped/);
  assert.deepEqual(Object.keys(r.record ?? {}), ['build-geo --check']);
});

test(
  'a check that runs forgets an earlier skip of itself, and keeps the others',
  { skip: !existsSync(join(root, '../shared/seeds')) && 'needs ../shared' },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'practicas-skipped-'));
    const file = join(dir, 'skipped.json');
    try {
      writeFileSync(file, JSON.stringify({ 'check-fidelity': 'earlier run', other: 'kept' }));
      const env = { ...process.env, PRACTICAS_SKIPPED_FILE: file };
      delete env.PRACTICAS_SEED;
      const r = spawnSync(process.execPath, ['scripts/check-fidelity.mjs'], { cwd: root, env, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { other: 'kept' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('`skipped.mjs --clear` empties the record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'practicas-skipped-'));
  const file = join(dir, 'skipped.json');
  try {
    writeFileSync(file, JSON.stringify({ 'check-fidelity': 'x' }));
    const r = spawnSync(process.execPath, ['scripts/lib/skipped.mjs', '--clear'], {
      cwd: root,
      env: { ...process.env, PRACTICAS_SKIPPED_FILE: file },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(existsSync(file), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The summary reporter's output for one file run in two browsers (a pass and a skip in each), given a skip record. */
function summaryWith(record) {
  const dir = mkdtempSync(join(tmpdir(), 'practicas-skipped-'));
  const file = join(dir, 'skipped.json');
  try {
    if (record) writeFileSync(file, JSON.stringify(record));
    const script = `
      const { summaryReporter } = await import(${JSON.stringify(new URL('../support/summary-reporter.mjs', import.meta.url).href)});
      const reporter = summaryReporter();
      reporter.start();
      const testResults = { tests: [{ passed: true }, { passed: true, skipped: true }], suites: [] };
      reporter.onTestRunFinished({ sessions: ['Chrome', 'Firefox'].map((name) => ({ browser: { name }, passed: true, testResults })) });`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env: { ...process.env, PRACTICAS_SKIPPED_FILE: file },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trimEnd().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the final summary counts and names the skipped data checks', () => {
  const lines = summaryWith({
    'check-fidelity': 'source text not found at /x',
    'build-geo --check': 'geometry source not found at /y',
  });
  assert.equal(lines.at(-1), '2 passed, 0 failed, 4 skipped');
  assert.equal(
    lines.at(-2),
    'skipped data checks: check-fidelity (source text not found at /x); build-geo --check (geometry source not found at /y)',
  );
});

test('with nothing skipped, the summary is unchanged', () => {
  const lines = summaryWith(null);
  assert.equal(lines.at(-1), '2 passed, 0 failed, 2 skipped');
  assert.doesNotMatch(lines.join('\n'), /skipped data checks/);
});

test('each browser has its own line before the total', () => {
  const lines = summaryWith(null);
  assert.deepEqual(lines.slice(-3, -1), ['Chrome: 1 passed, 0 failed, 1 skipped', 'Firefox: 1 passed, 0 failed, 1 skipped']);
});
