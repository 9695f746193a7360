// Registers <anexo-tabla> (and the <practica-card> its dialog shows). Guarded:
// loading the library twice defines each element once.
import '../practica-card/practica-card.js';
import { AnexoTabla } from './anexo-tabla.component.js';

export * from './anexo-tabla.component.js';

if (!customElements.get('anexo-tabla')) customElements.define('anexo-tabla', AnexoTabla);

declare global {
  interface HTMLElementTagNameMap {
    'anexo-tabla': AnexoTabla;
  }
}
