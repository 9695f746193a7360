import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/practicas-filtros/practicas-filtros.js';
import '../src/components/practicas-lista/practicas-lista.js';
import '../src/components/practicas-mapa/practicas-mapa.js';

/**
 * README recipe 9, verbatim: scripts/test-storybook.mjs checks that the README's
 * css block and this text are the same. Each colour is a light-dark() pair, so
 * the theme reads in both schemes: the page's color-scheme (or `esquema`)
 * picks the half.
 */
const RECETA = `practica-card, practicas-lista, practicas-mapa, anexo-tabla, practicas-filtros {
  --practicas-color-enlace: light-dark(#6b1d1d, #f4b6a0);
  --practicas-color-foco: light-dark(#6b1d1d, #f4b6a0);
  --practicas-color-fondo: light-dark(#fffdf8, #1c1917);
  --practicas-color-superficie: light-dark(#fbf6ee, #2b2420);
  --practicas-color-borde: light-dark(#d8c7a8, #6b5a48);
  --practicas-radio: 0;
  --practicas-fuente: Georgia, serif;
}
practica-card::part(title) { letter-spacing: 0.01em; }`;

// The recipe's declarations, read from its text: the controls start from them.
const declaraciones = new Map([...RECETA.matchAll(/(--practicas-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const PARES = [...declaraciones]
  .map(([propiedad, valor]) => [propiedad, /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(valor)] as const)
  .filter((par): par is readonly [string, RegExpExecArray] => par[1] !== null)
  .map(([propiedad, m]) => ({ propiedad, clave: propiedad.replace('--practicas-color-', ''), claro: m[1]!, oscuro: m[2]! }));

type Args = Record<string, string | number>;

const FUENTES = ['Georgia, serif', "'Times New Roman', serif", 'system-ui, sans-serif', 'inherit'];
const radioInicial = parseFloat(declaraciones.get('--practicas-radio') ?? '0');
const fuenteInicial = declaraciones.get('--practicas-fuente') ?? 'inherit';

const argsIniciales: Args = {
  ...Object.fromEntries(
    PARES.flatMap((p) => [
      [`${p.clave}Claro`, p.claro],
      [`${p.clave}Oscuro`, p.oscuro],
    ]),
  ),
  radio: radioInicial,
  fuente: fuenteInicial,
};

const argTypes: ArgTypes<Args> = {
  ...Object.fromEntries(
    PARES.flatMap((p) => [
      [
        `${p.clave}Claro`,
        { name: `${p.propiedad} (claro)`, control: { type: 'color' }, table: { category: 'Esquema claro / light' } },
      ],
      [
        `${p.clave}Oscuro`,
        { name: `${p.propiedad} (oscuro)`, control: { type: 'color' }, table: { category: 'Esquema oscuro / dark' } },
      ],
    ]),
  ),
  radio: { name: '--practicas-radio (em)', control: { type: 'range', min: 0, max: 1.5, step: 0.125 } },
  fuente: {
    name: '--practicas-fuente',
    control: { type: 'select' },
    options: FUENTES.includes(fuenteInicial) ? FUENTES : [fuenteInicial, ...FUENTES],
  },
};

/** What the controls changed, as declarations layered over the recipe (none at first). */
function capa(args: Args): string {
  const cambios = PARES.filter((p) => args[`${p.clave}Claro`] !== p.claro || args[`${p.clave}Oscuro`] !== p.oscuro).map(
    (p) => `${p.propiedad}: light-dark(${String(args[`${p.clave}Claro`])}, ${String(args[`${p.clave}Oscuro`])});`,
  );
  if (args.radio !== radioInicial) cambios.push(`--practicas-radio: ${Number(args.radio)}em;`);
  if (args.fuente !== fuenteInicial) cambios.push(`--practicas-fuente: ${String(args.fuente)};`);
  return cambios.length
    ? `.tematizacion :is(practica-card, practicas-lista, practicas-mapa, anexo-tabla, practicas-filtros) {\n  ${cambios.join('\n  ')}\n}`
    : '';
}

const meta: Meta<Args> = {
  title: 'Guías/Tematización',
  tags: ['!autodocs'],
  args: argsIniciales,
  argTypes,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A regional government's own look, with nothing but the documented custom
 * properties and parts: a serif font, the region's colours, square corners.
 * The CSS is README recipe 9 as written; the controls layer changes over it, live.
 * Try it with the toolbar's «Página oscura» or `esquema="oscuro"`.
 */
export const ColoresDeUnGobiernoRegional: Story = {
  render: (args) => html`
    <style data-receta="9" .textContent=${RECETA}></style>
    <style .textContent=${capa(args)}></style>
    <div class="tematizacion" style="display:grid;gap:1.5em">
      <practicas-filtros grupo="tematizacion" region="08"></practicas-filtros>
      <div style="display:grid;gap:1.5em;grid-template-columns:repeat(auto-fit,minmax(min(100%,20em),1fr));align-items:start">
        <practicas-mapa grupo="tematizacion"></practicas-mapa>
        <practicas-lista grupo="tematizacion"></practicas-lista>
      </div>
    </div>
  `,
};
