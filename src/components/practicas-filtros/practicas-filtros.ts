// Registers <practicas-filtros>. Guarded: loading the library twice defines it once.
import { PracticasFiltros } from './practicas-filtros.component.js';

export * from './practicas-filtros.component.js';

if (!customElements.get('practicas-filtros')) customElements.define('practicas-filtros', PracticasFiltros);

declare global {
  interface HTMLElementTagNameMap {
    'practicas-filtros': PracticasFiltros;
  }
}
