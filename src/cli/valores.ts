/**
 * The values the sheet's columns accept, as Markdown tables: what
 * `practicas-widgets valores` prints and what the maintainers' guide
 * (docs/mantenimiento.md) embeds, generated from a dataset so they cannot drift.
 */
import type { Dataset } from '../data/schema.js';
import { ETIQUETAS_NIVEL, ETIQUETAS_TIPO, ETIQUETAS_TIPO_NOTA } from './catalogos.js';

const tabla = (cabecera: readonly string[], filas: readonly (readonly string[])[]) =>
  [cabecera, cabecera.map(() => '---'), ...filas]
    .map((f) => `| ${f.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');

/** Each table by name, as Markdown. */
export function tablasDeValores(datos: Dataset): Record<string, string> {
  return {
    tipos: tabla(
      ['Tipo (como se escribe)', 'Código en el JSON'],
      Object.entries(ETIQUETAS_TIPO).map(([id, nombre]) => [nombre, `\`${id}\``]),
    ),
    temas: tabla(
      ['Tema (como se escribe)', 'Nombre corto (también vale)', 'Código en el JSON'],
      datos.temas.map((t) => [t.nombre, t.nombreCorto, `\`${t.id}\``]),
    ),
    criterios: tabla(
      ['Criterio (como se escribe)', 'Código en el JSON', 'Qué evalúa'],
      datos.criterios.map((c) => [c.nombre, `\`${c.id}\``, c.aristas.map((a) => `${a.nombre}: ${a.definicion}`).join(' ')]),
    ),
    regiones: tabla(
      ['Región (como se escribe)', 'Código INEI (ubigeo)', 'Código ISO 3166-2'],
      datos.regiones.map((r) => [r.nombre, r.ubigeo, r.iso]),
    ),
    niveles: tabla(
      ['Nivel de gobierno (como se escribe)', 'Código en el JSON'],
      Object.entries(ETIQUETAS_NIVEL).map(([id, nombre]) => [nombre, `\`${id}\``]),
    ),
    'tipos-de-nota': tabla(
      ['Tipo de nota (como se escribe)', 'Código en el JSON'],
      Object.entries(ETIQUETAS_TIPO_NOTA).map(([id, nombre]) => [nombre, `\`${id}\``]),
    ),
    fuentes: tabla(
      ['Fuente (como se escribe)', 'Título', 'Fecha'],
      datos.fuentes.map((f) => [f.id, f.titulo, f.fecha]),
    ),
  };
}

/** All the tables, each under a heading: the output of `practicas-widgets valores`. */
export function valoresComoTexto(datos: Dataset): string {
  const titulos: Record<string, string> = {
    tipos: 'Tipos',
    temas: 'Temas',
    criterios: 'Criterios',
    regiones: 'Regiones',
    niveles: 'Niveles de gobierno',
    'tipos-de-nota': 'Tipos de nota',
    fuentes: 'Fuentes',
  };
  return Object.entries(tablasDeValores(datos))
    .map(([nombre, t]) => `## ${titulos[nombre]}\n\n${t}\n`)
    .join('\n');
}
