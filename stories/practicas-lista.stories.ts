import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, ancho, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/practicas-lista/practicas-lista.js';

interface Args {
  src?: string;
  destacadas?: string;
  limite?: number;
  region?: string;
  tema?: string;
  grupo?: string;
  esquema?: 'auto' | 'claro' | 'oscuro';
}

let grupo = 0;

const meta: Meta<Args> = {
  title: 'Elementos/practicas-lista',
  component: 'practicas-lista',
  argTypes: { esquema: { control: 'inline-radio', options: ['auto', 'claro', 'oscuro'] } },
  // Each story gets its own filter group, so stories on one docs page stay independent.
  render: (args) =>
    html`<practicas-lista
      grupo=${args.grupo ?? `historia-${++grupo}`}
      destacadas=${args.destacadas ?? nothing}
      limite=${args.limite ?? nothing}
      region=${args.region ?? nothing}
      tema=${args.tema ?? nothing}
      src=${args.src ?? nothing}
      esquema=${args.esquema ?? nothing}
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
  decorators: [fondoOscuro],
};

/**
 * Activating a card's title opens the practice's full card in a modal dialog (focus moves in,
 * Escape closes it, focus returns to the title). A page that cancels `practicas-seleccion`
 * shows its own view instead; this story cancels it and names the practice chosen.
 */
export const VistaPropia: Story = {
  args: { destacadas: 'apurimac-sigei,san-martin-sirsam' },
  decorators: [
    (story) =>
      html`<div
        @practicas-seleccion=${(e: CustomEvent<{ id: string }>) => {
          e.preventDefault();
          const salida = (e.currentTarget as HTMLElement).querySelector('output');
          if (salida) salida.textContent = `Vista propia de la página: ${e.detail.id}`;
        }}
      >
        ${story()}
        <output aria-live="polite"></output>
      </div>`,
  ],
};

/** A 320 px wide phone: one column. */
export const Estrecho: Story = {
  args: { region: '22', limite: 3 },
  decorators: [estrecho],
};

/** While a `src` dataset loads: an accessible loading state (the request here never answers). */
export const Cargando: Story = { args: { src: SRC_CARGANDO }, beforeEach: fetchQueNoResponde };

/** A wide desktop (1400 px). */
export const Ancho: Story = { args: { tema: 'fortalecimiento-institucional' }, decorators: [ancho] };

/** The interface in English (`lang="en"` on an ancestor); the data stays as published. */
export const Ingles: Story = { args: { region: '13' }, decorators: [ingles] };

/** A `src` that fails: an alert with a retry button. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };
