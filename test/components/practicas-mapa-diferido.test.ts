import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/components/practicas-mapa/practicas-mapa.js';
import type { PracticasMapa } from '../../src/components/practicas-mapa/practicas-mapa.js';
import { NORTE_A_SUR } from '../../src/components/practicas-mapa/geometria.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { part, shadow, text } from '../support/elements.js';
import { segundoPaso } from '../support/mapa.js';
import { soloEnChromium } from '../support/navegador.js';

interface A11yNode {
  role: string;
  name?: string;
  children?: A11yNode[];
}
const find = (node: A11yNode, test: (n: A11yNode) => boolean) =>
  findAccessibilityNode(node as A11yNode & { children: A11yNode[] }, test);
const all = (node: A11yNode, test: (n: A11yNode) => boolean): A11yNode[] => [
  ...(test(node) ? [node] : []),
  ...(node.children ?? []).flatMap((c) => all(c, test)),
];

let n = 0;
const creados: Element[] = [];

/** A map appended by hand, so that nothing awaits a frame before the first update is inspected. */
async function nuevoMapa({ tabla = false } = {}): Promise<PracticasMapa> {
  const el = document.createElement('practicas-mapa');
  el.grupo = `mapa-diferido-${++n}`;
  el.tabla = tabla;
  document.body.append(el);
  creados.push(el);
  await el.updateComplete;
  return el;
}

const filas = (el: PracticasMapa) => [...shadow(el).querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(text));
const region = (el: PracticasMapa, id: string) => shadow(el).querySelector(`path[data-ubigeo="${id}"]`)!;

describe('<practicas-mapa>: what the first painted map holds, and what comes after', () => {
  afterEach(() => {
    creados.splice(0).forEach((el) => el.remove());
    fixtureCleanup();
  });

  it('colours and labels every region in the first update; the label and the legend beside the map follow', async () => {
    const el = await nuevoMapa();
    const visible = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none';
    const lateral = shadow(el).querySelector('.lateral')!;
    const etiqueta = shadow(el).querySelector('.etiqueta-callao')!;
    // The first update: the shapes with their steps and names; the legend is there, not yet laid out beside the map.
    expect(region(el, '03').classList.contains('paso-5')).to.equal(true);
    expect(region(el, '03').getAttribute('aria-label')).to.match(/^Apurímac: 7 prácticas/);
    expect(text(part(el, 'legend'))).to.match(/^Prácticas por región/);
    expect([visible(lateral), visible(etiqueta)]).to.deep.equal([false, false]);
    // Then, with nothing else asking for an update, the rest; the table of counts only when asked for.
    await segundoPaso(el);
    expect([visible(lateral), visible(etiqueta)]).to.deep.equal([true, true]);
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('renders a table asked for in the first update, with the same numbers, north to south', async () => {
    const el = await nuevoMapa({ tabla: true });
    const rows = filas(el);
    expect(rows.map((r) => r[0])).to.have.length(25);
    expect(rows[0][0]).to.equal('Tumbes');
    expect(rows.find((r) => r[0] === 'Apurímac')).to.deep.equal(['Apurímac', '7', '4', '3']);
    expect(NORTE_A_SUR).to.have.length(25);
  });

  it('lays the legend out at once below a narrow map, where its late arrival would push the page down', async () => {
    const caja = document.createElement('div');
    caja.style.width = '320px';
    document.body.append(caja);
    creados.push(caja);
    const el = document.createElement('practicas-mapa');
    el.grupo = `mapa-diferido-${++n}`;
    caja.append(el);
    await el.updateComplete;
    const alto = el.getBoundingClientRect().height;
    expect(part(el, 'legend')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await segundoPaso(el);
    expect(el.getBoundingClientRect().height).to.equal(alto);
  });

  it('recolours in place: the same shapes, only the changed ones touched, the table and legend in the same update', async () => {
    const el = await nuevoMapa({ tabla: true });
    await segundoPaso(el);
    const formas = NORTE_A_SUR.map((id) => region(el, id));
    const antes = formas.map((f) => [f.getAttribute('class'), f.getAttribute('aria-label')].join('|'));
    const tocadas = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) tocadas.add((r.target as Element).getAttribute('data-ubigeo')!);
    });
    for (const f of formas) observer.observe(f, { attributes: true });
    estadoDeGrupo(el.grupo!).combinar({ tipo: 'en-proceso' });
    await el.updateComplete;
    observer.takeRecords().forEach((r) => tocadas.add((r.target as Element).getAttribute('data-ubigeo')!));
    observer.disconnect();
    // The very same elements, kept.
    expect(NORTE_A_SUR.map((id) => region(el, id))).to.deep.equal(formas);
    const despues = formas.map((f) => [f.getAttribute('class'), f.getAttribute('aria-label')].join('|'));
    const cambiadas = NORTE_A_SUR.filter((_, i) => antes[i] !== despues[i]);
    expect(cambiadas.length).to.be.greaterThan(0);
    expect([...tocadas].sort()).to.deep.equal([...cambiadas].sort());
    // The counts, everywhere, already in this update.
    expect(region(el, '03').getAttribute('aria-label')).to.equal('Apurímac: 3 prácticas (buenas prácticas: 0; en proceso: 3)');
    expect(filas(el).find((r) => r[0] === 'Apurímac')).to.deep.equal(['Apurímac', '3', '0', '3']);
    expect(text(part(el, 'legend'))).to.include('regiones');
  });

  const itCdp = soloEnChromium("it reads Chromium's accessibility tree through CDP, which Firefox does not offer");
  it('recolours the map alone while the table is hidden: no table is rendered or updated', async () => {
    const el = await nuevoMapa();
    await segundoPaso(el);
    const cambios: MutationRecord[] = [];
    const observer = new MutationObserver((r) => cambios.push(...r));
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
    estadoDeGrupo(el.grupo!).combinar({ tipo: 'en-proceso' });
    await el.updateComplete;
    cambios.push(...observer.takeRecords());
    observer.disconnect();
    expect(shadow(el).querySelector('table')).to.equal(null);
    // What changed is the legend's text, nothing else.
    expect(cambios.length).to.be.greaterThan(0);
    const elemento = (n: Node) => (n instanceof Element ? n : n.parentElement!);
    const fuera = cambios.map((r) => elemento(r.target)).filter((e) => !e.closest('[part~="legend"]'));
    expect(fuera.map((e) => e.localName)).to.deep.equal([]);
  });

  itCdp('gives screen readers the button and the table, with its caption, headers and counts', async () => {
    const el = await nuevoMapa();
    await segundoPaso(el);
    const antes = (await executeServerCommand('arbol-accesible')) as A11yNode;
    const boton = find(antes, (x) => x.role === 'button' && x.name === 'Ver tabla de datos');
    expect(boton, 'the button in the accessibility tree').to.not.equal(null);
    expect(find(antes, (x) => x.role === 'table') ?? null).to.equal(null);
    el.tabla = true;
    await el.updateComplete;
    const arbol = (await executeServerCommand('arbol-accesible')) as A11yNode;
    const tabla = find(arbol, (x) => x.role === 'table')!;
    expect(tabla, 'a table in the accessibility tree').to.not.equal(null);
    expect(tabla.name).to.equal('Prácticas por región, con los filtros actuales');
    const filasAx = all(tabla, (x) => x.role === 'row').map((row) =>
      all(row, (c) => ['cell', 'columnheader', 'rowheader'].includes(c.role)).map((c) => `${c.role}:${c.name}`),
    );
    expect(filasAx).to.have.length(26);
    expect(filasAx[0]).to.deep.equal([
      'columnheader:Región',
      'columnheader:Total',
      'columnheader:Buenas prácticas',
      'columnheader:En proceso',
    ]);
    expect(filasAx.find((f) => f[0] === 'rowheader:Apurímac')).to.deep.equal([
      'rowheader:Apurímac',
      'cell:7',
      'cell:4',
      'cell:3',
    ]);
  });
});
