import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetController } from '../../controllers/dataset-controller.js';
import type { Dataset } from '../../data/schema.js';
import { DatasetError } from '../../data/errors.js';
import type { Lang } from '../../i18n/lang.js';
import { MENSAJES } from '../../i18n/mensajes.js';

/** The loading state every element shows: visible and announced politely. */
export function renderCargando(lang: Lang): TemplateResult {
  return html`<p class="estado" part="status" role="status">${MENSAJES[lang].cargando}</p>`;
}

/** A loading error, as the loader describes it, with a retry button. */
export function renderErrorCarga(error: unknown, lang: Lang, reintentar?: () => void): TemplateResult {
  const m = MENSAJES[lang];
  const { title, detail } =
    error instanceof DatasetError ? error.describe(lang) : { title: m.cargaFallida, detail: String(error) };
  return html`<div class="estado" part="status error" role="alert">
    <p><strong>${title}</strong></p>
    <p>${detail}</p>
    ${reintentar ? html`<button class="boton" part="button" type="button" @click=${reintentar}>${m.reintentar}</button>` : nothing}
  </div>`;
}

/** A problem with how the element is used (an unknown id, say), named for the reader. */
export function renderAviso(texto: string): TemplateResult {
  return html`<div class="estado" part="status error" role="alert"><p>${texto}</p></div>`;
}

/** Renders by the state of an element's dataset: loading, error (with retry), or `complete`. */
export function renderConDatos(data: DatasetController, lang: Lang, complete: (datos: Dataset) => unknown): unknown {
  return data.render({
    pending: () => renderCargando(lang),
    error: (error: unknown) => renderErrorCarga(error, lang, () => void data.retry()),
    complete,
  });
}

/** A disclosure button: `aria-expanded`, `aria-controls`, and the label for each state. */
export function renderDesplegable(opciones: {
  abierto: boolean;
  controla: string;
  etiqueta: string;
  lang: Lang;
  alternar: () => void;
}): TemplateResult {
  return html`<button
    type="button"
    class="disclosure"
    lang=${opciones.lang}
    aria-expanded=${opciones.abierto ? 'true' : 'false'}
    aria-controls=${opciones.controla}
    @click=${opciones.alternar}
  >
    ${opciones.etiqueta}
  </button>`;
}
