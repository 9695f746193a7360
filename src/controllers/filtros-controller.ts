import type { LitElement, PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { busquedaLista, prepararBusquedaEnTrozos } from '../data/busqueda.js';
import type { Filtros } from '../data/filtros.js';
import type { Dataset } from '../data/schema.js';
import {
  CLAVES_FILTRO,
  registroDePagina,
  type ClaveFiltro,
  type EstadoFiltros,
  type RegistroFiltros,
} from '../state/filtros-store.js';

// The mixin pattern needs a constructor type that accepts any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** Detail of `practicas-filtros-cambio`. */
export interface PracticasFiltrosCambioDetail {
  /** The group whose state changed (`''` for the page's default group). */
  grupo: string;
  /** The group's whole state after the change. */
  filtros: Filtros;
}

/**
 * An element that takes part in a group's shared filters, as `ConFiltros` makes it:
 * its group, its registry and the filter attributes that preset the group's state
 * (documented on `ConFiltros`), which `FiltrosController` reads, and the controller
 * itself. Declared apart because a mixin's type cannot name its class's protected members.
 */
export declare class FiltrosHost {
  grupo: string | null;
  registroFiltros: RegistroFiltros | null;
  tipo: string | null;
  tema: string | null;
  region: string | null;
  nivel: string | null;
  criterio: string | null;
  q: string | null;
  /** The group's filters: `grupoFiltros.filtros`, `grupoFiltros.cambiarPorUsuario(...)`. */
  protected readonly grupoFiltros: FiltrosController;
}

/** What the controller reads from its element. */
type Anfitrion = ReactiveElement & Pick<FiltrosHost, 'grupo'> & Partial<Pick<FiltrosHost, 'registroFiltros' | ClaveFiltro>>;

/**
 * Connects an element to its group's filter state: it re-renders the element
 * on every change, and turns the element's filter attributes (`region="08"`,
 * `tema="salud"`…) into presets of the group's state, at connection and
 * whenever they change.
 */
export class FiltrosController implements ReactiveController {
  private readonly host: Anfitrion;
  private actual: EstadoFiltros | undefined;
  private presetsAplicados = false;
  private readonly onCambio = () => this.host.requestUpdate();
  /** The dataset whose search index the host waits for, if any. */
  private esperando: Dataset | undefined;

  /**
   * Whether the group's text search is waiting for the dataset's search index,
   * as of the last `aplicables()`: the widget shows its busy state meanwhile.
   */
  buscando = false;

  constructor(host: Anfitrion) {
    this.host = host;
    host.addController(this);
  }

  /** The group's current filters. */
  get filtros(): Readonly<Filtros> {
    return this.conectar().filtros;
  }

  /**
   * The filters to apply to `datos` now: the group's, except its text search while
   * the dataset's search index is still being built, in slices, so that a search on
   * a large catalogue never freezes the page. The host updates again when the index
   * is ready. Sets `buscando`.
   */
  aplicables(datos: Dataset): Readonly<Filtros> {
    const filtros = this.filtros;
    this.buscando = Boolean(filtros.q) && !busquedaLista(datos);
    if (!this.buscando) return filtros;
    if (this.esperando !== datos) {
      this.esperando = datos;
      void prepararBusquedaEnTrozos(datos).then(() => {
        this.esperando = undefined;
        this.host.requestUpdate();
      });
    }
    // The same object for the same filters, so that the widgets' memos of a view hold while busy.
    if (this.sinTexto?.de !== filtros) {
      const sinTexto = { ...filtros };
      delete sinTexto.q;
      this.sinTexto = { de: filtros, filtros: Object.freeze(sinTexto) };
    }
    return this.sinTexto.filtros;
  }

  private sinTexto: { de: Readonly<Filtros>; filtros: Readonly<Filtros> } | undefined;

  /** The group's state, in the element's registry (`registroFiltros`, else the page's). */
  get estado(): EstadoFiltros {
    return this.conectar();
  }

  /** Replaces the group's filters (`{}` clears them all). */
  reemplazar(filtros: Filtros): boolean {
    return this.conectar().reemplazar(filtros);
  }

  /**
   * A change made by the reader: updates the group's state and, if it changed,
   * fires one `practicas-filtros-cambio` from the host with the whole state.
   */
  cambiarPorUsuario(parcial: Filtros, { reemplazar = false } = {}): boolean {
    const estado = this.conectar();
    const cambio = reemplazar ? estado.reemplazar(parcial) : estado.combinar(parcial);
    if (cambio) {
      this.host.dispatchEvent(
        new CustomEvent<PracticasFiltrosCambioDetail>('practicas-filtros-cambio', {
          detail: { grupo: this.host.grupo?.trim() ?? '', filtros: { ...estado.filtros } },
          bubbles: true,
          composed: true,
        }),
      );
    }
    return cambio;
  }

  /** Changes the group's filters (a blank value clears a key). */
  combinar(parcial: Filtros): boolean {
    return this.conectar().combinar(parcial);
  }

  hostConnected(): void {
    this.conectar().addEventListener('cambio', this.onCambio);
    this.presetsIniciales();
    // The state may have changed while the element was out of the document.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.actual?.removeEventListener('cambio', this.onCambio);
  }

  /** Follows changes of `grupo`, `registroFiltros` and the filter attributes; `ConFiltros` calls it from `willUpdate`. */
  sincronizar(changed: PropertyValues): void {
    if (!this.host.isConnected) {
      // Only server rendering (@lit-labs/ssr) updates an element that was never connected:
      // its presets then apply to its registry, as they would when it joins a page.
      this.presetsIniciales();
      return;
    }
    if ((changed.has('grupo') || changed.has('registroFiltros')) && this.actual && this.actual !== this.buscar()) {
      this.hostDisconnected();
      this.actual = undefined;
      this.conectar().addEventListener('cambio', this.onCambio);
      this.host.requestUpdate();
    }
    // Only values that really changed after the first render (presets at connection are already applied).
    if (this.host.hasUpdated) this.aplicarPresets(CLAVES_FILTRO.filter((clave) => changed.has(clave)));
  }

  // Presets apply when the element first joins the page; moving it later keeps the reader's choices.
  private presetsIniciales(): void {
    if (this.presetsAplicados) return;
    this.presetsAplicados = true;
    this.aplicarPresets(CLAVES_FILTRO.filter((clave) => this.host[clave] != null));
  }

  private aplicarPresets(claves: readonly (typeof CLAVES_FILTRO)[number][]): void {
    if (claves.length === 0) return;
    this.conectar().preajustar(Object.fromEntries(claves.map((clave) => [clave, this.host[clave] ?? ''])) as Filtros);
  }

  private conectar(): EstadoFiltros {
    return (this.actual ??= this.buscar());
  }

  /** The state the host's `grupo` and `registroFiltros` name now. */
  private buscar(): EstadoFiltros {
    return (this.host.registroFiltros ?? registroDePagina()).estadoDeGrupo(this.host.grupo?.trim() ?? '');
  }
}

/**
 * `grupo`, `registroFiltros` and the filter attributes that preset the group's
 * shared state. The element gets its `FiltrosController` as `this.grupoFiltros`,
 * connected to its group and kept in step with these properties before every update.
 */
export const ConFiltros = <T extends Constructor<LitElement>>(Base: T) => {
  class ConFiltrosElement extends Base {
    /** Filter group of the element; widgets of the same group share their filters. Blank: the page's default group. */
    @property() grupo: string | null = null;

    /**
     * Registry of the group's filter state (property only). `null`: the page's, shared by every widget
     * on the page. Give one `new RegistroFiltros()` to the widgets of one server render or request, or
     * to widgets that must not share the page's state.
     */
    @property({ attribute: false }) registroFiltros: RegistroFiltros | null = null;

    /** Presets the group's status filter: `buena-practica` or `en-proceso`. */
    @property() tipo: string | null = null;
    /** Presets the group's topic filter (a `temas` id, e.g. `salud`). */
    @property() tema: string | null = null;
    /** Presets the group's region filter (INEI ubigeo, e.g. `08` for Cusco). */
    @property() region: string | null = null;
    /** Presets the group's level filter: `regional`, `provincial` or `municipal`. */
    @property() nivel: string | null = null;
    /** Presets the group's criterion filter (a `criterios` id, e.g. `innovacion`). */
    @property() criterio: string | null = null;
    /** Presets the group's free-text search. */
    @property() q: string | null = null;

    protected readonly grupoFiltros = new FiltrosController(this);

    // Before the element's own willUpdate reads the group's state (it calls super first).
    protected override willUpdate(changed: PropertyValues<this>): void {
      super.willUpdate(changed);
      this.grupoFiltros.sincronizar(changed);
    }
  }
  // Through unknown: TypeScript does not compare a class's protected members with a declared class's.
  return ConFiltrosElement as unknown as Constructor<FiltrosHost> & T;
};

declare global {
  // Document, Window and every element's event maps extend this one: `document.addEventListener`
  // and `window.addEventListener` see the event too (it bubbles and is composed).
  interface GlobalEventHandlersEventMap {
    'practicas-filtros-cambio': CustomEvent<PracticasFiltrosCambioDetail>;
  }
  interface HTMLElementEventMap {
    'practicas-filtros-cambio': CustomEvent<PracticasFiltrosCambioDetail>;
  }
}
