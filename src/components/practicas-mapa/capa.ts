/**
 * The map's shapes: the 25 regions and Callao's marker, built once per page and
 * cloned once per element, then kept current by setting only the attributes that
 * changed (a recolour touches the classes and labels of the regions whose counts
 * moved, nothing else). Lit templates with a dozen bindings per region cost the
 * first paint more than the drawing itself; the element handles their events on
 * the `<svg>` (delegation), so the shapes carry no listeners.
 */
import { CALLAO, DEPARTAMENTOS, MARCADOR_CALLAO, NORTE_A_SUR } from './geometria.js';
import type { VistaMapa } from './modelo.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A shape's attributes that follow the view; `null` removes one. */
type Atributos = Record<string, string | null>;

/** The attributes of every shape of the layer, keyed like the layer's shapes. */
function atributos(v: VistaMapa): Map<string, Atributos> {
  const todos = new Map<string, Atributos>();
  for (const r of v.regiones) {
    todos.set(
      r.id,
      r.paso === null
        ? { class: 'region neutra', role: null, tabindex: null, 'aria-pressed': null, 'aria-label': null }
        : {
            class: `region paso-${r.paso}`,
            role: 'button',
            tabindex: r.tabStop ? '0' : '-1',
            'aria-pressed': r.elegida ? 'true' : 'false',
            'aria-label': r.etiqueta,
          },
    );
  }
  const paso = v.marcadorCallao?.paso;
  if (v.marcadorCallao) todos.set('marcador', { class: `marcador region ${paso === null ? 'neutra' : `paso-${paso}`}` });
  return todos;
}

/**
 * The fixed attributes of the layer's shapes, in paint order: the regions north to
 * south, then (when the geometry has Callao) its leader line, a larger transparent
 * circle under its marker that makes a 24 px touch target on the narrowest map, and
 * the marker. The keyboard reaches Callao's own shape, which carries its name and counts.
 */
function formas(): [clave: string | null, etiqueta: string, fijos: Record<string, string | number>][] {
  const lista: ReturnType<typeof formas> = NORTE_A_SUR.map((id) => [
    id,
    'path',
    { part: 'region', class: 'region neutra', 'data-ubigeo': id, d: DEPARTAMENTOS[id].d },
  ]);
  const callao = DEPARTAMENTOS[CALLAO];
  if (callao) {
    const { cx, cy, r } = MARCADOR_CALLAO;
    const [x1, y1] = callao.centro;
    lista.push(
      [null, 'line', { class: 'guia', x1, y1, x2: cx + r, y2: cy, 'aria-hidden': 'true' }],
      [null, 'circle', { class: 'marcador-zona', 'data-zona': CALLAO, cx, cy, r: 2 * r, 'aria-hidden': 'true' }],
      ['marcador', 'circle', { class: 'marcador region neutra', 'data-marcador': CALLAO, cx, cy, r, 'aria-hidden': 'true' }],
    );
  }
  return lista;
}

const escapar = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The layer as markup, for server rendering, where there is no DOM to clone. */
export function marcadoCapa(v: VistaMapa): string {
  const vivos = atributos(v);
  return formas()
    .map(([clave, etiqueta, fijos]) => {
      const todos = { ...fijos, ...(clave ? vivos.get(clave) : undefined) };
      const attrs = Object.entries(todos)
        .filter(([, valor]) => valor !== null)
        .map(([nombre, valor]) => ` ${nombre}="${escapar(String(valor))}"`)
        .join('');
      return `<${etiqueta}${attrs}></${etiqueta}>`;
    })
    .join('');
}

/** Built on first use (not at import, which server rendering does too), then cloned. */
let modelo: SVGGElement | undefined;

/** The shapes every layer clones, built once per page: on first use, or ahead of it. */
export function modeloCapa(): SVGGElement {
  return (modelo ??= construir());
}

function construir(): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  for (const [, etiqueta, fijos] of formas()) {
    const forma = document.createElementNS(SVG, etiqueta);
    for (const [nombre, valor] of Object.entries(fijos)) forma.setAttribute(nombre, String(valor));
    g.append(forma);
  }
  return g;
}

/** One element's layer: a clone of the shapes, and the attributes last set on each. */
export class CapaRegiones {
  /** The `<g>` the element renders inside its `<svg>`. */
  readonly g: SVGGElement;
  private readonly porClave = new Map<string, Element>();
  private readonly puestos = new Map<string, Atributos>();

  constructor() {
    this.g = modeloCapa().cloneNode(true) as SVGGElement;
    for (const forma of this.g.children) {
      const clave = forma.getAttribute('data-ubigeo') ?? (forma.hasAttribute('data-marcador') ? 'marcador' : null);
      if (clave) this.porClave.set(clave, forma);
    }
  }

  /** Sets what changed since the last view. */
  aplicar(v: VistaMapa): void {
    for (const [clave, nuevos] of atributos(v)) {
      const forma = this.porClave.get(clave);
      if (!forma) continue;
      const antes = this.puestos.get(clave);
      for (const [nombre, valor] of Object.entries(nuevos)) {
        if (antes && antes[nombre] === valor) continue;
        if (valor === null) forma.removeAttribute(nombre);
        else forma.setAttribute(nombre, valor);
      }
      this.puestos.set(clave, nuevos);
    }
  }
}
