/**
 * The map's parts that hold no state and handle no event, rendered from its
 * view model (modelo.ts): outlines, the tooltip, the legend and the table of counts.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { PASOS } from './escala.js';
import { CALLAO, DEPARTAMENTOS, MARCADOR_CALLAO } from './geometria.js';
import type { GloboVista, VistaMapa } from './modelo.js';

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
 * empty and hidden (`data-vacia`). A filter change changes the number of classes (a scale over
 * 1–7 has five, over 1–2 two); rows kept in place are only relabelled, where rows added and
 * removed cost a recolour new elements to style and lay out.
 */
export function renderLeyenda({ leyenda, m }: VistaMapa): TemplateResult {
  return html`<div part="legend" class="leyenda">
    <p class="leyenda-titulo">${m.leyendaTitulo}</p>
    <ul>
      ${FILAS_LEYENDA.map((i) => {
        const p = leyenda[i];
        return html`<li ?data-vacia=${!p}>
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
