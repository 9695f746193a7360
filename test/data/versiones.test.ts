import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/practica-card/practica-card.js';
import type { PracticaCard } from '../../src/components/practica-card/practica-card.js';
import { DatasetError } from '../../src/data/errors.js';
import { clearDatasetCache, loadDataset } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import { VERSION_DATASET } from '../../src/data/vocabulario.js';
import { errorFor, jsonUrl, rawDataset } from '../support/data.js';
import { shadow, text } from '../support/elements.js';

interface PracticaV1 {
  id: string;
  pagina: number;
  notas: unknown[];
}
interface DatasetV1 {
  fuente: Record<string, unknown>;
  practicas: PracticaV1[];
}

/** data/practicas.json as practicas-widgets 0.1 published it (format version 1). */
const version1 = async () => (await (await fetch('/test/fixtures/practicas-v1.json')).json()) as DatasetV1;

describe('versions of the data format', () => {
  afterEach(() => clearDatasetCache());

  it('reads the 0.1 file (version 1) as version 2, moving fields and changing no value', async () => {
    const v1 = await version1();
    expect(v1).not.to.have.property('version');
    const data = validateDataset(v1);
    expect(data.version).to.equal(VERSION_DATASET);
    expect(data.fuentes).to.deep.equal([{ id: 'fgd-2018', ...v1.fuente }]);
    expect(data.practicas.map((p) => p.id)).to.deep.equal(v1.practicas.map((p) => p.id));
    data.practicas.forEach((p, i) => {
      const { pagina, ...resto } = v1.practicas[i];
      expect(p.paginaSeccion, p.id).to.equal(pagina);
      expect(p).not.to.have.property('pagina');
      expect(p.fuente).to.equal('fgd-2018');
      expect({ ...p, fuente: undefined, paginaSeccion: undefined }).to.deep.equal({ ...resto, fuente: undefined, paginaSeccion: undefined });
    });
  });

  it('rejects a version it does not know, naming the version for the reader and the developer', () => {
    for (const version of [3, '2', 0]) {
      const error = errorFor((d) => ((d as { version: unknown }).version = version));
      expect(error.kind).to.equal('version');
      expect(error.version).to.equal(version);
      expect(error.message).to.contain(`format version ${JSON.stringify(version)}`).and.contain('reads versions 1, 2');
      expect(error.describe('es').detail).to.contain(`usan la versión ${version} del formato`).and.contain('Actualice practicas-widgets');
      expect(error.describe('en').detail).to.contain(`use version ${version} of the format`);
    }
  });

  it('does not take a version 2 file that lost its version for version 1: the missing field is named', () => {
    const error = errorFor((d) => delete (d as { version?: unknown }).version);
    expect(error.kind).to.equal('invalid');
    expect(error.issues.map((i) => i.path)).to.deep.equal(['version']);
    expect(error.describe('es').detail).to.contain('El archivo, en «versión del formato»: falta este dato.');
  });

  it('fails a newer file loaded by URL with a message, not an exception, in the element', async () => {
    const url = jsonUrl({ ...rawDataset(), version: 3 });
    const error = await loadDataset(url).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).kind).to.equal('version');
    const el = await fixture<PracticaCard>(html`<practica-card src=${url} practica-id="arequipa-anemia-cero"></practica-card>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error is shown', { timeout: 5000 });
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('usan la versión 3 del formato');
  });
});
