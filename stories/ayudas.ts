// Helpers shared by the stories and by .storybook/preview.ts.
import { html, type TemplateResult } from 'lit';
import type { StrictInputType } from 'storybook/internal/types';
import manifest from '../custom-elements.json' with { type: 'json' };
import { bundledDataset } from '../src/data/loader.js';
import { MENSAJES } from '../src/i18n/mensajes.js';

/** A URL that never answers while a "Cargando" story is shown, so its loading state stays visible. */
export const SRC_CARGANDO = '/historia/cargando/practicas.json';

/**
 * `beforeEach` of a loading story: requests to SRC_CARGANDO hang until aborted.
 * Returns the cleanup that restores `fetch`.
 */
export function fetchQueNoResponde(): () => void {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(SRC_CARGANDO)
      ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
      : original(input, init);
  return () => {
    window.fetch = original;
  };
}

/** Decorators for the viewport stories. */
export const estrecho = (story: () => unknown): TemplateResult => html`<div style="width:320px;max-width:100%">${story()}</div>`;
export const ancho = (story: () => unknown): TemplateResult => html`<div style="width:1400px;max-width:none">${story()}</div>`;
export const ingles = (story: () => unknown): TemplateResult => html`<div lang="en">${story()}</div>`;
/** A dark page that declares it (`color-scheme: dark`), as a dark portal would. */
export const fondoOscuro = (story: () => unknown): TemplateResult =>
  html`<div style="background:#000;color:#e8eaed;color-scheme:dark;padding:1em">${story()}</div>`;

// ---------------------------------------------------------------------------
// Controls from the manifest

interface Atributo {
  name: string;
  type?: { text: string };
  fieldName?: string;
}
interface Miembro {
  kind: string;
  name: string;
  attribute?: string;
}
interface PropiedadCss {
  name: string;
  default?: string;
}
interface Declaracion {
  tagName?: string;
  attributes?: Atributo[];
  members?: Miembro[];
  cssProperties?: PropiedadCss[];
  events?: { name: string }[];
}

/** Every custom element the manifest declares, by tag. */
export const DECLARACIONES: ReadonlyMap<string, Declaracion> = new Map(
  (manifest.modules as { declarations?: Declaracion[] }[])
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Declaracion & { tagName: string } => Boolean(d.tagName))
    .map((d) => [d.tagName, d]),
);

/** The tags of the widgets, for decorators that act on every widget of a story. */
export const ETIQUETAS: readonly string[] = [...DECLARACIONES.keys()];

/** The option key a select uses for "attribute absent" (mapped to `undefined`). */
export const SIN_VALOR = '—';

/** Options with readable labels for the attributes whose values come from the dataset. */
function opcionesDeDatos(): Record<string, { options: string[]; labels: Record<string, string> }> {
  const datos = bundledDataset();
  const es = MENSAJES.es;
  const de = <T>(items: readonly T[], clave: (t: T) => string, etiqueta: (t: T) => string) => ({
    options: items.map(clave),
    labels: Object.fromEntries(items.map((t) => [clave(t), etiqueta(t)])),
  });
  return {
    region: de(
      datos.regiones,
      (r) => r.ubigeo,
      (r) => `${r.ubigeo} · ${r.nombre}`,
    ),
    tema: de(
      datos.temas,
      (t) => t.id,
      (t) => t.nombreCorto,
    ),
    criterio: de(
      datos.criterios,
      (c) => c.id,
      (c) => c.nombre,
    ),
    tipo: de(
      Object.entries(es.tipo),
      ([id]) => id,
      ([, nombre]) => nombre,
    ),
    nivel: de(
      Object.entries(es.nivel),
      ([id]) => id,
      ([, nombre]) => nombre,
    ),
    'practica-id': de(
      datos.practicas,
      (p) => p.id,
      (p) => (p.titulo.length > 70 ? `${p.titulo.slice(0, 69)}…` : p.titulo),
    ),
  };
}

/** `'a' | 'b' | null` gives ['a', 'b']; any other type gives null. */
function literales(tipo: string): string[] | null {
  const partes = tipo
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'null' && p !== 'undefined');
  const valores = partes.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).map((m) => (m ? (m[1] ?? m[2]) : null));
  return valores.length > 0 && valores.every((v) => v !== null) ? (valores as string[]) : null;
}

/**
 * Typed controls for a widget's attributes, read from custom-elements.json:
 * a select for an attribute whose type is a union of string literals or whose
 * values come from the dataset (regions, topics, criteria, status, level,
 * practice ids, each with a readable label, and «—» for "absent"), `text` for
 * strings, `number`, `boolean`. A CSS custom property gets a `color` control when
 * its default is a colour, else `text` (preview.ts sets it on the element). The
 * properties that only mirror an attribute, and the events, get no control.
 */
export function argTypesDesdeManifiesto(tag: string): Record<string, Partial<StrictInputType>> {
  const declaracion = DECLARACIONES.get(tag);
  if (!declaracion) return {};
  const deDatos = opcionesDeDatos();
  const resultado: Record<string, Partial<StrictInputType>> = {};
  for (const atributo of declaracion.attributes ?? []) {
    const tipo = atributo.type?.text ?? 'string';
    const opciones =
      deDatos[atributo.name] ??
      (() => {
        const valores = literales(tipo);
        return valores && { options: valores, labels: Object.fromEntries(valores.map((v) => [v, v])) };
      })();
    if (opciones) {
      resultado[atributo.name] = {
        type: { name: 'enum', value: opciones.options },
        options: [SIN_VALOR, ...opciones.options],
        mapping: { [SIN_VALOR]: undefined },
        control: { type: 'select', labels: { [SIN_VALOR]: '— (sin atributo)', ...opciones.labels } },
      };
    } else if (/\bnumber\b/.test(tipo)) {
      resultado[atributo.name] = { type: { name: 'number' }, control: { type: 'number' } };
    } else if (/\bboolean\b/.test(tipo)) {
      resultado[atributo.name] = { type: { name: 'boolean' }, control: { type: 'boolean' } };
    } else {
      resultado[atributo.name] = { type: { name: 'string' }, control: { type: 'text' } };
    }
  }
  for (const propiedad of declaracion.cssProperties ?? []) {
    const color = /^#[0-9a-f]{3,8}$/i.test(propiedad.default ?? '');
    resultado[propiedad.name] = { type: { name: 'string' }, control: { type: color ? 'color' : 'text' } };
  }
  for (const evento of declaracion.events ?? []) resultado[evento.name] = { control: false };
  for (const miembro of declaracion.members ?? []) {
    if (miembro.kind === 'field' && miembro.attribute && miembro.attribute !== miembro.name)
      resultado[miembro.name] = { control: false };
  }
  return resultado;
}
