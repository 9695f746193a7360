// README "The API › Node": the example runs as written, in a fresh Node process
// with no DOM, importing the package by its name (Node resolves a package's own
// name through its "exports", as an installed copy would). Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

test('the README Node example prints what it says, with no DOM', () => {
  assert.ok(existsSync(new URL('dist/index.js', root)), 'dist/ is missing: run `npm run build` first');
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const section = readme.slice(readme.indexOf('\n### Node\n'));
  assert.ok(section.length > 10, 'README has a "### Node" section');
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, 'the Node section has a js block');
  mkdirSync(new URL('.tmp/', root), { recursive: true });
  const file = new URL('.tmp/readme-node.mjs', root);
  writeFileSync(file, code);
  const out = execFileSync(process.execPath, [file.pathname], { encoding: 'utf8', cwd: root.pathname });
  assert.match(out, /^7 prácticas en Apurímac: sabaino-agente-comunitario-anemia, /m);
  assert.match(out, /por tipo: \{ 'buena-practica': 18, 'en-proceso': 13 \}/);
  assert.match(out, /^\uFEFFid,tipo,tema,/m);
  assert.equal(globalThis.document, undefined);
});
