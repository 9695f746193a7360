/**
 * `practicas-seleccion`, the one event for "the reader opened a practice": from a
 * card's title (also inside `<practicas-lista>`) or a row of `<anexo-tabla>`. It is
 * always cancelable, so a page that shows practices its own way calls
 * `preventDefault()` and the element opens no dialog of its own.
 */

/** Detail of `practicas-seleccion`. */
export interface PracticaSeleccionDetail {
  /** Id of the practice the reader opened (look it up in the dataset for the record). */
  id: string;
}

/**
 * Fires `practicas-seleccion` from `host`: bubbling, crossing shadow roots, cancelable.
 * @returns `false` when a listener called `preventDefault()`.
 */
export function anunciarSeleccion(host: HTMLElement, id: string): boolean {
  return host.dispatchEvent(
    new CustomEvent<PracticaSeleccionDetail>('practicas-seleccion', {
      detail: { id },
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

declare global {
  // Document, Window and every element's event maps extend this one: `document.addEventListener`
  // and `window.addEventListener` see the event too (it bubbles and is composed).
  interface GlobalEventHandlersEventMap {
    'practicas-seleccion': CustomEvent<PracticaSeleccionDetail>;
  }
  interface HTMLElementEventMap {
    'practicas-seleccion': CustomEvent<PracticaSeleccionDetail>;
  }
}
