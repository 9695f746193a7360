// The demo page that `npm start` serves, opened as a visitor would (in an iframe
// of the test page; it loads /cdn/practicas.js, built by `npm test`).
import { expect, waitUntil } from '@open-wc/testing';

interface Lit extends HTMLElement {
  updateComplete: Promise<boolean>;
}

async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  // The widgets render, and the page's own script (a later module) has filled the footer.
  await waitUntil(
    () =>
      frame.contentDocument?.querySelector('anexo-tabla')?.shadowRoot?.querySelector('[part~="count"]') &&
      frame.contentDocument.getElementById('fuente')?.textContent,
    'the demo renders',
    { timeout: 4000 },
  );
  return frame.contentDocument!;
}

const cards = (doc: Document, selector: string) =>
  [...doc.querySelector(selector)!.shadowRoot!.querySelectorAll('practica-card')].map((c) => c.getAttribute('practica-id'));
const count = (doc: Document, tag: string) =>
  doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();

describe('demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the bundle with one script tag and renders every element', async () => {
    const doc = await openDemo();
    expect(doc.querySelectorAll('script[src="/cdn/practicas.js"]')).to.have.length(1);
    expect(cards(doc, 'practicas-lista[destacadas]')).to.deep.equal([
      'codigo-conducta-participativo',
      'la-libertad-portal-decide',
      'huanuco-primera-infancia-articulada',
    ]);
    expect(cards(doc, 'practicas-lista[limite]')).to.have.length(6);
    expect(count(doc, 'practicas-filtros')).to.equal('31 de 31 prácticas');
    expect(count(doc, 'anexo-tabla')).to.equal('31 de 31 prácticas');
    expect(doc.querySelector('practicas-mapa')!.shadowRoot!.querySelectorAll('path[data-ubigeo]')).to.have.length(25);
    expect(doc.getElementById('fuente')?.textContent).to.contain('ISBN 978-612-47647-3-8');
  });

  it('restores a shared link, links every widget without glue code, and opens a practice in the built-in dialog of the list', async () => {
    const doc = await openDemo('?region=08&utm=boletin');
    const bar = doc.querySelector('practicas-filtros') as Lit;
    expect(count(doc, 'practicas-filtros')).to.equal('3 de 31 prácticas');
    expect(count(doc, 'anexo-tabla')).to.equal('3 de 31 prácticas');
    const input = bar.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'huatanay';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => cards(doc, 'practicas-lista[limite]').length === 1, 'the list follows the search');
    expect(cards(doc, 'practicas-lista[limite]')).to.deep.equal(['cusco-genero-discapacidad-inversion-publica']);
    expect(new URLSearchParams(doc.defaultView!.location.search).get('q')).to.equal('huatanay');
    expect(new URLSearchParams(doc.defaultView!.location.search).get('utm')).to.equal('boletin');
    const list = doc.querySelector('practicas-lista[limite]')!;
    const cardEl = list.shadowRoot!.querySelector('practica-card')!;
    const title = cardEl.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!;
    title.click();
    // No code of the page's own: the list opens the practice in its built-in dialog.
    const dialog = list.shadowRoot!.querySelector<HTMLDialogElement>('[part~="dialog"]')!;
    await waitUntil(() => dialog.open, 'the list opens its dialog');
    const detailCard = dialog.querySelector('practica-card') as Lit & { practicaId: string };
    expect(detailCard.practicaId).to.equal('cusco-genero-discapacidad-inversion-publica');
    await detailCard.updateComplete;
    expect(detailCard.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.match(
      /^Incorporar el enfoque de género/,
    );
    dialog.close();
    await waitUntil(() => cardEl.shadowRoot!.activeElement === title, 'focus returns to the title');
  });
});
