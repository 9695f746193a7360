import type { Lang } from './lang.js';

/**
 * The strings of `<practicas-mapa>` alone, in both languages, apart from the shared ones
 * (mensajes.ts), so that a page or an app without the map does not carry them: the
 * card-only app's initial JS is held to a byte budget (see "Benchmark" in the README).
 * Keys are typed: a message missing in one language is a compile error.
 */
export interface MensajesMapa {
  mapaRegiones: string;
  mapaInstrucciones: string;
  practicas: (n: number, formateado: string) => string;
  regionBoton: (nombre: string, total: string, buenas: string, enProceso: string) => string;
  leyendaTitulo: string;
  leyendaCero: string;
  regiones: (n: number, formateado: string) => string;
  verTablaMapa: string;
  tablaTitulo: string;
  columnaRegion: string;
  columnaTotal: string;
  columnaBuenas: string;
  columnaEnProceso: string;
}

const es: MensajesMapa = {
  mapaRegiones: 'Regiones del Perú',
  mapaInstrucciones:
    'Use las flechas para recorrer las regiones, Enter o Espacio para filtrar por una región (otra vez para quitar el filtro) y Escape para quitarlo.',
  practicas: (n, f) => (n === 1 ? `${f} práctica` : `${f} prácticas`),
  regionBoton: (nombre, total, buenas, enProceso) =>
    `${nombre}: ${total} (buenas prácticas: ${buenas}; en proceso: ${enProceso})`,
  leyendaTitulo: 'Prácticas por región',
  leyendaCero: 'ninguna',
  regiones: (n, f) => (n === 1 ? `${f} región` : `${f} regiones`),
  verTablaMapa: 'Ver tabla de datos',
  tablaTitulo: 'Prácticas por región, con los filtros actuales',
  columnaRegion: 'Región',
  columnaTotal: 'Total',
  columnaBuenas: 'Buenas prácticas',
  columnaEnProceso: 'En proceso',
};

const en: MensajesMapa = {
  mapaRegiones: 'Regions of Peru',
  mapaInstrucciones:
    'Use the arrow keys to move between regions, Enter or Space to filter by a region (again to remove the filter) and Escape to remove it.',
  practicas: (n, f) => (n === 1 ? `${f} practice` : `${f} practices`),
  regionBoton: (nombre, total, buenas, enProceso) => `${nombre}: ${total} (good practices: ${buenas}; in progress: ${enProceso})`,
  leyendaTitulo: 'Practices per region',
  leyendaCero: 'none',
  regiones: (n, f) => (n === 1 ? `${f} region` : `${f} regions`),
  verTablaMapa: 'Show data table',
  tablaTitulo: 'Practices per region, with the current filters',
  columnaRegion: 'Region',
  columnaTotal: 'Total',
  columnaBuenas: 'Good practices',
  columnaEnProceso: 'In progress',
};

export const MENSAJES_MAPA: Record<Lang, MensajesMapa> = { es, en };
