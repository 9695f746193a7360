/**
 * What the command line says, in Spanish (the default) and English. The
 * sentences about a value that breaks the schema come from the validator's own
 * (src/i18n/mensajes-validacion.ts); these add where a problem is in a sheet
 * (row, column, line), the problems of the sheet's notation, and the summaries.
 * Keys are typed: a message missing in one language is a compile error.
 */
import type { Lang } from '../i18n/lang.js';
import { en } from './mensajes-en.js';

const lista = (lang: Lang, valores: readonly string[], q: (v: string) => string) =>
  new Intl.ListFormat(lang, { type: 'disjunction' }).format(valores.map(q));

export interface MensajesCli {
  ayuda: (version: string) => string;
  que: Record<'tipo' | 'nivel' | 'tipoNota' | 'tema' | 'criterio' | 'region' | 'fuente' | 'campoNota', string>;
  desconocido: (que: string, valor: string, parecido: string | undefined, posibles: readonly string[]) => string;
  falta: string;
  subelementoSuelto: string;
  sangriaSuelta: string;
  nivelPartes: string;
  notaIncompleta: string;
  pagina: (valor: string) => string;
  anio: (valor: string) => string;
  mes: (valor: string) => string;
  repetidoEnFila: (valor: string, fila: number) => string;
  url: (valor: string) => string;
  noRepresentable: string;
  // Places.
  fila: (fila: number, id?: string) => string;
  filaFuente: (fila: number, id?: string) => string;
  columna: (cabecera: string) => string;
  linea: (linea: number) => string;
  practica: (posicion: number, id: string) => string;
  fuente: (posicion: number, id: string) => string;
  archivo: (ruta: string) => string;
  // Whole files.
  noUtf8: string;
  comillaSinCerrar: (fila: number) => string;
  faltanColumnas: (cabeceras: readonly string[]) => string;
  columnaDesconocida: (cabecera: string) => string;
  columnaRepetida: (cabecera: string) => string;
  celdasDeMas: string;
  hojaDeFuentes: string;
  noJson: (linea?: number, columna?: number) => string;
  // Summaries.
  validos: (total: number, buenas: number, enProceso: number) => string;
  problemas: (total: number, practicas: number, otros: number) => string;
  exportado: (hoja: string, fuentes: string, practicas: number, nFuentes: number) => string;
  importado: (archivo: string, resumen: string) => string;
  noEscrito: (archivo: string) => string;
  // Usage.
  usoAyuda: string;
  faltaComando: string;
  comandoDesconocido: (comando: string) => string;
  faltaArchivo: (comando: string) => string;
  faltaSalida: (comando: string) => string;
  opcionDesconocida: (opcion: string) => string;
  opcionSinValor: (opcion: string) => string;
  demasiados: (valor: string) => string;
  separador: (valor: string) => string;
  noExiste: (ruta: string) => string;
  noSeLee: (ruta: string) => string;
  noSeEscribe: (ruta: string) => string;
  inesperado: (detalle: string) => string;
}

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

const es: MensajesCli = {
  ayuda: (version) => `practicas-widgets ${version}: mantener el catálogo de prácticas en una hoja de cálculo.

Uso:
  practicas-widgets validar <datos.json | hoja.csv> [--base <datos.json>] [--fuentes <hoja.fuentes.csv>]
  practicas-widgets exportar <datos.json> -o <hoja.csv> [--separador ";"]
  practicas-widgets importar <hoja.csv> -o <datos.json> [--base <datos.json>] [--fuentes <hoja.fuentes.csv>]
  practicas-widgets valores [--base <datos.json>]

Comandos:
  validar    Revisa un archivo de datos (JSON) o una hoja (CSV) con las mismas reglas que los widgets.
  exportar   Escribe la hoja de prácticas (una práctica por fila) y, a su lado, la hoja de fuentes
             (<hoja>.fuentes.csv).
  importar   Lee la hoja (y la hoja de fuentes, si está a su lado), la valida y escribe el JSON.
  valores    Muestra los valores que admiten las columnas: tipos, temas, criterios, regiones, niveles.

Opciones:
  -o, --salida <archivo>      El archivo que se escribe (exportar, importar).
  --base <datos.json>         De dónde se toman los temas, criterios y regiones (y las fuentes, si no hay
                              hoja de fuentes). Por omisión, los datos que trae el paquete.
  --fuentes <archivo.csv>     La hoja de fuentes, si no se llama <hoja>.fuentes.csv o no está junto a la hoja.
  --separador <, | ; | tab>   El separador de columnas al exportar (por omisión «,»). Al leer se reconoce solo.
  --lang en                   Mensajes en inglés.
  -h, --help                  Esta ayuda.
  -v, --version               La versión.

Termina con 0 si todo está bien, 1 si los datos tienen problemas y 2 si el comando está mal escrito.
Guía para quienes mantienen el catálogo: docs/mantenimiento.md`,
  que: {
    tipo: 'el tipo',
    nivel: 'el nivel de gobierno',
    tipoNota: 'el tipo de nota',
    tema: 'el tema',
    criterio: 'el criterio',
    region: 'la región',
    fuente: 'la fuente',
    campoNota: 'la columna',
  },
  desconocido: (que, valor, parecido, posibles) =>
    `${que} «${valor}» no existe; ` +
    (parecido ? `¿quiso decir «${parecido}»?` : `debe ser ${lista('es', posibles, (v) => `«${v}»`)}`),
  falta: 'falta este dato',
  subelementoSuelto: 'hay un subelemento («   - texto») sin un elemento antes al que pertenezca',
  sangriaSuelta:
    'la línea empieza con espacios pero no es un subelemento; quite los espacios, o escriba «   - texto» para un subelemento',
  nivelPartes: 'escriba cada nivel como «Nivel | texto publicado | entidad» (tres partes como mucho)',
  notaIncompleta: 'escriba cada nota como «Columna | Tipo de nota | texto» (y, si hace falta, «| original: palabras»)',
  pagina: (valor) => `«${valor}» no es un número de página: escriba un número entero desde 1, o deje la celda vacía`,
  anio: (valor) => (valor ? `«${valor}» no es un año: escriba cuatro cifras, como 2018` : 'falta el año de publicación'),
  mes: (valor) => `«${valor}» no es un mes: escriba un número del 1 al 12, o deje la celda vacía`,
  repetidoEnFila: (valor, fila) => `«${valor}» está repetido; ya aparece en la fila ${fila}`,
  url: (valor) => `«${valor}» no es una dirección web: escriba la dirección completa, empezando por https://`,
  noRepresentable:
    'este valor no cabe en la hoja sin cambiar al leerla de vuelta (por ejemplo, un párrafo que empieza como un elemento de lista, o un salto de línea donde la columna lleva un dato por línea); corríjalo en el JSON',
  fila: (fila, id) => `Fila ${fila}${id ? ` (práctica «${id}»)` : ''}`,
  filaFuente: (fila, id) => `Hoja de fuentes, fila ${fila}${id ? ` (fuente «${id}»)` : ''}`,
  columna: (cabecera) => `columna «${cabecera}»`,
  linea: (linea) => `línea ${linea}`,
  practica: (posicion, id) => `La práctica ${posicion} (id «${id}»)`,
  fuente: (posicion, id) => `La fuente ${posicion} (id «${id}»)`,
  archivo: (ruta) => `${ruta}`,
  noUtf8:
    'el archivo no está en UTF-8, y sus tildes y eñes se leerían mal. Guárdelo de nuevo como «CSV UTF-8 (delimitado por comas)» (Excel) o con el juego de caracteres «Unicode (UTF-8)» (LibreOffice), y vuelva a intentarlo',
  comillaSinCerrar: (fila) => `una celda que empieza con comillas en la fila ${fila} no las cierra nunca`,
  faltanColumnas: (cabeceras) =>
    `faltan ${cabeceras.length === 1 ? 'la columna' : 'las columnas'} ${new Intl.ListFormat('es').format(cabeceras.map((c) => `«${c}»`))} en la primera fila`,
  columnaDesconocida: (cabecera) =>
    `la columna «${cabecera}» no es de esta hoja y tiene datos, que se perderían; bórrela o muévalos a la columna que corresponde`,
  columnaRepetida: (cabecera) => `la columna «${cabecera}» aparece dos veces`,
  celdasDeMas: 'la fila tiene datos a la derecha de la última columna, que se perderían',
  hojaDeFuentes: 'esta es la hoja de fuentes; indique la hoja de prácticas (la hoja de fuentes se lee a su lado)',
  noJson: (linea, columna) => `no es un JSON válido${linea ? ` (línea ${linea}, columna ${columna})` : ''}`,
  validos: (total, buenas, enProceso) =>
    `Datos válidos: ${plural(total, 'práctica', 'prácticas')} (${plural(buenas, 'buena práctica', 'buenas prácticas')}, ${enProceso} en proceso)`,
  problemas: (total, practicas, otros) => {
    const t = plural(total, 'problema', 'problemas');
    if (!practicas) return t;
    const en = plural(practicas, 'práctica', 'prácticas');
    return otros ? `${t}: ${total - otros} en ${en} y ${otros} fuera de ellas` : `${t} en ${en}`;
  },
  exportado: (hoja, fuentes, n, nf) =>
    `Escritas ${hoja} (${plural(n, 'práctica', 'prácticas')}) y ${fuentes} (${plural(nf, 'fuente', 'fuentes')})`,
  importado: (archivo, resumen) => `Escrito ${archivo}. ${resumen}`,
  noEscrito: (archivo) => `No se escribió ${archivo}.`,
  usoAyuda: 'Escriba «practicas-widgets --help» para ver cómo se usa.',
  faltaComando: 'Falta el comando: validar, exportar, importar o valores.',
  comandoDesconocido: (c) => `«${c}» no es un comando; los comandos son validar, exportar, importar y valores.`,
  faltaArchivo: (c) => `Falta el archivo que ${c === 'validar' ? 'se valida' : 'se lee'}.`,
  faltaSalida: (c) => `Falta el archivo que ${c} escribe: indíquelo con -o <archivo>.`,
  opcionDesconocida: (o) => `La opción «${o}» no existe.`,
  opcionSinValor: (o) => `La opción «${o}» necesita un valor.`,
  demasiados: (v) => `Sobra «${v}»: el comando lee un solo archivo.`,
  separador: (v) => `«${v}» no es un separador; use «,», «;» o «tab».`,
  noExiste: (ruta) => `No existe el archivo ${ruta}.`,
  noSeLee: (ruta) => `No se puede leer ${ruta}.`,
  noSeEscribe: (ruta) => `No se puede escribir ${ruta}.`,
  inesperado: (d) => `Error inesperado (${d}). Avise a quien mantiene practicas-widgets.`,
};

export const MENSAJES_CLI: Record<Lang, MensajesCli> = { es, en };
