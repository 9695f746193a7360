/**
 * One filter state per group of widgets (`EstadoFiltros`). Widgets of a group read
 * it and write to it; every change notifies the whole group. The states live in a registry:
 * by default the page's, kept on `globalThis` under a `Symbol.for` key, so two
 * copies of the library on one page still share one state per group. A
 * `RegistroFiltros` of its own scopes the states to one server render or
 * request, or to widgets that must not share the page's.
 */
import type { Filtros } from '../data/filtros.js';

/** The filter keys, in the order filters are shown. */
export const CLAVES_FILTRO = ['tipo', 'tema', 'region', 'nivel', 'criterio', 'q'] as const;
export type ClaveFiltro = (typeof CLAVES_FILTRO)[number];

/** Keeps only the known keys with a non-blank value. */
export function limpiarFiltros(filtros: Filtros): Filtros {
  const limpio: Record<string, string> = {};
  for (const clave of CLAVES_FILTRO) {
    const valor = filtros[clave];
    if (typeof valor === 'string' && valor.trim() !== '') limpio[clave] = clave === 'q' ? valor : valor.trim();
  }
  return limpio as Filtros;
}

function iguales(a: Filtros, b: Filtros): boolean {
  return CLAVES_FILTRO.every((clave) => a[clave] === b[clave]);
}

/** The filter state of one group. Listen to its `cambio` event. */
export class EstadoFiltros extends EventTarget {
  private actual: Readonly<Filtros> = Object.freeze({});
  /** Keys restored from the page's address: a shared link wins over attribute presets. */
  private readonly fijadas = new Set<ClaveFiltro>();

  /** The current filters: a frozen object, replaced on every change. */
  get filtros(): Readonly<Filtros> {
    return this.actual;
  }

  /** Replaces the whole state (`{}` clears it). Returns whether anything changed. */
  reemplazar(filtros: Filtros): boolean {
    const siguiente = limpiarFiltros(filtros);
    if (iguales(siguiente, this.actual)) return false;
    this.actual = Object.freeze(siguiente);
    this.dispatchEvent(new Event('cambio'));
    return true;
  }

  /** Merges some keys into the state, keeping the others; a blank value clears that key. */
  combinar(parcial: Filtros): boolean {
    return this.reemplazar({ ...this.actual, ...parcial });
  }

  /** Merges an element's filter attributes, except for keys a shared link has set. */
  preajustar(parcial: Filtros): boolean {
    const libres = Object.fromEntries(Object.entries(parcial).filter(([clave]) => !this.fijadas.has(clave as ClaveFiltro)));
    return this.combinar(libres);
  }

  /** Merges the state read from the page's address and pins its keys: presets will not override them. */
  restaurarDeUrl(parcial: Filtros): boolean {
    for (const clave of CLAVES_FILTRO) if (parcial[clave] !== undefined) this.fijadas.add(clave);
    return this.combinar(parcial);
  }
}

/**
 * A scope of filter state: one state per group. The page's registry
 * (`registroDePagina()`) serves every element that is not given one; create
 * another for each server render or request, and give it to the elements
 * through their `registroFiltros` property.
 */
export class RegistroFiltros {
  private readonly estados = new Map<string, EstadoFiltros>();

  /** The state of group `grupo` in this registry (`''` is the default group), created on first use. */
  estadoDeGrupo(grupo = ''): EstadoFiltros {
    let estado = this.estados.get(grupo);
    if (!estado) {
      estado = new EstadoFiltros();
      this.estados.set(grupo, estado);
    }
    return estado;
  }
}

const PAGINA = Symbol.for('practicas-widgets.registro-filtros@1');

/** The page's registry, shared by every copy of the library on the page (in Node: by the whole process). */
export function registroDePagina(): RegistroFiltros {
  const global = globalThis as typeof globalThis & { [PAGINA]?: RegistroFiltros };
  return (global[PAGINA] ??= new RegistroFiltros());
}

/** The state of group `grupo` in the page's registry (`''` is the page's default group). */
export function estadoDeGrupo(grupo = ''): EstadoFiltros {
  return registroDePagina().estadoDeGrupo(grupo);
}
