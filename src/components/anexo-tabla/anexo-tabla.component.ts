import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ConDatos } from '../../controllers/dataset-controller.js';
import { ConFiltros } from '../../controllers/filtros-controller.js';
import { anticiparBusqueda } from '../../data/busqueda.js';
import type { Dataset, Practica } from '../../data/schema.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { baseStyles } from '../../styles/base.styles.js';
import { renderAviso, renderConDatos } from '../shared/estados.js';
import { DialogoPracticaController, dialogoStyles } from '../shared/dialogo.js';
import { anunciarSeleccion } from '../shared/seleccion.js';
import { PracticasElement } from '../shared/practicas-element.js';
import { enteroValido } from '../shared/enteros.js';
import { anexoTablaStyles } from './anexo-tabla.styles.js';
import { DesplazableController } from './desplazable.js';
import { DescargasController } from './descargas.js';
import { TrozosController } from '../shared/trozos.js';
import { renderEncabezado, renderSecciones } from './celdas.js';
import { agrupar, COLUMNAS, contarPorTipo, contexto, leerColumnas, siguienteOrden, type Columna, type Orden } from './modelo.js';
import { VistaController } from './vista.js';

export type { PracticaSeleccionDetail } from '../shared/seleccion.js';

let siguienteId = 0;
/**
 * Rows per slice of a long view: a screenful at first (a wide row is 60-120 px tall), then
 * the same again per task, each slice laid out in a frame of its own (see `trozos.ts`).
 * Measured typing into the filter bar with a list and this table at 10,000 practices: with
 * 25 rows a slice, frames of 30-40 ms of style and layout were common and some went over
 * 50 ms; with 16, none in 14 runs. With 12, a sorted view's last row often came within half a
 * screen of a 900 px viewport, so its next slices followed at once instead of waiting.
 */
const FILAS_POR_TROZO = 16;
/** A view this short goes into the DOM at once: the 31 practices of 2018 lay out in a few ms. */
const FILAS_DE_UNA_VEZ = 40;

/**
 * Anexo 1 of the publication as a live table: the two sections (buenas prácticas,
 * iniciativas en proceso), rows grouped by topic, with the most relevant criterion —
 * plus regions and level. Sortable by any column, filtered by the filters shared by
 * its group, exportable as CSV and as Excel (.xlsx). Activating a practice opens its full card in a dialog.
 *
 * Large catalogues render incrementally: the first `incremento` rows, then a
 * "Mostrar más" button, so that the table stays a plain, accessible `<table>`.
 *
 * Narrow: below 37.5em of its own width (600 px at 16 px text; a container query,
 * so a table in a sidebar adapts too) each practice is a stacked block with a
 * label before every field, and the column headers become a row of sort buttons.
 * Assistive technology still gets a table with rows, cells and sortable headers.
 *
 * @summary Anexo 1 as a live table: grouped, sortable, filterable, exportable.
 *
 * @fires {CustomEvent<PracticaSeleccionDetail>} practicas-seleccion - The reader opened a practice from its row (click or Enter); `detail.id` is its id. Cancelable: call `preventDefault()` to show your own detail view instead of the built-in dialog. Bubbles and crosses shadow roots.
 * @fires {CustomEvent<PracticasFiltrosCambioDetail>} practicas-filtros-cambio - The reader cleared the group's filters with the "Limpiar filtros" button shown when no practice matches. `detail.filtros` is the group's whole state, `detail.grupo` its name. Bubbles and crosses shadow roots; never fired for changes made from code.
 *
 * @csspart toolbar - The count, the "orden de la publicación", "Descargar CSV" and "Descargar Excel" buttons, and the status of the Excel download.
 * @csspart count - The live count ("12 de 31 prácticas"); "Buscando…" while a search waits for a large catalogue's index, "Ordenando…" while its rows wait for a new order.
 * @csspart scroller - The box around the table; it scrolls horizontally (and is a tab stop) only when the table is wider than the element but not yet stacked.
 * @csspart table - The `<table>`.
 * @csspart section - A section heading row (buenas prácticas / en proceso).
 * @csspart row - Each practice row (`data-practica-id` gives its id); a stacked block when narrow.
 * @csspart more - The "Mostrar más" button.
 * @csspart empty - The message shown when no practice matches, with its "Limpiar filtros" button.
 * @csspart dialog - The modal `<dialog>` that shows a practice's full card (shared with `<practicas-lista>`).
 * @csspart status - The loading message, or an error message (`role="alert"`).
 * @csspart error - An error message (with `status`).
 * @csspart button - The retry button of a loading error.
 *
 * @cssprop [--practicas-color-texto=#1f2328] - Text colour.
 * @cssprop [--practicas-color-superficie=#f6f7f9] - Header and section rows.
 * @cssprop [--practicas-color-borde=#c9d0d8] - Table rules.
 * @cssprop [--practicas-color-enlace=#0b5394] - Practice buttons and sort buttons.
 * @cssprop [--practicas-fuente=inherit] - Font family; inherits the page's by default.
 * @cssprop [--practicas-radio=0.5em] - Corner radius.
 * @cssprop [--practicas-espacio=1em] - Base spacing.
 * @cssprop [--practicas-color-texto-secundario=light-dark(#4a5260, #b8bec7)] - Secondary text and disabled buttons.
 * @cssprop [--practicas-color-fondo=light-dark(#ffffff, #16181c)] - The element's background.
 * @cssprop [--practicas-color-acento=light-dark(#8a1538, #f29bb4)] - Accent colour. Read by every element into its palette, reserved for accents: no element paints with it yet.
 * @cssprop [--practicas-color-acento-texto=light-dark(#ffffff, #1a0710)] - Text on the accent colour. Reserved like `--practicas-color-acento`.
 * @cssprop [--practicas-color-foco=light-dark(#0b5394, #8cc4ff)] - Focus ring.
 * @cssprop [--practicas-fuente-titulo=inherit] - Font family of titles (the card's, also inside the dialog); the element's font by default.
 */
export class AnexoTabla extends ConFiltros(ConDatos(PracticasElement)) {
  static override styles = [baseStyles, dialogoStyles, anexoTablaStyles];

  /** Columns to show, in order, comma-separated: `tema`, `practica`, `criterio`, `regiones`, `nivel`, `tipo`, `pagina`. Default: `tema,practica,criterio,regiones,nivel`. */
  @property() columnas: string | null = null;

  /** Rows rendered at first, and added by each "Mostrar más": a whole number from 1 (anything else gives 100, with a console warning). */
  @property({ type: Number }) incremento = 100;

  /** Accessible name of the table's scrollable region (default «Tabla del Anexo 1 (desplazable)»); give each table its own when a page holds two. */
  @property() etiqueta: string | null = null;

  /** The current sort (`{ columna, direccion: 'asc' | 'desc' }`), or `null` for the publication's order. Set it to sort from code. A large catalogue's rows take this order once it is computed, in slices (the headers' `aria-sort` follows the rows). */
  @property({ attribute: false }) orden: Orden | null = null;
  @state() private visibles = 100;
  /** `incremento`, validated. */
  private paso = 100;
  // The rows of a long view go into the DOM a screenful per task.
  private readonly trozos = new TrozosController(this, {
    porTrozo: FILAS_POR_TROZO,
    deUnaVez: FILAS_DE_UNA_VEZ,
    sinEspera: FILAS_DE_UNA_VEZ,
    centinela: () => [...this.renderRoot.querySelectorAll('tr[part~="row"]')].at(-1) ?? null,
  });

  private readonly uid = `anexo-tabla-${++siguienteId}`;
  private readonly dialogo = new DialogoPracticaController(this);
  // Registers itself: makes the scroller a tab stop only while it scrolls, and marks the stacked table.
  protected readonly desplazable = new DesplazableController(this);
  private readonly descargas = new DescargasController(this, () => {
    const datos = this.datasetController.value;
    const columnas = leerColumnas(this.columnas).columnas;
    return datos ? { practicas: this.filasActuales(), columnas, ctx: contexto(datos, this.idioma.lang) } : null;
  });
  private claveFiltros = '';
  // The rows filtered, and sorted once a large catalogue's ranks are ready (meanwhile, «Ordenando…»).
  private readonly vistas = new VistaController(this, () => {
    const datos = this.datasetController.value;
    return datos && { datos, filtros: this.grupoFiltros.aplicables(datos), orden: this.orden, lang: this.idioma.lang };
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new filter state or order of the rows shown starts from the first rows again.
    const v = this.vistas.actual();
    const clave = JSON.stringify([this.grupoFiltros.filtros, v?.mostrado, v?.mostrado && v.idiomaOrden]);
    if (changed.has('incremento')) {
      const regla = { minimo: 1, porDefecto: 100, elemento: 'anexo-tabla', atributo: 'incremento' };
      this.paso = enteroValido(this.incremento, regla, this.getAttribute('incremento'));
    }
    if (clave !== this.claveFiltros || changed.has('incremento')) {
      this.claveFiltros = clave;
      this.visibles = this.paso;
      this.trozos.reiniciar();
    }
  }

  protected override updated(): void {
    const datos = this.datasetController.value;
    if (datos) anticiparBusqueda(datos);
  }

  /** Resolves once the rows under way are in the DOM: the first screenful, and after «Mostrar más» all it added. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.trozos.terminar(
      () => super.getUpdateComplete(),
      () => this.isConnected,
    );
  }

  /** The rows of the current view (filters and order), including those not yet revealed by "Mostrar más". */
  filasActuales(): Practica[] {
    return [...(this.vistas.actual()?.filas ?? [])];
  }

  /** The current view as CSV (UTF-8 with BOM): exactly the rows of the view, in its order, with the columns shown. */
  csv(): string {
    return this.descargas.csv();
  }

  /** The current view as an .xlsx file: the rows, columns and headers of `csv()`, each cell typed (text stays text). Its writer loads on first use. */
  xlsx(): Promise<Blob> {
    return this.descargas.xlsx();
  }

  protected override render() {
    return renderConDatos(this.datasetController, this.idioma.lang, (datos) => this.renderTabla(datos));
  }

  // The table's parts carry their roles explicitly: the narrow layout restyles them
  // with display: block, which can drop the implicit table semantics.
  /* eslint-disable lit-a11y/no-redundant-role */
  private renderTabla(datos: Dataset) {
    const { lang, m } = this.idioma;
    const { columnas, desconocidas } = leerColumnas(this.columnas);
    const ctx = contexto(datos, lang);
    const vista = this.vistas.actual()!;
    const { filas, mostrado } = vista;
    const mostradas = filas.slice(0, this.trozos.limite(Math.min(this.visibles, filas.length)));
    const secciones = agrupar(mostradas, mostrado === null);
    const porSeccion = contarPorTipo(filas);
    // Counted from the view, not from the rows painted so far: the button does not change as slices arrive.
    const quedan = filas.length - Math.min(filas.length, this.visibles);

    return html`
      ${desconocidas.length ? renderAviso(m.columnasDesconocidas(desconocidas.join(', '), COLUMNAS.join(', '))) : nothing}
      <div class="barra" part="toolbar">
        <p class="conteo" part="count" role="status">
          ${
            this.grupoFiltros.buscando
              ? m.buscando
              : vista.ordenando
                ? m.ordenando
                : m.conteo(formatearNumero(filas.length, lang), formatearNumero(datos.practicas.length, lang))
          }
        </p>
        ${
          this.orden
            ? html`<button type="button" class="boton" @click=${() => (this.orden = null)}>${m.ordenPublicacion}</button>`
            : nothing
        }
        ${this.descargas.render(m, filas.length === 0)}
      </div>
      ${
        filas.length === 0
          ? html`<div class="estado vacio" part="empty">
              <p>${m.vacio}</p>
              <button type="button" class="boton" @click=${this.limpiar}>${m.limpiarFiltros}</button>
            </div>`
          : html`<div
                class="desplazable"
                part="scroller"
                role="region"
                aria-label=${this.etiqueta?.trim() || m.desplazable}
                aria-busy=${this.grupoFiltros.buscando || vista.ordenando ? 'true' : 'false'}
              >
                <table part="table" role="table" id="${this.uid}-tabla">
                  <caption>
                    ${m.tablaCaption}
                  </caption>
                  <thead role="rowgroup">
                    <tr role="row" data-etiqueta=${m.ordenarEtiqueta}>
                      ${guard([this.columnas, mostrado, lang], () =>
                        columnas.map((c) => renderEncabezado(c, mostrado, m, this.alOrdenar)),
                      )}
                    </tr>
                  </thead>
                  ${renderSecciones(secciones, { columnas, ctx, m, porSeccion }, this.alAbrir)}
                </table>
              </div>
              ${
                quedan > 0
                  ? html`<div class="pie">
                      <button
                        type="button"
                        class="boton"
                        part="more"
                        aria-controls="${this.uid}-tabla"
                        @click=${() => {
                          this.visibles += this.paso;
                          this.trozos.seguir();
                        }}
                      >
                        ${m.mostrarMas(formatearNumero(Math.min(quedan, this.paso), lang), formatearNumero(quedan, lang))}
                      </button>
                    </div>`
                  : nothing
              }`
      }
      ${this.dialogo.render(datos, m)}
    `;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  private readonly alOrdenar = (c: Columna) => {
    this.orden = siguienteOrden(this.orden, c);
  };

  private readonly alAbrir = (p: Practica, fila: HTMLElement) => {
    if (!anunciarSeleccion(this, p.id)) return;
    void this.dialogo.abrir(p, fila.querySelector<HTMLElement>('button.abrir'));
  };

  private readonly limpiar = () => {
    this.grupoFiltros.cambiarPorUsuario({}, { reemplazar: true });
  };
}
