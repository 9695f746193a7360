#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium, as listed by its index.json,
// so that a new story is covered without editing this test. Each story must:
//  - render its custom elements, upgraded, with content in their shadow roots;
//  - log no error and throw nothing (a failed request a story makes on purpose,
//    such as a `src` that 404s, is a network message, not a script error);
//  - pass axe-core (WCAG 2.x A/AA and best practices; the page-level rules about
//    landmarks and a first-level heading do not apply to a fragment).
// Ends with "storybook: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';

const root = new URL('..', import.meta.url);
const indexFile = new URL('storybook-static/index.json', root);
if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter((e) => e.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

const { server, url } = await startServer();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

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
      await page.goto(`${url}/storybook-static/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, { timeout: 15_000 });
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 15_000 }).catch(() => {});
      const rendered = await page.evaluate(async () => {
        const all = (node) => [...node.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        const elements = all(document.querySelector('#storybook-root')).filter((e) => e.localName.includes('-'));
        await Promise.all(elements.map((e) => e.updateComplete));
        return elements.map((e) => ({
          tag: e.localName,
          defined: Boolean(customElements.get(e.localName)),
          content: (e.shadowRoot?.childElementCount ?? 0) > 0,
        }));
      });
      if (rendered.length === 0) problems.push('renders no custom element');
      for (const r of rendered) {
        if (!r.defined) problems.push(`<${r.tag}> is not defined`);
        else if (!r.content) problems.push(`<${r.tag}> rendered nothing`);
      }
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (disabled) => {
        // Storybook's accessibility addon runs axe by itself after a story renders; one
        // axe run at a time per page, so wait for it (up to 20 s) instead of failing.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'), {
              rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
              resultTypes: ['violations'],
            });
            return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
          } catch (error) {
            if (!/already running/.test(String(error)) || attempt >= 100) throw error;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
      }, PAGE_LEVEL_RULES);
      problems.push(...violations.map((v) => `axe: ${v}`));
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
