import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/practicas-filtros/practicas-filtros.js';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import '../../src/components/practicas-lista/practicas-lista.js';
import type { PracticasFiltros } from '../../src/components/practicas-filtros/practicas-filtros.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import { filtrarPracticas, type Filtros } from '../../src/data/filtros.js';
import { bundledDataset } from '../../src/data/loader.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { part, parts, shadow, text } from '../support/elements.js';

let grupo = 0;
const nuevoGrupo = () => `filtros-${++grupo}`;
const d = bundledDataset();

async function barra(template: ReturnType<typeof html>) {
  const el = await fixture<PracticasFiltros>(template);
  await el.updateComplete;
  return el;
}

const select = (el: PracticasFiltros, dim: string) =>
  shadow(el).querySelector<HTMLSelectElement>(`select[data-filtro="${dim}"]`)!;
const search = (el: PracticasFiltros) => part<HTMLInputElement>(el, 'search')!;
const count = (el: Element) => text(part(el, 'count'));
const choose = async (el: PracticasFiltros, dim: string, value: string) => {
  const s = select(el, dim);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};

describe('<practicas-filtros>', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  describe('controls', () => {
    it('has a labelled search box and a labelled select per filter, and the count', async () => {
      const el = await barra(html`<practicas-filtros grupo=${nuevoGrupo()}></practicas-filtros>`);
      expect(search(el).type).to.equal('search');
      expect(text(search(el).closest('label'))).to.equal('Buscar');
      const labels = parts<HTMLSelectElement>(el, 'control').map((s) => text(shadow(el).querySelector(`label[for="${s.id}"]`)));
      expect(labels).to.deep.equal(['Estado', 'Tema', 'Región', 'Nivel de gobierno', 'Criterio más relevante']);
      expect(count(el)).to.equal('31 de 31 prácticas');
      expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
      expect(select(el, 'region').options).to.have.length(26);
    });

    // Each option says how many practices it would give with the other filters applied.
    const combinations: Filtros[] = [
      {},
      { tipo: 'en-proceso' },
      { region: '22', tema: 'fortalecimiento-institucional' },
      { q: 'presupuesto' },
    ];
    for (const filtros of combinations) {
      it(`each option counts what it would give, for ${JSON.stringify(filtros)}`, async () => {
        const g = nuevoGrupo();
        estadoDeGrupo(g).reemplazar(filtros);
        const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
        for (const dim of ['tipo', 'tema', 'region', 'nivel', 'criterio'] as const) {
          for (const option of [...select(el, dim).options].slice(1)) {
            const n = filtrarPracticas(d, { ...filtros, [dim]: option.value }).length;
            expect(option.textContent!.trim(), `${dim}=${option.value}`).to.match(
              n === 0 ? /\(0, ninguna\)$/ : new RegExp(`\\(${n}\\)$`),
            );
          }
        }
        expect(count(el)).to.equal(`${filtrarPracticas(d, filtros).length} de 31 prácticas`);
      });
    }

    it('keeps options that would give nothing visible, and says so', async () => {
      const el = await barra(html`<practicas-filtros grupo=${nuevoGrupo()}></practicas-filtros>`);
      const callao = [...select(el, 'region').options].find((o) => o.value === '07')!;
      expect(callao.textContent!.trim()).to.equal('Callao (0, ninguna)');
      expect(callao.disabled).to.equal(false);
      expect([...select(el, 'region').options].find((o) => o.value === '08')!.textContent!.trim()).to.equal('Cusco (3)');
    });

    it('names a preset value that is not valid', async () => {
      const el = await barra(html`<practicas-filtros grupo=${nuevoGrupo()} region="99"></practicas-filtros>`);
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.equal('«99» no es un valor válido para el filtro Región.');
    });
  });

  describe('changes by the reader', () => {
    it('a select change updates the group and fires practicas-filtros-cambio with the whole state', async () => {
      const g = nuevoGrupo();
      estadoDeGrupo(g).reemplazar({ tipo: 'buena-practica' });
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      const heard = oneEvent(document, 'practicas-filtros-cambio');
      await choose(el, 'region', '03');
      const event = await heard;
      expect(event.detail).to.deep.equal({ grupo: g, filtros: { tipo: 'buena-practica', region: '03' } });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(estadoDeGrupo(g).filtros).to.deep.equal({ tipo: 'buena-practica', region: '03' });
      expect(count(el)).to.equal('4 de 31 prácticas');
    });

    it('search ignores case and accents and updates as the reader types, one event per keystroke', async () => {
      const g = nuevoGrupo();
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      const events: Filtros[] = [];
      el.addEventListener('practicas-filtros-cambio', (e) => events.push(e.detail.filtros));
      search(el).focus();
      await sendKeys({ type: 'APURIMAC' });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.q).to.equal('APURIMAC');
      expect(count(el)).to.equal('8 de 31 prácticas');
      expect(events).to.have.length(8);
      expect(events.at(-1)).to.deep.equal({ q: 'APURIMAC' });
    });

    it('active filters show as chips that remove them; "Limpiar filtros" clears all', async () => {
      const g = nuevoGrupo();
      estadoDeGrupo(g).reemplazar({ region: '22', tema: 'educacion', q: 'comité' });
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      const chips = () => parts<HTMLButtonElement>(el, 'chip');
      expect(chips().map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Quitar filtro Tema: Educación',
        'Quitar filtro Región: San Martín',
        'Quitar filtro Buscar: «comité»',
      ]);
      chips()[1].click();
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros).to.deep.equal({ tema: 'educacion', q: 'comité' });
      const heard = oneEvent(el, 'practicas-filtros-cambio');
      part<HTMLButtonElement>(el, 'clear')!.click();
      expect((await heard).detail.filtros).to.deep.equal({});
      await el.updateComplete;
      expect(chips()).to.have.length(0);
      expect(part<HTMLButtonElement>(el, 'clear')!.disabled).to.equal(true);
    });

    it('is usable by keyboard alone', async () => {
      const g = nuevoGrupo();
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      search(el).focus();
      await sendKeys({ type: 'agua' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(select(el, 'tipo'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(select(el, 'region'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal('01');
    });
  });

  describe('state from code', () => {
    it('the filtros property reads and replaces the group state without firing an event', async () => {
      const g = nuevoGrupo();
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      let events = 0;
      el.addEventListener('practicas-filtros-cambio', () => events++);
      el.filtros = { tema: 'salud', region: '20' };
      await el.updateComplete;
      expect(el.filtros).to.deep.equal({ tema: 'salud', region: '20' });
      expect(select(el, 'tema').value).to.equal('salud');
      expect(count(el)).to.equal('1 de 31 prácticas');
      estadoDeGrupo(g).combinar({ tema: '' });
      await el.updateComplete;
      expect(select(el, 'tema').value).to.equal('');
      expect(events).to.equal(0);
    });
  });

  describe('linked widgets', () => {
    it('map, table and list of a group follow the bar, and the bar follows them', async () => {
      const g = nuevoGrupo();
      const page = await fixture(
        html`<div>
          <practicas-filtros grupo=${g}></practicas-filtros>
          <practicas-mapa grupo=${g}></practicas-mapa>
          <anexo-tabla grupo=${g}></anexo-tabla>
          <practicas-lista grupo=${g}></practicas-lista>
        </div>`,
      );
      const [bar, map, table, list] = [...page.children] as HTMLElement[] as [
        PracticasFiltros,
        HTMLElement & { updateComplete: Promise<boolean> },
        AnexoTabla,
        HTMLElement & { updateComplete: Promise<boolean> },
      ];
      await Promise.all([bar.updateComplete, map.updateComplete, table.updateComplete, list.updateComplete]);
      await choose(bar, 'tema', 'salud');
      await Promise.all([map.updateComplete, table.updateComplete, list.updateComplete]);
      expect(count(table)).to.equal('5 de 31 prácticas');
      expect(list.shadowRoot!.querySelectorAll('practica-card')).to.have.length(5);
      expect(map.shadowRoot!.querySelector('path[data-ubigeo="04"]')!.getAttribute('aria-label')).to.match(
        /^Arequipa: 1 práctica/,
      );
      // The map's choice reaches the bar.
      const heard = oneEvent(map, 'practicas-filtros-cambio');
      map
        .shadowRoot!.querySelector<SVGPathElement>('path[data-ubigeo="08"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect((await heard).detail.filtros).to.deep.equal({ tema: 'salud', region: '08' });
      await bar.updateComplete;
      expect(select(bar, 'region').value).to.equal('08');
      expect(count(bar)).to.equal('1 de 31 prácticas');
    });

    it('two groups on one page stay independent, each landmark with its own name', async () => {
      const [g1, g2] = [nuevoGrupo(), nuevoGrupo()];
      const page = await fixture(
        html`<div>
          <practicas-filtros grupo=${g1} etiqueta="Filtrar el catálogo A"></practicas-filtros>
          <anexo-tabla grupo=${g1} etiqueta="Catálogo A"></anexo-tabla>
          <practicas-filtros grupo=${g2} etiqueta="Filtrar el catálogo B"></practicas-filtros>
          <anexo-tabla grupo=${g2} etiqueta="Catálogo B"></anexo-tabla>
        </div>`,
      );
      const [bar1, table1, bar2, table2] = [...page.children] as [PracticasFiltros, AnexoTabla, PracticasFiltros, AnexoTabla];
      await Promise.all([bar1, table1, bar2, table2].map((e) => e.updateComplete));
      await choose(bar1, 'tipo', 'en-proceso');
      await Promise.all([table1.updateComplete, table2.updateComplete]);
      expect(count(table1)).to.equal('13 de 31 prácticas');
      expect(count(table2)).to.equal('31 de 31 prácticas');
      expect(count(bar2)).to.equal('31 de 31 prácticas');
      expect(part(bar2, 'base')!.getAttribute('aria-label')).to.equal('Filtrar el catálogo B');
      expect(part(table1, 'scroller')!.getAttribute('aria-label')).to.equal('Catálogo A');
      await expect(page).to.be.accessible();
    });

    it("a widget inserted after load joins its group's current state", async () => {
      const g = nuevoGrupo();
      const bar = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      await choose(bar, 'criterio', 'transparencia');
      const table = document.createElement('anexo-tabla');
      table.grupo = g;
      bar.after(table);
      await table.updateComplete;
      expect(count(table)).to.equal('4 de 31 prácticas');
      table.remove();
    });
  });

  describe('sincronizar-url', () => {
    it('restores the state from the address and mirrors changes, keeping other parameters and the hash', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=boletin&region=08&tipo=buena-practica#catalogo`);
      const g = '';
      estadoDeGrupo(g).reemplazar({});
      const el = await barra(html`<practicas-filtros sincronizar-url></practicas-filtros>`);
      expect(estadoDeGrupo(g).filtros).to.deep.equal({ tipo: 'buena-practica', region: '08' });
      expect(select(el, 'region').value).to.equal('08');
      await choose(el, 'tema', 'salud');
      let params = new URLSearchParams(location.search);
      expect(params.get('tema')).to.equal('salud');
      expect(params.get('utm_source')).to.equal('boletin');
      expect(location.hash).to.equal('#catalogo');
      part<HTMLButtonElement>(el, 'clear')!.click();
      await el.updateComplete;
      params = new URLSearchParams(location.search);
      expect([...params.keys()]).to.deep.equal(['utm_source']);
      el.remove();
      estadoDeGrupo(g).reemplazar({});
    });

    it('a shared link wins over attribute presets, whatever the order of the elements', async () => {
      const g = nuevoGrupo();
      history.replaceState(null, '', `${location.pathname}?${g}.region=08&otro=1`);
      const page = await fixture(
        html`<div>
          <anexo-tabla grupo=${g} region="03"></anexo-tabla>
          <practicas-filtros grupo=${g} sincronizar-url></practicas-filtros>
          <practicas-mapa grupo=${g} region="22" tema="salud"></practicas-mapa>
        </div>`,
      );
      await Promise.all([...page.children].map((e) => (e as PracticasFiltros).updateComplete));
      expect(estadoDeGrupo(g).filtros).to.deep.equal({ region: '08', tema: 'salud' });
      const params = new URLSearchParams(location.search);
      expect(params.get(`${g}.region`)).to.equal('08');
      expect(params.get(`${g}.tema`)).to.equal('salud');
      expect(params.get('otro')).to.equal('1');
      expect(params.get('region')).to.equal(null);
    });
  });

  describe('layout and accessibility', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('collapses the selects into a disclosure on narrow screens', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><practicas-filtros grupo=${nuevoGrupo()}></practicas-filtros></div>`,
      );
      const el = wrapper.querySelector('practicas-filtros')!;
      await el.updateComplete;
      const toggle = part<HTMLButtonElement>(el, 'toggle')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(getComputedStyle(part(el, 'panel')!).display).to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(part(el, 'panel')!).display).to.equal('grid');
      expect(el.scrollWidth).to.be.at.most(320);
      const wide = await fixture(
        html`<div style="width: 900px"><practicas-filtros grupo=${nuevoGrupo()}></practicas-filtros></div>`,
      );
      const wideEl = wide.querySelector('practicas-filtros')!;
      await wideEl.updateComplete;
      expect(getComputedStyle(part(wideEl, 'toggle')!).display).to.equal('none');
      expect(getComputedStyle(part(wideEl, 'panel')!).display).to.equal('grid');
    });

    it('passes axe, with filters active, light and dark, and speaks English', async () => {
      const g = nuevoGrupo();
      estadoDeGrupo(g).reemplazar({ region: '03', q: 'agua' });
      const el = await barra(html`<practicas-filtros grupo=${g}></practicas-filtros>`);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
      const wrapper = await fixture(html`<div lang="en"><practicas-filtros grupo=${g}></practicas-filtros></div>`);
      const en = wrapper.querySelector('practicas-filtros')!;
      await en.updateComplete;
      expect(count(en)).to.equal('1 of 31 practices');
      expect(parts(en, 'chip').map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Remove filter Region: Apurímac',
        'Remove filter Search: «agua»',
      ]);
    });
  });
});
