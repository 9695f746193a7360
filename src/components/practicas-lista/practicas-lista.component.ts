import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConDatos } from '../../controllers/dataset-controller.js';
import { ConFiltros } from '../../controllers/filtros-controller.js';
import { filtrarPracticas } from '../../data/filtros.js';
import type { Dataset, Practica } from '../../data/schema.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { baseStyles } from '../../styles/base.styles.js';
import { renderAviso, renderConDatos } from '../shared/estados.js';
import { DialogoPracticaController, dialogoStyles } from '../shared/dialogo.js';
import { enteroValido } from '../shared/enteros.js';
import { PracticasElement } from '../shared/practicas-element.js';
import { TrozosController } from '../shared/trozos.js';
import type { PracticaSeleccionDetail } from '../shared/seleccion.js';
import { practicasListaStyles } from './practicas-lista.styles.js';

let siguienteId = 0;
/** Cards per page of a very long list (no `limite`, or «ver todas» at 10,000 practices). */
const POR_PAGINA = 100;
/**
 * Cards per task: a card with its shadow root costs about 2 ms to create and lay out, and
 * each slice is laid out in a frame of its own (see `trozos.ts`): two rows of three cards,
 * a screenful at 1,000 px. With 12, a keystroke's frame with the table's new rows had 30-40 ms
 * of style and layout at 10,000 practices.
 */
const TARJETAS_POR_TROZO = 6;
/** Cards on the page's first paint: a list of up to 12 (`limite="12"`) is drawn whole, and nothing below it moves. */
const TARJETAS_PRIMERA_VEZ = 12;

/**
 * A responsive grid of `<practica-card>`s: either the featured practices named in
 * `destacadas`, in that order, or the practices that match the filters shared by
 * the widgets of its group, optionally capped by `limite` with a "ver todas" control.
 *
 * Activating a card's title opens the practice's full card in a modal dialog, as
 * `<anexo-tabla>` does: focus moves in, Escape closes it, and focus returns to the
 * title. A page that wants its own detail view cancels `practicas-seleccion`.
 *
 * @summary A grid of practice cards: featured ones, or those matching the page's filters.
 *
 * @fires {CustomEvent<PracticaSeleccionDetail>} practicas-seleccion - From a card: the reader opened a practice from its title (click, Enter or Space); `detail.id` is its id. Cancelable: call `preventDefault()` to show your own detail view instead of the built-in dialog. Bubbles and crosses shadow roots.
 *
 * @csspart list - The grid (`<ul>`).
 * @csspart item - Each grid cell (`<li>`), holding a `<practica-card>`.
 * @csspart empty - The message shown when no practice matches.
 * @csspart more - The "ver todas" / "ver menos" button.
 * @csspart next - The "Mostrar más" button of a list longer than 100 cards, which shows 100 more.
 * @csspart dialog - The modal `<dialog>` that shows a practice's full card (shared with `<anexo-tabla>`).
 * @csspart status - The loading message, «Buscando…» while a search waits for the index of a large catalogue, or an error message (`role="alert"`).
 * @csspart error - An error message (with `status`).
 * @csspart button - The retry button of a loading error.
 *
 * @cssprop [--practicas-lista-ancho-minimo=18em] - Minimum width of a grid column.
 * @cssprop [--practicas-espacio=1em] - Gap between cards.
 * @cssprop [--practicas-color-enlace=#0b5394] - The "ver todas" button.
 * @cssprop [--practicas-color-texto=light-dark(#1f2328, #e8eaed)] - Text colour.
 * @cssprop [--practicas-color-texto-secundario=light-dark(#4a5260, #b8bec7)] - Secondary text and disabled buttons.
 * @cssprop [--practicas-color-fondo=light-dark(#ffffff, #16181c)] - The element's background.
 * @cssprop [--practicas-color-superficie=light-dark(#f6f7f9, #22252b)] - Background of the loading message.
 * @cssprop [--practicas-color-borde=light-dark(#c9d0d8, #4a505a)] - Borders.
 * @cssprop [--practicas-color-acento=light-dark(#8a1538, #f29bb4)] - Accent colour. Read by every element into its palette, reserved for accents: no element paints with it yet.
 * @cssprop [--practicas-color-acento-texto=light-dark(#ffffff, #1a0710)] - Text on the accent colour. Reserved like `--practicas-color-acento`.
 * @cssprop [--practicas-color-foco=light-dark(#0b5394, #8cc4ff)] - Focus ring.
 * @cssprop [--practicas-fuente=inherit] - Font family; inherits the page's by default.
 * @cssprop [--practicas-fuente-titulo=inherit] - Font family of titles (the card's, also inside the dialog); the element's font by default.
 * @cssprop [--practicas-radio=0.5em] - Corner radius.
 */
export class PracticasLista extends ConFiltros(ConDatos(PracticasElement)) {
  static override styles = [baseStyles, dialogoStyles, practicasListaStyles];

  /** Comma-separated practice ids to show, exactly in that order (filters are then ignored). */
  @property() destacadas: string | null = null;

  /** Maximum number of cards shown at first; a "ver todas" button shows the rest. 0 or absent: no cap (so is anything but a whole number from 0, with a console warning). */
  @property({ type: Number }) limite = 0;

  /** Variant of the cards: `compacta` (default) or `completa`. */
  @property({ attribute: 'variante-tarjeta' }) varianteTarjeta: 'compacta' | 'completa' = 'compacta';

  /** Heading level (2–6) of the cards' titles. */
  @property({ attribute: 'nivel-encabezado', type: Number }) nivelEncabezado = 3;

  @state() private expandida = false;
  /** `limite`, validated (0: no cap). */
  private tope = 0;
  /** Cards of a very long list shown so far, grown by «Mostrar más». */
  @state() private pagina = POR_PAGINA;
  private claveVista = '';
  // Cards go into the DOM a few per task: each one is an element with its own shadow root.
  private readonly trozos = new TrozosController(this, {
    porTrozo: TARJETAS_POR_TROZO,
    deUnaVez: TARJETAS_POR_TROZO,
    primera: TARJETAS_PRIMERA_VEZ,
    // The 31 practices of 2018 follow at once, a slice a task; a long list waits for the reader.
    sinEspera: 40,
    centinela: () => this.renderRoot.querySelector('[part~="item"]:last-child'),
  });

  private readonly uid = `practicas-lista-${++siguienteId}`;
  private readonly dialogo = new DialogoPracticaController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limite')) {
      const regla = { minimo: 0, porDefecto: 0, elemento: 'practicas-lista', atributo: 'limite' };
      this.tope = enteroValido(this.limite, regla, this.getAttribute('limite'));
    }
    // A new filter state, or a list opened or closed, starts from its first cards again.
    const clave = JSON.stringify([this.grupoFiltros.filtros, this.expandida, this.tope, this.destacadas]);
    if (clave !== this.claveVista) {
      this.claveVista = clave;
      this.pagina = POR_PAGINA;
      this.trozos.reiniciar();
    }
  }

  /** Resolves once the cards under way are in the DOM: the first slice, and after «Mostrar más» all it added. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.trozos.terminar(
      () => super.getUpdateComplete(),
      () => this.isConnected,
    );
  }

  protected override render() {
    return renderConDatos(this.datasetController, this.idioma.lang, (datos) => this.renderDesde(datos));
  }

  private renderDesde(datos: Dataset) {
    return html`${this.renderContenido(datos)}${this.dialogo.render(datos, this.idioma.m)}`;
  }

  private renderContenido(datos: Dataset) {
    const { lang, m } = this.idioma;
    const ids = (this.destacadas ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length > 0) {
      const encontradas = ids.map((id) => datos.practicas.find((p) => p.id === id));
      const desconocidas = ids.filter((_, i) => !encontradas[i]);
      return html`
        ${desconocidas.length ? html`<div class="aviso">${renderAviso(m.destacadasDesconocidas(desconocidas.join(', ')))}</div>` : nothing}
        ${this.renderRejilla(
          encontradas.filter((p): p is Practica => Boolean(p)),
          datos,
        )}
      `;
    }

    const todas = filtrarPracticas(datos, this.grupoFiltros.aplicables(datos));
    if (todas.length === 0) {
      return html`<div class="estado vacio" part="empty" role="status">
        <p>${m.vacio}</p>
        <p>${m.vacioSugerencia}</p>
      </div>`;
    }
    const limite = this.tope;
    const recortada = limite > 0 && todas.length > limite;
    const visibles = recortada && !this.expandida ? todas.slice(0, limite) : todas;
    const total = formatearNumero(todas.length, lang);
    // However many the reader asked for, a page of cards at a time, like the table's rows.
    const enPagina = visibles.slice(0, this.pagina);
    const quedan = visibles.length - enPagina.length;
    return html`
      ${this.grupoFiltros.buscando ? html`<p class="estado buscando" part="status" role="status">${m.buscando}</p>` : nothing}
      ${this.renderRejilla(enPagina.slice(0, this.trozos.limite(enPagina.length)), datos)}
      ${
        quedan > 0
          ? html`<div class="pie">
              <button
                type="button"
                class="boton"
                part="next"
                aria-controls=${`${this.uid}-rejilla`}
                @click=${() => {
                  this.pagina += POR_PAGINA;
                  this.trozos.seguir();
                }}
              >
                ${m.mostrarMas(formatearNumero(Math.min(quedan, POR_PAGINA), lang), formatearNumero(quedan, lang))}
              </button>
            </div>`
          : nothing
      }
      ${
        recortada
          ? html`<div class="pie">
              <button
                type="button"
                class="boton"
                part="more"
                aria-expanded=${this.expandida ? 'true' : 'false'}
                aria-controls=${`${this.uid}-rejilla`}
                @click=${() => (this.expandida = !this.expandida)}
              >
                ${this.expandida ? m.verMenos : m.verTodas(total)}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderRejilla(practicas: readonly Practica[], datos: Dataset) {
    return html`<ul
      class="rejilla"
      part="list"
      id=${`${this.uid}-rejilla`}
      aria-label=${this.idioma.m.listaEtiqueta}
      aria-busy=${this.grupoFiltros.buscando ? 'true' : 'false'}
      @practicas-seleccion=${this.alSeleccionar}
    >
      ${practicas.map(
        (p) =>
          html`<li part="item">
            <practica-card
              .practica=${p}
              .datos=${datos}
              practica-id=${p.id}
              variante=${this.varianteTarjeta}
              nivel-encabezado=${this.nivelEncabezado}
            ></practica-card>
          </li>`,
      )}
    </ul>`;
  }

  private readonly alSeleccionar = (e: CustomEvent<PracticaSeleccionDetail>) => {
    // The page's listeners sit above this shadow root, so they hear the event after
    // this one: decide once it has finished its way, and let a page that cancels it
    // show its own view instead.
    // The card fires on itself; focus goes back to its title's button, which a
    // click from code (or a pointer that does not focus) has not focused.
    const tarjeta = e.composedPath()[0];
    // The card holds the record it shows (the detail names only its id).
    const practica = (tarjeta as { practica?: Practica | null }).practica;
    const titulo =
      tarjeta instanceof HTMLElement
        ? (tarjeta.shadowRoot?.querySelector<HTMLElement>('[part~="title"] button') ?? tarjeta)
        : null;
    queueMicrotask(() => {
      if (e.defaultPrevented || !practica) return;
      void this.dialogo.abrir(practica, titulo);
    });
  };
}
