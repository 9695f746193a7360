/**
 * The map's counts by region. With no filter but status (and region, which the map
 * ignores), the commonest state and the one of every first paint, the practices are
 * counted in one pass that allocates nothing per practice: each region's index in the
 * catalogue, and the counts by status in a typed array, kept per list of practices so
 * that a recolour by status reads them again. At 10,000 practices the general count
 * (conteoPorRegion: a closure and an iterator step per practice, counts keyed by
 * strings) took 5-10 ms of the first painted map in the benchmark, after its garbage
 * collection; any other filter goes to it, and gives the same numbers (a test holds them).
 */
import { conteoPorRegion, type ConteoRegion, type Filtros } from '../../data/filtros.js';
import type { Dataset, Practica } from '../../data/schema.js';

interface PorEstado {
  ubigeos: readonly string[];
  /** Per region of `ubigeos`, in turn: good practices, practices in progress. */
  n: Int32Array;
}

/** `null`: a practice names a region outside the catalogue, which only the general count keeps. */
const porLista = new WeakMap<readonly Practica[], PorEstado | null>();

function contarPorEstado(datos: Dataset): PorEstado | null {
  const ubigeos = datos.regiones.map((r) => r.ubigeo);
  const indice = new Map(ubigeos.map((u, i) => [u, i]));
  const n = new Int32Array(ubigeos.length * 2);
  const practicas = datos.practicas;
  for (let k = 0; k < practicas.length; k++) {
    const p = practicas[k];
    const enProceso = p.tipo === 'en-proceso' ? 1 : 0;
    const regiones = p.regiones;
    for (let i = 0; i < regiones.length; i++) {
      const r = regiones[i];
      // A region listed twice in one practice counts once.
      let repetida = false;
      for (let j = 0; j < i && !repetida; j++) repetida = regiones[j] === r;
      if (repetida) continue;
      const x = indice.get(r);
      if (x === undefined) return null;
      n[2 * x + enProceso]++;
    }
  }
  return { ubigeos, n };
}

/** The same as `conteoPorRegion(datos, filtros)`. */
export function conteoMapa(datos: Dataset, filtros: Readonly<Filtros>): Record<string, ConteoRegion> {
  const soloEstado = !filtros.q?.trim() && !filtros.tema && !filtros.nivel && !filtros.criterio;
  if (!soloEstado) return conteoPorRegion(datos, filtros);
  let cuenta = porLista.get(datos.practicas);
  if (cuenta === undefined) porLista.set(datos.practicas, (cuenta = contarPorEstado(datos)));
  if (!cuenta) return conteoPorRegion(datos, filtros);
  const { ubigeos, n } = cuenta;
  const { tipo } = filtros;
  const conteo: Record<string, ConteoRegion> = {};
  for (let x = 0; x < ubigeos.length; x++) {
    const buenas = tipo === 'en-proceso' ? 0 : n[2 * x];
    const enProceso = tipo === 'buena-practica' ? 0 : n[2 * x + 1];
    conteo[ubigeos[x]] = { total: buenas + enProceso, 'buena-practica': buenas, 'en-proceso': enProceso };
  }
  return conteo;
}
