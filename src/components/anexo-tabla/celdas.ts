/** The table's header cells and rows, as templates of the model's values. */
import { html, nothing } from 'lit';
import type { Practica } from '../../data/schema.js';
import type { Mensajes } from '../../i18n/mensajes.js';
import { valorCelda, type Columna, type Contexto, type Orden } from './modelo.js';

/** A column header with its sort button; `alOrdenar` gets the column. */
export function renderEncabezado(c: Columna, orden: Orden | null, m: Mensajes, alOrdenar: (c: Columna) => void) {
  const activa = orden?.columna === c ? orden.direccion : null;
  return html`<th
    scope="col"
    role="columnheader"
    aria-sort=${activa === 'asc' ? 'ascending' : activa === 'desc' ? 'descending' : 'none'}
  >
    <button type="button" class="ordenar" title=${m.ordenarPor(m.columna[c])} @click=${() => alOrdenar(c)}>
      ${m.columna[c]}<span class="flecha" aria-hidden="true">${activa === 'asc' ? '▲' : activa === 'desc' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

/** Where a row sits: its index in its topic group, the group's size, and what the cells need. */
export interface PosicionFila {
  i: number;
  filasDelGrupo: number;
  /** Rows grouped by topic (the publication's order): the topic cell spans the group. */
  porTema: boolean;
  columnas: readonly Columna[];
  ctx: Contexto;
  m: Mensajes;
}

// Every cell carries its column's name in data-label: the stacked (narrow) layout
// shows it before the value, as CSS generated content hidden from assistive
// technology, which reads the column header instead.
/** A practice's row; `alAbrir` gets the practice and the row when the reader activates it. */
export function renderFila(p: Practica, f: PosicionFila, alAbrir: (p: Practica, fila: HTMLElement) => void) {
  const { m, ctx } = f;
  return html`<tr
    part="row"
    role="row"
    data-practica-id=${p.id}
    @click=${(e: Event) => alAbrir(p, e.currentTarget as HTMLElement)}
  >
    ${f.columnas.map((c) => {
      if (c === 'tema' && f.porTema) {
        return f.i === 0
          ? html`<th scope="rowgroup" role="rowheader" rowspan=${f.filasDelGrupo} class="tema" data-label=${m.columna.tema}>
              ${valorCelda(p, c, ctx)}
            </th>`
          : nothing;
      }
      if (c === 'practica') {
        return html`<td role="cell" class="practica" data-label=${m.columna.practica}>
          <button type="button" class="abrir">${p.tituloAnexo}</button>
        </td>`;
      }
      return html`<td role="cell" class=${c} data-label=${m.columna[c]}>${valorCelda(p, c, ctx)}</td>`;
    })}
  </tr>`;
}
