import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, ancho, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/anexo-tabla/anexo-tabla.js';
import type { Orden } from '../src/components/anexo-tabla/modelo.js';
import { bundledDataset } from '../src/data/loader.js';
import { validateDataset } from '../src/data/parse.js';
import type { Dataset } from '../src/data/schema.js';
import { catalogoSintetico } from '../scripts/lib/sintetico.mjs';

interface Args {
  columnas?: string;
  region?: string;
  tema?: string;
  src?: string;
  orden?: Orden;
  esquema?: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/anexo-tabla',
  component: 'anexo-tabla',
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  // Each story gets its own filter group, so stories on one docs page stay independent.
  render: (args, { loaded }) =>
    html`<anexo-tabla
      grupo=${`tabla-historia-${++grupo}`}
      columnas=${args.columnas ?? nothing}
      region=${args.region ?? nothing}
      tema=${args.tema ?? nothing}
      src=${args.src ?? nothing}
      esquema=${args.esquema ?? nothing}
      .orden=${args.orden ?? null}
      .datos=${(loaded as { datos?: Dataset }).datos ?? null}
    ></anexo-tabla>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Anexo 1 as the publication prints it: two sections, rows grouped by topic, plus regions and level. */
export const ComoSePublico: Story = {};

/** A regional portal's view: `region="08"` (Cusco). */
export const UnaRegion: Story = { args: { region: '08' } };

/** One topic: `tema="fortalecimiento-institucional"`, with the status and page columns. */
export const UnTema: Story = {
  args: { tema: 'fortalecimiento-institucional', columnas: 'practica,tipo,criterio,regiones,pagina' },
};

/** Sorted by criterion, within each section. */
export const Ordenada: Story = { args: { orden: { columna: 'criterio', direccion: 'asc' } } };

/** No practice matches: a message and a button that clears the filters. */
export const Vacia: Story = { args: { region: '07' } };

/** A `src` that fails: an alert with a retry button. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };

/** The dark scheme. */
export const Oscuro: Story = {
  args: { esquema: 'oscuro', tema: 'salud' },
  decorators: [fondoOscuro],
};

/**
 * A 320 px wide phone: below 37.5em of its own width each practice is a stacked block
 * with a label before every field, and the column headers become sort buttons.
 * Screen readers still get a table.
 */
export const Estrecha: Story = {
  args: { tema: 'educacion' },
  decorators: [estrecho],
};

/** In a 300 px sidebar of a wide page: the table stacks by its own width, not the screen's. */
export const BarraLateral: Story = {
  args: { tema: 'salud', columnas: 'practica,criterio,regiones,nivel,tipo,pagina' },
  decorators: [
    (story) =>
      html`<div style="display:flex;gap:1em;width:1200px;max-width:none">
        <div style="flex:1"><p>Contenido principal del portal.</p></div>
        <aside style="width:300px;flex:none">${story()}</aside>
      </div>`,
  ],
};

/** 10,000 synthetic practices (seeded, derived from the real ones): rendered 100 rows at a time. */
export const DiezMilFilas: Story = {
  loaders: [async () => ({ datos: validateDataset(catalogoSintetico(bundledDataset(), 10000, 1)) })],
};

/** While a `src` dataset loads: an accessible loading state (the request here never answers). */
export const Cargando: Story = { args: { src: SRC_CARGANDO }, beforeEach: fetchQueNoResponde };

/** A wide desktop (1400 px). */
export const Ancho: Story = { decorators: [ancho] };

/** The interface in English (`lang="en"` on an ancestor); the data stays as published. */
export const Ingles: Story = { args: { tema: 'inclusion-social' }, decorators: [ingles] };
