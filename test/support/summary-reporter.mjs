// Prints exactly "N passed, N failed, N skipped" as the last line of a run,
// so that any tool can read the result. The skipped count includes the data
// checks that `npm test` ran before the browser tests but that could not run
// (scripts/lib/skipped.mjs records them, e.g. on a clone without ../shared);
// they are named on the line before, so a skip never reads as a pass.
import { readSkipped } from '../../scripts/lib/skipped.mjs';

function count(results, totals) {
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function summaryReporter() {
  let totals;
  /** Per browser (Chrome is Debian's Chromium, Firefox): the same counts, so a failure says which engine. */
  let browsers;
  let skippedChecks = {};
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      browsers = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!browsers.has(name)) browsers.set(name, { passed: 0, failed: 0, skipped: 0 });
        const own = browsers.get(name);
        if (session.testResults) {
          count(session.testResults, totals);
          count(session.testResults, own);
        }
        // A file that failed to load, or threw outside any test, counts as a failure.
        if (!session.passed) {
          totals.failed += session.errors?.length ?? 0;
          own.failed += session.errors?.length ?? 0;
        }
      }
      skippedChecks = readSkipped();
      totals.skipped += Object.keys(skippedChecks).length;
    },
    // The default reporter flushes its last output while the runner stops, so
    // the summary is written when the process exits: it is always the last line.
    start() {
      process.on('exit', () => {
        if (!totals) return;
        const checks = Object.entries(skippedChecks).map(([check, reason]) => `${check} (${reason})`);
        const named = checks.length ? `\nskipped data checks: ${checks.join('; ')}` : '';
        const perBrowser = [...browsers].map(
          ([name, t]) => `\n${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
        );
        process.stdout.write(
          `${perBrowser.join('')}${named}\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
        );
      });
    },
  };
}
