// Browser tests in two engines, Debian's headless Chromium (CDP) and Firefox ESR
// (WebDriver BiDi), both driven by puppeteer-core with the launch options of
// scripts/lib/navegador.mjs. TEST_BROWSERS=chromium (or firefox) runs one of them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions, firefoxLaunchOptions, prepareTestPage } from './scripts/lib/navegador.mjs';
import { arbolAccesiblePlugin } from './test/support/arbol-accesible.mjs';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { fixtureServer } from './test/support/fixture-server.mjs';
import { galeriaPlugin } from './test/support/galeria.mjs';

// React ships CommonJS only: the host-framework fixture imports it as one ES
// module that esbuild bundles on request.
const reactEsm = {
  name: 'react-esm',
  resolveImport({ source }) {
    return source === 'react-esm' ? '/__bundles/react.js' : undefined;
  },
  async serve(context) {
    if (context.path !== '/__bundles/react.js') return undefined;
    const result = await build({
      stdin: {
        contents:
          "export { default as React } from 'react'; export { default as ReactDOM } from 'react-dom'; export { default as ReactDOMClient } from 'react-dom/client';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: chromiumLaunchOptions() }),
  // A launcher given its own puppeteer launches `launchOptions.browser` and is named after it.
  firefox: () =>
    chromeLauncher({
      launchOptions: firefoxLaunchOptions(),
      puppeteer,
      createPage: async ({ context }) => prepareTestPage(await context.newPage()),
    }),
};
const wanted = (process.env.TEST_BROWSERS || 'chromium,firefox').split(',').map((b) => b.trim());
const unknown = wanted.filter((b) => !(b in launchers));
if (unknown.length) throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')}; known: ${Object.keys(launchers).join(', ')}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Two cores: one page at a time, and one browser after the other.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    // Chromium's full accessibility tree: the stacked table must still be a table.
    arbolAccesiblePlugin(),
    reactEsm,
    galeriaPlugin(),
  ],
  middleware: [fixtureServer],
  browsers: wanted.map((b) => launchers[b]()),
  testFramework: { config: { ui: 'bdd', timeout: 5000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
