/**
 * The sources sheet, beside the practices sheet (`hoja.fuentes.csv`): one
 * source a row, so that a maintainer adds a publication with its year and
 * citation. Lists (authors, editors, contributors) one a line; the date as
 * two columns, year and month, which no spreadsheet program turns into a date.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Fuente } from '../data/schema.js';
import type { MensajesCli } from './mensajes.js';

type Lista = 'autores' | 'cuidadoDeEdicion' | 'colaboradores';
type Texto = Exclude<keyof Fuente, Lista | 'fecha'>;
type Clave = Texto | Lista | 'anio' | 'mes';

export const CABECERAS_FUENTES: Record<Clave, string> = {
  id: 'Identificador',
  titulo: 'Título',
  subtitulo: 'Subtítulo',
  serie: 'Serie',
  autores: 'Autores',
  cuidadoDeEdicion: 'Cuidado de edición',
  editor: 'Editor',
  programa: 'Programa',
  colaboradores: 'Colaboradores',
  isbn: 'ISBN',
  depositoLegal: 'Depósito legal',
  anio: 'Año',
  mes: 'Mes',
  edicion: 'Edición',
  lugar: 'Lugar',
  licencia: 'Licencia',
  url: 'URL',
};
const CLAVES = Object.keys(CABECERAS_FUENTES) as Clave[];
const LISTAS: readonly string[] = ['autores', 'cuidadoDeEdicion', 'colaboradores'] satisfies Lista[];
/** Required fields: an empty cell is an empty text (the validator names it), not an absent field. */
const OBLIGATORIOS: readonly string[] = ['id', 'titulo', 'editor'];

export interface ProblemaDeFuente {
  fila: number;
  id?: string;
  clave?: Clave;
  linea?: number;
  que: (m: MensajesCli) => string;
}

function celdas(f: Fuente): Record<Clave, string> {
  const [anio = '', mes = ''] = f.fecha.split('-');
  const fila = {} as Record<Clave, string>;
  for (const clave of CLAVES) {
    if (clave === 'anio') fila.anio = anio;
    else if (clave === 'mes') fila.mes = mes === '' ? '' : String(Number(mes));
    else {
      const valor = f[clave];
      fila[clave] = Array.isArray(valor) ? valor.join('\n') : (valor ?? '');
    }
  }
  return fila;
}

/** One row read into a source, fields in the dataset's order. */
export function fuenteDeFila(fila: ReadonlyMap<Clave, string>, numero: number) {
  const id = fila.get('id')?.trim() || undefined;
  const problemas: ProblemaDeFuente[] = [];
  const lineas = new Map<string, number>();
  const fuente: Record<string, unknown> = {};
  const anio = (fila.get('anio') ?? '').trim();
  const mes = (fila.get('mes') ?? '').trim();
  let fecha: string | undefined;
  if (!/^\d{4}$/.test(anio)) problemas.push({ fila: numero, id, clave: 'anio', que: (m) => m.anio(anio) });
  else if (mes === '') fecha = anio;
  else if (/^\d{1,2}$/.test(mes) && Number(mes) >= 1 && Number(mes) <= 12) fecha = `${anio}-${mes.padStart(2, '0')}`;
  else problemas.push({ fila: numero, id, clave: 'mes', que: (m) => m.mes(mes) });
  for (const clave of CLAVES) {
    if (clave === 'anio' || clave === 'mes') {
      if (clave === 'mes' && fecha !== undefined) fuente.fecha = fecha;
      continue;
    }
    const celda = fila.get(clave) ?? '';
    if (LISTAS.includes(clave)) {
      const lineasDeCelda = celda.split('\n');
      const valores = lineasDeCelda.filter((l) => l.trim() !== '');
      if (valores.length) fuente[clave] = valores;
      let k = 0;
      if (lineasDeCelda.length > 1) lineasDeCelda.forEach((l, i) => l.trim() !== '' && lineas.set(`${clave}.${k++}`, i + 1));
    } else if (celda !== '' || OBLIGATORIOS.includes(clave)) fuente[clave] = celda;
  }
  return { fuente, origen: { fila: numero, id, lineas }, problemas };
}

/** The sources as rows (the header first), and the ones that would not read back identical. */
export function filasDeFuentes(fuentes: readonly Fuente[]) {
  const fallos: { fuente: number; id: string; clave: Clave }[] = [];
  const filas = fuentes.map((f, i) => {
    const fila = celdas(f);
    const leida = fuenteDeFila(new Map(Object.entries(fila) as [Clave, string][]), i + 2);
    if (leida.problemas.length || !isDeepStrictEqual(leida.fuente, f)) {
      const clave = CLAVES.find((c) => c !== 'anio' && c !== 'mes' && !isDeepStrictEqual(leida.fuente[c], f[c as keyof Fuente]));
      fallos.push({ fuente: i, id: f.id, clave: clave ?? 'anio' });
    }
    return CLAVES.map((c) => fila[c]);
  });
  return { filas: [CLAVES.map((c) => CABECERAS_FUENTES[c]), ...filas], fallos };
}
