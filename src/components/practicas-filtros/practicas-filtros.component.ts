import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ConDatos } from '../../controllers/dataset-controller.js';
import { ConFiltros } from '../../controllers/filtros-controller.js';
import { UrlController } from '../../controllers/url-controller.js';
import { anticiparBusqueda } from '../../data/busqueda.js';
import { DIMENSIONES, facetas, opciones, type Dimension, type Filtros } from '../../data/filtros.js';
import { nombresDe } from '../../data/nombres.js';
import type { Dataset } from '../../data/schema.js';
import type { Mensajes } from '../../i18n/mensajes.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { CLAVES_FILTRO } from '../../state/filtros-store.js';
import { baseStyles } from '../../styles/base.styles.js';
import { PracticasElement } from '../shared/practicas-element.js';
import { renderAviso, renderConDatos } from '../shared/estados.js';
import { practicasFiltrosStyles } from './practicas-filtros.styles.js';

let siguienteId = 0;

/**
 * The filter bar: status, topic, region, level and criterion, each option with the
 * number of practices it would give; a search box that ignores case and accents;
 * the result count, the active filters as removable chips, and "Limpiar filtros".
 *
 * Every widget of its group (map, table, lists) follows it, and it follows them.
 * With `sincronizar-url`, the group's state is mirrored into the page's address,
 * so a filtered view can be shared as a link.
 *
 * @summary The filter bar that drives every widget of its group.
 *
 * @fires {CustomEvent<PracticasFiltrosCambioDetail>} practicas-filtros-cambio - The reader changed a filter (a control, a chip, "Limpiar filtros", a keystroke in the search box). `detail.filtros` is the group's whole state, `detail.grupo` its name. Fired by every widget for the reader's changes, never for changes made from code.
 *
 * @csspart base - The `<form>`.
 * @csspart search - The search box.
 * @csspart toggle - The "Filtros" disclosure button shown on narrow screens.
 * @csspart panel - The select controls.
 * @csspart control - Each `<select>`.
 * @csspart count - The result count ("12 de 31 prácticas"), a polite live region.
 * @csspart chip - Each active filter's remove button.
 * @csspart clear - The "Limpiar filtros" button.
 * @csspart status - The loading message, or an error message (`role="alert"`).
 * @csspart error - An error message (with `status`).
 * @csspart button - The retry button of a loading error.
 *
 * @cssprop [--practicas-color-texto=#1f2328] - Text colour.
 * @cssprop [--practicas-color-fondo=#ffffff] - Background of the controls.
 * @cssprop [--practicas-color-superficie=#f6f7f9] - Background of the bar and the chips.
 * @cssprop [--practicas-color-borde=#c9d0d8] - Borders.
 * @cssprop [--practicas-color-enlace=#0b5394] - Buttons.
 * @cssprop [--practicas-fuente=inherit] - Font family; inherits the page's by default.
 * @cssprop [--practicas-radio=0.5em] - Corner radius.
 * @cssprop [--practicas-espacio=1em] - Base spacing.
 * @cssprop [--practicas-color-texto-secundario=light-dark(#4a5260, #b8bec7)] - Secondary text and disabled buttons.
 * @cssprop [--practicas-color-acento=light-dark(#8a1538, #f29bb4)] - Accent colour. Read by every element into its palette, reserved for accents: no element paints with it yet.
 * @cssprop [--practicas-color-acento-texto=light-dark(#ffffff, #1a0710)] - Text on the accent colour. Reserved like `--practicas-color-acento`.
 * @cssprop [--practicas-color-foco=light-dark(#0b5394, #8cc4ff)] - Focus ring.
 * @cssprop [--practicas-fuente-titulo=inherit] - Font family of titles (the card's, also inside the dialog); the element's font by default.
 */
export class PracticasFiltros extends ConFiltros(ConDatos(PracticasElement)) {
  static override styles = [baseStyles, practicasFiltrosStyles];

  /** Mirror the group's state into the page's query string (`history.replaceState`, other parameters kept) and restore it from there on load. Named groups use `grupo.clave` parameters. */
  @property({ attribute: 'sincronizar-url', type: Boolean }) sincronizarUrl = false;

  /** Accessible name of the bar's search landmark (default «Filtrar prácticas»); give each bar its own when a page holds two catalogues. */
  @property() etiqueta: string | null = null;

  /** Whether the controls are shown on a narrow screen. */
  @state() private abierto = false;

  private readonly uid = `practicas-filtros-${++siguienteId}`;
  // Registers itself: mirrors the group's state into the address while sincronizar-url is on,
  // reading and writing it through grupoFiltros, which follows grupo and registroFiltros.
  protected readonly url = new UrlController(this, this.grupoFiltros);

  /** The group's whole filter state. Setting it replaces the state, as code does: no event is fired. */
  get filtros(): Filtros {
    return { ...this.grupoFiltros.filtros };
  }
  set filtros(filtros: Filtros) {
    this.grupoFiltros.reemplazar(filtros ?? {});
  }

  // The bar holds the search box: a large catalogue's index is built, in slices, before the reader types.
  protected override updated(): void {
    const datos = this.datasetController.value;
    if (datos) anticiparBusqueda(datos);
  }

  protected override render() {
    return renderConDatos(this.datasetController, this.idioma.lang, (datos) => this.renderBarra(datos));
  }

  private renderBarra(datos: Dataset) {
    const { lang, m } = this.idioma;
    const filtros = this.grupoFiltros.filtros;
    const f = facetas(datos, this.grupoFiltros.aplicables(datos));
    const activos = CLAVES_FILTRO.filter((c) => filtros[c]);
    const activosSelect = DIMENSIONES.filter((d) => filtros[d]).length;
    const desconocidos = DIMENSIONES.filter((d) => filtros[d] && !opciones(datos, d).includes(filtros[d]!));
    const panelId = `${this.uid}-panel`;
    return html`<form
      part="base"
      role="search"
      aria-label=${this.etiqueta?.trim() || m.filtrarEtiqueta}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${desconocidos.map((d) => renderAviso(m.valorDesconocido(m.dimension[d], filtros[d]!)))}
      <div class="principal">
        <label class="campo buscar">
          <span>${m.buscar}</span>
          <input
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${m.buscarEjemplo}
            .value=${live(filtros.q ?? '')}
            @input=${(e: Event) => this.grupoFiltros.cambiarPorUsuario({ q: (e.target as HTMLInputElement).value })}
          />
        </label>
        <button
          type="button"
          class="boton alternar"
          part="toggle"
          aria-expanded=${this.abierto ? 'true' : 'false'}
          aria-controls=${panelId}
          @click=${() => (this.abierto = !this.abierto)}
        >
          ${m.mostrarFiltros(activosSelect)}
        </button>
      </div>
      <div class="panel" part="panel" id=${panelId} ?data-cerrado=${!this.abierto}>
        ${DIMENSIONES.map((d) => this.renderSelect(d, datos, f, filtros))}
      </div>
      <div class="resumen">
        <p class="conteo" part="count" role="status">
          ${
            this.grupoFiltros.buscando
              ? m.buscando
              : m.conteo(formatearNumero(f.total, lang), formatearNumero(datos.practicas.length, lang))
          }
        </p>
        ${
          activos.length
            ? html`<ul class="chips" aria-label=${m.filtrosActivos}>
                ${activos.map((c) => {
                  const etiqueta = c === 'q' ? m.buscar : m.dimension[c];
                  const valor = c === 'q' ? `«${filtros.q}»` : this.nombreDe(c, filtros[c]!, datos);
                  return html`<li>
                    <button
                      type="button"
                      class="chip"
                      part="chip"
                      aria-label=${m.quitarFiltro(etiqueta, valor)}
                      @click=${() => this.grupoFiltros.cambiarPorUsuario({ [c]: '' })}
                    >
                      <span>${etiqueta}: ${valor}</span><span aria-hidden="true">✕</span>
                    </button>
                  </li>`;
                })}
              </ul>`
            : nothing
        }
        <button
          type="button"
          class="boton"
          part="clear"
          ?disabled=${activos.length === 0}
          @click=${() => this.grupoFiltros.cambiarPorUsuario({}, { reemplazar: true })}
        >
          ${m.limpiarFiltros}
        </button>
      </div>
    </form>`;
  }

  private renderSelect(d: Dimension, datos: Dataset, f: ReturnType<typeof facetas>, filtros: Filtros) {
    const { lang, m } = this.idioma;
    const valor = filtros[d] ?? '';
    const id = `${this.uid}-${d}`;
    return html`<div class="campo">
      <label for=${id}>${m.dimension[d]}</label>
      <select
        id=${id}
        part="control"
        data-filtro=${d}
        @change=${(e: Event) => this.grupoFiltros.cambiarPorUsuario({ [d]: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${valor === ''}>${m.todas[d]}</option>
        ${opciones(datos, d).map((o) => {
          const n = f[d][o] ?? 0;
          return html`<option value=${o} ?selected=${valor === o}>
            ${m.opcion(this.nombreDe(d, o, datos), n, formatearNumero(n, lang))}
          </option>`;
        })}
      </select>
    </div>`;
  }

  private nombreDe(d: Dimension, valor: string, datos: Dataset): string {
    const { m } = this.idioma;
    switch (d) {
      case 'tipo':
        return m.tipo[valor as keyof Mensajes['tipo']] ?? valor;
      case 'tema':
        return nombresDe(datos).tema(valor, true);
      case 'region':
        return nombresDe(datos).region(valor);
      case 'nivel':
        return m.nivel[valor as keyof Mensajes['nivel']] ?? valor;
      case 'criterio':
        return nombresDe(datos).criterio(valor);
    }
  }
}
