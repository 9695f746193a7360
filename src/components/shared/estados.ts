import { html, nothing, type TemplateResult } from 'lit';
import { DatasetError } from '../../data/errors.js';
import type { Lang } from '../../i18n/lang.js';
import { MENSAJES } from '../../i18n/mensajes.js';

/** The loading state every element shows: visible and announced politely. */
export function renderCargando(lang: Lang): TemplateResult {
  return html`<p class="estado" part="estado" role="status">${MENSAJES[lang].cargando}</p>`;
}

/** A loading error, as the loader describes it, with a retry button. */
export function renderErrorCarga(error: unknown, lang: Lang, reintentar?: () => void): TemplateResult {
  const m = MENSAJES[lang];
  const { titulo, detalle } =
    error instanceof DatasetError ? error.describe(lang) : { titulo: m.cargaFallida, detalle: String(error) };
  return html`<div class="estado" part="estado error" role="alert">
    <p><strong>${titulo}</strong></p>
    <p>${detalle}</p>
    ${reintentar ? html`<button class="boton" part="boton" type="button" @click=${reintentar}>${m.reintentar}</button>` : nothing}
  </div>`;
}

/** A problem with how the element is used (an unknown id, say), named for the reader. */
export function renderAviso(texto: string): TemplateResult {
  return html`<div class="estado" part="estado error" role="alert"><p>${texto}</p></div>`;
}
