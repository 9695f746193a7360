// Helpers shared by the stories.
import { html, type TemplateResult } from 'lit';

/** A URL that never answers while a "Cargando" story is shown, so its loading state stays visible. */
export const SRC_CARGANDO = '/historia/cargando/practicas.json';

/**
 * `beforeEach` of a loading story: requests to SRC_CARGANDO hang until aborted.
 * Returns the cleanup that restores `fetch`.
 */
export function fetchQueNoResponde(): () => void {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(SRC_CARGANDO)
      ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
      : original(input, init);
  return () => {
    window.fetch = original;
  };
}

/** Decorators for the viewport stories. */
export const estrecho = (story: () => unknown): TemplateResult => html`<div style="width:320px;max-width:100%">${story()}</div>`;
export const ancho = (story: () => unknown): TemplateResult => html`<div style="width:1400px;max-width:none">${story()}</div>`;
export const ingles = (story: () => unknown): TemplateResult => html`<div lang="en">${story()}</div>`;
export const fondoOscuro = (story: () => unknown): TemplateResult => html`<div style="background:#000;padding:1rem">${story()}</div>`;
