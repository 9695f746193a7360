/**
 * The bundle entry (`dist/practicas.js`, `dist/practicas.iife.js`): the whole
 * public API, plus the registration of every element. Registration is guarded,
 * so loading the bundle twice on one page throws nothing.
 */
export * from './index.js';
import './components/practica-card/practica-card.js';
import './components/practicas-lista/practicas-lista.js';
import './components/practicas-mapa/practicas-mapa.js';
import './components/anexo-tabla/anexo-tabla.js';
import './components/practicas-filtros/practicas-filtros.js';
