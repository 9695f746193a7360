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
 * does. fflate's synchronous zip is used on purpose: its asynchronous one starts
 * Web Workers from blob: URLs, which a portal's Content-Security-Policy may forbid.
 */
import { strToU8, zipSync } from 'fflate';

export type Celda = string | number;

export interface Hoja {
  /** The sheet's name (at most 31 characters, none of `[ ] : * ? / \`). */
  nombre: string;
  /** The first row: column headers. */
  encabezados: readonly string[];
  /** One array per row, as long as `encabezados`; an empty string is a blank cell. */
  filas: readonly (readonly Celda[])[];
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

/** Width in characters: the longest line of the column, between 8 and 60. */
function anchos(hoja: Hoja): number[] {
  return hoja.encabezados.map((e, i) => {
    let max = e.length + 2;
    for (const fila of hoja.filas) {
      for (const linea of String(fila[i] ?? '').split('\n')) max = Math.max(max, linea.length + 1);
    }
    return Math.min(60, Math.max(8, max));
  });
}

function hojaXml(hoja: Hoja): string {
  const n = hoja.encabezados.length;
  const ultima = `${letraColumna(n - 1)}${hoja.filas.length + 1}`;
  const filas = [hoja.encabezados, ...hoja.filas].map((fila, f) => {
    if (fila.length !== n) {
      throw new RangeError(`Row ${f + 1} of sheet «${hoja.nombre}» has ${fila.length} cells; the sheet has ${n} columns`);
    }
    const estilo = (v: Celda) => (f === 0 ? ESTILO.encabezado : typeof v === 'number' ? ESTILO.numero : ESTILO.texto);
    const celdas = fila.map((v, c) =>
      celda(v, `${letraColumna(c)}${f + 1}`, estilo(v), () => `Row ${f + 1}, column «${hoja.encabezados[c]}»`),
    );
    return `<row r="${f + 1}">${celdas.join('')}</row>`;
  });
  const cols = anchos(hoja)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    `${XML}<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:${ultima}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData>${filas.join('')}</sheetData>` +
    `<autoFilter ref="A1:${ultima}"/></worksheet>`
  );
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
export function partesXlsx(hoja: Hoja): Record<string, string> {
  validarNombre(hoja.nombre);
  const ultima = `${letraColumna(hoja.encabezados.length - 1)}${hoja.filas.length + 1}`;
  const nombre = escapar(hoja.nombre.replace(/'/g, "''"));
  const tipo = (t: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;
  const rel = (id: string, t: string, destino: string) =>
    `<Relationship Id="${id}" Type="${NS_R}/${t}" Target="${destino}"/>`;
  return {
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
    'xl/worksheets/sheet1.xml': hojaXml(hoja),
  };
}

/**
 * One sheet as an .xlsx file.
 * @throws {RangeError} naming the row and column, for a text longer than a cell
 *   holds or a number that is not finite; nothing is cut or changed silently.
 */
export function aXlsx(hoja: Hoja): Uint8Array {
  const partes = partesXlsx(hoja);
  return zipSync(
    Object.fromEntries(Object.entries(partes).map(([ruta, xml]) => [ruta, strToU8(xml)])),
    { level: 9, mtime: FECHA_FIJA },
  );
}
