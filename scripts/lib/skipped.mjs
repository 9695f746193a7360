// The data checks that could not run (a clone without ../shared), recorded in
// a git-ignored file so that the final summary of `npm test` counts them as
// skipped, not as passed. `npm test` clears the file first (`pretest`); each
// check records itself when it skips and forgets itself when it runs.
//
//   node scripts/lib/skipped.mjs --clear    empties the record
//
// PRACTICAS_SKIPPED_FILE overrides the file (the tests use a temporary one).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the skipped checks are recorded. */
export const skippedFile = () => resolve(root, process.env.PRACTICAS_SKIPPED_FILE ?? '.tmp/skipped.json');

/** `{ check: reason }` for every check recorded as skipped; empty when there is no record. */
export function readSkipped(file = skippedFile()) {
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function write(entries) {
  const file = skippedFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
}

/** Records that `check` did not run, and why. */
export function recordSkipped(check, reason) {
  write({ ...readSkipped(), [check]: reason });
}

/** Forgets a skip of `check` recorded by an earlier run: it ran this time. */
export function clearSkipped(check) {
  const entries = readSkipped();
  if (!(check in entries)) return;
  delete entries[check];
  write(entries);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--clear')) {
  rmSync(skippedFile(), { force: true });
}
