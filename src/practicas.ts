/**
 * Registers every element, and re-exports the whole API. The entry of both the
 * npm build (`dist/practicas.js`) and the CDN files (`cdn/practicas.js`,
 * `cdn/practicas.iife.js`). Registration is guarded, so loading the library
 * twice on one page throws nothing.
 */
export * from './index.js';
// In the order a page usually shows them: elements already on the page are upgraded as each
// tag is defined, and take their first-render turns in that order (the filter bar, at the
// top, first; see components/shared/turnos.ts).
import './components/practicas-filtros/practicas-filtros.js';
import './components/practicas-mapa/practicas-mapa.js';
import './components/practica-card/practica-card.js';
import './components/practicas-lista/practicas-lista.js';
import './components/anexo-tabla/anexo-tabla.js';
