import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/practicas-lista/practicas-lista.js';

interface Args {
  destacadas?: string;
  limite?: number;
  region?: string;
  tema?: string;
  grupo?: string;
  esquema: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-lista',
  component: 'practicas-lista',
  args: { esquema: 'auto' },
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  // Each story gets its own filter group, so stories on one docs page stay independent.
  render: (args) => html`<practicas-lista
    grupo=${args.grupo ?? `historia-${++grupo}`}
    destacadas=${args.destacadas ?? nothing}
    limite=${args.limite ?? nothing}
    region=${args.region ?? nothing}
    tema=${args.tema ?? nothing}
    esquema=${args.esquema}
  ></practicas-lista>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Featured practices for ANGR's site, exactly in the order given. */
export const Destacadas: Story = {
  args: { destacadas: 'codigo-conducta-participativo,la-libertad-portal-decide,huanuco-primera-infancia-articulada' },
};

/** The practices of one region (Cusco), preset with `region="08"`. */
export const UnaRegion: Story = { args: { region: '08' } };

/** Capped with `limite`, with a "ver todas" button. */
export const ConLimite: Story = { args: { tema: 'fortalecimiento-institucional', limite: 3 } };

/** No practice matches: a friendly message. */
export const Vacia: Story = { args: { region: '07' } };

/** A featured id that does not exist is named in an alert. */
export const DestacadaDesconocida: Story = { args: { destacadas: 'apurimac-sigei,no-existe' } };

/** The dark scheme. */
export const Oscuro: Story = {
  args: { esquema: 'oscuro', destacadas: 'apurimac-sigei,san-martin-sirsam,ica-crowdfunding-tecnologica' },
  decorators: [(story) => html`<div style="background:#000;padding:1rem">${story()}</div>`],
};

/** A 320 px wide phone: one column. */
export const Estrecho: Story = {
  args: { region: '22', limite: 3 },
  decorators: [(story) => html`<div style="width:320px;max-width:100%">${story()}</div>`],
};
