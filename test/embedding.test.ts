// Embedding for real: hostile host pages, strict CSP, bad datasets, markup in
// data, element lifecycles, random datasets, and accessibility of a full page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/practicas.js';
import { bundledDataset, clearDatasetCache } from '../src/data/loader.js';
import { validateDataset } from '../src/data/parse.js';
import type { Dataset, Practica } from '../src/data/schema.js';
import { estadoDeGrupo } from '../src/state/filtros-store.js';
import { catalogoSintetico } from '../scripts/lib/sintetico.mjs';
import { jsonUrl, rawDataset } from './support/data.js';
import { part, shadow, text, watchUncaught } from './support/elements.js';

const TAGS = ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros'] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean>; src: string | null; tiempoLimite: number };

let grupo = 0;
const nuevoGrupo = () => `embed-${++grupo}`;

/** One widget of each kind, in a group of their own. */
function todos(g: string, extra = '') {
  return `
    <practicas-filtros grupo="${g}" ${extra}></practicas-filtros>
    <practicas-mapa grupo="${g}" ${extra}></practicas-mapa>
    <anexo-tabla grupo="${g}" ${extra}></anexo-tabla>
    <practicas-lista grupo="${g}" limite="3" ${extra}></practicas-lista>
    <practica-card practica-id="codigo-conducta-participativo" ${extra}></practica-card>`;
}

async function listos(root: Element): Promise<Widget[]> {
  const widgets = TAGS.flatMap((t) => [...root.querySelectorAll<Widget>(t)]);
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

/**
 * `listos` after a change the widgets hear of through a MutationObserver (the `lang` of an
 * ancestor): a task first, so that they have asked for their update, which may take a turn.
 */
async function trasCambio(root: Element): Promise<Widget[]> {
  await new Promise((resolver) => setTimeout(resolver));
  return listos(root);
}

describe('embedding', () => {
  afterEach(() => clearDatasetCache());

  it('careless global CSS of the host page leaves every widget intact', async () => {
    const style = document.createElement('style');
    style.textContent = `
      div, table, svg, span, button, ul, li, p, form, select, input { display: inline !important; border: 3px dashed red !important; }
      * { box-sizing: content-box !important; }
      html { font-size: 28px; } body { font-size: 44px; line-height: 3; }`;
    document.head.append(style);
    try {
      const page = await fixture(`<section style="display:block;width:900px">${todos(nuevoGrupo())}</section>`);
      const widgets = await listos(page);
      const [barra, mapa, tabla, lista, tarjeta] = (
        ['practicas-filtros', 'practicas-mapa', 'anexo-tabla', 'practicas-lista', 'practica-card'] as const
      ).map((t) => page.querySelector<Widget>(t)!);
      expect(getComputedStyle(part(tarjeta, 'base')!).display).to.equal('grid');
      expect(getComputedStyle(part(mapa, 'map')!).display).to.equal('block');
      // 44 px text makes 900 px narrower than the table's 37.5em: it stacks its rows, by its own rules
      // (block display, explicit table roles), not the page's inline ones.
      expect(getComputedStyle(part(tabla, 'table')!).display).to.equal('block');
      expect(part(tabla, 'table')!.getAttribute('role')).to.equal('table');
      expect(getComputedStyle(part(lista, 'list')!).display).to.equal('grid');
      // 44 px text makes 900 px a narrow container: the selects fold behind the toggle, consistently.
      const panelVisible = getComputedStyle(part(barra, 'panel')!).display === 'grid';
      expect(panelVisible || getComputedStyle(part(barra, 'toggle')!).display !== 'none').to.equal(true);
      // Host styles do not reach inside: no dashed red borders on the widgets' own buttons.
      const button = shadow(tarjeta).querySelector('button')!;
      expect(getComputedStyle(button).borderTopStyle).to.not.equal('dashed');
      for (const w of widgets) expect(w.getBoundingClientRect().width, w.localName).to.be.at.most(900);
    } finally {
      style.remove();
    }
  });

  it('works under a strict Content-Security-Policy (no inline script or style, no eval)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '900px';
    frame.src = '/fixtures/csp';
    document.body.append(frame);
    try {
      const doc = () => frame.contentDocument!;
      await waitUntil(
        () => doc()?.querySelector('anexo-tabla')?.shadowRoot?.querySelector('[part~="count"]'),
        'the widgets render',
        { timeout: 5000 },
      );
      const widgets = await listos(doc().body);
      expect(widgets).to.have.length(5);
      for (const w of widgets) expect(w.shadowRoot!.childElementCount, w.localName).to.be.greaterThan(0);
      // Styles applied (constructable stylesheets are allowed by CSP).
      expect(getComputedStyle(part(doc().querySelector('practica-card')!, 'base')!).display).to.equal('grid');
      // The map's tooltip is positioned through the CSSOM, not a style attribute.
      const mapa = doc().querySelector<Widget>('practicas-mapa')!;
      mapa.shadowRoot!.querySelector('path[data-ubigeo="08"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await mapa.updateComplete;
      expect(part(mapa, 'tooltip')!.style.left).to.match(/^-?\d+(\.\d+)?px$/);
      expect((frame.contentWindow as Window & { __violaciones: string[] }).__violaciones).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  describe('bad datasets in src: an alert that names the problem, never an uncaught error', () => {
    const invalido = (mutate: (d: ReturnType<typeof rawDataset>) => void) => {
      const d = rawDataset();
      mutate(d);
      return jsonUrl(d);
    };
    const casos: [string, () => string, RegExp][] = [
      ['a 404', () => '/fixtures/status/404', /error 404/],
      ['a 500', () => '/fixtures/status/500', /error 500/],
      ['an HTML page', () => '/fixtures/html', /no devolvió datos JSON válidos \(recibido: text\/html\)/],
      ['broken JSON', () => '/fixtures/broken-json', /no devolvió datos JSON válidos/],
      ['a JSON array', () => jsonUrl([{ id: 'x' }]), /El archivo: debería ser un objeto con campos, pero es una lista\./],
      [
        'a missing required field',
        () => invalido((d) => delete (d.practicas[0] as Partial<Practica>).titulo),
        /La práctica 1 \(id «sabaino-agente-comunitario-anemia»\), en «título»: falta este dato\./,
      ],
      [
        'a wrong type',
        () => invalido((d) => ((d.practicas[2] as { regiones: unknown }).regiones = '08')),
        /La práctica 3 .*en «regiones»: debería ser una lista, pero es el texto "08"\./,
      ],
      [
        'an unknown region code',
        () => invalido((d) => (d.practicas[4].regiones = ['26'])),
        /La práctica 5 .*en «regiones» n\.º 1: la región "26" no existe; los códigos van de "01" a "25"\./,
      ],
      [
        'a duplicate id',
        () => invalido((d) => (d.practicas[6].id = d.practicas[0].id)),
        /La práctica 7 .*"sabaino-agente-comunitario-anemia" está repetido; ya aparece en la práctica 1\./,
      ],
    ];
    for (const [nombre, src, mensaje] of casos) {
      it(nombre, async () => {
        const watch = watchUncaught();
        try {
          const url = src();
          const page = await fixture(`<div>${todos(nuevoGrupo(), `src="${url}"`)}</div>`);
          const widgets = await listos(page);
          for (const w of widgets) {
            await waitUntil(() => shadow(w).querySelector('[role="alert"]'), `${w.localName} shows an alert`);
            const alert = shadow(w).querySelector('[role="alert"]')!;
            expect(text(alert), w.localName).to.match(mensaje);
            expect(text(alert)).to.contain('No se pudo cargar el catálogo de prácticas.');
            expect(alert.querySelector('button')?.textContent).to.equal('Reintentar');
          }
        } finally {
          watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
      });
    }

    it('a server that never answers: a timeout message, and a retry control that asks again', async () => {
      const watch = watchUncaught();
      try {
        const el = await fixture<Widget>(
          html`<anexo-tabla grupo=${nuevoGrupo()} src="/fixtures/silent" tiempo-limite="300"></anexo-tabla>`,
        );
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the timeout renders', { timeout: 3000 });
        expect(text(shadow(el).querySelector('[role="alert"]'))).to.match(/no respondió en 0\.3 segundos/);
        shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the retry times out again', { timeout: 3000 });
      } finally {
        watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
    });

    it('a 5 MB dataset loads and renders', async () => {
      const grande = catalogoSintetico(bundledDataset(), 2400, 3);
      const url = jsonUrl(grande);
      const size = (await (await fetch(url)).blob()).size;
      expect(size).to.be.greaterThan(5 * 1000 * 1000);
      const el = await fixture<Widget>(html`<anexo-tabla grupo=${nuevoGrupo()} src=${url}></anexo-tabla>`);
      await waitUntil(() => part(el, 'count'), 'the table renders', { timeout: 5000 });
      expect(text(part(el, 'count'))).to.equal('2,400 de 2,400 prácticas');
    });
  });

  it('markup and scripts in the data show as text and never run', async () => {
    const watch = watchUncaught();
    const d = rawDataset();
    const p = d.practicas[0];
    p.titulo = '<img src=x onerror="window.__xss=1">Título';
    p.tituloAnexo = '<script>window.__xss=2</script>';
    p.objetivo = '<a href="javascript:window.__xss=3">enlace</a>';
    p.herramientas = [{ texto: 'javascript:window.__xss=4' }];
    (p.descripcion[0] as { texto: string }).texto = '<b onmouseover="window.__xss=5">negrita</b>';
    const url = jsonUrl(d);
    try {
      const page = await fixture(
        `<div>${todos(nuevoGrupo(), `src="${url}"`).replace('codigo-conducta-participativo', p.id)}</div>`,
      );
      const widgets = await listos(page);
      await waitUntil(() => widgets.every((w) => !shadow(w).querySelector('[role="status"][part~="status"]')), 'all loaded');
      const tarjeta = page.querySelector<Widget>('practica-card')!;
      await tarjeta.updateComplete;
      expect(text(part(tarjeta, 'title'))).to.equal('<img src=x onerror="window.__xss=1">Título');
      expect(text(part(tarjeta, 'body'))).to.contain('<a href="javascript:window.__xss=3">enlace</a>');
      const tabla = page.querySelector<Widget>('anexo-tabla')!;
      expect(text(shadow(tabla).querySelector(`tr[data-practica-id="${p.id}"]`))).to.contain('<script>window.__xss=2</script>');
      const all = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
      const inside = widgets.flatMap((w) => all(w.shadowRoot!));
      expect(
        inside.filter(
          (e) =>
            ['img', 'script', 'b'].includes(e.localName) ||
            (e.localName === 'a' && (e as HTMLAnchorElement).href.startsWith('javascript:')),
        ),
      ).to.deep.equal([]);
      expect((window as Window & { __xss?: number }).__xss).to.equal(undefined);
    } finally {
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('elements created from code, moved, removed and re-added, and changed while loading: no errors, no stale state', async () => {
    const watch = watchUncaught();
    const g = nuevoGrupo();
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    try {
      const tabla = document.createElement('anexo-tabla');
      tabla.grupo = g;
      tabla.src = '/fixtures/dataset/lento?delay=200';
      a.append(tabla);
      // Changed while loading: the last src wins.
      tabla.src = null;
      b.append(tabla);
      await tabla.updateComplete;
      await waitUntil(() => part(tabla, 'count'), 'the bundled dataset renders');
      expect(text(part(tabla, 'count'))).to.equal('31 de 31 prácticas');
      const mapa = document.createElement('practicas-mapa');
      mapa.grupo = g;
      a.append(mapa);
      await mapa.updateComplete;
      mapa.remove();
      estadoDeGrupo(g).combinar({ region: '03' });
      expect(mapa.isUpdatePending).to.equal(false);
      b.prepend(mapa);
      await mapa.updateComplete;
      await tabla.updateComplete;
      expect(shadow(mapa).querySelector('path[data-ubigeo="03"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(text(part(tabla, 'count'))).to.equal('7 de 31 prácticas');
      const tarjeta = document.createElement('practica-card');
      tarjeta.practicaId = 'apurimac-sigei';
      tarjeta.src = '/fixtures/dataset/tarjeta?delay=100';
      b.append(tarjeta);
      tarjeta.practicaId = 'san-martin-sirsam';
      tarjeta.remove();
      b.append(tarjeta);
      await waitUntil(() => part(tarjeta, 'title'), 'the card renders');
      expect(text(part(tarjeta, 'title'))).to.equal('Sistema Integrado Regional San Martín (SIRSAM)');
    } finally {
      a.remove();
      b.remove();
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('random datasets generated from the schema never make a widget throw', async () => {
    const base = bundledDataset();
    const texto = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).map((s) => `x${s.trim()}x`);
    const practica = (id: string) =>
      fc
        .record({
          tipo: fc.constantFrom('buena-practica' as const, 'en-proceso' as const),
          tema: fc.constantFrom(...base.temas.map((t) => t.id)),
          criterio: fc.constantFrom(...base.criterios.map((c) => c.id)),
          titulo: texto,
          tituloAnexo: texto,
          regiones: fc.uniqueArray(fc.constantFrom(...base.regiones.map((r) => r.ubigeo)), { minLength: 1, maxLength: 4 }),
          niveles: fc.array(
            fc.record({ nivel: fc.constantFrom('regional' as const, 'provincial' as const, 'municipal' as const), texto }),
            { minLength: 1, maxLength: 2 },
          ),
          area: fc.oneof(fc.constant(''), texto),
          objetivo: fc.oneof(fc.constant(''), texto),
          herramientas: fc.array(fc.record({ texto }), { maxLength: 3 }),
          descripcion: fc.array(
            fc.oneof(
              fc.record({ tipo: fc.constant('parrafo' as const), texto }),
              fc.record({
                tipo: fc.constant('lista' as const),
                ordenada: fc.boolean(),
                items: fc.array(fc.record({ texto }), { minLength: 1, maxLength: 3 }),
              }),
            ),
            { minLength: 1, maxLength: 5 },
          ),
          paginaSeccion: fc.integer({ min: 1, max: 400 }),
        })
        .map((r) => ({ ...r, id, fuente: 'fgd-2018', regionTexto: 'x', nivelTexto: 'x', notas: [] }) as Practica);
    const dataset = fc
      .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/), { minLength: 0, maxLength: 40 })
      .chain((ids) => (ids.length ? fc.tuple(...ids.map(practica)) : fc.constant([] as Practica[])))
      .map((practicas) => ({ ...base, practicas }) as Dataset);

    const watch = watchUncaught();
    try {
      await fc.assert(
        fc.asyncProperty(dataset, fc.constantFrom(...TAGS), async (datos, tag) => {
          expect(validateDataset(datos)).to.deep.equal(datos);
          const el = document.createElement(tag) as Widget & { datos: Dataset; grupo: string; practicaId?: string };
          el.datos = datos;
          el.grupo = nuevoGrupo();
          if (tag === 'practica-card') el.practicaId = datos.practicas[0]?.id ?? 'ninguna';
          document.body.append(el);
          try {
            await el.updateComplete;
            expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
            if (tag === 'anexo-tabla' && datos.practicas.length) {
              expect(text(part(el, 'count'))).to.equal(`${datos.practicas.length} de ${datos.practicas.length} prácticas`);
            }
          } finally {
            el.remove();
          }
        }),
        { numRuns: 60, seed: 20181203 },
      );
    } finally {
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('follows a change of language at run time, on an ancestor or the document', async () => {
    const g = nuevoGrupo();
    const page = await fixture(`<div lang="es">${todos(g)}</div>`);
    await listos(page);
    const tabla = page.querySelector<Widget>('anexo-tabla')!;
    expect(text(part(tabla, 'count'))).to.equal('31 de 31 prácticas');
    page.setAttribute('lang', 'en');
    await trasCambio(page);
    expect(text(part(tabla, 'count'))).to.equal('31 of 31 practices');
    expect(text(part(page.querySelector<Widget>('practicas-filtros')!, 'clear'))).to.equal('Clear filters');
    expect(shadow(page.querySelector<Widget>('practica-card')!).textContent).to.contain('Implementing office');
    page.removeAttribute('lang');
    const docLang = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      await trasCambio(page);
      expect(text(part(tabla, 'count'))).to.equal('31 of 31 practices');
    } finally {
      document.documentElement.lang = docLang;
    }
    await trasCambio(page);
    expect(text(part(tabla, 'count'))).to.equal('31 de 31 prácticas');
  });

  describe('accessibility of a page with every widget', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['es', 'en']) {
        it(`passes axe in ${scheme}, ${lang}, before and after filtering`, async function () {
          // Axe over every widget, twice: 0.6 s a run on a quiet machine, 3 s on a busy one.
          this.timeout(20000);
          await emulateMedia({ colorScheme: scheme });
          const g = nuevoGrupo();
          const page = await fixture(
            `<main lang="${lang}" style="background:${scheme === 'dark' ? '#000' : '#fff'}">${todos(g)}</main>`,
          );
          await listos(page);
          await expect(page).to.be.accessible();
          estadoDeGrupo(g).combinar({ region: '22', q: 'gobierno' });
          await listos(page);
          await expect(page).to.be.accessible();
        });
      }
    }
  });
});
