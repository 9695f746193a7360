import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Anfitrion = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/**
 * The table's scroller is a tab stop (so keyboard users can scroll it) only while
 * it really scrolls: not when the table fits, nor when it is stacked. That, and
 * whether the table is stacked, are decided when the toolbar or the table changes
 * size, after layout: reading their sizes in updated() would force a synchronous
 * layout on every filter change.
 */
export class DesplazableController implements ReactiveController {
  private readonly host: Anfitrion;
  // Created on first use: a server render (Node) constructs the element but has no ResizeObserver.
  private medida: ResizeObserver | undefined;
  private observados: readonly (Element | null)[] = [];

  constructor(host: Anfitrion) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.observar();
  }

  hostUpdated(): void {
    this.observar();
  }

  hostDisconnected(): void {
    this.medida?.disconnect();
    this.observados = [];
  }

  // Observed: the toolbar, as wide as the element and shallower than the table, and
  // the table itself. Not the scroller: marking the table stacked changes its height
  // and the scroller's, and a size change at the callback's own depth would end in a
  // "ResizeObserver loop" error on the page.
  private observar() {
    const barra = this.host.renderRoot.querySelector('[part~="toolbar"]');
    const tabla = this.host.renderRoot.querySelector('[part~="table"]');
    if (barra === this.observados[0] && tabla === this.observados[1]) return;
    this.medida ??= new ResizeObserver(() => this.ajustar());
    this.medida.disconnect();
    for (const el of [barra, tabla]) if (el) this.medida.observe(el);
    this.observados = [barra, tabla];
  }

  private ajustar() {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
    if (!scroller) return;
    // Stacked (the container query made the table a block): mark it, so that only
    // then do its cells get their generated labels (see the styles).
    const tabla = scroller.querySelector('table');
    tabla?.classList.toggle('apilada', getComputedStyle(tabla).display === 'block');
    const desplaza = scroller.scrollWidth > scroller.clientWidth + 1;
    if (desplaza !== scroller.hasAttribute('tabindex')) scroller.toggleAttribute('tabindex', desplaza);
    if (desplaza) scroller.tabIndex = 0;
  }
}
