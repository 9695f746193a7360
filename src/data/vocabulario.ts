/**
 * The closed vocabularies of the dataset, without the validator: what
 * elements and pages may import at no cost (src/data/schema.ts builds the
 * schema from them, with zod).
 */
export const TIPOS = ['buena-practica', 'en-proceso'] as const;

export const NIVELES = ['regional', 'provincial', 'municipal'] as const;

/** Kinds of defect of the source text, or doubt, that a nota records. */
export const TIPOS_NOTA = [
  'encabezados-fusionados',
  'parrafo-partido',
  'parrafo-cortado',
  'oracion-duplicada',
  'numero-ambiguo',
  'rotulo-irregular',
  'marca-espuria',
  'duda',
  /** A slip of the publication kept word for word (`original`); a card can mark it «[sic]». */
  'errata',
  /** The section heading and Anexo 1 word the title differently. */
  'titulo-distinto',
] as const;

/** The versions of the dataset format this library reads; the last one is the current one. */
export const VERSIONES_DATASET = [1, 2] as const;

/** The current version of the dataset format, written by `npm run data` and the command line. */
export const VERSION_DATASET = 2;

/** Fields of a practice a nota can be about. */
export const CAMPOS_PRACTICA = [
  'id',
  'tipo',
  'tema',
  'titulo',
  'tituloAnexo',
  'regiones',
  'regionTexto',
  'niveles',
  'nivelTexto',
  'area',
  'objetivo',
  'herramientas',
  'descripcion',
  'criterio',
  'fuente',
  'pagina',
  'paginaSeccion',
] as const;
