/**
 * The map's model, without DOM: from the dataset, the group's filters, the
 * chosen, hovered and focused regions and the language, everything the map
 * renders (each region's colour step and name, the legend, the tooltip, the
 * table of counts), and what a key does.
 */
import { conteoPorRegion, type ConteoRegion, type Filtros } from '../../data/filtros.js';
import { nombresDe } from '../../data/nombres.js';
import type { Dataset } from '../../data/schema.js';
import type { Lang } from '../../i18n/lang.js';
import { MENSAJES_MAPA, type MensajesMapa } from '../../i18n/mensajes-mapa.js';
import { formatearNumero } from '../../i18n/numeros.js';
import { claseDe, clasesDeEscala, type Clase } from './escala.js';
import {
  ALTO,
  ANCHO,
  CALLAO,
  DEPARTAMENTOS,
  MARCADOR_CALLAO,
  NORTE_A_SUR,
  vecinoEnDireccion,
  type Direccion,
} from './geometria.js';

/** What the map shows depends on. */
export interface EstadoMapa {
  /** The dataset, or `undefined` while it loads or after an error. */
  datos: Dataset | undefined;
  filtros: Readonly<Filtros>;
  /** The region under the pointer. */
  sobre: string | null;
  /** The region with the roving tab stop. */
  enfocada: string | null;
  /** Whether a region has visible (keyboard) focus. */
  conFoco: boolean;
  lang: Lang;
}

/** One department of the geometry. */
export interface RegionVista {
  id: string;
  /** Colour step (0 for none, 1–5), or `null` for a region without counts: a neutral, inert shape. */
  paso: number | null;
  /** Accessible name with the counts (`null` when inert). */
  etiqueta: string | null;
  /** Whether it is the group's region filter. */
  elegida: boolean;
  /** Whether it holds the map's one tab stop. */
  tabStop: boolean;
}

export interface PasoLeyenda {
  paso: number;
  /** The class's range: «0 (ninguna)», «5» or «3–4». */
  rango: string;
  /** How many regions fall in it: «2 regiones». */
  regiones: string;
}

export interface GloboVista {
  id: string;
  nombre: string;
  total: string;
  detalle: string;
  /** The point it describes, in viewBox units (Callao's: the top of its marker). */
  punto: readonly [number, number];
}

export interface FilaVista {
  id: string;
  nombre: string;
  total: string;
  buenas: string;
  enProceso: string;
}

export interface VistaMapa {
  lang: Lang;
  m: MensajesMapa;
  /** Whether counts are at hand: the regions are then buttons and the map a toolbar. */
  interactivo: boolean;
  /** Every department, north to south. */
  regiones: RegionVista[];
  /** Callao's marker: its step, or `null` when inert; absent when the geometry has no Callao. */
  marcadorCallao: { paso: number | null } | null;
  nombreCallao: string;
  /** Outlines drawn over the map: the chosen region, and the keyboard focus when visible. */
  contornos: { seleccion: string | null; foco: string | null };
  leyenda: PasoLeyenda[];
  globo: GloboVista | null;
  /** The rows of the table of counts, north to south. */
  filas: FilaVista[];
}

/**
 * Counts per region, kept per dataset and filter state: hover and focus re-render
 * the map, and must not re-filter a large catalogue each time. A group's filter
 * state is a frozen object replaced on every change, so it can key a WeakMap; two
 * maps of different groups over one dataset keep their counts apart.
 */
const conteos = new WeakMap<Dataset, WeakMap<Readonly<Filtros>, Record<string, ConteoRegion>>>();

function conteoDe(datos: Dataset, filtros: Readonly<Filtros>): Record<string, ConteoRegion> {
  let porFiltros = conteos.get(datos);
  if (!porFiltros) conteos.set(datos, (porFiltros = new WeakMap()));
  let conteo = porFiltros.get(filtros);
  if (!conteo) porFiltros.set(filtros, (conteo = conteoPorRegion(datos, filtros)));
  return conteo;
}

export function vistaMapa({ datos, filtros, sobre, enfocada, conFoco, lang }: EstadoMapa): VistaMapa {
  const m = MENSAJES_MAPA[lang];
  const numero = (n: number) => formatearNumero(n, lang);
  const nombres = datos ? nombresDe(datos) : undefined;
  const nombre = (id: string) => nombres?.region(id) ?? id;
  const conteo = datos ? conteoDe(datos, filtros) : undefined;
  const clases = clasesDeEscala(conteo ? Math.max(0, ...Object.values(conteo).map((c) => c.total)) : 0);
  const paso = (id: string) => {
    const c = conteo?.[id];
    return c ? claseDe(c.total, clases).paso : null;
  };
  const seleccion = datos ? (filtros.region ?? null) : null;
  const activa = enfocada ?? (seleccion && DEPARTAMENTOS[seleccion] ? seleccion : NORTE_A_SUR[0]);
  const idGlobo = sobre ?? (conFoco ? enfocada : null);
  const cGlobo = idGlobo ? conteo?.[idGlobo] : undefined;
  const porClase = new Map<Clase, number>();
  for (const c of conteo ? Object.values(conteo) : []) {
    const clase = claseDe(c.total, clases);
    porClase.set(clase, (porClase.get(clase) ?? 0) + 1);
  }
  let filas: FilaVista[] | undefined;

  return {
    lang,
    m,
    interactivo: conteo !== undefined,
    regiones: NORTE_A_SUR.map((id) => {
      const c = conteo?.[id];
      return {
        id,
        paso: paso(id),
        etiqueta: c
          ? m.regionBoton(nombre(id), m.practicas(c.total, numero(c.total)), numero(c['buena-practica']), numero(c['en-proceso']))
          : null,
        elegida: c !== undefined && seleccion === id,
        tabStop: c !== undefined && id === activa,
      };
    }),
    marcadorCallao: DEPARTAMENTOS[CALLAO] ? { paso: paso(CALLAO) } : null,
    nombreCallao: nombres?.regiones.get(CALLAO)?.nombre ?? 'Callao',
    contornos: {
      seleccion: seleccion && DEPARTAMENTOS[seleccion] ? seleccion : null,
      foco: conFoco && enfocada ? enfocada : null,
    },
    leyenda: conteo
      ? clases.map((clase) => {
          const n = porClase.get(clase) ?? 0;
          const rango =
            clase.paso === 0
              ? `0 (${m.leyendaCero})`
              : clase.desde === clase.hasta
                ? numero(clase.desde)
                : `${numero(clase.desde)}–${numero(clase.hasta)}`;
          return { paso: clase.paso, rango, regiones: m.regiones(n, numero(n)) };
        })
      : [],
    globo:
      idGlobo && cGlobo
        ? {
            id: idGlobo,
            nombre: nombre(idGlobo),
            total: m.practicas(cGlobo.total, numero(cGlobo.total)),
            detalle: `${m.columnaBuenas}: ${numero(cGlobo['buena-practica'])} · ${m.columnaEnProceso}: ${numero(cGlobo['en-proceso'])}`,
            punto:
              idGlobo === CALLAO ? [MARCADOR_CALLAO.cx, MARCADOR_CALLAO.cy - MARCADOR_CALLAO.r] : DEPARTAMENTOS[idGlobo].centro,
          }
        : null,
    // Only the table of counts reads them, when the reader has it shown.
    get filas() {
      return (filas ??= conteo
        ? NORTE_A_SUR.filter((id) => conteo[id]).map((id) => ({
            id,
            nombre: nombre(id),
            total: numero(conteo[id].total),
            buenas: numero(conteo[id]['buena-practica']),
            enProceso: numero(conteo[id]['en-proceso']),
          }))
        : []);
    },
  };
}

/** Gap between the tooltip and the point it describes, in CSS pixels. */
export const SEPARACION_GLOBO = 10;

/**
 * Where the tooltip goes, in CSS pixels of the map's box: above its point (in
 * viewBox units), or below it when there is no room above, and always inside
 * the map horizontally, so that it never sticks out of the element.
 */
export function posicionGlobo(
  punto: readonly [number, number],
  lienzo: { ancho: number; alto: number },
  globo: { ancho: number; alto: number },
): { left: number; top: number } {
  const x = (punto[0] / ANCHO) * lienzo.ancho;
  const y = (punto[1] / ALTO) * lienzo.alto;
  const arriba = y - globo.alto - SEPARACION_GLOBO;
  return {
    left: Math.round(Math.max(0, Math.min(x - globo.ancho / 2, lienzo.ancho - globo.ancho))),
    top: Math.round(arriba >= 0 ? arriba : y + SEPARACION_GLOBO),
  };
}

/** What a key pressed on a region does. */
export type AccionTecla =
  | { tipo: 'mover'; hacia: string }
  | { tipo: 'elegir'; region: string }
  /** Escape: dismiss the tooltip, and clear the choice if there is one. */
  | { tipo: 'escapar' };

const FLECHAS: Record<string, Direccion> = {
  ArrowUp: 'arriba',
  ArrowDown: 'abajo',
  ArrowLeft: 'izquierda',
  ArrowRight: 'derecha',
};

/**
 * Arrows move geographically (staying put at an edge), Home and End go to the
 * northernmost and southernmost region, Enter and Space choose, Escape clears;
 * any other key does nothing (`null`).
 */
export function accionDeTecla(desde: string, tecla: string): AccionTecla | null {
  if (tecla in FLECHAS) return { tipo: 'mover', hacia: vecinoEnDireccion(desde, FLECHAS[tecla]) ?? desde };
  if (tecla === 'Home') return { tipo: 'mover', hacia: NORTE_A_SUR[0] };
  if (tecla === 'End') return { tipo: 'mover', hacia: NORTE_A_SUR[NORTE_A_SUR.length - 1] };
  if (tecla === 'Enter' || tecla === ' ') return { tipo: 'elegir', region: desde };
  if (tecla === 'Escape') return { tipo: 'escapar' };
  return null;
}
