import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { IdiomaController } from '../../controllers/idioma-controller.js';
import { FiltrosController } from '../../controllers/filtros-controller.js';
import { conteoPorRegion, type ConteoRegion, type Filtros } from '../../data/filtros.js';
import type { Dataset } from '../../data/schema.js';
import { resolveLang, type Lang } from '../../i18n/lang.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { MENSAJES, type Mensajes } from '../../i18n/mensajes.js';
import { baseStyles } from '../../styles/base.styles.js';
import { ConDatos, ConFiltros } from '../shared/propiedades.js';
import { renderCargando, renderErrorCarga } from '../shared/estados.js';
import { claseDe, clasesDeEscala, type Clase } from './escala.js';
import {
  ALTO,
  ANCHO,
  CALLAO,
  DEPARTAMENTOS,
  MARCADOR_CALLAO,
  NORTE_A_SUR,
  vecinoEnDireccion,
  type Direccion,
} from './geometria.js';
import { practicasMapaStyles } from './practicas-mapa.styles.js';

/** Detail of `practicas-region`. */
export interface PracticasRegionDetail {
  /** The selected region's ubigeo, or `null` when the selection was cleared. */
  region: string | null;
}

const TECLAS: Record<string, Direccion> = {
  ArrowUp: 'arriba',
  ArrowDown: 'abajo',
  ArrowLeft: 'izquierda',
  ArrowRight: 'derecha',
};
/** Gap between the tooltip and the point it describes, in CSS pixels. */
const SEPARACION_GLOBO = 10;

let siguienteId = 0;

/**
 * A map of Peru's 25 regions, coloured by how many practices match the filters
 * shared by its group (every filter except the region itself). Choosing a region
 * makes it the group's region filter; choosing it again clears it.
 *
 * The map is one tab stop: arrow keys move between regions geographically,
 * Home and End go to the northernmost and southernmost, Enter or Space choose,
 * Escape clears (and dismisses the tooltip). A visually hidden table gives the
 * same numbers. Callao, a few pixels wide, gets a labelled marker in the sea.
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
 * @csspart source - The attribution line «Límites: INEI».
 * @csspart estado - The loading message, or an error message (`role="alert"`).
 * @csspart error - An error message (with `estado`).
 * @csspart boton - The retry button of a loading error.
 *
 * @cssprop [--practicas-mapa-color-5=#08519c] - The scale's base and top step. Steps 1–4 are mixed from it toward the background, so one colour themes an ordered scale; on a dark scheme it is lightened to at least 80 % lightness (OKLCH), on a light one darkened to at most 50 %.
 * @cssprop [--practicas-mapa-color-1=color-mix(in oklab, base 24%, background)] - First step. Set it (and 2–4) only to take charge of the whole scale; the steps must then stay ordered by lightness.
 * @cssprop [--practicas-mapa-color-2=color-mix(in oklab, base 43%, background)] - Second step.
 * @cssprop [--practicas-mapa-color-3=color-mix(in oklab, base 62%, background)] - Third step.
 * @cssprop [--practicas-mapa-color-4=color-mix(in oklab, base 81%, background)] - Fourth step.
 * @cssprop [--practicas-mapa-color-cero=light-dark(#eceef1, #202328)] - Regions with no practice: a plain neutral fill.
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
export class PracticasMapa extends ConFiltros(ConDatos(LitElement)) {
  static override styles = [baseStyles, practicasMapaStyles];

  /** The region under the pointer. */
  @state() private sobre: string | null = null;
  /** The region with keyboard focus (the roving tab stop). */
  @state() private enfocada: string | null = null;
  /** Whether a region of the map has visible (keyboard) focus right now. */
  @state() private conFoco = false;

  private readonly data = new DatasetController(this);
  // Registers itself with the element: re-renders it when a `lang` attribute changes.
  protected readonly idioma = new IdiomaController(this);
  private readonly filtros = new FiltrosController(this);
  private readonly uid = `practicas-mapa-${++siguienteId}`;
  /** The point the tooltip describes, in viewBox units. */
  private puntoGlobo: [number, number] = [0, 0];
  private conteoPrevio: { datos: Dataset; filtros: Readonly<Filtros>; conteo: Record<string, ConteoRegion> } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.filtros.sincronizar(changed);
  }

  /**
   * Places the tooltip above its point, or below it when there is no room above,
   * and always inside the map horizontally: it never sticks out of the element.
   * Through the CSSOM, because a strict Content-Security-Policy blocks style attributes.
   */
  protected override updated(): void {
    const globo = this.renderRoot.querySelector<HTMLElement>('.globo');
    const lienzo = globo?.parentElement;
    if (!globo || !lienzo) return;
    const [ancho, alto] = [lienzo.clientWidth, lienzo.clientHeight];
    const [x, y] = [(this.puntoGlobo[0] / ANCHO) * ancho, (this.puntoGlobo[1] / ALTO) * alto];
    const [w, h] = [globo.offsetWidth, globo.offsetHeight];
    const left = Math.max(0, Math.min(x - w / 2, ancho - w));
    const top = y - h - SEPARACION_GLOBO >= 0 ? y - h - SEPARACION_GLOBO : y + SEPARACION_GLOBO;
    globo.style.setProperty('left', `${Math.round(left)}px`);
    globo.style.setProperty('top', `${Math.round(top)}px`);
  }

  protected override render() {
    const lang = resolveLang(this);
    const m = MENSAJES[lang];
    const datos = this.data.value;
    const conteo = datos ? this.conteo(datos, this.filtros.filtros) : undefined;
    const clases = clasesDeEscala(conteo ? Math.max(0, ...Object.values(conteo).map((c) => c.total)) : 0);
    const seleccion = datos ? (this.filtros.filtros.region ?? null) : null;
    const nombres = new Map(datos?.regiones.map((r) => [r.ubigeo, r.nombre]));
    const numero = (n: number) => formatearNumero(n, lang);
    const activa = this.enfocada ?? (seleccion && DEPARTAMENTOS[seleccion] ? seleccion : NORTE_A_SUR[0]);
    const globo = this.sobre ?? (this.conFoco ? this.enfocada : null);

    const contorno = (id: string, clase: string) =>
      id === CALLAO
        ? svg`<path class=${clase} d=${DEPARTAMENTOS[id].d}></path><circle class=${clase} cx=${MARCADOR_CALLAO.cx} cy=${MARCADOR_CALLAO.cy} r=${MARCADOR_CALLAO.r}></circle>`
        : svg`<path class=${clase} d=${DEPARTAMENTOS[id].d}></path>`;

    return html`<figure part="base" class="mapa" aria-busy=${datos ? 'false' : 'true'}>
      <div class="lienzo">
        <svg
          part="map"
          tabindex="-1"
          viewBox="0 0 ${ANCHO} ${ALTO}"
          role=${conteo ? 'toolbar' : 'img'}
          aria-label=${m.mapaRegiones}
          aria-describedby=${conteo ? `${this.uid}-ayuda` : nothing}
          @keydown=${conteo ? this.onKeydown : nothing}
          @focusin=${this.onFocusin}
          @focusout=${this.onFocusout}
          @pointerleave=${() => (this.sobre = null)}
        >
          ${NORTE_A_SUR.map((id) => {
            const c = conteo?.[id];
            const paso = c ? claseDe(c.total, clases).paso : -1;
            return conteo && c
              ? svg`<path
                  part="region"
                  class="region paso-${paso}"
                  data-ubigeo=${id}
                  d=${DEPARTAMENTOS[id].d}
                  role="button"
                  tabindex=${id === activa ? '0' : '-1'}
                  aria-pressed=${seleccion === id ? 'true' : 'false'}
                  aria-label=${this.etiqueta(nombres.get(id) ?? id, c, m, numero)}
                  @click=${() => this.alternar(id)}
                  @pointerenter=${() => (this.sobre = id)}
                  @pointerleave=${() => this.salir(id)}
                ></path>`
              : svg`<path part="region" class="region neutra" data-ubigeo=${id} d=${DEPARTAMENTOS[id].d}></path>`;
          })}
          ${this.renderMarcadorCallao(conteo, clases)}
          <g aria-hidden="true">
            ${this.conFoco && this.enfocada ? contorno(this.enfocada, 'contorno-foco-halo') : nothing}
            ${
              seleccion && DEPARTAMENTOS[seleccion]
                ? [contorno(seleccion, 'contorno-seleccion-halo'), contorno(seleccion, 'contorno-seleccion')]
                : nothing
            }
            ${this.conFoco && this.enfocada ? contorno(this.enfocada, 'contorno-foco') : nothing}
          </g>
        </svg>
        <span class="etiqueta-callao" aria-hidden="true">${nombres.get(CALLAO) ?? 'Callao'}</span>
        ${globo && conteo?.[globo] ? this.renderGlobo(globo, nombres.get(globo) ?? globo, conteo[globo], m, numero) : nothing}
      </div>
      <figcaption class="lateral">
        ${this.data.render({
          pending: () => renderCargando(lang),
          error: (error: unknown) => renderErrorCarga(error, lang, () => void this.data.retry()),
          complete: () => nothing,
        })}
        ${conteo ? this.renderLeyenda(clases, conteo, m, numero) : nothing}
        <p id="${this.uid}-ayuda" class="visualmente-oculto" lang=${lang}>${m.mapaInstrucciones}</p>
        <p class="fuente" part="source">Límites: INEI</p>
      </figcaption>
      ${conteo ? html`<div class="visualmente-oculto">${this.renderTabla(conteo, nombres, m, numero, lang)}</div>` : nothing}
    </figure>`;
  }

  /**
   * Counts per region, kept for the last dataset and filter state: hover and
   * focus re-render the map, and must not re-filter a large catalogue each time.
   * The filter state is a frozen object replaced on every change.
   */
  private conteo(datos: Dataset, filtros: Readonly<Filtros>): Record<string, ConteoRegion> {
    const previo = this.conteoPrevio;
    if (previo && previo.datos === datos && previo.filtros === filtros) return previo.conteo;
    const conteo = conteoPorRegion(datos, filtros);
    this.conteoPrevio = { datos, filtros, conteo };
    return conteo;
  }

  private etiqueta(nombre: string, c: ConteoRegion, m: Mensajes, numero: (n: number) => string): string {
    return m.regionBoton(nombre, m.practicas(c.total, numero(c.total)), numero(c['buena-practica']), numero(c['en-proceso']));
  }

  /**
   * Callao is a few pixels wide: a marker in the sea, joined to it by a leader
   * line and named by a label (rendered as HTML, so it stays legible at any
   * map size), makes it visible and easy to click. The keyboard reaches Callao's
   * own shape, which carries its name and counts.
   */
  private renderMarcadorCallao(conteo: Record<string, ConteoRegion> | undefined, clases: readonly Clase[]) {
    const callao = DEPARTAMENTOS[CALLAO];
    if (!callao) return nothing;
    const c = conteo?.[CALLAO];
    const paso = c ? claseDe(c.total, clases).paso : -1;
    const { cx, cy, r } = MARCADOR_CALLAO;
    // A larger transparent circle under the marker makes a 24 px touch target on the narrowest map.
    return svg`<line class="guia" x1=${callao.centro[0]} y1=${callao.centro[1]} x2=${cx + r} y2=${cy} aria-hidden="true"></line>
      <circle
        class="marcador-zona"
        cx=${cx}
        cy=${cy}
        r=${2 * r}
        aria-hidden="true"
        @click=${c ? () => this.alternar(CALLAO) : nothing}
        @pointerenter=${c ? () => (this.sobre = CALLAO) : nothing}
        @pointerleave=${c ? () => this.salir(CALLAO) : nothing}
      ></circle>
      <circle
        class="marcador region ${c ? `paso-${paso}` : 'neutra'}"
        data-marcador=${CALLAO}
        cx=${cx}
        cy=${cy}
        r=${r}
        aria-hidden="true"
        @click=${c ? () => this.alternar(CALLAO) : nothing}
        @pointerenter=${c ? () => (this.sobre = CALLAO) : nothing}
        @pointerleave=${c ? () => this.salir(CALLAO) : nothing}
      ></circle>`;
  }

  /** The pointer left a region: its tooltip goes (unless the pointer already entered another). */
  private salir(id: string) {
    if (this.sobre === id) this.sobre = null;
  }

  private renderGlobo(id: string, nombre: string, c: ConteoRegion, m: Mensajes, numero: (n: number) => string) {
    // Callao's tooltip points at its marker. Placed in updated(), once its size is known.
    this.puntoGlobo = id === CALLAO ? [MARCADOR_CALLAO.cx, MARCADOR_CALLAO.cy - MARCADOR_CALLAO.r] : DEPARTAMENTOS[id].centro;
    return html`<div part="tooltip" class="globo" aria-hidden="true">
      <strong>${nombre}</strong>
      <span>${m.practicas(c.total, numero(c.total))}</span>
      <span>${m.columnaBuenas}: ${numero(c['buena-practica'])} · ${m.columnaEnProceso}: ${numero(c['en-proceso'])}</span>
    </div>`;
  }

  private renderLeyenda(
    clases: readonly Clase[],
    conteo: Record<string, ConteoRegion>,
    m: Mensajes,
    numero: (n: number) => string,
  ) {
    const regiones = (c: Clase) => Object.values(conteo).filter((r) => claseDe(r.total, clases) === c).length;
    return html`<div part="legend" class="leyenda">
      <p class="leyenda-titulo">${m.leyendaTitulo}</p>
      <ul>
        ${clases.map(
          (c) =>
            html`<li>
              <span class="muestra paso-${c.paso}" aria-hidden="true"></span>
              <span>
                ${
                  c.paso === 0
                    ? `0 (${m.leyendaCero})`
                    : c.desde === c.hasta
                      ? numero(c.desde)
                      : `${numero(c.desde)}–${numero(c.hasta)}`
                }
                <span class="leyenda-regiones">· ${m.regiones(regiones(c), numero(regiones(c)))}</span>
              </span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTabla(
    conteo: Record<string, ConteoRegion>,
    nombres: Map<string, string>,
    m: Mensajes,
    numero: (n: number) => string,
    lang: Lang,
  ) {
    return html`<table lang=${lang}>
      <caption>
        ${m.tablaTitulo}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.columnaRegion}</th>
          <th scope="col">${m.columnaTotal}</th>
          <th scope="col">${m.columnaBuenas}</th>
          <th scope="col">${m.columnaEnProceso}</th>
        </tr>
      </thead>
      <tbody>
        ${NORTE_A_SUR.map((id) => {
          const c = conteo[id];
          return c
            ? html`<tr>
                <th scope="row" lang="es">${nombres.get(id) ?? id}</th>
                <td>${numero(c.total)}</td>
                <td>${numero(c['buena-practica'])}</td>
                <td>${numero(c['en-proceso'])}</td>
              </tr>`
            : nothing;
        })}
      </tbody>
    </table>`;
  }

  private alternar(id: string) {
    const region = this.filtros.filtros.region === id ? null : id;
    this.enfocada = id;
    this.filtros.cambiarPorUsuario({ region: region ?? '' });
    this.dispatchEvent(
      new CustomEvent<PracticasRegionDetail>('practicas-region', { detail: { region }, bubbles: true, composed: true }),
    );
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const desde = (event.target as Element).getAttribute?.('data-ubigeo');
    if (!desde) return;
    // The keyboard is in use (perhaps after a click): show the focus ring and tooltip.
    if (event.key !== 'Escape') this.conFoco = true;
    let hacia: string | undefined;
    if (event.key in TECLAS) hacia = vecinoEnDireccion(desde, TECLAS[event.key]) ?? desde;
    else if (event.key === 'Home') hacia = NORTE_A_SUR[0];
    else if (event.key === 'End') hacia = NORTE_A_SUR[NORTE_A_SUR.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.alternar(desde);
      return;
    } else if (event.key === 'Escape') {
      // Escape dismisses the tooltip, and clears the choice if there is one.
      this.sobre = null;
      this.conFoco = false;
      if (!this.filtros.filtros.region) return;
      event.preventDefault();
      this.alternar(this.filtros.filtros.region);
      this.enfocada = desde;
      return;
    } else return;
    event.preventDefault();
    this.enfocada = hacia;
    void this.updateComplete.then(() => this.regionEl(hacia!)?.focus());
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
