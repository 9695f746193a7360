/**
 * The classes of the map's sequential colour scale. Zero has its own class
 * (a calm neutral fill); counts 1…max are split into at most five classes of
 * equal width. With fewer classes than colours, each class takes the colour at
 * the middle of its share of the palette, so the classes are spread evenly
 * over it: two classes are steps 2 and 4, not the palest and the darkest,
 * and a low maximum does not leave the map in its palest colour only.
 */
export interface Clase {
  /** 0 for "no practice", 1…5 for the colour steps. */
  paso: number;
  desde: number;
  hasta: number;
}

export const PASOS = 5;

export function clasesDeEscala(maximo: number): Clase[] {
  const clases: Clase[] = [{ paso: 0, desde: 0, hasta: 0 }];
  const max = Math.max(0, Math.floor(maximo));
  const n = Math.min(PASOS, max);
  for (let i = 0; i < n; i++) {
    // The middle of the i-th of n equal shares of the steps 1…PASOS.
    const paso = 1 + Math.floor(((2 * i + 1) * PASOS) / (2 * n));
    clases.push({ paso, desde: 1 + Math.floor((i * max) / n), hasta: Math.floor(((i + 1) * max) / n) });
  }
  return clases;
}

/** The class of a count. */
export function claseDe(conteo: number, clases: readonly Clase[]): Clase {
  return clases.find((c) => conteo >= c.desde && conteo <= c.hasta) ?? clases[clases.length - 1];
}
