import type { Lang } from './lang.js';

/**
 * Every interface string of the data layer, in both languages. Keys are
 * typed: a message missing in one language is a compile error.
 */
export interface Mensajes {
  cargaFallida: string;
  http: (status: number, statusText: string, url: string) => string;
  red: (url: string) => string;
  tiempo: (url: string, segundos: string) => string;
  noJson: (url: string, tipo: string) => string;
  /** A dataset that breaks the schema: the first problem as a sentence, and how many more there are. */
  invalido: (url: string, primero: string, resto: number) => string;
  // Schema problems, for readers: where (in words) and what, never a pattern or zod's wording.
  /** Where a problem is: a practice (1-based position and id), a catalogue entry, the source record, the whole file. */
  lugarPractica: (posicion: number, id?: string) => string;
  lugarCatalogo: Record<'temas' | 'criterios' | 'regiones', (posicion: number) => string>;
  lugarFuente: string;
  lugarArchivo: string;
  /** The path inside a record: "en «regiones» n.º 1". */
  enCampos: (campos: string) => string;
  enPosicion: (posicion: number) => string;
  /** A field name quoted as the language quotes it. */
  citaCampo: (nombre: string) => string;
  /** Field names in words; a field missing here is named by its key. */
  nombresCampo: Record<string, string>;
  /** Kinds of value, for "should be a number, but is …". */
  clases: Record<'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'null' | 'otro', string>;
  elTexto: (valor: string) => string;
  unoDe: (valores: readonly string[]) => string;
  falta: string;
  claseEsperada: (esperada: string, recibida: string) => string;
  noPermitido: (valor: string, posibles: string) => string;
  regionInexistente: (codigo: string) => string;
  identificador: (valor: string) => string;
  espacios: string;
  codigoIso: (valor: string) => string;
  anioMes: (valor: string) => string;
  forma: (valor: string) => string;
  listaVacia: string;
  textoVacio: string;
  pocos: (minimo: number) => string;
  cortoTexto: (minimo: number) => string;
  menorQue: (minimo: string, valor: string, inclusivo: boolean) => string;
  muchos: (maximo: number) => string;
  largoTexto: (maximo: number) => string;
  mayorQue: (maximo: string, valor: string, inclusivo: boolean) => string;
  camposImprevistos: (claves: readonly string[]) => string;
  repetido: (valor: string, primero: string) => string;
  temaDesconocido: (valor: string) => string;
  criterioDesconocido: (valor: string) => string;
  regionFueraDeCatalogo: (codigo: string) => string;
  regionAjena: (codigo: string) => string;
  reglaIncumplida: string;
  valorInvalido: string;
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
  pagina: (pagina: string) => string;
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
  // <practicas-mapa>
  mapaRegiones: string;
  mapaInstrucciones: string;
  practicas: (n: number, formateado: string) => string;
  regionBoton: (nombre: string, total: string, buenas: string, enProceso: string) => string;
  leyendaTitulo: string;
  leyendaCero: string;
  regiones: (n: number, formateado: string) => string;
  tablaTitulo: string;
  columnaRegion: string;
  columnaTotal: string;
  columnaBuenas: string;
  columnaEnProceso: string;
  // <anexo-tabla>
  tablaCaption: string;
  seccion: Record<'buena-practica' | 'en-proceso', string>;
  columna: Record<'tema' | 'practica' | 'criterio' | 'regiones' | 'nivel' | 'tipo' | 'pagina', string>;
  conteo: (visibles: string, total: string) => string;
  ordenarPor: (columna: string) => string;
  /** Visible label before the sort buttons when the table is stacked (narrow); hidden from assistive technology. */
  ordenarEtiqueta: string;
  ordenPublicacion: string;
  mostrarMas: (cuantas: string, quedan: string) => string;
  descargarCsv: string;
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
  tiempo: (url, s) => `${url} no respondió en ${s} segundos.`,
  noJson: (url, tipo) => `${url} no devolvió datos JSON válidos (recibido: ${tipo}).`,
  invalido: (url, primero, resto) =>
    `Los datos de ${url} no tienen el formato esperado. ${primero}.` +
    (resto > 0 ? ` Hay ${resto} ${resto === 1 ? 'problema más' : 'problemas más'}.` : ''),
  lugarPractica: (n, id) => `La práctica ${n}${id ? ` (id «${id}»)` : ''}`,
  lugarCatalogo: {
    temas: (n) => `El tema ${n} del catálogo de temas`,
    criterios: (n) => `El criterio ${n} del catálogo de criterios`,
    regiones: (n) => `La región ${n} del catálogo de regiones`,
  },
  lugarFuente: 'La ficha de la publicación (fuente)',
  lugarArchivo: 'El archivo',
  enCampos: (campos) => `en ${campos}`,
  enPosicion: (n) => `n.º ${n}`,
  citaCampo: (nombre) => `«${nombre}»`,
  nombresCampo: {
    practicas: 'prácticas',
    temas: 'temas',
    criterios: 'criterios',
    regiones: 'regiones',
    fuente: 'fuente',
    id: 'identificador',
    tipo: 'tipo',
    tema: 'tema',
    titulo: 'título',
    tituloAnexo: 'título en el Anexo 1',
    regionTexto: 'texto de la región',
    niveles: 'niveles de gobierno',
    nivel: 'nivel de gobierno',
    nivelTexto: 'texto del nivel de gobierno',
    area: 'área que implementa',
    objetivo: 'objetivo',
    herramientas: 'herramientas',
    descripcion: 'descripción',
    criterio: 'criterio',
    pagina: 'página',
    notas: 'notas',
    texto: 'texto',
    entidad: 'entidad',
    region: 'región',
    items: 'elementos',
    ordenada: 'lista numerada',
    marca: 'marca de la nota',
    campo: 'campo',
    original: 'texto original',
    nombre: 'nombre',
    nombreCorto: 'nombre corto',
    aristas: 'aristas',
    definicion: 'definición',
    ubigeo: 'código de región',
    iso: 'código ISO',
    subtitulo: 'subtítulo',
    serie: 'serie',
    editor: 'editor',
    colaboradores: 'colaboradores',
    isbn: 'ISBN',
    fecha: 'fecha',
    edicion: 'edición',
    lugar: 'lugar',
    licencia: 'licencia',
  },
  clases: {
    string: 'un texto',
    number: 'un número',
    int: 'un número entero',
    boolean: 'verdadero o falso (true o false)',
    array: 'una lista',
    object: 'un objeto con campos',
    null: 'un valor vacío (null)',
    otro: 'otra cosa',
  },
  elTexto: (valor) => `el texto ${valor}`,
  unoDe: (valores) => new Intl.ListFormat('es', { type: 'disjunction' }).format(valores),
  falta: 'falta este dato',
  claseEsperada: (esperada, recibida) => `debería ser ${esperada}, pero es ${recibida}`,
  noPermitido: (valor, posibles) => `${valor} no es un valor posible; debe ser ${posibles}`,
  regionInexistente: (codigo) => `la región ${codigo} no existe; los códigos van de "01" a "25"`,
  identificador: (valor) =>
    `${valor} no sirve como identificador: use solo minúsculas sin tildes, cifras y guiones (como "arequipa-anemia-cero")`,
  espacios: 'el texto empieza o termina con espacios',
  codigoIso: (valor) => `${valor} no es un código ISO de región (como "PE-CUS")`,
  anioMes: (valor) => `${valor} no es un año y un mes (como "2018-12")`,
  forma: (valor) => `${valor} no tiene la forma esperada`,
  listaVacia: 'la lista está vacía; necesita al menos un elemento',
  textoVacio: 'el texto está vacío',
  pocos: (n) => `la lista necesita al menos ${n} elementos`,
  cortoTexto: (n) => `el texto necesita al menos ${n} caracteres`,
  menorQue: (minimo, valor, inclusivo) => `debe ser ${inclusivo ? `${minimo} o más` : `mayor que ${minimo}`}, pero es ${valor}`,
  muchos: (n) => `la lista tiene demasiados elementos; como máximo ${n}`,
  largoTexto: (n) => `el texto es demasiado largo; como máximo ${n} caracteres`,
  mayorQue: (maximo, valor, inclusivo) => `debe ser ${inclusivo ? `${maximo} o menos` : `menor que ${maximo}`}, pero es ${valor}`,
  camposImprevistos: (claves) =>
    claves.length === 1
      ? `el campo «${claves[0]}» no está previsto (¿una errata?)`
      : `los campos ${new Intl.ListFormat('es').format(claves.map((c) => `«${c}»`))} no están previstos (¿una errata?)`,
  repetido: (valor, primero) => `${valor} está repetido; ya aparece en ${primero}`,
  temaDesconocido: (valor) => `el tema ${valor} no existe en el catálogo de temas`,
  criterioDesconocido: (valor) => `el criterio ${valor} no existe en el catálogo de criterios`,
  regionFueraDeCatalogo: (codigo) => `la región ${codigo} no existe en el catálogo de regiones`,
  regionAjena: (codigo) => `la región ${codigo} no está entre las regiones de la práctica`,
  reglaIncumplida: 'no cumple una regla del catálogo',
  valorInvalido: 'el valor no es válido',
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
  notasTexto: (n) => `Notas sobre el texto de la publicación (${n})`,
  sinPractica: 'No se indicó qué práctica mostrar: use el atributo practica-id.',
  noEncontrada: (id) => `No se encontró la práctica «${id}» en el catálogo.`,
  listaEtiqueta: 'Prácticas',
  vacio: 'No hay prácticas que coincidan con los filtros elegidos.',
  vacioSugerencia: 'Pruebe con menos filtros o con otras palabras.',
  verTodas: (total) => `Ver todas (${total})`,
  verMenos: 'Ver menos',
  destacadasDesconocidas: (ids) => `No se encontraron estas prácticas destacadas: ${ids}.`,
  mapaRegiones: 'Regiones del Perú',
  mapaInstrucciones:
    'Use las flechas para recorrer las regiones, Enter o Espacio para filtrar por una región (otra vez para quitar el filtro) y Escape para quitarlo.',
  practicas: (n, f) => (n === 1 ? `${f} práctica` : `${f} prácticas`),
  regionBoton: (nombre, total, buenas, enProceso) => `${nombre}: ${total} (buenas prácticas: ${buenas}; en proceso: ${enProceso})`,
  leyendaTitulo: 'Prácticas por región',
  leyendaCero: 'ninguna',
  regiones: (n, f) => (n === 1 ? `${f} región` : `${f} regiones`),
  tablaTitulo: 'Prácticas por región, con los filtros actuales',
  columnaRegion: 'Región',
  columnaTotal: 'Total',
  columnaBuenas: 'Buenas prácticas',
  columnaEnProceso: 'En proceso',
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
  ordenarPor: (c) => `Ordenar por ${c}`,
  ordenarEtiqueta: 'Ordenar por:',
  ordenPublicacion: 'Volver al orden de la publicación',
  mostrarMas: (n, q) => `Mostrar ${n} más (quedan ${q})`,
  descargarCsv: 'Descargar CSV',
  limpiarFiltros: 'Limpiar filtros',
  cerrar: 'Cerrar',
  columnasDesconocidas: (ids, validas) => `Columnas desconocidas en el atributo columnas: ${ids}. Columnas válidas: ${validas}.`,
  desplazable: 'Tabla del Anexo 1 (desplazable)',
  filtrarEtiqueta: 'Filtrar prácticas',
  buscar: 'Buscar',
  buscarEjemplo: 'p. ej. anemia, Apurímac, presupuesto',
  dimension: { tipo: 'Estado', tema: 'Tema', region: 'Región', nivel: 'Nivel de gobierno', criterio: 'Criterio más relevante' },
  todas: { tipo: 'Todos', tema: 'Todos los temas', region: 'Todas las regiones', nivel: 'Todos los niveles', criterio: 'Todos los criterios' },
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
  tiempo: (url, s) => `${url} did not answer within ${s} seconds.`,
  noJson: (url, tipo) => `${url} did not return valid JSON (received: ${tipo}).`,
  invalido: (url, primero, resto) =>
    `The data at ${url} does not have the expected format. ${primero}.` +
    (resto > 0 ? ` There ${resto === 1 ? 'is 1 more problem' : `are ${resto} more problems`}.` : ''),
  lugarPractica: (n, id) => `Practice ${n}${id ? ` (id "${id}")` : ''}`,
  lugarCatalogo: {
    temas: (n) => `Topic ${n} of the topic catalogue`,
    criterios: (n) => `Criterion ${n} of the criteria catalogue`,
    regiones: (n) => `Region ${n} of the region catalogue`,
  },
  lugarFuente: 'The publication record (fuente)',
  lugarArchivo: 'The file',
  enCampos: (campos) => `in ${campos}`,
  enPosicion: (n) => `no. ${n}`,
  citaCampo: (nombre) => `"${nombre}"`,
  nombresCampo: {
    practicas: 'practices',
    temas: 'topics',
    criterios: 'criteria',
    regiones: 'regions',
    fuente: 'source',
    id: 'identifier',
    tipo: 'type',
    tema: 'topic',
    titulo: 'title',
    tituloAnexo: 'Annex 1 title',
    regionTexto: 'region text',
    niveles: 'levels of government',
    nivel: 'level of government',
    nivelTexto: 'level of government text',
    area: 'implementing office',
    objetivo: 'objective',
    herramientas: 'tools',
    descripcion: 'description',
    criterio: 'criterion',
    pagina: 'page',
    notas: 'notes',
    texto: 'text',
    entidad: 'entity',
    region: 'region',
    items: 'items',
    ordenada: 'numbered list',
    marca: 'footnote mark',
    campo: 'field',
    original: 'original text',
    nombre: 'name',
    nombreCorto: 'short name',
    aristas: 'facets',
    definicion: 'definition',
    ubigeo: 'region code',
    iso: 'ISO code',
    subtitulo: 'subtitle',
    serie: 'series',
    editor: 'publisher',
    colaboradores: 'contributors',
    isbn: 'ISBN',
    fecha: 'date',
    edicion: 'edition',
    lugar: 'place',
    licencia: 'licence',
  },
  clases: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object with fields',
    null: 'an empty value (null)',
    otro: 'something else',
  },
  elTexto: (valor) => `the text ${valor}`,
  unoDe: (valores) => new Intl.ListFormat('en', { type: 'disjunction' }).format(valores),
  falta: 'this field is missing',
  claseEsperada: (esperada, recibida) => `should be ${esperada}, but is ${recibida}`,
  noPermitido: (valor, posibles) => `${valor} is not an allowed value; it must be ${posibles}`,
  regionInexistente: (codigo) => `unknown region ${codigo}; codes go from "01" to "25"`,
  identificador: (valor) =>
    `${valor} is not a valid identifier: use only lowercase letters without accents, digits and hyphens (like "arequipa-anemia-cero")`,
  espacios: 'the text starts or ends with spaces',
  codigoIso: (valor) => `${valor} is not an ISO region code (like "PE-CUS")`,
  anioMes: (valor) => `${valor} is not a year and month (like "2018-12")`,
  forma: (valor) => `${valor} does not have the expected form`,
  listaVacia: 'the list is empty; it needs at least one item',
  textoVacio: 'the text is empty',
  pocos: (n) => `the list needs at least ${n} items`,
  cortoTexto: (n) => `the text needs at least ${n} characters`,
  menorQue: (minimo, valor, inclusivo) => `should be ${inclusivo ? `${minimo} or more` : `more than ${minimo}`}, but is ${valor}`,
  muchos: (n) => `the list has too many items; at most ${n}`,
  largoTexto: (n) => `the text is too long; at most ${n} characters`,
  mayorQue: (maximo, valor, inclusivo) => `should be ${inclusivo ? `${maximo} or less` : `less than ${maximo}`}, but is ${valor}`,
  camposImprevistos: (claves) =>
    claves.length === 1
      ? `unexpected field "${claves[0]}" (a typo?)`
      : `unexpected fields ${new Intl.ListFormat('en').format(claves.map((c) => `"${c}"`))} (a typo?)`,
  repetido: (valor, primero) => `${valor} is repeated; it already appears in ${primero}`,
  temaDesconocido: (valor) => `unknown topic ${valor}: it is not in the topic catalogue`,
  criterioDesconocido: (valor) => `unknown criterion ${valor}: it is not in the criteria catalogue`,
  regionFueraDeCatalogo: (codigo) => `unknown region ${codigo}: it is not in the region catalogue`,
  regionAjena: (codigo) => `region ${codigo} is not among the practice's regions`,
  reglaIncumplida: 'breaks a rule of the dataset',
  valorInvalido: 'the value is not valid',
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
  notasTexto: (n) => `Notes on the publication's text (${n})`,
  sinPractica: 'No practice was chosen: use the practica-id attribute.',
  noEncontrada: (id) => `Practice "${id}" was not found in the catalogue.`,
  listaEtiqueta: 'Practices',
  vacio: 'No practices match the chosen filters.',
  vacioSugerencia: 'Try fewer filters or other words.',
  verTodas: (total) => `Show all (${total})`,
  verMenos: 'Show fewer',
  destacadasDesconocidas: (ids) => `These featured practices were not found: ${ids}.`,
  mapaRegiones: 'Regions of Peru',
  mapaInstrucciones:
    'Use the arrow keys to move between regions, Enter or Space to filter by a region (again to remove the filter) and Escape to remove it.',
  practicas: (n, f) => (n === 1 ? `${f} practice` : `${f} practices`),
  regionBoton: (nombre, total, buenas, enProceso) => `${nombre}: ${total} (good practices: ${buenas}; in progress: ${enProceso})`,
  leyendaTitulo: 'Practices per region',
  leyendaCero: 'none',
  regiones: (n, f) => (n === 1 ? `${f} region` : `${f} regions`),
  tablaTitulo: 'Practices per region, with the current filters',
  columnaRegion: 'Region',
  columnaTotal: 'Total',
  columnaBuenas: 'Good practices',
  columnaEnProceso: 'In progress',
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
  ordenarPor: (c) => `Sort by ${c}`,
  ordenarEtiqueta: 'Sort by:',
  ordenPublicacion: 'Back to the publication order',
  mostrarMas: (n, q) => `Show ${n} more (${q} left)`,
  descargarCsv: 'Download CSV',
  limpiarFiltros: 'Clear filters',
  cerrar: 'Close',
  columnasDesconocidas: (ids, validas) => `Unknown columns in the columnas attribute: ${ids}. Valid columns: ${validas}.`,
  desplazable: 'Annex 1 table (scrollable)',
  filtrarEtiqueta: 'Filter practices',
  buscar: 'Search',
  buscarEjemplo: 'e.g. anemia, Apurímac, budget',
  dimension: { tipo: 'Status', tema: 'Topic', region: 'Region', nivel: 'Level of government', criterio: 'Most relevant criterion' },
  todas: { tipo: 'All', tema: 'All topics', region: 'All regions', nivel: 'All levels', criterio: 'All criteria' },
  opcion: (nombre, n, f) => (n === 0 ? `${nombre} (0, none)` : `${nombre} (${f})`),
  filtrosActivos: 'Active filters',
  quitarFiltro: (etiqueta, valor) => `Remove filter ${etiqueta}: ${valor}`,
  mostrarFiltros: (n) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  valorDesconocido: (etiqueta, valor) => `"${valor}" is not a valid value for the ${etiqueta} filter.`,
};

export const MENSAJES: Record<Lang, Mensajes> = { es, en };
