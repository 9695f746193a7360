#!/usr/bin/env node
// Derives the map geometry, data/peru-departamentos.json, from INEI's 2007
// departmental limits (../shared/geo/peru_departamental_simple.geojson, or GEO_SRC):
//  1. projects every vertex with an equal-area conic projection fitted to Peru
//     (a choropleth compares areas, so areas must not be distorted);
//  2. builds a topology, so that a border shared by two departments is one arc;
//  3. simplifies the arcs (Visvalingam, planar), each shared arc once, so that
//     neighbours stay gap- and overlap-free;
//  4. writes one SVG path per department, keyed by ubigeo, in integer
//     coordinates with relative commands, plus a label point (the centroid of
//     its largest polygon) used for tooltips, Callao's marker and arrow-key moves.
// With --check, writes nothing and fails when the committed file differs.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, neighbors } from 'topojson-client';
import { clearSkipped, recordSkipped } from './lib/skipped.mjs';

const check = process.argv.includes('--check');
const CHECK = 'build-geo --check';
const source = process.env.GEO_SRC ?? new URL('../../shared/geo/peru_departamental_simple.geojson', import.meta.url).pathname;
const target = new URL('../data/peru-departamentos.json', import.meta.url);
const WIDTH = 600; // viewBox width; the height follows the projected aspect ratio
const PADDING = 6;
const KEEP = 0.45; // share of the (non-fixed) vertices kept by simplification
const BUDGET = 30 * 1024;

if (!existsSync(source)) {
  if (check) {
    // Skipped, not passed: the final summary of `npm test` counts and names it.
    recordSkipped(CHECK, `geometry source not found at ${source}`);
    console.warn(`build-geo: source ${source} not found; the derived file is not re-checked (skipped).`);
    process.exit(0);
  }
  console.error(`build-geo: source ${source} not found (set GEO_SRC).`);
  process.exit(1);
}
if (check) clearSkipped(CHECK);

const input = JSON.parse(readFileSync(source, 'utf8'));

// 1. Project. Parallels at about 1/6 and 5/6 of Peru's latitude span (0° to 18.4° S).
const projection = geoConicEqualArea().parallels([-3, -15.5]).rotate([75.2, 0]).center([0, -9.2]).scale(1).translate([0, 0]);
const projectRings = (rings) => rings.map((ring) => ring.map((point) => projection(point)));
const projected = input.features.map((f) => {
  const { type, coordinates } = f.geometry;
  const coords = type === 'Polygon' ? projectRings(coordinates) : coordinates.map(projectRings);
  return { type: 'Feature', id: f.properties.FIRST_IDDP, properties: {}, geometry: { type, coordinates: coords } };
});
let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of projected) {
  for (const [x, y] of f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2)) {
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  }
}
const k = (WIDTH - 2 * PADDING) / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * k + 2 * PADDING);
const fit = ([x, y]) => [(x - minX) * k + PADDING, (y - minY) * k + PADDING];
for (const f of projected) {
  const fitRings = (rings) => rings.map((ring) => ring.map(fit));
  f.geometry.coordinates =
    f.geometry.type === 'Polygon' ? fitRings(f.geometry.coordinates) : f.geometry.coordinates.map(fitRings);
}

// 2–3. Topology, then simplification of shared arcs (planar areas: the coordinates are projected).
const topo = topology({ departamentos: { type: 'FeatureCollection', features: projected } }, 1e5);
const pre = presimplify(topo);
const simplified = simplify(pre, quantile(pre, 1 - KEEP));
const geometries = simplified.objects.departamentos.geometries;
const vecinos = neighbors(geometries);

// 4. SVG paths in integer coordinates, relative commands.
function ringPath(ring) {
  const points = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const deduped = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  if (deduped.length > 1 && deduped[0][0] === deduped.at(-1)[0] && deduped[0][1] === deduped.at(-1)[1]) deduped.pop();
  if (deduped.length < 3) return '';
  let d = `M${deduped[0][0]} ${deduped[0][1]}`;
  for (let i = 1; i < deduped.length; i++) {
    const dx = deduped[i][0] - deduped[i - 1][0];
    const dy = deduped[i][1] - deduped[i - 1][1];
    d += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
  }
  return `${d}z`;
}

const path = geoPath(); // no projection: planar, on the fitted coordinates
const departamentos = {};
geometries.forEach((geometry, i) => {
  const f = feature(simplified, geometry);
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polygons.flatMap((rings) => rings.map(ringPath)).join('');
  // The label point: centroid of the largest polygon.
  const largest = polygons
    .map((rings) => ({ type: 'Polygon', coordinates: rings }))
    .sort((a, b) => path.area(b) - path.area(a))[0];
  const [cx, cy] = path.centroid(largest);
  departamentos[geometry.id] = {
    d,
    centro: [Math.round(cx), Math.round(cy)],
    vecinos: vecinos[i].map((j) => geometries[j].id).sort(),
  };
});

const ordered = Object.fromEntries(
  Object.keys(departamentos)
    .sort()
    .map((id) => [id, departamentos[id]]),
);
const output = {
  fuente: 'Límites: INEI 2007 (Geoservidor MINAM / GEOIDEP), vía la colección pública peru-geojson.',
  licencia: 'MPL-2.0 (ver data/LICENSE-MPL-2.0.txt)',
  generado:
    'scripts/build-geo.mjs: proyección cónica equivalente de Albers (paralelos 3° S y 15.5° S, meridiano 75.2° O), topología y simplificación de Visvalingam que conserva los bordes compartidos.',
  ancho: WIDTH,
  alto: HEIGHT,
  departamentos: ordered,
};
const text = `${JSON.stringify(output)}\n`;

const ids = Object.keys(ordered);
if (ids.length !== 25) {
  console.error(`build-geo: expected 25 departments, got ${ids.length}`);
  process.exit(1);
}
if (text.length > BUDGET) {
  console.error(`build-geo: ${text.length} bytes, over the ${BUDGET}-byte budget; lower KEEP.`);
  process.exit(1);
}
const summary = `${ids.length} departments, ${text.length} bytes, viewBox 0 0 ${WIDTH} ${HEIGHT}, ${topo.arcs.length} arcs`;
if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('data/peru-departamentos.json is out of date: run `npm run geo` and commit it.');
    process.exit(1);
  }
  console.log(`data/peru-departamentos.json is up to date (${summary}).`);
} else {
  writeFileSync(target, text);
  console.log(`data/peru-departamentos.json written: ${summary}.`);
}
