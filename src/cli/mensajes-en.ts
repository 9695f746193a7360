/**
 * The command line's messages in English (`--lang en`). The sheet's headers and
 * its words for values stay Spanish: they are what the maintainer sees in the sheet.
 */
import type { MensajesCli } from './mensajes.js';

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;
const o = (valores: readonly string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(valores.map((v) => `"${v}"`));

export const en: MensajesCli = {
  ayuda: (version) => `practicas-widgets ${version}: keep the catalogue of practices in a spreadsheet.

Usage:
  practicas-widgets validar <data.json | sheet.csv> [--base <data.json>] [--fuentes <sheet.fuentes.csv>]
  practicas-widgets exportar <data.json> -o <sheet.csv> [--separador ";"]
  practicas-widgets importar <sheet.csv> -o <data.json> [--base <data.json>] [--fuentes <sheet.fuentes.csv>]
  practicas-widgets valores [--base <data.json>]
(validate, export, import and values are accepted as the English names of the commands.)

Commands:
  validar    Checks a dataset (JSON) or a sheet (CSV) with the same rules as the widgets.
  exportar   Writes the practices sheet (one practice a row) and, beside it, the sources sheet
             (<sheet>.fuentes.csv).
  importar   Reads the sheet (and the sources sheet beside it, if any), validates it and writes the JSON.
  valores    Lists the values the columns accept: types, topics, criteria, regions, levels.

Options:
  -o, --salida <file>         The file written (exportar, importar); also --output.
  --base <data.json>          Where topics, criteria and regions come from (and the sources, when there is
                              no sources sheet). By default, the package's own data.
  --fuentes <file.csv>        The sources sheet, when it is not <sheet>.fuentes.csv beside the sheet.
  --separador <, | ; | tab>   The column separator when exporting (default ","). Read back, it is detected.
  --lang en                   Messages in English.
  -h, --help                  This help.
  -v, --version               The version.

Exit status: 0 when all is well, 1 when the data has problems, 2 when the command is mistyped.
Maintainers' guide: docs/maintenance.en.md (Spanish: docs/mantenimiento.md)`,
  que: {
    tipo: 'type',
    nivel: 'level of government',
    tipoNota: 'note type',
    tema: 'topic',
    criterio: 'criterion',
    region: 'region',
    fuente: 'source',
    campoNota: 'column',
  },
  desconocido: (que, valor, parecido, posibles) =>
    `there is no ${que} "${valor}"; ` + (parecido ? `did you mean "${parecido}"?` : `it must be ${o(posibles)}`),
  falta: 'this field is missing',
  subelementoSuelto: 'a sub-item ("   - text") has no item before it to belong to',
  sangriaSuelta: 'the line starts with spaces but is not a sub-item; remove the spaces, or write "   - text" for a sub-item',
  nivelPartes: 'write each level as "Nivel | published text | entity" (three parts at most)',
  notaIncompleta: 'write each note as "Column | Note type | text" (and, if needed, "| original: words")',
  pagina: (valor) => `"${valor}" is not a page number: write a whole number from 1, or leave the cell empty`,
  anio: (valor) => (valor ? `"${valor}" is not a year: write four digits, like 2018` : 'the year of publication is missing'),
  mes: (valor) => `"${valor}" is not a month: write a number from 1 to 12, or leave the cell empty`,
  repetidoEnFila: (valor, fila) => `"${valor}" is repeated; it already appears in row ${fila}`,
  url: (valor) => `"${valor}" is not a web address: write the whole address, starting with https://`,
  noRepresentable:
    'this value cannot be written in the sheet without changing when read back (for example, a paragraph that starts like a list item, or a line break where the column holds one value a line); correct it in the JSON',
  fila: (fila, id) => `Row ${fila}${id ? ` (practice "${id}")` : ''}`,
  filaFuente: (fila, id) => `Sources sheet, row ${fila}${id ? ` (source "${id}")` : ''}`,
  columna: (cabecera) => `column "${cabecera}"`,
  linea: (linea) => `line ${linea}`,
  practica: (posicion, id) => `Practice ${posicion} (id "${id}")`,
  fuente: (posicion, id) => `Source ${posicion} (id "${id}")`,
  archivo: (ruta) => `${ruta}`,
  noUtf8:
    'the file is not UTF-8, so its accents and ñ would be misread. Save it again as "CSV UTF-8 (Comma delimited)" (Excel) or with the character set "Unicode (UTF-8)" (LibreOffice), and try again',
  comillaSinCerrar: (fila) => `a cell that opens a quote in row ${fila} never closes it`,
  faltanColumnas: (cabeceras) =>
    `the first row lacks the column${cabeceras.length === 1 ? '' : 's'} ${new Intl.ListFormat('en').format(cabeceras.map((c) => `"${c}"`))}`,
  columnaDesconocida: (cabecera) =>
    `the column "${cabecera}" is not one of this sheet's and has data, which would be lost; delete it or move the data to its column`,
  columnaRepetida: (cabecera) => `the column "${cabecera}" appears twice`,
  celdasDeMas: 'the row has data to the right of the last column, which would be lost',
  hojaDeFuentes: 'this is the sources sheet; give the practices sheet (the sources sheet is read beside it)',
  noJson: (linea, columna) => `is not valid JSON${linea ? ` (line ${linea}, column ${columna})` : ''}`,
  validos: (total, buenas, enProceso) =>
    `Valid data: ${plural(total, 'practice', 'practices')} (${plural(buenas, 'good practice', 'good practices')}, ${enProceso} in progress)`,
  problemas: (total, practicas, otros) => {
    const t = plural(total, 'problem', 'problems');
    if (!practicas) return t;
    const en = plural(practicas, 'practice', 'practices');
    return otros ? `${t}: ${total - otros} in ${en} and ${otros} outside them` : `${t} in ${en}`;
  },
  exportado: (hoja, fuentes, n, nf) =>
    `Wrote ${hoja} (${plural(n, 'practice', 'practices')}) and ${fuentes} (${plural(nf, 'source', 'sources')})`,
  importado: (archivo, resumen) => `Wrote ${archivo}. ${resumen}`,
  noEscrito: (archivo) => `${archivo} was not written.`,
  usoAyuda: 'Type "practicas-widgets --help" to see how to use it.',
  faltaComando: 'The command is missing: validar, exportar, importar or valores.',
  comandoDesconocido: (c) => `"${c}" is not a command; the commands are validar, exportar, importar and valores.`,
  faltaArchivo: () => 'The file to read is missing.',
  faltaSalida: (c) => `The file ${c} writes is missing: give it with -o <file>.`,
  opcionDesconocida: (op) => `There is no option "${op}".`,
  opcionSinValor: (op) => `The option "${op}" needs a value.`,
  demasiados: (v) => `"${v}" is one too many: the command reads one file.`,
  separador: (v) => `"${v}" is not a separator; use ",", ";" or "tab".`,
  noExiste: (ruta) => `The file ${ruta} does not exist.`,
  noSeLee: (ruta) => `${ruta} cannot be read.`,
  noSeEscribe: (ruta) => `${ruta} cannot be written.`,
  inesperado: (d) => `Unexpected error (${d}). Please tell the maintainers of practicas-widgets.`,
};
