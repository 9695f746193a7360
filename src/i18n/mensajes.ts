import type { Lang } from './lang.js';

/**
 * Every interface string of the data layer, in both languages. Keys are
 * typed: a message missing in one language is a compile error.
 */
export interface Mensajes {
  cargaFallida: string;
  http: (status: number, statusText: string, url: string) => string;
  red: (url: string) => string;
  /** Data in a version of the format this library does not read (usually newer). */
  versionDesconocida: (url: string, version: string) => string;
  tiempo: (url: string, segundos: string) => string;
  noJson: (url: string, tipo: string) => string;
  /** A dataset that breaks the schema, when no sentence about its problems is at hand. */
  formatoInesperado: (url: string) => string;
  // Shared states.
  cargando: string;
  reintentar: string;
  // <practica-card>
  tipo: Record<'buena-practica' | 'en-proceso', string>;
  nivel: Record<'regional' | 'provincial' | 'municipal', string>;
  etiquetaRegion: (cantidad: number) => string;
  etiquetaNivel: string;
  etiquetaArea: string;
  etiquetaObjetivo: string;
  etiquetaHerramientas: string;
  etiquetaDescripcion: string;
  etiquetaCriterio: string;
  etiquetaTema: string;
  etiquetaTipo: string;
  noIndicado: string;
  sinHerramientas: string;
  verDefinicion: string;
  ocultarDefinicion: string;
  leerCompleta: (bloquesOcultos: number) => string;
  leerMenos: string;
  fuente: string;
  /** The practice's own page in its source. */
  pagina: (pagina: string) => string;
  /** The page where the practice's section starts, when the source gives no more. */
  paginaSeccion: (pagina: string) => string;
  /** Title of the «[sic]» mark after an erratum of the publication. */
  sicTitulo: string;
  notasTexto: (cantidad: number) => string;
  sinPractica: string;
  noEncontrada: (id: string) => string;
  // <practicas-lista>
  listaEtiqueta: string;
  vacio: string;
  vacioSugerencia: string;
  verTodas: (total: string) => string;
  verMenos: string;
  destacadasDesconocidas: (ids: string) => string;
  // <anexo-tabla>
  tablaCaption: string;
  seccion: Record<'buena-practica' | 'en-proceso', string>;
  columna: Record<'tema' | 'practica' | 'criterio' | 'regiones' | 'nivel' | 'tipo' | 'pagina', string>;
  conteo: (visibles: string, total: string) => string;
  /** Shown instead of the count while a search waits for the catalogue's search index. */
  buscando: string;
  /** Shown instead of the count while a large catalogue's rows are being put in a new order. */
  ordenando: string;
  ordenarPor: (columna: string) => string;
  /** Visible label before the sort buttons when the table is stacked (narrow); hidden from assistive technology. */
  ordenarEtiqueta: string;
  ordenPublicacion: string;
  mostrarMas: (cuantas: string, quedan: string) => string;
  descargarCsv: string;
  descargarExcel: string;
  /** Said while the Excel download is being prepared (its module loads on the first click). */
  excelPreparando: string;
  /** Said when the Excel writer could not be loaded (offline, say). */
  excelError: string;
  /** Said when the Excel file could not be written from the rows. */
  excelFallo: string;
  limpiarFiltros: string;
  cerrar: string;
  columnasDesconocidas: (ids: string, validas: string) => string;
  desplazable: string;
  // <practicas-filtros>
  filtrarEtiqueta: string;
  buscar: string;
  buscarEjemplo: string;
  dimension: Record<'tipo' | 'tema' | 'region' | 'nivel' | 'criterio', string>;
  todas: Record<'tipo' | 'tema' | 'region' | 'nivel' | 'criterio', string>;
  opcion: (nombre: string, n: number, formateado: string) => string;
  filtrosActivos: string;
  quitarFiltro: (etiqueta: string, valor: string) => string;
  mostrarFiltros: (activos: number) => string;
  valorDesconocido: (etiqueta: string, valor: string) => string;
}

const es: Mensajes = {
  cargaFallida: 'No se pudo cargar el catálogo de prácticas.',
  http: (status, statusText, url) =>
    `El servidor respondió con el error ${status}${statusText ? ` (${statusText})` : ''} al pedir ${url}.`,
  red: (url) => `No se pudo conectar con ${url}. Revise la conexión o la dirección.`,
  versionDesconocida: (url, version) =>
    `Los datos de ${url} usan la versión ${version} del formato, que esta versión de practicas-widgets no sabe leer (lee las versiones 1 y 2). Actualice practicas-widgets o publique los datos en la versión 2.`,
  tiempo: (url, s) => `${url} no respondió en ${s} segundos.`,
  noJson: (url, tipo) => `${url} no devolvió datos JSON válidos (recibido: ${tipo}).`,
  formatoInesperado: (url) => `Los datos de ${url} no tienen el formato esperado.`,
  cargando: 'Cargando el catálogo de prácticas…',
  reintentar: 'Reintentar',
  tipo: { 'buena-practica': 'Buena práctica', 'en-proceso': 'En proceso' },
  nivel: { regional: 'Regional', provincial: 'Provincial', municipal: 'Municipal' },
  etiquetaRegion: (n) => (n === 1 ? 'Región' : 'Regiones'),
  etiquetaNivel: 'Nivel de gobierno',
  etiquetaArea: 'Área que implementa',
  etiquetaObjetivo: 'Objetivo',
  etiquetaHerramientas: 'Herramientas principales',
  etiquetaDescripcion: 'Descripción y resultados',
  etiquetaCriterio: 'Criterio más relevante',
  etiquetaTema: 'Tema',
  etiquetaTipo: 'Estado',
  noIndicado: 'La publicación no lo indica.',
  sinHerramientas: 'La publicación no detalla herramientas para esta práctica.',
  verDefinicion: 'Ver definición',
  ocultarDefinicion: 'Ocultar definición',
  leerCompleta: (n) => `Leer la descripción completa (${n} ${n === 1 ? 'bloque más' : 'bloques más'})`,
  leerMenos: 'Mostrar menos',
  fuente: 'Fuente',
  pagina: (p) => `p. ${p}`,
  paginaSeccion: (p) => `sección desde p. ${p}`,
  sicTitulo: 'Así en el original (véanse las notas sobre el texto)',
  notasTexto: (n) => `Notas sobre el texto de la publicación (${n})`,
  sinPractica: 'No se indicó qué práctica mostrar: use el atributo practica-id.',
  noEncontrada: (id) => `No se encontró la práctica «${id}» en el catálogo.`,
  listaEtiqueta: 'Prácticas',
  vacio: 'No hay prácticas que coincidan con los filtros elegidos.',
  vacioSugerencia: 'Pruebe con menos filtros o con otras palabras.',
  verTodas: (total) => `Ver todas (${total})`,
  verMenos: 'Ver menos',
  destacadasDesconocidas: (ids) => `No se encontraron estas prácticas destacadas: ${ids}.`,
  tablaCaption: 'Anexo 1: caracterización de buenas prácticas e iniciativas en proceso de implementación',
  seccion: { 'buena-practica': 'Buenas prácticas', 'en-proceso': 'Iniciativas en proceso de implementación' },
  columna: {
    tema: 'Tema',
    practica: 'Práctica',
    criterio: 'Criterio más relevante',
    regiones: 'Región(es)',
    nivel: 'Nivel de gobierno',
    tipo: 'Estado',
    pagina: 'Página',
  },
  conteo: (v, t) => `${v} de ${t} prácticas`,
  buscando: 'Buscando…',
  ordenando: 'Ordenando…',
  ordenarPor: (c) => `Ordenar por ${c}`,
  ordenarEtiqueta: 'Ordenar por:',
  ordenPublicacion: 'Volver al orden de la publicación',
  mostrarMas: (n, q) => `Mostrar ${n} más (quedan ${q})`,
  descargarCsv: 'Descargar CSV',
  descargarExcel: 'Descargar Excel',
  excelPreparando: 'Preparando el archivo Excel…',
  excelError:
    'No se pudo preparar el archivo Excel: falló la carga de una parte de la página. Revise la conexión y vuelva a intentarlo, o descargue el CSV.',
  excelFallo: 'No se pudo escribir el archivo Excel con estas filas. Descargue el CSV, que tiene los mismos datos.',
  limpiarFiltros: 'Limpiar filtros',
  cerrar: 'Cerrar',
  columnasDesconocidas: (ids, validas) => `Columnas desconocidas en el atributo columnas: ${ids}. Columnas válidas: ${validas}.`,
  desplazable: 'Tabla del Anexo 1 (desplazable)',
  filtrarEtiqueta: 'Filtrar prácticas',
  buscar: 'Buscar',
  buscarEjemplo: 'p. ej. anemia, Apurímac, presupuesto',
  dimension: { tipo: 'Estado', tema: 'Tema', region: 'Región', nivel: 'Nivel de gobierno', criterio: 'Criterio más relevante' },
  todas: {
    tipo: 'Todos',
    tema: 'Todos los temas',
    region: 'Todas las regiones',
    nivel: 'Todos los niveles',
    criterio: 'Todos los criterios',
  },
  opcion: (nombre, n, f) => (n === 0 ? `${nombre} (0, ninguna)` : `${nombre} (${f})`),
  filtrosActivos: 'Filtros activos',
  quitarFiltro: (etiqueta, valor) => `Quitar filtro ${etiqueta}: ${valor}`,
  mostrarFiltros: (n) => (n === 0 ? 'Filtros' : `Filtros (${n} ${n === 1 ? 'activo' : 'activos'})`),
  valorDesconocido: (etiqueta, valor) => `«${valor}» no es un valor válido para el filtro ${etiqueta}.`,
};

const en: Mensajes = {
  cargaFallida: 'The catalogue of practices could not be loaded.',
  http: (status, statusText, url) =>
    `The server answered with error ${status}${statusText ? ` (${statusText})` : ''} for ${url}.`,
  red: (url) => `Could not connect to ${url}. Check the connection or the address.`,
  versionDesconocida: (url, version) =>
    `The data at ${url} use version ${version} of the format, which this version of practicas-widgets cannot read (it reads versions 1 and 2). Update practicas-widgets, or publish the data in version 2.`,
  tiempo: (url, s) => `${url} did not answer within ${s} seconds.`,
  noJson: (url, tipo) => `${url} did not return valid JSON (received: ${tipo}).`,
  formatoInesperado: (url) => `The data at ${url} does not have the expected format.`,
  cargando: 'Loading the catalogue of practices…',
  reintentar: 'Try again',
  tipo: { 'buena-practica': 'Good practice', 'en-proceso': 'In progress' },
  nivel: { regional: 'Regional', provincial: 'Provincial', municipal: 'Municipal' },
  etiquetaRegion: (n) => (n === 1 ? 'Region' : 'Regions'),
  etiquetaNivel: 'Level of government',
  etiquetaArea: 'Implementing office',
  etiquetaObjetivo: 'Objective',
  etiquetaHerramientas: 'Main tools',
  etiquetaDescripcion: 'Description and results',
  etiquetaCriterio: 'Most relevant criterion',
  etiquetaTema: 'Topic',
  etiquetaTipo: 'Status',
  noIndicado: 'The publication does not say.',
  sinHerramientas: 'The publication lists no tools for this practice.',
  verDefinicion: 'Show definition',
  ocultarDefinicion: 'Hide definition',
  leerCompleta: (n) => `Read the full description (${n} more ${n === 1 ? 'block' : 'blocks'})`,
  leerMenos: 'Show less',
  fuente: 'Source',
  pagina: (p) => `p. ${p}`,
  paginaSeccion: (p) => `section from p. ${p}`,
  sicTitulo: 'Thus in the original (see the notes on the text)',
  notasTexto: (n) => `Notes on the publication's text (${n})`,
  sinPractica: 'No practice was chosen: use the practica-id attribute.',
  noEncontrada: (id) => `Practice "${id}" was not found in the catalogue.`,
  listaEtiqueta: 'Practices',
  vacio: 'No practices match the chosen filters.',
  vacioSugerencia: 'Try fewer filters or other words.',
  verTodas: (total) => `Show all (${total})`,
  verMenos: 'Show fewer',
  destacadasDesconocidas: (ids) => `These featured practices were not found: ${ids}.`,
  tablaCaption: 'Annex 1: good practices and initiatives in progress, characterised',
  seccion: { 'buena-practica': 'Good practices', 'en-proceso': 'Initiatives in progress' },
  columna: {
    tema: 'Topic',
    practica: 'Practice',
    criterio: 'Most relevant criterion',
    regiones: 'Region(s)',
    nivel: 'Level of government',
    tipo: 'Status',
    pagina: 'Page',
  },
  conteo: (v, t) => `${v} of ${t} practices`,
  buscando: 'Searching…',
  ordenando: 'Sorting…',
  ordenarPor: (c) => `Sort by ${c}`,
  ordenarEtiqueta: 'Sort by:',
  ordenPublicacion: 'Back to the publication order',
  mostrarMas: (n, q) => `Show ${n} more (${q} left)`,
  descargarCsv: 'Download CSV',
  descargarExcel: 'Download Excel',
  excelPreparando: 'Preparing the Excel file…',
  excelError:
    'The Excel file could not be prepared: part of the page failed to load. Check the connection and try again, or download the CSV.',
  excelFallo: 'The Excel file could not be written from these rows. Download the CSV, which holds the same data.',
  limpiarFiltros: 'Clear filters',
  cerrar: 'Close',
  columnasDesconocidas: (ids, validas) => `Unknown columns in the columnas attribute: ${ids}. Valid columns: ${validas}.`,
  desplazable: 'Annex 1 table (scrollable)',
  filtrarEtiqueta: 'Filter practices',
  buscar: 'Search',
  buscarEjemplo: 'e.g. anemia, Apurímac, budget',
  dimension: {
    tipo: 'Status',
    tema: 'Topic',
    region: 'Region',
    nivel: 'Level of government',
    criterio: 'Most relevant criterion',
  },
  todas: { tipo: 'All', tema: 'All topics', region: 'All regions', nivel: 'All levels', criterio: 'All criteria' },
  opcion: (nombre, n, f) => (n === 0 ? `${nombre} (0, none)` : `${nombre} (${f})`),
  filtrosActivos: 'Active filters',
  quitarFiltro: (etiqueta, valor) => `Remove filter ${etiqueta}: ${valor}`,
  mostrarFiltros: (n) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  valorDesconocido: (etiqueta, valor) => `"${valor}" is not a valid value for the ${etiqueta} filter.`,
};

export const MENSAJES: Record<Lang, Mensajes> = { es, en };
