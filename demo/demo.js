// This page's own script. It shows two things a portal may do with the library:
// drive the shared filters from its own form (the <practicas-filtros> element
// will make this unnecessary), and open its own detail view when a card's title
// is activated. Same module URL as the page's script tag: loaded once.
import { bundledDataset, facetas, filtrarPracticas, storeDeGrupo } from '/dist/practicas.js';

const data = bundledDataset();
const store = storeDeGrupo('');
const form = document.getElementById('filtros');
const select = form.elements.region;
const regionName = new Map(data.regiones.map((r) => [r.ubigeo, r.nombre]));

for (const r of data.regiones) select.append(new Option(r.nombre, r.ubigeo));

// A region preset from the address, as a portal would link it: ?region=08
const preset = new URLSearchParams(location.search).get('region');
if (preset && regionName.has(preset)) select.value = preset;

function apply() {
  store.establecer(Object.fromEntries(new FormData(form)));
}

function showCounts() {
  const filtros = store.filtros;
  const counts = facetas(data, filtros);
  for (const option of select.options) {
    if (option.value) option.textContent = `${regionName.get(option.value)} (${counts.region[option.value]})`;
  }
  document.getElementById('cuenta').textContent = `${filtrarPracticas(data, filtros).length} de ${data.practicas.length} prácticas`;
}

// The map writes the region into the shared state; keep the page's own select in step.
store.addEventListener('cambio', () => {
  select.value = store.filtros.region ?? '';
  showCounts();
});
form.addEventListener('input', apply);
form.addEventListener('submit', (e) => e.preventDefault());
apply();
showCounts();

// The page's own detail view.
document.addEventListener('practicas-seleccion', (event) => {
  const detail = document.getElementById('detalle');
  detail.querySelector('practica-card').practicaId = event.detail.id;
  detail.hidden = false;
  document.getElementById('detalle-titulo').focus();
});

const f = data.fuente;
document.getElementById('fuente').textContent =
  `Fuente: ${f.titulo}. ${f.editor}, ${f.lugar}, ${f.edicion}. ISBN ${f.isbn}. ${f.licencia}`;
