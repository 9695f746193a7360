/**
 * The bundled map geometry (data/peru-departamentos.json, made by
 * scripts/build-geo.mjs) and the geographic moves of the keyboard.
 */
import geometria from '../../../data/peru-departamentos.json' with { type: 'json' };

export interface Departamento {
  /** SVG path, in the viewBox `0 0 ancho alto`. */
  d: string;
  /** Label point: centroid of the largest polygon. */
  centro: [number, number];
  /** Ubigeos of the departments it borders. */
  vecinos: string[];
}

export const ANCHO: number = geometria.ancho;
export const ALTO: number = geometria.alto;
export const FUENTE_GEOMETRIA: string = geometria.fuente;
export const DEPARTAMENTOS = geometria.departamentos as unknown as Readonly<Record<string, Departamento>>;

/** Ubigeos from north to south (then west to east): the order of Home, End and the table of counts. */
export const NORTE_A_SUR: readonly string[] = Object.keys(DEPARTAMENTOS).sort((a, b) => {
  const [pa, pb] = [DEPARTAMENTOS[a].centro, DEPARTAMENTOS[b].centro];
  return pa[1] - pb[1] || pa[0] - pb[0];
});

export type Direccion = 'arriba' | 'abajo' | 'izquierda' | 'derecha';

/**
 * The department an arrow key leads to from `desde`: among those whose label
 * point lies in that direction, the nearest by distance along the direction
 * plus twice the sideways offset, neighbours preferred. `undefined` at an edge.
 */
export function vecinoEnDireccion(desde: string, direccion: Direccion): string | undefined {
  const origen = DEPARTAMENTOS[desde];
  if (!origen) return undefined;
  const [ox, oy] = origen.centro;
  let mejor: string | undefined;
  let mejorPuntaje = Infinity;
  for (const [id, dep] of Object.entries(DEPARTAMENTOS)) {
    if (id === desde) continue;
    const dx = dep.centro[0] - ox;
    const dy = dep.centro[1] - oy;
    const [avance, lateral] =
      direccion === 'derecha' ? [dx, dy] : direccion === 'izquierda' ? [-dx, dy] : direccion === 'abajo' ? [dy, dx] : [-dy, dx];
    if (avance <= 0) continue;
    const puntaje = (avance + 2 * Math.abs(lateral)) * (origen.vecinos.includes(id) ? 0.6 : 1);
    if (puntaje < mejorPuntaje) {
      mejorPuntaje = puntaje;
      mejor = id;
    }
  }
  return mejor;
}

/** Callao's ubigeo: a few pixels wide on the map, so it gets a marker in the sea. */
export const CALLAO = '07';

/**
 * Where Callao's marker sits (viewBox units): in the sea, west-south-west of
 * Callao, with room on its left for the label «Callao».
 */
export const MARCADOR_CALLAO = { cx: 150, cy: 590, r: 12 } as const;
