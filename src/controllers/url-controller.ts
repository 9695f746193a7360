import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Filtros } from '../data/filtros.js';
import { CLAVES_FILTRO } from '../state/filtros-store.js';
import type { FiltrosController } from './filtros-controller.js';

/** An element that can mirror its group's filters into the page's address (`<practicas-filtros sincronizar-url>`). */
export interface UrlHost extends ReactiveControllerHost {
  /** Name of the group; blank for the page's default group. */
  grupo: string | null;
  /** Whether to mirror the group's state into the address. */
  sincronizarUrl: boolean;
  readonly isConnected: boolean;
}

/**
 * The query parameters of a group: `region`, `q`… for the page's default group,
 * `catalogo.region`… for group `catalogo`, so two catalogues on one page keep
 * their own state in one address.
 */
export function prefijoUrl(grupo: string | null | undefined): string {
  const nombre = grupo?.trim();
  return nombre ? `${nombre}.` : '';
}

/** The filters a query string holds for a group; absent parameters are left out. */
export function filtrosDeUrl(search: string, prefijo: string): Filtros {
  const params = new URLSearchParams(search);
  const filtros: Record<string, string> = {};
  for (const clave of CLAVES_FILTRO) {
    const valor = params.get(`${prefijo}${clave}`);
    if (valor !== null) filtros[clave] = valor;
  }
  return filtros as Filtros;
}

/** The address with the group's filters written into it: other parameters and the hash are kept, empty filters removed. */
export function urlConFiltros(href: string, filtros: Readonly<Filtros>, prefijo: string): string {
  const url = new URL(href);
  for (const clave of CLAVES_FILTRO) {
    const valor = filtros[clave];
    if (valor) url.searchParams.set(`${prefijo}${clave}`, valor);
    else url.searchParams.delete(`${prefijo}${clave}`);
  }
  return url.href;
}

/**
 * Mirrors the element's group state into the page's query string
 * (`history.replaceState`, so no history entry per keystroke) while
 * `sincronizarUrl` is on, and restores it from there when it starts: when the
 * element joins the page, when `sincronizarUrl` is turned on, and when the
 * element moves to another group or registry. A restored key is a shared link
 * and wins over attribute presets.
 *
 * It reads and writes the group's state only through the element's
 * `FiltrosController`, which follows `grupo` and `registroFiltros` and
 * re-renders the element on every change of the state: the address is written
 * after each such update, once per update however many keys changed.
 */
export class UrlController implements ReactiveController {
  private readonly host: UrlHost;
  private readonly grupoFiltros: FiltrosController;
  /** The group state being mirrored, and its parameters' prefix; absent while not mirroring. */
  private sincronizado: { estado: object; prefijo: string } | undefined;
  /** The state last written (a frozen object, replaced on every change). */
  private escritos: Readonly<Filtros> | undefined;

  constructor(host: UrlHost, grupoFiltros: FiltrosController) {
    this.host = host;
    this.grupoFiltros = grupoFiltros;
    host.addController(this);
  }

  // On connection, before the next elements of the page connect: a shared link
  // must be in the group's state before their presets are applied.
  hostConnected(): void {
    this.seguir();
  }

  // After willUpdate, where the filter controller has followed a new group or registry.
  hostUpdate(): void {
    this.seguir();
  }

  hostUpdated(): void {
    if (this.sincronizado) this.escribir();
  }

  hostDisconnected(): void {
    this.sincronizado = undefined;
  }

  private seguir(): void {
    if (!this.host.sincronizarUrl || !this.host.isConnected) {
      this.sincronizado = undefined;
      return;
    }
    const estado = this.grupoFiltros.estado;
    const prefijo = prefijoUrl(this.host.grupo);
    if (this.sincronizado?.estado === estado && this.sincronizado.prefijo === prefijo) return;
    this.sincronizado = { estado, prefijo };
    this.escritos = undefined;
    estado.restaurarDeUrl(filtrosDeUrl(location.search, prefijo));
    this.escribir();
  }

  private escribir(): void {
    const filtros = this.grupoFiltros.filtros;
    if (!this.sincronizado || filtros === this.escritos) return;
    this.escritos = filtros;
    const href = urlConFiltros(location.href, filtros, this.sincronizado.prefijo);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}
