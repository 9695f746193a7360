import { expect } from '@open-wc/testing';
import { accionDeTecla, posicionGlobo, vistaMapa, type EstadoMapa } from '../../src/components/practicas-mapa/modelo.js';
import { ALTO, ANCHO } from '../../src/components/practicas-mapa/geometria.js';
import { conteoPorRegion, filtrarPracticas, type ConteoRegion, type Filtros } from '../../src/data/filtros.js';
import { bundledDataset, parseDataset } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';

/** The map's state with nothing chosen, hovered or focused, in Spanish, for the bundled catalogue. */
const estado = (cambios: Partial<EstadoMapa> = {}): EstadoMapa => ({
  datos: bundledDataset(),
  filtros: Object.freeze({}),
  sobre: null,
  enfocada: null,
  conFoco: false,
  lang: 'es',
  ...cambios,
});

const region = (v: ReturnType<typeof vistaMapa>, id: string) => v.regiones.find((r) => r.id === id)!;

describe('practicas-mapa model (vistaMapa)', () => {
  it('gives every region its step and accessible name, and the legend its ranges and counts', () => {
    const v = vistaMapa(estado());
    expect(v.interactivo).to.equal(true);
    expect(v.regiones).to.have.length(25);
    expect(region(v, '03')).to.deep.equal({
      id: '03',
      paso: 5,
      etiqueta: 'Apurímac: 7 prácticas (buenas prácticas: 4; en proceso: 3)',
      elegida: false,
      tabStop: false,
    });
    expect(region(v, '10').paso).to.equal(1);
    expect(region(v, '10').etiqueta).to.equal('Huánuco: 1 práctica (buenas prácticas: 1; en proceso: 0)');
    expect(region(v, '07').paso).to.equal(0);
    expect(v.marcadorCallao).to.deep.equal({ paso: 0 });
    expect(v.nombreCallao).to.equal('Callao');
    expect(v.leyenda).to.deep.equal([
      { paso: 0, rango: '0 (ninguna)', regiones: '16 regiones' },
      { paso: 1, rango: '1', regiones: '2 regiones' },
      { paso: 2, rango: '2', regiones: '1 región' },
      { paso: 3, rango: '3–4', regiones: '3 regiones' },
      { paso: 4, rango: '5', regiones: '1 región' },
      { paso: 5, rango: '6–7', regiones: '2 regiones' },
    ]);
  });

  it('lists the table of counts north to south, with the counts by status', () => {
    const { filas } = vistaMapa(estado());
    expect(filas).to.have.length(25);
    expect(filas[0].nombre).to.equal('Tumbes');
    expect(filas.at(-1)!.nombre).to.equal('Tacna');
    expect(filas.find((f) => f.id === '22')).to.deep.equal({
      id: '22',
      nombre: 'San Martín',
      total: '7',
      buenas: '4',
      enProceso: '3',
    });
  });

  it('counts with every filter but the region, and recounts when the filters change', () => {
    const enProceso = vistaMapa(estado({ filtros: Object.freeze({ tipo: 'en-proceso', region: '03' }) }));
    expect(region(enProceso, '03').etiqueta).to.equal('Apurímac: 3 prácticas (buenas prácticas: 0; en proceso: 3)');
    expect(region(enProceso, '03').elegida).to.equal(true);
    expect(region(enProceso, '20').etiqueta).to.equal('Piura: 0 prácticas (buenas prácticas: 0; en proceso: 0)');
    // Back to no filter: the counts are not those of the previous state.
    expect(region(vistaMapa(estado()), '03').etiqueta).to.equal('Apurímac: 7 prácticas (buenas prácticas: 4; en proceso: 3)');
  });

  it('holds the one tab stop on the focused region, else the chosen one, else the northernmost', () => {
    const tabStops = (v: ReturnType<typeof vistaMapa>) => v.regiones.filter((r) => r.tabStop).map((r) => r.id);
    expect(tabStops(vistaMapa(estado()))).to.deep.equal(['24']);
    const elegida = vistaMapa(estado({ filtros: Object.freeze({ region: '08' }) }));
    expect(tabStops(elegida)).to.deep.equal(['08']);
    expect(elegida.regiones.filter((r) => r.elegida).map((r) => r.id)).to.deep.equal(['08']);
    expect(elegida.contornos).to.deep.equal({ seleccion: '08', foco: null });
    expect(tabStops(vistaMapa(estado({ filtros: Object.freeze({ region: '08' }), enfocada: '03' })))).to.deep.equal(['03']);
  });

  it('outlines the focus and shows its tooltip only with visible focus; the pointer wins', () => {
    expect(vistaMapa(estado({ enfocada: '03' })).globo).to.equal(null);
    const foco = vistaMapa(estado({ enfocada: '03', conFoco: true }));
    expect(foco.contornos.foco).to.equal('03');
    expect(foco.globo).to.include({
      id: '03',
      nombre: 'Apurímac',
      total: '7 prácticas',
      detalle: 'Buenas prácticas: 4 · En proceso: 3',
    });
    expect(vistaMapa(estado({ enfocada: '03', conFoco: true, sobre: '10' })).globo?.nombre).to.equal('Huánuco');
  });

  it("points Callao's tooltip at the top of its marker", () => {
    expect(vistaMapa(estado({ sobre: '07' })).globo?.punto).to.deep.equal([150, 578]);
  });

  it('speaks English', () => {
    const v = vistaMapa(estado({ lang: 'en', sobre: '03' }));
    expect(region(v, '03').etiqueta).to.equal('Apurímac: 7 practices (good practices: 4; in progress: 3)');
    expect(v.leyenda[0]).to.deep.equal({ paso: 0, rango: '0 (none)', regiones: '16 regions' });
    expect(v.globo?.detalle).to.equal('Good practices: 4 · In progress: 3');
  });

  it('while the data loads (or failed): inert neutral regions, no legend, table or tooltip', () => {
    const v = vistaMapa(estado({ datos: undefined, sobre: '03', filtros: Object.freeze({ region: '08' }) }));
    expect(v.interactivo).to.equal(false);
    expect(v.regiones.every((r) => r.paso === null && r.etiqueta === null && !r.tabStop && !r.elegida)).to.equal(true);
    expect(v.marcadorCallao).to.deep.equal({ paso: null });
    expect([v.leyenda, v.filas, v.globo, v.contornos.seleccion]).to.deep.equal([[], [], null, null]);
    expect(v.nombreCallao).to.equal('Callao');
  });

  it('takes the names from the dataset it is given; a region it lacks stays inert', () => {
    const base = bundledDataset();
    const datos: Dataset = {
      ...base,
      regiones: base.regiones.map((r) => (r.ubigeo === '07' ? { ...r, nombre: 'Provincia Constitucional del Callao' } : r)),
    };
    expect(vistaMapa(estado({ datos })).nombreCallao).to.equal('Provincia Constitucional del Callao');
    const sinCusco: Dataset = {
      ...base,
      regiones: base.regiones.filter((r) => r.ubigeo !== '08'),
      practicas: base.practicas.filter((p) => !p.regiones.includes('08')),
    };
    const v = vistaMapa(estado({ datos: sinCusco }));
    expect(region(v, '08')).to.deep.equal({ id: '08', paso: null, etiqueta: null, elegida: false, tabStop: false });
    expect(v.filas).to.have.length(24);
  });
});

describe('practicas-mapa model (posicionGlobo)', () => {
  const lienzo = { ancho: 400, alto: 600 };
  const globo = { ancho: 100, alto: 40 };

  it('centres the tooltip above its point, with a 10 px gap', () => {
    expect(posicionGlobo([ANCHO / 2, ALTO / 2], lienzo, globo)).to.deep.equal({ left: 150, top: 250 });
  });

  it('goes below the point when there is no room above', () => {
    expect(posicionGlobo([ANCHO / 2, 0], lienzo, globo)).to.deep.equal({ left: 150, top: 10 });
  });

  it('stays inside the map at either edge', () => {
    expect(posicionGlobo([0, ALTO / 2], lienzo, globo).left).to.equal(0);
    expect(posicionGlobo([ANCHO, ALTO / 2], lienzo, globo).left).to.equal(300);
  });
});

describe('practicas-mapa model (accionDeTecla)', () => {
  it('moves geographically, staying put at an edge', () => {
    expect(accionDeTecla('24', 'ArrowDown')).to.deep.equal({ tipo: 'mover', hacia: '20' });
    expect(accionDeTecla('24', 'ArrowUp')).to.deep.equal({ tipo: 'mover', hacia: '24' });
  });

  it('Home and End go to the northernmost and the southernmost region', () => {
    expect(accionDeTecla('08', 'Home')).to.deep.equal({ tipo: 'mover', hacia: '24' });
    expect(accionDeTecla('08', 'End')).to.deep.equal({ tipo: 'mover', hacia: '23' });
  });

  it('Enter and Space choose, Escape clears, other keys do nothing', () => {
    expect(accionDeTecla('08', 'Enter')).to.deep.equal({ tipo: 'elegir', region: '08' });
    expect(accionDeTecla('08', ' ')).to.deep.equal({ tipo: 'elegir', region: '08' });
    expect(accionDeTecla('08', 'Escape')).to.deep.equal({ tipo: 'escapar' });
    expect(accionDeTecla('08', 'a')).to.equal(null);
    expect(accionDeTecla('08', 'Tab')).to.equal(null);
  });
});

describe('practicas-mapa counts (conteoPorRegion)', () => {
  /** The counts as a reader would make them: each practice that passes the filters but region, once per region it names. */
  const conteoIngenuo = (datos: Dataset, filtros: Filtros): Record<string, ConteoRegion> => {
    const conteo: Record<string, ConteoRegion> = {};
    for (const r of datos.regiones) conteo[r.ubigeo] = { total: 0, 'buena-practica': 0, 'en-proceso': 0 };
    const sinRegion = { ...filtros };
    delete sinRegion.region;
    for (const p of filtrarPracticas(datos, sinRegion)) {
      for (const r of new Set(p.regiones)) {
        const c = (conteo[r] ??= { total: 0, 'buena-practica': 0, 'en-proceso': 0 });
        c.total++;
        c[p.tipo]++;
      }
    }
    return conteo;
  };
  const base = bundledDataset();
  const grande = (): Promise<Dataset> => parseDataset(catalogoSintetico(base, 1000, 1));
  const estados = (datos: Dataset): Filtros[] => [
    {},
    { tipo: 'buena-practica' },
    { tipo: 'en-proceso' },
    { region: datos.regiones[3].ubigeo },
    { region: datos.regiones[3].ubigeo, tipo: 'en-proceso' },
    { q: '   ' },
    { q: 'agua' },
    { tema: datos.temas[0].id },
    { nivel: 'regional', tipo: 'buena-practica' },
    { criterio: datos.criterios[0].id },
  ];

  it('gives the counts of a plain count for every filter state, status after status', async () => {
    for (const datos of [base, await grande()]) {
      for (const filtros of estados(datos)) {
        expect(conteoPorRegion(datos, filtros), JSON.stringify(filtros)).to.deep.equal(conteoIngenuo(datos, filtros));
      }
    }
  });

  it('counts a region listed twice in one practice once, and a region outside the catalogue too', () => {
    const [p] = base.practicas;
    const repetida: Dataset = {
      ...base,
      practicas: [{ ...p, regiones: [p.regiones[0], p.regiones[0]] }, ...base.practicas.slice(1)],
    };
    const fuera: Dataset = { ...base, practicas: [{ ...p, regiones: [...p.regiones, '99'] }, ...base.practicas.slice(1)] };
    for (const datos of [repetida, fuera]) {
      for (const filtros of [{}, { tipo: p.tipo }] as Filtros[]) {
        expect(conteoPorRegion(datos, filtros)).to.deep.equal(conteoIngenuo(datos, filtros));
      }
    }
    expect(conteoPorRegion(fuera, {})['99']?.total).to.equal(1);
  });

  it('hands out a new object each time (a caller may keep or change it)', () => {
    const a = conteoPorRegion(base, {});
    a[base.regiones[0].ubigeo].total = -1;
    expect(conteoPorRegion(base, {})[base.regiones[0].ubigeo].total).to.be.at.least(0);
  });
});
