import type { Lang } from './lang.js';

/**
 * The reader's sentences about a dataset that breaks the schema, in both
 * languages. They belong to the validator (src/data/parse.ts) and are loaded
 * with it, only when a dataset comes by URL: a page that shows the bundled
 * data never downloads them. Keys are typed: a message missing in one
 * language is a compile error.
 */
export interface MensajesValidacion {
  /** A dataset that breaks the schema: the first problem as a sentence, and how many more there are. */
  invalido: (url: string, primero: string, resto: number) => string;
  // Schema problems, for readers: where (in words) and what, never a pattern or zod's wording.
  /** Where a problem is: a practice (1-based position and id), a catalogue entry, the source record, the whole file. */
  lugarPractica: (posicion: number, id?: string) => string;
  lugarCatalogo: Record<'fuentes' | 'temas' | 'criterios' | 'regiones', (posicion: number) => string>;
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
  fuenteDesconocida: (valor: string) => string;
  regionFueraDeCatalogo: (codigo: string) => string;
  regionAjena: (codigo: string) => string;
  reglaIncumplida: string;
  valorInvalido: string;
}

const es: MensajesValidacion = {
  invalido: (url, primero, resto) =>
    `Los datos de ${url} no tienen el formato esperado. ${primero}.` +
    (resto > 0 ? ` Hay ${resto} ${resto === 1 ? 'problema más' : 'problemas más'}.` : ''),
  lugarPractica: (n, id) => `La práctica ${n}${id ? ` (id «${id}»)` : ''}`,
  lugarCatalogo: {
    fuentes: (n) => `La fuente ${n} del catálogo de fuentes`,
    temas: (n) => `El tema ${n} del catálogo de temas`,
    criterios: (n) => `El criterio ${n} del catálogo de criterios`,
    regiones: (n) => `La región ${n} del catálogo de regiones`,
  },
  lugarArchivo: 'El archivo',
  enCampos: (campos) => `en ${campos}`,
  enPosicion: (n) => `n.º ${n}`,
  citaCampo: (nombre) => `«${nombre}»`,
  nombresCampo: {
    practicas: 'prácticas',
    temas: 'temas',
    criterios: 'criterios',
    regiones: 'regiones',
    version: 'versión del formato',
    fuentes: 'fuentes',
    fuente: 'fuente',
    paginaSeccion: 'página de la sección',
    autores: 'autores',
    cuidadoDeEdicion: 'edición (personas)',
    programa: 'programa',
    depositoLegal: 'depósito legal',
    url: 'dirección web',
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
  anioMes: (valor) => `${valor} no es un año (como "2024") ni un año y un mes (como "2018-12")`,
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
  fuenteDesconocida: (valor) => `la fuente ${valor} no existe en el catálogo de fuentes`,
  regionFueraDeCatalogo: (codigo) => `la región ${codigo} no existe en el catálogo de regiones`,
  regionAjena: (codigo) => `la región ${codigo} no está entre las regiones de la práctica`,
  reglaIncumplida: 'no cumple una regla del catálogo',
  valorInvalido: 'el valor no es válido',
};

const en: MensajesValidacion = {
  invalido: (url, primero, resto) =>
    `The data at ${url} does not have the expected format. ${primero}.` +
    (resto > 0 ? ` There ${resto === 1 ? 'is 1 more problem' : `are ${resto} more problems`}.` : ''),
  lugarPractica: (n, id) => `Practice ${n}${id ? ` (id "${id}")` : ''}`,
  lugarCatalogo: {
    fuentes: (n) => `Source ${n} of the sources catalogue`,
    temas: (n) => `Topic ${n} of the topic catalogue`,
    criterios: (n) => `Criterion ${n} of the criteria catalogue`,
    regiones: (n) => `Region ${n} of the region catalogue`,
  },
  lugarArchivo: 'The file',
  enCampos: (campos) => `in ${campos}`,
  enPosicion: (n) => `no. ${n}`,
  citaCampo: (nombre) => `"${nombre}"`,
  nombresCampo: {
    practicas: 'practices',
    temas: 'topics',
    criterios: 'criteria',
    regiones: 'regions',
    version: 'format version',
    fuentes: 'sources',
    fuente: 'source',
    paginaSeccion: 'page of the section',
    autores: 'authors',
    cuidadoDeEdicion: 'editing (persons)',
    programa: 'programme',
    depositoLegal: 'legal deposit',
    url: 'web address',
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
  anioMes: (valor) => `${valor} is not a year (like "2024") nor a year and month (like "2018-12")`,
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
  fuenteDesconocida: (valor) => `unknown source ${valor}: it is not in the sources catalogue`,
  regionFueraDeCatalogo: (codigo) => `unknown region ${codigo}: it is not in the region catalogue`,
  regionAjena: (codigo) => `region ${codigo} is not among the practice's regions`,
  reglaIncumplida: 'breaks a rule of the dataset',
  valorInvalido: 'the value is not valid',
};

export const MENSAJES_VALIDACION: Record<Lang, MensajesValidacion> = { es, en };
