import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, ancho, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/practicas-mapa/practicas-mapa.js';

interface Args {
  region?: string;
  tema?: string;
  tipo?: string;
  src?: string;
  esquema: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-mapa',
  component: 'practicas-mapa',
  args: { esquema: 'auto' },
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  // Each story gets its own filter group, so stories on one docs page stay independent.
  render: (args) => html`<div style="max-width: 760px">
    <practicas-mapa
      grupo=${`mapa-historia-${++grupo}`}
      region=${args.region ?? nothing}
      tema=${args.tema ?? nothing}
      tipo=${args.tipo ?? nothing}
      src=${args.src ?? nothing}
      esquema=${args.esquema}
    ></practicas-mapa>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All 31 practices by region. Hover or focus a region for its counts; click, Enter or Space to choose it. */
export const Todas: Story = {};

/** A regional portal presets its own region: `region="08"` (Cusco). */
export const RegionPreseleccionada: Story = { args: { region: '08' } };

/** Recoloured by the shared filters: only "en proceso" initiatives. */
export const SoloEnProceso: Story = { args: { tipo: 'en-proceso' } };

/** One topic: health. Most regions have none (hatched). */
export const UnTema: Story = { args: { tema: 'salud' } };

/** A `src` that fails: an alert with a retry button; the map keeps its place. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };

/** The dark scheme. */
export const Oscuro: Story = {
  args: { esquema: 'oscuro', region: '22' },
  decorators: [fondoOscuro],
};

/** A 320 px wide phone: the legend goes below the map. */
export const Estrecho: Story = {
  decorators: [estrecho],
};

/** The interface in English (`lang="en"` on an ancestor). */
export const Ingles: Story = {
  decorators: [ingles],
};

/** While a `src` dataset loads: an accessible loading state (the request here never answers). */
export const Cargando: Story = { args: { src: SRC_CARGANDO }, beforeEach: fetchQueNoResponde };

/** A wide desktop (1400 px). */
export const Ancho: Story = { args: { region: '03' }, decorators: [ancho] };
