import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DatasetController } from '../../src/controllers/dataset-controller.js';
import { DatasetError } from '../../src/data/errors.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { hits, uniqueKey } from '../support/data.js';

/** A minimal host, as every element of the library uses the controller. */
class TestDatasetHost extends LitElement {
  static override properties = { src: { type: String } };
  src?: string;
  readonly data = new DatasetController(this);
  renders: string[] = [];

  override render() {
    const state = this.data.task.render({
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
    expect(el.data.value?.practicas).to.have.length(31);
  });

  it('loads the dataset of `src`, showing the pending state meanwhile', async () => {
    const key = uniqueKey('ctl');
    const el = await fixture<TestDatasetHost>(
      html`<test-dataset-host src="/fixtures/dataset/${key}?delay=30"></test-dataset-host>`,
    );
    expect(el.shadowRoot?.textContent).to.equal('pending');
    expect(el.data.value).to.equal(undefined);
    await el.data.task.taskComplete;
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
    await Promise.all(hosts.map((h) => h.data.task.taskComplete));
    expect(hosts[0].data.value).to.equal(hosts[1].data.value);
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
    await el.data.task.taskComplete;
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
      expect(el.data.task.error).to.be.instanceOf(DatasetError);
      await el.data.retry();
      await el.updateComplete;
      expect(el.shadowRoot?.textContent).to.equal('error:http');
      // Removing src returns to the bundled dataset.
      el.removeAttribute('src');
      await el.updateComplete;
      await el.data.task.taskComplete;
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
