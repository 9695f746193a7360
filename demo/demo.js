// This page's own script: the source line. The widgets need no glue: they share
// their filters by themselves, and a practice opens in their built-in dialog.
// Same module URL as the page's script tag.
import { bundledDataset } from '/cdn/practicas.js';

const [f] = bundledDataset().fuentes;
const autores = f.autores?.length ? `${f.autores.join(' y ')}. ` : '';
const deposito = f.depositoLegal ? ` Depósito Legal n° ${f.depositoLegal}.` : '';
document.getElementById('fuente').textContent =
  `Fuente: ${autores}${f.titulo}. ${f.editor}, ${f.lugar}, ${f.edicion}. ISBN ${f.isbn}.${deposito} ${f.licencia}`;
