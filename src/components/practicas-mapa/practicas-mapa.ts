// Registers <practicas-mapa>. Guarded: loading the library twice defines it once.
import { PracticasMapa } from './practicas-mapa.component.js';
import { anticiparEstilos } from '../shared/anticipar-estilos.js';

export * from './practicas-mapa.component.js';

if (!customElements.get('practicas-mapa')) {
  customElements.define('practicas-mapa', PracticasMapa);
  anticiparEstilos(PracticasMapa);
}

declare global {
  interface HTMLElementTagNameMap {
    'practicas-mapa': PracticasMapa;
  }
}
