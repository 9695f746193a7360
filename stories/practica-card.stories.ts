import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SRC_CARGANDO, ancho, estrecho, fetchQueNoResponde, fondoOscuro, ingles } from './ayudas.js';
import '../src/components/practica-card/practica-card.js';

interface Args {
  'practica-id': string;
  variante: 'completa' | 'compacta';
  esquema?: 'auto' | 'claro' | 'oscuro';
  'nivel-encabezado': number;
  src?: string;
  sic: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementos/practica-card',
  component: 'practica-card',
  args: { 'practica-id': 'arequipa-anemia-cero', variante: 'completa', 'nivel-encabezado': 3, sic: false },
  argTypes: {
    variante: { control: 'inline-radio', options: ['completa', 'compacta'] },
  },
  render: (args) =>
    html`<practica-card
      practica-id=${args['practica-id']}
      variante=${args.variante}
      esquema=${args.esquema ?? nothing}
      nivel-encabezado=${args['nivel-encabezado']}
      src=${args.src ?? nothing}
      ?sic=${args.sic}
    ></practica-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The complete card: everything the publication says of a practice. */
export const Completa: Story = {};

/** For grids: title, badges, regions and objective. */
export const Compacta: Story = { args: { variante: 'compacta' } };

/** A practice of three regions, with its tools split by region. */
export const VariasRegiones: Story = { args: { 'practica-id': 'codigo-conducta-participativo' } };

/** An initiative in progress ("en proceso"). */
export const EnProceso: Story = { args: { 'practica-id': 'cusco-ordenamiento-territorial' } };

/** A long description, folded behind a disclosure button; notes on the source text in the footer. */
export const TextoLargo: Story = { args: { 'practica-id': 'huanuco-primera-infancia-articulada' } };

/** An id that is not in the catalogue: an alert names it. */
export const IdDesconocido: Story = { args: { 'practica-id': 'practica-inexistente' } };

/** A `src` that fails: the loader's error, with a retry button. */
export const ErrorDeCarga: Story = { args: { src: '/no-existe/practicas.json' } };

/** The dark scheme, forced with `esquema="oscuro"` (without it, the card follows the page's `color-scheme`). */
export const Oscuro: Story = {
  args: { esquema: 'oscuro', 'practica-id': 'ica-ventanillas-unicas' },
  decorators: [fondoOscuro],
};

/** A 320 px wide phone. */
export const Estrecho: Story = {
  args: { 'practica-id': 'codigo-conducta-participativo' },
  decorators: [estrecho],
};

/** The interface in English (`lang="en"` on an ancestor); the data stays as published. */
export const Ingles: Story = {
  args: { 'practica-id': 'sabaino-agente-comunitario-anemia' },
  decorators: [ingles],
};

/** While a `src` dataset loads: an accessible loading state (the request here never answers). */
export const Cargando: Story = { args: { src: SRC_CARGANDO }, beforeEach: fetchQueNoResponde };

/** A wide desktop (1400 px). */
export const Ancho: Story = { args: { 'practica-id': 'la-libertad-portal-decide' }, decorators: [ancho] };

/** The publication's slips, kept word for word, marked «[sic]» where they occur (`sic`); the notes on the text say what they presumably mean. */
export const Erratas: Story = { args: { 'practica-id': 'ica-siembra-cosecha-agua', sic: true } };
