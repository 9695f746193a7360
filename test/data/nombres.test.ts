import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/loader.js';
import { nombresDe } from '../../src/data/nombres.js';
import type { Dataset } from '../../src/data/schema.js';

describe('nombresDe (names by id, one index per dataset)', () => {
  it('names topics (full or short), criteria and regions of the bundled dataset', () => {
    const n = nombresDe(bundledDataset());
    expect(n.tema('ambiente')).to.equal('Ambiente, recursos naturales y sistemas productivos');
    expect(n.tema('ambiente', true)).to.equal('Ambiente');
    expect(n.tema('inclusion-social', true)).to.equal('Inclusión social');
    expect(n.criterio('innovacion')).to.equal('Innovación');
    expect(n.region('08')).to.equal('Cusco');
    expect(n.region('07')).to.equal('Callao');
    expect(n.regiones.get('03')).to.deep.equal({ ubigeo: '03', nombre: 'Apurímac', iso: 'PE-APU' });
    expect(n.criterios.get('transparencia')?.aristas.length).to.be.greaterThan(0);
    expect(n.temas.get('salud')?.nombreCorto).to.equal('Salud');
  });

  it('gives the id itself for an id the dataset does not have', () => {
    const n = nombresDe(bundledDataset());
    expect(n.tema('astronomia')).to.equal('astronomia');
    expect(n.tema('astronomia', true)).to.equal('astronomia');
    expect(n.criterio('suerte')).to.equal('suerte');
    expect(n.region('99')).to.equal('99');
    expect(n.regiones.get('99')).to.equal(undefined);
  });

  it('indexes a dataset once, and each dataset apart', () => {
    const datos = bundledDataset();
    expect(nombresDe(datos)).to.equal(nombresDe(datos));
    const otro: Dataset = {
      ...datos,
      regiones: [{ ubigeo: '08', nombre: 'Qosqo', iso: 'PE-CUS' }],
      temas: [{ id: 'salud', nombre: 'Salud pública', nombreCorto: 'Salud p.' }],
      criterios: [],
    };
    expect(nombresDe(otro)).to.not.equal(nombresDe(datos));
    expect(nombresDe(otro).region('08')).to.equal('Qosqo');
    expect(nombresDe(otro).region('03')).to.equal('03');
    expect(nombresDe(otro).tema('salud', true)).to.equal('Salud p.');
    expect(nombresDe(otro).criterio('innovacion')).to.equal('innovacion');
    expect(nombresDe(datos).region('08')).to.equal('Cusco');
  });

  it('indexes afresh a dataset whose catalogue was replaced', () => {
    const datos: Dataset = { ...bundledDataset() };
    const antes = nombresDe(datos);
    datos.regiones = [{ ubigeo: '08', nombre: 'Cuzco', iso: 'PE-CUS' }];
    const despues = nombresDe(datos);
    expect(despues).to.not.equal(antes);
    expect(despues.region('08')).to.equal('Cuzco');
    expect(antes.region('08')).to.equal('Cusco');
  });
});
