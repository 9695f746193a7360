import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { strFromU8, unzipSync } from 'fflate';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import { DescargasController, type CargarXlsx } from '../../src/components/anexo-tabla/descargas.js';
import { contexto, filasACsv, leerColumnas, pasosCsv } from '../../src/components/anexo-tabla/modelo.js';
import { porPartes } from '../../src/data/por-partes.js';
import { bundledDataset, clearDatasetCache, parseDataset } from '../../src/data/loader.js';
import { filasDelDataset } from '../../src/data/csv.js';
import { hojaDeTabla } from '../../src/components/anexo-tabla/hoja.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';
import * as xlsx from '../../src/data/xlsx.js';
import { MENSAJES } from '../../src/i18n/mensajes.js';
import { shadow, text, watchUncaught } from '../support/elements.js';
import { leerCsv as leerFilas } from '../../src/cli/csv.js';

let grupo = 0;
const nuevoGrupo = () => `descargas-${++grupo}`;

const boton = (raiz: Element, etiqueta: string) =>
  [...shadow(raiz).querySelectorAll('button')].find((b) => text(b) === etiqueta) as HTMLButtonElement | undefined;
const estado = (raiz: Element) => shadow(raiz).querySelector('.descarga-estado')!;

/** Catches the files the element saves (its temporary link's click) instead of downloading them. */
function capturarDescargas() {
  const archivos: { nombre: string; blob: Blob }[] = [];
  const original = URL.createObjectURL;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = original.call(URL, b);
    blobs.set(url, b as Blob);
    return url;
  };
  const onClick = (e: Event) => {
    const a = e.composedPath()[0] as HTMLAnchorElement;
    if (a.localName !== 'a' || !a.download) return;
    e.preventDefault();
    archivos.push({ nombre: a.download, blob: blobs.get(a.href)! });
  };
  document.addEventListener('click', onClick, true);
  return {
    archivos,
    stop: () => {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** The rows of RFC 4180 text (the BOM dropped), read by the maintainers' command line's own reader. */
const leerCsv = (texto: string): string[][] => leerFilas(texto.replace(/^\uFEFF/, ''), ',').filas.map((f) => f.celdas);

/** The cells of the sheet of an .xlsx we wrote: `[text, type]` per cell, row by row. */
async function celdas(blob: Blob): Promise<[string, string][][]> {
  const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['xl/worksheets/sheet1.xml']);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagName('row')].map((row) =>
    [...row.getElementsByTagName('c')].map((c) => [
      c.getElementsByTagName('t')[0]?.textContent ?? c.getElementsByTagName('v')[0]?.textContent ?? '',
      c.getAttribute('t') ?? 'n',
    ]),
  );
}

describe('<anexo-tabla> downloads', () => {
  afterEach(() => clearDatasetCache());

  it('offers «Descargar Excel» beside «Descargar CSV», in English too, both off when no row is shown', async () => {
    const el = await fixture<AnexoTabla>(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
    const csv = boton(el, 'Descargar CSV')!;
    expect(csv.nextElementSibling).to.equal(boton(el, 'Descargar Excel'));
    const en = await fixture<AnexoTabla>(html`<anexo-tabla lang="en" grupo=${nuevoGrupo()}></anexo-tabla>`);
    expect(boton(en, 'Download Excel')).to.exist;
    const vacia = await fixture<AnexoTabla>(html`<anexo-tabla grupo=${nuevoGrupo()} region="11" tema="salud"></anexo-tabla>`);
    expect(text(shadow(vacia).querySelector('[part="count"]'))).to.match(/^0 de/);
    expect(boton(vacia, 'Descargar Excel')!.disabled).to.equal(true);
    expect(boton(vacia, 'Descargar CSV')!.disabled).to.equal(true);
  });

  it('the Excel button saves anexo-1-practicas.xlsx: the rows, columns and headers of the CSV, every cell text', async () => {
    const el = await fixture<AnexoTabla>(
      html`<anexo-tabla grupo=${nuevoGrupo()} region="11" columnas="practica,regiones,pagina"></anexo-tabla>`,
    );
    const descargas = capturarDescargas();
    try {
      boton(el, 'Descargar Excel')!.click();
      await waitUntil(() => descargas.archivos.length === 1, 'no file was saved');
    } finally {
      descargas.stop();
    }
    const [{ nombre, blob }] = descargas.archivos;
    expect(nombre).to.equal('anexo-1-practicas.xlsx');
    expect(blob.type).to.equal(xlsx.TIPO_XLSX);
    const hoja = await celdas(blob);
    expect(hoja.map((f) => f.map(([t]) => t))).to.deep.equal(leerCsv(el.csv()));
    expect(hoja[0].map(([t]) => t)).to.deep.equal(['id', 'Estado', 'Práctica', 'Región(es)', 'Página']);
    expect(hoja).to.have.length(5);
    expect(hoja.flat().every(([, tipo]) => tipo === 'inlineStr')).to.equal(true);
    expect(text(estado(el))).to.equal('');
    // The public method gives the same file.
    expect(await celdas(await el.xlsx())).to.deep.equal(hoja);
  });

  it("a practice's own page is a number cell; a section's page stays the words shown", async () => {
    const datos = structuredClone(bundledDataset());
    datos.practicas[0].pagina = 31;
    const el = await fixture<AnexoTabla>(html`<anexo-tabla grupo=${nuevoGrupo()} columnas="pagina"></anexo-tabla>`);
    el.datos = datos;
    await el.updateComplete;
    const hoja = await celdas(await el.xlsx());
    expect(hoja[1].slice(2)).to.deep.equal([['31', 'n']]);
    expect(hoja[2].slice(2)).to.deep.equal([[`sección desde p. ${datos.practicas[1].paginaSeccion}`, 'inlineStr']]);
    expect(leerCsv(el.csv())[1][2]).to.equal('31');
  });
});

// A host for the controller alone, with a loader that a test controls: the
// chunk failing to load (offline) or loading slowly.
class PruebaDescargas extends LitElement {
  cargar: CargarXlsx = () => import('../../src/data/xlsx.js');
  readonly descargas = new DescargasController(
    this,
    () => {
      const datos = bundledDataset();
      return { practicas: datos.practicas.slice(0, 3), columnas: ['practica'], ctx: contexto(datos, 'es') };
    },
    () => this.cargar(),
  );
  override render() {
    return this.descargas.render(MENSAJES.es, false);
  }
}
customElements.define('prueba-descargas', PruebaDescargas);

describe('the Excel download when its module does not load', () => {
  it('says so in words, throws nothing into the page, and tries again on the next click', async () => {
    const el = await fixture<PruebaDescargas>(html`<prueba-descargas></prueba-descargas>`);
    const avisos: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => avisos.push(args);
    const uncaught = watchUncaught();
    let intentos = 0;
    el.cargar = () => {
      intentos++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      boton(el, 'Descargar Excel')!.click();
      await waitUntil(() => text(estado(el)) !== 'Preparando el archivo Excel…' && text(estado(el)) !== '');
      // An unhandled rejection would be reported by the next task.
      await new Promise(requestAnimationFrame);
    } finally {
      uncaught.stop();
      console.warn = warn;
    }
    expect(uncaught.errors).to.deep.equal([]);
    expect(estado(el).getAttribute('role')).to.equal('status');
    expect(text(estado(el))).to.equal(MENSAJES.es.excelError);
    expect(String(avisos[0]?.[1])).to.contain('Failed to fetch');
    const descargas = capturarDescargas();
    el.cargar = () => import('../../src/data/xlsx.js');
    try {
      boton(el, 'Descargar Excel')!.click();
      await waitUntil(() => descargas.archivos.length === 1, 'no file was saved on the retry');
    } finally {
      descargas.stop();
    }
    expect(intentos).to.equal(1);
    await el.updateComplete;
    expect(text(estado(el))).to.equal('');
  });

  it('says it is preparing the file while the module loads, and a second click saves no second file', async () => {
    const el = await fixture<PruebaDescargas>(html`<prueba-descargas></prueba-descargas>`);
    let cargas = 0;
    let soltar!: (m: typeof xlsx) => void;
    el.cargar = () => {
      cargas++;
      return new Promise((resolve) => (soltar = resolve));
    };
    const descargas = capturarDescargas();
    try {
      boton(el, 'Descargar Excel')!.click();
      await el.updateComplete;
      expect(text(estado(el))).to.equal('Preparando el archivo Excel…');
      expect(boton(el, 'Descargar Excel')!.getAttribute('aria-busy')).to.equal('true');
      boton(el, 'Descargar Excel')!.click();
      soltar(xlsx);
      await waitUntil(() => descargas.archivos.length === 1, 'no file was saved');
      await el.updateComplete;
    } finally {
      descargas.stop();
    }
    expect(cargas).to.equal(1);
    expect(descargas.archivos).to.have.length(1);
    expect(text(estado(el))).to.equal('');
    expect(boton(el, 'Descargar Excel')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('while the file is being written the button is busy, the page runs its other tasks, and one file is saved', async () => {
    const el = await fixture<PruebaDescargas>(html`<prueba-descargas></prueba-descargas>`);
    let soltar!: () => void;
    const escritura = new Promise<void>((resolve) => (soltar = resolve));
    let escrituras = 0;
    el.cargar = async () => ({
      ...xlsx,
      aXlsxPorPartes: async (hoja: xlsx.Hoja) => {
        escrituras++;
        await escritura;
        return xlsx.aXlsxPorPartes(hoja);
      },
    });
    const descargas = capturarDescargas();
    try {
      boton(el, 'Descargar Excel')!.click();
      await waitUntil(() => escrituras === 1, 'the writer was not called');
      await el.updateComplete;
      const excel = boton(el, 'Descargar Excel')!;
      expect(excel.getAttribute('aria-busy')).to.equal('true');
      expect(excel.getAttribute('aria-disabled')).to.equal('true');
      // Busy, not disabled: the reader who pressed it keeps the focus on it.
      expect(excel.disabled).to.equal(false);
      expect(text(estado(el))).to.equal(MENSAJES.es.excelPreparando);
      excel.click();
      soltar();
      await waitUntil(() => descargas.archivos.length === 1, 'no file was saved');
      await el.updateComplete;
    } finally {
      descargas.stop();
    }
    expect(escrituras).to.equal(1);
    expect(boton(el, 'Descargar Excel')!.hasAttribute('aria-busy')).to.equal(false);
    expect(text(estado(el))).to.equal('');
  });

  it('a sheet that cannot be written (a text longer than a cell holds) is said in words too', async () => {
    const el = await fixture<PruebaDescargas>(html`<prueba-descargas></prueba-descargas>`);
    const warn = console.warn;
    console.warn = () => {};
    el.cargar = async () => ({
      ...xlsx,
      aXlsxPorPartes: () =>
        Promise.reject(new RangeError('Row 2, column «Práctica»: the text has 40000 characters; a cell holds at most 32767')),
    });
    try {
      boton(el, 'Descargar Excel')!.click();
      await waitUntil(() => text(estado(el)) === MENSAJES.es.excelFallo);
    } finally {
      console.warn = warn;
    }
  });
});

const iguales = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

describe('the Excel writer in slices', () => {
  afterEach(() => clearDatasetCache());

  it('writes data/practicas.xlsx byte for byte, as the synchronous writer does', async () => {
    const [encabezados, ...filas] = filasDelDataset(bundledDataset());
    const hoja = { nombre: 'Prácticas', encabezados: encabezados.map(String), filas };
    const archivo = new Uint8Array(await (await fetch('/data/practicas.xlsx')).arrayBuffer());
    expect(archivo.length).to.be.greaterThan(1000);
    expect(iguales(await xlsx.aXlsxPorPartes(hoja), archivo)).to.equal(true);
    expect(iguales(xlsx.aXlsx(hoja), archivo)).to.equal(true);
  });

  it('a sheet of 1,000 practices is written across several tasks, with the bytes of the synchronous writer', async () => {
    const datos = await parseDataset(catalogoSintetico(bundledDataset(), 1_000, 7));
    const hoja = () => hojaDeTabla(datos.practicas, leerColumnas(null).columnas, contexto(datos, 'es'));
    // A task queued before the call runs before the file is ready: the writer gave
    // the browser its turn at least once (in one task it would finish first).
    let tareaCorrio = false;
    setTimeout(() => (tareaCorrio = true));
    const bytes = await xlsx.aXlsxPorPartes(hoja());
    expect(tareaCorrio).to.equal(true);
    expect(iguales(bytes, xlsx.aXlsx(hoja()))).to.equal(true);
  });

  it('the CSV of 1,000 practices is written across several tasks, the same text as csv()', async () => {
    const datos = await parseDataset(catalogoSintetico(bundledDataset(), 1_000, 7));
    const { columnas } = leerColumnas('tema,practica,regiones,nivel,pagina');
    const ctx = contexto(datos, 'es');
    let tareaCorrio = false;
    setTimeout(() => (tareaCorrio = true));
    // A budget of 1 ms, so that even a fast machine yields.
    const texto = await porPartes(pasosCsv(datos.practicas, columnas, ctx), 1);
    expect(tareaCorrio).to.equal(true);
    expect(texto).to.equal(filasACsv(datos.practicas, columnas, ctx));
    expect(leerCsv(texto)).to.have.length(1_001);
  });

  it("the table's xlsx() gives the file of the rows it shows, as the synchronous writer writes it", async () => {
    const datos = await parseDataset(catalogoSintetico(bundledDataset(), 1_000, 7));
    const el = await fixture<AnexoTabla>(
      html`<anexo-tabla grupo=${nuevoGrupo()} columnas="practica,regiones,pagina"></anexo-tabla>`,
    );
    el.datos = datos;
    await el.updateComplete;
    const blob = await el.xlsx();
    const hoja = hojaDeTabla(el.filasActuales(), ['practica', 'regiones', 'pagina'], contexto(datos, 'es'));
    expect(iguales(new Uint8Array(await blob.arrayBuffer()), xlsx.aXlsx(hoja))).to.equal(true);
  });
});
