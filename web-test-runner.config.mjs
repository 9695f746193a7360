// Browser tests in the system's headless Chromium (CHROME_PATH overrides it).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
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

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  testFramework: { config: { ui: 'bdd', timeout: 5000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
