/**
 * The map's parts that hold no state and handle no event, rendered from its
 * view model (modelo.ts): outlines, the tooltip, the legend and the table of counts.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { PASOS } from './escala.js';
import { ALTO, ANCHO, CALLAO, DEPARTAMENTOS, MARCADOR_CALLAO } from './geometria.js';
import type { GloboVista, VistaMapa } from './modelo.js';

/** What the figure's controls call; an absent one is not listened to (nor the keys, while the map has no counts). */
export interface ManejadoresMapa {
  keydown?: (event: KeyboardEvent) => void;
  focusin?: (event: FocusEvent) => void;
  focusout?: (event: FocusEvent) => void;
  click?: (event: MouseEvent) => void;
  pointerenter?: EventListenerObject & AddEventListenerOptions;
  pointerleave?: EventListenerObject & AddEventListenerOptions;
  alternarTabla?: () => void;
}

/** The whole figure: the map with its shapes, tooltip and Callao's label, the legend column, and the table while shown. */
export function renderFigura(f: {
  v: VistaMapa;
  /** Prefix of the ids the figure's parts refer to each other by. */
  uid: string;
  /** Whether the second step is still to come: the text that moves nothing is left out (see the styles). */
  pendiente: boolean;
  /** Whether the table of counts is shown. */
  tabla: boolean;
  /** The shapes of the regions (see capa.ts). */
  formas: unknown;
  /** The loading or error message, if any. */
  estado: unknown;
  on: ManejadoresMapa;
}): TemplateResult {
  const { v, uid, pendiente, on } = f;
  const { m, lang } = v;
  return html`<figure part="base" class="mapa" aria-busy=${v.interactivo ? 'false' : 'true'}>
    <div class="lienzo">
      <svg
        part="map"
        tabindex="-1"
        viewBox="0 0 ${ANCHO} ${ALTO}"
        role=${v.interactivo ? 'toolbar' : 'img'}
        aria-label=${m.mapaRegiones}
        aria-describedby=${v.interactivo ? `${uid}-ayuda` : nothing}
        @keydown=${(v.interactivo && on.keydown) || nothing}
        @focusin=${on.focusin ?? nothing}
        @focusout=${on.focusout ?? nothing}
        @click=${on.click ?? nothing}
        @pointerenter=${on.pointerenter ?? nothing}
        @pointerleave=${on.pointerleave ?? nothing}
      >
        ${f.formas} ${renderContornos(v.contornos)}
      </svg>
      <span class="etiqueta-callao" aria-hidden="true" ?data-pendiente=${pendiente}>${v.nombreCallao}</span>
      ${v.globo ? renderGlobo(v.globo) : nothing}
    </div>
    <figcaption class="lateral" ?data-pendiente=${pendiente}>
      ${f.estado} ${v.leyenda.length ? renderLeyenda(v) : nothing}
      ${
        v.interactivo
          ? html`<button
              type="button"
              class="boton ver-tabla"
              part="table-toggle"
              aria-expanded=${String(f.tabla)}
              aria-controls=${f.tabla ? `${uid}-tabla` : nothing}
              @click=${on.alternarTabla ?? nothing}
            >
              ${m.verTablaMapa}
            </button>`
          : nothing
      }
      <p id="${uid}-ayuda" class="visualmente-oculto" lang=${lang} ?data-pendiente=${pendiente}>${m.mapaInstrucciones}</p>
      <p class="fuente" part="source">Límites: INEI</p>
    </figcaption>
    ${v.interactivo && f.tabla ? renderTabla(v, `${uid}-tabla`) : nothing}
  </figure>`;
}

/**
 * The outlines drawn over the map: the chosen region's, thick and solid on a halo of
 * the background, and the keyboard focus', dashed, above it. Callao's take its marker too.
 */
export function renderContornos({ seleccion, foco }: VistaMapa['contornos']): SVGTemplateResult {
  const contorno = (id: string, clase: string) =>
    id === CALLAO
      ? svg`<path class=${clase} d=${DEPARTAMENTOS[id].d}></path><circle class=${clase} cx=${MARCADOR_CALLAO.cx} cy=${MARCADOR_CALLAO.cy} r=${MARCADOR_CALLAO.r}></circle>`
      : svg`<path class=${clase} d=${DEPARTAMENTOS[id].d}></path>`;
  return svg`<g aria-hidden="true">
    ${foco ? contorno(foco, 'contorno-foco-halo') : nothing}
    ${seleccion ? [contorno(seleccion, 'contorno-seleccion-halo'), contorno(seleccion, 'contorno-seleccion')] : nothing}
    ${foco ? contorno(foco, 'contorno-foco') : nothing}
  </g>`;
}

/** The tooltip; the element places it in updated(), once its size is known. */
export function renderGlobo(g: GloboVista): TemplateResult {
  return html`<div part="tooltip" class="globo" aria-hidden="true">
    <strong>${g.nombre}</strong>
    <span>${g.total}</span>
    <span>${g.detalle}</span>
  </div>`;
}

// One row per class the scale can have (zero and PASOS steps), whatever the current scale has.
const FILAS_LEYENDA = Array.from({ length: PASOS + 1 }, (_, i) => i);

/**
 * The legend: always as many rows as the scale can have classes, those past the current scale's
 * empty and `hidden`. A filter change changes the number of classes (a scale over 1–7 has five,
 * over 1–2 two); rows kept in place are only relabelled, where rows added and removed cost a
 * recolour new elements to style and lay out.
 */
export function renderLeyenda({ leyenda, m }: VistaMapa): TemplateResult {
  return html`<div part="legend" class="leyenda">
    <p class="leyenda-titulo">${m.leyendaTitulo}</p>
    <ul>
      ${FILAS_LEYENDA.map((i) => {
        const p = leyenda[i];
        return html`<li ?hidden=${!p}>
          <span class="muestra paso-${p?.paso ?? 0}" aria-hidden="true"></span
          ><span>${p?.rango ?? ''} <span class="leyenda-regiones">· ${p?.regiones ?? ''}</span></span>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The same numbers as a table, under the map, while the reader has it shown. */
export function renderTabla({ filas, m, lang }: VistaMapa, id: string): TemplateResult {
  return html`<table id=${id} part="table" class="tabla" lang=${lang}>
    <caption>
      ${m.tablaTitulo}
    </caption>
    <thead>
      <tr>
        <th scope="col">${m.columnaRegion}</th>
        <th scope="col">${m.columnaTotal}</th>
        <th scope="col">${m.columnaBuenas}</th>
        <th scope="col">${m.columnaEnProceso}</th>
      </tr>
    </thead>
    <tbody>
      ${filas.map(
        (f) =>
          html`<tr>
            <th scope="row" lang="es">${f.nombre}</th>
            <td>${f.total}</td>
            <td>${f.buenas}</td>
            <td>${f.enProceso}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
