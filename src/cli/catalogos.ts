/**
 * The words a sheet uses for closed values, and the lookup that reads them
 * back. A sheet shows a person names, not codes: «Buena práctica», «Apurímac»,
 * «Salud». Reading is forgiving about case, accents and spacing (they cannot
 * make one name another), never about the name itself: an unknown one is a
 * problem naming the value and a close match or the allowed values.
 */
import type { Dataset } from '../data/schema.js';
import type { NIVELES, TIPOS, TIPOS_NOTA } from '../data/vocabulario.js';
import type { MensajesCli } from './mensajes.js';

export const ETIQUETAS_TIPO: Record<(typeof TIPOS)[number], string> = {
  'buena-practica': 'Buena práctica',
  'en-proceso': 'En proceso',
};

export const ETIQUETAS_NIVEL: Record<(typeof NIVELES)[number], string> = {
  regional: 'Regional',
  provincial: 'Provincial',
  municipal: 'Municipal',
};

export const ETIQUETAS_TIPO_NOTA: Record<(typeof TIPOS_NOTA)[number], string> = {
  'encabezados-fusionados': 'Encabezados fusionados',
  'parrafo-partido': 'Párrafo partido',
  'parrafo-cortado': 'Párrafo cortado',
  'oracion-duplicada': 'Oración duplicada',
  'numero-ambiguo': 'Número ambiguo',
  'rotulo-irregular': 'Rótulo irregular',
  'marca-espuria': 'Marca espuria',
  duda: 'Duda',
  errata: 'Errata',
  'titulo-distinto': 'Título distinto',
};

/** A name as compared: no accents, lower case, single spaces. */
export function clave(texto: string): string {
  return texto.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function distancia(a: string, b: string): number {
  let previa = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const fila = [i];
    for (let j = 1; j <= b.length; j++) {
      fila[j] = Math.min(previa[j]! + 1, fila[j - 1]! + 1, previa[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previa = fila;
  }
  return previa[b.length]!;
}

export type Leido<T> = { valor: T } | { problema: (m: MensajesCli) => string };

/** A closed list of values, each with the names a sheet may give it (the first is the one it writes). */
export class Vocabulario<T> {
  private readonly porClave = new Map<string, T>();
  private readonly nombres: string[] = [];
  private readonly que: (m: MensajesCli) => string;

  constructor(entradas: readonly (readonly [T, readonly string[]])[], que: (m: MensajesCli) => string) {
    this.que = que;
    for (const [valor, nombres] of entradas) {
      this.nombres.push(nombres[0]!);
      for (const nombre of nombres) if (!this.porClave.has(clave(nombre))) this.porClave.set(clave(nombre), valor);
    }
  }

  leer(texto: string): Leido<T> {
    if (texto.trim() === '') return { problema: (m) => m.falta };
    const valor = this.porClave.get(clave(texto));
    if (valor !== undefined) return { valor };
    const cerca = this.nombres
      .map((nombre) => ({ nombre, d: distancia(clave(texto), clave(nombre)) }))
      .sort((x, y) => x.d - y.d)[0];
    const parecido = cerca && cerca.d <= Math.max(2, Math.floor(clave(texto).length / 4)) ? cerca.nombre : undefined;
    return {
      problema: (m) => m.desconocido(this.que(m), texto, parecido, this.nombres),
    };
  }
}

/** The vocabularies of a sheet for one dataset's catalogues. */
export interface Vocabularios {
  tipo: Vocabulario<(typeof TIPOS)[number]>;
  nivel: Vocabulario<(typeof NIVELES)[number]>;
  tipoNota: Vocabulario<(typeof TIPOS_NOTA)[number]>;
  tema: Vocabulario<string>;
  criterio: Vocabulario<string>;
  region: Vocabulario<string>;
  fuente: Vocabulario<string>;
  nombreRegion: (ubigeo: string) => string;
  nombreTema: (id: string) => string;
  nombreCriterio: (id: string) => string;
}

const conId = <K extends string>(etiquetas: Record<K, string>) =>
  (Object.entries(etiquetas) as [K, string][]).map(([id, nombre]) => [id, [nombre, id]] as const);

export function vocabularios(datos: Pick<Dataset, 'temas' | 'criterios' | 'regiones' | 'fuentes'>): Vocabularios {
  const temas = new Map(datos.temas.map((t) => [t.id, t.nombre]));
  const criterios = new Map(datos.criterios.map((c) => [c.id, c.nombre]));
  const regiones = new Map(datos.regiones.map((r) => [r.ubigeo, r.nombre]));
  return {
    tipo: new Vocabulario(conId(ETIQUETAS_TIPO), (m) => m.que.tipo),
    nivel: new Vocabulario(conId(ETIQUETAS_NIVEL), (m) => m.que.nivel),
    tipoNota: new Vocabulario(conId(ETIQUETAS_TIPO_NOTA), (m) => m.que.tipoNota),
    tema: new Vocabulario(
      datos.temas.map((t) => [t.id, [t.nombre, t.nombreCorto, t.id]] as const),
      (m) => m.que.tema,
    ),
    criterio: new Vocabulario(
      datos.criterios.map((c) => [c.id, [c.nombre, c.id]] as const),
      (m) => m.que.criterio,
    ),
    // A region by name, ubigeo («03») or ISO code («PE-APU»).
    region: new Vocabulario(
      datos.regiones.map((r) => [r.ubigeo, [r.nombre, r.ubigeo, r.iso]] as const),
      (m) => m.que.region,
    ),
    fuente: new Vocabulario(
      datos.fuentes.map((f) => [f.id, [f.id]] as const),
      (m) => m.que.fuente,
    ),
    nombreRegion: (u) => regiones.get(u) ?? u,
    nombreTema: (id) => temas.get(id) ?? id,
    nombreCriterio: (id) => criterios.get(id) ?? id,
  };
}
