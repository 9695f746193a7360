/**
 * Pure filter functions shared by every element. They never mutate the
 * dataset and return practices in the dataset's (the publication's) order.
 */
import { nombresDe } from './nombres.js';
import type { Bloque, Dataset, NivelId, Practica, Tipo } from './schema.js';

/** One filter state. An absent or empty value means "any". */
export interface Filtros {
  tipo?: Tipo;
  tema?: string;
  /** Department ubigeo, "01"…"25". */
  region?: string;
  nivel?: NivelId;
  criterio?: string;
  /** Free text: every word must occur, ignoring case and accents. */
  q?: string;
}

/** The filter dimensions that have options, in display order. */
export const DIMENSIONES = ['tipo', 'tema', 'region', 'nivel', 'criterio'] as const;
export type Dimension = (typeof DIMENSIONES)[number];

/** Number of practices per option of each dimension, given the other filters. */
export type Facetas = Record<Dimension, Record<string, number>> & {
  /** Practices matching every filter. */
  total: number;
};

/** Lowercase, without accents or repeated white space: "Apurímac" → "apurimac". */
export function normalizar(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query, normalised; empty for a blank query. */
export function terminos(q: string | undefined): string[] {
  return q ? normalizar(q).split(' ').filter(Boolean) : [];
}

/**
 * What filtering remembers of a dataset: the searchable text of every practice
 * (built on the first search, or ahead of it by `prepararBusqueda`), and the
 * last few text searches. A dataset is treated as immutable; one whose list of
 * practices was replaced or resized starts afresh.
 */
interface Memoria {
  practicas: readonly Practica[];
  total: number;
  textos?: Map<Practica, string>;
  /** Whether building `textos` while the page is idle is already scheduled. */
  enReposo?: boolean;
  busquedas: { clave: string; palabras: readonly string[]; practicas: readonly Practica[] }[];
}
const memorias = new WeakMap<Dataset, Memoria>();
const BUSQUEDAS_RECORDADAS = 8;

function memoria(dataset: Dataset): Memoria {
  let m = memorias.get(dataset);
  if (!m || m.practicas !== dataset.practicas || m.total !== dataset.practicas.length) {
    m = { practicas: dataset.practicas, total: dataset.practicas.length, busquedas: [] };
    memorias.set(dataset, m);
  }
  return m;
}

function indice(dataset: Dataset): Map<Practica, string> {
  const m = memoria(dataset);
  if (!m.textos) {
    const { regiones } = nombresDe(dataset);
    m.textos = new Map(
      dataset.practicas.map((p) => [
        p,
        normalizar(
          [
            p.titulo,
            p.tituloAnexo,
            p.objetivo,
            p.area,
            ...p.descripcion.flatMap(textosDeBloque),
            ...p.herramientas.flatMap((h) => [h.texto, ...(h.items ?? [])]),
            ...p.regiones.map((code) => regiones.get(code)?.nombre ?? ''),
          ].join('\n'),
        ),
      ]),
    );
  }
  return m.textos;
}

/**
 * Builds the search index of a dataset ahead of the first search (the first
 * search of a large dataset would otherwise pay for it). Idempotent.
 */
export function prepararBusqueda(dataset: Dataset): void {
  indice(dataset);
}

/** Datasets above this size get their search index built ahead, while the page is idle. */
const INDICE_ANTICIPADO = 500;

/**
 * Schedules `prepararBusqueda` for a large dataset when the page is idle (soon, where
 * there is no requestIdleCallback), once per dataset; small ones are indexed on their first search.
 */
export function prepararBusquedaEnReposo(dataset: Dataset): void {
  const m = memoria(dataset);
  if (dataset.practicas.length <= INDICE_ANTICIPADO || m.textos || m.enReposo) return;
  m.enReposo = true;
  const enReposo = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  enReposo(() => prepararBusqueda(dataset));
}

function textosDeBloque(b: Bloque): string[] {
  return b.tipo === 'lista' ? b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]) : [b.texto];
}

/** Values a practice has for a dimension (a practice may have several regions or levels). */
export function valores(p: Practica, dim: Dimension): readonly string[] {
  switch (dim) {
    case 'region':
      return p.regiones;
    case 'nivel':
      return p.niveles.map((n) => n.nivel);
    default:
      return [p[dim]];
  }
}

// Called for every practice and dimension of a large catalogue: no allocation.
function cumple(p: Practica, dim: Dimension, wanted: string | undefined): boolean {
  if (!wanted) return true;
  switch (dim) {
    case 'region':
      return p.regiones.includes(wanted);
    case 'nivel':
      return p.niveles.some((n) => n.nivel === wanted);
    default:
      return p[dim] === wanted;
  }
}

/**
 * The practices whose text holds every word, in dataset order. The text scan is
 * the costly part of filtering a large catalogue, so its last few results are
 * kept per dataset: the linked widgets of a page ask for the same words in one
 * update, and a reader who types on ("agu" after "ag") narrows a previous
 * result instead of scanning the whole catalogue again.
 */
function coincidenTexto(dataset: Dataset, palabras: readonly string[]): readonly Practica[] {
  if (palabras.length === 0) return dataset.practicas;
  const index = indice(dataset);
  const { busquedas } = memoria(dataset);
  const clave = palabras.join(' ');
  const previa = busquedas.find((b) => b.clave === clave);
  if (previa) return previa.practicas;
  // Every earlier word inside one of the new ones: the new result is a subset of the earlier one.
  const base = busquedas.find((b) => b.palabras.every((w) => palabras.some((nueva) => nueva.includes(w))));
  const practicas = (base?.practicas ?? dataset.practicas).filter((p) => {
    const text = index.get(p) ?? '';
    return palabras.every((w) => text.includes(w));
  });
  busquedas.unshift({ clave, palabras, practicas });
  busquedas.length = Math.min(busquedas.length, BUSQUEDAS_RECORDADAS);
  return practicas;
}

/** The practices that match every filter, in dataset order. */
export function filtrarPracticas(dataset: Dataset, filtros: Filtros = {}): Practica[] {
  return coincidenTexto(dataset, terminos(filtros.q)).filter((p) => DIMENSIONES.every((dim) => cumple(p, dim, filtros[dim])));
}

/** Every option of a dimension, from the dataset's catalogues. */
export function opciones(dataset: Dataset, dim: Dimension): string[] {
  switch (dim) {
    case 'tipo':
      return ['buena-practica', 'en-proceso'];
    case 'tema':
      return dataset.temas.map((t) => t.id);
    case 'region':
      return dataset.regiones.map((r) => r.ubigeo);
    case 'nivel':
      return ['regional', 'provincial', 'municipal'];
    case 'criterio':
      return dataset.criterios.map((c) => c.id);
  }
}

/**
 * For each dimension, how many practices each option would give with the
 * other filters applied (the free text always applies). Options with no
 * practice are present with 0. One pass over the practices.
 */
export function facetas(dataset: Dataset, filtros: Filtros = {}): Facetas {
  const result = { total: 0 } as Facetas;
  for (const dim of DIMENSIONES) {
    result[dim] = Object.fromEntries(opciones(dataset, dim).map((o) => [o, 0]));
  }
  for (const p of coincidenTexto(dataset, terminos(filtros.q))) {
    const failing = DIMENSIONES.filter((dim) => !cumple(p, dim, filtros[dim]));
    if (failing.length > 1) continue;
    if (failing.length === 0) result.total++;
    // A practice counts for a dimension's options when it passes all the *other* filters.
    for (const dim of failing.length === 1 ? failing : DIMENSIONES) {
      for (const value of new Set(valores(p, dim))) {
        result[dim][value] = (result[dim][value] ?? 0) + 1;
      }
    }
  }
  return result;
}

/** Practices of one region, by status. */
export interface ConteoRegion {
  total: number;
  'buena-practica': number;
  'en-proceso': number;
}

/**
 * For each of the dataset's regions, the practices that match every filter
 * except the region itself (what the map colours), split by status.
 * A practice of several regions counts in each of them.
 */
export function conteoPorRegion(dataset: Dataset, filtros: Filtros = {}): Record<string, ConteoRegion> {
  const conteo: Record<string, ConteoRegion> = {};
  for (const r of dataset.regiones) conteo[r.ubigeo] = { total: 0, 'buena-practica': 0, 'en-proceso': 0 };
  const otras = DIMENSIONES.filter((dim) => dim !== 'region' && filtros[dim]);
  for (const p of coincidenTexto(dataset, terminos(filtros.q))) {
    if (!otras.every((dim) => cumple(p, dim, filtros[dim]))) continue;
    const { regiones } = p;
    for (let i = 0; i < regiones.length; i++) {
      // A region listed twice in one practice counts once.
      if (i > 0 && regiones.indexOf(regiones[i]) !== i) continue;
      const c = (conteo[regiones[i]] ??= { total: 0, 'buena-practica': 0, 'en-proceso': 0 });
      c.total++;
      c[p.tipo]++;
    }
  }
  return conteo;
}
