import { expect } from '@open-wc/testing';
import { busquedaLista, coincidenTexto, normalizar, prepararBusquedaEnTrozos, terminos } from '../../src/data/busqueda.js';
import { bundledDataset } from '../../src/data/loader.js';
import type { Bloque, Dataset, Practica } from '../../src/data/schema.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';

const d = bundledDataset();
const sintetico = (n: number): Dataset => catalogoSintetico(d, n, 7) as Dataset;

/** What normalising meant before the quick path: NFD, marks removed, lowercase, one space. */
const porNfd = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The reference search: every word inside the practice's whole normalised text, no index. */
function referencia(datos: Dataset, q: string): string[] {
  const regiones = new Map(datos.regiones.map((r) => [r.ubigeo, r.nombre]));
  const bloque = (b: Bloque) => (b.tipo === 'lista' ? b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]) : [b.texto]);
  const texto = (p: Practica) =>
    porNfd(
      [
        p.titulo,
        p.tituloAnexo,
        p.objetivo,
        p.area,
        ...p.descripcion.flatMap(bloque),
        ...p.herramientas.flatMap((h) => [h.texto, ...(h.items ?? [])]),
        ...p.regiones.map((r) => regiones.get(r) ?? ''),
      ].join('\n'),
    );
  const palabras = porNfd(q).split(' ').filter(Boolean);
  return datos.practicas.filter((p) => palabras.every((w) => texto(p).includes(w))).map((p) => p.id);
}

const CONSULTAS = ['agua', 'a', 'quinua', 'gestión regional', 'APURÍMAC', 'n.º 12', '«', 'ordenanza 377-arequipa', 'zzz', 'o de', 'ñ'];

describe('full-text search index', () => {
  it('normalises every Latin and punctuation character exactly as NFD does', () => {
    const caracteres: string[] = [];
    for (const [desde, hasta] of [
      [0, 0x24f],
      [0x2000, 0x206f],
      [0x1e00, 0x1eff],
    ]) {
      for (let c = desde; c <= hasta; c++) caracteres.push(String.fromCharCode(c));
    }
    for (const c of caracteres) expect(normalizar(`A${c}b`), `U+${c.charCodeAt(0).toString(16)}`).to.equal(porNfd(`A${c}b`));
    // The publication's whole text, field by field.
    for (const p of d.practicas) for (const campo of [p.titulo, p.objetivo, p.area]) expect(normalizar(campo)).to.equal(porNfd(campo));
    expect(terminos('  Ñandú  HUÁNUCO ')).to.deep.equal(['nandu', 'huanuco']);
  });

  it('finds what a scan of the whole text finds, in the 31 practices and in a catalogue of 1,000', async () => {
    const grande = sintetico(1000);
    await prepararBusquedaEnTrozos(grande);
    for (const datos of [d, grande]) {
      for (const q of CONSULTAS) {
        const ids = coincidenTexto(datos, terminos(q)).map((p) => p.id);
        expect(ids, `${datos.practicas.length}: ${q}`).to.deep.equal(referencia(datos, q));
      }
    }
    // The queries mean something: some find many, some few, some none.
    expect(referencia(grande, 'agua').length).to.be.within(1, 999);
    expect(referencia(grande, 'zzz')).to.deep.equal([]);
  });

  it('builds a large index in several tasks, letting the page run between them', async () => {
    const datos = sintetico(3000);
    let listo = false;
    let temporizadorAntes = false;
    expect(busquedaLista(datos), 'not ready at once').to.equal(false);
    const construccion = prepararBusquedaEnTrozos(datos).then(() => (listo = true));
    // Started from busquedaLista: the same build, not a second one.
    expect(prepararBusquedaEnTrozos(datos)).to.equal(prepararBusquedaEnTrozos(datos));
    setTimeout(() => (temporizadorAntes = !listo), 0);
    await construccion;
    expect(temporizadorAntes, "a page's timer ran before the build ended").to.equal(true);
    expect(busquedaLista(datos)).to.equal(true);
    expect(coincidenTexto(datos, ['riego']).map((p) => p.id)).to.deep.equal(referencia(datos, 'riego'));
  });

  it('indexes a small catalogue at once when a search needs it', () => {
    expect(busquedaLista(structuredClone(d))).to.equal(true);
  });

  it('starts afresh when the practices are replaced during a build', async () => {
    const datos = sintetico(2000);
    const primera = prepararBusquedaEnTrozos(datos);
    datos.practicas = datos.practicas.slice(0, 1500);
    await primera;
    await prepararBusquedaEnTrozos(datos);
    expect(coincidenTexto(datos, ['agua']).map((p) => p.id)).to.deep.equal(referencia(datos, 'agua'));
  });
});
