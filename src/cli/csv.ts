/**
 * CSV as spreadsheet programs write and read it (RFC 4180): decoding the bytes a
 * program saved, splitting them into rows and cells, and writing rows back.
 * Tolerant of what programs do when saving (a byte-order mark or none, CRLF or
 * LF, `,` `;` or tab between cells, UTF-16 from «Unicode text»), strict about
 * what would change the data: bytes that are not UTF-8 are refused, never guessed.
 */
import { aCsv } from '../data/csv.js';

/** A row of a sheet: its number as a spreadsheet program shows it (the header is row 1) and its cells. */
export interface Fila {
  numero: number;
  celdas: string[];
}

export type Separador = ',' | ';' | '\t';
export const SEPARADORES: readonly Separador[] = [',', ';', '\t'];

export type Decodificado = { texto: string } | { error: 'no-utf8' };

/** The text of a saved file: UTF-8 with or without BOM, or UTF-16 with its BOM; anything else is an error. */
export function decodificar(bytes: Uint8Array): Decodificado {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf)
      return { texto: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)) };
    if (a === 0xff && b === 0xfe) return { texto: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (a === 0xfe && b === 0xff) return { texto: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    return { texto: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'no-utf8' };
  }
}

/** The separator of a sheet, read from its header: the one that splits it into the most known column names. */
export function detectarSeparador(texto: string, cabeceraConocida: (celda: string) => boolean): Separador {
  const cabecera = texto.slice(0, finDeLinea(texto));
  let mejor: Separador = ',';
  let puntos = -1;
  for (const sep of SEPARADORES) {
    const celdas = leerCsv(cabecera, sep).filas[0]?.celdas ?? [];
    const estos = celdas.filter(cabeceraConocida).length * 1000 + celdas.length;
    if (estos > puntos) [mejor, puntos] = [sep, estos];
  }
  return mejor;
}

/** Where the first record ends (its line end outside quotes). */
function finDeLinea(texto: string): number {
  let comillas = false;
  for (let i = 0; i < texto.length; i++) {
    const ch = texto[i];
    if (ch === '"') comillas = !comillas;
    else if (!comillas && (ch === '\n' || ch === '\r')) return i;
  }
  return texto.length;
}

export interface Leido {
  filas: Fila[];
  /** The row where a quoted cell opens and never closes. */
  comillaSinCerrar?: number;
}

/**
 * Rows and cells of CSV text. A line break inside a quoted cell is part of the
 * cell; CRLF or a lone CR there becomes LF (programs on Windows and old Macs write
 * those for the same in-cell break, and the data has no carriage returns).
 */
export function leerCsv(texto: string, sep: Separador): Leido {
  const filas: Fila[] = [];
  let celdas: string[] = [];
  let celda = '';
  let comillas = false;
  let numero = 1;
  let inicioComillas = 0;
  const cerrarFila = () => {
    celdas.push(celda);
    filas.push({ numero, celdas });
    [celdas, celda] = [[], ''];
    numero++;
  };
  for (let i = 0; i < texto.length; i++) {
    const ch = texto[i];
    if (comillas) {
      if (ch === '"' && texto[i + 1] === '"') {
        celda += '"';
        i++;
      } else if (ch === '"') comillas = false;
      else if (ch === '\r') celda += texto[i + 1] === '\n' ? '' : '\n';
      else celda += ch;
    } else if (ch === '"' && celda === '') {
      comillas = true;
      inicioComillas = numero;
    } else if (ch === sep) {
      celdas.push(celda);
      celda = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && texto[i + 1] === '\n') i++;
      cerrarFila();
    } else celda += ch;
  }
  if (comillas) return { filas, comillaSinCerrar: inicioComillas };
  if (celda !== '' || celdas.length) cerrarFila();
  return { filas };
}

/** Rows as CSV: the widgets' own writer (UTF-8 byte-order mark, CRLF, RFC 4180 quoting), with the sheet's separator. */
export function escribirCsv(filas: readonly (readonly string[])[], sep: Separador = ','): string {
  return aCsv(filas, sep);
}
