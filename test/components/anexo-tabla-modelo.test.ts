import { expect } from '@open-wc/testing';
import { contarPorTipo, siguienteOrden } from '../../src/components/anexo-tabla/modelo.js';
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
});
