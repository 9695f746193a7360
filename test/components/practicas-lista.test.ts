import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/practicas-lista/practicas-lista.js';
import type { PracticasLista } from '../../src/components/practicas-lista/practicas-lista.js';
import { bundledDataset, clearDatasetCache } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import { filtrarPracticas } from '../../src/data/filtros.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { part, parts, primerRender, shadow, text } from '../support/elements.js';

async function lista(template: ReturnType<typeof html>) {
  const el = await fixture<PracticasLista>(template);
  await el.updateComplete;
  return el;
}

/** Ids of the cards shown, in order. */
const shown = (el: PracticasLista) => parts(el, 'item').map((li) => li.querySelector('practica-card')!.practicaId);

let grupo = 0;
/** A fresh group per test, so that tests never share filter state. */
const nuevoGrupo = () => `test-${++grupo}`;

describe('<practicas-lista>', () => {
  afterEach(() => {
    clearDatasetCache();
    estadoDeGrupo('').reemplazar({});
  });

  describe('featured practices', () => {
    it('destacadas shows exactly those practices, in that order, as compact cards', async () => {
      const el = await lista(
        html`<practicas-lista destacadas="san-martin-sirsam, arequipa-anemia-cero,apurimac-sigei"></practicas-lista>`,
      );
      expect(shown(el)).to.deep.equal(['san-martin-sirsam', 'arequipa-anemia-cero', 'apurimac-sigei']);
      const cardEl = parts(el, 'item')[0].querySelector('practica-card')!;
      await cardEl.updateComplete;
      expect(cardEl.variante).to.equal('compacta');
      expect(text(cardEl.shadowRoot!.querySelector('[part~="title"]'))).to.equal(
        'Sistema Integrado Regional San Martín (SIRSAM)',
      );
    });

    it('ignores the shared filters', async () => {
      estadoDeGrupo('').reemplazar({ region: '07' });
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei"></practicas-lista>`);
      expect(shown(el)).to.deep.equal(['apurimac-sigei']);
    });

    it('names unknown ids in an alert and still shows the others', async () => {
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei,no-existe,tampoco"></practicas-lista>`);
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.equal(
        'No se encontraron estas prácticas destacadas: no-existe, tampoco.',
      );
      expect(shown(el)).to.deep.equal(['apurimac-sigei']);
    });

    it('follows destacadas changes at run time', async () => {
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei"></practicas-lista>`);
      el.setAttribute('destacadas', 'san-martin-fondesan,san-martin-sirsam');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['san-martin-fondesan', 'san-martin-sirsam']);
    });
  });

  describe('shared filters', () => {
    it('without destacadas, shows every practice in publication order', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()}></practicas-lista>`);
      expect(shown(el)).to.have.length(31);
      expect(shown(el)[0]).to.equal('sabaino-agente-comunitario-anemia');
    });

    it('filter attributes preset the group state, and every list of the group follows it', async () => {
      const g = nuevoGrupo();
      const wrapper = await fixture(
        html`<div>
          <practicas-lista grupo=${g} region="03"></practicas-lista>
          <practicas-lista grupo=${g}></practicas-lista>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('practicas-lista')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(estadoDeGrupo(g).filtros).to.deep.equal({ region: '03' });
      expect(shown(a)).to.have.length(7);
      expect(shown(b)).to.deep.equal(shown(a));
      a.setAttribute('tipo', 'en-proceso');
      await a.updateComplete;
      await b.updateComplete;
      expect(shown(b)).to.deep.equal([
        'apurimac-articulacion-presupuesto-educacion',
        'apurimac-mitigacion-cambio-climatico',
        'apurimac-riesgos-desastres',
      ]);
    });

    it('follows state set from code, and keeps separate groups independent', async () => {
      const [g1, g2] = [nuevoGrupo(), nuevoGrupo()];
      const wrapper = await fixture(
        html`<div>
          <practicas-lista grupo=${g1}></practicas-lista>
          <practicas-lista grupo=${g2}></practicas-lista>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('practicas-lista')];
      estadoDeGrupo(g1).combinar({ q: 'sabaino' });
      await a.updateComplete;
      await b.updateComplete;
      expect(shown(a)).to.deep.equal(['sabaino-agente-comunitario-anemia']);
      expect(shown(b)).to.have.length(31);
    });

    it('a list added later joins its group, and a removed one stops listening', async () => {
      const g = nuevoGrupo();
      estadoDeGrupo(g).reemplazar({ tema: 'salud' });
      const el = document.createElement('practicas-lista');
      el.grupo = g;
      document.body.append(el);
      await el.updateComplete;
      expect(shown(el)).to.have.length(5);
      el.remove();
      estadoDeGrupo(g).reemplazar({ tema: 'educacion' });
      expect(el.isUpdatePending).to.equal(false);
      document.body.append(el);
      await el.updateComplete;
      expect(shown(el)).to.have.length(4);
      el.remove();
    });

    it("presets apply once: moving a list keeps the reader's later choices", async () => {
      const g = nuevoGrupo();
      const el = await lista(html`<practicas-lista grupo=${g} region="03"></practicas-lista>`);
      estadoDeGrupo(g).combinar({ region: '22' });
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal('22');
    });

    it('limite caps the cards, with a "ver todas" button that shows the rest', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="03" limite="4"></practicas-lista>`);
      expect(shown(el)).to.have.length(4);
      const more = part<HTMLButtonElement>(el, 'more')!;
      expect(text(more)).to.equal('Ver todas (7)');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shown(el)).to.have.length(7);
      expect(text(more)).to.equal('Ver menos');
      expect(more.getAttribute('aria-expanded')).to.equal('true');
    });

    it('no button when the results fit under the cap', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} tema="salud" limite="5"></practicas-lista>`);
      expect(shown(el)).to.have.length(5);
      expect(part(el, 'more')).to.equal(null);
    });

    it('an empty result gives a friendly message, not a blank box', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="07"></practicas-lista>`);
      const empty = part(el, 'empty')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.equal(
        'No hay prácticas que coincidan con los filtros elegidos. Pruebe con menos filtros o con otras palabras.',
      );
      expect(part(el, 'list')).to.equal(null);
    });
  });

  describe('events and the practice dialog', () => {
    /** The title button of the card showing `id`. */
    async function titulo(el: PracticasLista, id: string) {
      const cardEl = parts(el, 'item')
        .map((li) => li.querySelector('practica-card')!)
        .find((c) => c.practicaId === id)!;
      await cardEl.updateComplete;
      return cardEl.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!;
    }

    it('a card title activation bubbles out of the list with the id, cancelable', async () => {
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei"></practicas-lista>`);
      const heard = oneEvent(document, 'practicas-seleccion');
      (await titulo(el, 'apurimac-sigei')).click();
      const event = await heard;
      expect(event.detail.id).to.equal('apurimac-sigei');
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    });

    it('Enter on a title opens the full card in a modal dialog; Escape closes it and focus returns to the title', async () => {
      const el = await lista(html`<practicas-lista destacadas="san-martin-sirsam,apurimac-sigei"></practicas-lista>`);
      const boton = await titulo(el, 'apurimac-sigei');
      boton.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open, 'the dialog opens');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Sistema Integral de Inversiones (SIGEI)');
      const card = dialog.querySelector('practica-card')!;
      await card.updateComplete;
      // The full card, not the compact one of the grid.
      expect(card.variante).to.equal('completa');
      expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Sistema Integral de Inversiones (SIGEI)');
      expect(text(card.shadowRoot!.querySelector('[part~="footer"]'))).to.contain('p. 29');
      // Focus moved into the dialog.
      expect(dialog.contains(shadow(el).activeElement)).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.equal(false);
      await el.updateComplete;
      // Focus is back on the title that opened it, inside its card.
      expect(boton.getRootNode()).to.be.instanceOf(ShadowRoot);
      expect((boton.getRootNode() as ShadowRoot).activeElement).to.equal(boton);
      expect(document.activeElement).to.equal(el);
    });

    it('a click on a title opens it; the close button closes it; a second practice opens too', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="22" limite="3"></practicas-lista>`);
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      (await titulo(el, shown(el)[1]!)).click();
      await waitUntil(() => dialog.open, 'the dialog opens');
      const card = dialog.querySelector('practica-card')!;
      expect(card.practicaId).to.equal(shown(el)[1]);
      dialog.querySelector<HTMLButtonElement>('button.cerrar')!.click();
      expect(dialog.open).to.equal(false);
      (await titulo(el, shown(el)[2]!)).click();
      await waitUntil(() => dialog.open, 'the dialog opens again');
      expect(dialog.querySelector('practica-card')!.practicaId).to.equal(shown(el)[2]);
      dialog.close();
    });

    it('a page that cancels practicas-seleccion gets no dialog', async () => {
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei"></practicas-lista>`);
      let heard = '';
      const cancelar = (e: Event) => {
        e.preventDefault();
        heard = (e as CustomEvent<{ id: string }>).detail.id;
      };
      document.addEventListener('practicas-seleccion', cancelar);
      try {
        const boton = await titulo(el, 'apurimac-sigei');
        boton.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      } finally {
        document.removeEventListener('practicas-seleccion', cancelar);
      }
      expect(heard).to.equal('apurimac-sigei');
      expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(part<HTMLDialogElement>(el, 'dialog')!.querySelector('practica-card')).to.equal(null);
    });

    it('passes axe with the dialog open, in light and dark', async function () {
      this.timeout(20_000);
      for (const esquema of ['claro', 'oscuro']) {
        const el = await lista(
          html`<practicas-lista destacadas="ica-crowdfunding-tecnologica" esquema=${esquema}></practicas-lista>`,
        );
        (await titulo(el, 'ica-crowdfunding-tecnologica')).click();
        const dialog = part<HTMLDialogElement>(el, 'dialog')!;
        await waitUntil(() => dialog.open, 'the dialog opens');
        await dialog.querySelector('practica-card')!.updateComplete;
        await expect(el).to.be.accessible();
        dialog.close();
      }
    });
  });

  describe('layout and accessibility', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ colorScheme: 'light' });
    });

    it('is one column on a 320 px phone, and several on a wide screen', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await lista(
        html`<practicas-lista destacadas="apurimac-sigei,san-martin-sirsam,arequipa-anemia-cero"></practicas-lista>`,
      );
      const columns = () => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.equal(1);
      expect(part(el, 'list')!.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await setViewport({ width: 1280, height: 800 });
      await el.updateComplete;
      expect(columns()).to.be.at.least(3);
    });

    it('with a page’s * { box-sizing: content-box } and a 10 px root, cards stay inside their cells and «Ver todas» below them', async () => {
      const estilo = document.createElement('style');
      estilo.textContent = 'html { font-size: 62.5% } body { font-size: 1.4rem } * { box-sizing: content-box }';
      document.head.append(estilo);
      try {
        for (const ancho of [320, 360, 1280]) {
          await setViewport({ width: ancho, height: 800 });
          const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="22" limite="4"></practicas-lista>`);
          const celdas = parts(el, 'item');
          await Promise.all(celdas.map((li) => li.querySelector('practica-card')!.updateComplete));
          const tarjetas = celdas.map((li) =>
            li.querySelector('practica-card')!.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect(),
          );
          celdas.forEach((li, i) => {
            const celda = li.getBoundingClientRect();
            const t = tarjetas[i];
            expect(t.left, `card ${i} at ${ancho}`).to.be.at.least(celda.left - 0.5);
            expect(t.right, `card ${i} at ${ancho}`).to.be.at.most(celda.right + 0.5);
            expect(t.bottom, `card ${i} at ${ancho}`).to.be.at.most(celda.bottom + 0.5);
          });
          // No two cards overlap.
          for (let i = 0; i < tarjetas.length; i++) {
            for (let j = i + 1; j < tarjetas.length; j++) {
              const [a, b] = [tarjetas[i], tarjetas[j]];
              const solapan =
                a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              expect(solapan, `cards ${i} and ${j} at ${ancho}`).to.equal(false);
            }
          }
          const mas = part(el, 'more')!.getBoundingClientRect();
          expect(mas.top).to.be.at.least(Math.max(...tarjetas.map((t) => t.bottom)));
          expect(parseFloat(getComputedStyle(part(el, 'more')!).fontSize)).to.be.at.least(12);
          expect(document.documentElement.scrollWidth).to.be.at.most(ancho);
        }
      } finally {
        estilo.remove();
      }
    });

    it('paints its own surface', async () => {
      const el = await lista(html`<practicas-lista destacadas="apurimac-sigei"></practicas-lista>`);
      expect(getComputedStyle(el).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    });

    it('passes axe with cards, with the cap button, empty, and in the dark scheme', async () => {
      const el = await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="03" limite="2"></practicas-lista>`);
      await expect(el).to.be.accessible();
      await expect(await lista(html`<practicas-lista grupo=${nuevoGrupo()} region="07"></practicas-lista>`)).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await fixture(
        html`<div style="background:#000">
          <practicas-lista destacadas="apurimac-sigei,san-martin-sirsam"></practicas-lista>
        </div>`,
      );
      await dark.querySelector('practicas-lista')!.updateComplete;
      await expect(dark).to.be.accessible();
    });
  });
});

describe('practicas-lista with a very long catalogue', () => {
  it('shows 100 cards at a time with «Mostrar más», putting them in the DOM a few per task', async function () {
    // A large synthetic catalogue: slow when the machine is busy.
    this.timeout(20_000);
    const datos = validateDataset(catalogoSintetico(bundledDataset(), 1000, 5));
    const el = await primerRender<PracticasLista>('practicas-lista', { grupo: nuevoGrupo(), datos });
    try {
      expect(shown(el)).to.have.length(12);
      await el.updateComplete;
      const todas = filtrarPracticas(datos, {}).map((p) => p.id);
      expect(shown(el)).to.deep.equal(todas.slice(0, 12));
      // Nobody scrolls: after a calm second, the rest of the first page.
      await waitUntil(() => shown(el).length === 100, 'the rest of the page after a calm second', { timeout: 5000 });
      expect(shown(el)).to.deep.equal(todas.slice(0, 100));
      const next = part<HTMLButtonElement>(el, 'next')!;
      expect(text(next)).to.equal('Mostrar 100 más (quedan 900)');
      next.click();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(todas.slice(0, 200));
      // A filter starts from the first page again: a reader's new view, its first 6 cards at once.
      el.setAttribute('tipo', 'en-proceso');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(
        filtrarPracticas(datos, { tipo: 'en-proceso' })
          .slice(0, 6)
          .map((p) => p.id),
      );
    } finally {
      el.remove();
    }
  });

  it('says «Buscando…» while a search waits for the index, showing the other filters meanwhile', async function () {
    this.timeout(20_000);
    // A fresh dataset object: its search index does not exist yet.
    const datos = validateDataset(catalogoSintetico(bundledDataset(), 2000, 3));
    const g = nuevoGrupo();
    estadoDeGrupo(g).combinar({ q: 'riego', tipo: 'en-proceso' });
    const el = await primerRender<PracticasLista>('practicas-lista', { grupo: g, datos });
    try {
      expect(text(part(el, 'status'))).to.equal('Buscando…');
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
      expect(shown(el)).to.deep.equal(
        filtrarPracticas(datos, { tipo: 'en-proceso' })
          .slice(0, 12)
          .map((p) => p.id),
      );
      await waitUntil(() => !part(el, 'status'), 'the search is applied when the index is ready', { timeout: 10_000 });
      await el.updateComplete;
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
      expect(shown(el)).to.deep.equal(
        filtrarPracticas(datos, { q: 'riego', tipo: 'en-proceso' })
          .slice(0, shown(el).length)
          .map((p) => p.id),
      );
      expect(shown(el).length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });
});
