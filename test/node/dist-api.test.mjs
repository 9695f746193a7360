// The data API of the npm build in plain Node 20, with no DOM shims: the
// bundled dataset, filters, facets, CSV, parsing, loading by absolute URL from
// a local server, and filter state scoped by registry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDist, root } from './dist.mjs';

const api = await importDist('index.js');
// Internals the tests compare against; a user cannot import them (package.json "exports").
const { COLUMNAS_DATASET } = await importDist('data/csv.js');
const { registroDePagina } = await importDist('state/filtros-store.js');

/** The public API (README, "The API"): what `practicas-widgets` and `window.Practicas` give at run time. */
const PUBLICA = [
  'AnexoTabla',
  'DatasetError',
  'PracticaCard',
  'PracticasFiltros',
  'PracticasLista',
  'PracticasMapa',
  'RegistroFiltros',
  'bundledDataset',
  'clearDatasetCache',
  'conteoPorRegion',
  'datosACsv',
  'estadoDeGrupo',
  'facetas',
  'filtrarPracticas',
  'loadDataset',
  'parseDataset',
];
const json = readFileSync(join(root, 'data', 'practicas.json'), 'utf8');

before(() => {
  // loadDataset tells the developer about each failed request on the console; keep the test output readable.
  console.warn = () => {};
});

test('exports exactly the public API, nothing more: a new export is a decision, made here', async () => {
  assert.deepEqual(Object.keys(api).sort(), PUBLICA);
  // The entry that registers the elements re-exports the same API.
  assert.deepEqual(Object.keys(await importDist('practicas.js')).sort(), PUBLICA);
});

test('no published declaration imports zod: its major versions are not our API', () => {
  const declaraciones = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => f.endsWith('.d.ts'));
  assert.ok(declaraciones.includes('index.d.ts'), 'dist/ has its declarations');
  for (const f of declaraciones) {
    const texto = readFileSync(join(root, 'dist', f), 'utf8');
    assert.doesNotMatch(texto, /from ['"]zod|import\(['"]zod|\bz\.(core|Zod|infer)/, `dist/${f} names a zod type`);
  }
});

test('runs without a DOM', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof window, 'undefined');
});

test('bundledDataset: the 31 practices of the publication', () => {
  const dataset = api.bundledDataset();
  assert.equal(dataset.practicas.length, 31);
  assert.equal(dataset.regiones.length, 25);
});

test('filtrarPracticas and facetas', () => {
  const dataset = api.bundledDataset();
  assert.deepEqual(
    api.filtrarPracticas(dataset, { region: '08' }).map((p) => p.id),
    [
      'cusco-desnutricion-comunidades-campesinas',
      'cusco-genero-discapacidad-inversion-publica',
      'cusco-ordenamiento-territorial',
    ],
  );
  assert.equal(api.filtrarPracticas(dataset, { region: '03', tema: 'educacion' }).length, 2);
  assert.equal(api.filtrarPracticas(dataset).length, 31);
  const facetas = api.facetas(dataset, { region: '08' });
  assert.equal(facetas.total, 3);
  assert.deepEqual(facetas.tipo, { 'buena-practica': 2, 'en-proceso': 1 });
  // The region facet ignores the region filter itself: every region's count with the other filters.
  assert.equal(facetas.region['08'], 3);
  assert.equal(facetas.region['03'], 7);
});

test('datosACsv: a header with the documented columns, one row per practice', () => {
  const csv = api.datosACsv(api.bundledDataset());
  const [header] = csv.split(/\r?\n/);
  assert.equal(header.replace(/^\uFEFF/, ''), COLUMNAS_DATASET.join(','));
  assert.ok(header.startsWith('\uFEFFid,tipo,tema,'));
  assert.equal(csv.match(/^[a-z0-9-]+,(buena-practica|en-proceso),/gm)?.length, 31);
});

test('parseDataset validates in Node and fails with DatasetError "invalid"', async () => {
  // `await` and an async wrapper: the same assertions hold whether it returns or resolves, throws or rejects.
  assert.equal((await api.parseDataset(JSON.parse(json))).practicas.length, 31);
  const broken = JSON.parse(json);
  broken.practicas[9].regiones = ['99'];
  await assert.rejects(
    async () => api.parseDataset(broken),
    (error) => error instanceof api.DatasetError && error.kind === 'invalid',
  );
});

test('loadDataset: a relative URL or no URL at all rejects with a DatasetError (network), not a ReferenceError', async () => {
  for (const src of ['relative.json', './data/practicas.json', '/practicas.json', 'not a url', '']) {
    const loading = api.loadDataset(src);
    assert.ok(loading instanceof Promise, `${src}: a promise, not a synchronous throw`);
    await assert.rejects(loading, (error) => {
      assert.ok(error instanceof api.DatasetError, `${src}: ${error}`);
      assert.equal(error.kind, 'network');
      assert.match(error.message, /absolute URL/);
      // The reader's sentence names the address, in both languages.
      assert.match(error.describe('es').detail, /Revise la conexión o la dirección/);
      assert.match(error.describe('en').detail, /Check the connection or the address/);
      return true;
    });
  }
});

test('loadDataset from an absolute URL', async (t) => {
  const broken = JSON.parse(json);
  broken.practicas[0].tipo = 'otra-cosa';
  const server = createServer((request, response) => {
    const routes = {
      '/practicas.json': [200, json],
      '/invalido.json': [200, JSON.stringify(broken)],
      '/texto': [200, 'hola'],
    };
    const [status, body] = routes[request.url] ?? [404, 'not found'];
    response.writeHead(status, {
      'content-type': status === 200 && request.url.endsWith('.json') ? 'application/json' : 'text/plain',
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;

  await t.test('a valid dataset: validated and returned', async () => {
    const dataset = await api.loadDataset(`${base}/practicas.json`);
    assert.equal(dataset.practicas.length, 31);
    assert.deepEqual(dataset, JSON.parse(json));
  });
  await t.test('an invalid dataset: DatasetError "invalid" with the issue located', async () => {
    await assert.rejects(api.loadDataset(`${base}/invalido.json`), (error) => {
      assert.ok(error instanceof api.DatasetError);
      assert.equal(error.kind, 'invalid');
      assert.equal(error.url, `${base}/invalido.json`);
      assert.equal(error.issues[0].path, 'practicas[0].tipo');
      return true;
    });
  });
  await t.test('a missing file and a non-JSON answer: "http" and "not-json"', async () => {
    await assert.rejects(api.loadDataset(`${base}/nada.json`), { name: 'DatasetError', kind: 'http', status: 404 });
    await assert.rejects(api.loadDataset(`${base}/texto`), { name: 'DatasetError', kind: 'not-json' });
  });
});

test('filter state: two registries do not share it; the page registry is the default', () => {
  const a = new api.RegistroFiltros();
  const b = new api.RegistroFiltros();
  a.estadoDeGrupo().reemplazar({ region: '08' });
  a.estadoDeGrupo('mapa').reemplazar({ tema: 'salud' });
  assert.deepEqual(a.estadoDeGrupo().filtros, { region: '08' });
  assert.deepEqual(b.estadoDeGrupo().filtros, {});
  assert.deepEqual(b.estadoDeGrupo('mapa').filtros, {});
  assert.deepEqual(api.estadoDeGrupo().filtros, {});
  assert.equal(a.estadoDeGrupo('mapa'), a.estadoDeGrupo('mapa'));
  assert.notEqual(a.estadoDeGrupo('mapa'), b.estadoDeGrupo('mapa'));
  assert.equal(api.estadoDeGrupo('x'), registroDePagina().estadoDeGrupo('x'));
  assert.equal(registroDePagina(), registroDePagina());
});
