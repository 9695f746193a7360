/**
 * The validator's schema of the practicas dataset: the shape of `schema.ts`
 * plus every rule on values (patterns, minimum lengths, cross-record rules).
 * The JSON Schema in `data/practicas.schema.json` is generated from it (`npm run data`).
 * Part of the validator, loaded on demand; nothing public names it, so its
 * zod types stay out of the published declarations (`@internal`).
 *
 * `zod/mini` keeps runtime validation small enough to ship to browsers.
 */
import * as z from 'zod/mini';
import { CAMPOS_PRACTICA, NIVELES, TIPOS, TIPOS_NOTA, VERSION_DATASET } from './vocabulario.js';

/**
 * Non-empty text without leading or trailing white space. Rejected, never
 * trimmed: validation must not alter data.
 */
const text = () => z.string().check(z.minLength(1), z.regex(/^(?!\s)[\s\S]*(?<!\s)$/));
/** Verbatim text that may legitimately be empty when the publication omits it (a `nota` then says so). */
const maybeEmptyText = () => z.string();

/** INEI ubigeo of a department, "01" (Amazonas) … "25" (Ucayali). */
const UbigeoSchema = z.string().check(z.regex(/^(0[1-9]|1\d|2[0-5])$/));

const TipoSchema = z.enum(TIPOS);

const NivelIdSchema = z.enum(NIVELES);

/** Slug: lowercase ASCII words joined by hyphens. */
const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const NivelSchema = z.strictObject({
  /** Normalised level, for filtering. */
  nivel: NivelIdSchema,
  /** The level as the publication prints it (e.g. "Provincial/Trujillo"). */
  texto: text(),
  /** The entity or place, where the section names it. */
  entidad: z.optional(text()),
});

const HerramientaSchema = z.strictObject({
  texto: text(),
  /** Set when the publication splits the tools by region. */
  region: z.optional(UbigeoSchema),
  items: z.optional(z.array(text())),
});

const ItemListaSchema = z.strictObject({
  texto: text(),
  items: z.optional(z.array(text())),
});

const BloqueSchema = z.discriminatedUnion('tipo', [
  z.strictObject({ tipo: z.literal('parrafo'), texto: text() }),
  z.strictObject({
    tipo: z.literal('lista'),
    ordenada: z.boolean(),
    items: z.array(ItemListaSchema).check(z.minLength(1)),
  }),
  z.strictObject({ tipo: z.literal('nota-al-pie'), marca: text(), texto: text() }),
]);

/** A defect of the source text, or a doubt, recorded where it occurs. */
const NotaSchema = z.strictObject({
  campo: z.enum(CAMPOS_PRACTICA),
  tipo: z.enum(TIPOS_NOTA),
  texto: text(),
  /** The publication's own words affected by a repair, verbatim. */
  original: z.optional(text()),
});

const PracticaSchema = z.strictObject({
  id: SlugSchema,
  tipo: TipoSchema,
  tema: SlugSchema,
  /** The section heading as printed. */
  titulo: text(),
  /** The wording of Anexo 1, which is often shorter. */
  tituloAnexo: text(),
  regiones: z.array(UbigeoSchema).check(z.minLength(1)),
  /** What the publication prints after "Región:". */
  regionTexto: text(),
  niveles: z.array(NivelSchema).check(z.minLength(1)),
  /** What the publication prints after "Nivel de gobierno:". */
  nivelTexto: text(),
  area: maybeEmptyText(),
  objetivo: maybeEmptyText(),
  herramientas: z.array(HerramientaSchema),
  descripcion: z.array(BloqueSchema).check(z.minLength(1)),
  criterio: SlugSchema,
  fuente: SlugSchema,
  /** The practice's own page in its source. */
  pagina: z.optional(z.int().check(z.gte(1))),
  /** The page where the practice's section starts (table of contents). */
  paginaSeccion: z.optional(z.int().check(z.gte(1))),
  notas: z.array(NotaSchema),
});

const TemaSchema = z.strictObject({
  id: SlugSchema,
  /** The topic's heading in the publication. */
  nombre: text(),
  /** Its first words, for badges and narrow controls. */
  nombreCorto: text(),
});

const CriterioSchema = z.strictObject({
  id: SlugSchema,
  nombre: text(),
  /** The facets ("aristas") of "Criterios para caracterización" this criterion stands for. */
  aristas: z.array(z.strictObject({ nombre: text(), definicion: text() })).check(z.minLength(1)),
});

const RegionSchema = z.strictObject({
  ubigeo: UbigeoSchema,
  nombre: text(),
  iso: z.string().check(z.regex(/^PE-[A-Z]{3}$/)),
});

const FuenteSchema = z.strictObject({
  id: SlugSchema,
  titulo: text(),
  subtitulo: z.optional(text()),
  serie: z.optional(text()),
  autores: z.optional(z.array(text())),
  cuidadoDeEdicion: z.optional(z.array(text())),
  editor: text(),
  programa: z.optional(text()),
  colaboradores: z.optional(z.array(text())),
  isbn: z.optional(text()),
  depositoLegal: z.optional(text()),
  /** ISO year or year-month of publication. */
  fecha: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)),
  edicion: z.optional(text()),
  lugar: z.optional(text()),
  licencia: z.optional(text()),
  url: z.optional(z.httpUrl()),
});

/** Every cross-record rule of the dataset, reported with the path of the offending value. */
function crossRecordRules(data: DatasetShape, ctx: z.core.$RefinementCtx<DatasetShape>) {
  const report = (path: (string | number)[], message: string, input: unknown) =>
    ctx.issues.push({ code: 'custom', message, path, input });

  const unique = <T>(items: T[], key: (item: T) => string, listName: string, field: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const value = key(item);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, i);
      else report([listName, i, field], `duplicate ${field} "${value}" (first at ${listName}[${first}])`, value);
    });
    return seen;
  };

  const temas = unique(data.temas, (t) => t.id, 'temas', 'id');
  const criterios = unique(data.criterios, (c) => c.id, 'criterios', 'id');
  const regiones = unique(data.regiones, (r) => r.ubigeo, 'regiones', 'ubigeo');
  const fuentes = unique(data.fuentes, (f) => f.id, 'fuentes', 'id');
  unique(data.practicas, (p) => p.id, 'practicas', 'id');

  data.practicas.forEach((p, i) => {
    if (!temas.has(p.tema)) report(['practicas', i, 'tema'], `unknown tema "${p.tema}"`, p.tema);
    if (!criterios.has(p.criterio)) {
      report(['practicas', i, 'criterio'], `unknown criterio "${p.criterio}"`, p.criterio);
    }
    if (!fuentes.has(p.fuente)) report(['practicas', i, 'fuente'], `unknown fuente "${p.fuente}"`, p.fuente);
    p.regiones.forEach((code, j) => {
      if (!regiones.has(code)) report(['practicas', i, 'regiones', j], `unknown region "${code}"`, code);
    });
    p.herramientas.forEach((h, j) => {
      if (h.region !== undefined && !p.regiones.includes(h.region)) {
        report(
          ['practicas', i, 'herramientas', j, 'region'],
          `region "${h.region}" is not among the practice's regiones`,
          h.region,
        );
      }
    });
  });
}

const DatasetShapeSchema = z.strictObject({
  version: z.literal(VERSION_DATASET),
  fuentes: z.array(FuenteSchema).check(z.minLength(1)),
  temas: z.array(TemaSchema).check(z.minLength(1)),
  criterios: z.array(CriterioSchema).check(z.minLength(1)),
  regiones: z.array(RegionSchema).check(z.minLength(1)),
  practicas: z.array(PracticaSchema),
});
type DatasetShape = z.infer<typeof DatasetShapeSchema>;

/**
 * The dataset, every rule included.
 * @internal
 */
export const DatasetSchema = DatasetShapeSchema.check(z.superRefine(crossRecordRules));
