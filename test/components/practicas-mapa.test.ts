import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { claseDe, clasesDeEscala } from '../../src/components/practicas-mapa/escala.js';
import { ALTO, ANCHO, DEPARTAMENTOS, NORTE_A_SUR, vecinoEnDireccion } from '../../src/components/practicas-mapa/geometria.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { storeDeGrupo } from '../../src/state/filtros-store.js';
import { part, parts, shadow, text, watchUncaught } from '../support/elements.js';

let grupo = 0;
const nuevoGrupo = () => `mapa-${++grupo}`;

async function mapa(template: ReturnType<typeof html>) {
  const el = await fixture<PracticasMapa>(template);
  await el.updateComplete;
  return el;
}

const region = (el: PracticasMapa, id: string) => shadow(el).querySelector<SVGPathElement>(`path[data-ubigeo="${id}"]`)!;
const focused = (el: PracticasMapa) => (shadow(el).activeElement as Element | null)?.getAttribute('data-ubigeo');

describe('map geometry (data/peru-departamentos.json)', () => {
  it('has the 25 departments, keyed by ubigeo, each a valid path inside the viewBox', () => {
    const ids = Object.keys(DEPARTAMENTOS).sort();
    expect(ids).to.deep.equal(Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0')));
    const svgEl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svgEl.setAttribute('viewBox', `0 0 ${ANCHO} ${ALTO}`);
    document.body.append(svgEl);
    try {
      for (const id of ids) {
        const { d, centro } = DEPARTAMENTOS[id];
        expect(d, id).to.match(/^(M-?\d+ -?\d+(l-?\d+( |-)\d+)+z)+$/);
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', d);
        svgEl.append(path);
        const box = path.getBBox();
        expect(box.width * box.height, id).to.be.greaterThan(0);
        expect(box.x).to.be.at.least(0);
        expect(box.y).to.be.at.least(0);
        expect(box.x + box.width).to.be.at.most(ANCHO);
        expect(box.y + box.height).to.be.at.most(ALTO);
        // The label point lies inside the department (Callao's too: it gets a marker beside it).
        const point = svgEl.createSVGPoint();
        [point.x, point.y] = centro;
        expect(path.isPointInFill(point), `${id} label point`).to.equal(true);
      }
    } finally {
      svgEl.remove();
    }
  });

  it('stays within the 30 KB budget and credits INEI', async () => {
    const response = await fetch('/data/peru-departamentos.json');
    const bytes = (await response.arrayBuffer()).byteLength;
    expect(bytes).to.be.at.most(30 * 1024);
    const json = JSON.parse(await (await fetch('/data/peru-departamentos.json')).text()) as { fuente: string; licencia: string };
    expect(json.fuente).to.contain('INEI 2007');
    expect(json.licencia).to.contain('MPL-2.0');
  });

  it('keeps shared borders as neighbours (topology)', () => {
    expect(DEPARTAMENTOS['07'].vecinos).to.deep.equal(['15']);
    expect(DEPARTAMENTOS['24'].vecinos).to.deep.equal(['20']);
    expect(DEPARTAMENTOS['16'].vecinos).to.deep.equal(['01', '10', '22', '25']);
    for (const [id, dep] of Object.entries(DEPARTAMENTOS)) {
      for (const v of dep.vecinos) expect(DEPARTAMENTOS[v].vecinos, `${id}-${v}`).to.include(id);
    }
  });

  it('moves geographically with the arrow keys', () => {
    const [x0, y0] = DEPARTAMENTOS['15'].centro;
    const up = vecinoEnDireccion('15', 'arriba')!;
    expect(DEPARTAMENTOS[up].centro[1]).to.be.lessThan(y0);
    const right = vecinoEnDireccion('15', 'derecha')!;
    expect(DEPARTAMENTOS[right].centro[0]).to.be.greaterThan(x0);
    expect(vecinoEnDireccion('15', 'izquierda')).to.equal('07');
    expect(vecinoEnDireccion('23', 'abajo')).to.equal(undefined);
    // By label point, Tumbes is the northernmost and Tacna the southernmost.
    expect(NORTE_A_SUR[0]).to.equal('24');
    expect(NORTE_A_SUR.at(-1)).to.equal('23');
    for (let i = 1; i < NORTE_A_SUR.length; i++) {
      expect(DEPARTAMENTOS[NORTE_A_SUR[i]].centro[1]).to.be.at.least(DEPARTAMENTOS[NORTE_A_SUR[i - 1]].centro[1]);
    }
  });
});

describe('colour scale', () => {
  it('has a class of its own for zero and at most five steps', () => {
    expect(clasesDeEscala(0)).to.deep.equal([{ paso: 0, desde: 0, hasta: 0 }]);
    expect(clasesDeEscala(3).map((c) => [c.desde, c.hasta])).to.deep.equal([[0, 0], [1, 1], [2, 2], [3, 3]]);
    // Fewer classes than colours spread over the palette.
    expect(clasesDeEscala(3).map((c) => c.paso)).to.deep.equal([0, 1, 3, 5]);
    expect(clasesDeEscala(1).map((c) => c.paso)).to.deep.equal([0, 3]);
    expect(clasesDeEscala(2).map((c) => c.paso)).to.deep.equal([0, 1, 5]);
    expect(clasesDeEscala(7).map((c) => c.paso)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(clasesDeEscala(7).map((c) => [c.desde, c.hasta])).to.deep.equal([[0, 0], [1, 1], [2, 2], [3, 4], [5, 5], [6, 7]]);
    const clases = clasesDeEscala(10000);
    expect(clases).to.have.length(6);
    expect(claseDe(10000, clases).paso).to.equal(5);
    expect(claseDe(0, clases).paso).to.equal(0);
    expect(claseDe(1, clases).paso).to.equal(1);
  });
});

describe('<practicas-mapa>', () => {
  afterEach(async () => {
    clearDatasetCache();
    await resetMouse();
  });

  describe('rendering', () => {
    it('draws one shape per department, with data-ubigeo, filling its container', async () => {
      const wrapper = await fixture(html`<div style="width: 500px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      const shapes = parts(el, 'region').filter((p) => p.localName === 'path');
      expect(shapes.map((p) => p.getAttribute('data-ubigeo')).sort()).to.deep.equal(Object.keys(DEPARTAMENTOS).sort());
      const svgBox = part(el, 'map')!.getBoundingClientRect();
      expect(Math.round(svgBox.width)).to.be.within(300, 500);
      expect(svgBox.height / svgBox.width).to.be.closeTo(ALTO / ANCHO, 0.01);
    });

    it('gives each region its counts for the real data, by status', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      expect(region(el, '03').getAttribute('aria-label')).to.equal('Apurímac: 7 prácticas (buenas prácticas: 4; en proceso: 3)');
      expect(region(el, '13').getAttribute('aria-label')).to.equal('La Libertad: 5 prácticas (buenas prácticas: 3; en proceso: 2)');
      expect(region(el, '10').getAttribute('aria-label')).to.equal('Huánuco: 1 práctica (buenas prácticas: 1; en proceso: 0)');
      expect(region(el, '07').getAttribute('aria-label')).to.equal('Callao: 0 prácticas (buenas prácticas: 0; en proceso: 0)');
      // The hidden table gives the same numbers, north to south.
      const rows = [...shadow(el).querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(text));
      expect(rows).to.have.length(25);
      expect(rows.find((r) => r[0] === 'San Martín')).to.deep.equal(['San Martín', '7', '4', '3']);
      expect(text(shadow(el).querySelector('table caption'))).to.equal('Prácticas por región, con los filtros actuales');
    });

    it('colours by count on a sequential scale, zero hatched, with a legend and the source line', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      expect(region(el, '03').classList.contains('paso-5')).to.equal(true);
      expect(region(el, '10').classList.contains('paso-1')).to.equal(true);
      expect(region(el, '07').getAttribute('fill')).to.match(/^url\(#practicas-mapa-\d+-rayado\)$/);
      expect(region(el, '03').getAttribute('fill')).to.equal(null);
      const fill = (id: string) => getComputedStyle(region(el, id)).fill;
      expect(fill('03')).to.not.equal(fill('10'));
      expect([...part(el, 'legend')!.querySelectorAll('li')].map(text)).to.deep.equal([
        '0 (ninguna) · 16 regiones',
        '1 · 2 regiones',
        '2 · 1 región',
        '3–4 · 3 regiones',
        '5 · 1 región',
        '6–7 · 2 regiones',
      ]);
      expect(text(part(el, 'source'))).to.equal('Límites: INEI');
    });

    it('recolours when the shared filters change, ignoring its own region filter', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g}></practicas-mapa>`);
      storeDeGrupo(g).actualizar({ tipo: 'en-proceso', region: '03' });
      await el.updateComplete;
      expect(region(el, '03').getAttribute('aria-label')).to.equal('Apurímac: 3 prácticas (buenas prácticas: 0; en proceso: 3)');
      expect(region(el, '22').getAttribute('aria-label')).to.match(/^San Martín: 3 prácticas/);
      expect(region(el, '20').getAttribute('aria-label')).to.match(/^Piura: 0 prácticas/);
    });
  });

  describe('selection', () => {
    it('a click chooses a region: shared filter, event, aria-pressed, outline; a second click clears it', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g}></practicas-mapa>`);
      let heard = oneEvent(el, 'practicas-region');
      region(el, '08').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      let event = await heard;
      expect(event.detail).to.deep.equal({ region: '08' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal('08');
      expect(region(el, '08').getAttribute('aria-pressed')).to.equal('true');
      expect(region(el, '03').getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).querySelector('.contorno-seleccion')!.getAttribute('d')).to.equal(DEPARTAMENTOS['08'].d);
      heard = oneEvent(el, 'practicas-region');
      region(el, '08').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      event = await heard;
      expect(event.detail).to.deep.equal({ region: null });
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal(undefined);
      expect(shadow(el).querySelector('.contorno-seleccion')).to.equal(null);
    });

    it('a real mouse click on Callao\'s marker chooses Callao, a region with no practice', async () => {
      const g = nuevoGrupo();
      const wrapper = await fixture(html`<div style="width: 600px"><practicas-mapa grupo=${g}></practicas-mapa></div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      const marker = shadow(el).querySelector('[data-marcador="07"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(marker.x + marker.width / 2), Math.round(marker.y + marker.height / 2)] });
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal('07');
      expect(region(el, '07').getAttribute('aria-pressed')).to.equal('true');
    });

    it('region="NN" presets the choice', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g} region="22"></practicas-mapa>`);
      expect(storeDeGrupo(g).filtros.region).to.equal('22');
      expect(region(el, '22').getAttribute('aria-pressed')).to.equal('true');
      expect(region(el, '22').getAttribute('tabindex')).to.equal('0');
    });

    it('fires nothing when the state is set from code', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g}></practicas-mapa>`);
      let count = 0;
      el.addEventListener('practicas-region', () => count++);
      storeDeGrupo(g).actualizar({ region: '11' });
      el.setAttribute('region', '14');
      await el.updateComplete;
      expect(count).to.equal(0);
      expect(region(el, '14').getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('hover and focus', () => {
    it('shows the region\'s name and counts on hover', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      region(el, '13').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.equal('La Libertad 5 prácticas Buenas prácticas: 3 · En proceso: 2');
      part(el, 'map')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows move geographically; Enter and Space choose; Escape clears; Home and End', async () => {
      const g = nuevoGrupo();
      const wrapper = await fixture(html`<div>
        <button id="antes">antes</button>
        <practicas-mapa grupo=${g}></practicas-mapa>
        <button id="despues">después</button>
      </div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
      wrapper.querySelector<HTMLButtonElement>('#antes')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('24');
      // The focused region is outlined and its tooltip shown.
      await el.updateComplete;
      expect(shadow(el).querySelector('.contorno-foco')!.getAttribute('d')).to.equal(DEPARTAMENTOS['24'].d);
      expect(text(part(el, 'tooltip'))).to.match(/^Tumbes 0 prácticas/);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('23');
      await sendKeys({ press: 'ArrowUp' });
      const north = focused(el)!;
      expect(DEPARTAMENTOS[north].centro[1]).to.be.lessThan(DEPARTAMENTOS['23'].centro[1]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('24');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('20');
      await sendKeys({ press: 'ArrowRight' });
      const east = focused(el)!;
      expect(DEPARTAMENTOS[east].centro[0]).to.be.greaterThan(DEPARTAMENTOS['20'].centro[0]);
      const west = east;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal(west);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal(undefined);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(storeDeGrupo(g).filtros.region).to.equal(undefined);
      // Tab leaves the map in one step.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('despues');
    });
  });

  describe('loading and errors', () => {
    it('keeps its size while the dataset loads (no layout shift), with an accessible loading state', async () => {
      const wrapper = await fixture(html`<div style="width: 400px">
        <practicas-mapa grupo=${nuevoGrupo()} src="/fixtures/dataset/mapa?delay=150"></practicas-mapa>
      </div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      expect(part(el, 'estado')!.getAttribute('role')).to.equal('status');
      expect(parts(el, 'region').filter((p) => p.localName === 'path')).to.have.length(25);
      // Measured against the element itself, so that page scrolling does not count.
      const box = () => {
        const [map, host] = [part(el, 'map')!.getBoundingClientRect(), el.getBoundingClientRect()];
        return [map.width, map.height, map.top - host.top, map.left - host.left];
      };
      const before = box();
      await waitUntil(() => part(el, 'legend'), 'the counts arrive');
      expect(box()).to.deep.equal(before);
    });

    it('a failed src gives an alert, and nothing reaches the page', async () => {
      const watch = watchUncaught();
      try {
        const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} src="/fixtures/status/404"></practicas-mapa>`);
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error renders');
        expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('error 404');
        expect(shadow(el).querySelector('[role="button"]')).to.equal(null);
      } finally {
        watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
    });
  });

  describe('language and accessibility', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('speaks English with lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      expect(region(el, '03').getAttribute('aria-label')).to.equal('Apurímac: 7 practices (good practices: 4; in progress: 3)');
      expect(part(el, 'map')!.getAttribute('aria-label')).to.equal('Regions of Peru');
    });

    it('passes axe, light and dark, with a region chosen and focused', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} region="08"></practicas-mapa>`);
      region(el, '08').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await fixture(html`<div style="background:#000"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`);
      await dark.querySelector('practicas-mapa')!.updateComplete;
      await expect(dark).to.be.accessible();
    });
  });
});
