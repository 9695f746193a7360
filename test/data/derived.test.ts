import { expect } from '@open-wc/testing';
import { toJSONSchema } from 'zod/mini';
import { aCsv, datosACsv, descripcionComoTexto } from '../../src/data/csv.js';
import { bundledDataset } from '../../src/data/loader.js';
import { DatasetSchema } from '../../src/data/zod-schema.js';

describe('derived data files', () => {
  it('data/practicas.schema.json is generated from the current zod schema', async () => {
    const file = (await (await fetch('/data/practicas.schema.json')).json()) as Record<string, unknown>;
    const { title, description, ...generated } = file;
    expect(title).to.be.a('string');
    expect(description).to.be.a('string');
    expect(generated).to.deep.equal(JSON.parse(JSON.stringify(toJSONSchema(DatasetSchema, { target: 'draft-2020-12' }))));
  });

  it('data/practicas.csv is generated from the current dataset', async () => {
    const bytes = new Uint8Array(await (await fetch('/data/practicas.csv')).arrayBuffer());
    // UTF-8 with byte-order mark.
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).to.equal(datosACsv(bundledDataset()));
  });

  it('the CSV has one row per practice, with ubigeo and ISO columns', () => {
    const text = datosACsv(bundledDataset());
    const header = text.slice(1, text.indexOf('\r\n')).split(',');
    expect(header).to.include.members(['id', 'regiones_ubigeo', 'regiones_iso', 'criterio_nombre']);
    // Records start with an id at the beginning of a line (descriptions are quoted).
    const starts = bundledDataset().practicas.filter((p) => text.includes(`\r\n${p.id},`));
    expect(starts).to.have.length(31);
    expect(text).to.contain('codigo-conducta-participativo,buena-practica,fortalecimiento-institucional');
    expect(text).to.contain(',03; 14; 22,PE-APU; PE-LAM; PE-SAM,');
  });

  it('quotes fields per RFC 4180', () => {
    expect(aCsv([['a', 'b,c'], ['"x"', 'line\nbreak']])).to.equal('\uFEFFa,"b,c"\r\n"""x""","line\nbreak"\r\n');
  });

  it('writes a description as text with its lists', () => {
    expect(
      descripcionComoTexto([
        { tipo: 'parrafo', texto: 'Se definieron 3 etapas:' },
        { tipo: 'lista', ordenada: true, items: [{ texto: 'Planificación', items: ['Plan local.'] }, { texto: 'Ejecución' }] },
      ]),
    ).to.equal('Se definieron 3 etapas:\n\n1. Planificación\n   - Plan local.\n2. Ejecución');
  });
});
