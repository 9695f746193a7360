// FiltrosController.aplicables(): the filters a widget applies now, without the text search
// while a large catalogue's search index is being built.
import { expect } from '@open-wc/testing';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import type { FiltrosController } from '../../src/controllers/filtros-controller.js';
import { bundledDataset } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';

describe('FiltrosController.aplicables', () => {
  it('gives the same object for the same filters while the index is built, and a new one when they change', async () => {
    // A fresh dataset object: its search index does not exist yet.
    const datos = validateDataset(catalogoSintetico(bundledDataset(), 2000, 11));
    const el = document.createElement('practicas-mapa');
    el.setAttribute('grupo', 'aplicables');
    document.body.append(el);
    try {
      const control = (el as unknown as { grupoFiltros: FiltrosController }).grupoFiltros;
      estadoDeGrupo('aplicables').combinar({ q: 'agua', tipo: 'en-proceso' });
      const a = control.aplicables(datos);
      expect(control.buscando).to.equal(true);
      expect(a).to.deep.equal({ tipo: 'en-proceso' });
      expect(control.aplicables(datos), 'the same object: memos of the view hold').to.equal(a);
      estadoDeGrupo('aplicables').combinar({ tipo: 'buena-practica' });
      const b = control.aplicables(datos);
      expect(b).to.deep.equal({ tipo: 'buena-practica' });
      expect(b).not.to.equal(a);
    } finally {
      el.remove();
      estadoDeGrupo('aplicables').reemplazar({});
    }
  });
});
