// The framework typings generated at build (dist/react.d.ts, dist/vue.d.ts) against the manifest,
// and type-checked as an app sees them: test/types/react.tsx and vue.mts import
// 'practicas-widgets/react' and '…/vue' through the package's exports, under `strict`, with
// @ts-expect-error on wrong uses so that loose typings fail too. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const leer = (path) => readFileSync(new URL(path, root), 'utf8');
const faltan = ['dist/react.d.ts', 'dist/vue.d.ts', 'dist/index.d.ts', 'custom-elements.json'].filter(
  (p) => !existsSync(new URL(p, root)),
);
if (faltan.length) {
  throw new Error(`test/node/host-types.test.mjs needs the build: ${faltan.join(', ')} missing. Run \`npm run build\` first.`);
}

const manifest = JSON.parse(leer('custom-elements.json'));
const elementos = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

test('dist/react.js and dist/vue.js are empty ES modules beside their typings', async () => {
  for (const f of ['react', 'vue']) {
    const mod = await import(new URL(`dist/${f}.js`, root));
    assert.deepEqual(Object.keys(mod), []);
  }
});

test('the React typings name every element, its attributes and an on<event> prop per event', () => {
  const react = leer('dist/react.d.ts');
  assert.match(react, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
  for (const el of elementos) {
    assert.match(react, new RegExp(`'${el.tagName}': CustomElementProps<${el.name}, ${el.name}Props>;`));
    for (const a of el.attributes ?? [])
      assert.ok(react.includes(`${/-/.test(a.name) ? `'${a.name}'` : a.name}?:`), `${el.tagName} ${a.name}`);
    for (const e of el.events ?? []) {
      assert.ok(
        react.includes(`'on${e.name}'?: (event: GlobalEventHandlersEventMap["${e.name}"]) => void;`),
        `${el.tagName} on${e.name}`,
      );
    }
  }
});

test('the Vue typings name every element as a GlobalComponent with its events as on… props', () => {
  const vue = leer('dist/vue.d.ts');
  assert.match(vue, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
  for (const el of elementos) {
    assert.match(vue, new RegExp(`'${el.tagName}': DefineComponent<${el.name}VueProps>;`));
    for (const e of el.events ?? []) {
      const prop = `on${e.name.replace(/(^|-)([a-z])/g, (_, _g, c) => c.toUpperCase())}`;
      assert.ok(vue.includes(`${prop}?: (event: GlobalEventHandlersEventMap["${e.name}"]) => void;`), `${el.tagName} ${prop}`);
    }
  }
});

test('a strict React 19 app and Vue props type-check with the one import, and wrong uses fail', () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', root));
  try {
    execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('test/types/tsconfig.json', root))], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    assert.fail(`tsc -p test/types/tsconfig.json failed:\n${error.stdout}${error.stderr}`);
  }
});
