/**
 * Registers every element, and re-exports the whole API. The entry of both the
 * npm build (`dist/practicas.js`) and the CDN files (`cdn/practicas.js`,
 * `cdn/practicas.iife.js`). Registration is guarded, so loading the library
 * twice on one page throws nothing.
 */
export * from './index.js';
import './components/practica-card/practica-card.js';
import './components/practicas-lista/practicas-lista.js';
import './components/practicas-mapa/practicas-mapa.js';
import './components/anexo-tabla/anexo-tabla.js';
import './components/practicas-filtros/practicas-filtros.js';
