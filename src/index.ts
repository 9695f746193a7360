/**
 * practicas-widgets: the data layer and element classes, without side
 * effects. Import `practicas-widgets/practicas.js` to register the elements.
 */
// The dataset's types; the zod schemas stay inside the validator (loaded on demand).
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
export { CAMPOS_PRACTICA, NIVELES, TIPOS, TIPOS_NOTA } from './data/vocabulario.js';
export { DatasetError } from './data/errors.js';
export type { DatasetErrorKind, DatasetIssue } from './data/errors.js';
export { bundledDataset, clearDatasetCache, loadDataset, parseDataset, DEFAULT_TIMEOUT_MS } from './data/loader.js';
export { aCsv, datosACsv, descripcionComoTexto, COLUMNAS_DATASET } from './data/csv.js';
export type { LoadOptions } from './data/loader.js';
export {
  DIMENSIONES,
  conteoPorRegion,
  facetas,
  filtrarPracticas,
  normalizar,
  opciones,
  terminos,
  valores,
} from './data/filtros.js';
export type { ConteoRegion, Dimension, Facetas, Filtros } from './data/filtros.js';
export { DatasetController } from './controllers/dataset-controller.js';
export type { DatasetHost } from './controllers/dataset-controller.js';
export { resolveLang, LOCALES } from './i18n/lang.js';
export type { Lang } from './i18n/lang.js';
export { MENSAJES } from './i18n/mensajes.js';
export type { Mensajes } from './i18n/mensajes.js';
export { PracticaCard } from './components/practica-card/practica-card.component.js';
export type { PracticaSeleccionDetail } from './components/shared/seleccion.js';
export { PracticasLista } from './components/practicas-lista/practicas-lista.component.js';
export { FiltrosController } from './controllers/filtros-controller.js';
export type { FiltrosHost } from './controllers/filtros-controller.js';
export {
  EstadoFiltros,
  RegistroFiltros,
  registroDePagina,
  estadoDeGrupo,
  limpiarFiltros,
  CLAVES_FILTRO,
} from './state/filtros-store.js';
export type { ClaveFiltro } from './state/filtros-store.js';
export { PracticasMapa } from './components/practicas-mapa/practicas-mapa.component.js';
export type { PracticasRegionDetail } from './components/practicas-mapa/practicas-mapa.component.js';
export { AnexoTabla } from './components/anexo-tabla/anexo-tabla.component.js';
export { PracticasFiltros } from './components/practicas-filtros/practicas-filtros.component.js';
export type { PracticasFiltrosCambioDetail } from './controllers/filtros-controller.js';
export { IdiomaController } from './controllers/idioma-controller.js';
