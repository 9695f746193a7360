#!/usr/bin/env node
// npm run bench: measures the widgets in headless Chromium (system Chromium,
// CHROME_PATH overrides it) and writes bench/results.json and bench/results.md.
// Each figure is the median of RUNS runs after a warm-up, with min and max.
// `--check` exits non-zero when a budget is missed (see BUDGETS).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';

const RUNS = 7;
const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

const results = [];
function record(group, metric, unit, values, target, enforced) {
  results.push({ group, metric, unit, ...stats(values), target, enforced });
}

// Bundle sizes.
for (const file of ['dist/practicas.js', 'dist/practicas.iife.js']) {
  const bytes = readFileSync(new URL(file, root));
  const kb = (n) => n / 1024;
  const target = file === 'dist/practicas.js' ? { max: 45, note: 'gzip, data and geometry included' } : undefined;
  record('bundle', `${file} raw`, 'KB', [kb(bytes.length)]);
  record('bundle', `${file} gzip`, 'KB', [kb(gzipSync(bytes, { level: 9 }).length)], target, true);
  record('bundle', `${file} brotli`, 'KB', [kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)]);
}

// What the bundle is made of: minified bytes per part (esbuild's metafile of the
// same entry), with each part's share; gzip per part is shown for the parts that
// stand alone (data, geometry), since gzip sizes of interleaved code do not add up.
{
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [new URL('src/practicas.ts', root).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const parts = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const part = /zod/.test(file)
      ? 'zod/mini'
      : /node_modules\/(lit|lit-html|lit-element|@lit)/.test(file)
        ? 'Lit (+ @lit/task)'
        : /practicas\.json/.test(file)
          ? 'data (31 practices)'
          : /peru-departamentos/.test(file)
            ? 'map geometry'
            : /mensajes/.test(file)
              ? 'interface strings (es, en)'
              : 'own code (elements, styles, logic)';
    parts[part] = (parts[part] ?? 0) + bytesInOutput;
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  for (const [part, bytes] of Object.entries(parts).sort((a, b) => b[1] - a[1])) {
    record('bundle composition (minified)', `${part}: ${((bytes / total) * 100).toFixed(0)} %`, 'KB', [bytes / 1024]);
  }
  const alone = (file) => gzipSync(JSON.stringify(JSON.parse(readFileSync(new URL(file, root), 'utf8'))), { level: 9 }).length / 1024;
  record('bundle composition (minified)', 'data alone, gzip', 'KB', [alone('data/practicas.json')]);
  record('bundle composition (minified)', 'map geometry alone, gzip', 'KB', [alone('data/peru-departamentos.json')]);
}

const { server, url } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

try {
  // <practicas-mapa>: first paint after the module has loaded, and recolour after a filter change.
  const firstPaint = [];
  const firstRender = [];
  const recolour = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 1000 });
    await page.goto(`${url}/bench/mapa.html`, { waitUntil: 'load' });
    const m = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      while (!window.bench) await frame();
      const { mod, el } = window.bench;
      await el.updateComplete;
      await frame();
      await frame();
      const loaded = performance.getEntriesByName('module-loaded')[0].startTime;
      // Paint entries arrive asynchronously: wait for the buffered one.
      const fcp = await new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(undefined), 3000);
      });
      // Main-thread cost of a first render: create, render, style and layout.
      const t0 = performance.now();
      const other = document.createElement('practicas-mapa');
      other.grupo = 'bench-2';
      document.body.append(other);
      await other.updateComplete;
      other.shadowRoot.querySelector('svg').getBoundingClientRect();
      const render = performance.now() - t0;
      other.remove();
      // Recolour: change a filter, then render, style and layout, 30 times.
      const store = mod.storeDeGrupo('bench');
      const paths = [...el.shadowRoot.querySelectorAll('path[data-ubigeo]')];
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        store.actualizar({ tipo: i % 2 ? 'en-proceso' : 'buena-practica', q: i % 3 ? '' : 'gobierno' });
        await el.updateComplete;
        for (const p of paths) void getComputedStyle(p).fill;
        el.getBoundingClientRect();
        times.push(performance.now() - t);
        await frame();
      }
      times.sort((a, b) => a - b);
      return { paint: fcp === undefined ? null : fcp - loaded, render, recolour: times[Math.floor(times.length / 2)] };
    });
    await page.close();
    if (run === 0) continue; // warm-up
    if (m.paint !== null) firstPaint.push(m.paint);
    firstRender.push(m.render);
    recolour.push(m.recolour);
  }
  record('practicas-mapa', 'first contentful paint after the module loaded', 'ms', firstPaint, { max: 50 });
  record('practicas-mapa', 'first render (create, render, style, layout)', 'ms', firstRender);
  record('practicas-mapa', 'recolour after a filter change (render, style, layout)', 'ms', recolour, { max: 8 });

  // <anexo-tabla> with the real catalogue and synthetic ones of 1,000 and 10,000
  // practices (seeded): first painted rows once the data is in hand, and the time
  // from a filter change or a search keystroke to the next painted frame.
  for (const n of [31, 1000, 10000]) {
    const first = [];
    const filtro = [];
    const busqueda = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 1000 });
      await page.goto(`${url}/bench/tabla.html`, { waitUntil: 'load' });
      const m = await page.evaluate(async (n) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        while (!window.bench) await frame();
        const { mod, catalogoSintetico } = window.bench;
        const base = mod.bundledDataset();
        const datos = n === base.practicas.length ? base : mod.parseDataset(catalogoSintetico(base, n, 1));
        await frame();
        const t0 = performance.now();
        const el = document.createElement('anexo-tabla');
        el.grupo = 'bench';
        el.datos = datos;
        document.body.append(el);
        await el.updateComplete;
        await frame();
        const firstRows = performance.now() - t0;
        // Let the idle-time search index be built, as it is before a reader's first keystroke.
        await new Promise((r) => setTimeout(r, 400));
        const store = mod.storeDeGrupo('bench');
        const timed = async (change) => {
          const t = performance.now();
          store.actualizar(change);
          await el.updateComplete;
          await frame();
          return performance.now() - t;
        };
        const filters = [];
        for (const region of ['08', '22', '03', '11', '']) filters.push(await timed({ region }));
        const searches = [];
        for (const q of ['a', 'ag', 'agu', 'agua', 'agua ', 'agua r', 'agua ri', 'agua rie', '']) searches.push(await timed({ q }));
        const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        return { firstRows, filter: med(filters), search: med(searches), rows: el.shadowRoot.querySelectorAll('tr[data-practica-id]').length };
      }, n);
      await page.close();
      if (run === 0) continue;
      first.push(m.firstRows);
      filtro.push(m.filter);
      busqueda.push(m.search);
    }
    const big = n === 10000;
    record(`anexo-tabla (${n})`, 'first painted rows, data in hand', 'ms', first, big ? { max: 150 } : undefined);
    record(`anexo-tabla (${n})`, 'filter change to painted frame', 'ms', filtro, big ? { max: 50 } : undefined);
    record(`anexo-tabla (${n})`, 'search keystroke to painted frame', 'ms', busqueda, big ? { max: 50 } : undefined);
  }
} finally {
  await browser.close();
  server.close();
}

// Report.
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2));
const rows = results.map((r) => {
  const ok = r.target ? r.median <= r.target.max : undefined;
  return { ...r, ok };
});
const header = '| group | metric | median | min | max | target | |\n| --- | --- | --- | --- | --- | --- | --- |';
const lines = rows.map(
  (r) =>
    `| ${r.group} | ${r.metric} | ${fmt(r.median)} ${r.unit} | ${fmt(r.min)} | ${fmt(r.max)} | ${r.target ? `≤ ${r.target.max} ${r.unit}` : ''} | ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'} |`,
);
const machine = `Node ${process.version}, ${(await import('node:os')).cpus().length} cores; median of ${RUNS} runs after a warm-up (sizes: one measure).`;
const markdown = `# Benchmark results\n\nWritten by \`npm run bench\` (scripts/bench.mjs). ${machine}\n\n${header}\n${lines.join('\n')}\n\nTimes are main-thread times in headless Chromium on a shared 2-core machine: absolute times are reported beside their targets; \`--check\` enforces only what is stable (the byte budget).\n`;
writeFileSync(new URL('bench/results.md', root), markdown);
writeFileSync(new URL('bench/results.json', root), `${JSON.stringify({ machine, results: rows }, null, 2)}\n`);
console.log(`${header}\n${lines.join('\n')}`);

const missed = rows.filter((r) => r.enforced && r.ok === false);
if (check && missed.length) {
  console.error(`\nBudget missed: ${missed.map((r) => `${r.metric} ${fmt(r.median)} ${r.unit} > ${r.target.max} ${r.unit}`).join('; ')}`);
  process.exit(1);
}
