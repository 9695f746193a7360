import { CSSResult, isServer, type LitElement } from 'lit';

/**
 * Does an element class's once-per-page work when the browser is next idle, once it is defined:
 * parses its style sheets and runs `preparar` (an element's templates, see
 * `PracticasElement.prepararPlantillas`). Lit otherwise parses the sheets and prepares each
 * template in the first render that uses it, so an element created later (by an app's route, a
 * dialog, a tab the reader opens) drew its first frame with that work in it; now it does not, as
 * a page's own `<link>`ed style sheets are parsed while it loads. Elements already on the page
 * when the class is defined are upgraded at once, before that idle moment, and do that work in
 * their first render as before.
 */
export function anticipar(clase: typeof LitElement, preparar?: () => void): void {
  if (isServer) return;
  const ahora = () => {
    // Each sheet once per page: Lit keeps the one it builds on its CSSResult.
    clase.elementStyles.forEach((estilo) => estilo instanceof CSSResult && estilo.styleSheet);
    try {
      preparar?.();
    } catch {
      // Only work done ahead: the first render does it, and reports what fails, as it would have.
    }
  };
  cuandoOcioso(ahora);
}

/** Runs `f` when the browser is next idle (within `plazo` ms if given), or in a task where it has no idle callbacks. */
export function cuandoOcioso(f: () => void, plazo?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, plazo === undefined ? undefined : { timeout: plazo });
  else setTimeout(f);
}
