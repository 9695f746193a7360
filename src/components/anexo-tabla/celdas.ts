/** The table's header cells, section headings and rows, as templates of the model's values. */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Practica, Tipo } from '../../data/schema.js';
import type { Mensajes } from '../../i18n/mensajes.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { valorCelda, type Columna, type Contexto, type Orden, type Seccion } from './modelo.js';

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

/** Which topic cell a row has: the group's spanning header (its first row), none (the rest), or its own (sorted rows). */
type CeldaTema = 'cabeza' | 'resto' | 'propia';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapar = (texto: string) => texto.replace(/[&"<>]/g, (c) => ESCAPES[c]);

// Row templates, built once per language (its messages), column set and topic cell.
const plantillas = new WeakMap<Mensajes, Map<string, TemplateStringsArray>>();

/**
 * The strings of a row's template: the cells of the columns shown written out, each
 * with its fixed attributes, and a binding for each value. A row made by mapping the
 * columns to a template each has a part per cell and two marker nodes around it, twice
 * the nodes to create, update and remove for every row of every new view.
 */
function plantillaFila(columnas: readonly Columna[], m: Mensajes, tema: CeldaTema): TemplateStringsArray {
  let porClave = plantillas.get(m);
  if (!porClave) plantillas.set(m, (porClave = new Map()));
  const clave = `${tema}:${columnas.join()}`;
  const hecha = porClave.get(clave);
  if (hecha) return hecha;
  // The text between two bindings; each binding starts a new string.
  const partes: string[] = [];
  let actual = '<tr part="row" role="row" data-practica-id=';
  const enlace = (siguiente: string) => {
    partes.push(actual);
    actual = siguiente;
  };
  enlace(' @click=');
  enlace('>');
  for (const c of columnas) {
    const etiqueta = escapar(m.columna[c]);
    if (c === 'tema' && tema !== 'propia') {
      if (tema === 'resto') continue;
      actual += `<th scope="rowgroup" role="rowheader" class="tema" data-label="${etiqueta}" rowspan=`;
      enlace('>');
      enlace('</th>');
    } else if (c === 'practica') {
      actual += `<td role="cell" class="practica" data-label="${etiqueta}"><button type="button" class="abrir">`;
      enlace('</button></td>');
    } else {
      actual += `<td role="cell" class="${c}" data-label="${etiqueta}">`;
      enlace('</td>');
    }
  }
  partes.push(`${actual}</tr>`);
  // A template strings array, as lit's static templates make them: the strings, and the same as `raw`.
  const plantilla = Object.assign([...partes], { raw: [...partes] }) as unknown as TemplateStringsArray;
  porClave.set(clave, plantilla);
  return plantilla;
}

// Every cell carries its column's name in data-label: the stacked (narrow) layout
// shows it before the value, as CSS generated content hidden from assistive
// technology, which reads the column header instead.
/** A practice's row; `alAbrir` gets the practice and the row when the reader activates it. */
export function renderFila(p: Practica, f: PosicionFila, alAbrir: (p: Practica, fila: HTMLElement) => void) {
  const { ctx } = f;
  const tema: CeldaTema = f.porTema ? (f.i === 0 ? 'cabeza' : 'resto') : 'propia';
  const valores: unknown[] = [p.id, (e: Event) => alAbrir(p, e.currentTarget as HTMLElement)];
  for (const c of f.columnas) {
    if (c === 'tema' && tema === 'cabeza') valores.push(f.filasDelGrupo, valorCelda(p, c, ctx));
    else if (c === 'practica') valores.push(p.tituloAnexo);
    else if (c !== 'tema' || tema === 'propia') valores.push(valorCelda(p, c, ctx));
  }
  return html(plantillaFila(f.columnas, f.m, tema), ...valores);
}

/** What the table's body needs besides its rows. */
export interface Cuerpo {
  columnas: readonly Columna[];
  ctx: Contexto;
  m: Mensajes;
  /** Practices per section in the whole view: a heading counts them all, not only the rows rendered so far. */
  porSeccion: ReadonlyMap<Tipo, number>;
}

// Explicit roles: the narrow layout restyles the row groups with display: block (see the component).
/* eslint-disable lit-a11y/no-redundant-role */
/**
 * The table's body: per section, a row group with its heading, then a row group per
 * topic. Keyed at every level (section, topic group, practice), so that a new view (a
 * search, a filter) keeps the groups and rows it shares with the previous one, and drops
 * the others a whole row group at a time: at 31 practices a search that leaves two rows
 * removes seven row groups instead of 29 rows one by one, and builds no row again.
 */
export function renderSecciones(secciones: readonly Seccion[], c: Cuerpo, alAbrir: (p: Practica, fila: HTMLElement) => void) {
  const { columnas, ctx, m } = c;
  return repeat(
    secciones,
    (s) => s.tipo,
    (s) => html`
      <tbody role="rowgroup">
        <tr class="seccion" part="section" role="row">
          <th scope="colgroup" role="columnheader" colspan=${columnas.length}>
            ${`${m.seccion[s.tipo]} (${formatearNumero(c.porSeccion.get(s.tipo) ?? 0, ctx.lang)})`}
          </th>
        </tr>
      </tbody>
      ${repeat(
        s.grupos,
        (g) => g.clave,
        (g) =>
          html`<tbody role="rowgroup" class="grupo">
            ${repeat(
              g.filas,
              (p) => p.id,
              (p, i) => renderFila(p, { i, filasDelGrupo: g.filas.length, porTema: g.tema !== null, columnas, ctx, m }, alAbrir),
            )}
          </tbody>`,
      )}
    `,
  );
}
/* eslint-enable lit-a11y/no-redundant-role */
