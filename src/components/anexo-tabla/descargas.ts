/**
 * The table's downloads: «Descargar CSV» and «Descargar Excel», and a status
 * line for the second. A CSV cannot say that a cell is text, so a spreadsheet
 * program opening one guesses each cell from the reader's locale; the .xlsx
 * carries the types. Its writer is a module of its own, loaded on the first
 * click: pages whose readers never ask for it never download it. It writes in
 * slices of a few ms, so that the page stays responsive while 10,000 rows are
 * written; meanwhile the button is marked busy and the status line says so.
 * A failure to load it (offline, say) is said in words, never thrown at the page.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Practica } from '../../data/schema.js';
// Type only: the module itself is imported on demand, below.
import type * as ModuloXlsx from '../../data/xlsx.js';
import type { Mensajes } from '../../i18n/mensajes.js';
import { descargarArchivo, descargarTexto } from '../shared/descarga.js';
import { hojaDeTabla, NOMBRE_ARCHIVO } from './hoja.js';
import { porPartes } from '../../data/por-partes.js';
import { filasACsv, pasosCsv, type Columna, type Contexto } from './modelo.js';

type Anfitrion = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the table shows: its rows in order, its columns and their context; null while there is no data. */
export type Vista = () => { practicas: Practica[]; columnas: Columna[]; ctx: Contexto } | null;

/** Loads the .xlsx writer on demand. */
export type CargarXlsx = () => Promise<typeof ModuloXlsx>;

type Estado = 'inactivo' | 'preparando' | 'sin-modulo' | 'fallo';

export class DescargasController implements ReactiveController {
  private estado: Estado = 'inactivo';
  private readonly host: Anfitrion;
  private readonly vista: Vista;
  private readonly cargar: CargarXlsx;

  /** `cargar` is a parameter so that a test can make the load fail, as it does offline. */
  constructor(host: Anfitrion, vista: Vista, cargar: CargarXlsx = () => import('../../data/xlsx.js')) {
    this.host = host;
    this.vista = vista;
    this.cargar = cargar;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The current view as CSV (UTF-8 with BOM); empty while there is no data. */
  csv(): string {
    const v = this.vista();
    return v ? filasACsv(v.practicas, v.columnas, v.ctx) : '';
  }

  /**
   * The current view as an .xlsx file.
   * @throws (as a rejection) when the writer cannot be loaded, or there is no data.
   */
  async xlsx(): Promise<Blob> {
    return this.escribir(await this.cargar());
  }

  // The view is read once, before the first slice: arrays are replaced, never
  // mutated, so a filter changed meanwhile does not change the file being written.
  private async escribir(modulo: typeof ModuloXlsx): Promise<Blob> {
    const v = this.vista();
    if (!v) throw new Error('anexo-tabla: no data to export yet');
    const bytes = await modulo.aXlsxPorPartes(hojaDeTabla(v.practicas, v.columnas, v.ctx));
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: modulo.TIPO_XLSX });
  }

  /** The two buttons and the status line; both buttons are disabled when no row is shown. */
  render(m: Mensajes, sinFilas: boolean): TemplateResult {
    const texto = { inactivo: '', preparando: m.excelPreparando, 'sin-modulo': m.excelError, fallo: m.excelFallo }[this.estado];
    // Busy, not disabled: a disabled button would drop the keyboard focus of the reader who pressed it.
    const ocupado = this.estado === 'preparando' ? 'true' : nothing;
    return html`<button type="button" class="boton" ?disabled=${sinFilas} @click=${this.descargarCsv}>${m.descargarCsv}</button>
      <button
        type="button"
        class="boton"
        ?disabled=${sinFilas}
        aria-busy=${ocupado}
        aria-disabled=${ocupado}
        @click=${this.descargarExcel}
      >
        ${m.descargarExcel}
      </button>
      <p class="descarga-estado" role="status">${texto}</p>`;
  }

  // Written in slices: 10,000 rows of cell text take 60-250 ms, too long for one task.
  private readonly descargarCsv = async () => {
    const v = this.vista();
    if (!v) return;
    const texto = await porPartes(pasosCsv(v.practicas, v.columnas, v.ctx));
    descargarTexto(this.host.renderRoot, texto, `${NOMBRE_ARCHIVO}.csv`, 'text/csv;charset=utf-8');
  };

  private readonly descargarExcel = async () => {
    // A second click while the file is being prepared would download it twice.
    if (this.estado === 'preparando') return;
    this.cambiar('preparando');
    let modulo: typeof ModuloXlsx;
    try {
      modulo = await this.cargar();
    } catch (error) {
      // The reader gets a sentence; the developer gets the cause.
      console.warn('anexo-tabla: the Excel writer module failed to load:', error);
      return this.cambiar('sin-modulo');
    }
    try {
      descargarArchivo(this.host.renderRoot, await this.escribir(modulo), `${NOMBRE_ARCHIVO}.xlsx`);
      this.cambiar('inactivo');
    } catch (error) {
      console.warn('anexo-tabla: the Excel file could not be written:', error);
      this.cambiar('fallo');
    }
  };

  private cambiar(estado: Estado) {
    this.estado = estado;
    this.host.requestUpdate();
  }
}
