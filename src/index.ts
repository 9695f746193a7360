/**
 * practicas-widgets: the public API, without side effects. Import
 * `practicas-widgets/practicas.js` to register the elements.
 *
 * Deliberately small (README, "The API"): the five element classes and their
 * events' details, the dataset's types, loading and validating a dataset, the
 * filter functions, the CSV export and the groups' filter state. Everything
 * else (controllers, messages, helpers) is internal and may change in any
 * release; `test/node/dist-api.test.mjs` holds this list to exactly these names.
 */

// The elements and what their events carry.
export { AnexoTabla } from './components/anexo-tabla/anexo-tabla.component.js';
export type { Orden } from './components/anexo-tabla/modelo.js';
export { PracticaCard } from './components/practica-card/practica-card.component.js';
export { PracticasFiltros } from './components/practicas-filtros/practicas-filtros.component.js';
export { PracticasLista } from './components/practicas-lista/practicas-lista.component.js';
export { PracticasMapa } from './components/practicas-mapa/practicas-mapa.component.js';
export type { PracticasRegionDetail } from './components/practicas-mapa/practicas-mapa.component.js';
export type { PracticaSeleccionDetail } from './components/shared/seleccion.js';
export type { PracticasFiltrosCambioDetail } from './controllers/filtros-controller.js';
export type { Lang } from './i18n/lang.js';

// The dataset's types: plain TypeScript (the validator's schema stays inside the validator).
export type {
  Bloque,
  Criterio,
  Dataset,
  Fuente,
  Herramienta,
  ItemLista,
  Nivel,
  NivelId,
  Nota,
  Practica,
  Region,
  Tema,
  Tipo,
} from './data/schema.js';

// Loading and validating a dataset.
export { bundledDataset, clearDatasetCache, loadDataset, parseDataset } from './data/loader.js';
export type { LoadOptions } from './data/loader.js';
export { DatasetError } from './data/errors.js';
export type { DatasetErrorKind, DatasetIssue, ValidatorIssue } from './data/errors.js';

// Filtering, counting and exporting.
export { conteoPorRegion, facetas, filtrarPracticas } from './data/filtros.js';
export type { ConteoRegion, Dimension, Facetas, Filtros } from './data/filtros.js';
export { datosACsv } from './data/csv.js';

// The groups' shared filter state.
export { RegistroFiltros, estadoDeGrupo } from './state/filtros-store.js';
export type { EstadoFiltros } from './state/filtros-store.js';
