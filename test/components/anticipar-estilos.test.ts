// A class's style sheets parsed when the browser is next idle after its definition
// (src/components/shared/anticipar-estilos.ts), so that an element created later renders without that work.
import { expect } from '@open-wc/testing';
import { css, html, LitElement, unsafeCSS } from 'lit';
import { anticiparEstilos } from '../../src/components/shared/anticipar-estilos.js';
import '../../src/practicas.js';

const ocioso = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

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

describe('anticiparEstilos', () => {
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
      anticiparEstilos(Prueba);
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
