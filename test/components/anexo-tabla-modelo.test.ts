import { expect } from '@open-wc/testing';
import { agrupar, contarPorTipo, siguienteOrden } from '../../src/components/anexo-tabla/modelo.js';
import { bundledDataset } from '../../src/data/loader.js';

describe('anexo-tabla model', () => {
  it("a header's button sorts ascending, then descending, then back to the publication's order", () => {
    expect(siguienteOrden(null, 'tema')).to.deep.equal({ columna: 'tema', direccion: 'asc' });
    expect(siguienteOrden({ columna: 'tema', direccion: 'asc' }, 'tema')).to.deep.equal({ columna: 'tema', direccion: 'desc' });
    expect(siguienteOrden({ columna: 'tema', direccion: 'desc' }, 'tema')).to.equal(null);
    // Another column starts ascending, whatever the current order.
    expect(siguienteOrden({ columna: 'tema', direccion: 'desc' }, 'pagina')).to.deep.equal({
      columna: 'pagina',
      direccion: 'asc',
    });
  });

  it('counts the practices of each status, for the section headings', () => {
    // The publication's 18 good practices and 13 initiatives in progress.
    const practicas = bundledDataset().practicas;
    expect(Object.fromEntries(contarPorTipo(practicas))).to.deep.equal({ 'buena-practica': 18, 'en-proceso': 13 });
    expect(contarPorTipo([]).size).to.equal(0);
  });

  it('groups rows by section and topic run, each group with a key of its own within its section', () => {
    const [a, b] = bundledDataset().practicas.filter((p) => p.tipo === 'buena-practica' && p.tema === 'salud');
    const [c] = bundledDataset().practicas.filter((p) => p.tipo === 'buena-practica' && p.tema === 'educacion');
    const [d] = bundledDataset().practicas.filter((p) => p.tipo === 'en-proceso' && p.tema === 'educacion');
    // A topic that comes back later in its section is a group of its own, with its own key.
    const secciones = agrupar([a, c, b, d], true);
    expect(secciones.map((s) => [s.tipo, s.grupos.map((g) => [g.clave, g.filas.map((p) => p.id)])])).to.deep.equal([
      [
        'buena-practica',
        [
          ['salud', [a.id]],
          ['educacion', [c.id]],
          ['salud#1', [b.id]],
        ],
      ],
      ['en-proceso', [['educacion', [d.id]]]],
    ]);
    // Sorted by a column: one group per section, without a topic.
    expect(agrupar([a, c, b, d], false).map((s) => s.grupos.map((g) => [g.tema, g.clave, g.filas.length]))).to.deep.equal([
      [[null, 'null', 3]],
      [[null, 'null', 1]],
    ]);
  });
});
