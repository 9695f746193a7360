/**
 * Reading the two sheets (practices, and sources beside it) into a dataset,
 * with every problem placed at its row, column and cell line; then the
 * validator, whose problems are placed the same way.
 */
import type { DatasetIssue } from '../data/errors.js';
import { DatasetError } from '../data/errors.js';
import { validateDataset } from '../data/parse.js';
import type { Dataset, Fuente } from '../data/schema.js';
import { VERSION_DATASET } from '../data/vocabulario.js';
import { MENSAJES_VALIDACION } from '../i18n/mensajes-validacion.js';
import { vocabularios } from './catalogos.js';
import { detectarSeparador, leerCsv, type Fila } from './csv.js';
import { CABECERAS_FUENTES, fuenteDeFila } from './fuentes.js';
import { CABECERAS, CLAVES, claveDeCabecera, practicaDeFila, type Origen } from './hoja.js';
import { MENSAJES_CLI, type MensajesCli } from './mensajes.js';
import { enFila, problema, queEstaMal, unoPorValor, type Problema } from './problemas.js';

type Lugar = (m: MensajesCli) => string;

/** The rows of a sheet, each as a map from column key to cell, with the problems of its layout. */
function tabla(texto: string, cabeceras: Record<string, string>, archivo: string) {
  const problemas: Problema[] = [];
  const enArchivo: Lugar = (m) => m.archivo(archivo);
  const { filas, comillaSinCerrar } = leerCsv(
    texto,
    detectarSeparador(texto, (c) => !!claveDeCabecera(c, cabeceras)),
  );
  if (comillaSinCerrar !== undefined) {
    return { filas: [], problemas: [problema(enArchivo, (m) => m.comillaSinCerrar(comillaSinCerrar))], legible: false };
  }
  const [cabecera, ...resto] = filas;
  const claves = (cabecera?.celdas ?? []).map((c) => claveDeCabecera(c, cabeceras));
  const faltan = Object.keys(cabeceras).filter((k) => !claves.includes(k));
  if (faltan.length) problemas.push(problema(enArchivo, (m) => m.faltanColumnas(faltan.map((k) => cabeceras[k]!))));
  claves.forEach((k, i) => {
    if (k && claves.indexOf(k) !== i) problemas.push(problema(enArchivo, (m) => m.columnaRepetida(cabeceras[k]!)));
    // A column of its own a maintainer added: its data would be lost, so it is a problem unless empty.
    const nombre = cabecera!.celdas[i]!;
    if (!k && resto.some((f) => (f.celdas[i] ?? '').trim() !== '')) {
      problemas.push(problema(enArchivo, (m) => m.columnaDesconocida(nombre)));
    }
  });
  const leidas: { numero: number; celdas: Map<string, string>; deMas: boolean }[] = [];
  for (const fila of resto as Fila[]) {
    if (fila.celdas.every((c) => c.trim() === '')) continue;
    const celdas = new Map<string, string>();
    claves.forEach((k, i) => k && !celdas.has(k) && celdas.set(k, fila.celdas[i] ?? ''));
    const deMas = fila.celdas.slice(claves.length).some((c) => c.trim() !== '');
    leidas.push({ numero: fila.numero, celdas, deMas });
  }
  return { filas: faltan.length ? [] : leidas, problemas, legible: faltan.length === 0 };
}

export interface HojasLeidas {
  /** The dataset as read (not yet validated). */
  datos: Record<string, unknown>;
  problemas: Problema[];
  origenes: Origen[];
  origenesFuentes?: Origen[];
  /** False when a sheet could not be read as a table of its columns: there is nothing to validate. */
  legible: boolean;
}

/** Reads the practices sheet (and the sources sheet, if given) against a base dataset's catalogues. */
export function leerHojas(
  hoja: { texto: string; archivo: string },
  hojaFuentes: { texto: string; archivo: string } | undefined,
  base: Dataset,
): HojasLeidas {
  const problemas: Problema[] = [];
  let fuentes: unknown[] = base.fuentes;
  let origenesFuentes: Origen[] | undefined;
  let legible = true;
  if (hojaFuentes) {
    const t = tabla(hojaFuentes.texto, CABECERAS_FUENTES, hojaFuentes.archivo);
    problemas.push(...t.problemas);
    legible = t.legible;
    [fuentes, origenesFuentes] = [[], []];
    for (const fila of t.filas) {
      const leida = fuenteDeFila(fila.celdas as Map<never, string>, fila.numero);
      fuentes.push(leida.fuente);
      origenesFuentes.push(leida.origen);
      for (const p of leida.problemas) {
        const cab = p.clave && CABECERAS_FUENTES[p.clave];
        const lugar = enFila((m) => m.filaFuente(p.fila, p.id), cab, p.linea);
        const celda = `fuentes.${origenesFuentes.length - 1}.${p.clave === 'anio' || p.clave === 'mes' ? 'fecha' : p.clave}`;
        problemas.push({ ...problema(lugar, p.que), celda, orden: p.fila });
      }
      if (fila.deMas) {
        problemas.push({
          ...problema(
            (m) => m.filaFuente(fila.numero, leida.origen.id),
            (m) => m.celdasDeMas,
          ),
          orden: fila.numero,
        });
      }
    }
  }
  const voc = vocabularios({ ...base, fuentes: fuentes.filter((f): f is Fuente => typeof (f as Fuente).id === 'string') });
  const t = tabla(hoja.texto, CABECERAS, hoja.archivo);
  problemas.push(...t.problemas);
  if (t.filas.length === 0 && conocidas(hoja.texto, CABECERAS_FUENTES) > conocidas(hoja.texto, CABECERAS)) {
    return {
      datos: {},
      problemas: [
        problema(
          (m) => m.archivo(hoja.archivo),
          (m) => m.hojaDeFuentes,
        ),
      ],
      origenes: [],
      legible: false,
    };
  }
  const practicas: unknown[] = [];
  const origenes: Origen[] = [];
  for (const fila of t.filas) {
    const leida = practicaDeFila(fila.celdas as Map<never, string>, fila.numero, voc);
    const i = practicas.push(leida.practica) - 1;
    origenes.push(leida.origen);
    for (const p of leida.problemas) {
      const lugar = enFila((m) => m.fila(p.fila, p.id), p.clave && CABECERAS[p.clave], p.linea);
      problemas.push({
        ...problema(lugar, p.que, i),
        celda: `practicas.${i}.${p.clave}`,
        orden: enFilaYColumna(p.fila, p.clave),
      });
    }
    if (fila.deMas) {
      problemas.push({
        ...problema(
          (m) => m.fila(fila.numero, leida.origen.id),
          (m) => m.celdasDeMas,
          i,
        ),
        orden: enFilaYColumna(fila.numero, 'notas') + 0.001,
      });
    }
  }
  problemas.push(...repetidos(practicas, origenes, 'practicas'));
  if (origenesFuentes) problemas.push(...repetidos(fuentes, origenesFuentes, 'fuentes'));
  const datos = {
    version: VERSION_DATASET,
    fuentes,
    temas: base.temas,
    criterios: base.criterios,
    regiones: base.regiones,
    practicas,
  };
  return { datos, problemas, origenes, origenesFuentes, legible: legible && t.legible };
}

/** Rows of the sources sheet sort before those of the practices sheet. */
const EN_PRACTICAS = 1e7;
/** A practices-sheet problem's place in reading order: its row, then its column. */
const enFilaYColumna = (fila: number, clave: unknown) => EN_PRACTICAS + fila + (CLAVES.indexOf(clave as never) + 1) / 100;

/**
 * Repeated ids, found here too: the validator checks rules across records only
 * once every record has its shape, and a maintainer fixing a sheet wants them all at once.
 */
function repetidos(registros: readonly unknown[], origenes: readonly Origen[], lista: 'practicas' | 'fuentes'): Problema[] {
  const primera = new Map<string, number>();
  const problemas: Problema[] = [];
  registros.forEach((registro, i) => {
    const id = (registro as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') return;
    const antes = primera.get(id);
    if (antes === undefined) return void primera.set(id, origenes[i]!.fila);
    const o = origenes[i]!;
    const donde = enFila(
      (m) => (lista === 'practicas' ? m.fila(o.fila, o.id) : m.filaFuente(o.fila, o.id)),
      lista === 'practicas' ? CABECERAS.id : CABECERAS_FUENTES.id,
      undefined,
    );
    const orden = (lista === 'practicas' ? EN_PRACTICAS : 0) + o.fila;
    problemas.push({
      ...problema(donde, (m) => m.repetidoEnFila(id, antes), lista === 'practicas' ? i : undefined),
      celda: `${lista}.${i}.id`,
      orden,
    });
  });
  return problemas;
}

/** The longest path below `clave` with a known cell line. */
function lineaDe(origen: Origen, ruta: readonly PropertyKey[]): number | undefined {
  for (let n = ruta.length; n > 0; n--) {
    const linea = origen.lineas.get(ruta.slice(0, n).map(String).join('.'));
    if (linea !== undefined) return linea;
  }
  return undefined;
}

/** The validator's problems with a sheet, placed in it; those of a cell already reported are left out. */
export function validarHojas(leidas: HojasLeidas, base: string): { datos?: Dataset; problemas: Problema[] } {
  if (!leidas.legible) return { problemas: leidas.problemas };
  try {
    const datos = validateDataset(leidas.datos, base);
    return leidas.problemas.length ? { problemas: enOrden(leidas.problemas) } : { datos, problemas: [] };
  } catch (error) {
    if (!(error instanceof DatasetError) || error.kind !== 'invalid') throw error;
    // A cell that could not be read has a stand-in value (or none): the validator's word on it would be noise.
    const celdas = new Set(leidas.problemas.map((p) => p.celda));
    const nuevos = unoPorValor(error.issues)
      .filter((found) => !celdas.has(found.issue.path.slice(0, 3).map(String).join('.')))
      .map((found) => placed(found, leidas, base));
    return { problemas: enOrden([...leidas.problemas, ...nuevos]) };
  }
}

const enOrden = (problemas: Problema[]) => problemas.sort((a, b) => (a.orden ?? -1) - (b.orden ?? -1));

/** How many of a sheet's header cells are columns of the given sheet. */
function conocidas(texto: string, cabeceras: Record<string, string>): number {
  const { filas } = leerCsv(
    texto,
    detectarSeparador(texto, (c) => !!claveDeCabecera(c, cabeceras)),
  );
  return (filas[0]?.celdas ?? []).filter((c) => claveDeCabecera(c, cabeceras)).length;
}

function placed(found: DatasetIssue, leidas: HojasLeidas, base: string): Problema {
  const [lista, posicion, clave, ...resto] = found.issue.path;
  const que = (m: MensajesCli, lang: 'es' | 'en') => {
    const duplicado = /^duplicate id "(.*)" \(first at (practicas|fuentes)\[(\d+)\]\)$/.exec(found.issue.message);
    const origenes = lista === 'fuentes' ? leidas.origenesFuentes : leidas.origenes;
    const primera = duplicado && origenes?.[Number(duplicado[3])];
    if (duplicado && primera) return m.repetidoEnFila(duplicado[1]!, primera.fila);
    // The validator knows only that it is no web address; a maintainer needs to know what one looks like.
    if (lista === 'fuentes' && clave === 'url' && found.issue.code === 'invalid_format') return m.url(String(found.issue.input));
    return queEstaMal(found, MENSAJES_VALIDACION[lang]);
  };
  if (lista === 'practicas' && typeof posicion === 'number' && leidas.origenes[posicion]) {
    const o = leidas.origenes[posicion];
    const cab = typeof clave === 'string' ? CABECERAS[clave as keyof typeof CABECERAS] : undefined;
    const linea = typeof clave === 'string' ? lineaDe(o, [clave, ...resto]) : undefined;
    return {
      ...conIdioma(
        enFila((m) => m.fila(o.fila, o.id), cab, linea),
        que,
        posicion,
      ),
      orden: enFilaYColumna(o.fila, clave),
    };
  }
  if (lista === 'fuentes' && typeof posicion === 'number' && leidas.origenesFuentes?.[posicion]) {
    const o = leidas.origenesFuentes[posicion];
    const nombre = clave === 'fecha' ? 'anio' : clave;
    const cab = typeof nombre === 'string' ? CABECERAS_FUENTES[nombre as keyof typeof CABECERAS_FUENTES] : undefined;
    const linea = typeof clave === 'string' ? lineaDe(o, [clave, ...resto]) : undefined;
    return {
      ...conIdioma(
        enFila((m) => m.filaFuente(o.fila, o.id), cab, linea),
        que,
      ),
      orden: o.fila,
    };
  }
  // The base dataset's catalogues: the validator's own sentence, after the file's name.
  return conIdioma(
    (m) => m.archivo(base),
    (_m, lang) => queEstaMal(found, MENSAJES_VALIDACION[lang]),
  );
}

function conIdioma(donde: Lugar, que: (m: MensajesCli, lang: 'es' | 'en') => string, practica?: number): Problema {
  return {
    texto: (lang) => {
      const m = MENSAJES_CLI[lang];
      return `${donde(m)}: ${que(m, lang)}`;
    },
    practica,
  };
}
