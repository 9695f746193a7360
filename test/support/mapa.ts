import { waitUntil } from '@open-wc/testing';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { shadow } from './elements.js';

/**
 * Waits for the map's second step (Callao's label, the hidden help and the legend beside the
 * map), which follows its first painted frame when the browser is idle: a condition, not a sleep.
 */
export async function segundoPaso(el: PracticasMapa): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('.etiqueta-callao:not([data-pendiente])'), 'the second step is rendered', {
    timeout: 2000,
  });
  await el.updateComplete;
}
