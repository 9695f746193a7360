// Host frameworks: React 19 and Vue 3 pages set properties, listen to the
// practicas-* events and render the widgets.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/practicas.js';
import { bundledDataset } from '../src/data/loader.js';
import { montarReact } from './fixtures/react-host.js';
import { montarVue } from './fixtures/vue-host.js';
import { watchUncaught } from './support/elements.js';

const practica = bundledDataset().practicas.find((p) => p.id === 'la-libertad-portal-decide')!;

async function comprobar(container: HTMLElement, prefijo: string) {
  const map = container.querySelector('practicas-mapa')!;
  const card = container.querySelector('practica-card')!;
  const table = container.querySelector('anexo-tabla')!;
  await waitUntil(() => map.shadowRoot?.querySelector('path[data-ubigeo="13"]'), `${prefijo}: the map renders`);
  await card.updateComplete;
  await table.updateComplete;
  // A rich property set by the framework reached the card.
  expect(card.practica?.id).to.equal('la-libertad-portal-decide');
  expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
    'Gobierno electrónico-Portal Decide La Libertad',
  );
  // Events reach the framework's handlers, and the framework renders their detail.
  map
    .shadowRoot!.querySelector<SVGPathElement>('path[data-ubigeo="13"]')!
    .dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await waitUntil(() => container.querySelector(`#${prefijo}-region`)!.textContent === '13', `${prefijo}: region event handled`);
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!.click();
  await waitUntil(
    () => container.querySelector(`#${prefijo}-abierta`)!.textContent === 'la-libertad-portal-decide',
    `${prefijo}: selection event handled`,
  );
  // The widgets of the framework's group are linked: the table followed the map.
  await table.updateComplete;
  expect(table.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('5 de 31 prácticas');
}

describe('host frameworks', () => {
  it('React 19', async () => {
    const watch = watchUncaught();
    const container = document.createElement('div');
    document.body.append(container);
    const host = montarReact(container, practica);
    try {
      await comprobar(container, 'react');
    } finally {
      host.root.unmount();
      container.remove();
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('Vue 3', async () => {
    const watch = watchUncaught();
    const container = document.createElement('div');
    document.body.append(container);
    const app = montarVue(container, practica);
    try {
      await comprobar(container, 'vue');
    } finally {
      app.unmount();
      container.remove();
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });
});
