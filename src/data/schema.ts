/**
 * The shape of the practicas dataset, as the package publishes it: plain
 * TypeScript types, so that no validator type reaches the declarations a user
 * compiles against (a new major of the validator must not be our breaking
 * change). The validator's schema (`zod-schema.ts`) checks the same shape at
 * run time; `test/types/dataset.ts` fails to compile if the two drift apart.
 */
import type { CAMPOS_PRACTICA, NIVELES, TIPOS, TIPOS_NOTA } from './vocabulario.js';

/** The section of the publication: `buena-practica` or `en-proceso`. */
export type Tipo = (typeof TIPOS)[number];

/** A normalised level of government, for filtering. */
export type NivelId = (typeof NIVELES)[number];

/** One level of government of a practice. */
export interface Nivel {
  /** Normalised level, for filtering. */
  nivel: NivelId;
  /** The level as the publication prints it (e.g. "Provincial/Trujillo"). */
  texto: string;
  /** The entity or place, where the section names it. */
  entidad?: string;
}

/** A legal or management tool, verbatim. */
export interface Herramienta {
  texto: string;
  /** INEI ubigeo; set when the publication splits the tools by region. */
  region?: string;
  items?: string[];
}

/** An item of a list in a description, with its sub-items. */
export interface ItemLista {
  texto: string;
  items?: string[];
}

/** A block of a practice's description. */
export type Bloque =
  | { tipo: 'parrafo'; texto: string }
  | { tipo: 'lista'; ordenada: boolean; items: ItemLista[] }
  | { tipo: 'nota-al-pie'; marca: string; texto: string };

/** A defect of the source text, or a doubt, recorded where it occurs. */
export interface Nota {
  campo: (typeof CAMPOS_PRACTICA)[number];
  tipo: (typeof TIPOS_NOTA)[number];
  texto: string;
  /** The publication's own words affected by a repair, verbatim. */
  original?: string;
}

/** One practice of the publication. */
export interface Practica {
  /** Readable, stable slug (`arequipa-anemia-cero`). */
  id: string;
  tipo: Tipo;
  /** Id of one of the dataset's `temas`. */
  tema: string;
  /** The section heading as printed. */
  titulo: string;
  /** The wording of Anexo 1, which is often shorter. */
  tituloAnexo: string;
  /** INEI ubigeo of every department the section names, "01"…"25". */
  regiones: string[];
  /** What the publication prints after "Región:". */
  regionTexto: string;
  niveles: Nivel[];
  /** What the publication prints after "Nivel de gobierno:". */
  nivelTexto: string;
  area: string;
  objetivo: string;
  herramientas: Herramienta[];
  descripcion: Bloque[];
  /** Id of the most relevant of the dataset's `criterios`. */
  criterio: string;
  /** Id of the dataset's `fuentes` entry the practice comes from. */
  fuente: string;
  /** The practice's own page in its source, where the source gives it. */
  pagina?: number;
  /**
   * The page where the practice's section starts, from the source's table of
   * contents. The 2018 publication gives only this: most practices are not first in their section.
   */
  paginaSeccion?: number;
  notas: Nota[];
}

/** A topic of the publication. */
export interface Tema {
  id: string;
  /** The topic's heading in the publication. */
  nombre: string;
  /** Its first words, for badges and narrow controls. */
  nombreCorto: string;
}

/** A criterion of Anexo 1. */
export interface Criterio {
  id: string;
  nombre: string;
  /** The facets ("aristas") of "Criterios para caracterización" this criterion stands for. */
  aristas: { nombre: string; definicion: string }[];
}

/** A department. */
export interface Region {
  /** INEI ubigeo, "01" (Amazonas) … "25" (Ucayali). */
  ubigeo: string;
  nombre: string;
  /** ISO 3166-2 code, e.g. `PE-CUS`. */
  iso: string;
}

/** A publication practices come from: the 2018 one (`fgd-2018`), or a later one a maintainer adds. */
export interface Fuente {
  /** Slug the practices cite in their `fuente`. */
  id: string;
  titulo: string;
  subtitulo?: string;
  serie?: string;
  /** Persons who wrote it («Análisis y desarrollo de contenidos» in the 2018 publication). */
  autores?: string[];
  /** Persons who edited the text («Edición»). */
  cuidadoDeEdicion?: string[];
  /** The publishing institution («Editado por»). */
  editor: string;
  /** The programme it was written in. */
  programa?: string;
  colaboradores?: string[];
  isbn?: string;
  /** Legal deposit number at the Biblioteca Nacional del Perú. */
  depositoLegal?: string;
  /** ISO year (`2024`) or year-month (`2018-12`) of publication. */
  fecha: string;
  edicion?: string;
  lugar?: string;
  licencia?: string;
  /** Where to read it. */
  url?: string;
}

/** The whole dataset: the catalogues and the practices. */
export interface Dataset {
  /** Version of the dataset format (see the README, «Versions of the data format»). */
  version: 2;
  fuentes: Fuente[];
  temas: Tema[];
  criterios: Criterio[];
  regiones: Region[];
  practicas: Practica[];
}
