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

describe('cdn/practicas.js: the Excel download under a strict Content-Security-Policy', () => {
  it('saves the workbook with no worker and no violation (default-src and script-src self: no blob: scripts)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '900px';
    frame.src = '/fixtures/csp';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as Window & typeof globalThis & { __violaciones: string[] };
      const tabla = () => frame.contentDocument?.querySelector('anexo-tabla') as AnexoTabla | null;
      await waitUntil(() => tabla()?.shadowRoot?.querySelector('tr[data-practica-id]'), 'the table renders', { timeout: 5000 });
      let blob: Blob | undefined;
      const original = win().URL.createObjectURL;
      win().URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return original.call(win().URL, b);
      };
      frame.contentDocument!.addEventListener(
        'click',
        (e) => {
          if ((e.composedPath()[0] as Element).localName === 'a') e.preventDefault();
        },
        true,
      );
      [...tabla()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Descargar Excel')!.click();
      await waitUntil(() => blob, 'no file was saved', { timeout: 5000 });
      const hoja = strFromU8(unzipSync(new Uint8Array(await blob!.arrayBuffer()))['xl/worksheets/sheet1.xml']);
      expect(hoja.match(/<row /g)).to.have.length(tabla()!.filasActuales().length + 1);
      expect(win().__violaciones).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
