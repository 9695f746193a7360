/**
 * The table's download as a spreadsheet sheet, without DOM: the same rows,
 * columns and headers as its CSV (`filasACsv`), with each cell typed. Pages
 * are numbers when the cell is a page number; everything else is text, so
 * that nothing a reader sees changes in a spreadsheet program.
 */
import type { Practica } from '../../data/schema.js';
import type { Celda, Hoja } from '../../data/xlsx.js';
import { MENSAJES } from '../../i18n/mensajes.js';
import { valorCelda, type Columna, type Contexto } from './modelo.js';

/** The name of the table's sheet, per language. */
export const NOMBRE_HOJA = { es: 'Anexo 1', en: 'Annex 1' } as const;

/** The file name of the table's downloads, without extension. */
export const NOMBRE_ARCHIVO = 'anexo-1-practicas';

// The page column shows the practice's own page as a number, or «sección desde
// p. N» when only its section's page is known: the words stay, as in the table.
function celdaTipada(p: Practica, c: Columna, ctx: Contexto): Celda {
  if (c === 'pagina' && p.pagina !== undefined) return p.pagina;
  return valorCelda(p, c, ctx);
}

/**
 * The rows in the order given: id, then the columns shown (the status too, always), as the CSV has them.
 * Each row is made when the writer reads it, so that making 10,000 of them is sliced with the writing.
 */
export function hojaDeTabla(practicas: readonly Practica[], columnas: readonly Columna[], ctx: Contexto): Hoja {
  const m = MENSAJES[ctx.lang];
  const cols: Columna[] = columnas.includes('tipo') ? [...columnas] : ['tipo', ...columnas];
  return {
    nombre: NOMBRE_HOJA[ctx.lang],
    encabezados: ['id', ...cols.map((c) => m.columna[c])],
    filas: {
      *[Symbol.iterator]() {
        for (const p of practicas) yield [p.id, ...cols.map((c) => celdaTipada(p, c, ctx))];
      },
    },
  };
}
