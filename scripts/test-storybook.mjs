#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium, as listed by its index.json,
// so that a new story is covered without editing this test. Each story must:
//  - render its custom elements, upgraded, with content in their shadow roots;
//  - log no error and throw nothing, its play function included (a failed request a story makes on purpose,
//    such as a `src` that 404s, is a network message, not a script error);
//  - pass axe-core (WCAG 2.x A/AA and best practices; the page-level rules about
//    landmarks and a first-level heading do not apply to a fragment), first on the
//    default light page, then again on a dark page (the toolbar's «Página oscura»:
//    `color-scheme: dark`, dark background) with the reader's preference dark, switched
//    in place through the preview's globals, so widgets that follow the page are
//    checked in their dark colours too;
//  - if it carries a README recipe (`<style data-receta="9">`), hold exactly that
//    recipe's css block, so the story and the README cannot drift apart.
// Storybook's accessibility addon is told not to run axe by itself (`a11y.manual`):
// this test runs it, and two runs at once only wait for each other.
// Ends with "storybook: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './lib/navegador.mjs';
import { startServer } from './serve.mjs';

const root = new URL('..', import.meta.url);
const indexFile = new URL('storybook-static/index.json', root);
if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}
// `node scripts/test-storybook.mjs mapa` runs only the stories whose id contains "mapa".
const only = process.argv[2];
const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter(
  (e) => e.type === 'story' && (!only || e.id.includes(only)),
);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

/** The css block of README recipe `n` ("**n. …**" paragraph), whitespace-normalised. */
const readme = readFileSync(new URL('README.md', root), 'utf8');
function recetaCss(n) {
  const bloque = new RegExp(`^\\*\\*${n}\\. [^\\n]*\\n+\`\`\`css\\n([\\s\\S]*?)\`\`\``, 'm').exec(readme);
  return bloque && bloque[1].replace(/\s+/g, ' ').trim();
}

/** axe on the story's root; violations as one line each. */
async function axeViolations(page) {
  return page.evaluate(async (disabled) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
          resultTypes: ['violations'],
        });
        return result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')}`,
        );
      } catch (error) {
        // Should the accessibility addon still run axe by itself, wait for it (up to 20 s).
        if (!/already running/.test(String(error)) || attempt >= 100) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }, PAGE_LEVEL_RULES);
}

/** Waits for every custom element under the story's root to finish rendering. */
async function settled(page) {
  return page.evaluate(async () => {
    const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
    const elements = all(document.querySelector('#storybook-root')).filter((e) => e.localName.includes('-'));
    await Promise.all(elements.map((e) => e.updateComplete));
    return elements.map((e) => ({
      tag: e.localName,
      defined: Boolean(customElements.get(e.localName)),
      content: (e.shadowRoot?.childElementCount ?? 0) > 0,
    }));
  });
}

const { server, url } = await startServer();
const browser = await launchChromium();

let passed = 0;
const failures = [];
try {
  for (const story of stories) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(`console.error: ${m.text()}`);
    });
    const problems = [];
    try {
      await page.goto(
        `${url}/storybook-static/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`,
        { waitUntil: 'load', timeout: 30_000 },
      );
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, { timeout: 15_000 });
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 15_000 }).catch(() => {});
      // A play function runs after the story's first render, and its failure is a console error:
      // wait for Storybook's last phase, which follows it, before judging the story.
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', { timeout: 30_000 });
      const rendered = await settled(page);
      if (rendered.length === 0) problems.push('renders no custom element');
      for (const r of rendered) {
        if (!r.defined) problems.push(`<${r.tag}> is not defined`);
        else if (!r.content) problems.push(`<${r.tag}> rendered nothing`);
      }
      const recetas = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root style[data-receta]')].map((s) => [
          s.dataset.receta,
          s.textContent.replace(/\s+/g, ' ').trim(),
        ]),
      );
      for (const [n, css] of recetas) {
        const esperado = recetaCss(n);
        if (!esperado) problems.push(`README has no css block for recipe ${n}`);
        else if (css !== esperado)
          problems.push(`its CSS differs from README recipe ${n}:\n        story:  ${css}\n        README: ${esperado}`);
      }
      await page.evaluate(axeSource);
      problems.push(...(await axeViolations(page)).map((v) => `axe: ${v}`));

      // The same story on a dark page, with the reader's preference dark.
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no re-render after switching to the dark page')), 10_000);
            window.__STORYBOOK_ADDONS_CHANNEL__.once('storyRendered', () => resolve(clearTimeout(timer)));
            window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: { fondo: 'oscuro' } });
          }),
      );
      await settled(page);
      problems.push(...(await axeViolations(page)).map((v) => `axe on the dark page: ${v}`));
    } catch (error) {
      problems.push(`failed to load: ${error.message}`);
    }
    problems.push(...errors);
    await page.close();
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ ${story.title} › ${story.name}`);
    } else {
      failures.push({ story, problems });
      console.log(`  ✗ ${story.title} › ${story.name}\n      ${problems.join('\n      ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\nstorybook: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
