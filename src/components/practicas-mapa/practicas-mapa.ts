// Registers <practicas-mapa>. Guarded: loading the library twice defines it once.
import { PracticasMapa } from './practicas-mapa.component.js';

export * from './practicas-mapa.component.js';

if (!customElements.get('practicas-mapa')) customElements.define('practicas-mapa', PracticasMapa);

declare global {
  interface HTMLElementTagNameMap {
    'practicas-mapa': PracticasMapa;
  }
}
