import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/practicas-filtros/practicas-filtros.js';
import '../src/components/practicas-mapa/practicas-mapa.js';
import '../src/components/anexo-tabla/anexo-tabla.js';
import '../src/components/practicas-lista/practicas-lista.js';

interface Args {
  src?: string;
  region?: string;
  tema?: string;
  esquema?: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-filtros',
  component: 'practicas-filtros',
  render: (args) =>
    html`<practicas-filtros
      grupo=${`filtros-historia-${++grupo}`}
      region=${args.region ?? nothing}
      tema=${args.tema ?? nothing}
      src=${args.src ?? nothing}
      esquema=${args.esquema ?? nothing}
    ></practicas-filtros>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The bar alone: every option says how many practices it would give. */
export const Barra: Story = {};

/** A regional portal presets its region (`region="08"`): chips show the active filters. */
export const RegionPreseleccionada: Story = { args: { region: '08' } };

/** A 320 px wide phone: the selects fold behind a "Filtros" disclosure button. */
export const Estrecha: Story = {
  args: { tema: 'salud' },
  decorators: [estrecho],
};

/** The full catalogue page: filter bar, map, table and list, linked without glue code. */
export const CatalogoCompleto: Story = {
  render: () => {
    const g = `catalogo-${++grupo}`;
    return html`<div style="display:grid;gap:1.5rem">
      <practicas-filtros grupo=${g}></practicas-filtros>
      <div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));align-items:start">
        <practicas-mapa grupo=${g}></practicas-mapa>
        <practicas-lista grupo=${g} limite="4"></practicas-lista>
      </div>
      <anexo-tabla grupo=${g}></anexo-tabla>
    </div>`;
  },
};

/** Two independent catalogues on one page (`grupo="a"` and `grupo="b"`), each landmark with its own name (`etiqueta`). */
export const DosGrupos: Story = {
  render: () => {
    const [a, b] = [`a-${++grupo}`, `b-${grupo}`];
    return html`<div style="display:grid;gap:2rem">
      <section>
        <h2>Catálogo A (Cusco)</h2>
        <practicas-filtros grupo=${a} region="08" etiqueta="Filtrar el catálogo A"></practicas-filtros>
        <anexo-tabla grupo=${a} columnas="practica,criterio" etiqueta="Catálogo A (desplazable)"></anexo-tabla>
      </section>
      <section>
        <h2>Catálogo B (en proceso)</h2>
        <practicas-filtros grupo=${b} tipo="en-proceso" etiqueta="Filtrar el catálogo B"></practicas-filtros>
        <anexo-tabla grupo=${b} columnas="practica,regiones" etiqueta="Catálogo B (desplazable)"></anexo-tabla>
      </section>
    </div>`;
  },
};

/** While a `src` dataset loads: an accessible loading state (the request here never answers). */
export const Cargando: Story = { args: { src: SRC_CARGANDO }, beforeEach: fetchQueNoResponde };

/** The interface in English (`lang="en"` on an ancestor); the data stays as published. */
export const Ingles: Story = { args: { region: '22' }, decorators: [ingles] };

/** The dark scheme. */
export const Oscuro: Story = { args: { esquema: 'oscuro', tema: 'salud' }, decorators: [fondoOscuro] };

/** A `src` that fails: an alert with a retry button. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };

/** Filters that give no practice: the count says so, and the chips and "Limpiar filtros" undo them. */
export const SinResultados: Story = { args: { region: '07', tema: 'salud' } };
