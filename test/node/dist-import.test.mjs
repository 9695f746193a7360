// Importing any module of the npm build in plain Node (no DOM shims) throws
// nothing and creates no DOM globals: no DOM access at import time. Each module
// is imported first in a fresh process, so none can lean on another's import.
// Lit's `node` export condition provides what Lit itself needs (a
// `customElements` registry on globalThis and a shim HTMLElement base class).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, jsModules, root } from './dist.mjs';

/** Globals a browser has and Node has not; importing a module must not create any of them. */
const DOM_GLOBALS = [
  'window',
  'document',
  'HTMLElement',
  'Element',
  'ShadowRoot',
  'Node',
  'CSSStyleSheet',
  'matchMedia',
  'location',
  'history',
  'ResizeObserver',
  'MutationObserver',
];

const CHILD = `
const before = new Set(Reflect.ownKeys(globalThis));
await import(process.argv[1]);
const added = Reflect.ownKeys(globalThis).filter((key) => !before.has(key)).map(String);
console.log(JSON.stringify(added));
`;

/** Imports one module in a fresh Node process; returns the error text, or the globals it added. */
function importAlone(file) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(file).href], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) return { error: result.stderr.trim() || `exit ${result.status}` };
  return { added: JSON.parse(result.stdout.trim().split('\n').at(-1)) };
}

/** The problems of importing every module of a build, one line each (empty when clean). */
function importProblems(dir) {
  const problems = [];
  for (const file of jsModules(dir)) {
    const { error, added } = importAlone(join(dir, file));
    if (error) problems.push(`${file}: throws ${error.split('\n').find((line) => /Error/.test(line)) ?? error}`);
    else {
      const dom = added.filter((name) => DOM_GLOBALS.includes(name));
      if (dom.length) problems.push(`${file}: creates the global(s) ${dom.join(', ')}`);
    }
  }
  return problems;
}

test('every module of dist/ imports in plain Node without throwing or creating DOM globals', () => {
  const modules = jsModules();
  // The entries, the five registration modules and the data layer are all there.
  for (const entry of ['index.js', 'practicas.js', 'data/loader.js', 'data/parse.js', 'state/filtros-store.js'])
    assert.ok(modules.includes(entry), entry);
  for (const tag of ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros']) {
    assert.ok(modules.includes(join('components', tag, `${tag}.js`)), tag);
  }
  assert.deepEqual(importProblems(dist), []);
});

test('the registration modules register their elements in Node (in Lit’s server registry)', () => {
  const { error, added } = importAlone(join(dist, 'practicas.js'));
  assert.equal(error, undefined);
  assert.ok(added.includes('customElements'), `customElements comes from Lit's node build; added: ${added.join(', ')}`);
  const check = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import(process.argv[1]);
       const tags = ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros'];
       console.log(JSON.stringify(tags.filter((tag) => customElements.get(tag))));`,
      pathToFileURL(join(dist, 'practicas.js')).href,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(check.status, 0, check.stderr);
  assert.deepEqual(JSON.parse(check.stdout), [
    'practica-card',
    'practicas-lista',
    'practicas-mapa',
    'anexo-tabla',
    'practicas-filtros',
  ]);
});

test('the check fails for a module that touches the DOM at import time (a broken copy of dist/)', () => {
  // The copy sits inside the repository so that it resolves lit and zod from node_modules.
  const copy = join(root, '.tmp', 'node-import-check', 'dist');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  try {
    cpSync(dist, copy, { recursive: true });
    const card = join(copy, 'components', 'practica-card', 'practica-card.js');
    writeFileSync(card, `document.title;\n${readFileSync(card, 'utf8')}`);
    const store = join(copy, 'state', 'filtros-store.js');
    writeFileSync(store, `${readFileSync(store, 'utf8')}\nglobalThis.window ??= globalThis;\n`);
    const problems = importProblems(copy);
    // The card's registration module fails, and so does every module that imports it.
    assert.ok(
      problems.some((p) =>
        /^components\/practica-card\/practica-card\.js: throws ReferenceError: document is not defined/.test(p),
      ),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => /^practicas\.js: throws ReferenceError: document is not defined/.test(p)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => /^state\/filtros-store\.js: creates the global\(s\) window$/.test(p)),
      problems.join('\n'),
    );
    assert.ok(!problems.some((p) => p.startsWith('data/csv.js')), problems.join('\n'));
  } finally {
    rmSync(join(root, '.tmp', 'node-import-check'), { recursive: true, force: true });
  }
});
