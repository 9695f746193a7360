/**
 * Full-text search over a dataset: the normalised text of every practice, built
 * once per dataset in slices that yield to the browser (a 10,000-practice
 * catalogue takes about half a second of work, which must not freeze the page),
 * and the last few searches.
 *
 * Each practice's text is kept as its distinct words, each once, in one string:
 * a query word has no space in it, so it occurs in the full text exactly when it
 * occurs inside one of the words, and the shorter string keeps the index about a
 * third smaller than the full text.
 */
import { nombresDe } from './nombres.js';
import type { Bloque, Dataset, Practica } from './schema.js';

// Lowercase Latin-1 letters with an accent, and their base letter: what NFD then
// removing the marks gives, without the cost of NFD (the index normalises
// megabytes of text). A test holds this against NFD for every character it covers.
const SIN_ACENTO: Record<string, string> = {};
for (const [base, letras] of [
  ['a', 'àáâãäå'],
  ['c', 'ç'],
  ['e', 'èéêë'],
  ['i', 'ìíîï'],
  ['n', 'ñ'],
  ['o', 'òóôõö'],
  ['u', 'ùúûü'],
  ['y', 'ýÿ'],
] as const) {
  for (const letra of letras) SIN_ACENTO[letra] = base;
}
const ACENTUADA = /[àáâãäåçèéêëìíîïñòóôõöùúûüýÿ]/g;
// Latin-1 and general punctuation (dashes, quotes, «…»): no canonical decomposition
// beyond the accented letters above, so the quick path gives what NFD gives.
const FUERA_DE_LO_RAPIDO = /[^\p{ASCII}\u0080-\u00ff\u2000-\u206f]/u;

/** Lowercase, without accents or repeated white space: "Apurímac" → "apurimac". */
export function normalizar(text: string): string {
  const bajas = text.toLowerCase();
  const base = FUERA_DE_LO_RAPIDO.test(bajas)
    ? bajas.normalize('NFD').replace(/\p{M}/gu, '')
    : bajas.replace(ACENTUADA, (c) => SIN_ACENTO[c]);
  return base.replace(/\s+/g, ' ').trim();
}

/** The words of a query, normalised; empty for a blank query. */
export function terminos(q: string | undefined): string[] {
  return q ? normalizar(q).split(' ').filter(Boolean) : [];
}

function textosDeBloque(b: Bloque): string[] {
  return b.tipo === 'lista' ? b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]) : [b.texto];
}

/** The searchable text of a practice: its distinct normalised words, in first-seen order. */
function textoBuscable(p: Practica, regiones: ReadonlyMap<string, { nombre: string }>): string {
  const texto = normalizar(
    [
      p.titulo,
      p.tituloAnexo,
      p.objetivo,
      p.area,
      ...p.descripcion.flatMap(textosDeBloque),
      ...p.herramientas.flatMap((h) => [h.texto, ...(h.items ?? [])]),
      ...p.regiones.map((code) => regiones.get(code)?.nombre ?? ''),
    ].join('\n'),
  );
  return [...new Set(texto.split(' '))].join(' ');
}

/**
 * What search remembers of a dataset. A dataset is treated as immutable; one
 * whose list of practices was replaced or resized starts afresh.
 */
interface Memoria {
  practicas: readonly Practica[];
  /** The searchable text of the first `hechos` practices, by position. */
  textos: string[];
  hechos: number;
  /** The build in slices, while it runs. */
  enCurso?: Promise<void>;
  busquedas: { clave: string; palabras: readonly string[]; posiciones: readonly number[]; practicas: readonly Practica[] }[];
}
const memorias = new WeakMap<Dataset, Memoria>();
const BUSQUEDAS_RECORDADAS = 8;

function memoria(dataset: Dataset): Memoria {
  let m = memorias.get(dataset);
  if (!m || m.practicas !== dataset.practicas || m.textos.length !== dataset.practicas.length) {
    m = { practicas: dataset.practicas, textos: new Array<string>(dataset.practicas.length), hechos: 0, busquedas: [] };
    memorias.set(dataset, m);
  }
  return m;
}

/** Indexes practices from `m.hechos` on, until all are done or the clock passes `hasta`. */
function indexar(dataset: Dataset, m: Memoria, hasta = Number.POSITIVE_INFINITY): void {
  const { regiones } = nombresDe(dataset);
  const { practicas, textos } = m;
  while (m.hechos < practicas.length) {
    textos[m.hechos] = textoBuscable(practicas[m.hechos], regiones);
    m.hechos++;
    // The clock is read every few practices: a practice takes tens of microseconds.
    if (m.hechos % 8 === 0 && performance.now() > hasta) return;
  }
}

/** Whether every practice of the dataset is indexed. */
const completa = (m: Memoria) => m.hechos === m.practicas.length;

/** Up to this many practices, the index is built at once when a search needs it (a few ms). */
const INDICE_INMEDIATO = 300;
/** Work per slice of the build: well under the 50 ms of a long task, with room for the browser's own work. */
const TROZO_MS = 8;

type Planificador = { postTask?: (tarea: () => void, opciones: { priority: 'background' }) => Promise<void> };
/**
 * A new task for the next slice: a background one where the Prioritized Task
 * Scheduling API exists (`scheduler.yield()` would resume ahead of the page's own
 * tasks, and this build is not what the reader waits for), otherwise a timer.
 * Between two tasks the browser paints and handles input.
 */
function siguienteTarea(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Planificador }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}, { priority: 'background' }) : new Promise((r) => setTimeout(r, 0));
}

/**
 * Builds the dataset's search index in slices of a few milliseconds, each in its
 * own task, starting in a later task than the caller's. Resolves when it is complete;
 * calling it again while it runs returns the same promise.
 */
export function prepararBusquedaEnTrozos(dataset: Dataset): Promise<void> {
  const m = memoria(dataset);
  if (completa(m)) return Promise.resolve();
  return (m.enCurso ??= (async () => {
    do {
      await siguienteTarea();
      // A dataset whose practices were replaced meanwhile has a new memoria: this build is moot.
      if (memorias.get(dataset) !== m) return;
      indexar(dataset, m, performance.now() + TROZO_MS);
    } while (!completa(m));
  })().finally(() => (m.enCurso = undefined)));
}

/**
 * Starts building the dataset's search index in background slices, ahead of its
 * first search, once the caller's work is done: even the 31 practices of 2018 take
 * a few ms to index, which the reader's first search would otherwise wait for.
 */
export function anticiparBusqueda(dataset: Dataset): void {
  void prepararBusquedaEnTrozos(dataset);
}

/**
 * Whether a search of the dataset can run now without a long task: its index is
 * complete, or small enough to build at once (which this then does). Otherwise the
 * build in slices is started, and `false` says to wait for `prepararBusquedaEnTrozos`.
 */
export function busquedaLista(dataset: Dataset): boolean {
  const m = memoria(dataset);
  if (!completa(m) && dataset.practicas.length <= INDICE_INMEDIATO) indexar(dataset, m);
  if (completa(m)) return true;
  void prepararBusquedaEnTrozos(dataset);
  return false;
}

/**
 * The practices whose text holds every word, in dataset order. The text scan is
 * the costly part of filtering a large catalogue, so its last few results are
 * kept per dataset: the linked widgets of a page ask for the same words in one
 * update, and a reader who types on ("agu" after "ag") narrows a previous
 * result instead of scanning the whole catalogue again. Completes the index at
 * once if it is not yet (a caller that must not block asks `busquedaLista` first).
 */
export function coincidenTexto(dataset: Dataset, palabras: readonly string[]): readonly Practica[] {
  if (palabras.length === 0) return dataset.practicas;
  const m = memoria(dataset);
  indexar(dataset, m);
  const { busquedas, textos } = m;
  const clave = palabras.join(' ');
  const previa = busquedas.find((b) => b.clave === clave);
  if (previa) return previa.practicas;
  // Every earlier word inside one of the new ones: the new result is a subset of the earlier one.
  const base = busquedas.find((b) => b.palabras.every((w) => palabras.some((nueva) => nueva.includes(w))));
  // Positions, so that narrowing an earlier result finds each practice's text directly.
  const posiciones: number[] = [];
  const candidatas = base ? base.posiciones : null;
  const total = candidatas ? candidatas.length : textos.length;
  for (let k = 0; k < total; k++) {
    const i = candidatas ? candidatas[k] : k;
    if (palabras.every((w) => textos[i].includes(w))) posiciones.push(i);
  }
  const practicas = posiciones.map((i) => dataset.practicas[i]);
  busquedas.unshift({ clave, palabras, posiciones, practicas });
  busquedas.length = Math.min(busquedas.length, BUSQUEDAS_RECORDADAS);
  return practicas;
}
