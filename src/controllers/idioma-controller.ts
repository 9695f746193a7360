import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One observer for the whole page, created with the first element: a change of
// any `lang` attribute in the document re-renders every connected element.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps an element's interface language current: the element resolves its
 * language when it renders (its own `lang`, an ancestor's or the document's);
 * this controller re-renders it when any of those changes later.
 */
export class IdiomaController implements ReactiveController {
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
