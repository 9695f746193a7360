// Whole-number attributes are validated once, by one rule: a whole number at least the
// minimum, anything else the default with a console warning naming the value; never an error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import '../../src/components/practicas-lista/practicas-lista.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import type { PracticasLista } from '../../src/components/practicas-lista/practicas-lista.js';
import { enteroValido } from '../../src/components/shared/enteros.js';
import { bundledDataset } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import type { Dataset } from '../../src/data/schema.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';
import { part, parts, text, watchUncaught } from '../support/elements.js';

let grupo = 0;
const nuevoGrupo = () => `enteros-${++grupo}`;

/** Collects the elements' console warnings (`<tag>: …`) while a test runs; others pass through. */
function espiarAvisos() {
  const avisos: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const texto = args.map(String).join(' ');
    if (/^<[a-z-]+>: /.test(texto)) avisos.push(texto);
    else original(...args);
  };
  return { avisos, restaurar: () => (console.warn = original) };
}

describe('enteroValido', () => {
  const regla = { minimo: 1, porDefecto: 100, elemento: 'anexo-tabla', atributo: 'incremento' };
  let espia: ReturnType<typeof espiarAvisos>;
  beforeEach(() => (espia = espiarAvisos()));
  afterEach(() => espia.restaurar());

  it('keeps a whole number at least the minimum, silently', () => {
    expect([enteroValido(1, regla), enteroValido(25, regla), enteroValido(100000, regla)]).to.deep.equal([1, 25, 100000]);
    expect(enteroValido(0, { ...regla, minimo: 0, porDefecto: 0 })).to.equal(0);
    expect(espia.avisos).to.deep.equal([]);
  });

  it('gives the default for an absent value, silently', () => {
    expect([enteroValido(null, regla), enteroValido(undefined, regla)]).to.deep.equal([100, 100]);
    expect(espia.avisos).to.deep.equal([]);
  });

  it('gives the default for anything else, with a warning naming the value', () => {
    expect([0, -5, 2.5, NaN, Infinity].map((v) => enteroValido(v, regla))).to.deep.equal([100, 100, 100, 100, 100]);
    expect(espia.avisos).to.deep.equal([
      '<anexo-tabla>: incremento="0" is not a whole number of at least 1; using 100.',
      '<anexo-tabla>: incremento="-5" is not a whole number of at least 1; using 100.',
      '<anexo-tabla>: incremento="2.5" is not a whole number of at least 1; using 100.',
      '<anexo-tabla>: incremento="NaN" is not a whole number of at least 1; using 100.',
      '<anexo-tabla>: incremento="Infinity" is not a whole number of at least 1; using 100.',
    ]);
  });

  it("names the attribute's own text when that is what gave the value", () => {
    enteroValido(NaN, regla, 'diez');
    enteroValido(0, regla, '25'); // a property set since the attribute: the value itself
    expect(espia.avisos).to.deep.equal([
      '<anexo-tabla>: incremento="diez" is not a whole number of at least 1; using 100.',
      '<anexo-tabla>: incremento="0" is not a whole number of at least 1; using 100.',
    ]);
  });
});

describe('<anexo-tabla incremento>', () => {
  let grande: Dataset;
  let espia: ReturnType<typeof espiarAvisos>;
  before(() => (grande = validateDataset(catalogoSintetico(bundledDataset(), 1000, 7))));
  beforeEach(() => (espia = espiarAvisos()));
  afterEach(() => espia.restaurar());

  async function tabla(incremento: string) {
    const el = await fixture<AnexoTabla>(
      html`<anexo-tabla grupo=${nuevoGrupo()} incremento=${incremento} .datos=${grande}></anexo-tabla>`,
    );
    await el.updateComplete;
    return el;
  }
  const filas = (el: AnexoTabla) => parts(el, 'row').length;

  it('shows and adds that many rows', async () => {
    const el = await tabla('25');
    expect(filas(el)).to.equal(25);
    const more = part<HTMLButtonElement>(el, 'more')!;
    expect(text(more)).to.equal('Mostrar 25 más (quedan 975)');
    more.click();
    await el.updateComplete;
    expect(filas(el)).to.equal(50);
    expect(espia.avisos).to.deep.equal([]);
  });

  for (const malo of ['0', '-3', '2.5', 'diez']) {
    it(`incremento="${malo}" behaves as the default, 100, and says so once in the console`, async function () {
      this.timeout(20_000);
      const { errors, stop } = watchUncaught();
      const el = await tabla(malo);
      stop();
      expect(errors).to.deep.equal([]);
      // The first screenful at once, the rest of the 100 after a calm second.
      await waitUntil(() => filas(el) === 100, 'the first 100 rows', { timeout: 5000 });
      const more = part<HTMLButtonElement>(el, 'more')!;
      expect(text(more)).to.equal('Mostrar 100 más (quedan 900)');
      more.click();
      await el.updateComplete;
      expect(filas(el)).to.equal(200);
      expect(espia.avisos).to.deep.equal([`<anexo-tabla>: incremento="${malo}" is not a whole number of at least 1; using 100.`]);
    });
  }

  it('a valid value set later takes over', async () => {
    const el = await tabla('0');
    el.incremento = 10;
    await el.updateComplete;
    expect(filas(el)).to.equal(10);
    expect(text(part(el, 'more'))).to.equal('Mostrar 10 más (quedan 990)');
  });
});

describe('<practicas-lista limite>', () => {
  let espia: ReturnType<typeof espiarAvisos>;
  beforeEach(() => (espia = espiarAvisos()));
  afterEach(() => espia.restaurar());

  async function lista(limite: string) {
    // Apurímac: 7 practices.
    const el = await fixture<PracticasLista>(
      html`<practicas-lista grupo=${nuevoGrupo()} region="03" limite=${limite}></practicas-lista>`,
    );
    await el.updateComplete;
    return el;
  }
  const tarjetas = (el: PracticasLista) => parts(el, 'item').length;

  it('caps the cards at a whole number; 0 means no cap', async () => {
    expect(tarjetas(await lista('3'))).to.equal(3);
    expect(tarjetas(await lista('0'))).to.equal(7);
    expect(espia.avisos).to.deep.equal([]);
  });

  for (const malo of ['-2', '2.5', 'tres']) {
    it(`limite="${malo}" behaves as the default (no cap) and says so once in the console`, async () => {
      const el = await lista(malo);
      expect(tarjetas(el)).to.equal(7);
      expect(part(el, 'more')).to.equal(null);
      expect(espia.avisos).to.deep.equal([`<practicas-lista>: limite="${malo}" is not a whole number of at least 0; using 0.`]);
    });
  }
});
