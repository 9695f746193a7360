// The built ES module's table (npm test builds first): the Excel writer is a file
// beside cdn/practicas.js, requested on the first «Descargar Excel» and not before.
import { expect, waitUntil } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import type { AnexoTabla } from '../src/components/anexo-tabla/anexo-tabla.js';

const pedidos = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((ruta) => ruta.startsWith('/cdn/'));

describe('cdn/practicas.js: the Excel download', () => {
  it('fetches cdn/practicas-excel.js on the first click only, and saves a workbook of the rows shown', async () => {
    await import(/* @vite-ignore */ '/cdn/practicas.js' as string);
    const el = document.createElement('anexo-tabla') as AnexoTabla;
    el.setAttribute('grupo', 'cdn-excel');
    el.setAttribute('region', '03');
    document.body.append(el);
    await el.updateComplete;
    expect(pedidos()).to.deep.equal(['/cdn/practicas.js']);

    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return original.call(URL, b);
    };
    const onClick = (e: Event) => {
      if ((e.composedPath()[0] as Element).localName === 'a') e.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Descargar Excel')!.click();
      await waitUntil(() => blob, 'no file was saved');
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
      el.remove();
    }
    expect(pedidos()).to.deep.equal(['/cdn/practicas.js', '/cdn/practicas-excel.js']);
    const hoja = strFromU8(unzipSync(new Uint8Array(await blob!.arrayBuffer()))['xl/worksheets/sheet1.xml']);
    const filas = hoja.match(/<row /g) ?? [];
    expect(filas).to.have.length(el.filasActuales().length + 1);
    expect(hoja).to.contain('Apurímac');
  });
});
