/**
 * practicas-widgets: the data layer and element classes, without side
 * effects. Import `practicas-widgets/practicas.js` to register the elements.
 */
export * from './data/schema.js';
export { DatasetError, describeIssue } from './data/errors.js';
export type { DatasetErrorKind, DatasetIssue } from './data/errors.js';
export { bundledDataset, clearDatasetCache, loadDataset, DEFAULT_TIMEOUT_MS } from './data/loader.js';
export { parseDataset } from './data/parse.js';
export { aCsv, datasetACsv, descripcionComoTexto, COLUMNAS_DATASET } from './data/csv.js';
export type { LoadOptions } from './data/loader.js';
export { DIMENSIONES, facetas, filtrarPracticas, normalizar, opciones, terminos, valores } from './data/filtros.js';
export type { Dimension, Facetas, Filtros } from './data/filtros.js';
export { DatasetController } from './controllers/dataset-controller.js';
export type { DatasetHost } from './controllers/dataset-controller.js';
export { resolveLang, LOCALES } from './i18n/lang.js';
export type { Lang } from './i18n/lang.js';
export { MENSAJES } from './i18n/mensajes.js';
export type { Mensajes } from './i18n/mensajes.js';
