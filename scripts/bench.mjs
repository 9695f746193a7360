#!/usr/bin/env node
// npm run bench: measures the CDN files, vanilla Vite apps built on the npm build,
// and the widgets in headless Chromium (system Chromium; CHROME_PATH overrides it),
// beside the peers a webmaster would embed instead (Grid.js and Tabulator for the
// table, Leaflet for the map), and writes bench/results.json and bench/results.md.
//
// Each timed figure is the median of RUNS runs after a warm-up, with min and max (the
// peers, and our widgets without peers, take three); every run is a fresh page, and ours
// and the peers take turns within each run, so that a slow moment of a shared machine
// falls on all of them. Peer figures carry their ratio to ours (2× = the peer took twice
// as long as we did). Each widget's page runs creation, 3 s of idleness, a one-shot search,
// the keystrokes and sorts or recolours in turn, with the long tasks of each step.
//
// `--check` exits non-zero when an enforced budget is missed: the byte budgets (the
// CDN file, and a card-only Vite app with what must not be in it), one copy of Lit
// when the npm entries are mixed, CLS on the demo page, no long task of ours over 50 ms
// in any step, the interaction latency of two clicks on the demo page, Lighthouse on the
// demo page, and the ratios to the peers measured in the same run (first rows no slower
// than the fastest table; one search at once at 10,000 within 0.6× Tabulator's, at 31 no
// slower; the map's first paint within half Leaflet's, its recolour no slower). Other
// absolute times are reported beside their targets but not enforced. A budget
// we miss today is listed in KNOWN_MISSES with what holds it back: it is reported as
// missed in every run, and --check fails if it grows beyond its ceiling (see
// "Benchmark" in the README).
import { readFileSync, writeFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/navegador.mjs';
import { startServer } from './serve.mjs';
import { geometriaParaLeaflet } from './lib/bench-geo.mjs';

// At least 7, so that a median is not one lucky or unlucky run; BENCH_RUNS lowers it for a quick look while developing.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Lighthouse takes 15-30 s a run here: three give a median without doubling the benchmark's time.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? Math.min(RUNS, 3));
// BENCH_SIZES=31,1000 limits the sizes while developing (with --only, a partial run writes nothing).
const SIZES = process.env.BENCH_SIZES?.split(',').map(Number) ?? [31, 1000, 10000];
const LIST_LIMIT = 12;
const KEYSTROKES = ['a', 'ag', 'agu', 'agua', ''];
// The one-shot search, set all at once: a word of the titles themselves, so that our full-text
// search and the peers' search of their five columns show the same rows, 6.5 % of the catalogue
// (2 of the 31; 650 of 10,000). «quinua», the word of the first outside measure, is in none of them.
const QUERY = 'intergubernamental';
// The reader doing nothing after the first frame: the window in which deferred work must not freeze the page.
const AFTER_MS = 3000;
const PEER_IDLE_MS = 400;
// Grid.js renders every row (some 11 s a page at 10,000 practices): measured up to 1,000.
const GRIDJS_MAX = 1000;
// `--only bundle` or BENCH_ONLY=table,map (any of bundle, demo, page, lighthouse, table, map, list, linked) limits a run
// to some groups while developing; such a partial run prints its table and leaves bench/results.* alone.
const onlyArg = process.argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
const only = (onlyArg < 0 ? process.env.BENCH_ONLY : process.argv[onlyArg].slice(7) || process.argv[onlyArg + 1])?.split(',');
const want = (group) => !only || only.includes(group);
const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url);
const started = Date.now();
const geoSource =
  process.env.GEO_SRC ?? fileURLToPath(new URL('../../shared/geo/peru_departamental_simple.geojson', import.meta.url));

// Budgets: what a portal's reader and its page can afford (bytes, layout shift, paint and search times).
// The enforced ones fail --check; the others are reported.
const BUDGET = {
  cdnGzipKB: 60, // enforced: cdn/practicas.js, the all-in ES module (every element, data, geometry, Lit); its validator loads beside it, for src only
  cardAppGzipKB: 37, // enforced: the initial JS of a vanilla Vite app importing practicas-widgets/practica-card.js only
  demoCls: 0, // enforced
  demoPaintedMs: 300,
  search10kMs: 50,
  longTaskMs: 50, // enforced: no task of ours over 50 ms in any step, at any size (median of the runs' longest)
  search10kVsTabulator: 0.6, // enforced: the one-shot search at 10,000, against Tabulator's in the same run
  mapFirstVsLeaflet: 0.5, // enforced: the map's first paint, against Leaflet's in the same run
  inpMs: 200, // enforced: interaction to next paint of a click on the demo page (a map region, a sort header)
  lighthouseScore: 0.98, // enforced, with CLS 0 and TBT under 50 ms: Lighthouse's mobile preset on the demo page
  lighthouseTbtMs: 50,
};
// "At least as fast as the fastest peer" (enforced). Medians within TIE_MS of
// each other are a tie: a median of a few milliseconds moves by about that much
// from one run of the benchmark to the next on this machine.
const TIE_MS = 0.5;
// An app importing practicas-widgets/practicas.js and the API entry weighs what the first alone
// does, give or take its own line of code (a second copy of Lit and the elements would be ~40 KB).
const MIXED_SLACK_BYTES = 100;
// Budgets missed now, said out loud: each is reported as MISSED in every run and
// in bench/results.md, and --check still fails if the figure gets worse than its
// ceiling, so that the miss cannot grow unnoticed. Each entry says what holds it back.
// The form of an entry: { label, metric: /regex of the metric/, group?: /regex of the group/,
// ceiling: { ratio } or { max, unit } or { min, unit }, why: 'what holds it back' }.
const KNOWN_MISSES = [
  {
    // The ceiling catches growth, not the noise between runs: clean CI runs measured ratios of 0.47-0.79
    // at 31 and 1,000 practices on the same code (7.2 ms against 3.4, then 6.6 against 4.1), and
    // 0.5 failed one of them.
    label: "Map recolour against Leaflet (ceiling ratio 0.4, where ours would take 2.5 times Leaflet's time)",
    metric: /^filter change to recoloured, painted map$/,
    ceiling: { ratio: 0.4 },
    why:
      "at 31 practices ours was from 0.1 ms ahead of Leaflet's 2.4-3.3 ms to 0.7 behind, where 0.5 is a tie: met in 6 of 9 runs " +
      '(met at 1,000 and 10,000). The legend keeps a row for every class (a change of the number of classes relabels ' +
      'rows instead of adding and removing them, which had cost about 0.5 ms more at 31 than at 1,000), and Leaflet ' +
      "now draws its tutorial's legend with colour swatches, as ours does. What remains: the legend's layout, about " +
      "0.5 ms against 0.3 for Leaflet's one box of lines, paint (+0.1) and script (0.45-0.5 ms against 0.31: the view, " +
      "the 25 regions' accessible names, the render turns and Lit's update). The legend as a contained box or as one " +
      'inline box, and plain colours in place of the mixed ones, did not measurably shorten it',
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

const results = [];
/** Lighthouse's long tasks in its run with the most blocking time (the lighthouse group). */
let lighthouseTasks;
/** One figure. `target`: { max, enforced }; `work`: the name of a piece of work that peers also do. */
function record(group, metric, unit, values, { target, impl = 'practicas-widgets', work } = {}) {
  const row = { group, metric, impl, unit, ...stats(values), target, work };
  results.push(row);
  return row;
}

// --- Bundle sizes, and what holds them up.
const kb = (n) => n / 1024;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
if (want('bundle')) {
  for (const file of ['cdn/practicas.js', 'cdn/practicas-validador.js', 'cdn/practicas.iife.js']) {
    // A module and what it imports statically (a chunk split off the entry is paid by every
    // page all the same), each file compressed on its own as a server sends it.
    // The validator is fetched by the module, after it: what it shares with it is paid already.
    const paid = file === 'cdn/practicas-validador.js' ? conStaticImports('cdn/practicas.js') : [];
    const files = conStaticImports(file).filter((f) => f === file || !paid.includes(f));
    const sum = (f) => files.reduce((n, name) => n + f(readFileSync(new URL(name, root))), 0);
    const bytes = { length: sum((b) => b.length) };
    const main = file === 'cdn/practicas.js';
    const label = files.length > 1 ? `${file} (+ ${files.slice(1).join(', ')}, its static imports)` : file;
    record('bundle', `${label} raw`, 'KB', [kb(bytes.length)]);
    record('bundle', `${label} gzip`, 'KB', [kb(sum(gzip))], {
      target: main
        ? {
            max: BUDGET.cdnGzipKB,
            enforced: true,
            note: 'every element, data, geometry and Lit; the validator (zod/mini) is the next file, fetched only for src',
          }
        : undefined,
    });
    record('bundle', `${label} brotli`, 'KB', [kb(sum(brotli))]);
  }
  await composition();
  await npmApps();
}

/** `file` and the files it imports statically, transitively (relative `import … from "./x.js"`, `export … from`, `import "./x.js"`; not `import()`). */
function conStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const text = readFileSync(new URL(file, root), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, spec] of text.matchAll(/(?:^|[;})\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'](\.\/[^"']+)["']/g)) {
    conStaticImports(dir + spec.slice(2), seen);
  }
  return [...seen];
}

async function composition() {
  // Minified bytes per part (esbuild's metafile of the same entry), and for the
  // parts that can be left out, what the gzipped bundle weighs without them: gzip
  // sizes of interleaved code do not add up, so that difference is each part's cost.
  const { build } = await import('esbuild');
  const options = {
    entryPoints: [fileURLToPath(new URL('src/practicas.ts', root))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
  const stub = (filter, contents, loader) => ({ name: 'stub', setup: (b) => b.onLoad({ filter }, () => ({ contents, loader })) });
  const result = await build(options);
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
    record('bundle composition', `${part}, minified (${((bytes / total) * 100).toFixed(0)} %)`, 'KB', [kb(bytes)]);
  }
  const whole = gzip(result.outputFiles[0].contents);
  const without = async (part, plugin) => {
    const r = await build({ ...options, metafile: false, plugins: [plugin] });
    record('bundle composition', `${part}: gzip cost (bundle with it minus without it)`, 'KB', [
      kb(whole - gzip(r.outputFiles[0].contents)),
    ]);
  };
  const emptyData = '{"fuente":{},"temas":[],"criterios":[],"regiones":[],"practicas":[]}';
  await without('data (31 practices)', stub(/practicas\.json$/, emptyData, 'json'));
  await without('map geometry', stub(/peru-departamentos\.json$/, '{}', 'json'));
  await without('zod/mini', stub(/zod[\\/]mini[\\/]index\.js$/, 'export {}', 'js'));
}

// --- The npm build as a bundler user meets it: vanilla Vite apps (Vite's JS API, Vite's
// defaults) in .tmp/bench-apps/, each with node_modules/practicas-widgets symlinked to this
// repository, so that the package is resolved through its own "exports" and "sideEffects" as an
// installed copy would be, and lit, @lit/task and zod come from the repository's node_modules
// once. (A symlink rather than `npm pack` + extract: the same package.json decides; Vite follows
// the link to the real path, where the dependencies resolve, and the bench needs no tarball; the
// packed tarball, extracted, gave the same bytes when this was written.)
// "Initial" is what the page loads at once: the entry chunk and, transitively, its static
// imports. "Lazy" is every chunk reached only through import(): the validator, loaded for `src`.
async function npmApps() {
  const { build } = await import('vite');
  const appsDir = new URL('.tmp/bench-apps/', root);
  const apps = {
    card: { label: 'practica-card.js only', main: "import 'practicas-widgets/practica-card.js';\n" },
    all: { label: 'practicas.js (all elements)', main: "import 'practicas-widgets/practicas.js';\n" },
    mixed: {
      label: "practicas.js + { PracticaCard } from 'practicas-widgets'",
      main:
        "import 'practicas-widgets/practicas.js';\nimport { PracticaCard } from 'practicas-widgets';\n" +
        "console.log(document.querySelector('practica-card') instanceof PracticaCard);\n",
    },
  };
  const count = (text, re) => text.match(re)?.length ?? 0;
  const built = {};
  for (const [name, app] of Object.entries(apps)) {
    const dir = new URL(`${name}/`, appsDir);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(new URL('node_modules/', dir), { recursive: true });
    symlinkSync(fileURLToPath(root), new URL('node_modules/practicas-widgets', dir), 'dir');
    writeFileSync(new URL('package.json', dir), '{ "name": "bench-app", "private": true, "type": "module" }\n');
    writeFileSync(
      new URL('index.html', dir),
      '<!doctype html>\n<html lang="es">\n<head><meta charset="UTF-8"><title>app</title></head>\n' +
        '<body><practica-card practica="1"></practica-card><script type="module" src="/main.js"></script></body>\n</html>\n',
    );
    writeFileSync(new URL('main.js', dir), app.main);
    const out = await build({
      root: fileURLToPath(dir),
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: { write: false, reportCompressedSize: false },
    });
    const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const initial = new Set();
    const visit = (c) => {
      if (initial.has(c)) return;
      initial.add(c);
      for (const f of c.imports) visit(byName.get(f));
    };
    for (const c of chunks.filter((c) => c.isEntry)) visit(c);
    const lazy = chunks.filter((c) => !initial.has(c));
    const sizes = (list) => {
      const sum = (f) => list.reduce((n, c) => n + f(Buffer.from(c.code)), 0);
      return { files: list.length, raw: sum((b) => b.length), gzip: sum(gzip), brotli: sum(brotli) };
    };
    built[name] = {
      initial: [...initial].map((c) => c.code).join('\n'),
      lazy: lazy.map((c) => c.code).join('\n'),
      sizes: { initial: sizes([...initial]), lazy: sizes(lazy) },
    };
  }
  function checkCardContent() {
    // What the card-only app must not carry in its initial JS, found by content. Every marker
    // must be found where that code is (the CDN file, and Vite's minified output where the npm
    // build puts it: the card app, lazily, for zod; the all-elements app for the rest), or it
    // could not catch anything: a marker that finds nothing stops the bench.
    const geo = JSON.parse(readFileSync(new URL('data/peru-departamentos.json', root), 'utf8'));
    const tag = (name, suffix = '') => new RegExp(`["'\`]${name}(?:["'\`]|-${suffix})`, 'g');
    const FORBIDDEN = [
      // zod's schema class names and its default error text.
      { part: 'zod', markers: [/\$ZodType\b/g, /Invalid input/g], seenIn: built.card.lazy + built.card.initial },
      // The first characters of each department's SVG path.
      {
        part: 'map geometry',
        markers: Object.values(geo.departamentos).map(
          (d) => new RegExp(d.d.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'),
        ),
      },
      // The tag as a string: its registration and the ids built from it (the filter bar's change
      // event, practicas-filtros-cambio, is fired by the card's shared controller and allowed).
      { part: 'table (anexo-tabla)', markers: [tag('anexo-tabla')] },
      { part: 'filter bar (practicas-filtros)', markers: [tag('practicas-filtros', '(?!cambio)')] },
      { part: 'map (practicas-mapa)', markers: [tag('practicas-mapa', '(?!cambio)')] },
      { part: 'list (practicas-lista)', markers: [tag('practicas-lista')] },
    ];
    // The CDN files: the module with its static imports, and its validator beside it (zod).
    const cdn = [...conStaticImports('cdn/practicas.js'), 'cdn/practicas-validador.js']
      .map((f) => readFileSync(new URL(f, root), 'utf8'))
      .join('\n');
    for (const { part, markers, seenIn = built.all.initial } of FORBIDDEN) {
      for (const re of markers) {
        if (!count(cdn, re) || !count(seenIn, re))
          throw new Error(
            `bench: the ${part} marker ${re} finds nothing in the CDN files or in Vite's output; the check could not fail`,
          );
      }
      const found = markers.reduce((n, re) => n + count(built.card.initial, re), 0);
      record(`vite app, ${apps.card.label}`, `initial JS: ${part} code (markers found)`, '', [found], {
        target: { max: 0, enforced: true },
      });
    }
    return FORBIDDEN[0].markers;
  }

  const files = (n) => `${n} file${n === 1 ? '' : 's'}`;
  let zodMarkers;
  for (const [name, app] of Object.entries(apps)) {
    const { initial, lazy } = built[name].sizes;
    const group = `vite app, ${app.label}`;
    record(group, `initial JS raw (${files(initial.files)})`, 'KB', [kb(initial.raw)]);
    record(group, 'initial JS gzip', 'KB', [kb(initial.gzip)], {
      target: name === 'card' ? { max: BUDGET.cardAppGzipKB, enforced: true, note: 'no src' } : undefined,
    });
    record(group, 'initial JS brotli', 'KB', [kb(initial.brotli)]);
    record(group, `lazy JS gzip (${files(lazy.files)}, loaded by import())`, 'KB', [kb(lazy.gzip)]);
    record(group, 'lazy JS brotli', 'KB', [kb(lazy.brotli)]);
    if (name === 'card') zodMarkers = checkCardContent();
    // The registration entry of all elements re-exports the API too: zod must stay lazy there as well.
    if (name === 'all') {
      record(
        group,
        'initial JS: zod code (markers found)',
        '',
        [zodMarkers.reduce((n, re) => n + count(built.all.initial, re), 0)],
        {
          target: { max: 0, enforced: true },
        },
      );
    }
  }

  // The registration entry and the API entry together load one copy of
  // everything. One copy of Lit (lit-html registers its version once per copy), one
  // definition of the card, and the same bytes as the registration entry alone, give or
  // take the app's own line.
  const litRe = /litHtmlVersions/g;
  const cardRe = /define\(\s*["'`]practica-card["'`]/g;
  for (const re of [litRe, cardRe]) {
    if (count(built.all.initial, re) !== 1) throw new Error(`bench: the marker ${re} is not found once in the all-elements app`);
  }
  const mixed = `vite app, ${apps.mixed.label}`;
  record(mixed, 'copies of Lit (lit-html version registrations)', '', [count(built.mixed.initial, litRe)], {
    target: { max: 1, enforced: true },
  });
  record(mixed, 'practica-card definitions (customElements.define calls)', '', [count(built.mixed.initial, cardRe)], {
    target: { max: 1, enforced: true },
  });
  const difference = Math.abs(built.mixed.sizes.initial.gzip - built.all.sizes.initial.gzip);
  record(mixed, 'initial JS gzip, difference from the all-elements app', 'B', [difference], {
    target: { max: MIXED_SLACK_BYTES, enforced: true },
  });
}

// --- The browser.
const mounts = Object.fromEntries(
  [
    ['gridjs', 'node_modules/gridjs/dist'],
    ['tabulator', 'node_modules/tabulator-tables/dist'],
    ['leaflet', 'node_modules/leaflet/dist'],
  ].map(([name, dir]) => [`/vendor/${name}/`, fileURLToPath(new URL(dir, root))]),
);
// BENCH_CDN=dir serves a copy of cdn/ instead (a build kept aside while the tree is rebuilt).
if (process.env.BENCH_CDN) mounts['/cdn/'] = process.env.BENCH_CDN;
const needBrowser = ['demo', 'page', 'lighthouse', 'table', 'map', 'list', 'linked'].some(want);
const { server, url } = needBrowser ? await startServer({ mounts }) : {};
const browser = needBrowser && (await launchChromium());
// Leaflet draws what our map draws: data/peru-departamentos.json's outlines as GeoJSON, in
// longitude and latitude when INEI's source (GEO_SRC) is at hand to undo the projection,
// else in the map's own units on Leaflet's flat CRS (the same vertices either way).
const leafletGeo = want('map')
  ? geometriaParaLeaflet(fileURLToPath(new URL('data/peru-departamentos.json', root)), geoSource)
  : null;
if (leafletGeo?.crs === 'plano')
  console.warn(`bench: ${geoSource} not found (set GEO_SRC); Leaflet draws the outlines in the map's own units (flat CRS).`);

/** JS heap in use after a full garbage collection, in MB. */
async function heapMB(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * Runs `measure(page)` on a fresh page `runs(impl)` + 1 times (RUNS by default), per
 * implementation in turn; drops the warm-up. With `reuse`, each implementation keeps
 * one tab and each run navigates it afresh (a new document: a fresh page, without
 * the half second a new tab costs); `open` must then add nothing that outlives a
 * document (such as evaluateOnNewDocument).
 */
async function turns(impls, open, measure, { runs = () => RUNS, reuse = false } = {}) {
  const t0 = Date.now();
  const samples = Object.fromEntries(impls.map((impl) => [impl, []]));
  const tabs = new Map();
  const newPage = async (impl) => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`bench page error (${impl}): ${error.message}`));
    await page.setViewport({ width: 1024, height: 900 });
    return page;
  };
  try {
    for (let run = 0; run <= RUNS; run++) {
      for (const impl of impls.filter((i) => run <= runs(i))) {
        const page = reuse ? (tabs.get(impl) ?? tabs.set(impl, await newPage(impl)).get(impl)) : await newPage(impl);
        // A tab behind another gets no animation frames: the one measured is always in front.
        if (reuse) await page.bringToFront();
        try {
          const m = await open(page, impl).then(() => measure(page, impl, run));
          if (run > 0) samples[impl].push(m);
        } finally {
          if (!reuse) await page.close();
        }
      }
    }
  } finally {
    for (const page of tabs.values()) await page.close();
  }
  console.error(`bench: ${impls.join(', ')}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return samples;
}
const pick = (ms, key) => ms.map((m) => m[key]).filter((v) => Number.isFinite(v));

// --- Interaction to Next Paint on the demo page: a trusted click (puppeteer's mouse, at the
// element's place on screen) and the event timing entries of its interaction.
/** In the page: the «Práctica» sort button of the table, scrolled to the middle of the screen; its centre. */
const SORT_BUTTON = () => {
  const tabla = document.querySelector('anexo-tabla');
  const boton = [...tabla.shadowRoot.querySelectorAll('th button')].find((b) => b.textContent.trim().startsWith('Práctica'));
  boton.scrollIntoView({ block: 'center' });
  const r = boton.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};
/** In the page: whether the table is sorted by «Práctica», ascending (what the click above does). */
const SORTED = () =>
  [...document.querySelector('anexo-tabla').shadowRoot.querySelectorAll('th[aria-sort="ascending"]')].some((th) =>
    th.textContent.trim().startsWith('Práctica'),
  );
/** In the page: whether a region of the map is chosen (what the click below does). */
const REGION_CHOSEN = () =>
  [...document.querySelectorAll('practicas-mapa')].some((el) =>
    el.shadowRoot.querySelector('[data-ubigeo][aria-pressed="true"]'),
  );
/** In the page: a point inside the largest region of the map that has practices (a toggle button), on screen. */
const MAP_REGION = () => {
  const mapa = [...document.querySelectorAll('practicas-mapa')].find((el) => el.checkVisibility());
  mapa.scrollIntoView({ block: 'center' });
  const regiones = [...mapa.shadowRoot.querySelectorAll('path[data-ubigeo][aria-pressed]')];
  const area = (p) => p.getBBox().width * p.getBBox().height;
  const path = regiones.sort((a, b) => area(b) - area(a))[0];
  const box = path.getBBox();
  // The point of a coarse grid over its box that lies in the shape and is what the pointer hits.
  for (let i = 1; i < 8; i++) {
    for (let j = 1; j < 8; j++) {
      const point = new DOMPoint(box.x + (box.width * i) / 8, box.y + (box.height * j) / 8);
      if (!path.isPointInFill(point)) continue;
      const { x, y } = point.matrixTransform(path.getScreenCTM());
      if (mapa.shadowRoot.elementFromPoint(x, y) === path) return { x, y };
    }
  }
  throw new Error('bench: no point of the map region is under the pointer');
};
/**
 * Clicks at the place `locate` (run in the page) finds, with the mouse, and returns the
 * interaction's latency (the longest event timing entry of its interactionId; 16, the
 * observer's floor, when no entry reached it) and the longest task from the click until
 * the page has painted and been quiet for a while.
 */
async function interaction(page, locate, done) {
  const frames = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }, n);
  // Scrolled there first; the place is read again once the page has settled after the scroll.
  await page.evaluate(locate);
  await frames(3);
  const { x, y } = await page.evaluate(locate);
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.click(x, y);
  await frames(3);
  await new Promise((r) => setTimeout(r, 300));
  // A click that missed would time nothing: the page must show what it did.
  if (!(await page.evaluate(done))) throw new Error(`bench: the click of ${locate.name} on the demo page did nothing`);
  return page.evaluate((t0) => {
    const m = window.__bench;
    for (const [o, keep] of m.observadores) o.takeRecords().forEach(keep);
    const porInteraccion = new Map();
    for (const e of m.eventos.filter((e) => e.startTime >= t0)) {
      porInteraccion.set(e.interactionId, Math.max(porInteraccion.get(e.interactionId) ?? 0, e.duration));
    }
    const largas = m.largas.filter((e) => e.startTime >= t0);
    return {
      inp: Math.max(16, ...porInteraccion.values()),
      interactions: porInteraccion.size,
      events: m.eventos.filter((e) => e.startTime >= t0).map((e) => `${e.name} ${e.duration}`),
      longest: Math.max(0, ...largas.map((e) => e.duration)),
      long: largas.map((e) => Math.round(e.duration)),
    };
  }, t0);
}

try {
  // The demo page, as a visitor opens it: the first frame where every visible
  // widget is painted with its content, and the layout shift until a second later.
  if (want('demo')) {
    const samples = await turns(
      ['practicas-widgets'],
      async (page) => {
        await page.evaluateOnNewDocument(() => {
          const m = (window.__bench = { painted: null, cls: 0, shifts: [] });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              m.cls += e.value;
              m.shifts.push({ t: e.startTime, value: e.value, nodes: e.sources?.map((s) => s.node?.nodeName) });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Interactions (event timing, grouped by interactionId) and long tasks, for the clicks below.
          m.eventos = [];
          m.largas = [];
          m.observadores = [
            [{ type: 'event', durationThreshold: 16, buffered: true }, (e) => e.interactionId && m.eventos.push(e)],
            [{ type: 'first-input', buffered: true }, (e) => e.interactionId && m.eventos.push(e)],
            [{ type: 'longtask', buffered: true }, (e) => m.largas.push(e)],
          ].map(([options, keep]) => {
            const o = new PerformanceObserver((list) => list.getEntries().forEach(keep));
            o.observe(options);
            return [o, keep];
          });
          const TAGS = ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros'];
          const widgets = (root, acc = []) => {
            for (const el of root.querySelectorAll('*')) {
              if (TAGS.includes(el.localName)) acc.push(el);
              if (el.shadowRoot) widgets(el.shadowRoot, acc);
            }
            return acc;
          };
          const ready = () => {
            if (document.readyState === 'loading') return false;
            const all = widgets(document).filter((el) => el.checkVisibility());
            return (
              all.length > 0 &&
              all.every(
                (el) =>
                  el.hasUpdated &&
                  !el.isUpdatePending &&
                  el.shadowRoot?.childElementCount &&
                  !el.shadowRoot.querySelector('.estado[role="status"]'),
              )
            );
          };
          const tick = () => {
            if (ready()) setTimeout(() => (m.painted = performance.now()), 0);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        await page.goto(`${url}/`, { waitUntil: 'load' });
      },
      async (page, _impl, run) => {
        await page.waitForFunction(() => window.__bench.painted !== null, { timeout: 10_000 });
        await new Promise((r) => setTimeout(r, 1000));
        const heap = await heapMB(page);
        const loaded = await page.evaluate((heap) => {
          const nav = performance.getEntriesByType('navigation')[0];
          return {
            painted: window.__bench.painted,
            load: nav.loadEventEnd,
            cls: window.__bench.cls,
            shifts: window.__bench.shifts,
            heap,
          };
        }, heap);
        // A sort first, on the whole table; then a region of the map, which filters every widget.
        const sort = await interaction(page, SORT_BUTTON, SORTED);
        const region = await interaction(page, MAP_REGION, REGION_CHOSEN);
        const m = { ...loaded, sortInp: sort.inp, sortLong: sort.longest, regionInp: region.inp, regionLong: region.longest };
        if (run === 1 && process.env.BENCH_RAW) console.error('bench raw (demo):', JSON.stringify({ sort, region }));
        return m;
      },
    );
    const s = samples['practicas-widgets'];
    record('demo page', 'every widget painted, from navigation start', 'ms', pick(s, 'painted'), {
      target: { max: BUDGET.demoPaintedMs },
    });
    record('demo page', 'load event end, from navigation start', 'ms', pick(s, 'load'));
    const cls = record('demo page', 'cumulative layout shift during load', '', pick(s, 'cls'), {
      target: { max: BUDGET.demoCls, enforced: true },
    });
    if (cls.max > 0)
      console.warn('bench: layout shifts on the demo page:', JSON.stringify(s.flatMap((m) => m.shifts).slice(0, 5)));
    record('demo page', 'JS heap after load', 'MB', pick(s, 'heap'));
    const inp = { max: BUDGET.inpMs, enforced: true };
    const long = { max: BUDGET.longTaskMs, enforced: true };
    record('demo page', 'INP of a click on a sort header of <anexo-tabla> («Práctica»)', 'ms', pick(s, 'sortInp'), {
      target: inp,
    });
    record('demo page', 'long tasks during the sort click: longest', 'ms', pick(s, 'sortLong'), { target: long });
    record('demo page', 'INP of a click on a region of <practicas-mapa> (filters every widget)', 'ms', pick(s, 'regionInp'), {
      target: inp,
    });
    record('demo page', 'long tasks during the region click: longest', 'ms', pick(s, 'regionLong'), { target: long });
  }

  // <practicas-mapa>: first contentful paint of a page whose only content is the
  // map, from the moment the module has loaded: the map's own paint target, whatever the page loads before it.
  if (want('page')) {
    const samples = await turns(
      ['practicas-widgets'],
      (page) => page.goto(`${url}/bench/mapa.html`, { waitUntil: 'load' }),
      (page) =>
        page.evaluate(async () => {
          while (!window.bench) await new Promise((r) => setTimeout(r, 5));
          await window.bench.el.updateComplete;
          const loaded = performance.getEntriesByName('module-loaded')[0].startTime;
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
          return { fcp: fcp === undefined ? undefined : fcp - loaded };
        }),
    );
    record(
      'practicas-mapa, page',
      'first contentful paint after the module loaded',
      'ms',
      pick(samples['practicas-widgets'], 'fcp'),
      { target: { max: 50 } },
    );
  }

  // Lighthouse's mobile preset on the demo page as this server sends it (compressed), through
  // scripts/lib/lighthouse.mjs: its own headless Chromium, LIGHTHOUSE_RUNS runs, each figure's median.
  if (want('lighthouse')) {
    const t0 = Date.now();
    const { medirLighthouse } = await import('./lib/lighthouse.mjs');
    const lh = await medirLighthouse(`${url}/`, { preset: 'mobile', runs: LIGHTHOUSE_RUNS });
    const group = 'demo page, Lighthouse 12 (mobile preset)';
    const runs = (key) => lh.runs.map((r) => r[key]);
    record(group, 'performance score', '', runs('score'), { target: { min: BUDGET.lighthouseScore, enforced: true } });
    record(group, 'cumulative layout shift', '', runs('cls'), { target: { max: 0, enforced: true } });
    record(group, 'total blocking time', 'ms', runs('tbt'), {
      target: { max: BUDGET.lighthouseTbtMs, below: true, enforced: true },
    });
    record(group, 'first contentful paint', 'ms', runs('fcp'));
    record(group, 'largest contentful paint', 'ms', runs('lcp'));
    record(group, 'max potential first input delay', 'ms', runs('maxFid'));
    record(group, '«render-blocking resources»: estimated savings', 'ms', runs('renderBlocking'));
    record(group, 'bytes transferred', 'KB', runs('transferKB'));
    // The host's CPU as Lighthouse rates it: the mobile preset's 4× slowdown models a mid-tier phone
    // from a high-end desktop (1,500-2,000), so on a slower host the blocking time is overstated.
    record(group, 'host CPU benchmark index (Lighthouse; its mobile preset assumes 1,500-2,000)', '', runs('benchmarkIndex'));
    record(group, 'console errors (worst run)', '', [lh.consoleErrors.length]);
    lighthouseTasks = lh.longTasks;
    if (lh.consoleErrors.length || lh.renderBlockingUrls.length)
      console.warn(
        'bench: Lighthouse:',
        JSON.stringify({ consoleErrors: lh.consoleErrors, renderBlocking: lh.renderBlockingUrls }),
      );
    console.error(`bench: lighthouse: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  // The same work, ours and the peers', with 31, 1,000 and 10,000 practices. Each run is
  // one fresh page per implementation: create (to the first and the second painted
  // frame), 3 s of the reader doing nothing, then the one-shot search, the keystrokes,
  // the sorts or recolours, each step with the long tasks that started while it ran.
  const openWork = (n, g) => async (page, impl) => {
    await page.goto(`${url}/bench/trabajo.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((n, impl, g) => window.bench.preparar(n, impl, g), n, ours(impl), g);
  };
  const ours = (impl) => (impl === 'practicas-widgets' ? 'nuestro' : impl);
  const call = (page, f, ...args) => {
    if (process.env.BENCH_TRACE) console.error('bench trace:', f, JSON.stringify(args).slice(0, 80));
    return page.evaluate((f, args) => window.bench[f](...args), f, args);
  };
  /**
   * One run's page: `first` creates the widget; then, in turn and when given, the
   * one-shot search (`oneShot`: the step function), the keystrokes (`keys`), the
   * map's recolours (`changes`), the table's sorts (`sort`) and its Excel file (`excel`).
   * The warm-up run only creates the widget.
   */
  const scenario =
    ({ first, firstArg, oneShot, keys, changes, sort, excel }) =>
    async (page, impl, run) => {
      const before = await heapMB(page);
      await call(page, 'marcar');
      const created = await call(page, 'crear', first, ours(impl), firstArg);
      // The warm-up run only creates: it is dropped anyway.
      if (run === 0) return {};
      // The 3 s window is ours: the peers render at once and leave nothing for later (their
      // windows were empty when this was written: all three at 31 practices, Tabulator at
      // 10,000), and it would cost CI a minute and a half; they get the short idle
      // the reader gives any page, and the bare SVG floor is timed for its paint and recolour only.
      // Every timed step, creation included, starts in the page from the same state of the 60 Hz
      // frame clock (trabajo.js, alinear: a painted frame, then 50 ms without one), where a change
      // is painted as soon as its work ends. Started where a call from here happened to arrive, a
      // search whose change is made in 2 ms was painted in about 4 ms or in about 19, as the next
      // frame was near or a whole interval away (at 31 practices, ours 15 ms against Tabulator's
      // 5.1 in a clean CI run: one frame apart), and the bare SVG's first paint took 2.5-16 ms.
      const idle = await call(
        page,
        'observarDespues',
        impl === 'practicas-widgets' ? AFTER_MS : impl === 'svg' ? 0 : PEER_IDLE_MS,
      );
      const after = impl === 'practicas-widgets' ? idle : undefined;
      // What a widget builds in those seconds (our search index) counts in its heap.
      const heap = (await heapMB(page)) - before;
      const m = { first: created.first, second: created.second, heap, lt: { creation: created.largas, after } };
      if (oneShot) {
        const o = await call(page, 'deUnaVez', oneShot, QUERY, first === 'tablaPrimerasFilas');
        Object.assign(m, { oneShot: o.settled, oneShotSecond: o.second, rows: o.filas });
        m.lt.oneShot = o.largas;
      }
      if (keys && (impl === 'practicas-widgets' || keys === 'tablaBusqueda')) {
        const s = await call(page, 'secuencia', keys, KEYSTROKES);
        m.step = median(s.tiempos.filter(Number.isFinite));
        m.lt.typing = s.largas;
      }
      if (changes) {
        const s = await call(page, 'secuencia', 'mapaRecolor', changes);
        m.recolour = median(s.tiempos.filter(Number.isFinite));
        m.lt.recolour = s.largas;
      }
      if (sort) {
        const s = await call(page, 'tablaOrden');
        m.sort = median(s.tiempos.filter(Number.isFinite));
        m.lt.sort = s.largas;
      }
      if (excel && impl === 'practicas-widgets') {
        const x = await call(page, 'tablaExcel');
        Object.assign(m, { excel: x.ms, excelBytes: x.bytes });
        m.lt.excel = x.largas;
      }
      if (run === 1 && process.env.BENCH_RAW) console.error(`bench raw (${first}, ${impl}):`, JSON.stringify(m));
      return m;
    };
  /** Rows per metric, ours first, each peer with its ratio to ours; `rule` compares ours with a peer (see below). */
  const compare = (group, samples, metrics) => {
    for (const [key, metric, unit, target, rule] of metrics) {
      const values = pick(samples['practicas-widgets'], key);
      if (!values.length) continue;
      const mine = record(group, metric, unit, values, { target, work: `${group}: ${metric}` });
      mine.rule = rule;
      for (const impl of Object.keys(samples).filter((i) => i !== 'practicas-widgets')) {
        const v = pick(samples[impl], key);
        if (!v.length) continue;
        const theirs = record(group, metric, unit, v, { impl, work: mine.work });
        theirs.ratio = theirs.median / mine.median;
      }
    }
  };
  /**
   * Long tasks per step, for every implementation: the longest (0: none) and how many,
   * medians over the runs (max: the worst run). Ours must have none over 50 ms
   * (enforced); the peers' are recorded beside them.
   */
  const longTasks = (group, samples, steps) => {
    for (const [key, label] of steps) {
      for (const [impl, ms] of Object.entries(samples)) {
        const lt = ms.map((m) => m.lt[key]).filter(Boolean);
        if (!lt.length) continue;
        const target = impl === 'practicas-widgets' ? { max: BUDGET.longTaskMs, enforced: true } : undefined;
        record(
          group,
          `long tasks ${label}: longest`,
          'ms',
          lt.map((l) => l.max),
          { impl, target },
        );
        record(
          group,
          `long tasks ${label}: count`,
          'tasks',
          lt.map((l) => l.n),
          { impl },
        );
      }
    }
  };
  const LONG_CREATE = [
    ['creation', 'during creation (to the first painted frame)'],
    ['after', `in the ${AFTER_MS / 1000} s after the first painted frame`],
  ];
  const LONG_SEARCH = [
    ['oneShot', `during the one-shot search «${QUERY}»`],
    ['typing', 'while typing (the keystroke sequence)'],
  ];

  // Our widgets that have no peer (their times are reported, only their long tasks enforced)
  // take fewer runs: each costs the 3 s window, and the whole benchmark must stay near 8 minutes
  // on CI's two cores. Against a peer, both medians come from as many runs: with three, Leaflet's
  // first paint moved from 15.9 to 22.3 ms between two runs of the benchmark on the same build,
  // which alone decided the half-of-Leaflet budget. Grid.js, always far behind, keeps three.
  const FEW_RUNS = Math.min(RUNS, 3);
  const reuse = true;
  const peersEqual = { reuse, runs: (impl) => (impl === 'gridjs' ? FEW_RUNS : RUNS) };
  const MAP_CHANGES = ['en-proceso', 'buena-practica', '', 'en-proceso', ''];
  for (const n of SIZES) {
    if (want('table')) {
      // Grid.js takes some 11 s a page at 10,000 practices (it renders every row): at 31 and 1,000 only, to keep CI's time.
      const impls = ['practicas-widgets', ...(n <= GRIDJS_MAX ? ['gridjs'] : []), 'tabulator'];
      const samples = await turns(
        impls,
        openWork(n),
        scenario({
          first: 'tablaPrimerasFilas',
          oneShot: 'tablaBusqueda',
          keys: 'tablaBusqueda',
          sort: true,
          excel: n === 10000,
        }),
        peersEqual,
      );
      const group = `table, ${n} practices`;
      // One search at once: at 10,000 well ahead of Tabulator (0.6×), at 31 no slower (enforced); at 1,000 reported.
      const oneShotRule =
        n === 10000
          ? { vs: 'tabulator', factor: BUDGET.search10kVsTabulator, enforced: true }
          : { vs: 'tabulator', enforced: n === 31 };
      compare(group, samples, [
        ['first', 'first painted rows, data in hand', 'ms', undefined, { vs: 'fastest', enforced: true }],
        ['second', 'second painted frame after creation, data in hand', 'ms'],
        ['oneShot', `one-shot search «${QUERY}» to painted, settled result`, 'ms', undefined, oneShotRule],
        ['oneShotSecond', `one-shot search «${QUERY}» to the second painted frame`, 'ms'],
        ['rows', `rows in the result of «${QUERY}» (6.5 % of the catalogue)`, 'rows'],
        [
          'step',
          'search keystroke to painted, settled result',
          'ms',
          n === 10000 ? { max: BUDGET.search10kMs } : undefined,
          { vs: 'fastest', enforced: false },
        ],
        ['sort', 'sort by «Práctica» (a header click) to painted, settled result', 'ms'],
        ['heap', 'JS heap retained by the table', 'MB'],
      ]);
      longTasks(group, samples, [...LONG_CREATE, ...LONG_SEARCH, ['sort', 'while sorting (three header clicks)']]);
      if (n === 10000) {
        const mine = samples['practicas-widgets'];
        record(group, 'xlsx() of the whole table to the resolved Blob', 'ms', pick(mine, 'excel'));
        record(group, 'xlsx() file size', 'KB', pick(mine, 'excelBytes').map(kb));
        longTasks(group, { 'practicas-widgets': mine }, [['excel', 'while writing the .xlsx file']]);
      }
    }
    if (want('map')) {
      const samples = await turns(
        ['practicas-widgets', 'leaflet', 'svg'],
        openWork(n, leafletGeo),
        scenario({ first: 'mapaPrimero', keys: 'mapaBusqueda', changes: MAP_CHANGES }),
        peersEqual,
      );
      const group = `map, ${n} practices`;
      compare(group, samples, [
        [
          'first',
          'first painted map, data in hand',
          'ms',
          undefined,
          { vs: 'leaflet', factor: BUDGET.mapFirstVsLeaflet, enforced: true },
        ],
        ['second', 'second painted frame after creation, data in hand', 'ms'],
        ['recolour', 'filter change to recoloured, painted map', 'ms', undefined, { vs: 'leaflet', enforced: true }],
        ['step', 'search keystroke (group state) to recoloured, painted map', 'ms'],
        ['heap', 'JS heap retained by the map', 'MB'],
      ]);
      longTasks(group, samples, [
        ...LONG_CREATE,
        ['typing', 'while typing (the keystroke sequence)'],
        ['recolour', 'while recolouring (filter changes)'],
      ]);
    }
    if (want('list')) {
      const samples = await turns(
        ['practicas-widgets'],
        openWork(n),
        scenario({ first: 'listaPrimera', firstArg: LIST_LIMIT, oneShot: 'listaBusqueda', keys: 'listaBusqueda' }),
        { reuse, runs: () => FEW_RUNS },
      );
      const group = `list, ${n} practices`;
      const l = samples['practicas-widgets'];
      record(group, `first painted list (limite=${LIST_LIMIT}), data in hand`, 'ms', pick(l, 'first'));
      record(group, 'second painted frame after creation, data in hand', 'ms', pick(l, 'second'));
      record(group, `one-shot search «${QUERY}» to painted, settled list`, 'ms', pick(l, 'oneShot'));
      record(group, 'search keystroke to painted, settled list', 'ms', pick(l, 'step'));
      record(group, 'JS heap retained by the list', 'MB', pick(l, 'heap'));
      longTasks(group, samples, [...LONG_CREATE, ...LONG_SEARCH]);
    }
    if (want('linked')) {
      const samples = await turns(
        ['practicas-widgets'],
        openWork(n),
        scenario({ first: 'enlazadosPrimero', firstArg: LIST_LIMIT, oneShot: 'enlazadosBusqueda', keys: 'enlazadosBusqueda' }),
        { reuse, runs: () => FEW_RUNS },
      );
      const group = `linked widgets, ${n} practices`;
      const l = samples['practicas-widgets'];
      record(group, 'filter bar, map, list and table painted, data in hand', 'ms', pick(l, 'first'));
      record(group, 'second painted frame after creation, data in hand', 'ms', pick(l, 'second'));
      record(group, `one-shot search «${QUERY}» to the frame with every widget updated`, 'ms', pick(l, 'oneShot'));
      record(group, 'search keystroke to the frame with every widget updated', 'ms', pick(l, 'step'), {
        target: n === 10000 ? { max: BUDGET.search10kMs } : undefined,
      });
      record(group, 'JS heap retained by the four widgets', 'MB', pick(l, 'heap'));
      longTasks(group, samples, [...LONG_CREATE, ...LONG_SEARCH]);
    }
  }
} finally {
  if (needBrowser) {
    await browser.close();
    server.close();
  }
}

// --- Budgets against the peers, per shared piece of timed work: each row's `rule` says
// against whom ({ vs: 'fastest' } of the real peers, or one peer by name), with which factor
// (ours ≤ factor × theirs), and whether it is enforced. The bare SVG is a floor, never a peer to beat.
for (const row of results) {
  if (row.impl !== 'practicas-widgets' || !row.rule) continue;
  const { vs, factor = 1, enforced } = row.rule;
  const peers = results.filter(
    (r) => r.work === row.work && r.impl !== row.impl && r.impl !== 'svg' && (vs === 'fastest' || r.impl === vs),
  );
  if (!peers.length) continue;
  const fastest = peers.reduce((a, b) => (b.median < a.median ? b : a));
  row.peerTarget = { max: factor * fastest.median, impl: fastest.impl, factor, ratio: fastest.median / row.median, enforced };
}

// --- Report.
const fmt = (n) =>
  Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
const verdicts = (r) => {
  const known = KNOWN_MISSES.find((k) => k.metric.test(r.metric) && (!k.group || k.group.test(r.group)));
  const out = [];
  if (r.target) {
    // `max` (at most; `below`: strictly under) or `min` (at least).
    const { max, min, below } = r.target;
    const ok = min !== undefined ? r.median >= min : below ? r.median < max : r.median <= max;
    out.push({
      text: `${min !== undefined ? `≥ ${min}` : `${below ? '<' : '≤'} ${max}`}${r.unit ? ` ${r.unit}` : ''}`,
      ok,
      enforced: !!r.target.enforced,
      known: !ok && (known?.ceiling.max !== undefined || known?.ceiling.min !== undefined) ? known : undefined,
    });
  }
  if (r.peerTarget) {
    const ok = r.median <= r.peerTarget.max + TIE_MS;
    out.push({
      text: `≤ ${r.peerTarget.factor === 1 ? '' : `${r.peerTarget.factor} × `}${r.peerTarget.impl}`,
      ok,
      enforced: r.peerTarget.enforced,
      known: !ok && known?.ceiling.ratio !== undefined ? known : undefined,
    });
  }
  for (const v of out) {
    // A known miss fails only beyond its ceiling.
    if (v.known)
      v.withinCeiling =
        v.known.ceiling.min !== undefined
          ? r.median >= v.known.ceiling.min
          : v.known.ceiling.max !== undefined
            ? r.median <= v.known.ceiling.max
            : r.peerTarget.ratio >= v.known.ceiling.ratio;
  }
  return out;
};
const rows = results.map((r) => ({ ...r, verdicts: verdicts(r) }));
const header =
  '| group | metric | implementation | median | min | max | × ours | budget | |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const lines = rows.map((r) => {
  const budget = r.verdicts.map((v) => v.text + (v.enforced ? ' (enforced)' : '')).join('; ');
  const status = r.verdicts.length
    ? r.verdicts.every((v) => v.ok)
      ? 'ok'
      : r.verdicts.some((v) => !v.ok && v.known)
        ? 'MISSED (known)'
        : 'MISSED'
    : '';
  return `| ${r.group} | ${r.metric} | ${r.impl} | ${fmt(r.median)}${r.unit ? ` ${r.unit}` : ''} | ${fmt(r.min)} | ${fmt(r.max)} | ${r.ratio ? `${fmt(r.ratio)}×` : ''} | ${budget} | ${status} |`;
});
const seconds = Math.round((Date.now() - started) / 1000);
const machine = `Node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model.trim()}; median of ${RUNS} runs after a warm-up (the peers, the list and the linked widgets: ${Math.min(RUNS, 3)}; Lighthouse: ${LIGHTHOUSE_RUNS}), each on a fresh page (sizes: one measure); ${seconds} s in all.`;
const missed = rows.flatMap((r) => r.verdicts.filter((v) => !v.ok).map((v) => ({ r, v })));
const failed = missed.filter(({ v }) => v.enforced && !(v.known && v.withinCeiling));
const ceilingText = (k) =>
  k.ceiling.min !== undefined
    ? `≥ ${k.ceiling.min}`
    : k.ceiling.max !== undefined
      ? `${k.ceiling.max} ${k.ceiling.unit}`
      : `ratio ${k.ceiling.ratio}`;
const missLine = ({ r, v }) => {
  const what = `${r.group}, ${r.metric}: ${fmt(r.median)}${r.unit ? ` ${r.unit}` : ''}${r.peerTarget ? ` (${r.peerTarget.impl}: ${fmt(r.peerTarget.max / r.peerTarget.factor)} ms)` : ''}, budget ${v.text}`;
  if (!v.enforced) return `- reported: ${what}`;
  if (v.known)
    return `- **known miss**${v.withinCeiling ? '' : ', BEYOND ITS CEILING'}: ${what}; enforced ceiling ${ceilingText(v.known)}`;
  return `- **FAILED**: ${what}`;
};
const summary = missed.length ? missed.map(missLine).join('\n') : '- none';
const whys = KNOWN_MISSES.filter((k) => missed.some(({ v }) => v.known === k))
  .map((k) => `- ${k.label}: ${k.why}.`)
  .join('\n');
// Lighthouse's long tasks in its run with the most blocking time: what the blocking time is made of.
const lighthouseSection = lighthouseTasks
  ? `\nLighthouse's long tasks on the demo page, in its run with the most blocking time (mobile preset: simulated, about four times the observed length; over 50 ms blocks): ${
      lighthouseTasks.length
        ? lighthouseTasks
            .map(
              (t) =>
                `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms (${t.url.replace(/^https?:\/\/[^/]+/, '') || t.url})`,
            )
            .join('; ')
        : 'none'
    }.\n`
  : '';
const markdown = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.mjs). ${machine}

Peers: Grid.js ${version('gridjs')} (up to ${GRIDJS_MAX.toLocaleString('en')} practices: it renders every row) and Tabulator ${version('tabulator-tables')} (the table: pagination off, their own search), Leaflet ${version('leaflet')} (the map: the same simplified outlines as ours, as GeoJSON, SVG renderer, no tiles), and a bare hand-written SVG of the 25 outlines as the map's floor (reported, never a peer to beat). "× ours" is the peer's median over ours: above 1, the peer took longer.

${header}
${lines.join('\n')}

Budgets missed:
${summary}
${whys ? `\nWhat holds the known misses back:\n${whys}\n` : ''}${lighthouseSection}
Times are main-thread wall times in headless Chromium on a shared machine, to the end of the first frame painted with the result ("settled": once nothing has changed for 120 ms, for libraries that render late or in pieces). Each widget's page, per run: creation to the first painted frame and to the end of the frame after it (the "second painted frame"); ${AFTER_MS / 1000} s of the reader doing nothing (ours; the peers, which leave no work for later, ${PEER_IDLE_MS} ms); one search «${QUERY}» set all at once (6.5 % of the rows, in the titles, so that every table shows the same rows), to its settled result and to the second frame after it; the keystrokes ${KEYSTROKES.map((k) => `«${k}»`).join(' ')}; then the table's three sorts by «Práctica» and, at 10,000, its \`xlsx()\`, or the map's filter changes. Long tasks (over 50 ms, from a PerformanceObserver the page installs before anything else) are counted per step, with the longest; for the peers they are reported for comparison. INP is the longest event timing entry of a trusted click's interaction on the demo page (16 ms, the observer's floor, when none reached it).

\`--check\` fails on the enforced budgets only: bytes; CLS; no long task of ours over 50 ms in any step at any size (the median over the runs of each run's longest; the max column shows the worst run); INP ≤ ${BUDGET.inpMs} ms for a sort header and a map region on the demo page, with no long task over 50 ms during either; Lighthouse mobile on the demo, score ≥ ${BUDGET.lighthouseScore}, CLS 0, TBT < ${BUDGET.lighthouseTbtMs} ms; and the ratios to the peers measured in the same run (medians within ${TIE_MS} ms count as a tie): first painted rows no slower than the fastest table; one search at once at 10,000 practices ≤ ${BUDGET.search10kVsTabulator} × Tabulator's, at 31 no slower than Tabulator; the map's first paint ≤ ${BUDGET.mapFirstVsLeaflet} × Leaflet's, its recolour no slower than Leaflet's. The keystroke sequence, the second painted frame, sorting and the other absolute times are reported beside their targets or peers.
`;
function version(name) {
  return JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')).version;
}
if (!only) {
  writeFileSync(new URL('bench/results.md', root), markdown);
  writeFileSync(new URL('bench/results.json', root), `${JSON.stringify({ machine, budgets: BUDGET, results: rows }, null, 2)}\n`);
}
console.log(
  `${header}\n${lines.join('\n')}\n\nBudgets missed:\n${summary}\n${whys ? `\nWhat holds the known misses back:\n${whys}\n` : ''}${lighthouseSection}(${seconds} s)`,
);

if (check && failed.length) {
  console.error(`\nbench --check: ${failed.length} enforced budget(s) missed.`);
  process.exit(1);
}
