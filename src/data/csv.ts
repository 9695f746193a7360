/**
 * CSV for spreadsheets and open-data portals: RFC 4180 quoting, CRLF line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read accents.
 */
import { nombresDe } from './nombres.js';
import type { Bloque, Dataset, Practica } from './schema.js';

const BOM = '\uFEFF';

function campo(value: string | number, separador: string): string {
  const text = String(value);
  const comillas = text.includes(separador) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return comillas ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line, without its line end. */
export function lineaCsv(row: readonly (string | number)[], separador = ','): string {
  return row.map((v) => campo(v, separador)).join(separador);
}

/** CSV lines as a file: BOM first, CRLF after every line. */
export function archivoCsv(lineas: readonly string[]): string {
  return BOM + lineas.join('\r\n') + '\r\n';
}

/** Rows (the first one the header) as CSV text, with BOM; cells are separated by `,` unless told otherwise. */
export function aCsv(rows: readonly (readonly (string | number)[])[], separador = ','): string {
  return archivoCsv(rows.map((row) => lineaCsv(row, separador)));
}

/**
 * A description as plain text: paragraphs separated by blank lines, lists as "- " / "1. " lines with
 * "   - " sub-items, footnotes as "Nota al pie 12: …". The maintainers' sheet (src/cli) reads it back.
 */
export function descripcionComoTexto(bloques: readonly Bloque[]): string {
  return bloques
    .map((b) => {
      switch (b.tipo) {
        case 'parrafo':
          return b.texto;
        case 'nota-al-pie':
          return `Nota al pie ${b.marca}: ${b.texto}`;
        case 'lista':
          return b.items
            .map((item, i) =>
              [`${b.ordenada ? `${i + 1}.` : '-'} ${item.texto}`, ...(item.items ?? []).map((sub) => `   - ${sub}`)].join('\n'),
            )
            .join('\n');
      }
    })
    .join('\n\n');
}

/** Columns of `data/practicas.csv`, one row per practice. */
export const COLUMNAS_DATASET = [
  'id',
  'tipo',
  'tema',
  'tema_nombre',
  'titulo',
  'titulo_anexo',
  'regiones_ubigeo',
  'regiones_iso',
  'regiones_nombre',
  'niveles',
  'nivel_texto',
  'area',
  'objetivo',
  'herramientas',
  'descripcion',
  'criterio',
  'criterio_nombre',
  'fuente',
  'pagina',
  'pagina_seccion',
  'notas',
] as const;

/**
 * The rows of `data/practicas.csv` and `data/practicas.xlsx`, the header first;
 * multi-valued cells are joined with "; " (tools with " | "). Pages are numbers.
 */
export function filasDelDataset(dataset: Dataset): (string | number)[][] {
  const { regiones, temas, criterios } = nombresDe(dataset);
  const fila = (p: Practica) => [
    p.id,
    p.tipo,
    p.tema,
    temas.get(p.tema)?.nombre ?? '',
    p.titulo,
    p.tituloAnexo,
    p.regiones.join('; '),
    p.regiones.map((code) => regiones.get(code)?.iso ?? '').join('; '),
    p.regiones.map((code) => regiones.get(code)?.nombre ?? '').join('; '),
    p.niveles.map((n) => (n.entidad ? `${n.nivel} (${n.entidad})` : n.nivel)).join('; '),
    p.nivelTexto,
    p.area,
    p.objetivo,
    p.herramientas
      .map((h) => {
        const region = h.region ? `${regiones.get(h.region)?.nombre ?? h.region}: ` : '';
        const items = h.items?.length ? ` (${h.items.join('; ')})` : '';
        return `${region}${h.texto}${items}`;
      })
      .join(' | '),
    descripcionComoTexto(p.descripcion),
    p.criterio,
    criterios.get(p.criterio)?.nombre ?? '',
    p.fuente,
    p.pagina ?? '',
    p.paginaSeccion ?? '',
    p.notas.map((n) => `[${n.campo}, ${n.tipo}] ${n.texto}`).join(' | '),
  ];
  return [[...COLUMNAS_DATASET], ...dataset.practicas.map(fila)];
}

/** The whole dataset as CSV (the rows of `filasDelDataset`). */
export function datosACsv(dataset: Dataset): string {
  return aCsv(filasDelDataset(dataset));
}
