import { isServer, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ConDatos } from '../../controllers/dataset-controller.js';
import { ConFiltros } from '../../controllers/filtros-controller.js';
import { baseStyles } from '../../styles/base.styles.js';
import { renderCargando, renderErrorCarga } from '../shared/estados.js';
import { cuandoOcioso } from '../shared/anticipar.js';
import { PracticasElement } from '../shared/practicas-element.js';
import { CapaRegiones, marcadoCapa, modeloCapa } from './capa.js';
import { CALLAO, DEPARTAMENTOS, NORTE_A_SUR } from './geometria.js';
import { accionDeTecla, posicionGlobo, vistaMapa, type VistaMapa } from './modelo.js';
import { renderFigura, type ManejadoresMapa } from './plantillas.js';
import { practicasMapaStyles } from './practicas-mapa.styles.js';

/** Detail of `practicas-region`. */
export interface PracticasRegionDetail {
  /** The selected region's ubigeo, or `null` when the selection was cleared. */
  region: string | null;
}

let siguienteId = 0;

// Longest wait for the second step (see pedirSegundoPaso) where no frame is painted.
const SEGUNDO_PASO_MAX_MS = 600;

/**
 * A map of Peru's 25 regions, coloured by how many practices match the filters
 * shared by its group (every filter except the region itself). Choosing a region
 * makes it the group's region filter; choosing it again clears it.
 *
 * The map is one tab stop: arrow keys move between regions geographically,
 * Home and End go to the northernmost and southernmost, Enter or Space choose,
 * Escape clears (and dismisses the tooltip). Each region is named with its counts, and a
 * button under the legend shows the same numbers as a table, for any reader.
 * Callao, a few pixels wide, gets a labelled marker in the sea.
 *
 * @summary A choropleth of Peru's regions that filters the catalogue.
 *
 * @fires {CustomEvent<PracticasRegionDetail>} practicas-region - The reader chose a region (or cleared the choice) by mouse or keyboard. Bubbles and crosses shadow roots.
 * @fires {CustomEvent<PracticasFiltrosCambioDetail>} practicas-filtros-cambio - The reader chose a region or cleared the choice, which sets or clears the group's region filter. `detail.filtros` is the group's whole state, `detail.grupo` its name. Bubbles and crosses shadow roots; never fired for changes made from code.
 *
 * @csspart base - The figure holding map, legend and source.
 * @csspart map - The `<svg>`.
 * @csspart region - Each region's shape (`data-ubigeo` gives its INEI code; `aria-pressed` whether it is chosen).
 * @csspart tooltip - The name and counts shown on hover and focus.
 * @csspart legend - The colour scale with its counts.
 * @csspart table-toggle - The button «Ver tabla de datos» that shows and hides the table (`aria-expanded`).
 * @csspart table - The table of the counts by region, under the map, while it is shown.
 * @csspart source - The attribution line «Límites: INEI».
 * @csspart status - The loading message, or an error message (`role="alert"`).
 * @csspart error - An error message (with `status`).
 * @csspart button - The retry button of a loading error.
 *
 * @cssprop [--practicas-mapa-color-5=#08519c] - The scale's base and top step. Steps 1–4 are mixed from it toward the background, so one colour themes an ordered scale; on a dark scheme it is lightened to at least 80 % lightness (OKLCH), on a light one darkened to at most 50 %.
 * @cssprop [--practicas-mapa-color-1=color-mix(in oklab, base 24%, background)] - First step. Set it (and 2–4) only to take charge of the whole scale; the steps must then stay ordered by lightness.
 * @cssprop [--practicas-mapa-color-2=color-mix(in oklab, base 43%, background)] - Second step.
 * @cssprop [--practicas-mapa-color-3=color-mix(in oklab, base 62%, background)] - Third step.
 * @cssprop [--practicas-mapa-color-4=color-mix(in oklab, base 81%, background)] - Fourth step.
 * @cssprop [--practicas-mapa-color-cero=color-mix(in oklab, text 8%, background)] - Regions with no practice: a plain neutral fill.
 * @cssprop [--practicas-mapa-borde=color-mix(in oklab, text 45%, background)] - Region borders, the coastline and the legend swatches' edges: a mid grey with 3:1 contrast against the background, so pale regions never melt into it.
 * @cssprop [--practicas-mapa-alto-maximo=min(40em, 85svh)] - Height limit of the map, any length (`30em`, `60vh`): the map takes its container's width up to the width this height allows, so it fits a laptop screen; the legend goes beside it from 36em of width, below it on narrower ones.
 * @cssprop [--practicas-color-fondo=light-dark(#ffffff, #16181c)] - The element's own background, which the scale is mixed toward.
 * @cssprop [--practicas-color-texto=light-dark(#1f2328, #e8eaed)] - Text, and the outline of the chosen region.
 * @cssprop [--practicas-color-foco=light-dark(#0b5394, #8cc4ff)] - Dashed outline of the region with keyboard focus.
 * @cssprop [--practicas-fuente=inherit] - Font family; inherits the page's by default.
 * @cssprop [--practicas-espacio=1em] - Base spacing.
 * @cssprop [--practicas-color-texto-secundario=light-dark(#4a5260, #b8bec7)] - Secondary text and disabled buttons.
 * @cssprop [--practicas-color-superficie=light-dark(#f6f7f9, #22252b)] - Background of the loading message.
 * @cssprop [--practicas-color-borde=light-dark(#c9d0d8, #4a505a)] - Borders.
 * @cssprop [--practicas-color-acento=light-dark(#8a1538, #f29bb4)] - Accent colour. Read by every element into its palette, reserved for accents: no element paints with it yet.
 * @cssprop [--practicas-color-acento-texto=light-dark(#ffffff, #1a0710)] - Text on the accent colour. Reserved like `--practicas-color-acento`.
 * @cssprop [--practicas-color-enlace=light-dark(#0b5394, #8cc4ff)] - Buttons.
 * @cssprop [--practicas-fuente-titulo=inherit] - Font family of titles (the card's, also inside the dialog); the element's font by default.
 * @cssprop [--practicas-radio=0.5em] - Corner radius.
 */
export class PracticasMapa extends ConFiltros(ConDatos(PracticasElement)) {
  static override styles = [baseStyles, practicasMapaStyles];

  /**
   * Shows the counts by region as a table under the map, with the current filters. The reader
   * shows and hides it with the button under the legend; set it to have the table shown from the
   * start. Hidden, the table is not rendered, so a filter change recolours the map alone.
   */
  @property({ type: Boolean, reflect: true }) tabla = false;

  /** The region under the pointer. */
  @state() private sobre: string | null = null;
  /** The region with keyboard focus (the roving tab stop). */
  @state() private enfocada: string | null = null;
  /** Whether a region of the map has visible (keyboard) focus right now. */
  @state() private conFoco = false;
  /**
   * Whether the second step is done: the first painted map with counts holds the coloured shapes
   * (and the legend where it would push content below the map), the rest follows when the browser
   * is next idle (see pedirSegundoPaso).
   */
  @state() private completo = false;

  // Rendered on a server (declarative shadow DOM, see render), the map arrives whole: nothing to defer.
  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot?.firstElementChild) this.completo = true;
    super.connectedCallback();
  }

  private readonly uid = `practicas-mapa-${++siguienteId}`;
  /** What render shows, derived before it: render itself assigns nothing. */
  private vista!: VistaMapa;
  /** The shapes, kept current outside Lit's templates (see capa.ts); browser only. */
  private capa?: CapaRegiones;
  private segundoPasoPedido = false;

  // Derived in willUpdate, which server rendering (@lit-labs/ssr) calls too: it never calls update().
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.vista = this.derivarVista();
  }

  // In the browser the dataset task's hostUpdate runs between willUpdate and update: a new `src` starts
  // loading there, and the map must not show the previous dataset's counts meanwhile.
  protected override update(changed: PropertyValues<this>): void {
    if (this.vista.interactivo && !this.datasetController.value) this.vista = this.derivarVista();
    (this.capa ??= new CapaRegiones()).aplicar(this.vista);
    super.update(changed);
  }

  private derivarVista(): VistaMapa {
    const datos = this.datasetController.value;
    return vistaMapa({
      datos,
      // Without the text search while a large catalogue's search index is still being built.
      filtros: datos ? this.grupoFiltros.aplicables(datos) : this.grupoFiltros.filtros,
      sobre: this.sobre,
      enfocada: this.enfocada,
      conFoco: this.conFoco,
      lang: this.idioma.lang,
    });
  }

  /**
   * Places the tooltip once its size is known. Through the CSSOM, because a strict
   * Content-Security-Policy blocks style attributes.
   */
  protected override updated(): void {
    if (this.vista.interactivo && !this.segundoPasoPedido) this.pedirSegundoPaso();
    const punto = this.vista.globo?.punto;
    const globo = this.renderRoot.querySelector<HTMLElement>('.globo');
    const lienzo = globo?.parentElement;
    if (!punto || !globo || !lienzo) return;
    const { left, top } = posicionGlobo(
      punto,
      { ancho: lienzo.clientWidth, alto: lienzo.clientHeight },
      { ancho: globo.offsetWidth, alto: globo.offsetHeight },
    );
    globo.style.setProperty('left', `${left}px`);
    globo.style.setProperty('top', `${top}px`);
  }

  /**
   * What the first painted map with counts leaves out, laid out when the browser is next idle
   * (within a fraction of a second), and kept current in the same update as the colours from
   * then on: the text whose late arrival moves nothing, Callao's label (over the map), the hidden
   * help, and the legend where it stands beside the map (see the styles). The first text laid out
   * on a page costs its fonts, more than the shapes themselves.
   *
   * The idle moment is looked for after the first painted frame: the browser is often idle
   * between the first render and that frame, which then laid out the second step too. A hidden
   * page paints no frame: there the second step comes after `SEGUNDO_PASO_MAX_MS`.
   */
  private pedirSegundoPaso() {
    this.segundoPasoPedido = true;
    // Whichever comes first: setting it again changes nothing, so Lit does not update again.
    const listo = () => (this.completo = true);
    requestAnimationFrame(() => setTimeout(() => cuandoOcioso(listo, 300)));
    setTimeout(listo, SEGUNDO_PASO_MAX_MS);
  }

  protected override render() {
    const v = this.vista;
    const { lang } = v;
    return renderFigura({
      v,
      uid: this.uid,
      // A server renders the whole map at once: there is no first frame to spare there.
      pendiente: v.interactivo && !(this.completo || isServer),
      tabla: this.tabla,
      formas: isServer ? unsafeSVG(marcadoCapa(v)) : this.capa?.g,
      estado: this.datasetController.render({
        pending: () => renderCargando(lang),
        error: (error: unknown) => renderErrorCarga(error, lang, () => void this.datasetController.retry()),
        complete: () => nothing,
      }),
      on: this.manejadores,
    });
  }

  /**
   * Prepares the map's templates when the browser is idle after its definition (see
   * anticipar.ts): renders every part of the figure once, with a view that has them all,
   * into a fragment that is then dropped, and builds the shapes every map clones.
   */
  protected static override prepararPlantillas(): void {
    modeloCapa();
    const v = vistaMapa({ datos: undefined, filtros: {}, sobre: null, enfocada: null, conFoco: false, lang: 'es' });
    const region = NORTE_A_SUR[0];
    const ensayo: VistaMapa = {
      ...v,
      interactivo: true,
      // Callao's outline is a template of its own (its shape and its marker).
      contornos: { seleccion: DEPARTAMENTOS[CALLAO] ? CALLAO : region, foco: region },
      leyenda: [{ paso: 0, rango: '', regiones: '' }],
      globo: { id: region, nombre: '', total: '', detalle: '', punto: [0, 0] },
      filas: [{ id: region, nombre: '', total: '', buenas: '', enProceso: '' }],
    };
    const figura = renderFigura({
      v: ensayo,
      uid: 'ensayo',
      pendiente: false,
      tabla: true,
      formas: nothing,
      estado: renderCargando('es'),
      on: {},
    });
    render(figura, document.createDocumentFragment());
  }

  private readonly alternarTabla = () => {
    this.tabla = !this.tabla;
  };

  /** The region a pointer event is about (a shape, Callao's marker or its touch zone), if it has counts. */
  private regionDe(event: Event): string | null {
    const t = event.target as Element;
    const id = t.getAttribute?.('data-ubigeo') ?? t.getAttribute?.('data-marcador') ?? t.getAttribute?.('data-zona');
    return id && this.vista.regiones.some((r) => r.id === id && r.paso !== null) ? id : null;
  }

  private readonly onClick = (event: MouseEvent) => {
    const id = this.regionDe(event);
    if (id) this.alternar(id);
  };

  // pointerenter and pointerleave do not bubble: the map hears its shapes' in the capture phase.
  private readonly onPointerenter = {
    capture: true,
    handleEvent: (event: PointerEvent) => (this.sobre = this.regionDe(event) ?? this.sobre),
  };

  /** Leaving the map, or the region under the pointer (unless it already entered another): the tooltip goes. */
  private readonly onPointerleave = {
    capture: true,
    handleEvent: (event: PointerEvent) => {
      const id = this.regionDe(event);
      if (event.target === event.currentTarget || (id && this.sobre === id)) this.sobre = null;
    },
  };

  private alternar(id: string) {
    const region = this.grupoFiltros.filtros.region === id ? null : id;
    this.enfocada = id;
    this.grupoFiltros.cambiarPorUsuario({ region: region ?? '' });
    this.dispatchEvent(
      new CustomEvent<PracticasRegionDetail>('practicas-region', { detail: { region }, bubbles: true, composed: true }),
    );
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const desde = (event.target as Element).getAttribute?.('data-ubigeo');
    if (!desde) return;
    // The keyboard is in use (perhaps after a click): show the focus ring and tooltip.
    if (event.key !== 'Escape') this.conFoco = true;
    const accion = accionDeTecla(desde, event.key);
    if (!accion) return;
    if (accion.tipo === 'escapar') {
      // Escape dismisses the tooltip, and clears the choice if there is one.
      this.sobre = null;
      this.conFoco = false;
      const elegida = this.grupoFiltros.filtros.region;
      if (!elegida) return;
      event.preventDefault();
      this.alternar(elegida);
      this.enfocada = desde;
      return;
    }
    event.preventDefault();
    if (accion.tipo === 'elegir') {
      this.alternar(accion.region);
      return;
    }
    // Focus moves in the key's own task, whenever the render that follows it takes its turn.
    this.enfocada = accion.hacia;
    this.regionEl(accion.hacia)?.focus();
  };

  private readonly onFocusin = (event: FocusEvent) => {
    const id = (event.target as Element).getAttribute?.('data-ubigeo');
    if (id) {
      this.enfocada = id;
      // A click focuses the region too, but only keyboard focus (:focus-visible) gets the dashed
      // ring and the tooltip: after a click the tooltip goes with the pointer, and the chosen
      // region shows the same outline as a preset one.
      this.conFoco = (event.target as Element).matches(':focus-visible');
      // The latest interaction wins: the tooltip follows the focus until the pointer moves.
      if (this.conFoco) this.sobre = null;
    }
  };

  private readonly onFocusout = (event: FocusEvent) => {
    const siguiente = event.relatedTarget as Element | null;
    if (!siguiente?.getAttribute?.('data-ubigeo')) this.conFoco = false;
  };

  /** The figure's event handlers, one object for every render (declared after them: fields initialise in order). */
  private readonly manejadores: ManejadoresMapa = {
    keydown: this.onKeydown,
    focusin: this.onFocusin,
    focusout: this.onFocusout,
    click: this.onClick,
    pointerenter: this.onPointerenter,
    pointerleave: this.onPointerleave,
    alternarTabla: this.alternarTabla,
  };

  private regionEl(id: string): SVGPathElement | null {
    return this.renderRoot.querySelector<SVGPathElement>(`path[data-ubigeo="${id}"]`);
  }
}

declare global {
  // Document, Window and every element's event maps extend this one: `document.addEventListener`
  // and `window.addEventListener` see the event too (it bubbles and is composed).
  interface GlobalEventHandlersEventMap {
    'practicas-region': CustomEvent<PracticasRegionDetail>;
  }
  interface HTMLElementEventMap {
    'practicas-region': CustomEvent<PracticasRegionDetail>;
  }
}
