/**
 * The table's model, without DOM: columns, cell text, stable sorting within the
 * publication's two sections, grouping by topic, and CSV of the rows shown.
 */
import { archivoCsv, lineaCsv } from '../../data/csv.js';
import { deUnaVez, type Pasos } from '../../data/por-partes.js';
import { nombresDe, type Nombres } from '../../data/nombres.js';
import type { Dataset, Practica, Tipo } from '../../data/schema.js';
import type { Lang } from '../../i18n/lang.js';
import { MENSAJES } from '../../i18n/mensajes.js';
import { formatearLista, formatearNumero } from '../../i18n/numeros.js';

export const COLUMNAS = ['tema', 'practica', 'criterio', 'regiones', 'nivel', 'tipo', 'pagina'] as const;
export type Columna = (typeof COLUMNAS)[number];
/** Anexo 1's columns (Tema · Práctica · Criterio), plus what a portal's readers need. */
export const COLUMNAS_POR_DEFECTO: readonly Columna[] = ['tema', 'practica', 'criterio', 'regiones', 'nivel'];
/** The publication's section order. */
export const SECCIONES: readonly Tipo[] = ['buena-practica', 'en-proceso'];

export interface Orden {
  columna: Columna;
  direccion: 'asc' | 'desc';
}

/** Reads the `columnas` attribute: known ids in the order given, and the unknown ones named. */
export function leerColumnas(atributo: string | null | undefined): { columnas: Columna[]; desconocidas: string[] } {
  const ids = (atributo ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (ids.length === 0) return { columnas: [...COLUMNAS_POR_DEFECTO], desconocidas: [] };
  const columnas = [...new Set(ids.filter((c): c is Columna => (COLUMNAS as readonly string[]).includes(c)))];
  const desconocidas = ids.filter((c) => !(COLUMNAS as readonly string[]).includes(c));
  return { columnas: columnas.length ? columnas : [...COLUMNAS_POR_DEFECTO], desconocidas };
}

/** What a table's cells need: the language, and the dataset's names; and what sorting remembers by, its practices. */
export interface Contexto {
  lang: Lang;
  nombres: Nombres;
  catalogo: readonly Practica[];
}

export function contexto(datos: Dataset, lang: Lang): Contexto {
  return { lang, nombres: nombresDe(datos), catalogo: datos.practicas };
}

/** The text of a cell, as shown and as written to the CSV. */
export function valorCelda(p: Practica, columna: Columna, ctx: Contexto): string {
  const m = MENSAJES[ctx.lang];
  switch (columna) {
    case 'tema':
      return ctx.nombres.tema(p.tema);
    case 'practica':
      return p.tituloAnexo;
    case 'criterio':
      return ctx.nombres.criterio(p.criterio);
    case 'regiones':
      return formatearLista(p.regiones.map(ctx.nombres.region), ctx.lang);
    case 'nivel':
      return formatearLista(
        p.niveles.map((n) => (n.entidad ? `${m.nivel[n.nivel]} (${n.entidad})` : m.nivel[n.nivel])),
        ctx.lang,
      );
    case 'tipo':
      return m.tipo[p.tipo];
    case 'pagina':
      // The practice's own page when its source gives one; otherwise where its section starts, said as such.
      if (p.pagina !== undefined) return formatearNumero(p.pagina, ctx.lang);
      return p.paginaSeccion !== undefined ? m.paginaSeccion(formatearNumero(p.paginaSeccion, ctx.lang)) : '';
  }
}

/** A header's sort button: ascending, descending, then back to the publication's order (`null`). */
export function siguienteOrden(orden: Orden | null, columna: Columna): Orden | null {
  const actual = orden?.columna === columna ? orden.direccion : null;
  return actual === null ? { columna, direccion: 'asc' } : actual === 'asc' ? { columna, direccion: 'desc' } : null;
}

/** How many practices of each status: the section headings' counts. */
export function contarPorTipo(practicas: readonly Practica[]): Map<Tipo, number> {
  const conteo = new Map<Tipo, number>();
  for (const p of practicas) conteo.set(p.tipo, (conteo.get(p.tipo) ?? 0) + 1);
  return conteo;
}

export interface Grupo {
  /** The topic of the group (publication order), or null when rows are sorted by a column. */
  tema: string | null;
  /**
   * The group's key within its section: its topic, and which run of that topic it is when
   * the topic comes back later in the section. A new view keeps the groups it shares with
   * the previous one, with their rows, and drops the others whole.
   */
  clave: string;
  filas: Practica[];
}
export interface Seccion {
  tipo: Tipo;
  grupos: Grupo[];
}

/** Splits ordered rows into the two sections and, in publication order, into runs of one topic. */
export function agrupar(practicas: readonly Practica[], porTema: boolean): Seccion[] {
  const secciones: Seccion[] = [];
  // How many groups of each topic the current section has so far.
  let vueltas = new Map<string | null, number>();
  for (const p of practicas) {
    let seccion = secciones.at(-1);
    if (!seccion || seccion.tipo !== p.tipo) {
      secciones.push((seccion = { tipo: p.tipo, grupos: [] }));
      vueltas = new Map();
    }
    let grupo = seccion.grupos.at(-1);
    if (!grupo || (porTema && grupo.tema !== p.tema)) {
      const tema = porTema ? p.tema : null;
      const vuelta = vueltas.get(tema) ?? 0;
      vueltas.set(tema, vuelta + 1);
      seccion.grupos.push((grupo = { tema, clave: vuelta ? `${tema}#${vuelta}` : String(tema), filas: [] }));
    }
    grupo.filas.push(p);
  }
  return secciones;
}

/** The rows as CSV, in the order given: id, then the columns shown (the status too, always). */
export function filasACsv(practicas: readonly Practica[], columnas: readonly Columna[], ctx: Contexto): string {
  return deUnaVez(pasosCsv(practicas, columnas, ctx));
}

/** `filasACsv`'s text, one step per row, for a download that yields to the browser between slices. */
export function* pasosCsv(practicas: readonly Practica[], columnas: readonly Columna[], ctx: Contexto): Pasos<string> {
  const m = MENSAJES[ctx.lang];
  const cols: Columna[] = columnas.includes('tipo') ? [...columnas] : ['tipo', ...columnas];
  const lineas = [lineaCsv(['id', ...cols.map((c) => m.columna[c])])];
  for (const p of practicas) {
    lineas.push(lineaCsv([p.id, ...cols.map((c) => valorCelda(p, c, ctx))]));
    yield;
  }
  return archivoCsv(lineas);
}
