/**
 * The dataset's catalogues by id: topics, criteria and regions. Every element
 * and the CSV export look names up for each row or option they show; building
 * one index per dataset (not one per render, nor a linear search per cell)
 * keeps that cheap for a large catalogue and gives every caller the same
 * fallback for an unknown id.
 */
import type { Criterio, Dataset, Region, Tema } from './schema.js';

/** A dataset's topics, criteria and regions, indexed by id (regions by ubigeo). */
export interface Nombres {
  readonly temas: ReadonlyMap<string, Tema>;
  readonly criterios: ReadonlyMap<string, Criterio>;
  readonly regiones: ReadonlyMap<string, Region>;
  /** The topic's name (its short name with `corto`), or the id itself when the dataset has no such topic. */
  tema(id: string, corto?: boolean): string;
  /** The criterion's name, or the id itself when unknown. */
  criterio(id: string): string;
  /** The region's name, or the ubigeo itself when unknown. */
  region(ubigeo: string): string;
}

interface Entrada {
  // The catalogues the index was built from: a dataset is treated as immutable,
  // but one whose catalogues were replaced is indexed afresh.
  fuentes: readonly [readonly Tema[], readonly Criterio[], readonly Region[]];
  nombres: Nombres;
}

const indices = new WeakMap<Dataset, Entrada>();

/** The names of a dataset, indexed on first use and kept while the dataset lives. */
export function nombresDe(dataset: Dataset): Nombres {
  const previa = indices.get(dataset);
  const [temas, criterios, regiones] = [dataset.temas, dataset.criterios, dataset.regiones];
  if (previa && previa.fuentes[0] === temas && previa.fuentes[1] === criterios && previa.fuentes[2] === regiones) {
    return previa.nombres;
  }
  const nombres = indexar(temas, criterios, regiones);
  indices.set(dataset, { fuentes: [temas, criterios, regiones], nombres });
  return nombres;
}

function indexar(temas: readonly Tema[], criterios: readonly Criterio[], regiones: readonly Region[]): Nombres {
  const porTema = new Map(temas.map((t) => [t.id, t]));
  const porCriterio = new Map(criterios.map((c) => [c.id, c]));
  const porRegion = new Map(regiones.map((r) => [r.ubigeo, r]));
  return {
    temas: porTema,
    criterios: porCriterio,
    regiones: porRegion,
    tema: (id, corto = false) => {
      const t = porTema.get(id);
      return t ? (corto ? t.nombreCorto : t.nombre) : id;
    },
    criterio: (id) => porCriterio.get(id)?.nombre ?? id,
    region: (ubigeo) => porRegion.get(ubigeo)?.nombre ?? ubigeo,
  };
}
