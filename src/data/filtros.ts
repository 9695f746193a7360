/**
 * Pure filter functions shared by every element. They never mutate the
 * dataset and return practices in the dataset's (the publication's) order.
 */
import { coincidenTexto, terminos } from './busqueda.js';
import type { Dataset, NivelId, Practica, Tipo } from './schema.js';

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

export { normalizar, terminos } from './busqueda.js';

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
  // Called for every practice of a large catalogue (10,000 on every keystroke): no allocation.
  for (const p of coincidenTexto(dataset, terminos(filtros.q))) {
    let fallos = 0;
    let fallida: Dimension = 'tipo';
    for (const dim of DIMENSIONES) {
      if (!cumple(p, dim, filtros[dim]) && ++fallos === 1) fallida = dim;
    }
    if (fallos > 1) continue;
    if (fallos === 0) result.total++;
    // A practice counts for a dimension's options when it passes all the *other* filters.
    if (fallos === 1) contarOpciones(result[fallida], p, fallida);
    else for (const dim of DIMENSIONES) contarOpciones(result[dim], p, dim);
  }
  return result;
}

/** Adds one to each of the practice's values for a dimension, each value once. */
function contarOpciones(cuenta: Record<string, number>, p: Practica, dim: Dimension): void {
  if (dim === 'region' || dim === 'nivel') {
    const lista = dim === 'region' ? p.regiones : p.niveles;
    for (let i = 0; i < lista.length; i++) {
      const valor = dim === 'region' ? p.regiones[i] : p.niveles[i].nivel;
      let repetido = false;
      for (let j = 0; j < i && !repetido; j++) repetido = (dim === 'region' ? p.regiones[j] : p.niveles[j].nivel) === valor;
      if (!repetido) cuenta[valor] = (cuenta[valor] ?? 0) + 1;
    }
  } else {
    cuenta[p[dim]] = (cuenta[p[dim]] ?? 0) + 1;
  }
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
 *
 * The status filter is applied to counts already split by status: a map
 * recoloured by status (the commonest change) reads 25 numbers instead of
 * scanning the catalogue, once the counts for the other filters are known
 * (the last few are kept per dataset).
 */
export function conteoPorRegion(dataset: Dataset, filtros: Filtros = {}): Record<string, ConteoRegion> {
  const porEstado = conteoSinEstado(dataset, filtros);
  const { tipo } = filtros;
  const conteo: Record<string, ConteoRegion> = {};
  for (const [region, c] of Object.entries(porEstado)) {
    conteo[region] = tipo
      ? { total: c[tipo], 'buena-practica': tipo === 'buena-practica' ? c[tipo] : 0, 'en-proceso': tipo === 'en-proceso' ? c[tipo] : 0 }
      : { ...c };
  }
  return conteo;
}

/** The last counts by region for other filters than region and status, per list of practices. */
const conteosRecordados = new WeakMap<readonly Practica[], { clave: string; conteo: Record<string, ConteoRegion> }[]>();
const CONTEOS_RECORDADOS = 8;

function conteoSinEstado(dataset: Dataset, filtros: Filtros): Readonly<Record<string, ConteoRegion>> {
  const otras = DIMENSIONES.filter((dim) => dim !== 'region' && dim !== 'tipo' && filtros[dim]);
  const palabras = terminos(filtros.q);
  const clave = JSON.stringify([dataset.practicas.length, dataset.regiones.length, otras.map((dim) => [dim, filtros[dim]]), palabras]);
  let recordados = conteosRecordados.get(dataset.practicas);
  if (!recordados) conteosRecordados.set(dataset.practicas, (recordados = []));
  const previo = recordados.find((r) => r.clave === clave);
  if (previo) return previo.conteo;
  // One pass that allocates nothing per practice (10,000 of them on a map's first paint):
  // the catalogue's regions by index, their counts by status in a typed array.
  const ubigeos = dataset.regiones.map((r) => r.ubigeo);
  const indice = new Map(ubigeos.map((u, x) => [u, x]));
  const n = new Int32Array(ubigeos.length * 2);
  // A region outside the catalogue is counted all the same, apart.
  const fuera: Record<string, ConteoRegion> = {};
  const practicas = coincidenTexto(dataset, palabras);
  for (let k = 0; k < practicas.length; k++) {
    const p = practicas[k];
    if (otras.length && !otras.every((dim) => cumple(p, dim, filtros[dim]))) continue;
    const { regiones } = p;
    for (let i = 0; i < regiones.length; i++) {
      // A region listed twice in one practice counts once.
      if (i > 0 && regiones.indexOf(regiones[i]) !== i) continue;
      const x = indice.get(regiones[i]);
      if (x !== undefined) n[2 * x + (p.tipo === 'en-proceso' ? 1 : 0)]++;
      else {
        const c = (fuera[regiones[i]] ??= { total: 0, 'buena-practica': 0, 'en-proceso': 0 });
        c.total++;
        c[p.tipo]++;
      }
    }
  }
  const conteo: Record<string, ConteoRegion> = {};
  ubigeos.forEach((u, x) => {
    conteo[u] = { total: n[2 * x] + n[2 * x + 1], 'buena-practica': n[2 * x], 'en-proceso': n[2 * x + 1] };
  });
  Object.assign(conteo, fuera);
  recordados.unshift({ clave, conteo });
  recordados.length = Math.min(recordados.length, CONTEOS_RECORDADOS);
  return conteo;
}
