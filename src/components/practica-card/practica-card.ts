// Registers <practica-card>. Guarded: loading the library twice defines it once.
import { PracticaCard } from './practica-card.component.js';

export * from './practica-card.component.js';

if (!customElements.get('practica-card')) customElements.define('practica-card', PracticaCard);

declare global {
  interface HTMLElementTagNameMap {
    'practica-card': PracticaCard;
  }
}
