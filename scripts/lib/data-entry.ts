// What the Node data scripts need from src/, bundled by scripts/lib/import-ts.mjs.
export { DatasetSchema } from '../../src/data/zod-schema.js';
export { validateDataset } from '../../src/data/parse.js';
export { datosACsv } from '../../src/data/csv.js';
export { toJSONSchema } from 'zod/mini';
