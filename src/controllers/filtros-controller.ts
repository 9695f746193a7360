import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Filtros } from '../data/filtros.js';

/** Detail of `practicas-filtros-cambio`. */
export interface PracticasFiltrosCambioDetail {
  /** The group whose state changed (`''` for the page's default group). */
  grupo: string;
  /** The group's whole state after the change. */
  filtros: Filtros;
}
import { CLAVES_FILTRO, registroDePagina, type EstadoFiltros, type RegistroFiltros } from '../state/filtros-store.js';

/** An element that takes part in a group's shared filters. */
export interface FiltrosHost extends ReactiveControllerHost, HTMLElement {
  /** Name of the group; blank for the page's default group. */
  grupo: string | null;
  /** Registry of filter state; absent or `null`: the page's. */
  registroFiltros?: RegistroFiltros | null;
  readonly hasUpdated: boolean;
  tipo?: string | null;
  tema?: string | null;
  region?: string | null;
  nivel?: string | null;
  criterio?: string | null;
  q?: string | null;
}

/**
 * Connects an element to its group's filter state: it re-renders the element
 * on every change, and turns the element's filter attributes (`region="08"`,
 * `tema="salud"`…) into presets of the group's state, at connection and
 * whenever they change.
 */
export class FiltrosController implements ReactiveController {
  private readonly host: FiltrosHost;
  private actual: EstadoFiltros | undefined;
  private presetsAplicados = false;
  private readonly onCambio = () => this.host.requestUpdate();

  constructor(host: FiltrosHost) {
    this.host = host;
    host.addController(this);
  }

  /** The group's current filters. */
  get filtros(): Readonly<Filtros> {
    return this.conectar().filtros;
  }

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

  /** Call from the host's `willUpdate`: follows changes of `grupo`, `registroFiltros` and the filter attributes. */
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
