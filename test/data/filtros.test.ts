import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/loader.js';
import { DIMENSIONES, conteoPorRegion, facetas, filtrarPracticas, normalizar, opciones, terminos, valores, type Filtros } from '../../src/data/filtros.js';

const d = bundledDataset();
const ids = (filtros: Filtros) => filtrarPracticas(d, filtros).map((p) => p.id);

describe('filter functions', () => {
  describe('text normalisation', () => {
    it('ignores case, accents and repeated spaces', () => {
      expect(normalizar('  Apurímac   HUÁNUCO  ñandú ')).to.equal('apurimac huanuco nandu');
      expect(terminos(' Río  Huatanay ')).to.deep.equal(['rio', 'huatanay']);
      expect(terminos('   ')).to.deep.equal([]);
    });
  });

  describe('free-text search', () => {
    it('finds "apurimac" in practices of Apurímac, through the region name', () => {
      const found = ids({ q: 'apurimac' });
      // Every practice with region 03 matches (its region name is searched)…
      const apurimac = d.practicas.filter((p) => p.regiones.includes('03')).map((p) => p.id);
      expect(found).to.include.members(apurimac);
      expect(apurimac).to.have.length(7);
      // …and "ApURÍMAC" gives the same.
      expect(ids({ q: 'ApURÍMAC' })).to.deep.equal(found);
    });

    it('requires every word, in any field (title, objective, area, description, tools)', () => {
      expect(ids({ q: 'sabaino anemia' })).to.deep.equal(['sabaino-agente-comunitario-anemia']);
      // Only in the tools: "Ordenanza Regional n° 377-Arequipa".
      expect(ids({ q: '377-arequipa' })).to.deep.equal(['arequipa-anemia-cero']);
      // Only in the implementing area.
      expect(ids({ q: 'oficina regional de integridad' })).to.deep.equal(['lambayeque-control-interno']);
      // In a description's sub-item (SIERA, Apurímac).
      expect(ids({ q: 'evaluacion censal' })).to.deep.equal(['apurimac-monitoreo-avances-educativos']);
      expect(ids({ q: 'sabaino zzz' })).to.deep.equal([]);
    });

    it('a blank query matches everything, in publication order', () => {
      expect(ids({ q: '  ' })).to.deep.equal(d.practicas.map((p) => p.id));
      expect(ids({})).to.have.length(31);
    });
  });

  describe('remembered searches (typing on narrows the previous result)', () => {
    // A fresh copy of the dataset has no remembered searches: the reference result.
    const fresco = (q: string, filtros: Filtros = {}) => filtrarPracticas(structuredClone(d), { ...filtros, q }).map((p) => p.id);

    it('give exactly what a fresh scan gives, typing on, deleting and changing words', () => {
      const tecleado = 'agua riego';
      const consultas = [...tecleado].map((_, i) => tecleado.slice(0, i + 1));
      // Typing on, then deleting back, then a word that is not an extension, then two words in the other order.
      for (const q of [...consultas, ...[...consultas].reverse(), 'salud', 'sal', 'riego agua', 'agua riego x', 'aguas', '']) {
        expect(ids({ q }), JSON.stringify(q)).to.deep.equal(fresco(q));
        expect(ids({ q, tipo: 'en-proceso' }), `${JSON.stringify(q)} en proceso`).to.deep.equal(fresco(q, { tipo: 'en-proceso' }));
      }
      expect(fresco('agua')).to.not.be.empty;
    });

    it('hand out a new array each time: changing one result changes no later one', () => {
      const primera = filtrarPracticas(d, { q: 'gobierno' });
      const cuantas = primera.length;
      primera.length = 0;
      expect(filtrarPracticas(d, { q: 'gobierno' })).to.have.length(cuantas);
      expect(cuantas).to.be.greaterThan(0);
    });

    it('start afresh for a dataset whose list of practices was replaced', () => {
      const copia = structuredClone(d);
      const antes = filtrarPracticas(copia, { q: 'anemia' }).map((p) => p.id);
      expect(antes).to.not.be.empty;
      copia.practicas = copia.practicas.filter((p) => !antes.includes(p.id));
      expect(filtrarPracticas(copia, { q: 'anemia' })).to.deep.equal([]);
      expect(facetas(copia, { q: 'anemia' }).total).to.equal(0);
      // A practice that was not there when the searchable text was built is searched too.
      copia.practicas = [...copia.practicas, { ...copia.practicas[0], id: 'agregada', titulo: 'Práctica xyzzy' }];
      expect(filtrarPracticas(copia, { q: 'XYZZY' }).map((p) => p.id)).to.deep.equal(['agregada']);
    });
  });

  describe('dimension filters', () => {
    it('filters by tipo, tema, nivel and criterio', () => {
      expect(ids({ tipo: 'en-proceso' })).to.have.length(13);
      expect(ids({ tema: 'salud' })).to.have.length(5);
      expect(ids({ nivel: 'municipal' })).to.deep.equal(['sabaino-agente-comunitario-anemia']);
      expect(ids({ criterio: 'participacion' })).to.deep.equal([
        'sabaino-agente-comunitario-anemia',
        'cusco-genero-discapacidad-inversion-publica',
        'cusco-ordenamiento-territorial',
      ]);
    });

    it('finds a multi-region practice from each of its regions', () => {
      for (const region of ['03', '14', '22']) expect(ids({ region })).to.include('codigo-conducta-participativo');
      expect(ids({ region: '13' })).to.include('sistema-transparencia-regional');
      expect(ids({ region: '07' })).to.deep.equal([]);
    });

    it('combines filters', () => {
      expect(ids({ region: '22', tipo: 'en-proceso', tema: 'fortalecimiento-institucional' })).to.deep.equal([
        'san-martin-fondesan',
        'san-martin-sirsam',
      ]);
    });

    it('does not mutate the dataset', () => {
      const before = JSON.stringify(d);
      filtrarPracticas(d, { q: 'agua', region: '11' });
      facetas(d, { q: 'agua', region: '11' });
      expect(JSON.stringify(d)).to.equal(before);
    });
  });

  describe('facet counts', () => {
    // The expected counts come from filtrarPracticas, a different code path:
    // the count of an option is the number of practices if that option were chosen.
    function expectedFacetas(filtros: Filtros) {
      return Object.fromEntries(
        DIMENSIONES.map((dim) => [
          dim,
          Object.fromEntries(opciones(d, dim).map((o) => [o, filtrarPracticas(d, { ...filtros, [dim]: o }).length])),
        ]),
      );
    }

    const combinations: Filtros[] = [
      {},
      { region: '22' },
      { tipo: 'buena-practica', tema: 'salud' },
      { q: 'gobierno regional', criterio: 'articulacion' },
      { region: '03', nivel: 'regional', tipo: 'en-proceso' },
      { q: 'apurimac', region: '14' },
      { tema: 'ambiente', region: '07' },
    ];
    for (const filtros of combinations) {
      it(`match the filtered results for ${JSON.stringify(filtros)}`, () => {
        const f = facetas(d, filtros);
        const { total, ...porDimension } = f;
        expect(porDimension).to.deep.equal(expectedFacetas(filtros));
        expect(total).to.equal(filtrarPracticas(d, filtros).length);
      });
    }

    it('lists every option, with zero where nothing matches', () => {
      const f = facetas(d);
      expect(Object.keys(f.region)).to.have.length(25);
      expect(f.region['07']).to.equal(0);
      expect(f.region['22']).to.equal(d.practicas.filter((p) => p.regiones.includes('22')).length);
      expect(f.tipo).to.deep.equal({ 'buena-practica': 18, 'en-proceso': 13 });
      // Anexo 1, row by row: Articulación 3 + 8, Innovación 9 + 4, Participación 2 + 1, Transparencia 4 + 0.
      expect(f.criterio).to.deep.equal({ articulacion: 11, innovacion: 13, participacion: 3, transparencia: 4 });
    });

    it('counts a multi-region practice once in each of its regions, and a practice with two levels once per level', () => {
      const f = facetas(d, { q: 'codigo de conducta elaborado' });
      expect(f.total).to.equal(1);
      expect([f.region['03'], f.region['14'], f.region['22'], f.region['08']]).to.deep.equal([1, 1, 1, 0]);
      expect(f.nivel).to.deep.equal({ regional: 1, provincial: 1, municipal: 0 });
      expect(valores(d.practicas[12], 'nivel')).to.deep.equal(['regional', 'provincial']);
    });
  });

  describe('counts per region (the map)', () => {
    it('count every practice in each of its regions, by status, for the real data', () => {
      const c = conteoPorRegion(d);
      // Counted by hand from the "Región:" line of each practice in the publication:
      // Apurímac: Sabaino, SIGEI, monitoreo educativo, código de conducta + 3 en proceso;
      // San Martín: comité de materiales, centro diferenciado, código, transparencia + 3 en proceso.
      expect(c['03']).to.deep.equal({ total: 7, 'buena-practica': 4, 'en-proceso': 3 });
      expect(c['22']).to.deep.equal({ total: 7, 'buena-practica': 4, 'en-proceso': 3 });
      expect(c['13']).to.deep.equal({ total: 5, 'buena-practica': 3, 'en-proceso': 2 });
      expect(c['11']).to.deep.equal({ total: 4, 'buena-practica': 2, 'en-proceso': 2 });
      expect(c['10']).to.deep.equal({ total: 1, 'buena-practica': 1, 'en-proceso': 0 });
      expect(c['07']).to.deep.equal({ total: 0, 'buena-practica': 0, 'en-proceso': 0 });
      expect(Object.keys(c)).to.have.length(25);
      // 31 practices, of which two have three and two regions: 31 + 2 + 1 = 34 region entries.
      expect(Object.values(c).reduce((n, r) => n + r.total, 0)).to.equal(34);
    });

    it('apply every filter but the region, and agree with the region facet', () => {
      const filtros = { region: '03', tipo: 'buena-practica' as const, q: 'gobierno' };
      const c = conteoPorRegion(d, filtros);
      const f = facetas(d, filtros);
      for (const [region, conteo] of Object.entries(c)) expect(conteo.total).to.equal(f.region[region]);
      expect(Object.values(c).every((r) => r['en-proceso'] === 0)).to.equal(true);
    });

    it('agree with the region facet for every single filter, and count a region listed twice once', () => {
      const casos: Filtros[] = [{}, { nivel: 'municipal' }, { tema: 'salud' }, { criterio: 'innovacion' }, { tipo: 'en-proceso', q: 'region' }];
      for (const filtros of casos) {
        const c = conteoPorRegion(d, filtros);
        const f = facetas(d, filtros);
        for (const [region, conteo] of Object.entries(c)) expect(conteo.total, `${JSON.stringify(filtros)} ${region}`).to.equal(f.region[region]);
      }
      const copia = structuredClone(d);
      copia.practicas[0].regiones = [copia.practicas[0].regiones[0], copia.practicas[0].regiones[0]];
      const region = copia.practicas[0].regiones[0];
      expect(conteoPorRegion(copia)[region].total).to.equal(conteoPorRegion(d)[region].total);
    });

    it('give the same counts from remembered ones, status after status, and hand out copies', () => {
      const copia = structuredClone(d);
      // The reference: a scan of the practices, here and now.
      const escaneo = (filtros: Filtros) => {
        const c: Record<string, { total: number; 'buena-practica': number; 'en-proceso': number }> = {};
        for (const r of copia.regiones) c[r.ubigeo] = { total: 0, 'buena-practica': 0, 'en-proceso': 0 };
        for (const p of filtrarPracticas(copia, { ...filtros, region: undefined })) {
          for (const r of new Set(p.regiones)) {
            c[r].total++;
            c[r][p.tipo]++;
          }
        }
        return c;
      };
      const estados = [{}, { tipo: 'en-proceso' }, { tipo: 'buena-practica' }, { tipo: 'en-proceso', tema: 'salud' }, { tema: 'salud' }];
      for (const filtros of [...estados, ...estados.reverse(), { tipo: 'en-proceso', q: 'agua' }] as Filtros[]) {
        expect(conteoPorRegion(copia, filtros), JSON.stringify(filtros)).to.deep.equal(escaneo(filtros));
      }
      conteoPorRegion(copia, { tipo: 'en-proceso' })['03'].total = 999;
      expect(conteoPorRegion(copia, { tipo: 'en-proceso' })['03'].total).to.equal(escaneo({ tipo: 'en-proceso' })['03'].total);
      // A list of practices replaced: counted afresh.
      copia.practicas = copia.practicas.filter((p) => p.tipo === 'en-proceso');
      expect(conteoPorRegion(copia, { tipo: 'buena-practica' })['03'].total).to.equal(0);
    });
  });
});
