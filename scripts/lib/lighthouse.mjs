// Lighthouse 12 on Debian's Chromium (CHROME_PATH overrides it), through its node API:
// chrome-launcher starts the browser with the flags of navegador.mjs, and Lighthouse
// drives it over its debugging port. Used by the benchmark and by hand:
//   node scripts/lib/lighthouse.mjs [URL] [--desktop] [--runs N]
// (without a URL it serves the demo page itself on a free port).
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './navegador.mjs';

/** Audits whose figures are returned; the categories they belong to are the ones run. */
const CATEGORIES = ['performance', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The figures of one Lighthouse result (LH.Result). */
function figures(lhr) {
  const audit = (id) => lhr.audits[id];
  const value = (id) => audit(id)?.numericValue;
  const blocking = audit('render-blocking-resources');
  const consoleErrors = audit('errors-in-console')?.details?.items ?? [];
  return {
    score: lhr.categories.performance?.score ?? NaN,
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    si: value('speed-index'),
    maxFid: value('max-potential-fid'),
    // What the blocking resources held back (ms): the sum of the audit's per-resource
    // estimate (its numericValue, the simulated FCP saving, can be 0 while it still lists some).
    renderBlocking: (blocking?.details?.items ?? []).reduce((sum, item) => sum + (item.wastedMs ?? 0), 0),
    renderBlockingUrls: (blocking?.details?.items ?? []).map((item) => item.url),
    consoleErrors: consoleErrors.map((item) => `${item.sourceLocation?.url ?? item.source ?? ''}: ${item.description}`),
    metaDescription: audit('meta-description')?.score === 1,
    transferKB: (audit('total-byte-weight')?.numericValue ?? NaN) / 1024,
    // Lighthouse's measure of the host's CPU: its 4× mobile slowdown assumes a high-end desktop
    // (1,500-2,000); on a slower host every simulated task is longer than on the phone it models.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    // The main thread's tasks over 50 ms as Lighthouse counts them (simulated on mobile: about
    // four times the observed length), longest first: where the blocking time comes from.
    longTasks: (audit('long-tasks')?.details?.items ?? []).map((item) => ({
      url: item.url,
      startTime: item.startTime,
      duration: item.duration,
    })),
  };
}

/**
 * Runs Lighthouse on `url` `runs` times (one headless Chromium for all of them; Lighthouse
 * clears the cache and storage before each run) and returns the median of each figure.
 * Each run takes 25-30 s on a quiet 2-core machine, up to 50 s on a busy one; the CPU
 * figures (TBT, max potential FID) are simulated as 4× the observed task times on
 * mobile, so they follow the machine's load: measure when nothing else runs.
 *
 * @param {string} url the page, e.g. the demo served by scripts/serve.mjs's startServer
 * @param {{ preset?: 'mobile' | 'desktop', runs?: number }} [options] mobile is
 *   Lighthouse's default (412×823 at DPR 1.75, simulated slow 4G, 4× CPU slowdown);
 *   desktop its desktop preset (1350×940, fast network, no CPU slowdown)
 * @returns {Promise<{
 *   score: number,            // performance category score, 0-1 (median of the runs)
 *   cls: number,              // cumulative layout shift, unitless
 *   tbt: number,              // total blocking time, ms
 *   fcp: number,              // first contentful paint, ms
 *   lcp: number,              // largest contentful paint, ms
 *   si: number,               // speed index, ms
 *   maxFid: number,           // max potential first input delay, ms (the longest task)
 *   renderBlocking: number,   // «render-blocking resources»: ms the listed resources held back (0: none listed)
 *   renderBlockingUrls: string[], // the resources it names, in the worst run
 *   consoleErrors: string[],  // «errors-in-console» entries, in the worst run
 *   metaDescription: boolean, // the page has a meta description (every run)
 *   transferKB: number,       // total bytes transferred, KiB
 *   benchmarkIndex: number,   // Lighthouse's score of the host CPU (its mobile preset assumes 1,500-2,000)
 *   longTasks: object[],      // the worst run's (most blocking time) long tasks: { url, startTime, duration } in ms
 *   seconds: number,          // wall-clock time the whole call took
 *   runs: object[],           // each run's figures above, plus `lhr`, the full Lighthouse result
 * }>} medians over the runs; the lists and booleans take the worst run
 */
export async function medirLighthouse(url, { preset = 'mobile', runs = 1 } = {}) {
  const started = Date.now();
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      results.push({ ...figures(lhr), lhr });
    }
  } finally {
    await chrome.kill();
  }
  const pick = (key) => median(results.map((r) => r[key]));
  const worst = (key) => results.reduce((a, r) => (r[key].length > a.length ? r[key] : a), []);
  return {
    score: pick('score'),
    cls: pick('cls'),
    tbt: pick('tbt'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    si: pick('si'),
    maxFid: pick('maxFid'),
    renderBlocking: pick('renderBlocking'),
    renderBlockingUrls: worst('renderBlockingUrls'),
    consoleErrors: worst('consoleErrors'),
    metaDescription: results.every((r) => r.metaDescription),
    transferKB: pick('transferKB'),
    benchmarkIndex: pick('benchmarkIndex'),
    longTasks: results.reduce((a, r) => (r.tbt > a.tbt ? r : a), { tbt: -1, longTasks: [] }).longTasks,
    seconds: (Date.now() - started) / 1000,
    runs: results,
  };
}

// Run directly: prints the medians (and, with --json FILE, writes the last full result there).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
  const preset = args.includes('--desktop') ? 'desktop' : 'mobile';
  let target = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
  let server;
  if (!target) {
    const { startServer } = await import('../serve.mjs');
    ({ server, url: target } = await startServer({ port: Number(process.env.PORT ?? 0) }));
    target += '/';
  }
  try {
    const { runs: all, ...medians } = await medirLighthouse(target, { preset, runs });
    console.log(JSON.stringify({ url: target, preset, ...medians, scores: all.map((r) => r.score) }, null, 2));
  } finally {
    server?.close();
  }
}
