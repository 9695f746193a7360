import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import { COLUMNAS, contexto, SECCIONES, valorCelda, type Orden } from '../../src/components/anexo-tabla/modelo.js';
import { ordenar, ordenListo, prepararOrden } from '../../src/components/anexo-tabla/orden.js';
import { filtrarPracticas } from '../../src/data/filtros.js';
import { bundledDataset, clearDatasetCache } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import type { Dataset, Practica } from '../../src/data/schema.js';
import type { Lang } from '../../src/i18n/lang.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { part, parts, shadow, text } from '../support/elements.js';

/**
 * The order a reader expects, written plainly: within each section (as published), by the
 * column's value as the language's collator sees it (pages as numbers), equal values in the
 * order of the list given. One collator comparison per pair, as the table did before it
 * remembered ranks.
 */
function referencia(practicas: readonly Practica[], orden: Orden, datos: Dataset, lang: Lang): string[] {
  const collator = new Intl.Collator(lang === 'es' ? 'es-PE' : 'en', { sensitivity: 'base', numeric: true });
  const ctx = contexto(datos, lang);
  const valor = (p: Practica) =>
    orden.columna === 'pagina' ? (p.pagina ?? p.paginaSeccion ?? Infinity) : valorCelda(p, orden.columna, ctx);
  const filas = practicas.map((p, i) => ({ p, i, s: SECCIONES.indexOf(p.tipo), v: valor(p) }));
  filas.sort((a, b) => {
    if (a.s !== b.s) return a.s - b.s;
    const d =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? Math.sign(a.v - b.v) || 0 // Infinity − Infinity is NaN: equal
        : collator.compare(String(a.v), String(b.v));
    return d !== 0 ? (orden.direccion === 'asc' ? d : -d) : a.i - b.i;
  });
  return filas.map((f) => f.p.id);
}

const ids = (practicas: readonly Practica[]) => practicas.map((p) => p.id);

/**
 * The 31 practices of 2018 with titles that a Spanish or English reader sorts as equal (case,
 * accents, a number's leading zero) though they differ as strings, and shared values in every column.
 */
function conEmpates(): Dataset {
  const base = bundledDataset();
  const titulos = [
    'Agua segura (n.º 2)',
    'agua segura (n.º 2)',
    'Água Segura (n.º 02)',
    'Agua segura (n.º 10)',
    'AGUA SEGURA (N.º 2)',
  ];
  const practicas = base.practicas.map((p, i) => (i % 6 === 0 ? { ...p, tituloAnexo: titulos[(i / 6) % titulos.length] } : p));
  return validateDataset({ ...base, practicas });
}

let grupo = 0;
const nuevoGrupo = () => `tabla-orden-${++grupo}`;
const filas = (el: AnexoTabla) => parts(el, 'row').map((tr) => tr.dataset.practicaId!);
const encabezado = (el: AnexoTabla, etiqueta: string) =>
  [...shadow(el).querySelectorAll('thead th')].find((th) => text(th).startsWith(etiqueta))!;
const pulsar = (el: AnexoTabla, etiqueta: string) => encabezado(el, etiqueta).querySelector('button')!.click();
const ocupada = (el: AnexoTabla) => part(el, 'scroller')!.getAttribute('aria-busy') === 'true';

describe('anexo-tabla sorting by remembered ranks', () => {
  afterEach(() => clearDatasetCache());

  describe('the same order as a plain collator sort', () => {
    const ordenes = COLUMNAS.flatMap((columna) => (['asc', 'desc'] as const).map((direccion) => ({ columna, direccion })));

    for (const lang of ['es', 'en'] as const) {
      it(`in ${lang}: every column, both ways, the whole catalogue and filtered views, with ties`, () => {
        const datos = conEmpates();
        const ctx = contexto(datos, lang);
        const vistas = [
          datos.practicas,
          filtrarPracticas(datos, { tipo: 'en-proceso' }),
          filtrarPracticas(datos, { region: '22' }),
          // A view out of the publication's order: its own order breaks ties.
          [...datos.practicas].reverse().filter((_, i) => i % 3 !== 1),
          [],
        ];
        for (const orden of ordenes) {
          for (const vista of vistas) {
            expect(ids(ordenar(vista, orden, ctx)), `${orden.columna} ${orden.direccion}`).to.deep.equal(
              referencia(vista, orden, datos, lang),
            );
          }
        }
        // The ties are there: titles equal to the collator keep the publication's order.
        const agua = ordenar(datos.practicas, { columna: 'practica', direccion: 'desc' }, ctx).filter((p) =>
          /segura \(n\.º 0?2\)/i.test(p.tituloAnexo),
        );
        expect(agua.length).to.be.at.least(4);
      });
    }

    it('in a large catalogue, by ranks computed at once or in slices, and in views of it of any size', async function () {
      // Thousands of collator comparisons, made twice (the reference, and the ranks): slow on a busy machine.
      this.timeout(30_000);
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 3000, 5));
      const ctx = contexto(datos, 'es');
      const corta = filtrarPracticas(datos, { region: '08' });
      const larga = filtrarPracticas(datos, { tipo: 'buena-practica' });
      expect(corta.length).to.be.below(1000);
      expect(larga.length).to.be.above(1000);
      // The ranks are not there yet: a short view sorts at once anyway, a long one waits.
      expect(ordenListo(corta, 'practica', ctx)).to.equal(true);
      expect(ordenListo(larga, 'practica', ctx)).to.equal(false);
      for (const direccion of ['asc', 'desc'] as const) {
        const orden = { columna: 'practica', direccion } as const;
        expect(ids(ordenar(corta, orden, ctx))).to.deep.equal(referencia(corta, orden, datos, 'es'));
      }
      expect(await prepararOrden('practica', ctx, () => true)).to.equal(true);
      expect(ordenListo(larga, 'practica', ctx)).to.equal(true);
      for (const vista of [datos.practicas, larga, corta]) {
        for (const direccion of ['asc', 'desc'] as const) {
          const orden = { columna: 'practica', direccion } as const;
          expect(ids(ordenar(vista, orden, ctx))).to.deep.equal(referencia(vista, orden, datos, 'es'));
        }
      }
      // Without `prepararOrden`, the synchronous API computes a column's ranks itself.
      const orden = { columna: 'regiones', direccion: 'desc' } as const;
      expect(ids(ordenar(larga, orden, ctx))).to.deep.equal(referencia(larga, orden, datos, 'es'));
    });
  });

  describe('computing the ranks in slices', () => {
    it('takes several tasks, stops when nobody wants the ranks any more, and resumes where it stopped', async function () {
      this.timeout(30_000);
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 10_000, 11));
      const ctx = contexto(datos, 'en');
      let quiere = true;
      let tareas = 0;
      let listo = false;
      const primera = prepararOrden('practica', ctx, () => quiere).then((r) => (listo = r));
      // Other tasks run while the ranks are computed: a timer's turns come between the slices.
      while (!listo && tareas < 3) {
        await new Promise((r) => setTimeout(r));
        tareas++;
      }
      expect(listo, 'not done in one task').to.equal(false);
      quiere = false;
      expect(await primera, 'stopped: nobody wants the ranks').to.equal(false);
      expect(ordenListo(datos.practicas, 'practica', ctx)).to.equal(false);
      // Another caller resumes the work, and the order is right.
      expect(await prepararOrden('practica', ctx, () => true)).to.equal(true);
      const orden = { columna: 'practica', direccion: 'asc' } as const;
      expect(ids(ordenar(datos.practicas, orden, ctx))).to.deep.equal(referencia(datos.practicas, orden, datos, 'en'));
    });
  });

  describe('<anexo-tabla> at 10,000 practices', function () {
    // Tens of thousands of collator comparisons per test, in slices: slow on a busy machine.
    this.timeout(60_000);
    let datos: Dataset;
    let el: AnexoTabla;
    // A fresh catalogue per test: its ranks are not remembered yet.
    beforeEach(async () => {
      datos = validateDataset(catalogoSintetico(bundledDataset(), 10_000, 13));
      el = document.body.appendChild(Object.assign(document.createElement('anexo-tabla'), { grupo: nuevoGrupo(), datos }));
      await el.updateComplete;
    });
    afterEach(() => el.remove());

    const publicacion = () => ids(datos.practicas);
    const terminar = () => waitUntil(() => !ocupada(el), 'the rows are sorted', { timeout: 50_000 });

    it('keeps its rows and says «Ordenando…» while the ranks are computed over several tasks, then shows them sorted', async () => {
      const antes = filas(el);
      expect(antes).to.deep.equal(publicacion().slice(0, antes.length));
      pulsar(el, 'Práctica');
      await el.updateComplete;
      // Busy, in the same rows, and the header does not yet say ascending: the rows are not.
      let vistas = 0;
      while (ocupada(el)) {
        expect(text(part(el, 'count'))).to.equal('Ordenando…');
        expect(filas(el)).to.deep.equal(antes);
        expect(encabezado(el, 'Práctica').getAttribute('aria-sort')).to.equal('none');
        vistas++;
        await new Promise((r) => setTimeout(r));
      }
      expect(vistas, 'busy across several tasks').to.be.at.least(2);
      await el.updateComplete;
      expect(encabezado(el, 'Práctica').getAttribute('aria-sort')).to.equal('ascending');
      expect(text(part(el, 'count'))).to.equal('10,000 de 10,000 prácticas');
      const orden = { columna: 'practica', direccion: 'asc' } as const;
      const esperado = referencia(datos.practicas, orden, datos, 'es');
      expect(ids(el.filasActuales())).to.deep.equal(esperado);
      expect(filas(el)).to.deep.equal(esperado.slice(0, filas(el).length));
      // Descending reuses the ranks: sorted within the click's own update.
      pulsar(el, 'Práctica');
      await el.updateComplete;
      expect(ocupada(el)).to.equal(false);
      expect(encabezado(el, 'Práctica').getAttribute('aria-sort')).to.equal('descending');
      const desc = { columna: 'practica', direccion: 'desc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(datos.practicas, desc, datos, 'es'));
      pulsar(el, 'Práctica');
      await el.updateComplete;
      expect(ids(el.filasActuales())).to.deep.equal(publicacion());
      expect(encabezado(el, 'Práctica').getAttribute('aria-sort')).to.equal('none');
    });

    it('a newer sort supersedes one under way: the last order asked for wins', async () => {
      pulsar(el, 'Práctica');
      await el.updateComplete;
      expect(ocupada(el)).to.equal(true);
      pulsar(el, 'Criterio');
      await el.updateComplete;
      await terminar();
      await el.updateComplete;
      const orden = { columna: 'criterio', direccion: 'asc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(datos.practicas, orden, datos, 'es'));
      expect(encabezado(el, 'Criterio').getAttribute('aria-sort')).to.equal('ascending');
      expect(encabezado(el, 'Práctica').getAttribute('aria-sort')).to.equal('none');
      // Back to the publication's order while a sort is under way: nothing sorts the rows afterwards.
      pulsar(el, 'Región(es)');
      await el.updateComplete;
      const volver = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Volver al orden de la publicación')!;
      volver.click();
      await el.updateComplete;
      expect(ocupada(el)).to.equal(false);
      expect(ids(el.filasActuales())).to.deep.equal(publicacion());
      // The superseded work is not finished behind the reader's back, and a later request still gets it right.
      pulsar(el, 'Región(es)');
      await el.updateComplete;
      await terminar();
      const regiones = { columna: 'regiones', direccion: 'asc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(datos.practicas, regiones, datos, 'es'));
    });

    it('a language change supersedes the sort under way: the rows end in the new language’s order', async () => {
      pulsar(el, 'Práctica');
      await el.updateComplete;
      expect(ocupada(el)).to.equal(true);
      // What the count said, and whether the table was busy, at each of its changes: polled instead,
      // the English sort could end between two polls on a busy machine, and the busy English state
      // went unseen.
      const estados: [string, boolean][] = [];
      const observador = new MutationObserver(() => estados.push([text(part(el, 'count')), ocupada(el)]));
      observador.observe(shadow(el), { subtree: true, childList: true, characterData: true });
      el.setAttribute('lang', 'en');
      // The element sees the attribute's change in a mutation observer's callback, then updates.
      await waitUntil(() => estados.some(([t]) => t !== 'Ordenando…'), 'the table speaks English');
      observador.disconnect();
      expect(estados.find(([t]) => t !== 'Ordenando…')).to.deep.equal(['Sorting…', true]);
      await terminar();
      await el.updateComplete;
      expect(encabezado(el, 'Practice').getAttribute('aria-sort')).to.equal('ascending');
      const orden = { columna: 'practica', direccion: 'asc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(datos.practicas, orden, datos, 'en'));
    });

    it('sorts a short filtered view at once, and a long one once its ranks are there', async () => {
      const g = el.grupo!;
      estadoDeGrupo(g).combinar({ region: '15' });
      await el.updateComplete;
      const corta = el.filasActuales();
      expect(corta.length).to.be.within(1, 1000);
      pulsar(el, 'Nivel de gobierno');
      await el.updateComplete;
      expect(ocupada(el)).to.equal(false);
      const nivel = { columna: 'nivel', direccion: 'asc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(corta, nivel, datos, 'es'));
      // A long view: busy, then sorted; the filter's change while busy keeps the order asked for.
      estadoDeGrupo(g).reemplazar({ tipo: 'en-proceso' });
      await el.updateComplete;
      pulsar(el, 'Práctica');
      await el.updateComplete;
      expect(ocupada(el)).to.equal(true);
      estadoDeGrupo(g).reemplazar({ tipo: 'buena-practica' });
      await el.updateComplete;
      await terminar();
      await el.updateComplete;
      const larga = filtrarPracticas(datos, { tipo: 'buena-practica' });
      expect(larga.length).to.be.above(1000);
      const practica = { columna: 'practica', direccion: 'asc' } as const;
      expect(ids(el.filasActuales())).to.deep.equal(referencia(larga, practica, datos, 'es'));
      expect(text(part(el, 'count'))).to.match(/^[\d,]+ de 10,000 prácticas$/);
    });
  });
});
