// Registers <practica-card>. Guarded: loading the library twice defines it once.
import { PracticaCard } from './practica-card.component.js';
import { anticiparEstilos } from '../shared/anticipar-estilos.js';

export * from './practica-card.component.js';

if (!customElements.get('practica-card')) {
  customElements.define('practica-card', PracticaCard);
  anticiparEstilos(PracticaCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'practica-card': PracticaCard;
  }
}
