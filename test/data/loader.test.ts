import { expect } from '@open-wc/testing';
import { DatasetError } from '../../src/data/errors.js';
import { bundledDataset, clearDatasetCache, loadDataset } from '../../src/data/loader.js';
import { hits, jsonUrl, rawDataset, uniqueKey } from '../support/data.js';

/** The DatasetError a load must fail with. */
async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the load to fail');
}

describe('dataset loader', () => {
  afterEach(() => clearDatasetCache());

  it('gives the bundled dataset without any request', () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args) => {
      calls++;
      return original(...args);
    };
    try {
      expect(bundledDataset().practicas).to.have.length(31);
      expect(bundledDataset()).to.equal(bundledDataset());
    } finally {
      window.fetch = original;
    }
    expect(calls).to.equal(0);
  });

  it('loads and validates a dataset by URL, relative to the document', async () => {
    const key = uniqueKey('ok');
    const data = await loadDataset(`fixtures/dataset/${key}`);
    expect(data.practicas).to.have.length(31);
    expect(await hits(key)).to.equal(1);
  });

  it('shares one request between callers of the same URL, and keeps the result', async () => {
    const key = uniqueKey('shared');
    const [a, b] = await Promise.all([
      loadDataset(`/fixtures/dataset/${key}?delay=50`),
      loadDataset(`${location.origin}/fixtures/dataset/${key}?delay=50`),
    ]);
    expect(a).to.equal(b);
    const c = await loadDataset(`/fixtures/dataset/${key}?delay=50`);
    expect(c).to.equal(a);
    expect(await hits(key)).to.equal(1);
  });

  describe('errors', () => {
    it('HTTP 404: names the status and the URL, in Spanish and English', async () => {
      const error = await failure(loadDataset('/fixtures/status/404'));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal(`${location.origin}/fixtures/status/404`);
      expect(error.message).to.contain('HTTP 404');
      const es = error.describe('es');
      expect(es.title).to.equal('No se pudo cargar el catálogo de prácticas.');
      expect(es.detail).to.contain('error 404').and.contain('/fixtures/status/404');
      expect(error.describe('en').detail).to.contain('error 404');
    });

    it('an address that cannot be requested rejects (never throws) with a network error that names it', async () => {
      let promise: Promise<unknown> | undefined;
      expect(() => (promise = loadDataset('http://[no-es-una-direccion'))).not.to.throw();
      const error = await failure(promise!);
      expect(error.kind).to.equal('network');
      expect(error.url).to.equal('http://[no-es-una-direccion');
      expect(error.describe('es').detail).to.contain('http://[no-es-una-direccion');
    });

    it('HTTP 500', async () => {
      const error = await failure(loadDataset('/fixtures/status/500'));
      expect([error.kind, error.status]).to.deep.equal(['http', 500]);
    });

    it('an HTML page instead of JSON', async () => {
      const error = await failure(loadDataset('/fixtures/html'));
      expect(error.kind).to.equal('not-json');
      expect(error.contentType).to.equal('text/html');
      expect(error.describe('es').detail).to.contain('no devolvió datos JSON válidos (recibido: text/html)');
    });

    it('broken JSON', async () => {
      const error = await failure(loadDataset('/fixtures/broken-json'));
      expect(error.kind).to.equal('not-json');
      expect(error.message).to.contain('starts with "{\\"fuente\\"');
    });

    it('a JSON array', async () => {
      const error = await failure(loadDataset(jsonUrl([1, 2])));
      expect(error.kind).to.equal('invalid');
      expect(error.issues[0].issue.code).to.equal('invalid_type');
    });

    it('a dataset that breaks the schema: which record, which field, which rule', async () => {
      const data = rawDataset();
      data.practicas[9].regiones = ['99'];
      const error = await failure(loadDataset(jsonUrl(data)));
      expect(error.kind).to.equal('invalid');
      expect(error.issues[0].path).to.equal('practicas[9].regiones[0]');
      expect(error.describe('es').detail).to.contain('La práctica 10 (id «huanuco-primera-infancia-articulada»), en «regiones» n.º 1:');
    });

    it('a server that never answers: a timeout with a clear message', async () => {
      const error = await failure(loadDataset('/fixtures/silent', { timeoutMs: 300 }));
      expect(error.kind).to.equal('timeout');
      expect(error.describe('es').detail).to.match(/no respondió en 0\.3 segundos\.$/); // es-PE: decimal point
      expect(error.describe('en').detail).to.match(/did not answer within 0.3 seconds\.$/);
    });

    it('an unreachable server', async () => {
      const error = await failure(loadDataset('http://127.0.0.1:9/practicas.json'));
      expect(error.kind).to.equal('network');
      expect(error.describe('es').detail).to.contain('No se pudo conectar con http://127.0.0.1:9/practicas.json');
    });

    it('forgets a failure, so that a retry asks again', async () => {
      await failure(loadDataset('/fixtures/status/503'));
      const again = await failure(loadDataset('/fixtures/status/503'));
      expect(again.status).to.equal(503);
      const key = uniqueKey('retry');
      // Same URL after a network failure of another: independent.
      expect((await loadDataset(`/fixtures/dataset/${key}`)).practicas).to.have.length(31);
    });
  });

  describe('aborting', () => {
    it('one caller aborting does not cancel the request for the others', async () => {
      const key = uniqueKey('abort-one');
      const url = `/fixtures/dataset/${key}?delay=200`;
      const controller = new AbortController();
      const first = loadDataset(url, { signal: controller.signal });
      const second = loadDataset(url, { signal: new AbortController().signal });
      controller.abort(new DOMException('changed', 'AbortError'));
      let firstError: unknown;
      await first.catch((e: unknown) => (firstError = e));
      expect((firstError as DOMException).name).to.equal('AbortError');
      expect((await second).practicas).to.have.length(31);
      expect(await hits(key)).to.equal(1);
    });

    it('when every caller aborts, the request stops and a later load fetches again', async () => {
      const key = uniqueKey('abort-all');
      const url = `/fixtures/dataset/${key}?delay=300`;
      const controller = new AbortController();
      const pending = loadDataset(url, { signal: controller.signal }).catch((e: unknown) => e);
      // Abort once the server has the request in hand.
      while ((await hits(key)) === 0) await new Promise((r) => setTimeout(r, 10));
      controller.abort();
      expect(((await pending) as DOMException).name).to.equal('AbortError');
      expect((await loadDataset(url)).practicas).to.have.length(31);
      expect(await hits(key)).to.equal(2);
    });

    it('an already aborted signal rejects at once', async () => {
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      const result = await loadDataset(`/fixtures/dataset/${uniqueKey('pre')}`, { signal: controller.signal }).catch((e: unknown) => e);
      expect((result as Error).message).to.equal('stop');
    });
  });
});
