// The demo page that `npm start` serves, opened as a visitor would (in an iframe
// of the test page; it loads /dist/practicas.js, built by `npm test`).
import { expect, waitUntil } from '@open-wc/testing';

async function openDemo(query = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '360px';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.getElementById('cuenta')?.textContent, 'the demo renders its count', { timeout: 4000 });
  return frame.contentDocument!;
}

describe('demo page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the bundle with one script tag and lists all 31 practices', async () => {
    const doc = await openDemo();
    expect(doc.querySelectorAll('script[src="/dist/practicas.js"]')).to.have.length(1);
    expect(doc.getElementById('cuenta')?.textContent).to.equal('31 de 31 prácticas');
    expect(doc.querySelectorAll('#resultados li')).to.have.length(31);
    expect(doc.getElementById('fuente')?.textContent).to.contain('ISBN 978-612-47647-3-8');
  });

  it('presets a region from the address and searches without accents', async () => {
    const doc = await openDemo('?region=08');
    expect(doc.getElementById('cuenta')?.textContent).to.equal('3 de 31 prácticas');
    const input = doc.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = 'huatanay';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.getElementById('cuenta')?.textContent).to.equal('1 de 31 prácticas');
    expect(doc.querySelector('#resultados li strong')?.textContent).to.equal(
      'Incorporar el enfoque de género y de inserción laboral de las personas con discapacidad en proyectos de inversión pública',
    );
  });
});
