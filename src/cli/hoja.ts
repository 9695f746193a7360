/**
 * The practices sheet: one practice a row, one column a field, a Spanish
 * header each. Every column knows how to write its field as text a person can
 * edit and read it back; exporting reads each written cell back and refuses a
 * value that would not come back identical, so a sheet always round-trips.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Practica } from '../data/schema.js';
import type { CAMPOS_PRACTICA } from '../data/vocabulario.js';
import { ETIQUETAS_TIPO, clave as comparable, type Vocabularios, type Leido } from './catalogos.js';
import type { MensajesCli } from './mensajes.js';
import {
  escribirDescripcion,
  escribirHerramientas,
  escribirNiveles,
  escribirNotas,
  leerDescripcion,
  leerHerramientas,
  leerLista,
  leerNiveles,
  leerNotas,
  vocabularioDeCampos,
  type Lectura,
} from './texto.js';

type Clave = (typeof CAMPOS_PRACTICA)[number] | 'notas';

/** Headers of the practices sheet, in column order (the order of the dataset's fields). */
export const CABECERAS: Record<Clave, string> = {
  id: 'Identificador',
  tipo: 'Tipo',
  tema: 'Tema',
  titulo: 'Título',
  tituloAnexo: 'Título en el Anexo 1',
  regiones: 'Regiones',
  regionTexto: 'Región (texto publicado)',
  niveles: 'Niveles de gobierno',
  nivelTexto: 'Nivel de gobierno (texto publicado)',
  area: 'Área que implementa',
  objetivo: 'Objetivo',
  herramientas: 'Herramientas',
  descripcion: 'Descripción',
  criterio: 'Criterio',
  fuente: 'Fuente',
  pagina: 'Página',
  paginaSeccion: 'Página de la sección',
  notas: 'Notas',
};
export const CLAVES = Object.keys(CABECERAS) as Clave[];

/** A cell read: the field's value (`undefined`: the field is absent), cell lines by element, problems. */
type Celda = Lectura<unknown>;

const simple = (valor: unknown): Celda => ({ valor, lineas: new Map(), problemas: [] });
const deVocabulario = (leido: Leido<string>): Celda =>
  'valor' in leido ? simple(leido.valor) : { valor: undefined, lineas: new Map(), problemas: [{ que: leido.problema }] };

function pagina(celda: string): Celda {
  const texto = celda.trim();
  if (texto === '') return simple(undefined);
  if (/^\d+$/.test(texto) && Number(texto) >= 1) return simple(Number(texto));
  return { valor: undefined, lineas: new Map(), problemas: [{ que: (m) => m.pagina(celda) }] };
}

function regiones(celda: string, voc: Vocabularios): Celda {
  const valor: string[] = [];
  const lectura: Celda = { valor, lineas: new Map(), problemas: [] };
  for (const { texto, linea } of leerLista(celda, /[;,]/).valores) {
    const region = voc.region.leer(texto.trim());
    if ('problema' in region) lectura.problemas.push({ linea, que: region.problema });
    else {
      valor.push(region.valor);
      lectura.lineas.set(String(valor.length - 1), linea);
    }
  }
  return lectura;
}

interface Columna {
  escribir: (p: Practica, voc: Vocabularios) => string;
  leer: (celda: string, voc: Vocabularios) => Celda;
}

const texto = (clave: 'id' | 'titulo' | 'tituloAnexo' | 'regionTexto' | 'nivelTexto' | 'area' | 'objetivo'): Columna => ({
  escribir: (p) => p[clave],
  leer: (celda) => simple(celda),
});

const campos = vocabularioDeCampos(CABECERAS);

const COLUMNAS: Record<Clave, Columna> = {
  id: texto('id'),
  tipo: { escribir: (p) => ETIQUETAS_TIPO[p.tipo], leer: (c, voc) => deVocabulario(voc.tipo.leer(c)) },
  tema: { escribir: (p, voc) => voc.nombreTema(p.tema), leer: (c, voc) => deVocabulario(voc.tema.leer(c)) },
  titulo: texto('titulo'),
  tituloAnexo: texto('tituloAnexo'),
  regiones: { escribir: (p, voc) => p.regiones.map(voc.nombreRegion).join('; '), leer: regiones },
  regionTexto: texto('regionTexto'),
  niveles: { escribir: (p) => escribirNiveles(p.niveles), leer: leerNiveles },
  nivelTexto: texto('nivelTexto'),
  area: texto('area'),
  objetivo: texto('objetivo'),
  herramientas: { escribir: (p, voc) => escribirHerramientas(p.herramientas, voc), leer: leerHerramientas },
  descripcion: { escribir: (p) => escribirDescripcion(p.descripcion), leer: (c) => leerDescripcion(c) },
  criterio: { escribir: (p, voc) => voc.nombreCriterio(p.criterio), leer: (c, voc) => deVocabulario(voc.criterio.leer(c)) },
  fuente: { escribir: (p) => p.fuente, leer: (c, voc) => deVocabulario(voc.fuente.leer(c)) },
  pagina: { escribir: (p) => (p.pagina === undefined ? '' : String(p.pagina)), leer: pagina },
  paginaSeccion: { escribir: (p) => (p.paginaSeccion === undefined ? '' : String(p.paginaSeccion)), leer: pagina },
  notas: { escribir: (p) => escribirNotas(p.notas, CABECERAS), leer: (c, voc) => leerNotas(c, voc, campos) },
};

/** A value the sheet cannot hold unchanged: which practice and column. */
export interface NoRepresentable {
  practica: number;
  id: string;
  clave: Clave;
}

/** The practices as rows (the header first), and the values that would not read back identical. */
export function filasDePracticas(practicas: readonly Practica[], voc: Vocabularios) {
  const fallos: NoRepresentable[] = [];
  const filas = practicas.map((p, i) =>
    CLAVES.map((clave) => {
      const celda = COLUMNAS[clave].escribir(p, voc);
      const leida = COLUMNAS[clave].leer(celda, voc);
      if (leida.problemas.length || !isDeepStrictEqual(leida.valor, p[clave])) fallos.push({ practica: i, id: p.id, clave });
      return celda;
    }),
  );
  return { filas: [CLAVES.map((c) => CABECERAS[c]), ...filas], fallos };
}

/** Where a value of a practice came from in the sheet. */
export interface Origen {
  fila: number;
  id?: string;
  /** Cell line of each element, by `clave` or `clave.path` below it. */
  lineas: Map<string, number>;
}

export interface ProblemaDeFila {
  fila: number;
  id?: string;
  clave?: Clave;
  linea?: number;
  que: (m: MensajesCli) => string;
}

/** One row read into a practice (fields in the dataset's order; absent optional fields left out). */
export function practicaDeFila(
  celdas: ReadonlyMap<Clave, string>,
  fila: number,
  voc: Vocabularios,
): { practica: Record<string, unknown>; origen: Origen; problemas: ProblemaDeFila[] } {
  const id = celdas.get('id')?.trim() || undefined;
  const origen: Origen = { fila, id, lineas: new Map() };
  const practica: Record<string, unknown> = {};
  const problemas: ProblemaDeFila[] = [];
  for (const clave of CLAVES) {
    const celda = celdas.get(clave) ?? '';
    const leida = COLUMNAS[clave].leer(celda, voc);
    if (leida.valor !== undefined) practica[clave] = leida.valor;
    // A line is worth naming only in a cell of several.
    const varias = celda.includes('\n');
    if (varias) for (const [ruta, linea] of leida.lineas) origen.lineas.set(`${clave}.${ruta}`, linea);
    for (const { linea, que } of leida.problemas) problemas.push({ fila, id, clave, linea: varias ? linea : undefined, que });
  }
  return { practica, origen, problemas };
}

/** A header cell's column, forgiving about case, accents and spacing. */
export function claveDeCabecera(cabecera: string, cabeceras: Record<string, string>): string | undefined {
  return Object.keys(cabeceras).find((k) => comparable(cabeceras[k]!) === comparable(cabecera));
}
