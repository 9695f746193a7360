// What test/node/spreadsheet.test.mjs needs from src/, bundled by scripts/lib/import-ts.mjs:
// the table's downloads exactly as the «Descargar CSV» and «Descargar Excel» buttons make them.
import { hojaDeTabla } from '../../src/components/anexo-tabla/hoja.js';
import { COLUMNAS, contexto, filasACsv } from '../../src/components/anexo-tabla/modelo.js';
import { bundledDataset } from '../../src/data/loader.js';
import { aXlsx } from '../../src/data/xlsx.js';
import type { Lang } from '../../src/i18n/lang.js';

/** The whole table, every column, in the publication's order: its CSV text and its .xlsx bytes. */
export function descargasDeTabla(lang: Lang): { csv: string; xlsx: Uint8Array; encabezados: readonly string[] } {
  const datos = bundledDataset();
  const ctx = contexto(datos, lang);
  const hoja = hojaDeTabla(datos.practicas, COLUMNAS, ctx);
  return { csv: filasACsv(datos.practicas, COLUMNAS, ctx), xlsx: aXlsx(hoja), encabezados: hoja.encabezados };
}

export { bundledDataset };
export { filasDelDataset } from '../../src/data/csv.js';
export { aXlsx, aXlsxPorPartes, partesXlsx } from '../../src/data/xlsx.js';
export { leerCsv as leerFilas } from '../../src/cli/csv.js';
