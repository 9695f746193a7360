// The built bundles, as a regional portal loads them (npm test builds first).
import { expect } from '@open-wc/testing';
import type * as Practicas from '../src/practicas.js';

type Api = typeof Practicas;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('bundles', () => {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('cdn/practicas.js holds the data and every element in one module, loadable twice', async () => {
    const before = performance.getEntriesByType('resource').length;
    const first = (await import(/* @vite-ignore */ '/cdn/practicas.js' as string)) as Api;
    // A second copy from another URL (as two script tags with different paths would give).
    const second = (await import(/* @vite-ignore */ '/cdn/practicas.js?copy=2' as string)) as Api;
    expect(first.bundledDataset().practicas).to.have.length(31);
    expect(second.bundledDataset().practicas).to.have.length(31);
    expect(first.filtrarPracticas(first.bundledDataset(), { q: 'apurimac' }).length).to.be.greaterThan(0);
    // Importing registered every element, once.
    expect(customElements.get('practica-card')).to.equal(first.PracticaCard);
    expect(customElements.get('practicas-lista')).to.equal(first.PracticasLista);
    // The two module loads are the only requests: no data file, no Lit, no validator.
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((e) => new URL(e.name).pathname);
    expect(requested()).to.deep.equal(['/cdn/practicas.js', '/cdn/practicas.js']);
    // The validator comes from beside the module the first time data must be validated.
    const error = await first.parseDataset({ practicas: 'no' }, 'prueba.json').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(first.DatasetError);
    expect((error as Practicas.DatasetError).kind).to.equal('invalid');
    expect((error as Practicas.DatasetError).describe('es').detail).to.contain('prueba.json');
    expect(await first.parseDataset(first.bundledDataset())).to.deep.equal(first.bundledDataset());
    expect(requested().filter((path) => path.includes('validador'))).to.deep.equal(['/cdn/practicas-validador.js']);
    expect(uncaught).to.deep.equal([]);
  });

  it('cdn/practicas.iife.js works from a classic <script>, loaded twice', async () => {
    await loadClassicScript('/cdn/practicas.iife.js');
    await loadClassicScript('/cdn/practicas.iife.js?copy=2');
    const api = (window as unknown as { Practicas: Api }).Practicas;
    expect(api.bundledDataset().practicas).to.have.length(31);
    // The global is the public API, exactly as the module exports it (test/node/dist-api.test.mjs lists it).
    const modulo = (await import(/* @vite-ignore */ '/cdn/practicas.js' as string)) as Api;
    expect(Object.keys(api).sort()).to.deep.equal(Object.keys(modulo).sort());
    // One file: the validator is inside, nothing else is requested.
    const before = performance.getEntriesByType('resource').length;
    const error = await api.parseDataset({ practicas: 'no' }).catch((e: unknown) => e);
    expect((error as Practicas.DatasetError).kind).to.equal('invalid');
    expect(performance.getEntriesByType('resource').slice(before)).to.have.length(0);
    expect(uncaught).to.deep.equal([]);
  });
});
