// What the Node data scripts need from src/, bundled by scripts/lib/import-ts.mjs.
export { DatasetSchema } from '../../src/data/zod-schema.js';
export { validateDataset } from '../../src/data/parse.js';
export { datosACsv, filasDelDataset } from '../../src/data/csv.js';
export { aXlsx } from '../../src/data/xlsx.js';
export { toJSONSchema } from 'zod/mini';
