#!/usr/bin/env node
// The package as its users get it. Packs the built package (`npm pack`, what the
// registry would serve), checks the tarball with publint and @arethetypeswrong/cli,
// then, for each app of test/consumers/ (React 19, Vue 3, vanilla Vite; each
// written as the README tells users to write it), copies it to
// .tmp/consumers/<app>/, installs its devDependencies and the tarball, type-checks
// it (strict, no shims), builds it with Vite, serves the build on 127.0.0.1 and
// checks it in headless Chromium:
//  - the table shows every practice;
//  - a real click on La Libertad in the map filters the table to exactly the
//    practices whose `regiones` hold "13" (read from the installed data file);
//  - the app's own `practicas-filtros-cambio` listener printed that state;
//  - one copy of Lit on the page; no error logged or thrown;
//  - (vanilla) the registered <practica-card> is an instance of the class that
//    'practicas-widgets' exports.
// It also checks that the README's "With a bundler" blocks are excerpts of the apps.
// Needs a fresh `npm run build` (npm test runs one before). The three installs
// share the npm cache (--prefer-offline). Every check prints one line; the run
// ends with "consumers: N passed, N failed" and exits 1 on any failure.
//   node scripts/consumers.mjs [react|vue|vanilla ...] [--no-package-checks]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/navegador.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp');
const REGION = '13'; // La Libertad: 5 of the 31 practices
const STEP_TIMEOUT_S = 300;

// Each app's type-check, then its build: what its package.json "build" script runs.
const APPS = {
  react: { typecheck: ['tsc', '-b'], typings: 'dist/react.d.ts' },
  vue: { typecheck: ['vue-tsc', '--noEmit'], typings: 'dist/vue.d.ts' },
  vanilla: { typecheck: ['tsc'] },
};

const args = process.argv.slice(2);
const packageChecks = !args.includes('--no-package-checks');
const unknown = args.filter((a) => !a.startsWith('--') && !(a in APPS));
if (unknown.length) {
  console.error(`consumers: unknown app(s) ${unknown.join(', ')}; the apps are ${Object.keys(APPS).join(', ')}`);
  process.exit(2);
}
const apps = args.filter((a) => a in APPS);
if (!apps.length) apps.push(...Object.keys(APPS));

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const timings = [];
let passed = 0;
const failures = [];
function check(label, ok, detail = '') {
  if (ok) passed++;
  else failures.push(`${label}${detail ? `: ${detail}` : ''}`);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` (${detail})` : ''}`);
  return ok;
}

/**
 * Runs a command; resolves with its exit code and, when `buffer` is set, its
 * output (for commands run side by side), otherwise shown as it comes.
 */
function run(cmd, cmdArgs, cwd, buffer = false) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, cmdArgs, {
      cwd,
      stdio: ['ignore', buffer ? 'pipe' : 'inherit', buffer ? 'pipe' : 'inherit'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    // A hung install or build fails the run instead of stalling CI.
    const timer = setTimeout(() => {
      output += `\n${cmd} did not finish within ${STEP_TIMEOUT_S} s; stopped\n`;
      child.kill('SIGTERM');
    }, STEP_TIMEOUT_S * 1000);
    child.on('error', (error) => resolve({ code: 127, output: `could not start ${cmd}: ${error.message}\n` }));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!buffer && output) process.stdout.write(output);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Runs one timed step; a non-zero exit is a failed check named `label`. */
async function step(label, cmd, cmdArgs, cwd, { buffer = false } = {}) {
  const line = `\n> ${label}: ${[cmd, ...cmdArgs].join(' ')}`;
  if (!buffer) console.log(line);
  const since = performance.now();
  const { code, output } = await run(cmd, cmdArgs, cwd, buffer);
  if (buffer) process.stdout.write(`${line}\n${output}`);
  timings.push([label, seconds(since)]);
  check(label, code === 0, code === 0 ? seconds(since) : `exit code ${code}`);
  return code === 0;
}

// 0. The README's "With a bundler" blocks are excerpts of the apps: every code line
// of them (comments aside) must be in an app's sources, whitespace apart.
{
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const seccion = /^### Con un empaquetador \/ With a bundler\n([\s\S]*?)(?=^##)/m.exec(readme)?.[1] ?? '';
  const norm = (text) => text.replace(/\s+/g, ' ').trim();
  const fuentes = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => !['node_modules', 'dist'].includes(e.name))
      .flatMap((e) => (e.isDirectory() ? fuentes(join(dir, e.name)) : [readFileSync(join(dir, e.name), 'utf8')]));
  const apps = norm(fuentes(join(root, 'test/consumers')).join('\n'));
  const lineas = [...seccion.matchAll(/^```\w*\n([\s\S]*?)^```/gm)]
    .flatMap((m) => m[1].split('\n'))
    .map((line) => norm(line.replace(/(^|\s)\/\/.*$/, '')))
    .filter(Boolean);
  const ausentes = lineas.filter((line) => !apps.includes(line));
  check(
    'README «With a bundler»: every line is in an app of test/consumers/',
    lineas.length > 0 && ausentes.length === 0,
    lineas.length
      ? `${lineas.length - ausentes.length} of ${lineas.length} lines${ausentes.length ? `; not found: ${ausentes.join(' | ')}` : ''}`
      : 'section or code blocks not found',
  );
}

// 1. The tarball.
if (!existsSync(join(root, 'dist/practicas.js'))) {
  console.error('consumers: dist/practicas.js not found; run `npm run build` first.');
  process.exit(1);
}
mkdirSync(tmp, { recursive: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tarball = join(tmp, `${pkg.name}-${pkg.version}.tgz`);
rmSync(tarball, { force: true });
if (!(await step('npm pack', 'npm', ['pack', '--pack-destination', tmp, '--silent'], root)) || !existsSync(tarball)) {
  console.error(`consumers: npm pack did not write ${tarball}`);
  process.exit(1);
}

// 2. The package checkers, on the tarball. publint --strict counts warnings as errors.
// attw checks every "exports" subpath as a module: the CSV and the .xlsx are data
// files that no TypeScript resolution can type, so they are left out (the JSON files stay in).
if (packageChecks) {
  const bin = (name) => join(root, 'node_modules/.bin', name);
  await step('publint', bin('publint'), ['run', tarball, '--strict'], root);
  await step(
    'attw --profile esm-only',
    bin('attw'),
    [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      '--no-color',
      '--exclude-entrypoints',
      './data/practicas.csv',
      './data/practicas.xlsx',
    ],
    root,
  );
}

// 3. Each app: copy and install (the three side by side, sharing the npm cache),
// then type-check and build one after the other.
const installSince = performance.now();
const installed = await Promise.all(
  apps.map((app) => {
    const dir = join(tmp, 'consumers', app);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, 'test/consumers', app), dir, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
    });
    return step(
      `${app}: npm install`,
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball],
      dir,
      { buffer: true },
    );
  }),
);
timings.push(['the installs, side by side', seconds(installSince)]);
const built = [];
for (const [i, app] of apps.entries()) {
  if (!installed[i]) continue;
  console.log(`\n=== ${app}`);
  const dir = join(tmp, 'consumers', app);
  const bin = (name) => join(dir, 'node_modules/.bin', name);
  const [tc, ...tcArgs] = APPS[app].typecheck;
  const typed = await step(`${app}: type-check (${APPS[app].typecheck.join(' ')})`, bin(tc), tcArgs, dir);
  // Name the shipped file the type-check needs, when it is the one missing.
  const typings = APPS[app].typings;
  if (!typed && typings && !existsSync(join(dir, 'node_modules', pkg.name, typings))) {
    console.log(`  note: the tarball has no ${typings}, the typings the app imports; is \`npm run build\` generating it?`);
  }
  // The build does not depend on the type-check: run it anyway, to learn more from one run.
  if (await step(`${app}: vite build`, bin('vite'), ['build', '--logLevel', 'warn'], dir)) built.push(app);
}

// 4. Each built app in headless Chromium.
if (built.length) {
  const since = performance.now();
  const browser = await launchChromium();
  try {
    for (const app of built) await comprobarEnNavegador(browser, app);
  } finally {
    await browser.close();
  }
  timings.push(['browser checks', seconds(since)]);
}

console.log('\ntimings:');
for (const [label, time] of timings) console.log(`  ${label.padEnd(44)} ${time}`);
console.log(`  ${'total'.padEnd(44)} ${seconds(started)}`);
if (failures.length) {
  console.log(`\nconsumers: failed checks:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
}
console.log(`consumers: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

async function comprobarEnNavegador(browser, app) {
  console.log(`\n=== ${app}: in Chromium`);
  const dir = join(tmp, 'consumers', app);
  const data = JSON.parse(readFileSync(join(dir, 'node_modules', pkg.name, 'data/practicas.json'), 'utf8'));
  const todas = data.practicas.map((p) => p.id);
  const esperadas = data.practicas.filter((p) => p.regiones.includes(REGION)).map((p) => p.id);
  const { server, url } = await startServer({ mounts: { '/': join(dir, 'dist') } });
  const page = await browser.newPage();
  const errores = [];
  page.on('pageerror', (error) => errores.push(`uncaught: ${error.message}`));
  page.on('console', (msg) => {
    const where = msg.location()?.url ?? '';
    // Chromium asks for /favicon.ico by itself; the apps have none.
    if (where.endsWith('/favicon.ico')) return;
    if (msg.type() === 'error' || msg.type() === 'warn')
      errores.push(`console.${msg.type()}: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  const filas = () =>
    page.evaluate(() =>
      [...(document.querySelector('anexo-tabla')?.shadowRoot?.querySelectorAll('[part~="row"]') ?? [])].map(
        (tr) => tr.dataset.practicaId,
      ),
    );
  const salida = (id) => page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, `output#${id}`);
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/index.html`, { waitUntil: 'load' });
    const renderizada = await page
      .waitForFunction(
        () => (document.querySelector('anexo-tabla')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0,
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const antes = await filas();
    check(
      `${app}: the table shows every practice`,
      renderizada && antes.length === todas.length,
      `${antes.length} of ${todas.length} rows`,
    );

    // A real pointer click on a point inside the region's shape (not its box's centre,
    // which may fall outside it), hit-tested first.
    const punto = await page
      .waitForFunction(
        (region) => {
          const map = document.querySelector('practicas-mapa');
          const path = map?.shadowRoot?.querySelector(`path[data-ubigeo="${region}"]`);
          if (!path) return null;
          path.scrollIntoView({ block: 'center' });
          const box = path.getBBox();
          const ctm = path.getScreenCTM();
          for (let i = 1; i < 20; i++) {
            for (let j = 1; j < 20; j++) {
              const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
              if (!path.isPointInFill(p)) continue;
              const s = p.matrixTransform(ctm);
              if (map.shadowRoot.elementFromPoint(s.x, s.y) === path) return { x: s.x, y: s.y };
            }
          }
          return null;
        },
        { timeout: 10_000 },
        REGION,
      )
      .then(
        (handle) => handle.jsonValue(),
        () => null,
      );
    if (check(`${app}: the map draws region ${REGION} and a point of it can be clicked`, punto !== null)) {
      await page.mouse.click(punto.x, punto.y);
      const filtrada = await page
        .waitForFunction(
          (n) => (document.querySelector('anexo-tabla')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) === n,
          { timeout: 5_000 },
          esperadas.length,
        )
        .then(
          () => true,
          () => false,
        );
      const despues = await filas();
      check(
        `${app}: a click on region ${REGION} filters the table to its practices`,
        filtrada && despues.length < antes.length && [...despues].sort().join() === [...esperadas].sort().join(),
        `${despues.length} rows: ${despues.join(', ')}; expected ${esperadas.join(', ')}`,
      );
      const oida = await page
        .waitForFunction((r) => document.querySelector('output#region')?.textContent?.trim() === r, { timeout: 5_000 }, REGION)
        .then(
          () => true,
          () => false,
        );
      check(
        `${app}: the app's practicas-filtros-cambio listener printed the state`,
        oida && (await salida('grupo')) === '',
        `region «${await salida('region')}», grupo «${await salida('grupo')}»`,
      );
    }

    const lit = await page.evaluate(() => ({
      litElement: window.litElementVersions ?? [],
      litHtml: window.litHtmlVersions ?? [],
      reactiveElement: window.reactiveElementVersions ?? [],
    }));
    check(
      `${app}: one copy of Lit`,
      lit.litElement.length === 1 && lit.litHtml.length === 1 && lit.reactiveElement.length === 1,
      `lit-element ${JSON.stringify(lit.litElement)}, lit-html ${JSON.stringify(lit.litHtml)}, reactive-element ${JSON.stringify(lit.reactiveElement)}`,
    );
    if (app === 'vanilla') {
      const instancia = await salida('instancia');
      check(
        `${app}: <practica-card> instanceof PracticaCard from 'practicas-widgets'`,
        instancia === 'true',
        `the app printed «${instancia}»`,
      );
      const total = await salida('total');
      check(
        `${app}: bundledDataset() from 'practicas-widgets'`,
        total === String(todas.length),
        `the app printed «${total}» practices`,
      );
    }
    mkdirSync(join(root, 'screenshots/consumers'), { recursive: true });
    await page.screenshot({ path: join(root, `screenshots/consumers/${app}.png`), fullPage: true });
    check(`${app}: no error logged or thrown`, errores.length === 0, errores.join(' | ') || 'none');
  } finally {
    await page.close();
    server.close();
  }
}
