// Renders in turns (src/components/shared/turnos.ts): elements created or changed together do
// not all render in one task; one whose first render waits is `:state(pendiente)`, by which the
// page's reserve style keeps its place and skeleton; an element alone renders at once.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { PracticasElement } from '../../src/components/shared/practicas-element.js';
import { TURNO_MS } from '../../src/components/shared/turnos.js';
import '../../src/practicas.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import type { PracticasLista } from '../../src/components/practicas-lista/practicas-lista.js';
import { turnoNuevo } from '../support/elements.js';

/** An element of the library whose first render takes longer than a turn. */
class RenderLento extends PracticasElement {
  static renders: string[] = [];
  /** The frame (counted by requestAnimationFrame) in which each render ran. */
  static cuadros: number[] = [];
  override render() {
    const hasta = performance.now() + TURNO_MS + 4;
    while (performance.now() < hasta);
    RenderLento.renders.push(this.id);
    RenderLento.cuadros.push(cuadro);
    return html`<p>${this.id}</p>`;
  }
}
customElements.define('render-lento', RenderLento);

/** An element of the library whose render is quick: it waits only when its turn is over. */
class RenderRapido extends PracticasElement {
  static cuadros: number[] = [];
  static horas: number[] = [];
  override render() {
    RenderRapido.cuadros.push(cuadro);
    RenderRapido.horas.push(performance.now());
    return html`<p>${this.id}</p>`;
  }
}
customElements.define('render-rapido', RenderRapido);

let cuadro = 0;
const contar = () => {
  cuadro++;
  requestAnimationFrame(contar);
};
requestAnimationFrame(contar);

const crear = (tag: string, ids: string[]) =>
  ids.map((id) => {
    const el = document.createElement(tag) as RenderLento;
    el.id = id;
    return el;
  });

describe('first renders in turns', () => {
  afterEach(() => {
    document.querySelectorAll('render-lento, render-rapido, main.turnos').forEach((el) => el.remove());
    RenderLento.renders = [];
    RenderLento.cuadros = [];
  });

  it('renders elements created together one frame at a time, in order, each pending until its turn', async () => {
    await turnoNuevo();
    const [a, b, c] = crear('render-lento', ['a', 'b', 'c']);
    document.body.append(a, b, c);
    await a.updateComplete;
    // a's render filled the task: b and c wait, and say so.
    expect(RenderLento.renders).to.deep.equal(['a']);
    expect(b.hasUpdated || c.hasUpdated).to.equal(false);
    expect(b.matches(':state(pendiente)') && c.matches(':state(pendiente)'), 'b and c pending').to.equal(true);
    expect(a.matches(':state(pendiente)'), 'a rendered').to.equal(false);
    await b.updateComplete;
    expect(RenderLento.renders).to.deep.equal(['a', 'b']);
    expect(b.matches(':state(pendiente)')).to.equal(false);
    expect(c.hasUpdated, 'c waits for the task after b').to.equal(false);
    await c.updateComplete;
    expect(RenderLento.renders).to.deep.equal(['a', 'b', 'c']);
    expect(c.matches(':state(pendiente)')).to.equal(false);
    // Each after a painted frame: the browser lays out and paints each one on its own.
    const [ca, cb, cc] = RenderLento.cuadros;
    expect(cb, 'a frame between a and b').to.be.greaterThan(ca);
    expect(cc, 'a frame between b and c').to.be.greaterThan(cb);
  });

  it('takes turns for later updates too, without the pending state', async () => {
    const todos = crear('render-lento', ['a', 'b', 'c']);
    document.body.append(...todos);
    for (const el of todos) await el.updateComplete;
    RenderLento.renders = [];
    RenderLento.cuadros = [];
    await turnoNuevo();
    // One change that reaches three drawn elements, as a keystroke reaches the linked widgets.
    for (const el of todos) el.requestUpdate();
    const [a, b, c] = todos;
    await a.updateComplete;
    expect(RenderLento.renders).to.deep.equal(['a']);
    expect(b.isUpdatePending && c.isUpdatePending, 'b and c wait').to.equal(true);
    expect(b.matches(':state(pendiente)'), 'drawn before: no reserve skeleton').to.equal(false);
    await c.updateComplete;
    expect(RenderLento.renders).to.deep.equal(['a', 'b', 'c']);
    const [ca, cb, cc] = RenderLento.cuadros;
    expect(cb, 'a frame between a and b').to.be.greaterThan(ca);
    expect(cc, 'a frame between b and c').to.be.greaterThan(cb);
  });

  it("lays out a list's new cards in a frame of their own: what changed with them renders after it", async () => {
    const grupo = 'turnos-tarjetas';
    const lista = document.createElement('practicas-lista') as PracticasLista;
    lista.grupo = grupo;
    lista.limite = 6;
    const [rapido] = crear('render-rapido', ['despues']);
    const pagina = document.createElement('main');
    pagina.className = 'turnos';
    pagina.append(lista, rapido);
    document.body.append(pagina);
    await lista.updateComplete;
    await (rapido as PracticasElement).updateComplete;
    const antes = lista.shadowRoot!.querySelector('practica-card')!.practicaId;
    await turnoNuevo();
    const cuadroInicial = cuadro;
    const horaInicial = performance.now();
    RenderRapido.cuadros = [];
    RenderRapido.horas = [];
    // One change that gives the list new cards, and another element's update in the same task.
    estadoDeGrupo(grupo).combinar({ tipo: 'en-proceso' });
    rapido.requestUpdate();
    await lista.updateComplete;
    expect(lista.shadowRoot!.querySelector('practica-card')!.practicaId, 'the list shows new cards').not.to.equal(antes);
    expect((rapido as PracticasElement).isUpdatePending, 'the quick element waits for the next frame').to.equal(true);
    await (rapido as PracticasElement).updateComplete;
    // After the next painted frame, or after the turn's time limit (100 ms) when a busy machine paints none.
    const despuesDeUnCuadro = RenderRapido.cuadros[0] > cuadroInicial;
    const despuesDelLimite = RenderRapido.horas[0] - horaInicial >= 99;
    expect(despuesDeUnCuadro || despuesDelLimite, 'a frame, or the time limit, between the cards and the quick element').to.equal(
      true,
    );
    estadoDeGrupo(grupo).reemplazar({});
  });

  it('renders an element alone at once, in the task that created it', async () => {
    await turnoNuevo();
    const canal = new MessageChannel();
    let otraTarea = false;
    canal.port1.onmessage = () => (otraTarea = true);
    canal.port2.postMessage('');
    const [a] = crear('render-lento', ['solo']);
    document.body.append(a);
    await a.updateComplete;
    expect(otraTarea, 'no other task ran before the render').to.equal(false);
    expect(a.shadowRoot!.textContent).to.contain('solo');
  });

  it("keeps a waiting widget's reserved place with the page's reserve style", async () => {
    const estilo = document.createElement('style');
    estilo.textContent = await (await fetch('/demo/reserva.css')).text();
    document.head.append(estilo);
    try {
      await turnoNuevo();
      const pagina = document.createElement('main');
      pagina.className = 'turnos';
      pagina.style.width = '800px';
      const lento = crear('render-lento', ['primero'])[0];
      const [mapa] = crear('practicas-mapa', ['mapa']);
      pagina.append(lento, mapa);
      document.body.append(pagina);
      await lento.updateComplete;
      expect(mapa.matches(':state(pendiente)'), 'the map waits for its turn').to.equal(true);
      expect(mapa.shadowRoot?.childElementCount ?? 0, 'nothing rendered yet').to.equal(0);
      const reservado = mapa.getBoundingClientRect().height;
      expect(reservado, 'the reserve holds the place').to.be.greaterThan(200);
      await (mapa as PracticasElement).updateComplete;
      expect(mapa.matches(':state(pendiente)')).to.equal(false);
      // Firefox does not let a pseudo-element query its own element's size (the reserve's
      // container queries), so there the reserve has the map's narrowest form.
      if (!navigator.userAgent.includes('Firefox')) {
        expect(mapa.getBoundingClientRect().height, 'the map takes the height it reserved').to.be.closeTo(reservado, 1);
      }
    } finally {
      estilo.remove();
    }
  });
});
