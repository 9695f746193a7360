import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ConDatos, DatasetController } from '../../src/controllers/dataset-controller.js';
import { DatasetError } from '../../src/data/errors.js';
import { bundledDataset, clearDatasetCache } from '../../src/data/loader.js';
import type { Dataset } from '../../src/data/schema.js';
import { hits, uniqueKey } from '../support/data.js';

/** A minimal host, as every element of the library uses the controller. */
class TestDatasetHost extends LitElement {
  static override properties = { src: { type: String } };
  src?: string;
  readonly datasetController = new DatasetController(this);
  renders: string[] = [];

  override render() {
    const state = this.datasetController.task.render({
      pending: () => 'pending',
      complete: (d) => `complete:${d.practicas.length}`,
      error: (e) => `error:${(e as DatasetError).kind}`,
    });
    this.renders.push(String(state));
    return state;
  }
}
customElements.define('test-dataset-host', TestDatasetHost);

describe('DatasetController', () => {
  afterEach(() => clearDatasetCache());

  it('renders the bundled dataset on the first render, with no pending state', async () => {
    const el = await fixture<TestDatasetHost>(html`<test-dataset-host></test-dataset-host>`);
    expect(el.renders[0]).to.equal('complete:31');
    expect(el.datasetController.value?.practicas).to.have.length(31);
  });

  it('loads the dataset of `src`, showing the pending state meanwhile', async () => {
    const key = uniqueKey('ctl');
    const el = await fixture<TestDatasetHost>(
      html`<test-dataset-host src="/fixtures/dataset/${key}?delay=30"></test-dataset-host>`,
    );
    expect(el.shadowRoot?.textContent).to.equal('pending');
    expect(el.datasetController.value).to.equal(undefined);
    await el.datasetController.task.taskComplete;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:31');
  });

  it('two elements with the same `src` share one request', async () => {
    const key = uniqueKey('two');
    const src = `/fixtures/dataset/${key}?delay=50`;
    const parent = await fixture<HTMLDivElement>(
      html`<div><test-dataset-host src=${src}></test-dataset-host><test-dataset-host src=${src}></test-dataset-host></div>`,
    );
    const hosts = [...parent.querySelectorAll<TestDatasetHost>('test-dataset-host')];
    await Promise.all(hosts.map((h) => h.datasetController.task.taskComplete));
    expect(hosts[0].datasetController.value).to.equal(hosts[1].datasetController.value);
    expect(await hits(key)).to.equal(1);
  });

  it('aborts the previous request when `src` changes', async () => {
    const slow = uniqueKey('slow');
    const fast = uniqueKey('fast');
    const el = await fixture<TestDatasetHost>(
      html`<test-dataset-host src="/fixtures/dataset/${slow}?delay=400"></test-dataset-host>`,
    );
    el.src = `/fixtures/dataset/${fast}`;
    await el.updateComplete;
    await el.datasetController.task.taskComplete;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:31');
    expect(await hits(fast)).to.equal(1);
  });

  it('keeps a failure on the task, never throwing into the page, and can retry', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<TestDatasetHost>(html`<test-dataset-host src="/fixtures/status/404"></test-dataset-host>`);
      await waitUntil(() => el.shadowRoot?.textContent === 'error:http', 'the error state renders');
      expect(el.datasetController.task.error).to.be.instanceOf(DatasetError);
      await el.datasetController.retry();
      await el.updateComplete;
      expect(el.shadowRoot?.textContent).to.equal('error:http');
      // Removing src returns to the bundled dataset.
      el.removeAttribute('src');
      await el.updateComplete;
      await el.datasetController.task.taskComplete;
      await el.updateComplete;
      expect(el.shadowRoot?.textContent).to.equal('complete:31');
      await new Promise((r) => requestAnimationFrame(r));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
  });
});

/** A host made by the mixin, as every element is; `carga` exposes its controller to the test. */
class TestConDatos extends ConDatos(LitElement) {
  get carga(): DatasetController {
    return this.datasetController;
  }

  override render() {
    return this.datasetController.render({
      pending: () => 'pending',
      complete: (d) => `complete:${d.practicas.length}`,
      error: (e) => `error:${(e as DatasetError).kind}`,
    });
  }
}
customElements.define('test-con-datos', TestConDatos);

describe('ConDatos', () => {
  afterEach(() => clearDatasetCache());

  /** Two practices of the bundled dataset: what a parent element would pass down. */
  const dePadre = (): Dataset => ({ ...bundledDataset(), practicas: bundledDataset().practicas.slice(0, 2) });

  it('requests nothing while `datos` is set, even when `src` changes, and loads `src` once `datos` is cleared', async () => {
    const [primera, segunda] = [uniqueKey('con-datos'), uniqueKey('con-datos')];
    const el = await fixture<TestConDatos>(
      html`<test-con-datos src="/fixtures/dataset/${primera}" .datos=${dePadre()}></test-con-datos>`,
    );
    expect(el.shadowRoot?.textContent).to.equal('complete:2');
    el.src = `/fixtures/dataset/${segunda}`;
    await el.updateComplete;
    // Settles at once when the task has not run; a request it had started would be counted by now.
    await el.carga.task.taskComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:2');
    expect([await hits(primera), await hits(segunda)]).to.deep.equal([0, 0]);

    el.datos = null;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('pending');
    await el.carga.task.taskComplete;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:31');
    expect([await hits(primera), await hits(segunda)]).to.deep.equal([0, 1]);
  });

  it('setting `datos` while `src` is shown keeps the loaded dataset for later, without a new request', async () => {
    const key = uniqueKey('con-datos');
    const el = await fixture<TestConDatos>(html`<test-con-datos src="/fixtures/dataset/${key}"></test-con-datos>`);
    await el.carga.task.taskComplete;
    await el.updateComplete;
    el.datos = dePadre();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:2');
    el.datos = null;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('complete:31');
    expect(await hits(key)).to.equal(1);
  });
});
