/**
 * Problems as the command line prints them, one line each, in the chosen
 * language. The validator's problems keep its reader sentences (what is wrong,
 * in words); for a sheet, their place becomes the row, the column and the line
 * in the cell where the value was typed.
 */
import type { DatasetIssue } from '../data/errors.js';
import { describeIssue } from '../data/describe-issue.js';
import type { Lang } from '../i18n/lang.js';
import { MENSAJES_VALIDACION, type MensajesValidacion } from '../i18n/mensajes-validacion.js';
import { MENSAJES_CLI, type MensajesCli } from './mensajes.js';

export interface Problema {
  /** The whole line, in a language. */
  texto: (lang: Lang) => string;
  /** Index of the practice it concerns, for the summary's count. */
  practica?: number;
  /** The cell it is about (`practicas.3.regiones`): the validator's word on the same cell is then left out. */
  celda?: string;
  /** Where it sits in the files read, for listing problems in reading order (the sources sheet first). */
  orden?: number;
}

/** A problem located by words in the command line's messages. */
export function problema(
  donde: ((m: MensajesCli) => string) | undefined,
  que: (m: MensajesCli) => string,
  practica?: number,
): Problema {
  return {
    texto: (lang) => {
      const m = MENSAJES_CLI[lang];
      return donde ? `${donde(m)}: ${que(m)}` : capital(que(m));
    },
    practica,
  };
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Where a value sits in a sheet: row (with id), column, line in the cell. */
export function enFila(
  fila: (m: MensajesCli) => string,
  cabecera: string | undefined,
  linea: number | undefined,
): (m: MensajesCli) => string {
  return (m) => [fila(m), cabecera && m.columna(cabecera), linea && m.linea(linea)].filter(Boolean).join(', ');
}

/**
 * What is wrong, without the place: the validator's sentence for the same
 * problem set at the file's level (its place, «El archivo», taken off), so
 * that the words stay the validator's own.
 */
export function queEstaMal(found: DatasetIssue, m: MensajesValidacion): string {
  const sinLugar: DatasetIssue = { path: '', issue: { ...found.issue, path: [] } };
  const frase = describeIssue(sinLugar, m);
  return frase.startsWith(`${m.lugarArchivo}: `) ? frase.slice(m.lugarArchivo.length + 2) : frase;
}

/** A validator's problem in a JSON file: its own sentence, place included. */
export function deValidador(found: DatasetIssue): Problema {
  return { texto: (lang) => describeIssue(found, MENSAJES_VALIDACION[lang]), practica: found.record };
}

/** One problem per value: two rules broken by one value are one problem for a reader. */
export function unoPorValor(issues: readonly DatasetIssue[]): DatasetIssue[] {
  const vistos = new Set<string>();
  return issues.filter((i) => !vistos.has(i.path) && vistos.add(i.path));
}

/** The summary line of a list of problems: how many, in how many practices. */
export function resumen(problemas: readonly Problema[], lang: Lang): string {
  const practicas = new Set(problemas.map((p) => p.practica).filter((p) => p !== undefined));
  const otros = problemas.filter((p) => p.practica === undefined).length;
  return `${MENSAJES_CLI[lang].problemas(problemas.length, practicas.size, otros)}.`;
}
