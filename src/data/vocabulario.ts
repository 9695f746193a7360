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
] as const;

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
  'pagina',
] as const;
