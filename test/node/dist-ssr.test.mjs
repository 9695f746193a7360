// Server rendering of the npm build with @lit-labs/ssr in plain Node: each of
// the five elements renders to declarative shadow DOM without throwing, in
// Spanish by default and in English with `lang="en"`, and a registry of its
// own per render keeps one request's filter state out of the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { importDist, root } from './dist.mjs';

const api = await importDist('practicas.js');
const primera = api.bundledDataset().practicas[0];

/** Server-renders a template to a string. */
const ssr = (template) => collectResult(render(template));

/** The visible text of rendered HTML: no styles, comments or tags. */
const texto = (out) =>
  out
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The table's live count, e.g. «3 de 31 prácticas». */
const conteo = (out) => /\d+ de \d+ prácticas/.exec(texto(out))?.[0];

test('each of the five elements server-renders to declarative shadow DOM', async () => {
  const cases = {
    'practica-card': [html`<practica-card practica-id=${primera.id}></practica-card>`, primera.titulo],
    'practicas-lista': [html`<practicas-lista></practicas-lista>`, primera.titulo],
    'practicas-mapa': [html`<practicas-mapa></practicas-mapa>`, 'Prácticas por región'],
    'anexo-tabla': [html`<anexo-tabla></anexo-tabla>`, '31 de 31 prácticas'],
    'practicas-filtros': [html`<practicas-filtros></practicas-filtros>`, 'Todas las regiones'],
  };
  for (const [tag, [template, visible]] of Object.entries(cases)) {
    const out = await ssr(template);
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), tag);
    assert.ok(texto(out).includes(visible), `${tag} shows «${visible}»: ${texto(out).slice(0, 300)}`);
  }
});

test('the language: Spanish by default, the element’s own lang attribute honoured', async () => {
  const es = texto(await ssr(html`<practica-card .practica=${primera}></practica-card>`));
  const en = texto(await ssr(html`<practica-card lang="en" .practica=${primera}></practica-card>`));
  assert.match(es, /Buena práctica .* Región: Apurímac/);
  assert.match(en, /Good practice .* Region: Apurímac/);
});

test('two renders with registries of their own do not share filter state', async () => {
  const peticionA = new api.RegistroFiltros();
  const peticionB = new api.RegistroFiltros();
  // Request A: a list preset to Cusco and a table of the same group and registry.
  const a = await ssr(html`
    <practicas-lista region="08" .registroFiltros=${peticionA}></practicas-lista>
    <anexo-tabla .registroFiltros=${peticionA}></anexo-tabla>
  `);
  assert.equal((a.match(/<practica-card /g) ?? []).length, 3);
  assert.equal(conteo(a), '3 de 31 prácticas');
  assert.deepEqual(peticionA.estadoDeGrupo().filtros, { region: '08' });
  // Request B: nothing of A's state.
  const b = await ssr(html`<anexo-tabla .registroFiltros=${peticionB}></anexo-tabla>`);
  assert.equal(conteo(b), '31 de 31 prácticas');
  assert.deepEqual(peticionB.estadoDeGrupo().filtros, {});
  // Neither touched the process-wide page registry.
  assert.deepEqual(api.estadoDeGrupo().filtros, {});
});

test('without a registry, elements use the page registry: in Node that is the whole process', async () => {
  try {
    await ssr(html`<practicas-lista tema="salud"></practicas-lista>`);
    assert.deepEqual(api.estadoDeGrupo().filtros, { tema: 'salud' });
    const siguiente = await ssr(html`<anexo-tabla></anexo-tabla>`);
    assert.equal(conteo(siguiente), '5 de 31 prácticas', 'the next render sees the previous one’s preset');
  } finally {
    api.estadoDeGrupo().reemplazar({});
  }
});

test('the README example «Estado por petición / Per-request state» runs as written', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Estado por petición / Per-request state.**'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, 'README has the per-request state example');
  // Inside the repository, so that `practicas-widgets` resolves to this package (through its "exports").
  const file = join(root, '.tmp', 'readme-estado-por-peticion.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  const out = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
  assert.equal(out, "{ region: '08' }\ntrue\n");
});
