import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, ancho, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/practicas-mapa/practicas-mapa.js';

interface Args {
  region?: string;
  tema?: string;
  tipo?: string;
  src?: string;
  esquema?: 'auto' | 'claro' | 'oscuro';
  /** The table of counts under the map, shown. */
  tabla?: boolean;
  /** Page CSS for the story's wrapper (custom properties of a theme). */
  estilo?: string;
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-mapa',
  component: 'practicas-mapa',
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  // Each story gets its own filter group, so stories on one docs page stay independent.
  render: (args) =>
    html`<div style="max-width: 760px; ${args.estilo ?? ''}">
      <practicas-mapa
        grupo=${`mapa-historia-${++grupo}`}
        region=${args.region ?? nothing}
        tema=${args.tema ?? nothing}
        tipo=${args.tipo ?? nothing}
        src=${args.src ?? nothing}
        esquema=${args.esquema ?? nothing}
        ?tabla=${args.tabla}
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

/**
 * One topic: education. With only two classes (1 and 2) they take steps 2 and 4 of the
 * scale, not its palest and darkest ends; regions with none are a plain neutral grey.
 */
export const UnTema: Story = { args: { tema: 'educacion' } };

/** A `src` that fails: an alert with a retry button; the map keeps its place. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };

/** The dark scheme: the scale runs from near the background to light, so more is still further from it. */
export const Oscuro: Story = {
  args: { esquema: 'oscuro', region: '22' },
  decorators: [fondoOscuro],
};

/** The table of counts shown (`tabla`), as after a click on «Ver tabla de datos»: the same numbers as the colours. */
export const ConTabla: Story = { args: { tabla: true, tipo: 'buena-practica' } };

/** The table on a 320 px wide phone: its longest words fit. */
export const ConTablaEstrecho: Story = { args: { tabla: true }, decorators: [estrecho] };

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

/**
 * A wide desktop (1400 px): the map stops at its height limit (`min(40em, 85svh)`) and the
 * legend sits beside it.
 */
export const Ancho: Story = { args: { region: '03' }, decorators: [ancho] };

/** `--practicas-mapa-alto-maximo: 20em`: a smaller map for a sidebar or a dashboard. */
export const AltoMaximo: Story = { args: { estilo: '--practicas-mapa-alto-maximo: 20em' } };

/**
 * A theme sets only `--practicas-mapa-color-5` (README recipe 9): steps 1–4 are mixed from it
 * toward the background, so the scale stays ordered, here in the dark scheme too.
 */
export const ColorPropio: Story = {
  args: { estilo: '--practicas-mapa-color-5: #6b1d1d', esquema: 'oscuro', region: '15' },
  decorators: [fondoOscuro],
};

/** A portal with a 10 px root (`html { font-size: 62.5% }`) and 10 px text: nothing drops below 12 px. */
export const RaizDeDiezPx: Story = { args: { estilo: 'font-size: 10px' } };
