import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { part, shadow } from '../support/elements.js';

let n = 0;

describe('<practicas-mapa> while a new src loads', () => {
  afterEach(() => clearDatasetCache());

  it("shows no counts of the previous dataset, and the new dataset's once it arrives", async function () {
    // The wait below allows 10 s for the validator module on a busy machine: so does the test.
    this.timeout(15_000);
    const el = await fixture<PracticasMapa>(html`<practicas-mapa grupo=${`mapa-carga-${++n}`}></practicas-mapa>`);
    await el.updateComplete;
    const apurimac = () => shadow(el).querySelector('path[data-ubigeo="03"]')!;
    expect(apurimac().getAttribute('aria-label')).to.match(/^Apurímac: 7 prácticas/);

    el.src = `/fixtures/dataset/mapa-carga-${n}?delay=300`;
    await el.updateComplete;
    // The same update that starts the load: loading, and no region, legend or table from before.
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'status')).to.not.equal(null);
    expect(part(el, 'legend')).to.equal(null);
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(apurimac().hasAttribute('aria-label')).to.equal(false);
    expect(apurimac().classList.contains('neutra')).to.equal(true);

    // The first src of a page also loads the validator: slow on a busy machine.
    await waitUntil(() => part(el, 'legend'), 'the counts arrive', { timeout: 10_000 });
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(apurimac().getAttribute('aria-label')).to.match(/^Apurímac: 7 prácticas/);
  });
});
