// The demo page that `npm start` serves, opened as a visitor would (in an iframe
// of the test page; it loads /dist/practicas.js, built by `npm test`).
import { expect, waitUntil } from '@open-wc/testing';

async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.getElementById('cuenta')?.textContent, 'the demo renders its count', { timeout: 4000 });
  return frame.contentDocument!;
}

const cards = (doc: Document, selector: string) =>
  [...doc.querySelector(selector)!.shadowRoot!.querySelectorAll('practica-card')].map((c) => c.getAttribute('practica-id'));

describe('demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the bundle with one script tag and renders the elements', async () => {
    const doc = await openDemo();
    expect(doc.querySelectorAll('script[src="/dist/practicas.js"]')).to.have.length(1);
    expect(doc.getElementById('cuenta')?.textContent).to.equal('31 de 31 prácticas');
    expect(cards(doc, 'practicas-lista[destacadas]')).to.deep.equal([
      'codigo-conducta-participativo',
      'la-libertad-portal-decide',
      'huanuco-primera-infancia-articulada',
    ]);
    expect(cards(doc, 'practicas-lista[limite]')).to.have.length(6);
    expect(doc.getElementById('fuente')?.textContent).to.contain('ISBN 978-612-47647-3-8');
  });

  it('presets a region from the address, searches without accents, and opens a detail view', async () => {
    const doc = await openDemo('?region=08');
    expect(doc.getElementById('cuenta')?.textContent).to.equal('3 de 31 prácticas');
    const input = doc.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = 'huatanay';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const list = doc.querySelector('practicas-lista[limite]')!;
    await waitUntil(() => cards(doc, 'practicas-lista[limite]').length === 1, 'the list follows the search');
    expect(cards(doc, 'practicas-lista[limite]')).to.deep.equal(['cusco-genero-discapacidad-inversion-publica']);
    const cardEl = list.shadowRoot!.querySelector('practica-card')!;
    cardEl.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!.click();
    const detail = doc.getElementById('detalle')!;
    expect(detail.hidden).to.equal(false);
    const detailCard = detail.querySelector('practica-card') as HTMLElement & { practicaId: string; updateComplete: Promise<boolean> };
    expect(detailCard.practicaId).to.equal('cusco-genero-discapacidad-inversion-publica');
    await detailCard.updateComplete;
    expect(detailCard.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.match(/^Incorporar el enfoque de género/);
    expect(doc.activeElement).to.equal(doc.getElementById('detalle-titulo'));
  });
});
