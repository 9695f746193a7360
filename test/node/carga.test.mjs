// Loading never blocks the host page, and nothing a reader sees moves.
//
// The demo page (README recipe 1's snippet: the one-line reservation style, one module
// script, the elements) is served with its bundle held back until the page has painted,
// as a slow network would deliver it. Headless Chromium, at Lighthouse's mobile size
// (412 × 823) and a laptop's (1280 × 800), in light and dark:
// - text is painted while the bundle is still on its way;
// - the filter bar and the map already have their final height;
// - once the widgets are defined and rendered, the layout shifts add up to 0.
// A copy of the page without the style shifts, so the measure can fail.
// Needs the built cdn/ (`npm run build`).
// The page.evaluate callbacks run in the browser.
/* global window, document, requestAnimationFrame, customElements */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { launchChromium } from '../../scripts/lib/navegador.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url);
const BUNDLE = '/cdn/practicas.js';
const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];
const TAGS = ['practicas-filtros', 'practicas-mapa', 'practicas-lista', 'anexo-tabla', 'practica-card'];
/** The reserved heights that must be exact: those that depend only on the widget's width. */
const EXACT = ['practicas-filtros', 'practicas-mapa'];

const demoHtml = readFileSync(new URL('demo/index.html', root), 'utf8');
const reservationRe = /<style>(:is\(practicas-filtros[^]*?)<\/style>/;

/** The bundle is held back until `release()`: each page gets a fresh gate. */
let gate;
const newGate = () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  gate = { held, release };
};

let server, url, browser, copies;

/**
 * Opens `path` with the bundle held back; returns what the reader saw before it arrived
 * and after the widgets rendered.
 */
async function load(path, viewport, scheme) {
  newGate();
  const page = await browser.newPage();
  try {
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.evaluateOnNewDocument(() => {
      window.__desplazamientos = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          const nodes = e.sources.map((s) => s.node?.nodeName ?? '?');
          window.__desplazamientos.push({ value: e.value, at: Math.round(e.startTime), nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const rects = (tags) =>
      page.evaluate(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].map((el) => {
            const r = el.getBoundingClientRect();
            return { tag: el.localName, top: r.top, height: r.height, width: r.width };
          }),
        tags,
      );
    const loaded = page.goto(`${url}${path}`, { waitUntil: 'load' });
    // The parser has reached the end of the page and the first paint happened, while the bundle is still held.
    await page.waitForFunction(
      () =>
        document.getElementById('fuente') &&
        performance.getEntriesByType('paint').some((p) => p.name === 'first-contentful-paint') &&
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
    );
    const before = {
      defined: await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS),
      rects: await rects(TAGS),
      text: await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().height ?? 0),
    };
    gate.release();
    await loaded;
    // Every widget defined and rendered (updateComplete waits for a view's last rows too),
    // the page's own script done, and two frames for the layout-shift entries to be reported.
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), {}, TAGS.slice(0, 4));
    await page.evaluate(async (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(widgets.map((w) => w.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, TAGS);
    await page.waitForFunction(() => document.getElementById('fuente').textContent.length > 0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const timing = await page.evaluate((bundle) => {
      const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
      const script = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === bundle);
      return { fcp: fcp.startTime, bundleStart: script.responseStart };
    }, BUNDLE);
    return {
      before,
      after: await rects(TAGS),
      shifts: await page.evaluate(() => window.__desplazamientos),
      timing,
      viewport,
    };
  } finally {
    await page.close();
  }
}

const cls = (shifts) => shifts.reduce((sum, s) => sum + s.value, 0);

describe('the demo page on a slow network', () => {
  before(async () => {
    assert.ok(existsSync(new URL(`.${BUNDLE}`, root)), 'cdn/practicas.js is missing: run `npm run build` first');
    // The same page without the reservation style: blocking-free, but nothing reserved.
    copies = mkdtempSync(join(tmpdir(), 'carga-'));
    assert.match(demoHtml, reservationRe, 'the demo page carries the reservation style');
    writeFileSync(join(copies, 'sin-reserva.html'), demoHtml.replace(reservationRe, ''));
    ({ server, url } = await startServer({ mounts: { '/copias/': copies }, delays: { [BUNDLE]: () => gate.held } }));
    browser = await launchChromium();
  });

  after(async () => {
    gate?.release();
    await browser?.close();
    server?.close();
    if (copies) rmSync(copies, { recursive: true, force: true });
  });

  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      test(`${viewport.width}×${viewport.height}, ${scheme}: text first, then the widgets, with no layout shift`, async () => {
        const { before, after, shifts, timing } = await load('/', viewport, scheme);
        assert.deepEqual(before.defined, [], 'no widget was defined before the bundle arrived');
        assert.ok(before.text > 0, 'the heading was laid out');
        assert.ok(
          timing.fcp < timing.bundleStart,
          `text painted (${timing.fcp.toFixed(0)} ms) before the bundle arrived (${timing.bundleStart.toFixed(0)} ms)`,
        );
        for (const r of before.rects) assert.ok(r.height > 0 && r.width > 0, `${r.tag} has its place before the bundle arrives`);
        for (const [i, r] of after.entries()) {
          const was = before.rects[i];
          if (EXACT.includes(r.tag)) {
            assert.ok(
              Math.abs(r.height - was.height) < 1,
              `${r.tag}: reserved ${was.height.toFixed(1)} px, rendered ${r.height.toFixed(1)} px`,
            );
          }
          if (was.top < viewport.height) assert.equal(r.top, was.top, `${r.tag} in the first screen did not move`);
        }
        assert.equal(cls(shifts), 0, `layout shifts: ${JSON.stringify(shifts)}`);
      });
    }
  }

  test('a copy without the reservation style shifts (the measure can fail)', async () => {
    const { shifts } = await load('/copias/sin-reserva.html', VIEWPORTS[0], 'light');
    assert.ok(cls(shifts) > 0.05, `expected layout shifts without the style, got ${cls(shifts)}`);
  });
});

test('README recipe 1 and the demo page carry the same style, the one-line form of demo/reserva.css', async () => {
  const { code } = await transform(readFileSync(new URL('demo/reserva.css', root), 'utf8'), { loader: 'css', minify: true });
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const recipe = readme.slice(readme.indexOf('**1. Página HTML simple'), readme.indexOf('**2. '));
  assert.equal(reservationRe.exec(recipe)?.[1], code.trim(), 'README recipe 1 = esbuild --minify demo/reserva.css');
  assert.equal(reservationRe.exec(demoHtml)?.[1], code.trim(), 'demo/index.html = esbuild --minify demo/reserva.css');
  const blocks = [...readme.matchAll(/```html\n([^]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length > 5, 'the README has its HTML recipes');
  for (const block of blocks) assert.doesNotMatch(block, /\bblocking=/, 'no recipe holds back the host page');
  assert.doesNotMatch(demoHtml, /\bblocking=/, 'the demo page does not hold back its first paint');
});
