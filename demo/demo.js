// Until the elements exist, the demo shows the library's data API at work:
// the bundled dataset (no request), the accent-insensitive search and the
// facet counts. Same module URL as the page's script tag: loaded once.
import { bundledDataset, facetas, filtrarPracticas } from '/dist/practicas.js';

const data = bundledDataset();
const form = document.getElementById('filtros');
const select = form.elements.region;
const regionName = new Map(data.regiones.map((r) => [r.ubigeo, r.nombre]));
const temaName = new Map(data.temas.map((t) => [t.id, t.nombreCorto]));

for (const r of data.regiones) select.append(new Option(r.nombre, r.ubigeo));

// A region preset from the query string, as a portal would do: ?region=08
const preset = new URLSearchParams(location.search).get('region');
if (preset && regionName.has(preset)) select.value = preset;

function render() {
  const filtros = Object.fromEntries(new FormData(form));
  const found = filtrarPracticas(data, filtros);
  const counts = facetas(data, filtros);
  for (const option of select.options) {
    if (option.value) option.textContent = `${regionName.get(option.value)} (${counts.region[option.value]})`;
  }
  document.getElementById('cuenta').textContent = `${found.length} de ${data.practicas.length} prácticas`;
  const list = document.getElementById('resultados');
  list.replaceChildren(
    ...found.map((p) => {
      const li = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = p.titulo;
      const meta = document.createElement('small');
      meta.textContent = [
        p.tipo === 'buena-practica' ? 'Buena práctica' : 'En proceso',
        temaName.get(p.tema),
        p.regiones.map((c) => regionName.get(c)).join(', '),
        `p. ${p.pagina}`,
      ].join(' · ');
      li.append(title, meta);
      return li;
    }),
  );
}

form.addEventListener('input', render);
form.addEventListener('submit', (e) => e.preventDefault());
render();

const f = data.fuente;
document.getElementById('fuente').textContent =
  `Fuente: ${f.titulo}. ${f.editor}, ${f.lugar}, ${f.edicion}. ISBN ${f.isbn}. ${f.licencia}`;
