import { expect } from '@open-wc/testing';
import type { DatasetError } from '../../src/data/errors.js';
import { validateDataset } from '../../src/data/parse.js';
import { errorFor, rawDataset, type RawDataset } from '../support/data.js';


const index = (d: RawDataset, id: string) => d.practicas.findIndex((p) => p.id === id);

describe('dataset schema', () => {
  describe('valid data', () => {
    it('accepts the bundled dataset unchanged', () => {
      const data = rawDataset();
      const parsed = validateDataset(data);
      expect(parsed).to.deep.equal(data);
    });

    it('accepts a dataset with no practices (an empty catalogue is not an error)', () => {
      const data = rawDataset();
      data.practicas = [];
      expect(validateDataset(data).practicas).to.have.length(0);
    });
  });

  describe('record and field rules', () => {
    it('rejects a missing required field and names the record and field', () => {
      const error = errorFor((d) => delete (d.practicas[3] as Partial<RawDataset['practicas'][number]>).objetivo);
      expect(error.kind).to.equal('invalid');
      expect(error.issues[0].path).to.equal('practicas[3].objetivo');
      expect(error.issues[0].record).to.equal(3);
      expect(error.issues[0].recordId).to.equal('trujillo-articulacion-desnutricion-anemia');
      expect(error.message).to.contain('practicas[3].objetivo').and.contain('trujillo-articulacion-desnutricion-anemia');
      expect(error.describe('es').detail).to.contain('La práctica 4 (id «trujillo-articulacion-desnutricion-anemia»), en «objetivo»: falta este dato.');
    });

    it('rejects a wrong type', () => {
      const error = errorFor((d) => ((d.practicas[0] as unknown as { pagina: unknown }).pagina = '20'));
      expect(error.issues[0].issue.code).to.equal('invalid_type');
      expect(error.describe('en').detail).to.contain('in "page": should be a number, but is the text "20"');
    });

    it('rejects an unknown tipo', () => {
      const error = errorFor((d) => ((d.practicas[0] as { tipo: string }).tipo = 'buena'));
      expect(error.issues[0].path).to.equal('practicas[0].tipo');
      expect(error.describe('es').detail).to.contain('debe ser "buena-practica" o "en-proceso"');
    });

    it('rejects a malformed region code', () => {
      const error = errorFor((d) => (d.practicas[1].regiones = ['4']));
      expect(error.issues[0].path).to.equal('practicas[1].regiones[0]');
      expect(error.issues[0].issue.code).to.equal('invalid_format');
    });

    it('rejects untrimmed text instead of trimming it', () => {
      const error = errorFor((d) => (d.practicas[2].titulo = ` ${d.practicas[2].titulo}`));
      expect(error.issues[0].path).to.equal('practicas[2].titulo');
    });

    it('rejects an empty title and an empty region list', () => {
      const error = errorFor((d) => {
        d.practicas[0].titulo = '';
        d.practicas[0].regiones = [];
      });
      expect(error.issues.map((i) => i.path)).to.include.members(['practicas[0].titulo', 'practicas[0].regiones']);
      expect(error.describe('es').detail).to.contain('el texto está vacío').and.contain('Hay 1 problema más.');
    });

    it('rejects a field the schema does not know (a typo is not silently ignored)', () => {
      const error = errorFor((d) => ((d.practicas[0] as Record<string, unknown>).titullo = 'x'));
      expect(error.issues[0].issue.code).to.equal('unrecognized_keys');
      expect(error.describe('es').detail).to.contain('el campo «titullo» no está previsto');
    });

    it('rejects a description block of unknown kind', () => {
      const error = errorFor((d) => ((d.practicas[0].descripcion[0] as { tipo: string }).tipo = 'tabla'));
      expect(error.issues[0].path).to.equal('practicas[0].descripcion[0].tipo');
      expect(error.describe('en').detail).to.contain('in "description" no. 1, "type": "tabla" is not an allowed value; it must be "parrafo", "lista", or "nota-al-pie"');
    });

    it('rejects a nota about a field the record does not have', () => {
      const error = errorFor((d) => ((d.practicas[14].notas[0] as { campo: string }).campo = 'titullo'));
      expect(error.issues[0].path).to.equal('practicas[14].notas[0].campo');
      expect(error.issues[0].issue.code).to.equal('invalid_value');
    });

    it('rejects a JSON array where the dataset object is expected', () => {
      const error = (() => {
        try {
          validateDataset([]);
        } catch (e) {
          return e as DatasetError;
        }
        throw new Error('expected rejection');
      })();
      expect(error.issues[0].path).to.equal('');
      expect(error.describe('es').detail).to.contain('El archivo: debería ser un objeto con campos, pero es una lista.');
    });
  });

  describe('cross-record rules', () => {
    it('rejects duplicate practice ids, naming both places', () => {
      const error = errorFor((d) => (d.practicas[5].id = d.practicas[1].id));
      expect(error.issues).to.have.length(1);
      expect(error.issues[0].path).to.equal('practicas[5].id');
      expect(error.issues[0].issue.message).to.equal('duplicate id "arequipa-anemia-cero" (first at practicas[1])');
    });

    it('rejects a tema that is not in the topic catalogue', () => {
      const error = errorFor((d) => (d.practicas[0].tema = 'deporte'));
      expect(error.issues[0].path).to.equal('practicas[0].tema');
      expect(error.describe('es').detail).to.contain('en «tema»: el tema "deporte" no existe en el catálogo de temas.');
    });

    it('rejects a criterio that is not in the criteria catalogue', () => {
      const error = errorFor((d) => (d.practicas[index(d, 'apurimac-sigei')].criterio = 'eficiencia'));
      expect(error.issues[0].path).to.equal(`practicas[13].criterio`);
      expect(error.issues[0].recordId).to.equal('apurimac-sigei');
    });

    it('rejects a well-formed region code missing from the region catalogue', () => {
      const error = errorFor((d) => {
        d.regiones = d.regiones.filter((r) => r.ubigeo !== '22');
      });
      const paths = error.issues.map((i) => i.path);
      expect(paths).to.include('practicas[7].regiones[0]');
      expect(error.issues.every((i) => i.issue.message === 'unknown region "22"')).to.equal(true);
    });

    it('rejects duplicate catalogue entries', () => {
      const error = errorFor((d) => {
        d.temas.push({ ...d.temas[0] });
        d.regiones[24] = { ...d.regiones[24], ubigeo: '24' };
      });
      expect(error.issues.map((i) => i.path)).to.have.members(['temas[5].id', 'regiones[24].ubigeo']);
    });

    it('rejects a tool assigned to a region the practice does not have', () => {
      const error = errorFor((d) => {
        const p = d.practicas[index(d, 'codigo-conducta-participativo')];
        (p.herramientas[0] as { region?: string }).region = '08';
      });
      expect(error.issues[0].path).to.equal('practicas[12].herramientas[0].region');
    });
  });
});
