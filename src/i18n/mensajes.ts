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
  invalido: (url: string, primero: string, resto: number) => string;
  // Schema problems, one per zod issue code.
  tipoEsperado: (esperado: string, recibido: string) => string;
  valorEsperado: (valores: string) => string;
  formato: (formato: string) => string;
  muyCorto: (minimo: number) => string;
  muyPequeno: (minimo: number) => string;
  claveDesconocida: (claves: string) => string;
  varianteDesconocida: (campo: string, valores: string) => string;
  regla: (detalle: string) => string;
  valorInvalido: string;
  registro: (indice: number, id?: string) => string;
}

const es: Mensajes = {
  cargaFallida: 'No se pudo cargar el catálogo de prácticas.',
  http: (status, statusText, url) =>
    `El servidor respondió con el error ${status}${statusText ? ` (${statusText})` : ''} al pedir ${url}.`,
  red: (url) => `No se pudo conectar con ${url}. Revise la conexión o la dirección.`,
  tiempo: (url, s) => `${url} no respondió en ${s} segundos.`,
  noJson: (url, tipo) => `${url} no devolvió datos JSON válidos (recibido: ${tipo}).`,
  invalido: (url, primero, resto) =>
    `Los datos de ${url} no tienen el formato esperado: ${primero}` +
    (resto > 0 ? ` (y ${resto} ${resto === 1 ? 'problema más' : 'problemas más'}).` : '.'),
  tipoEsperado: (esperado, recibido) => `se esperaba ${esperado} y se recibió ${recibido}`,
  valorEsperado: (valores) => `el valor debe ser uno de: ${valores}`,
  formato: (formato) => `el valor no tiene el formato requerido (${formato})`,
  muyCorto: (minimo) => (minimo === 1 ? 'no puede estar vacío' : `debe tener al menos ${minimo} elementos`),
  muyPequeno: (minimo) => `debe ser como mínimo ${minimo}`,
  claveDesconocida: (claves) => `campo no previsto: ${claves}`,
  varianteDesconocida: (campo, valores) => `«${campo}» debe ser uno de: ${valores}`,
  regla: (detalle) => detalle,
  valorInvalido: 'valor no válido',
  registro: (i, id) => `registro ${i + 1}${id ? ` («${id}»)` : ''}`,
};

const en: Mensajes = {
  cargaFallida: 'The catalogue of practices could not be loaded.',
  http: (status, statusText, url) =>
    `The server answered with error ${status}${statusText ? ` (${statusText})` : ''} for ${url}.`,
  red: (url) => `Could not connect to ${url}. Check the connection or the address.`,
  tiempo: (url, s) => `${url} did not answer within ${s} seconds.`,
  noJson: (url, tipo) => `${url} did not return valid JSON (received: ${tipo}).`,
  invalido: (url, primero, resto) =>
    `The data at ${url} does not have the expected format: ${primero}` +
    (resto > 0 ? ` (and ${resto} more ${resto === 1 ? 'problem' : 'problems'}).` : '.'),
  tipoEsperado: (esperado, recibido) => `expected ${esperado}, received ${recibido}`,
  valorEsperado: (valores) => `the value must be one of: ${valores}`,
  formato: (formato) => `the value does not have the required format (${formato})`,
  muyCorto: (minimo) => (minimo === 1 ? 'must not be empty' : `must have at least ${minimo} items`),
  muyPequeno: (minimo) => `must be at least ${minimo}`,
  claveDesconocida: (claves) => `unexpected field: ${claves}`,
  varianteDesconocida: (campo, valores) => `"${campo}" must be one of: ${valores}`,
  regla: (detalle) => detalle,
  valorInvalido: 'invalid value',
  registro: (i, id) => `record ${i + 1}${id ? ` ("${id}")` : ''}`,
};

export const MENSAJES: Record<Lang, Mensajes> = { es, en };
