/**
 * The plain-text forms of a practice's structured fields, as a person reads
 * and types them in one spreadsheet cell:
 *  - descripción: paragraphs separated by a blank line; list items as «- texto»
 *    or «1. texto» lines, sub-items indented («   - texto»); a footnote as
 *    «Nota al pie 12: texto»;
 *  - herramientas: one tool a line, «[Apurímac] texto» when the source splits
 *    them by region, its sub-items indented below it («   - texto»);
 *  - niveles: one level a line, «Nivel | texto publicado | entidad», the last two
 *    optional («Regional» alone when the publication prints just that);
 *  - notas: one a line, «Columna | Tipo de nota | texto | original: palabras»,
 *    a line break inside them written «¶».
 * Each reader returns the value, the cell line of each element (so a problem
 * names its line) and the problems of notation it found.
 */
import { descripcionComoTexto } from '../data/csv.js';
import type { Bloque, Herramienta, ItemLista, Nivel, Nota } from '../data/schema.js';
import { CAMPOS_PRACTICA } from '../data/vocabulario.js';
import { ETIQUETAS_NIVEL, ETIQUETAS_TIPO_NOTA, Vocabulario, type Vocabularios } from './catalogos.js';
import type { MensajesCli } from './mensajes.js';

export interface ProblemaDeCelda {
  /** 1-based line in the cell. */
  linea?: number;
  que: (m: MensajesCli) => string;
}

export interface Lectura<T> {
  valor: T;
  /** The cell line of each element, by its path below the field (`2.items.0`). */
  lineas: Map<string, number>;
  problemas: ProblemaDeCelda[];
}

/** Cell lines, numbered from 1. */
const lineasDe = (texto: string) => texto.split('\n').map((linea, i) => ({ linea, n: i + 1 }));

const SUBITEM = /^\s+[-•]\s+(.*)$/s;
const ITEM = /^[-•]\s+(.*)$/s;
const NUMERADO = /^\d+[.)]\s+(.*)$/s;
const NOTA_AL_PIE = /^nota al pie (\S+?):\s+(.*)$/is;

/** The description's text form is the CSV's (src/data/csv.ts); `leerDescripcion` reads it back. */
export const escribirDescripcion = descripcionComoTexto;

export function leerDescripcion(texto: string): Lectura<Bloque[]> {
  const bloques: Bloque[] = [];
  const lineas = new Map<string, number>();
  const problemas: ProblemaDeCelda[] = [];
  // The block being read: a paragraph's lines go on until a blank or a list line.
  let abierto: 'parrafo' | 'lista' | null = null;
  for (const { linea, n } of lineasDe(texto)) {
    const ultimo = bloques.at(-1);
    let m: RegExpExecArray | null;
    if (linea.trim() === '') abierto = null;
    else if ((m = SUBITEM.exec(linea))) {
      if (abierto !== 'lista' || ultimo?.tipo !== 'lista') problemas.push({ linea: n, que: (msj) => msj.subelementoSuelto });
      else {
        const i = ultimo.items.length - 1;
        const item = ultimo.items[i]!;
        (item.items ??= []).push(m[1]!);
        lineas.set(`${bloques.length - 1}.items.${i}.items.${item.items.length - 1}`, n);
      }
    } else if (/^\s/.test(linea)) problemas.push({ linea: n, que: (msj) => msj.sangriaSuelta });
    else if ((m = ITEM.exec(linea) ?? NUMERADO.exec(linea))) {
      const ordenada = !ITEM.test(linea);
      const item: ItemLista = { texto: m[1]! };
      if (abierto === 'lista' && ultimo?.tipo === 'lista' && ultimo.ordenada === ordenada) ultimo.items.push(item);
      else {
        bloques.push({ tipo: 'lista', ordenada, items: [item] });
        lineas.set(`${bloques.length - 1}`, n);
      }
      lineas.set(`${bloques.length - 1}.items.${(bloques.at(-1) as { items: ItemLista[] }).items.length - 1}`, n);
      abierto = 'lista';
    } else if ((m = NOTA_AL_PIE.exec(linea))) {
      bloques.push({ tipo: 'nota-al-pie', marca: m[1]!, texto: m[2]! });
      lineas.set(`${bloques.length - 1}`, n);
      abierto = null;
    } else if (abierto === 'parrafo' && ultimo?.tipo === 'parrafo') ultimo.texto += `\n${linea}`;
    else {
      bloques.push({ tipo: 'parrafo', texto: linea });
      lineas.set(`${bloques.length - 1}`, n);
      abierto = 'parrafo';
    }
  }
  return { valor: bloques, lineas, problemas };
}

export function escribirHerramientas(herramientas: readonly Herramienta[], voc: Vocabularios): string {
  return herramientas
    .flatMap((h) => [
      `${h.region ? `[${voc.nombreRegion(h.region)}] ` : ''}${h.texto}`,
      ...(h.items ?? []).map((s) => `   - ${s}`),
    ])
    .join('\n');
}

export function leerHerramientas(texto: string, voc: Vocabularios): Lectura<Herramienta[]> {
  const valor: Herramienta[] = [];
  const lineas = new Map<string, number>();
  const problemas: ProblemaDeCelda[] = [];
  for (const { linea, n } of lineasDe(texto)) {
    let m: RegExpExecArray | null;
    if (linea.trim() === '') continue;
    if ((m = SUBITEM.exec(linea))) {
      const h = valor.at(-1);
      if (!h) problemas.push({ linea: n, que: (msj) => msj.subelementoSuelto });
      else {
        (h.items ??= []).push(m[1]!);
        lineas.set(`${valor.length - 1}.items.${h.items.length - 1}`, n);
      }
    } else if (/^\s/.test(linea)) problemas.push({ linea: n, que: (msj) => msj.sangriaSuelta });
    else if ((m = /^\[([^\]]*)\]\s*(.*)$/s.exec(linea))) {
      const region = voc.region.leer(m[1]!.trim());
      if ('problema' in region) problemas.push({ linea: n, que: region.problema });
      valor.push({ texto: m[2]!, ...('valor' in region ? { region: region.valor } : {}) });
      lineas.set(`${valor.length - 1}`, n);
    } else {
      valor.push({ texto: linea });
      lineas.set(`${valor.length - 1}`, n);
    }
  }
  return { valor, lineas, problemas };
}

export function escribirNiveles(niveles: readonly Nivel[]): string {
  return niveles
    .map((n) => {
      const etiqueta = ETIQUETAS_NIVEL[n.nivel];
      if (n.entidad !== undefined) return `${etiqueta} | ${n.texto} | ${n.entidad}`;
      return n.texto === etiqueta ? etiqueta : `${etiqueta} | ${n.texto}`;
    })
    .join('\n');
}

export function leerNiveles(texto: string, voc: Vocabularios): Lectura<Nivel[]> {
  const valor: Nivel[] = [];
  const lineas = new Map<string, number>();
  const problemas: ProblemaDeCelda[] = [];
  for (const { linea, n } of lineasDe(texto)) {
    if (linea.trim() === '') continue;
    const partes = linea.split(/\s*\|\s*/);
    if (partes.length > 3) {
      problemas.push({ linea: n, que: (m) => m.nivelPartes });
      continue;
    }
    const [nombre = '', publicado, entidad] = partes;
    const nivel = voc.nivel.leer(nombre);
    if ('problema' in nivel) {
      problemas.push({ linea: n, que: nivel.problema });
      continue;
    }
    valor.push({ nivel: nivel.valor, texto: publicado ?? nombre, ...(entidad !== undefined ? { entidad } : {}) });
    lineas.set(`${valor.length - 1}`, n);
  }
  return { valor, lineas, problemas };
}

/** The columns a nota can be about, by their header in the sheet (or the field's key). */
export function vocabularioDeCampos(cabeceras: Record<(typeof CAMPOS_PRACTICA)[number], string>) {
  return new Vocabulario(
    CAMPOS_PRACTICA.map((campo) => [campo, [cabeceras[campo], campo]] as const),
    (m) => m.que.campoNota,
  );
}

const conSaltos = (texto: string) => texto.replace(/¶/g, '\n');
const sinSaltos = (texto: string) => texto.replace(/\n/g, '¶');

export function escribirNotas(notas: readonly Nota[], cabeceras: Record<(typeof CAMPOS_PRACTICA)[number], string>): string {
  return notas
    .map(
      (n) =>
        `${cabeceras[n.campo]} | ${ETIQUETAS_TIPO_NOTA[n.tipo]} | ${sinSaltos(n.texto)}` +
        (n.original !== undefined ? ` | original: ${sinSaltos(n.original)}` : ''),
    )
    .join('\n');
}

export function leerNotas(
  texto: string,
  voc: Vocabularios,
  campos: Vocabulario<(typeof CAMPOS_PRACTICA)[number]>,
): Lectura<Nota[]> {
  const valor: Nota[] = [];
  const lineas = new Map<string, number>();
  const problemas: ProblemaDeCelda[] = [];
  for (const { linea, n } of lineasDe(texto)) {
    if (linea.trim() === '') continue;
    const m = /^([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*(.*)$/s.exec(linea);
    if (!m) {
      problemas.push({ linea: n, que: (msj) => msj.notaIncompleta });
      continue;
    }
    const [, nombreCampo = '', nombreTipo = '', resto = ''] = m;
    const campo = campos.leer(nombreCampo);
    const tipo = voc.tipoNota.leer(nombreTipo);
    if ('problema' in campo) problemas.push({ linea: n, que: campo.problema });
    if ('problema' in tipo) problemas.push({ linea: n, que: tipo.problema });
    if ('problema' in campo || 'problema' in tipo) continue;
    const corte = /\s*\|\s*original:\s*/gi;
    let ultimo: RegExpExecArray | null = null;
    for (let x; (x = corte.exec(resto));) ultimo = x;
    const nota: Nota = ultimo
      ? {
          campo: campo.valor,
          tipo: tipo.valor,
          texto: conSaltos(resto.slice(0, ultimo.index)),
          original: conSaltos(resto.slice(ultimo.index + ultimo[0].length)),
        }
      : { campo: campo.valor, tipo: tipo.valor, texto: conSaltos(resto) };
    valor.push(nota);
    lineas.set(`${valor.length - 1}`, n);
  }
  return { valor, lineas, problemas };
}

/** A list cell (regions, authors…): one value a line; `separadores` also splits within a line. */
export function leerLista(texto: string, separadores = /\n/): { valores: { texto: string; linea: number }[] } {
  const valores: { texto: string; linea: number }[] = [];
  for (const { linea, n } of lineasDe(texto)) {
    for (const parte of linea.split(separadores)) if (parte.trim() !== '') valores.push({ texto: parte, linea: n });
  }
  return { valores };
}
