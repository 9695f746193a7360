import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { filtrarPracticas, type Filtros } from '../../data/filtros.js';
import type { Dataset, Practica } from '../../data/schema.js';
import type { Lang } from '../../i18n/lang.js';
import { contexto, type Columna, type Contexto, type Orden } from './modelo.js';
import { ordenar, ordenListo, prepararOrden } from './orden.js';

/** What a view is made from: the dataset, the filters that apply now, the order asked for and the language. */
export interface Entrada {
  datos: Dataset;
  filtros: Readonly<Filtros>;
  orden: Orden | null;
  lang: Lang;
}

/** A view of the table: what it was made from, and its rows. */
export interface Vista extends Entrada {
  /** The rows that pass the filters, in the publication's order; then as shown. */
  filtradas: Practica[];
  filas: Practica[];
  /** The order the rows are in (the headers say so), and the language of its collation. */
  mostrado: Orden | null;
  idiomaOrden: Lang;
  /** Whether the rows wait for the ranks of the order asked for. */
  ordenando: boolean;
}

/**
 * The table's view: its rows filtered, and in the order asked for as soon as that order
 * can be applied without a long task. A large catalogue's ranks for a column are computed
 * in slices first (see `orden.ts`); meanwhile the rows shown stay as they are and the view
 * says it is `ordenando`, and the host updates when they are ready. A newer order, another
 * language or another dataset supersedes the one waited for, whose work then stops.
 */
export class VistaController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly isConnected: boolean };
  private readonly entrada: () => Entrada | undefined;
  private vista: Vista | undefined;
  /** The column and language whose ranks the view waits for, if any. */
  private pedido: { catalogo: readonly Practica[]; columna: Columna; lang: Lang } | undefined;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, entrada: () => Entrada | undefined) {
    this.host = host;
    this.entrada = entrada;
    host.addController(this);
  }

  hostConnected(): void {
    // A wait given up while out of the document starts again (where it stopped) with the next update.
    this.pedido = undefined;
  }

  /** The current view; `undefined` without data. Each slice of rows renders it again: filtered and sorted once. */
  actual(): Vista | undefined {
    const e = this.entrada();
    if (!e) return undefined;
    const { datos, filtros, orden, lang } = e;
    const v = this.vista;
    const mismas = v?.datos === datos && v.filtros === filtros;
    const misma = mismas && v.orden === orden && v.lang === lang;
    if (misma && !v.ordenando) return v;
    const ctx = contexto(datos, lang);
    // Filtering 10,000 practices takes a few ms: a new order of the same rows does not filter them again.
    const filtradas = mismas ? v.filtradas : filtrarPracticas(datos, filtros);
    if (!orden || ordenListo(filtradas, orden.columna, ctx)) {
      this.pedido = undefined;
      const filas = orden ? ordenar(filtradas, orden, ctx) : filtradas;
      return (this.vista = { ...e, filtradas, filas, mostrado: orden, idiomaOrden: lang, ordenando: false });
    }
    this.esperar(orden.columna, ctx);
    if (misma) return v;
    // The rows shown stay until they can go in the new order; new rows go in an order that is ready, or the publication's.
    if (mismas) return (this.vista = { ...v, orden, lang, ordenando: true });
    const previo = v?.datos === datos && v.mostrado && ordenListo(filtradas, v.mostrado.columna, ctx) ? v.mostrado : null;
    const filas = previo ? ordenar(filtradas, previo, ctx) : filtradas;
    return (this.vista = { ...e, filtradas, filas, mostrado: previo, idiomaOrden: lang, ordenando: true });
  }

  /** Has the column's ranks computed in slices, and updates the host when they are there. */
  private esperar(columna: Columna, ctx: Contexto): void {
    const p = this.pedido;
    if (p?.catalogo === ctx.catalogo && p.columna === columna && p.lang === ctx.lang) return;
    const pedido = { catalogo: ctx.catalogo, columna, lang: ctx.lang };
    this.pedido = pedido;
    const vigente = () => this.host.isConnected && this.pedido === pedido;
    void prepararOrden(columna, ctx, vigente).then(() => this.host.requestUpdate());
  }
}
