// Type-level test, checked by `tsc --noEmit -p tsconfig.json` (npm run typecheck): the
// published dataset types (src/data/schema.ts, written by hand so that no zod type reaches
// the declarations) and what the validator's schema accepts (src/data/zod-schema.ts) are
// the same shape, field for field, optional where the other is optional. A field added
// to, removed from or changed in one of them alone fails here.
import type * as z from 'zod/mini';
import type { Dataset } from '../../src/data/schema.js';
import type { DatasetSchema } from '../../src/data/zod-schema.js';

type Igual<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Resolves interfaces, aliases and intersections to plain object types, all the way down. */
type Plano<T> = T extends readonly (infer E)[] ? Plano<E>[] : T extends object ? { [K in keyof T]: Plano<T[K]> } : T;

export const mismaForma: Igual<Plano<Dataset>, Plano<z.infer<typeof DatasetSchema>>> = true;

// The check itself can fail: a type with one more optional field is not the same.
// @ts-expect-error: `Dataset` with an extra optional field is another shape
export const otraForma: Igual<Plano<Dataset & { extra?: string }>, Plano<z.infer<typeof DatasetSchema>>> = true;
