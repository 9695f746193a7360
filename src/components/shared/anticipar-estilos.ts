import { CSSResult, isServer, type LitElement } from 'lit';

/**
 * Parses an element class's style sheets when the browser is next idle, once it is defined.
 * Lit otherwise parses them in the first render of the first element of the class, so an
 * element created later (by an app's route, a dialog, a tab the reader opens) drew its first
 * frame with that work in it; now it does not, as a page's own `<link>`ed style sheets are
 * parsed while it loads. Elements already on the page when the class is defined are upgraded
 * at once, before that idle moment, and parse them in their first render as before.
 */
export function anticiparEstilos(clase: typeof LitElement): void {
  if (isServer) return;
  // Each sheet once per page: Lit keeps the one it builds on its CSSResult.
  const analizar = () => clase.elementStyles.forEach((estilo) => estilo instanceof CSSResult && estilo.styleSheet);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(analizar);
  else setTimeout(analizar);
}
