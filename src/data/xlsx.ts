/**
 * A minimal SpreadsheetML (.xlsx) writer: one sheet, a bold frozen header row
 * with a filter, and typed cells. Strings are text cells in the text format
 * («@»), so a code such as «03» stays «03» in any spreadsheet program and in any
 * locale, and stays text when a reader edits it; numbers are number cells.
 *
 * Why not CSV alone: a CSV cannot say "this cell is text", and a spreadsheet
 * program opening one by double-click guesses the encoding, the separator and
 * the type of every cell from the reader's locale.
 *
 * The archive is deterministic: the same rows give the same bytes (entries in a
 * fixed order, a fixed date), so a derived file changes only when its content
 * does. One writer, in resumable steps (generators): `aXlsx` runs them straight
 * through (Node, the package's data files), `aXlsxPorPartes` in slices of a few
 * ms with the browser free in between, and both give the same bytes, those of
 * fflate's `zipSync` (see `zip.ts`). No worker: fflate's asynchronous zip starts
 * Web Workers from blob: URLs, which a portal's Content-Security-Policy may forbid.
 */
import { zip, type Pasos } from './zip.js';

export type Celda = string | number;

export interface Hoja {
  /** The sheet's name (at most 31 characters, none of `[ ] : * ? / \`). */
  nombre: string;
  /** The first row: column headers. */
  encabezados: readonly string[];
  /**
   * One array per row, as long as `encabezados`; an empty string is a blank cell.
   * Read once, in order, while the sheet is written: rows may be made as they are read.
   */
  filas: Iterable<readonly Celda[]>;
}

/** The media type of an .xlsx file. */
export const TIPO_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The longest text a cell holds in Excel. */
const MAX_TEXTO = 32_767;
/** DOS dates start in 1980; local components, so the bytes do not depend on the time zone. */
const FECHA_FIJA = new Date(1980, 0, 1, 0, 0, 0);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const UTF8 = new TextEncoder();
/** Style indexes of styles.xml's cellXfs. */
const ESTILO = { numero: 0, texto: 1, encabezado: 2 } as const;

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function letraColumna(indice: number): string {
  let n = indice + 1;
  let letras = '';
  while (n > 0) {
    const resto = (n - 1) % 26;
    letras = String.fromCharCode(65 + resto) + letras;
    n = Math.floor((n - 1) / 26);
  }
  return letras;
}

// XML 1.0 cannot carry most control characters, and a parser turns a carriage
// return into a line feed; OOXML writes both as _xHHHH_,
// and a literal «_xHHHH_» in the text is kept by escaping its underscore.
function escapar(texto: string): string {
  return texto
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function celda(valor: Celda, ref: string, estilo: number, donde: () => string): string {
  if (typeof valor === 'number') {
    if (!Number.isFinite(valor)) throw new RangeError(`${donde()}: the number ${valor} cannot be written to a spreadsheet`);
    return `<c r="${ref}" s="${estilo}"><v>${valor}</v></c>`;
  }
  // An empty text is a blank cell, as a spreadsheet has it: no cell at all.
  if (valor === '') return '';
  if (valor.length > MAX_TEXTO) {
    throw new RangeError(`${donde()}: the text has ${valor.length} characters; a cell holds at most ${MAX_TEXTO}`);
  }
  return `<c r="${ref}" s="${estilo}" t="inlineStr"><is><t xml:space="preserve">${escapar(valor)}</t></is></c>`;
}

/** The sheet's XML, streamed: one yield per row. Every row goes through `celda`, the header first. */
function* hojaXml(hoja: Hoja): Pasos<{ bytes: Uint8Array; ultima: string }> {
  const n = hoja.encabezados.length;
  // Width in characters: the longest line of the column, between 8 and 60.
  const anchos = hoja.encabezados.map((e) => e.length + 2);
  const trozos: Uint8Array[] = [];
  let pendiente = '';
  let f = 0;
  const fila = (valores: readonly Celda[]) => {
    if (valores.length !== n) {
      throw new RangeError(`Row ${f + 1} of sheet «${hoja.nombre}» has ${valores.length} cells; the sheet has ${n} columns`);
    }
    const estilo = (v: Celda) => (f === 0 ? ESTILO.encabezado : typeof v === 'number' ? ESTILO.numero : ESTILO.texto);
    let xml = `<row r="${f + 1}">`;
    for (let c = 0; c < n; c++) {
      const v = valores[c];
      xml += celda(v, `${letraColumna(c)}${f + 1}`, estilo(v), () => `Row ${f + 1}, column «${hoja.encabezados[c]}»`);
      if (f > 0) for (const linea of String(v).split('\n')) anchos[c] = Math.max(anchos[c], linea.length + 1);
    }
    pendiente += `${xml}</row>`;
    // Encoded in pieces of about 64 K characters: one string of the whole sheet would be
    // encoded in one go, and row boundaries never split a character.
    if (pendiente.length > 65_536) {
      trozos.push(UTF8.encode(pendiente));
      pendiente = '';
    }
    f++;
  };
  fila(hoja.encabezados);
  for (const valores of hoja.filas) {
    fila(valores);
    yield;
  }
  trozos.push(UTF8.encode(pendiente));
  const ultima = `${letraColumna(n - 1)}${f}`;
  const cols = anchos
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, w))}" customWidth="1"/>`)
    .join('');
  const antes = UTF8.encode(
    `${XML}<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
      `<dimension ref="A1:${ultima}"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
  );
  const despues = UTF8.encode(`</sheetData><autoFilter ref="A1:${ultima}"/></worksheet>`);
  const partes = [antes, ...trozos, despues];
  const bytes = new Uint8Array(partes.reduce((t, p) => t + p.length, 0));
  let desde = 0;
  for (const p of partes) {
    bytes.set(p, desde);
    desde += p.length;
    yield;
  }
  return { bytes, ultima };
}

const ESTILOS =
  `${XML}<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function validarNombre(nombre: string): void {
  if (!nombre || nombre.length > 31 || /[[\]:*?/\\]/.test(nombre)) {
    throw new RangeError(`«${nombre}» cannot name a sheet: 1 to 31 characters, none of [ ] : * ? / \\`);
  }
}

/** The parts of the .xlsx package, by path, in the archive's order. */
function* partes(hoja: Hoja): Pasos<Map<string, Uint8Array>> {
  validarNombre(hoja.nombre);
  const { bytes: hojaBytes, ultima } = yield* hojaXml(hoja);
  const nombre = escapar(hoja.nombre.replace(/'/g, "''"));
  const tipo = (t: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;
  const rel = (id: string, t: string, destino: string) =>
    `<Relationship Id="${id}" Type="${NS_R}/${t}" Target="${destino}"/>`;
  const texto = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${tipo('sheet.main')}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${tipo('worksheet')}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${tipo('styles')}"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${NS_PKG}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets>` +
      `<sheet name="${escapar(hoja.nombre)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">` +
      `'${nombre}'!$A$1:$${ultima.replace(/(\d+)$/, '$$$1')}</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${NS_PKG}">` +
      `${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'styles', 'styles.xml')}</Relationships>`,
    'xl/styles.xml': ESTILOS,
  };
  return new Map([...Object.entries(texto).map(([ruta, xml]) => [ruta, UTF8.encode(xml)] as const), ['xl/worksheets/sheet1.xml', hojaBytes]]);
}

function* xlsx(hoja: Hoja): Pasos<Uint8Array> {
  return yield* zip(yield* partes(hoja), 9, FECHA_FIJA);
}

/** Runs the steps straight through. */
function deUnaVez<T>(pasos: Pasos<T>): T {
  for (;;) {
    const paso = pasos.next();
    if (paso.done) return paso.value;
  }
}

/**
 * Lets the browser run its other tasks (paint, input, the page's timers) before
 * the next slice: a message to ourselves, a task of its own without the 4 ms
 * clamp of nested timers. Not `scheduler.yield()`: measured in Chromium with
 * 10,000 rows, its continuations go ahead of rendering, and frames came about
 * every 100 ms while the file was written, against every 16–30 ms with a message.
 */
export function ceder(): Promise<void> {
  return new Promise((resolve) => {
    const canal = new MessageChannel();
    canal.port1.onmessage = () => {
      canal.port1.close();
      resolve();
    };
    canal.port2.postMessage(null);
  });
}

/** Runs the steps in slices of about `presupuesto` ms, yielding to the browser (`ceder`) between them. */
async function porPartes<T>(pasos: Pasos<T>, presupuesto: number): Promise<T> {
  let desde = performance.now();
  for (;;) {
    const paso = pasos.next();
    if (paso.done) return paso.value;
    if (performance.now() - desde >= presupuesto) {
      await ceder();
      desde = performance.now();
    }
  }
}

/** The parts of the .xlsx package as text, by path, in the archive's order. */
export function partesXlsx(hoja: Hoja): Record<string, string> {
  const texto = new TextDecoder();
  return Object.fromEntries([...deUnaVez(partes(hoja))].map(([ruta, bytes]) => [ruta, texto.decode(bytes)]));
}

/**
 * One sheet as an .xlsx file, in one go (for Node: the data files of the package).
 * @throws {RangeError} naming the row and column, for a text longer than a cell
 *   holds or a number that is not finite; nothing is cut or changed silently.
 */
export function aXlsx(hoja: Hoja): Uint8Array {
  return deUnaVez(xlsx(hoja));
}

/** The time the writer works before it yields to the browser, in ms: well under a 50 ms long task. */
export const PRESUPUESTO_MS = 10;

/**
 * One sheet as an .xlsx file, the same bytes as `aXlsx`, written in slices of
 * about `presupuesto` ms between which the browser paints and answers the reader:
 * 10,000 rows take several hundred ms of work, which in one task would freeze the page.
 * Rejects with the errors `aXlsx` throws.
 */
export function aXlsxPorPartes(hoja: Hoja, presupuesto = PRESUPUESTO_MS): Promise<Uint8Array> {
  return porPartes(xlsx(hoja), presupuesto);
}
