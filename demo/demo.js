// This page's own script. The widgets need no glue: they share their filters by
// themselves. The page only adds its own detail view, opened when a card's title
// is activated, and the source line. Same module URL as the page's script tag.
import { bundledDataset } from '/dist/practicas.js';

document.addEventListener('practicas-seleccion', (event) => {
  const detail = document.getElementById('detalle');
  detail.querySelector('practica-card').practicaId = event.detail.id;
  detail.hidden = false;
  document.getElementById('detalle-titulo').focus();
});

const f = bundledDataset().fuente;
document.getElementById('fuente').textContent =
  `Fuente: ${f.titulo}. ${f.editor}, ${f.lugar}, ${f.edicion}. ISBN ${f.isbn}. ${f.licencia}`;
