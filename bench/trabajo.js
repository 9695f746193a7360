// The work the benchmark times, in the page (bench/trabajo.html), for our widgets
// and for the peers a webmaster would embed instead: Grid.js and Tabulator for the
// table, Leaflet for the map. scripts/bench.mjs opens one fresh page per measure,
// calls `preparar`, then one of the scenarios below, and reads heap sizes between
// the calls. Every time is main-thread wall time in ms, from the start of the work
// to the end of the first frame painted with its result.
import * as mod from '/cdn/practicas.js';
import { catalogoSintetico } from '/scripts/lib/sintetico.mjs';

/** Resolves after the next frame has been painted (a task after its rAF). */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const esperar = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The long tasks that started in [desde, hasta): how many, and the longest (0 when
 * none). Entries are delivered to the observer a little after their task ends, so
 * the records still queued are taken first.
 */
export function largas(desde, hasta = performance.now()) {
  window.__largas.push(...window.__observadorLargas.takeRecords().map((e) => ({ inicio: e.startTime, duracion: e.duration })));
  const dentro = window.__largas.filter((e) => e.inicio >= desde && e.inicio < hasta);
  // `tareas`: each one's start (ms after `desde`) and duration, for the raw samples the bench prints once.
  const tareas = dentro.map((e) => [Math.round(e.inicio - desde), Math.round(e.duracion)]);
  return { n: dentro.length, max: Math.max(0, ...dentro.map((e) => e.duracion)), tareas };
}
/**
 * Starts each timed piece of work on every page from the same state of the frame clock: a
 * painted frame, then 50 ms without one. Headless Chromium keeps asking for frames for a few
 * ticks of its 60 Hz clock after the last one; a change made meanwhile waits for the next tick
 * (up to 16 ms, whatever the work), while one made after it has stopped is painted in a frame
 * that starts as soon as the work ends (here from 44 ms on). Started wherever a call from the
 * benchmark happened to arrive, a first paint of the same bare SVG took from 2.5 to 16 ms in
 * one run: the clock, not the work. Started this way, the times follow the work.
 */
async function alinear() {
  await frame();
  await esperar(50);
}

/** `largas` once the observer has had a frame and a task to deliver what ended last. */
async function largasAlFinal(desde, hasta) {
  await alinear();
  return largas(desde, hasta);
}

/** Time from `t0` to the end of the first frame painted once `selector` matches under `root` (NaN after 30 s without). */
export function hastaQueAparezca(root, selector, t0) {
  return new Promise((resolve) => {
    const plazo = setTimeout(() => {
      observer.disconnect();
      resolve(Number.NaN);
    }, 30_000);
    const listo = async () => {
      observer.disconnect();
      clearTimeout(plazo);
      await frame();
      resolve(performance.now() - t0);
    };
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) listo();
    });
    if (root.querySelector(selector)) listo();
    else observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Time from `t0` to the end of the frame painted after the last change under
 * `roots` (DOM nodes, attributes or text), once nothing has changed for `quietud`
 * ms and nothing there says it is busy (`aria-busy="true"`): the same "result on
 * screen" rule for every library, whether it renders synchronously, in microtasks,
 * after a debounce or in chunks. A change that touches nothing is timed to the next
 * frame. Without the busy rule, a list searched at 10,000 practices before its search
 * index was built settled on its «Buscando…» message (26 ms), the index being built for
 * longer than `quietud` without a change on screen.
 */
export function hastaAsentarse(roots, t0, quietud = 120) {
  return new Promise((resolve) => {
    let cambios = 0;
    let pintado = null;
    const marcar = (n) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (n === cambios) pintado = performance.now();
        }, 0),
      );
    const observer = new MutationObserver(() => {
      pintado = null;
      marcar(++cambios);
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    marcar(0);
    const ocupado = () => roots.some((root) => root.querySelector('[aria-busy="true"]'));
    const revisar = () => {
      if (pintado !== null && performance.now() - pintado >= quietud && !ocupado()) {
        observer.disconnect();
        resolve(pintado - t0);
      } else if (performance.now() - t0 > 30_000) {
        observer.disconnect();
        resolve(Number.NaN);
      } else setTimeout(revisar, 10);
    };
    setTimeout(revisar, quietud);
  });
}

const cargarScript = (src) =>
  new Promise((resolve, reject) => {
    const s = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject });
    document.head.append(s);
  });
const cargarCss = (href) =>
  new Promise((resolve, reject) => {
    const l = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: resolve, onerror: reject });
    document.head.append(l);
  });

const estado = {};

/**
 * The legend's style sheet from Leaflet's choropleth tutorial (leafletjs.com/examples/choropleth,
 * also in Leaflet's own debug/vector/geojson.html). Without it the legend's colour swatches are
 * empty <i> elements, zero pixels wide: the peer drew a legend without colours, and spared the
 * layout and paint of the swatches that ours draws.
 */
const ESTILO_LEYENDA_LEAFLET = `
  .info { padding: 6px 8px; font: 14px/16px Arial, Helvetica, sans-serif; background: white;
    background: rgba(255, 255, 255, 0.8); box-shadow: 0 0 15px rgba(0, 0, 0, 0.2); border-radius: 5px; }
  .legend { text-align: left; line-height: 18px; color: #555; }
  .legend i { width: 18px; height: 18px; float: left; margin-right: 8px; opacity: 0.7; }
`;

/**
 * The dataset for `n` practices (31: the bundled catalogue; else a seeded
 * synthetic one), loaded the way each implementation needs it, outside the timing.
 */
export async function preparar(n, impl, geo) {
  const base = mod.bundledDataset();
  estado.datos = n === base.practicas.length ? base : await mod.parseDataset(catalogoSintetico(base, n, 1));
  estado.geo = geo;
  if (impl === 'gridjs') {
    await cargarCss('/vendor/gridjs/theme/mermaid.min.css');
    estado.Grid = (await import('/vendor/gridjs/gridjs.production.es.min.js')).Grid;
  } else if (impl === 'tabulator') {
    await cargarCss('/vendor/tabulator/css/tabulator.min.css');
    estado.Tabulator = (await import('/vendor/tabulator/js/tabulator_esm.min.mjs')).TabulatorFull;
  } else if (impl === 'leaflet') {
    await cargarCss('/vendor/leaflet/leaflet.css');
    await cargarScript('/vendor/leaflet/leaflet.js');
    document.head.append(Object.assign(document.createElement('style'), { textContent: ESTILO_LEYENDA_LEAFLET }));
  } else if (impl === 'svg') {
    estado.geometria = await (await fetch('/data/peru-departamentos.json')).json();
  }
  await frame();
  return estado.datos.practicas.length;
}

/** The rows a peer's table shows: the same five columns as ours, the same labels. */
function filasPlanas(datos) {
  const temas = new Map(datos.temas.map((t) => [t.id, t.nombre]));
  const criterios = new Map(datos.criterios.map((c) => [c.id, c.nombre]));
  const regiones = new Map(datos.regiones.map((r) => [r.ubigeo, r.nombre]));
  const lista = new Intl.ListFormat('es-PE', { type: 'conjunction' });
  return datos.practicas.map((p) => ({
    tema: temas.get(p.tema),
    practica: p.tituloAnexo,
    criterio: criterios.get(p.criterio),
    regiones: lista.format(p.regiones.map((r) => regiones.get(r))),
    nivel: p.nivelTexto,
  }));
}
const COLUMNAS = [
  ['tema', 'Tema'],
  ['practica', 'Práctica'],
  ['criterio', 'Criterio'],
  ['regiones', 'Regiones'],
  ['nivel', 'Nivel de gobierno'],
];

/** One of our widgets, on the bundled or synthetic data, in the benchmark's group. */
function nuestro(tag) {
  const el = document.createElement(tag);
  el.grupo = 'bench';
  el.datos = estado.datos;
  document.body.append(el);
  return el;
}

function contenedor(ancho = 1000) {
  const div = document.createElement('div');
  div.style.width = `${ancho}px`;
  document.body.append(div);
  return div;
}

// --- The table: <anexo-tabla>, Grid.js (pagination off, its search box), Tabulator (its filters).

export async function tablaPrimerasFilas(impl, _arg, t0 = performance.now()) {
  const { datos } = estado;
  if (impl === 'nuestro') {
    const el = nuestro('anexo-tabla');
    estado.tabla = {
      el,
      raices: [el.shadowRoot],
      buscar: (q) => mod.estadoDeGrupo('bench').combinar({ q }),
      // The «Práctica» column's sort button, as a reader activates it.
      ordenar: () =>
        [...el.shadowRoot.querySelectorAll('th button')].find((b) => b.textContent.trim().startsWith('Práctica')).click(),
      // The rows of the result (the table renders a long one in slices).
      contar: () => mod.filtrarPracticas(estado.datos, mod.estadoDeGrupo('bench').filtros).length,
    };
    return hastaQueAparezca(el.shadowRoot, 'tr[data-practica-id]', t0);
  }
  const div = contenedor();
  const data = filasPlanas(datos);
  if (impl === 'gridjs') {
    new estado.Grid({
      columns: COLUMNAS.map(([id, name]) => ({ id, name })),
      data,
      search: true,
      sort: true,
      pagination: false,
    }).render(div);
    const input = () => div.querySelector('input.gridjs-search-input');
    estado.tabla = {
      raices: [div],
      buscar: (q) => {
        input().value = q;
        input().dispatchEvent(new Event('input', { bubbles: true }));
      },
      ordenar: () => div.querySelector('th[data-column-id="practica"] button.gridjs-sort').click(),
      contar: () => div.querySelectorAll('td.gridjs-td:first-child:not(.gridjs-message)').length,
    };
    return hastaQueAparezca(div, 'td.gridjs-td', t0);
  }
  if (impl === 'tabulator') {
    // Tabulator has no search box: a text input over its own filter engine, a
    // case-insensitive "like" on any column, as its documentation shows.
    const input = document.createElement('input');
    input.type = 'search';
    const tabla = document.createElement('div');
    div.append(input, tabla);
    const table = new estado.Tabulator(tabla, {
      data,
      columns: COLUMNAS.map(([field, title]) => ({ field, title })),
      layout: 'fitColumns',
      height: 600,
      pagination: false,
    });
    input.addEventListener('input', () => {
      if (input.value) table.setFilter([COLUMNAS.map(([field]) => ({ field, type: 'like', value: input.value }))]);
      else table.clearFilter();
    });
    estado.tabla = {
      raices: [div],
      buscar: (q) => {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      ordenar: () => div.querySelector('.tabulator-col[tabulator-field="practica"]').click(),
      // A virtual DOM holds only the rows on screen: its own count of the result.
      contar: () => table.getDataCount('active'),
    };
    return hastaQueAparezca(div, '.tabulator-row', t0);
  }
  throw new Error(`unknown table: ${impl}`);
}

/** A search keystroke (the query typed so far) to the painted, settled result. */
export async function tablaBusqueda(q) {
  const t0 = performance.now();
  estado.tabla.buscar(q);
  return hastaAsentarse(estado.tabla.raices, t0);
}

/**
 * Sorting by the «Práctica» column as a reader does it, with its header: ascending,
 * descending, then back (ours returns to the publication's order; the peers' headers
 * go back to ascending). Each click to its painted, settled result.
 */
export async function tablaOrden() {
  const desde = performance.now();
  const tiempos = [];
  for (let i = 0; i < 3; i++) {
    await alinear();
    const t0 = performance.now();
    estado.tabla.ordenar();
    tiempos.push(await hastaAsentarse(estado.tabla.raices, t0));
  }
  return { tiempos, largas: await largasAlFinal(desde) };
}

/** The table's whole view as an .xlsx Blob, from the call to the resolved Blob (ours only: the peers have no such export). */
export async function tablaExcel() {
  const t0 = performance.now();
  const blob = await estado.tabla.el.xlsx();
  const ms = performance.now() - t0;
  return { ms, bytes: blob.size, largas: await largasAlFinal(t0) };
}

// --- The map: <practicas-mapa>; Leaflet (SVG renderer, no tiles) drawing the same simplified
// outlines as GeoJSON (scripts/lib/bench-geo.mjs); and the floor, a bare hand-written SVG.

const COLORES = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
function contarPorRegion(datos, tipo) {
  const cuenta = new Map();
  for (const p of datos.practicas) {
    if (tipo && p.tipo !== tipo) continue;
    for (const r of p.regiones) cuenta.set(r, (cuenta.get(r) ?? 0) + 1);
  }
  return cuenta;
}
/** Zero, then up to five classes of equal width over 1…max: the scale ours uses. */
function clases(maximo) {
  const n = Math.min(5, maximo);
  const lista = [{ color: COLORES[0], desde: 0, hasta: 0 }];
  for (let i = 0; i < n; i++) {
    lista.push({ color: COLORES[1 + i], desde: 1 + Math.floor((i * maximo) / n), hasta: Math.floor(((i + 1) * maximo) / n) });
  }
  return lista;
}

export async function mapaPrimero(impl, _arg, t0 = performance.now()) {
  const { datos } = estado;
  if (impl === 'nuestro') {
    const el = nuestro('practicas-mapa');
    estado.mapa = { raices: [el.shadowRoot], cambiar: (tipo) => mod.estadoDeGrupo('bench').combinar({ tipo }) };
    return hastaQueAparezca(el.shadowRoot, 'path[data-ubigeo]', t0);
  }
  if (impl === 'leaflet') {
    // A choropleth as Leaflet's own tutorial builds one (leafletjs.com/examples/choropleth):
    // a GeoJSON layer styled by count, and a legend control with the classes, here
    // also saying how many regions fall in each, as ours does. No tiles.
    const { L } = window;
    const div = contenedor(760);
    div.style.height = '900px';
    // Geographic coordinates in Leaflet's usual Web Mercator; viewBox units (no INEI source at hand) in its flat CRS.
    const crs = estado.geo.crs === 'plano' ? { crs: L.CRS.Simple } : {};
    const map = L.map(div, { renderer: L.svg(), zoomControl: false, attributionControl: false, zoomSnap: 0, ...crs });
    const leyenda = L.control({ position: 'bottomright' });
    leyenda.onAdd = () => L.DomUtil.create('div', 'info legend');
    const pintar = (tipo) => {
      const cuenta = contarPorRegion(datos, tipo);
      const escala = clases(Math.max(0, ...cuenta.values()));
      const clase = (n = 0) => escala.find((c) => n >= c.desde && n <= c.hasta) ?? escala.at(-1);
      const porClase = new Map();
      for (const f of estado.geo.features) {
        const c = clase(cuenta.get(f.properties.FIRST_IDDP));
        porClase.set(c, (porClase.get(c) ?? 0) + 1);
      }
      leyenda.getContainer().innerHTML = escala
        .map(
          (c) =>
            `<i style="background:${c.color}"></i> ${c.desde === c.hasta ? c.desde : `${c.desde}–${c.hasta}`} · ${porClase.get(c) ?? 0} regiones<br>`,
        )
        .join('');
      return (f) => ({ fillColor: clase(cuenta.get(f.properties.FIRST_IDDP)).color, fillOpacity: 1, color: '#555', weight: 0.8 });
    };
    leyenda.addTo(map);
    const capa = L.geoJSON(estado.geo, { style: pintar('') });
    map.fitBounds(capa.getBounds());
    capa.addTo(map);
    estado.mapa = {
      raices: [div],
      cambiar: (tipo) => {
        const estilo = pintar(tipo);
        capa.eachLayer((l) => l.setStyle(estilo(l.feature)));
      },
    };
    return hastaQueAparezca(div, 'path', t0);
  }
  if (impl === 'svg') {
    // The floor: what any choropleth of these 25 outlines must at least do, by hand. One
    // <svg> with a <path> and a fill per department; no legend, no labels, no interaction.
    const { ancho, alto, departamentos } = estado.geometria;
    const div = contenedor(760);
    const NS = 'http://www.w3.org/2000/svg';
    const lienzo = document.createElementNS(NS, 'svg');
    lienzo.setAttribute('viewBox', `0 0 ${ancho} ${alto}`);
    lienzo.setAttribute('width', '760');
    const caminos = Object.entries(departamentos).map(([ubigeo, { d }]) => {
      const path = document.createElementNS(NS, 'path');
      path.setAttribute('d', d);
      path.setAttribute('stroke', '#555');
      path.setAttribute('stroke-width', '0.8');
      path.dataset.ubigeo = ubigeo;
      lienzo.append(path);
      return path;
    });
    const pintar = (tipo) => {
      const cuenta = contarPorRegion(datos, tipo);
      const escala = clases(Math.max(0, ...cuenta.values()));
      for (const path of caminos) {
        const n = cuenta.get(path.dataset.ubigeo) ?? 0;
        path.setAttribute('fill', (escala.find((c) => n >= c.desde && n <= c.hasta) ?? escala.at(-1)).color);
      }
    };
    pintar('');
    div.append(lienzo);
    estado.mapa = { raices: [div], cambiar: pintar };
    return hastaQueAparezca(div, 'path', t0);
  }
  throw new Error(`unknown map: ${impl}`);
}

/** A filter change (status) to the recoloured, painted map. */
export async function mapaRecolor(tipo) {
  const t0 = performance.now();
  estado.mapa.cambiar(tipo);
  return hastaAsentarse(estado.mapa.raices, t0);
}

/** A search typed in the group's state (no box of its own), to the recoloured, painted map: ours only. */
export async function mapaBusqueda(q) {
  const t0 = performance.now();
  mod.estadoDeGrupo('bench').combinar({ q });
  return hastaAsentarse(estado.mapa.raices, t0);
}

// --- Our list (no peer), and the four widgets linked in one group.

export async function listaPrimera(_impl, limite, t0 = performance.now()) {
  const el = nuestro('practicas-lista');
  el.limite = limite;
  estado.lista = { raices: [el.shadowRoot] };
  await el.updateComplete;
  const tarjetas = [...el.shadowRoot.querySelectorAll('practica-card')];
  await Promise.all(tarjetas.map((t) => t.updateComplete));
  await frame();
  return performance.now() - t0;
}

/** Every Lit element under `root`, in shadow roots too. */
function elementosLit(root, acc = []) {
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) acc.push(el);
    if (el.shadowRoot) elementosLit(el.shadowRoot, acc);
  }
  return acc;
}
async function todoActualizado() {
  // Updates can schedule updates (a list renders cards): settle until none is pending.
  for (;;) {
    const pendientes = elementosLit(document).filter((el) => el.isUpdatePending);
    if (!pendientes.length) return;
    await Promise.all(pendientes.map((el) => el.updateComplete));
  }
}

/** A search in the group's state, as the filter bar sets it, to the painted, settled list. */
export async function listaBusqueda(q) {
  const t0 = performance.now();
  mod.estadoDeGrupo('bench').combinar({ q });
  return hastaAsentarse(estado.lista.raices, t0);
}

export async function enlazadosPrimero(_impl, limite, t0 = performance.now()) {
  const pagina = document.createElement('main');
  pagina.style.width = '1000px';
  for (const tag of ['practicas-filtros', 'practicas-mapa', 'practicas-lista', 'anexo-tabla']) {
    const el = document.createElement(tag);
    el.grupo = 'enlazados';
    el.datos = estado.datos;
    if (tag === 'practicas-lista') el.limite = limite;
    pagina.append(el);
  }
  document.body.append(pagina);
  await todoActualizado();
  await frame();
  estado.busqueda = pagina.querySelector('practicas-filtros').shadowRoot.querySelector('input[type="search"]');
  return performance.now() - t0;
}

/** A keystroke in the filter bar's search box to the frame painted with every linked widget updated. */
export async function enlazadosBusqueda(q) {
  const t0 = performance.now();
  estado.busqueda.value = q;
  estado.busqueda.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await todoActualizado();
  await frame();
  return performance.now() - t0;
}

// --- One run's page, step by step; each step returns its times and its long tasks.

/**
 * Creates a widget with `primero` (one of the functions above): the time to the end
 * of the first painted frame with its content, to the end of the painted frame after
 * that one (what a reader who scrolls, clicks or types right away waits for), and the
 * long tasks from the end of the previous step (`preparar`) to that first frame.
 */
export async function crear(primero, impl, arg) {
  const desde = estado.hasta ?? 0;
  await alinear();
  const t0 = performance.now();
  const first = await API[primero](impl, arg, t0);
  estado.primerCuadro = t0 + first;
  await frame();
  const second = performance.now() - t0;
  return { first, second, largas: largas(desde, estado.primerCuadro) };
}

/** The long tasks in the `ms` after the first frame of `crear`, the reader doing nothing yet. */
export async function observarDespues(ms) {
  const fin = estado.primerCuadro + ms;
  await esperar(Math.max(0, fin - performance.now()));
  return largasAlFinal(estado.primerCuadro, fin);
}

/**
 * One search typed or pasted at once, with `paso` (tablaBusqueda, listaBusqueda,
 * enlazadosBusqueda), to the painted, settled result and to the end of the second
 * frame painted after the change; then cleared again (untimed). `filas` counts what
 * the result shows, for the record that the query matches what it should.
 */
export async function deUnaVez(paso, q, contar) {
  await alinear();
  const t0 = performance.now();
  let second;
  requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(() => (second = performance.now() - t0)))));
  const settled = await API[paso](q);
  while (second === undefined) await frame();
  const result = { settled, second, largas: await largasAlFinal(t0), filas: contar ? estado.tabla.contar() : undefined };
  await API[paso]('');
  return result;
}

/** The steps `paso(q)` in turn (each to its painted, settled result), with the long tasks over the whole sequence. */
export async function secuencia(paso, valores) {
  const desde = performance.now();
  const tiempos = [];
  for (const v of valores) {
    await alinear();
    tiempos.push(await API[paso](v));
  }
  return { tiempos, largas: await largasAlFinal(desde) };
}

/** Marks the end of the work before the next step: the long tasks of the heap measures between steps are not counted. */
export function marcar() {
  estado.hasta = performance.now();
}

const API = {
  tablaPrimerasFilas,
  tablaBusqueda,
  mapaPrimero,
  mapaRecolor,
  mapaBusqueda,
  listaPrimera,
  listaBusqueda,
  enlazadosPrimero,
  enlazadosBusqueda,
};

window.bench = {
  ...API,
  preparar,
  crear,
  observarDespues,
  deUnaVez,
  secuencia,
  tablaOrden,
  tablaExcel,
  marcar,
  largas,
};
