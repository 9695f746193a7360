/**
 * The public properties several elements share, declared once. Behaviour lives
 * in the controllers (DatasetController, FiltrosController); these mixins only
 * declare the API surface those controllers read, with its documentation.
 */
import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../data/schema.js';
import type { RegistroFiltros } from '../../state/filtros-store.js';

// The mixin pattern needs a constructor type that accepts any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** The public surface ConDatos adds (declared for the type declarations of mixins). */
export declare class ConDatosInterface {
  src: string | null;
  tiempoLimite: number;
  datos: Dataset | null;
  esquema: 'auto' | 'claro' | 'oscuro' | null;
}

/** The public surface ConFiltros adds. */
export declare class ConFiltrosInterface {
  grupo: string | null;
  registroFiltros: RegistroFiltros | null;
  tipo: string | null;
  tema: string | null;
  region: string | null;
  nivel: string | null;
  criterio: string | null;
  q: string | null;
}

/** `src`, `tiempo-limite`, `datos` and `esquema`: where an element's data comes from, and its colour scheme. */
export const ConDatos = <T extends Constructor<LitElement>>(Base: T) => {
  class ConDatosElement extends Base {
    /** URL of another dataset (same schema) to use instead of the bundled one. */
    @property() src: string | null = null;

    /** Milliseconds to wait for `src` before giving up with a clear message and a retry button. */
    @property({ attribute: 'tiempo-limite', type: Number }) tiempoLimite = 15000;

    /** A validated dataset given by a parent element; when set, `src` is not loaded. */
    @property({ attribute: false }) datos: Dataset | null = null;

    /**
     * Colour scheme. Absent (the default): the page's, through the inherited CSS `color-scheme`, so the
     * widget is light unless the page declares dark support (`color-scheme: light dark`); then it follows
     * the reader's system. `claro` or `oscuro` force one; `auto` follows the reader's system on any page.
     */
    @property({ reflect: true }) esquema: 'auto' | 'claro' | 'oscuro' | null = null;
  }
  return ConDatosElement as Constructor<ConDatosInterface> & T;
};

/** `grupo` and the filter attributes that preset the group's shared state. */
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
  }
  return ConFiltrosElement as Constructor<ConFiltrosInterface> & T;
};
