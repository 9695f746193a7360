import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { MENSAJES, type Mensajes } from '../i18n/mensajes.js';

// One observer for the whole page, created with the first element: a change of
// any `lang` attribute in the document re-renders every connected element.
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * An element's interface language and its messages: `lang` is the element's own
 * `lang`, an ancestor's or the document's, and the element re-renders when any of
 * those changes later.
 */
export class IdiomaController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  /**
   * The interface language, read from the document when asked: a method such as the
   * table's `csv()` called right after a `lang` change already speaks the new one.
   */
  get lang(): Lang {
    return resolveLang(this.host);
  }

  /** The interface's messages in `lang`. */
  get m(): Mensajes {
    return MENSAJES[this.lang];
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
