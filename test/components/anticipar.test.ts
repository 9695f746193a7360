// A class's style sheets parsed, and its templates prepared, when the browser is next idle after its
// definition (src/components/shared/anticipar.ts), so that an element created later renders without that work.
import { expect } from '@open-wc/testing';
import { css, html, LitElement, unsafeCSS } from 'lit';
import { anticipar } from '../../src/components/shared/anticipar.js';
import '../../src/practicas.js';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { bundledDataset } from '../../src/data/loader.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';

// Without a time limit: idle callbacks run in the order they were asked for, so the library's
// (asked for when its classes were defined) have run when this one does.
const ocioso = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

/** Records the CSS text of every constructed style sheet parsed while `f` runs. */
async function hojasAnalizadas(f: () => unknown): Promise<string[]> {
  const original = CSSStyleSheet.prototype.replaceSync;
  const textos: string[] = [];
  CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, texto: string) {
    textos.push(texto);
    return original.call(this, texto);
  };
  try {
    await f();
  } finally {
    CSSStyleSheet.prototype.replaceSync = original;
  }
  return textos;
}

/** The tags of the elements the document creates while `f` runs (Lit prepares a template in a <template>). */
async function creados(f: () => unknown): Promise<string[]> {
  const original = Document.prototype.createElement;
  const tags: string[] = [];
  Document.prototype.createElement = function (this: Document, tag: string, opciones?: ElementCreationOptions) {
    tags.push(tag.toLowerCase());
    return original.call(this, tag, opciones);
  } as typeof original;
  try {
    await f();
  } finally {
    Document.prototype.createElement = original;
  }
  return tags;
}

describe('anticipar', () => {
  // First in this file (a page of its own): no map has rendered here before it.
  it('prepares the templates of a map, its legend and its outlines at idle: a map created later prepares none', async () => {
    await ocioso();
    const tags = await creados(async () => {
      const el = document.createElement('practicas-mapa') as PracticasMapa;
      el.datos = bundledDataset();
      el.grupo = 'anticipar';
      estadoDeGrupo('anticipar').combinar({ region: '03' });
      document.body.append(el);
      await el.updateComplete;
      // The figure with counts, the legend's rows and the chosen region's outline are there.
      expect(el.shadowRoot!.querySelectorAll('[part="legend"] li')).to.have.length(6);
      expect(el.shadowRoot!.querySelector('.contorno-seleccion')).to.not.equal(null);
      el.remove();
      estadoDeGrupo('anticipar').reemplazar({});
    });
    expect(tags.filter((t) => t === 'template')).to.deep.equal([]);
  });

  it('parses the style sheets when the browser is idle, not in the first render of an element created later', async () => {
    // A unique rule, so that no other element's sheet (Lit keeps one per CSS text) is taken for it.
    const marca = `anticipar-${Date.now()}`;
    class Prueba extends LitElement {
      static override styles = css`
        :host {
          --marca: ${unsafeCSS(marca)};
        }
      `;
      override render() {
        return html`<p>prueba</p>`;
      }
    }
    const tag = `prueba-${marca}`;

    const alDefinir = await hojasAnalizadas(async () => {
      customElements.define(tag, Prueba);
      anticipar(Prueba);
      await ocioso();
    });
    expect(customElements.get(tag)).to.equal(Prueba);
    expect(alDefinir.filter((t) => t.includes(marca))).to.have.length(1);

    const alCrear = await hojasAnalizadas(async () => {
      const el = document.createElement(tag) as Prueba;
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets.some((h) => [...h.cssRules].some((r) => r.cssText.includes(marca)))).to.be.true;
      el.remove();
    });
    expect(alCrear.filter((t) => t.includes(marca))).to.deep.equal([]);
  });

  it("leaves no style sheet to parse for the library's elements created after the page has been idle", async () => {
    await ocioso();
    const hojas = await hojasAnalizadas(async () => {
      for (const tag of ['practicas-filtros', 'practicas-mapa', 'practica-card', 'practicas-lista', 'anexo-tabla']) {
        const el = document.createElement(tag) as LitElement;
        document.body.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.adoptedStyleSheets.length, tag).to.be.greaterThan(0);
        el.remove();
      }
    });
    expect(hojas).to.deep.equal([]);
  });
});
