import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { claseDe, clasesDeEscala } from '../../src/components/practicas-mapa/escala.js';
import { ALTO, ANCHO, DEPARTAMENTOS, NORTE_A_SUR, vecinoEnDireccion } from '../../src/components/practicas-mapa/geometria.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { turnoAgotado } from '../../src/components/shared/turnos.js';
import { agotarTurno, part, parts, shadow, text } from '../support/elements.js';
import { segundoPaso } from '../support/mapa.js';

let grupo = 0;
const nuevoGrupo = () => `mapa-${++grupo}`;

async function mapa(template: ReturnType<typeof html>) {
  const el = await fixture<PracticasMapa>(template);
  await el.updateComplete;
  return el;
}

/** sRGB channels (0–255) of any CSS colour, as the browser paints it. */
function rgb(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The legend's rows of the current scale (the rows kept for classes it does not have are empty and hidden). */
function filasLeyenda(el: PracticasMapa): HTMLElement[] {
  return [...part(el, 'legend')!.querySelectorAll<HTMLElement>('li:not([hidden])')];
}

/** The painted colours of the legend's swatches (zero first), the host's background and the swatch border. */
function colores(el: PracticasMapa) {
  const muestras = filasLeyenda(el).map((li) => li.querySelector<HTMLElement>('.muestra')!);
  return {
    pasos: muestras.map((m) => getComputedStyle(m).backgroundColor),
    fondo: getComputedStyle(el).backgroundColor,
    borde: getComputedStyle(muestras[0]).borderTopColor,
  };
}

/**
 * Asserts the scale reads ordered against its background: each class (zero
 * included) further from the background than the one before, by at least
 * 1.2:1 in contrast, and a border with 3:1 against the background.
 */
function expectOrdenada({ pasos, fondo, borde }: ReturnType<typeof colores>, etiqueta: string) {
  const oscuro = luminance(fondo) < 0.2;
  const l = pasos.map(luminance);
  for (let i = 1; i < pasos.length; i++) {
    if (oscuro) expect(l[i], `${etiqueta}: class ${i} is lighter than class ${i - 1}`).to.be.greaterThan(l[i - 1]);
    else expect(l[i], `${etiqueta}: class ${i} is darker than class ${i - 1}`).to.be.lessThan(l[i - 1]);
    expect(contrast(pasos[i], pasos[i - 1]), `${etiqueta}: classes ${i - 1} and ${i}`).to.be.at.least(1.2);
  }
  expect(contrast(pasos[1] ?? pasos[0], fondo), `${etiqueta}: first step vs background`).to.be.at.least(1.2);
  expect(contrast(borde, fondo), `${etiqueta}: border vs background`).to.be.at.least(3);
}

/** Shows the table of counts as a reader does, with the button under the legend, and returns it. */
async function tabla(el: PracticasMapa) {
  await segundoPaso(el);
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
  return part(el, 'table')!;
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
    expect(clasesDeEscala(3).map((c) => [c.desde, c.hasta])).to.deep.equal([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // Fewer classes than colours spread over the palette.
    expect(clasesDeEscala(3).map((c) => c.paso)).to.deep.equal([0, 1, 3, 5]);
    expect(clasesDeEscala(1).map((c) => c.paso)).to.deep.equal([0, 3]);
    // Two classes take the middles of their halves, not the palest and the darkest step.
    expect(clasesDeEscala(2).map((c) => c.paso)).to.deep.equal([0, 2, 4]);
    expect(clasesDeEscala(4).map((c) => c.paso)).to.deep.equal([0, 1, 2, 4, 5]);
    expect(clasesDeEscala(7).map((c) => c.paso)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(clasesDeEscala(7).map((c) => [c.desde, c.hasta])).to.deep.equal([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 5],
      [6, 7],
    ]);
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
      const wrapper = await fixture(
        html`<div style="width: 500px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`,
      );
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
      expect(region(el, '13').getAttribute('aria-label')).to.equal(
        'La Libertad: 5 prácticas (buenas prácticas: 3; en proceso: 2)',
      );
      expect(region(el, '10').getAttribute('aria-label')).to.equal('Huánuco: 1 práctica (buenas prácticas: 1; en proceso: 0)');
      expect(region(el, '07').getAttribute('aria-label')).to.equal('Callao: 0 prácticas (buenas prácticas: 0; en proceso: 0)');
      // The table of counts gives the same numbers, north to south.
      const rows = [...(await tabla(el)).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
      expect(rows).to.have.length(25);
      expect(rows.find((r) => r[0] === 'San Martín')).to.deep.equal(['San Martín', '7', '4', '3']);
      expect(text(shadow(el).querySelector('table caption'))).to.equal('Prácticas por región, con los filtros actuales');
    });

    it('shows and hides the table of counts with the button under the legend, from the keyboard too', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      await segundoPaso(el);
      const boton = part(el, 'table-toggle')!;
      // A disclosure button: its name, collapsed, and no table rendered at all.
      expect(boton.localName).to.equal('button');
      expect(text(boton)).to.equal('Ver tabla de datos');
      expect(boton.getAttribute('aria-expanded')).to.equal('false');
      expect(boton.hasAttribute('aria-controls')).to.equal(false);
      expect(shadow(el).querySelector('table')).to.equal(null);
      boton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const t = part(el, 'table')!;
      expect(t.localName).to.equal('table');
      expect(boton.getAttribute('aria-expanded')).to.equal('true');
      expect(boton.getAttribute('aria-controls')).to.equal(t.id);
      // The state is the element's `tabla`, reflected, so a page can read or set it.
      expect([el.tabla, el.hasAttribute('tabla')]).to.deep.equal([true, true]);
      // Shown, under the map and across the figure, and kept current with the colours.
      expect(t.getBoundingClientRect().top).to.be.at.least(part(el, 'map')!.getBoundingClientRect().bottom);
      expect(t.getBoundingClientRect().height).to.be.greaterThan(200);
      estadoDeGrupo(el.grupo!).combinar({ tipo: 'en-proceso' });
      await el.updateComplete;
      const apurimac = [...t.querySelectorAll('tbody tr')]
        .map((tr) => [...tr.children].map(text))
        .find((r) => r[0] === 'Apurímac');
      expect(apurimac).to.deep.equal(['Apurímac', '3', '0', '3']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect([boton.getAttribute('aria-expanded'), el.hasAttribute('tabla')]).to.deep.equal(['false', false]);
    });

    it('shows the table from the start with the `tabla` attribute, and names its button in English', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} tabla lang="en"></practicas-mapa>`);
      // In the first update: a table asked for in the markup must not push the page down later.
      expect(part(el, 'table')).to.not.equal(null);
      expect(text(part(el, 'table-toggle'))).to.equal('Show data table');
      expect(part(el, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(shadow(el).querySelector('table caption'))).to.equal('Practices per region, with the current filters');
      expect([...shadow(el).querySelectorAll('thead th')].map(text)).to.deep.equal([
        'Region',
        'Total',
        'Good practices',
        'In progress',
      ]);
    });

    it('colours by count on a sequential scale, zero a plain neutral fill, with a legend and the source line', async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      expect(region(el, '03').classList.contains('paso-5')).to.equal(true);
      expect(region(el, '10').classList.contains('paso-1')).to.equal(true);
      const fill = (id: string) => getComputedStyle(region(el, id)).fill;
      expect(fill('03')).to.not.equal(fill('10'));
      // Zero: no pattern anywhere, a solid fill, the legend's first swatch, grey (no hue).
      expect(shadow(el).querySelector('pattern')).to.equal(null);
      const { pasos } = colores(el);
      expect(rgb(fill('07'))).to.deep.equal(rgb(pasos[0]));
      const [r, g, b] = rgb(fill('07'));
      expect(Math.max(r, g, b) - Math.min(r, g, b)).to.be.at.most(8);
      expect(filasLeyenda(el).map(text)).to.deep.equal([
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
      estadoDeGrupo(g).combinar({ tipo: 'en-proceso', region: '03' });
      await el.updateComplete;
      expect(region(el, '03').getAttribute('aria-label')).to.equal('Apurímac: 3 prácticas (buenas prácticas: 0; en proceso: 3)');
      expect(region(el, '22').getAttribute('aria-label')).to.match(/^San Martín: 3 prácticas/);
      expect(region(el, '20').getAttribute('aria-label')).to.match(/^Piura: 0 prácticas/);
    });
  });

  describe('legend rows', () => {
    // A filter change that changes the number of classes relabels the rows in place: the legend keeps
    // a row for every class the scale can have, and hides those the current scale has not.
    for (const ancho of [900, 320]) {
      it(`keeps its rows when the number of classes changes, the empty ones hidden and unread (${ancho} px)`, async () => {
        const g = nuevoGrupo();
        const wrapper = await fixture(html`<div style="width: ${ancho}px"><practicas-mapa grupo=${g}></practicas-mapa></div>`);
        const el = wrapper.querySelector('practicas-mapa')!;
        await waitUntil(() => part(el, 'legend'), 'the counts arrive');
        await segundoPaso(el);
        const todas = [...part(el, 'legend')!.querySelectorAll('li')];
        expect(filasLeyenda(el).map(text)).to.have.length(6);
        estadoDeGrupo(g).combinar({ tema: 'educacion' });
        await el.updateComplete;
        expect([...part(el, 'legend')!.querySelectorAll('li')]).to.have.ordered.members(todas);
        expect(filasLeyenda(el).map(text)).to.deep.equal(['0 (ninguna) · 22 regiones', '1 · 2 regiones', '2 · 1 región']);
        const vacias = todas.filter((li) => li.hidden);
        expect(vacias).to.have.length(3);
        for (const li of vacias) {
          // No label left from the scale before.
          expect(text(li)).to.equal('·');
          // Beside the map (900 px) kept in the layout with no height; below it, out of the layout.
          expect(getComputedStyle(li).display).to.equal(ancho === 900 ? 'block' : 'none');
          expect(li.getBoundingClientRect().height).to.equal(0);
          expect(li.checkVisibility({ visibilityProperty: true })).to.equal(false);
        }
        // The legend is as tall as its three rows: the hidden ones leave no gap.
        const [primera, , ultima] = filasLeyenda(el);
        const ul = primera.parentElement!.getBoundingClientRect();
        expect(ul.bottom - ultima.getBoundingClientRect().bottom).to.be.lessThan(1);
        await expect(el).to.be.accessible();
        estadoDeGrupo(g).combinar({ tema: '' });
        await el.updateComplete;
        expect(filasLeyenda(el)).to.have.ordered.members(todas);
      });
    }
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
      expect(estadoDeGrupo(g).filtros.region).to.equal('08');
      expect(region(el, '08').getAttribute('aria-pressed')).to.equal('true');
      expect(region(el, '03').getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).querySelector('.contorno-seleccion')!.getAttribute('d')).to.equal(DEPARTAMENTOS['08'].d);
      heard = oneEvent(el, 'practicas-region');
      region(el, '08').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      event = await heard;
      expect(event.detail).to.deep.equal({ region: null });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal(undefined);
      expect(shadow(el).querySelector('.contorno-seleccion')).to.equal(null);
    });

    it("a real mouse click on Callao's marker chooses Callao, a region with no practice", async () => {
      const g = nuevoGrupo();
      const wrapper = await fixture(html`<div style="width: 600px"><practicas-mapa grupo=${g}></practicas-mapa></div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      const marker = shadow(el).querySelector('[data-marcador="07"]')!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(marker.x + marker.width / 2), Math.round(marker.y + marker.height / 2)],
      });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal('07');
      expect(region(el, '07').getAttribute('aria-pressed')).to.equal('true');
    });

    it('region="NN" presets the choice', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g} region="22"></practicas-mapa>`);
      expect(estadoDeGrupo(g).filtros.region).to.equal('22');
      expect(region(el, '22').getAttribute('aria-pressed')).to.equal('true');
      expect(region(el, '22').getAttribute('tabindex')).to.equal('0');
    });

    it('fires nothing when the state is set from code', async () => {
      const g = nuevoGrupo();
      const el = await mapa(html`<practicas-mapa grupo=${g}></practicas-mapa>`);
      let count = 0;
      el.addEventListener('practicas-region', () => count++);
      estadoDeGrupo(g).combinar({ region: '11' });
      el.setAttribute('region', '14');
      await el.updateComplete;
      expect(count).to.equal(0);
      expect(region(el, '14').getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('hover and focus', () => {
    it("shows the region's name and counts on hover", async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      // The whole map, second step included (it follows the first painted frame): in Firefox the
      // layout it changes can send the real pointer's own events to the map meanwhile.
      await segundoPaso(el);
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
      const wrapper = await fixture(
        html`<div>
          <button id="antes">antes</button>
          <practicas-mapa grupo=${g}></practicas-mapa>
          <button id="despues">después</button>
        </div>`,
      );
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
      expect(estadoDeGrupo(g).filtros.region).to.equal(west);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal(undefined);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal(undefined);
      // Tab leaves the map in one step, for the table's button, and the element in two.
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'table-toggle'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('despues');
    });
  });

  describe('keyboard, while renders wait for their turn', () => {
    it("moves the focus in the key's own task, before the render that follows it", async () => {
      const g = nuevoGrupo();
      const el = await fixture<PracticasMapa>(html`<practicas-mapa grupo=${g}></practicas-mapa>`);
      await el.updateComplete;
      shadow(el).querySelector<SVGPathElement>('path[data-ubigeo="24"]')!.focus();
      await el.updateComplete;
      // The task has used up its turn: the render that the key asks for waits for the next frame.
      agotarTurno();
      expect(turnoAgotado()).to.equal(true);
      const tecla = new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true });
      shadow(el).activeElement!.dispatchEvent(tecla);
      expect(focused(el), 'focus moved at once').to.equal('23');
      expect(tecla.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(shadow(el).querySelector('path[data-ubigeo="23"]')!.getAttribute('tabindex')).to.equal('0');
      expect(shadow(el).querySelector('path[data-ubigeo="24"]')!.getAttribute('tabindex')).to.equal('-1');
    });
  });

  describe('colour scale in light and dark', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('is ordered and distinguishable on a light page, with a dark preference the page does not support', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>`);
      const c = colores(el);
      expect(c.pasos).to.have.length(6);
      // The page declares nothing: the map stays light whatever the reader prefers.
      expect(luminance(c.fondo)).to.be.above(0.9);
      expectOrdenada(c, 'light');
    });

    it('is ordered and distinguishable in the dark scheme: esquema="oscuro", and a page with color-scheme: light dark', async () => {
      const forced = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} esquema="oscuro"></practicas-mapa>`);
      expect(luminance(colores(forced).fondo)).to.be.below(0.05);
      expectOrdenada(colores(forced), 'esquema=oscuro');
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await fixture(
        html`<div style="color-scheme: light dark"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`,
      );
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      expect(colores(el)).to.deep.equal(colores(forced));
    });

    it('stays ordered when a theme sets only the top step (README recipe 9), light and dark', async () => {
      const claro = await mapa(
        html`<practicas-mapa grupo=${nuevoGrupo()} style="--practicas-mapa-color-5: #6b1d1d"></practicas-mapa>`,
      );
      const c = colores(claro);
      expect(rgb(c.pasos[5])).to.deep.equal([0x6b, 0x1d, 0x1d]);
      expectOrdenada(c, 'maroon, light');
      const oscuro = await mapa(
        html`<practicas-mapa grupo=${nuevoGrupo()} esquema="oscuro" style="--practicas-mapa-color-5: #6b1d1d"></practicas-mapa>`,
      );
      expectOrdenada(colores(oscuro), 'maroon, dark');
      // The steps are the theme's hue: red dominates the top step in both schemes.
      for (const top of [c.pasos[5], colores(oscuro).pasos[5]]) {
        const [r, g, b] = rgb(top);
        expect(r).to.be.greaterThan(Math.max(g, b));
      }
    });

    it('keeps explicit step and zero colours a page sets', async () => {
      const el = await mapa(
        html`<practicas-mapa
          grupo=${nuevoGrupo()}
          style="--practicas-mapa-color-1: #ffeda0; --practicas-mapa-color-3: #feb24c; --practicas-mapa-color-cero: #dddddd"
        ></practicas-mapa>`,
      );
      const { pasos } = colores(el);
      expect(rgb(pasos[0])).to.deep.equal([0xdd, 0xdd, 0xdd]);
      expect(rgb(pasos[1])).to.deep.equal([0xff, 0xed, 0xa0]);
      expect(rgb(pasos[3])).to.deep.equal([0xfe, 0xb2, 0x4c]);
    });

    it('spreads few classes over the scale under a topic filter, light and dark', async () => {
      for (const esquema of ['claro', 'oscuro']) {
        const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} tema="educacion" esquema=${esquema}></practicas-mapa>`);
        const muestras = filasLeyenda(el).map((li) => li.querySelector('.muestra')!);
        expect(muestras.map((m) => [...m.classList].find((c) => c.startsWith('paso-')))).to.deep.equal([
          'paso-0',
          'paso-2',
          'paso-4',
        ]);
        expectOrdenada(colores(el), `educacion, ${esquema}`);
      }
    });
  });

  describe('size and layout', () => {
    const estilo = document.createElement('style');
    afterEach(async () => {
      estilo.remove();
      await setViewport({ width: 800, height: 600 });
    });

    it("takes its container's width up to a height limit, overridable with --practicas-mapa-alto-maximo", async () => {
      await setViewport({ width: 1280, height: 720 });
      const wrapper = await fixture(
        html`<div style="width: 1200px">
          <practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>
          <practicas-mapa grupo=${nuevoGrupo()} style="--practicas-mapa-alto-maximo: 300px"></practicas-mapa>
        </div>`,
      );
      const [def, bajo] = [...wrapper.querySelectorAll('practicas-mapa')];
      await Promise.all([segundoPaso(def), segundoPaso(bajo)]);
      // Default: min(40em, 85svh); here 85 % of 720 px.
      const box = part(def, 'map')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo(0.85 * 720, 1);
      expect(box.width / box.height).to.be.closeTo(ANCHO / ALTO, 0.01);
      // The legend sits beside the map.
      expect(part(def, 'legend')!.getBoundingClientRect().left).to.be.at.least(box.right);
      const small = part(bajo, 'map')!.getBoundingClientRect();
      expect(small.height).to.be.closeTo(300, 1);
      await setViewport({ width: 1280, height: 1200 });
      await def.updateComplete;
      // A tall screen: 40em of the host's 16 px.
      expect(part(def, 'map')!.getBoundingClientRect().height).to.be.closeTo(640, 1);
    });

    it('never makes a 320 px page scroll sideways, even on a theme with a 10 px root and content-box', async () => {
      for (const css of ['', 'html { font-size: 62.5% } * { box-sizing: content-box; padding: 2px }']) {
        estilo.textContent = css;
        document.head.append(estilo);
        await setViewport({ width: 320, height: 640 });
        const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} region="08"></practicas-mapa>`);
        await tabla(el);
        region(el, '21').dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, css).to.be.at.most(320);
        // No box sticks out of the host, visible or not: the hidden help, the table of counts.
        const host = el.getBoundingClientRect();
        for (const e of shadow(el).querySelectorAll<Element>('*')) {
          const r = e.getBoundingClientRect();
          expect(r.left, `${e.localName}.${e.getAttribute('class')}`).to.be.at.least(host.left - 0.5);
          expect(r.right, `${e.localName}.${e.getAttribute('class')}`).to.be.at.most(host.right + 0.5);
        }
        expect(part(el, 'tooltip')).to.not.equal(null);
        estilo.remove();
      }
    });

    it('sizes its text in em of the host, never below 12 px on a 10 px root', async () => {
      estilo.textContent = 'html { font-size: 62.5% }';
      document.head.append(estilo);
      const wrapper = await fixture(
        html`<div>
          <div style="font-size: 10px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>
          <div style="font-size: 20px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>
        </div>`,
      );
      const [diez, veinte] = [...wrapper.querySelectorAll('practicas-mapa')];
      await Promise.all([tabla(diez), tabla(veinte)]);
      for (const el of [diez, veinte]) {
        region(el, '13').dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
      }
      const tamanos = (el: Element) =>
        [...shadow(el).querySelectorAll<HTMLElement>('.lateral *, .etiqueta-callao, [part~="tooltip"] *, .tabla *')]
          .filter((e) => !e.closest('.visualmente-oculto') && e.textContent!.trim())
          .map((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(Math.min(...tamanos(diez))).to.be.at.least(12);
      // 20 px body text: the legend follows it (em), not the 10 px root.
      expect(parseFloat(getComputedStyle(part(veinte, 'legend')!).fontSize)).to.be.closeTo(20 * 0.9375, 0.1);
      expect(Math.min(...tamanos(veinte))).to.be.at.least(16);
    });
  });

  describe('Callao', () => {
    it('has a marker of its own, joined by a leader line and labelled «Callao», legible and easy to hit at 320 px', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`,
      );
      const el = wrapper.querySelector('practicas-mapa')!;
      await segundoPaso(el);
      const marker = shadow(el).querySelector('[data-marcador="07"]')!.getBoundingClientRect();
      expect(marker.width).to.be.at.least(12);
      const label = shadow(el).querySelector<HTMLElement>('.etiqueta-callao')!;
      expect(text(label)).to.equal('Callao');
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
      const l = label.getBoundingClientRect();
      // Left of the marker, level with it, inside the element.
      expect(l.right).to.be.at.most(marker.left + 1);
      expect(l.top).to.be.below(marker.bottom);
      expect(l.bottom).to.be.above(marker.top);
      expect(l.left).to.be.at.least(el.getBoundingClientRect().left);
      const line = shadow(el).querySelector('line.guia')!;
      expect(Number(line.getAttribute('x1'))).to.equal(DEPARTAMENTOS['07'].centro[0]);
      // A 24 px touch target: a real click 10 px beside the marker's centre, outside its disc, chooses Callao.
      const g = el.grupo!;
      await sendMouse({
        type: 'click',
        position: [Math.round(marker.x + marker.width / 2), Math.round(marker.y + marker.height / 2 + 10)],
      });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal('07');
      await resetMouse();
      // Hovering the marker names Callao.
      shadow(el).querySelector('[data-marcador="07"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^Callao 0 prácticas/);
    });
  });

  describe('the chosen region is unmistakable', () => {
    const contorno = (el: PracticasMapa) => {
      const path = shadow(el).querySelector<SVGPathElement>('path.contorno-seleccion');
      return (
        path && { d: path.getAttribute('d'), stroke: getComputedStyle(path).strokeWidth, color: getComputedStyle(path).stroke }
      );
    };

    it('gets the same thick outline by click, keyboard, preset and shared state, not covered by the focus ring', async () => {
      const esperado = await (async () => {
        const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} region="08"></practicas-mapa>`);
        const medido = contorno(el)!;
        // Out of the way of the real mouse below.
        fixtureCleanup();
        return medido;
      })();
      expect(esperado.d).to.equal(DEPARTAMENTOS['08'].d);
      expect(parseFloat(esperado.stroke)).to.be.at.least(3);

      // A real mouse click: the outline, and no dashed focus ring over it.
      const g = nuevoGrupo();
      const wrapper = await fixture(html`<div style="width: 600px"><practicas-mapa grupo=${g}></practicas-mapa></div>`);
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      const [x, y] = DEPARTAMENTOS['08'].centro;
      const svgBox = part(el, 'map')!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(svgBox.left + (x / ANCHO) * svgBox.width), Math.round(svgBox.top + (y / ALTO) * svgBox.height)],
      });
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros.region).to.equal('08');
      expect(contorno(el)).to.deep.equal(esperado);
      expect(shadow(el).querySelector('.contorno-foco, .contorno-foco-halo')).to.equal(null);

      // From code (a link, another widget): the same.
      estadoDeGrupo(g).combinar({ region: '' });
      await el.updateComplete;
      expect(contorno(el)).to.equal(null);
      estadoDeGrupo(g).combinar({ region: '08' });
      await el.updateComplete;
      expect(contorno(el)).to.deep.equal(esperado);

      // By keyboard: the dashed focus ring too, drawn so that the outline stays visible over its halo.
      estadoDeGrupo(g).combinar({ region: '' });
      region(el, '08').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(contorno(el)).to.deep.equal(esperado);
      const halo = shadow(el).querySelector('.contorno-foco-halo')!;
      const seleccion = shadow(el).querySelector('path.contorno-seleccion')!;
      expect(halo.compareDocumentPosition(seleccion) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(shadow(el).querySelector('path.contorno-foco')).to.not.equal(null);
    });

    it("outlines Callao's marker too when Callao is chosen", async () => {
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} region="07"></practicas-mapa>`);
      const anillo = shadow(el).querySelector('circle.contorno-seleccion')!;
      const marker = shadow(el).querySelector('[data-marcador="07"]')!;
      expect(anillo.getAttribute('cx')).to.equal(marker.getAttribute('cx'));
      expect(anillo.getAttribute('r')).to.equal(marker.getAttribute('r'));
    });
  });

  describe('the tooltip goes away', () => {
    it('when the real pointer leaves the region, also after a click', async () => {
      const wrapper = await fixture(
        html`<div style="width: 600px; padding-top: 40px"><practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa></div>`,
      );
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      const svgBox = part(el, 'map')!.getBoundingClientRect();
      const punto = (id: string): [number, number] => {
        const [x, y] = DEPARTAMENTOS[id].centro;
        return [Math.round(svgBox.left + (x / ANCHO) * svgBox.width), Math.round(svgBox.top + (y / ALTO) * svgBox.height)];
      };
      await sendMouse({ type: 'move', position: punto('13') });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^La Libertad/);
      await sendMouse({ type: 'click', position: punto('13') });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^La Libertad/);
      // Into the sea (inside the map, outside any region): the tooltip goes, though La Libertad has focus.
      await sendMouse({
        type: 'move',
        position: [Math.round(svgBox.left + 5), Math.round(svgBox.top + (700 / ALTO) * svgBox.height)],
      });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
      // Onto a neighbour: its tooltip replaces the first.
      await sendMouse({ type: 'move', position: punto('14') });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^Lambayeque/);
      // Out of the element.
      await sendMouse({ type: 'move', position: [Math.round(svgBox.right + 100), Math.round(svgBox.top)] });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
    });

    it('when keyboard focus leaves the map, or on Escape; and stays inside the element near an edge', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <button id="antes">antes</button>
          <practicas-mapa grupo=${nuevoGrupo()}></practicas-mapa>
          <button id="despues">después</button>
        </div>`,
      );
      const el = wrapper.querySelector('practicas-mapa')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#antes')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      // Tumbes, at the north-west corner: the tooltip is placed below it and inside the element.
      const globo = part(el, 'tooltip')!;
      expect(text(globo)).to.match(/^Tumbes/);
      const [g, h] = [globo.getBoundingClientRect(), el.getBoundingClientRect()];
      expect(g.left).to.be.at.least(h.left);
      expect(g.right).to.be.at.most(h.right);
      expect(g.top).to.be.at.least(h.top);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.match(/^Piura/);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(part(el, 'table-toggle'));
      expect(part(el, 'tooltip')).to.equal(null);
      expect(shadow(el).querySelector('.contorno-foco')).to.equal(null);
    });
  });

  describe('loading and errors', () => {
    for (const ancho of [400, 800]) {
      it(`keeps its size while the dataset loads (no layout shift), with an accessible loading state (${ancho} px)`, async () => {
        const wrapper = await fixture(
          html`<div style="width: ${ancho}px">
            <practicas-mapa grupo=${nuevoGrupo()} src="/fixtures/dataset/mapa?delay=150"></practicas-mapa>
          </div>`,
        );
        const el = wrapper.querySelector('practicas-mapa')!;
        await el.updateComplete;
        expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
        expect(parts(el, 'region').filter((p) => p.localName === 'path')).to.have.length(25);
        // Measured against the element itself, so that page scrolling does not count.
        const box = () => {
          const [map, host] = [part(el, 'map')!.getBoundingClientRect(), el.getBoundingClientRect()];
          return [map.width, map.height, map.top - host.top, map.left - host.left];
        };
        const before = box();
        // The first dataset by URL also loads the validator module: on a busy machine, over a second.
        await waitUntil(() => part(el, 'legend'), 'the counts arrive', { timeout: 5000 });
        expect(box()).to.deep.equal(before);
      });
    }
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

    // axe checks every node's contrast: on the 2 shared cores it takes a few seconds.
    it('passes axe in the light scheme, with a region chosen and focused', async function () {
      this.timeout(20000);
      const el = await mapa(html`<practicas-mapa grupo=${nuevoGrupo()} region="08"></practicas-mapa>`);
      await tabla(el);
      region(el, '08').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark scheme, on a page that declares dark support', async function () {
      this.timeout(20000);
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await fixture(
        html`<div style="color-scheme: light dark; background: #000">
          <practicas-mapa grupo=${nuevoGrupo()} region="08"></practicas-mapa>
        </div>`,
      );
      const el = dark.querySelector('practicas-mapa')!;
      await tabla(el);
      expect(luminance(getComputedStyle(el).backgroundColor)).to.be.below(0.05);
      await expect(dark).to.be.accessible();
    });
  });
});
