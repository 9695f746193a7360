/**
 * Sorting the table's rows: each column's ranks, remembered per catalogue and
 * language, so that sorting any view (filtered or not, either way) is an integer
 * sort; a large catalogue's ranks are computed in slices that yield to the browser.
 */
import { ceder, deUnaVez, porPartes, type Pasos } from '../../data/por-partes.js';
import type { Nombres } from '../../data/nombres.js';
import type { Practica } from '../../data/schema.js';
import { LOCALES, type Lang } from '../../i18n/lang.js';
import { SECCIONES, valorCelda, type Columna, type Contexto, type Orden } from './modelo.js';

/** The number the `pagina` column sorts by: the practice's page, or its section's. */
const numeroDePagina = (p: Practica): number => p.pagina ?? p.paginaSeccion ?? Number.POSITIVE_INFINITY;

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true })));
  return c;
}

type Valor = string | number;
/** How a column's values compare: pages as numbers, any other text as a reader of the language sorts it. */
function comparador(columna: Columna, lang: Lang): (a: Valor, b: Valor) => number {
  if (columna === 'pagina') return (a, b) => (a as number) - (b as number);
  const { compare } = collator(lang);
  return (a, b) => compare(a as string, b as string);
}

/**
 * Up to this many practices, a column's ranks are computed at once when a sort needs them
 * (some 10,000 collator comparisons, a few ms); a larger catalogue's, in slices (`prepararOrden`).
 */
export const RANGOS_INMEDIATOS = 1000;

/** A column's ranks in one language, done or under way. */
interface Rangos {
  nombres: Nombres;
  rangos?: Int32Array;
  pasos?: Pasos<Int32Array>;
  enCurso?: Promise<boolean>;
  /** The callers waiting for the ranks: each says whether it still wants them. */
  interesados: Set<() => boolean>;
  fallo?: boolean;
}
/** Each practice's position in its catalogue, and the ranks computed so far by `${lang}:${columna}`. */
interface Memoria {
  posiciones: Map<Practica, number>;
  rangos: Map<string, Rangos>;
}
const memorias = new WeakMap<readonly Practica[], Memoria>();

function rangosDe(catalogo: readonly Practica[], columna: Columna, ctx: Contexto): Rangos {
  let m = memorias.get(catalogo);
  if (!m) memorias.set(catalogo, (m = { posiciones: new Map(catalogo.map((p, i) => [p, i])), rangos: new Map() }));
  const clave = `${ctx.lang}:${columna}`;
  let r = m.rangos.get(clave);
  // The same practices with other names (another dataset object) rank afresh.
  if (!r || r.nombres !== ctx.nombres) m.rangos.set(clave, (r = { nombres: ctx.nombres, interesados: new Set() }));
  r.pasos ??= r.rangos ? undefined : pasosRangos(catalogo, columna, { ...ctx, catalogo });
  return r;
}

/**
 * Every practice's rank in a column: its value's place among the catalogue's values in the
 * column's order, equal values (as the collator sees them) sharing one. A step every few
 * hundred comparisons, which are the costly part: a merge sort of the distinct values.
 */
function* pasosRangos(catalogo: readonly Practica[], columna: Columna, ctx: Contexto): Pasos<Int32Array> {
  // A language's first collator takes some 10 ms to make: a step of its own, at the start of a slice.
  const comparar = comparador(columna, ctx.lang);
  yield;
  const n = catalogo.length;
  const distintos: Valor[] = [];
  const posicionDe = new Map<Valor, number>();
  const valorDe = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = catalogo[i];
    const v = columna === 'pagina' ? numeroDePagina(p) : valorCelda(p, columna, ctx);
    let k = posicionDe.get(v);
    if (k === undefined) posicionDe.set(v, (k = distintos.push(v) - 1));
    valorDe[i] = k;
    if (i % 128 === 127) yield;
  }
  const d = distintos.length;
  let a = Int32Array.from(distintos.keys());
  let b = new Int32Array(d);
  let cuenta = 0;
  for (let ancho = 1; ancho < d; ancho *= 2) {
    for (let desde = 0; desde < d; desde += 2 * ancho) {
      const medio = Math.min(desde + ancho, d);
      const hasta = Math.min(desde + 2 * ancho, d);
      let [i, j, k] = [desde, medio, desde];
      while (i < medio && j < hasta) {
        b[k++] = comparar(distintos[a[i]], distintos[a[j]]) <= 0 ? a[i++] : a[j++];
        if (++cuenta % 256 === 0) yield;
      }
      while (i < medio) b[k++] = a[i++];
      while (j < hasta) b[k++] = a[j++];
    }
    [a, b] = [b, a];
  }
  const rangoDe = new Int32Array(d);
  for (let k = 1; k < d; k++) {
    rangoDe[a[k]] = rangoDe[a[k - 1]] + (comparar(distintos[a[k - 1]], distintos[a[k]]) === 0 ? 0 : 1);
    if (k % 256 === 0) yield;
  }
  return valorDe.map((k) => rangoDe[k]);
}

/** Finishes a column's ranks at once (also a computation that slices had begun). */
function completar(r: Rangos): Int32Array {
  if (!r.rangos) {
    r.rangos = deUnaVez(r.pasos!);
    r.pasos = undefined;
  }
  return r.rangos;
}

/** The view sorted by the catalogue's ranks (an integer sort); null when a practice is not in the catalogue. */
function porRangos(
  practicas: readonly Practica[],
  orden: Orden,
  catalogo: readonly Practica[],
  ctx: Contexto,
): Practica[] | null {
  const rangos = completar(rangosDe(catalogo, orden.columna, ctx));
  const { posiciones } = memorias.get(catalogo)!;
  const [n, m] = [catalogo.length, practicas.length];
  // One number per row: section, rank (reversed when descending), then the row's place in the view, which breaks ties.
  const claves = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const p = practicas[k];
    const i = posiciones.get(p);
    if (i === undefined) return null;
    const rango = orden.direccion === 'asc' ? rangos[i] : n - rangos[i];
    claves[k] = ((SECCIONES.indexOf(p.tipo) + 1) * (n + 1) + rango) * m + k;
  }
  return Array.from(claves.sort(), (c) => practicas[c % m]);
}

/**
 * Sorts by a column within each section (buenas prácticas first, as published);
 * stable: equal values keep the publication's order. A large catalogue's ranks are
 * computed here at once if `prepararOrden` has not done so in slices.
 */
export function ordenar(practicas: readonly Practica[], orden: Orden, ctx: Contexto): Practica[] {
  const r = rangosDe(ctx.catalogo, orden.columna, ctx);
  // A short view of a large catalogue whose ranks are not there yet sorts by ranks of its own rows.
  const propia = !r.rangos && ctx.catalogo.length > RANGOS_INMEDIATOS && practicas.length <= RANGOS_INMEDIATOS;
  return (!propia && porRangos(practicas, orden, ctx.catalogo, ctx)) || porRangos(practicas, orden, practicas, ctx)!;
}

/** Whether `ordenar(practicas, { columna }, ctx)` runs now without a long task. */
export function ordenListo(practicas: readonly Practica[], columna: Columna, ctx: Contexto): boolean {
  const r = rangosDe(ctx.catalogo, columna, ctx);
  return Boolean(r.rangos || r.fallo) || ctx.catalogo.length <= RANGOS_INMEDIATOS || practicas.length <= RANGOS_INMEDIATOS;
}

/**
 * Computes a column's ranks for `ctx`'s catalogue in slices that yield to the browser,
 * starting in a later task. Resolves true once they are there; false when no caller
 * wants them anymore (each caller's `vigente` says whether it still does), which
 * leaves the work done so far for a later call to resume.
 */
export function prepararOrden(columna: Columna, ctx: Contexto, vigente: () => boolean): Promise<boolean> {
  const r = rangosDe(ctx.catalogo, columna, ctx);
  if (r.rangos) return Promise.resolve(true);
  r.interesados.add(vigente);
  // Whether any caller still wants the ranks; those that no longer do are forgotten.
  const alguno = () => {
    for (const f of r.interesados) {
      if (f()) return true;
      r.interesados.delete(f);
    }
    return false;
  };
  return (r.enCurso ??= (async () => {
    await ceder();
    return porPartes(mientras(r, alguno));
  })()
    .catch(() => {
      // Never into the page from here: `ordenar` then starts afresh at once, where an error shows as any render's.
      [r.fallo, r.pasos] = [true, undefined];
      return true;
    })
    .finally(() => {
      r.enCurso = undefined;
      r.interesados.clear();
    }));
}

/** Runs a column's steps while `seguir()` holds: true when the ranks are done. */
function* mientras(r: Rangos, seguir: () => boolean): Pasos<boolean> {
  while (!r.rangos) {
    if (!seguir()) return false;
    const paso = r.pasos!.next();
    if (paso.done) [r.rangos, r.pasos] = [paso.value, undefined];
    else yield;
  }
  return true;
}
