/// <reference types="node" />
/**
 * `practicas-widgets`: the command line for the people who keep the catalogue
 * (package.json `bin`). It validates a dataset or a sheet with the validator
 * the widgets use, and turns the dataset into a spreadsheet and back.
 * Exit status: 0 success, 1 problems with the data, 2 a mistyped command.
 * Bad input never ends in a stack trace: every failure is a sentence.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatasetError } from '../data/errors.js';
import { validateDataset } from '../data/parse.js';
import type { Dataset } from '../data/schema.js';
import type { Lang } from '../i18n/lang.js';
import { vocabularios } from './catalogos.js';
import { decodificar, escribirCsv, type Separador } from './csv.js';
import { filasDeFuentes } from './fuentes.js';
import { CABECERAS, filasDePracticas } from './hoja.js';
import { leerHojas, validarHojas } from './hojas.js';
import { MENSAJES_CLI, type MensajesCli } from './mensajes.js';
import { deValidador, problema, resumen, unoPorValor, type Problema } from './problemas.js';
import { valoresComoTexto } from './valores.js';

const VERSION = '0.1.0';
const DATOS_DEL_PAQUETE = fileURLToPath(new URL('../../data/practicas.json', import.meta.url));

/** A mistyped command: exit status 2. */
class Uso extends Error {
  readonly que: (m: MensajesCli) => string;
  constructor(que: (m: MensajesCli) => string) {
    super('usage');
    this.que = que;
  }
}

/** Problems with the data: exit status 1, nothing written. */
class ConProblemas extends Error {
  readonly problemas: Problema[];
  constructor(problemas: Problema[]) {
    super('data');
    this.problemas = problemas;
  }
}

export interface Salidas {
  out: (linea: string) => void;
  err: (linea: string) => void;
}

const consola: Salidas = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

/** Runs one command line; returns the exit status. */
export function main(args: readonly string[], io: Salidas = consola): number {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const valor = i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const lang: Lang = valor?.toLowerCase().startsWith('en') ? 'en' : 'es';
  const m = MENSAJES_CLI[lang];
  let comando = '';
  let salida: string | undefined;
  try {
    const { values, positionals } = leerArgumentos(args);
    if (values.help) return (io.out(m.ayuda(VERSION)), 0);
    if (values.version) return (io.out(VERSION), 0);
    comando =
      { validate: 'validar', export: 'exportar', import: 'importar', values: 'valores' }[positionals[0] ?? ''] ??
      positionals[0] ??
      '';
    if (!comando) throw new Uso((m) => m.faltaComando);
    if (!['validar', 'exportar', 'importar', 'valores'].includes(comando)) throw new Uso((m) => m.comandoDesconocido(comando));
    const [archivo, sobra] = positionals.slice(1);
    if (sobra !== undefined) throw new Uso((m) => m.demasiados(sobra));
    const base = values.base ?? DATOS_DEL_PAQUETE;
    if (comando === 'valores') return (io.out(valoresComoTexto(cargarDatos(base))), 0);
    if (!archivo) throw new Uso((m) => m.faltaArchivo(comando));
    salida = values.salida ?? values.output;
    if (comando !== 'validar' && !salida) throw new Uso((m) => m.faltaSalida(comando));
    const fuentes = values.fuentes ?? rutaDeFuentes(comando === 'exportar' ? salida! : archivo);
    if (comando === 'exportar') {
      const sep = ({ ',': ',', ';': ';', tab: '\t', '\t': '\t' } as Record<string, Separador>)[values.separador ?? ','];
      if (!sep) throw new Uso((m) => m.separador(values.separador!));
      const datos = cargarDatos(archivo);
      const escritas = exportar(datos, sep);
      escribir(salida!, escritas.practicas);
      escribir(fuentes, escritas.fuentes);
      io.out(`${m.exportado(salida!, fuentes, datos.practicas.length, datos.fuentes.length)}.`);
      return 0;
    }
    const datos = esJson(archivo)
      ? cargarDatos(archivo)
      : leerHoja(archivo, values.fuentes ? fuentes : rutaSiExiste(fuentes), base);
    if (comando === 'importar') {
      escribir(salida!, `${JSON.stringify(datos, null, 2)}\n`);
      io.out(m.importado(salida!, cuenta(datos, m)));
    } else io.out(cuenta(datos, m));
    return 0;
  } catch (error) {
    const dice = comando === 'validar' ? io.out : io.err;
    if (error instanceof ConProblemas) {
      for (const p of error.problemas) dice(p.texto(lang));
      dice(resumen(error.problemas, lang));
      if (salida && comando !== 'validar') io.err(m.noEscrito(salida));
      return 1;
    }
    if (error instanceof Uso) {
      io.err(error.que(m));
      io.err(m.usoAyuda);
      return 2;
    }
    io.err(m.inesperado(error instanceof Error ? error.message : String(error)));
    if (process.env.PRACTICAS_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return 1;
  }
}

function leerArgumentos(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        salida: { type: 'string', short: 'o' },
        output: { type: 'string' },
        base: { type: 'string' },
        fuentes: { type: 'string' },
        separador: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const opcion = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new Uso((m) => m.opcionSinValor(opcion.split(' ')[0]!));
    throw new Uso((m) => m.opcionDesconocida(opcion));
  }
}

const esJson = (ruta: string) => /\.json$/i.test(ruta);
const rutaDeFuentes = (hoja: string) => hoja.replace(/(\.(csv|txt|tsv))?$/i, '.fuentes.csv');

function rutaSiExiste(ruta: string): string | undefined {
  try {
    realpathSync(ruta);
    return ruta;
  } catch {
    return undefined;
  }
}

function leer(ruta: string): Uint8Array {
  try {
    return readFileSync(ruta);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Uso((m) => (code === 'ENOENT' ? m.noExiste(ruta) : m.noSeLee(ruta)));
  }
}

function escribir(ruta: string, texto: string) {
  try {
    writeFileSync(ruta, texto);
  } catch {
    throw new Uso((m) => m.noSeEscribe(ruta));
  }
}

function texto(ruta: string): string {
  const leido = decodificar(leer(ruta));
  if ('error' in leido)
    throw new ConProblemas([
      problema(
        (m) => m.archivo(ruta),
        (m) => m.noUtf8,
      ),
    ]);
  return leido.texto;
}

/** A JSON dataset, validated (a version 1 file is read as version 2). */
function cargarDatos(ruta: string): Dataset {
  const contenido = texto(ruta);
  let json: unknown;
  try {
    json = JSON.parse(contenido);
  } catch (error) {
    const posicion = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const antes = posicion === undefined ? undefined : contenido.slice(0, Number(posicion)).split('\n');
    const [linea, columna] = antes ? [antes.length, antes.at(-1)!.length + 1] : [];
    throw new ConProblemas([
      problema(
        (m) => m.archivo(ruta),
        (m) => m.noJson(linea, columna),
      ),
    ]);
  }
  try {
    return validateDataset(json, ruta);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    if (error.kind !== 'invalid' || !error.issues.length) {
      throw new ConProblemas([{ texto: (lang) => error.describe(lang).detail }]);
    }
    throw new ConProblemas(unoPorValor(error.issues).map(deValidador));
  }
}

function leerHoja(ruta: string, rutaFuentes: string | undefined, base: string): Dataset {
  const datosBase = cargarDatos(base);
  const hoja = { texto: texto(ruta), archivo: ruta };
  const hojaFuentes = rutaFuentes === undefined ? undefined : { texto: texto(rutaFuentes), archivo: rutaFuentes };
  const { datos, problemas } = validarHojas(leerHojas(hoja, hojaFuentes, datosBase), base);
  if (!datos) throw new ConProblemas(problemas);
  return datos;
}

function exportar(datos: Dataset, sep: Separador) {
  const voc = vocabularios(datos);
  const practicas = filasDePracticas(datos.practicas, voc);
  const fuentes = filasDeFuentes(datos.fuentes);
  const fallos = [
    ...practicas.fallos.map((f) =>
      problema(
        (m) => `${m.practica(f.practica + 1, f.id)}, ${m.columna(CABECERAS[f.clave])}`,
        (m) => m.noRepresentable,
        f.practica,
      ),
    ),
    ...fuentes.fallos.map((f) =>
      problema(
        (m) => m.fuente(f.fuente + 1, f.id),
        (m) => m.noRepresentable,
      ),
    ),
  ];
  if (fallos.length) throw new ConProblemas(fallos);
  return { practicas: escribirCsv(practicas.filas, sep), fuentes: escribirCsv(fuentes.filas, sep) };
}

function cuenta(datos: Dataset, m: MensajesCli): string {
  const buenas = datos.practicas.filter((p) => p.tipo === 'buena-practica').length;
  return `${m.validos(datos.practicas.length, buenas, datos.practicas.length - buenas)}.`;
}

// Runs only as the program (directly, or through npm's link in node_modules/.bin), never on import.
function esElPrograma(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (esElPrograma()) {
  // Output piped into a program that stops reading (`| head`) ends the run quietly.
  for (const flujo of [process.stdout, process.stderr]) {
    flujo.on('error', (error: { code?: string }) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = main(process.argv.slice(2));
}
