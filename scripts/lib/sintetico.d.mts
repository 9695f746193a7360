import type { Dataset } from '../../src/data/schema.js';
export function catalogoSintetico(base: Dataset, n: number, seed?: number): Dataset;
