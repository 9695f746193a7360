import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/practicas-filtros/practicas-filtros.js';
import '../src/components/practicas-lista/practicas-lista.js';
import '../src/components/practicas-mapa/practicas-mapa.js';

const meta: Meta = {
  title: 'Guías/Tematización',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/**
 * A regional government's own look, with nothing but the documented custom
 * properties and parts: a serif font, the region's colours, square corners.
 * The same CSS goes into the portal's stylesheet.
 */
export const ColoresDeUnGobiernoRegional: Story = {
  render: () => html`
    <style>
      .portal-cusco {
        font-family: Georgia, 'Times New Roman', serif;
        --practicas-color-enlace: #6b1d1d;
        --practicas-color-foco: #6b1d1d;
        --practicas-color-acento: #6b1d1d;
        --practicas-color-superficie: #fbf6ee;
        --practicas-color-borde: #d8c7a8;
        --practicas-radio: 0;
        --practicas-espacio: 1.125rem;
        --practicas-mapa-color-1: #fde0c5;
        --practicas-mapa-color-2: #f9b487;
        --practicas-mapa-color-3: #e8743b;
        --practicas-mapa-color-4: #b7472a;
        --practicas-mapa-color-5: #6b1d1d;
        display: grid;
        gap: 1.5rem;
      }
      .portal-cusco practicas-lista::part(list) {
        gap: 1.5rem;
      }
    </style>
    <div class="portal-cusco">
      <practicas-filtros grupo="tematizacion" region="08"></practicas-filtros>
      <div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:start">
        <practicas-mapa grupo="tematizacion"></practicas-mapa>
        <practicas-lista grupo="tematizacion"></practicas-lista>
      </div>
    </div>
  `,
};
