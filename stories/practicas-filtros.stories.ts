import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/practicas-filtros/practicas-filtros.js';
import '../src/components/practicas-mapa/practicas-mapa.js';
import '../src/components/anexo-tabla/anexo-tabla.js';
import '../src/components/practicas-lista/practicas-lista.js';

interface Args {
  region?: string;
  tema?: string;
  esquema: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-filtros',
  component: 'practicas-filtros',
  args: { esquema: 'auto' },
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  render: (args) => html`<practicas-filtros
    grupo=${`filtros-historia-${++grupo}`}
    region=${args.region ?? nothing}
    tema=${args.tema ?? nothing}
    esquema=${args.esquema}
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
  decorators: [(story) => html`<div style="width:320px;max-width:100%">${story()}</div>`],
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

/** Two independent catalogues on one page (`grupo="a"` and `grupo="b"`). */
export const DosGrupos: Story = {
  render: () => {
    const [a, b] = [`a-${++grupo}`, `b-${grupo}`];
    return html`<div style="display:grid;gap:2rem">
      <section>
        <h2>Catálogo A (Cusco)</h2>
        <practicas-filtros grupo=${a} region="08"></practicas-filtros>
        <anexo-tabla grupo=${a} columnas="practica,criterio"></anexo-tabla>
      </section>
      <section>
        <h2>Catálogo B (en proceso)</h2>
        <practicas-filtros grupo=${b} tipo="en-proceso"></practicas-filtros>
        <anexo-tabla grupo=${b} columnas="practica,regiones"></anexo-tabla>
      </section>
    </div>`;
  },
};
