// The geometry the benchmark gives its Leaflet peer: the same simplified outlines our
// map draws (data/peru-departamentos.json, made by scripts/build-geo.mjs), as GeoJSON, so
// that both draw the same 25 departments with the same vertices rather than Leaflet
// drawing INEI's full-resolution file.
//
// The committed paths are in the map's projected, fitted viewBox coordinates. When
// INEI's source is at hand, the fit build-geo used is recovered from it and every
// vertex is projected back to longitude and latitude: a GeoJSON as a webmaster would
// have it, drawn by Leaflet in its usual Web Mercator. Without the source, the
// outlines stay in viewBox units (y up) for Leaflet's flat CRS: the same vertices.
import { existsSync, readFileSync } from 'node:fs';
import { geoConicEqualArea } from 'd3-geo';

// build-geo.mjs's projection and fit; its output records neither, so they are repeated here.
const projection = () =>
  geoConicEqualArea().parallels([-3, -15.5]).rotate([75.2, 0]).center([0, -9.2]).scale(1).translate([0, 0]);
const WIDTH = 600;
const PADDING = 6;

/** The rings of an SVG path made of `M x y`, relative `l dx dy` and `z` (the only commands build-geo writes). */
export function anillos(d) {
  const rings = [];
  for (const part of d.split('z').filter(Boolean)) {
    const tokens = part.match(/[Ml]|-?\d+(?:\.\d+)?/g);
    let ring;
    let x = 0;
    let y = 0;
    for (let i = 0; i < tokens.length;) {
      const command = tokens[i++];
      if (command !== 'M' && command !== 'l') throw new Error(`bench-geo: unexpected path command ${command}`);
      const [a, b] = [Number(tokens[i++]), Number(tokens[i++])];
      [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
      if (command === 'M') rings.push((ring = []));
      ring.push([x, y]);
    }
    ring.push([...ring[0]]);
  }
  return rings;
}

/** Whether `point` lies inside `ring` (even-odd rule). */
function dentro([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rings grouped as polygons: a ring inside another ring of the same path is that ring's hole (INEI's file has four). */
export function poligonos(rings) {
  const outer = rings.filter((r) => !rings.some((o) => o !== r && dentro(r[0], o)));
  return outer.map((o) => [o, ...rings.filter((r) => r !== o && !outer.includes(r) && dentro(r[0], o))]);
}

/** The fit build-geo applied to INEI's source: projected point → viewBox point, inverted. */
function inversaDelAjuste(source) {
  const input = JSON.parse(readFileSync(source, 'utf8'));
  const p = projection();
  let [minX, minY, maxX] = [Infinity, Infinity, -Infinity];
  for (const f of input.features) {
    const { type, coordinates } = f.geometry;
    for (const point of coordinates.flat(type === 'Polygon' ? 1 : 2)) {
      const [x, y] = p(point);
      [minX, minY, maxX] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x)];
    }
  }
  const k = (WIDTH - 2 * PADDING) / (maxX - minX);
  return ([x, y]) => p.invert([(x - PADDING) / k + minX, (y - PADDING) / k + minY]);
}

/**
 * A GeoJSON FeatureCollection of our map's 25 departments (ubigeo in
 * `properties.FIRST_IDDP`, as INEI's file has it), and whether its coordinates are
 * geographic (`crs: 'lonlat'`) or the viewBox's (`crs: 'plano'`).
 */
export function geometriaParaLeaflet(geometryFile, source) {
  const { departamentos } = JSON.parse(readFileSync(geometryFile, 'utf8'));
  const geographic = source && existsSync(source);
  const transform = geographic ? inversaDelAjuste(source) : ([x, y]) => [x, -y];
  const round = ([lon, lat]) => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
  const features = Object.entries(departamentos).map(([ubigeo, { d }]) => {
    const polygons = poligonos(anillos(d)).map((rings) => rings.map((ring) => ring.map((point) => round(transform(point)))));
    return {
      type: 'Feature',
      properties: { FIRST_IDDP: ubigeo },
      geometry:
        polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
    };
  });
  const vertices = features.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
  return { type: 'FeatureCollection', crs: geographic ? 'lonlat' : 'plano', vertices, features };
}
