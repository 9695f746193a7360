// Registers <practicas-lista> (and the <practica-card> it renders). Guarded:
// loading the library twice defines each element once.
import '../practica-card/practica-card.js';
import { PracticasLista } from './practicas-lista.component.js';

export * from './practicas-lista.component.js';

if (!customElements.get('practicas-lista')) customElements.define('practicas-lista', PracticasLista);

declare global {
  interface HTMLElementTagNameMap {
    'practicas-lista': PracticasLista;
  }
}
