import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/components/practicas-lista/practicas-lista.js';
import type { PracticasLista } from '../src/components/practicas-lista/practicas-lista.component.js';
import { bundledDataset } from '../src/data/loader.js';
import { validateDataset } from '../src/data/parse.js';
import type { Dataset } from '../src/data/schema.js';
import { resolveLang } from '../src/i18n/lang.js';
import { MENSAJES } from '../src/i18n/mensajes.js';
import { catalogoSintetico } from '../scripts/lib/sintetico.mjs';

const PRACTICAS = 250;

const meta: Meta = {
  title: 'Estados/Lista de más de 100 tarjetas',
  component: 'practicas-lista',
  loaders: [async () => ({ datos: validateDataset(catalogoSintetico(bundledDataset(), PRACTICAS, 1)) })],
  // The story's own group (no filters), the same when the story renders again.
  render: (_, { id, loaded }) =>
    html`<practicas-lista grupo=${`lista-larga-${id}`} .datos=${(loaded as { datos: Dataset }).datos}></practicas-lista>`,
};
export default meta;
type Story = StoryObj;

/**
 * 250 generated practices (seeded, derived from the real ones) and no cap: the list
 * shows them 100 cards at a time, with a «Mostrar 100 más (quedan 150)» button below.
 * The first 12 cards come at once, the rest of the 100 when the reader scrolls near
 * them or after a second of calm, 12 per task.
 */
export const DoscientasCincuenta: Story = {};

/**
 * After one press of «Mostrar más»: the next 100 cards follow at once, 12 per task, and
 * the button offers the last 50. The story presses it itself and checks that the cards
 * 101 to 200 are the catalogue's next practices, in order.
 */
export const MostrarMas: Story = {
  play: async ({ canvasElement, loaded }) => {
    const lista = canvasElement.querySelector<PracticasLista>('practicas-lista')!;
    await lista.updateComplete;
    const { mostrarMas } = MENSAJES[resolveLang(lista)];
    const boton = () => lista.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]');
    const tarjetas = () =>
      [...lista.shadowRoot!.querySelectorAll('[part~="item"] practica-card')].map((c) => c.getAttribute('practica-id'));
    const ids = (loaded as { datos: Dataset }).datos.practicas.map((p) => p.id);

    await expect(boton()).toHaveTextContent(mostrarMas('100', '150'));
    await expect(tarjetas()).toEqual(ids.slice(0, tarjetas().length));
    await userEvent.click(boton()!);
    // Resolves once every card the press added is in the DOM.
    await lista.updateComplete;
    await expect(tarjetas()).toEqual(ids.slice(0, 200));
    await expect(boton()).toHaveTextContent(mostrarMas('50', '50'));
  },
};
