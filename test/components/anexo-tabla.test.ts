import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import { contexto, leerColumnas } from '../../src/components/anexo-tabla/modelo.js';
import { ordenar } from '../../src/components/anexo-tabla/orden.js';
import { bundledDataset, clearDatasetCache } from '../../src/data/loader.js';
import { validateDataset } from '../../src/data/parse.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { catalogoSintetico } from '../../scripts/lib/sintetico.mjs';
import { part, parts, primerRender, shadow, text } from '../support/elements.js';
import { soloEnChromium } from '../support/navegador.js';
import { luminancia } from '../support/dataset-element-tests.js';

let grupo = 0;
const nuevoGrupo = () => `tabla-${++grupo}`;

async function tabla(template: ReturnType<typeof html>) {
  const el = await fixture<AnexoTabla>(template);
  await el.updateComplete;
  return el;
}

const ids = (el: AnexoTabla) => parts(el, 'row').map((tr) => tr.dataset.practicaId!);
const headers = (el: AnexoTabla) =>
  [...shadow(el).querySelectorAll('thead th')].map(text).map((t) => t.replace(/[▲▼↕]/g, '').trim());
const header = (el: AnexoTabla, label: string) =>
  [...shadow(el).querySelectorAll('thead th')].find((th) => text(th).startsWith(label))!;
const cells = (el: AnexoTabla, id: string) => [...shadow(el).querySelector(`tr[data-practica-id="${id}"]`)!.children].map(text);

describe('<anexo-tabla>', () => {
  afterEach(() => clearDatasetCache());

  describe('Anexo 1 as published', () => {
    it("shows the 31 practices in the publication's sections, topic groups and order", async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      const table = part(el, 'table')!;
      expect(table.localName).to.equal('table');
      expect(text(table.querySelector('caption'))).to.equal(
        'Anexo 1: caracterización de buenas prácticas e iniciativas en proceso de implementación',
      );
      expect(headers(el)).to.deep.equal(['Tema', 'Práctica', 'Criterio más relevante', 'Región(es)', 'Nivel de gobierno']);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(ids(el)).to.deep.equal(bundledDataset().practicas.map((p) => p.id));
      expect(parts(el, 'section').map(text)).to.deep.equal([
        'Buenas prácticas (18)',
        'Iniciativas en proceso de implementación (13)',
      ]);
      // Topics as row groups, printed once like the publication.
      const groups = [...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => [text(th), th.getAttribute('rowspan')]);
      expect(groups).to.deep.equal([
        ['Salud', '5'],
        ['Educación', '3'],
        ['Inclusión Social', '3'],
        ['Ambiente, recursos naturales y sistemas productivos', '1'],
        ['Fortalecimiento institucional: ética, gestión de finanzas públicas y modernización', '6'],
        ['Educación', '1'],
        ['Inclusión Social', '2'],
        ['Ambiente, recursos naturales y sistemas productivos', '3'],
        ['Fortalecimiento institucional: ética, gestión de finanzas públicas y modernización', '7'],
      ]);
      expect(cells(el, 'sabaino-agente-comunitario-anemia')).to.deep.equal([
        'Salud',
        'Experiencia del trabajo del Agente Comunitario de Salud (ACS) y la articulación en la reducción de anemia en el distrito de Sabaino.',
        'Participación',
        'Apurímac',
        'Municipal (distrito de Sabaino)',
      ]);
      expect(cells(el, 'codigo-conducta-participativo').slice(1)).to.deep.equal([
        'Código de Conducta elaborado de forma participativa.',
        'Transparencia',
        'Apurímac, Lambayeque y San Martín',
        'Regional y Provincial (Municipalidad Provincial de San Martín)',
      ]);
      expect(text(part(el, 'count'))).to.equal('31 de 31 prácticas');
    });

    it('columnas chooses and orders the columns, and names unknown ones', async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} columnas="practica, pagina,tipo"></anexo-tabla>`);
      expect(headers(el)).to.deep.equal(['Práctica', 'Página', 'Estado']);
      expect(cells(el, 'san-martin-sirsam')).to.deep.equal([
        'Sistema Integrado Regional San Martín (SIRSAM).',
        'sección desde p. 36',
        'En proceso',
      ]);
      el.columnas = 'practica,color';
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.equal(
        'Columnas desconocidas en el atributo columnas: color. Columnas válidas: tema, practica, criterio, regiones, nivel, tipo, pagina.',
      );
      expect(headers(el)).to.deep.equal(['Práctica']);
      expect(leerColumnas('')).to.deep.equal({
        columnas: ['tema', 'practica', 'criterio', 'regiones', 'nivel'],
        desconocidas: [],
      });
    });
  });

  describe('sorting', () => {
    // San Martín's seven practices (region="22") in the publication's order: four buenas
    // prácticas, then three in process. The orders below are written out from these cells.
    const comite = 'san-martin-comite-materiales-educativos'; // Educación · Innovación · San Martín · Regional
    const centro = 'san-martin-centro-diferenciado-salud'; // Inclusión Social · Innovación · San Martín · Provincial
    const codigo = 'codigo-conducta-participativo'; // Fortalecimiento · Transparencia · Apurímac, Lambayeque y San Martín · Regional y Provincial (…)
    const sistema = 'sistema-transparencia-regional'; // Fortalecimiento · Transparencia · San Martín y La Libertad · Regional
    const cadenas = 'san-martin-cadenas-de-valor'; // Ambiente · Articulación · San Martín · Regional
    const fondesan = 'san-martin-fondesan'; // Fortalecimiento · Articulación · San Martín · Regional
    const sirsam = 'san-martin-sirsam'; // Fortalecimiento · Articulación · San Martín · Regional
    const publicacion = [comite, centro, codigo, sistema, cadenas, fondesan, sirsam];
    for (const [label, asc, desc] of [
      // Titles: «Código…» before «Comité…», as a Spanish reader sorts (by code point, ó comes after m).
      [
        'Práctica',
        [codigo, comite, centro, sistema, fondesan, cadenas, sirsam],
        [sistema, centro, comite, codigo, sirsam, cadenas, fondesan],
      ],
      // Equal topics keep the publication's order, in both directions.
      [
        'Tema',
        [comite, codigo, sistema, centro, cadenas, fondesan, sirsam],
        [centro, codigo, sistema, comite, fondesan, sirsam, cadenas],
      ],
      ['Criterio más relevante', publicacion, [codigo, sistema, comite, centro, cadenas, fondesan, sirsam]],
      // «San Martín» before «San Martín y La Libertad».
      [
        'Región(es)',
        [codigo, comite, centro, sistema, cadenas, fondesan, sirsam],
        [sistema, comite, centro, codigo, cadenas, fondesan, sirsam],
      ],
      [
        'Nivel de gobierno',
        [centro, comite, sistema, codigo, cadenas, fondesan, sirsam],
        [codigo, comite, sistema, centro, cadenas, fondesan, sirsam],
      ],
    ] as const) {
      it(`sorts by ${label}: ascending, descending, then the publication's order, within each section`, async () => {
        const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} region="22"></anexo-tabla>`);
        const th = () => header(el, label);
        th().querySelector('button')!.click();
        await el.updateComplete;
        expect(th().getAttribute('aria-sort')).to.equal('ascending');
        expect(ids(el)).to.deep.equal(asc);
        // Sections stay: the buenas prácticas first.
        expect(parts(el, 'section').map(text)).to.deep.equal([
          'Buenas prácticas (4)',
          'Iniciativas en proceso de implementación (3)',
        ]);
        th().querySelector('button')!.click();
        await el.updateComplete;
        expect(th().getAttribute('aria-sort')).to.equal('descending');
        expect(ids(el)).to.deep.equal(desc);
        th().querySelector('button')!.click();
        await el.updateComplete;
        expect(th().getAttribute('aria-sort')).to.equal('none');
        expect(ids(el)).to.deep.equal(publicacion);
      });
    }

    it("is stable and really ordered: equal values keep the publication's order", () => {
      const ctx = contexto(bundledDataset(), 'es');
      const byCriterio = ordenar(bundledDataset().practicas, { columna: 'criterio', direccion: 'asc' }, ctx);
      const buenas = byCriterio.filter((p) => p.tipo === 'buena-practica');
      expect(buenas.map((p) => p.criterio)).to.deep.equal([
        ...Array(3).fill('articulacion'),
        ...Array(9).fill('innovacion'),
        ...Array(2).fill('participacion'),
        ...Array(4).fill('transparencia'),
      ]);
      const publicacion = bundledDataset().practicas.map((p) => p.id);
      const innovacion = buenas.filter((p) => p.criterio === 'innovacion').map((p) => publicacion.indexOf(p.id));
      expect(innovacion).to.deep.equal([...innovacion].sort((a, b) => a - b));
    });

    it("sorts from the keyboard, and a button returns to the publication's order", async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      header(el, 'Región(es)').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'Región(es)').getAttribute('aria-sort')).to.equal('ascending');
      expect(cells(el, ids(el)[0])[3]).to.equal('Apurímac');
      const back = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Volver al orden de la publicación')!;
      back.click();
      await el.updateComplete;
      expect(ids(el)[0]).to.equal('sabaino-agente-comunitario-anemia');
    });
  });

  describe('filters', () => {
    it('follows the shared filters, with a polite live count', async () => {
      const g = nuevoGrupo();
      const el = await tabla(html`<anexo-tabla grupo=${g}></anexo-tabla>`);
      const count = part(el, 'count')!;
      expect(count.getAttribute('role')).to.equal('status');
      estadoDeGrupo(g).combinar({ region: '22' });
      await el.updateComplete;
      expect(text(count)).to.equal('7 de 31 prácticas');
      expect(ids(el)).to.have.length(7);
      estadoDeGrupo(g).combinar({ q: 'FONDESAN' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['san-martin-fondesan']);
      expect(parts(el, 'section').map(text)).to.deep.equal(['Iniciativas en proceso de implementación (1)']);
    });

    it('a new view keeps the rows and topic groups it shares with the previous one', async () => {
      const g = nuevoGrupo();
      const el = await tabla(html`<anexo-tabla grupo=${g}></anexo-tabla>`);
      const filas = () => new Map(parts(el, 'row').map((tr) => [tr.dataset.practicaId!, tr]));
      const grupos = () => [...shadow(el).querySelectorAll('tbody.grupo')];
      const antes = filas();
      const gruposAntes = grupos();
      // The second section alone: its rows were after the first section's, and stay the same elements.
      estadoDeGrupo(g).combinar({ tipo: 'en-proceso' });
      await el.updateComplete;
      const despues = filas();
      expect(despues.size).to.equal(13);
      for (const [id, tr] of despues) expect(tr, id).to.equal(antes.get(id));
      expect(grupos()).to.deep.equal(gruposAntes.slice(5));
      expect(parts(el, 'section').map(text)).to.deep.equal(['Iniciativas en proceso de implementación (13)']);
      // And back: the first section is built again, the second is still the same.
      estadoDeGrupo(g).reemplazar({});
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(bundledDataset().practicas.map((p) => p.id));
      for (const [id, tr] of despues) expect(filas().get(id), id).to.equal(tr);
    });

    for (const [attr, value, expected] of [
      ['tipo', 'en-proceso', 13],
      ['tema', 'salud', 5],
      ['region', '03', 7],
      // Trujillo (two), the San Martín health centre, the Código de Conducta, Cusco's territorial planning.
      ['nivel', 'provincial', 5],
      ['criterio', 'transparencia', 4],
      ['q', 'apurimac', 8],
    ] as const) {
      it(`the ${attr} attribute presets the group's filter`, async () => {
        const g = nuevoGrupo();
        const el = await fixture<AnexoTabla>(`<anexo-tabla grupo="${g}" ${attr}="${value}"></anexo-tabla>`);
        await el.updateComplete;
        expect(estadoDeGrupo(g).filtros[attr]).to.equal(value);
        expect(ids(el)).to.have.length(expected);
        expect(text(part(el, 'count'))).to.equal(`${expected} de 31 prácticas`);
      });
    }

    it('an empty result gives a message with a button that clears the filters', async () => {
      const g = nuevoGrupo();
      const el = await tabla(html`<anexo-tabla grupo=${g} region="07" tema="salud"></anexo-tabla>`);
      const empty = part(el, 'empty')!;
      expect(text(empty)).to.equal('No hay prácticas que coincidan con los filtros elegidos. Limpiar filtros');
      expect(part(el, 'table')).to.equal(null);
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(estadoDeGrupo(g).filtros).to.deep.equal({});
      expect(ids(el)).to.have.length(31);
    });
  });

  describe('detail dialog', () => {
    it('Enter on a practice opens its full card in a modal dialog; Escape closes it and focus returns', async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('tr[data-practica-id="apurimac-sigei"] button')!;
      button.focus();
      const heard = oneEvent(el, 'practicas-seleccion');
      await sendKeys({ press: 'Enter' });
      const event = await heard;
      // The same event, with the same detail, as a card's title fires.
      expect(event.detail).to.deep.equal({ id: 'apurimac-sigei' });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Sistema Integral de Inversiones (SIGEI)');
      const card = dialog.querySelector('practica-card')!;
      await card.updateComplete;
      expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Sistema Integral de Inversiones (SIGEI)');
      expect(text(card.shadowRoot!.querySelector('[part~="footer"]'))).to.contain('p. 29');
      // Focus moved into the dialog.
      expect(dialog.contains(shadow(el).activeElement)).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('a click anywhere on the row opens it; the close button closes it', async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      shadow(el).querySelector<HTMLElement>('tr[data-practica-id="ica-siembra-cosecha-agua"] td.criterio')!.click();
      await el.updateComplete;
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      dialog.querySelector<HTMLButtonElement>('button.cerrar')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
    });

    it('a page can cancel the event to show its own detail view (listening on document, as README recipe 8)', async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      let opened = '';
      const propia = (e: CustomEvent<{ id: string }>) => {
        e.preventDefault();
        opened = e.detail.id;
      };
      document.addEventListener('practicas-seleccion', propia);
      try {
        shadow(el).querySelector<HTMLButtonElement>('tr[data-practica-id="apurimac-sigei"] button')!.click();
        await el.updateComplete;
      } finally {
        document.removeEventListener('practicas-seleccion', propia);
      }
      expect(opened).to.equal('apurimac-sigei');
      expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });
  });

  describe('CSV', () => {
    it('gives exactly the rows shown, in the order shown, with BOM and the columns shown', async () => {
      const g = nuevoGrupo();
      const el = await tabla(html`<anexo-tabla grupo=${g} region="11" columnas="practica,criterio"></anexo-tabla>`);
      header(el, 'Criterio más relevante').querySelector('button')!.click();
      await el.updateComplete;
      expect(el.csv()).to.equal(
        '\uFEFFid,Estado,Práctica,Criterio más relevante\r\n' +
          'ica-siembra-cosecha-agua,Buena práctica,Manejo de Cuencas hidrográficas bajo el enfoque de cuencas ‘Siembra y cosecha de agua’.,Innovación\r\n' +
          'ica-ventanillas-unicas,Buena práctica,Implementación de las ventanillas únicas de atención para las provincias de Chincha y Nazca.,Innovación\r\n' +
          'ica-soy-emprendedora,En proceso,"Proyecto Soy Emprendedora, Soy Trabajo, Soy Mujer.",Innovación\r\n' +
          'ica-crowdfunding-tecnologica,En proceso,Proyecto Crowdfunding tecnológICA.,Innovación\r\n',
      );
      expect(
        el
          .csv()
          .split('\r\n')
          .slice(1, -1)
          .map((l) => l.split(',')[0]),
      ).to.deep.equal(ids(el));
    });

    it('the button downloads it as a UTF-8 file', async () => {
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} tema="ambiente"></anexo-tabla>`);
      const original = URL.createObjectURL;
      let blob: Blob | undefined;
      let download = '';
      const onClick = (e: Event) => {
        const a = e.composedPath()[0] as HTMLAnchorElement;
        if (a.localName === 'a') {
          download = a.download;
          e.preventDefault();
        }
      };
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return original.call(URL, b);
      };
      document.addEventListener('click', onClick, true);
      try {
        [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Descargar CSV')!.click();
        // Written in slices: the file is handed over in a later task.
        await waitUntil(() => blob !== undefined && download !== '', 'the CSV is downloaded');
      } finally {
        URL.createObjectURL = original;
        document.removeEventListener('click', onClick, true);
      }
      expect(download).to.equal('anexo-1-practicas.csv');
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(el.csv());
      expect(el.csv().split('\r\n')).to.have.length(6);
    });
  });

  describe('loading, errors, layout and accessibility', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ colorScheme: 'light' });
    });

    it('between 600 px and its full width the table scrolls inside its own box, never the page', async () => {
      await setViewport({ width: 640, height: 640 });
      const el = await tabla(
        html`<anexo-tabla grupo=${nuevoGrupo()} style="display:block;margin:0;font-size:16px"></anexo-tabla>`,
      );
      const scroller = part(el, 'scroller')!;
      expect(getComputedStyle(part(el, 'row')!).display).to.equal('table-row');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      // Decided after layout (a ResizeObserver), not by forcing one on every update.
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'a tab stop while it scrolls');
      // Wide enough for the whole table, or stacked: nothing to scroll, no tab stop.
      await setViewport({ width: 1280, height: 640 });
      await waitUntil(() => !scroller.hasAttribute('tabindex'), 'the scroller stops being a tab stop when the table fits');
      await setViewport({ width: 360, height: 640 });
      await waitUntil(() => getComputedStyle(part(el, 'row')!).display !== 'table-row', 'the table stacks');
      await waitUntil(() => !scroller.hasAttribute('tabindex'), 'no tab stop when stacked');
      await setViewport({ width: 640, height: 640 });
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'a tab stop again when it scrolls');
    });

    it('renders a large catalogue incrementally, with "Mostrar más"', async function () {
      // A large synthetic catalogue: slow when the machine is busy.
      this.timeout(20_000);
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 1000, 7));
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} .datos=${datos}></anexo-tabla>`);
      // The first screenful; the rest of the first 100 follows (see the next tests).
      expect(ids(el)).to.have.length(16);
      expect(text(part(el, 'count'))).to.equal('1,000 de 1,000 prácticas');
      const more = part<HTMLButtonElement>(el, 'more')!;
      expect(text(more)).to.equal('Mostrar 100 más (quedan 900)');
      more.click();
      await el.updateComplete;
      expect(ids(el)).to.have.length(200);
      expect(el.filasActuales()).to.have.length(1000);
      // A new filter starts from the first rows again.
      el.setAttribute('tipo', 'en-proceso');
      await el.updateComplete;
      expect(ids(el).length).to.be.at.most(100);
    });

    it('puts a long view in the DOM a screenful at first, and the rest after a calm second', async function () {
      // A large synthetic catalogue: slow when the machine is busy.
      this.timeout(20_000);
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 1000, 7));
      const el = await primerRender<AnexoTabla>('anexo-tabla', { grupo: nuevoGrupo(), datos });
      try {
        expect(el.hasUpdated).to.equal(true);
        const primeras = ids(el);
        expect(primeras).to.have.length(16);
        // The button counts the view, not the rows painted so far.
        expect(text(part(el, 'more'))).to.equal('Mostrar 100 más (quedan 900)');
        // Nobody comes near the end: after a calm second, the rest of the first 100.
        await waitUntil(() => ids(el).length === 100, 'the rest of the view after a calm second', { timeout: 5000 });
        expect(ids(el).slice(0, 16)).to.deep.equal(primeras);
        expect(ids(el)).to.deep.equal(
          el
            .filasActuales()
            .slice(0, 100)
            .map((p) => p.id),
        );
      } finally {
        el.remove();
      }
    });

    it('lays out the rest of a new view when the reader comes near it, not for every keystroke', async function () {
      this.timeout(20_000);
      await setViewport({ width: 1024, height: 600 });
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 1000, 7));
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} .datos=${datos}></anexo-tabla>`);
      // A new view (a search): its first slice, and after a few tasks still only that.
      estadoDeGrupo(el.grupo!).combinar({ tipo: 'en-proceso' });
      await new Promise((resolve) => setTimeout(resolve));
      await new Promise((resolve) => setTimeout(resolve));
      expect(ids(el)).to.have.length(16);
      // The reader scrolls to its end: the next slices follow.
      parts(el, 'row').at(-1)!.scrollIntoView();
      await waitUntil(() => ids(el).length > 16, 'more rows once the last one is near the viewport', { timeout: 5000 });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(
        el
          .filasActuales()
          .slice(0, 100)
          .map((p) => p.id),
      );
      // «Mostrar más» goes on at once.
      part<HTMLButtonElement>(el, 'more')!.click();
      await el.updateComplete;
      expect(ids(el)).to.have.length(200);
    });

    it('searches a large catalogue once its index is built, saying so meanwhile, without losing the query', async function () {
      // A large synthetic catalogue: slow when the machine is busy.
      this.timeout(20_000);
      // A fresh dataset object: its search index does not exist yet.
      const datos = validateDataset(catalogoSintetico(bundledDataset(), 2000, 3));
      const g = nuevoGrupo();
      // A shared link with a search: the query is there before the table.
      estadoDeGrupo(g).combinar({ q: 'riego' });
      const el = await primerRender<AnexoTabla>('anexo-tabla', { grupo: g, datos });
      try {
        expect(text(part(el, 'count'))).to.equal('Buscando…');
        expect(part(el, 'scroller')!.getAttribute('aria-busy')).to.equal('true');
        await waitUntil(() => text(part(el, 'count')) !== 'Buscando…', 'the search is applied when the index is ready', {
          timeout: 10_000,
        });
        await el.updateComplete;
        const esperadas = el.filasActuales();
        expect(esperadas.length).to.be.within(26, 1999);
        expect(text(part(el, 'count'))).to.equal(`${esperadas.length.toLocaleString('en')} de 2,000 prácticas`);
        expect(ids(el).length).to.be.within(16, 100);
        expect(ids(el)).to.deep.equal(esperadas.slice(0, ids(el).length).map((p) => p.id));
        expect(part(el, 'scroller')!.getAttribute('aria-busy')).to.equal('false');
        expect(estadoDeGrupo(g).filtros.q).to.equal('riego');
      } finally {
        el.remove();
      }
    });

    it('passes axe: as published, sorted, with the dialog open, empty, and dark', async function () {
      // Five axe runs over 31 rows: slow when the machine is busy.
      this.timeout(20_000);
      const el = await tabla(html`<anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla>`);
      await expect(el).to.be.accessible();
      header(el, 'Tema').querySelector('button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('tr[data-practica-id="apurimac-sigei"] button')!.click();
      await el.updateComplete;
      await part(el, 'dialog')!.querySelector('practica-card')!.updateComplete;
      await expect(el).to.be.accessible();
      part<HTMLDialogElement>(el, 'dialog')!.close();
      await expect(await tabla(html`<anexo-tabla grupo=${nuevoGrupo()} region="07"></anexo-tabla>`)).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await fixture(
        html`<div style="background:#000"><anexo-tabla grupo=${nuevoGrupo()} tema="salud"></anexo-tabla></div>`,
      );
      await dark.querySelector('anexo-tabla')!.updateComplete;
      await expect(dark).to.be.accessible();
    });

    it('speaks English with lang="en"', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><anexo-tabla grupo=${nuevoGrupo()} tipo="en-proceso"></anexo-tabla></div>`,
      );
      const el = wrapper.querySelector('anexo-tabla')!;
      await el.updateComplete;
      expect(text(part(el, 'count'))).to.equal('13 of 31 practices');
      expect(headers(el)).to.deep.equal(['Topic', 'Practice', 'Most relevant criterion', 'Region(s)', 'Level of government']);
      expect(el.csv().split('\r\n')[0]).to.equal(
        '\uFEFFid,Status,Topic,Practice,Most relevant criterion,Region(s),Level of government',
      );
    });
  });
});

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

/** Where the element is put: a phone of that width, or a 300 px sidebar on a wide screen. */
const anchos = [
  { nombre: 'a 320 px phone', viewport: 320, caja: null },
  { nombre: 'a 360 px phone', viewport: 360, caja: null },
  { nombre: 'a 300 px container on a 1280 px screen', viewport: 1280, caja: 300 },
] as const;

describe('<anexo-tabla> on narrow screens (stacked layout)', function () {
  // Layout checks over every cell, axe runs and accessibility-tree snapshots.
  this.timeout(20_000);

  afterEach(async () => {
    clearDatasetCache();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  async function estrecha(viewport: number, caja: number | null, atributos = '') {
    await setViewport({ width: viewport, height: 800 });
    const g = nuevoGrupo();
    const wrapper = await fixture<HTMLElement>(
      `<div style="margin:0;${caja ? `width:${caja}px` : ''}"><anexo-tabla grupo="${g}" ${atributos}></anexo-tabla></div>`,
    );
    const el = wrapper.querySelector('anexo-tabla')!;
    await el.updateComplete;
    // Laid out, then marked stacked after layout (a ResizeObserver): the frame after next.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return el;
  }

  for (const { nombre, viewport, caja } of anchos) {
    it(`in ${nombre}: every field of every practice is visible and labelled inside the element, with no sideways scroll`, async () => {
      const el = await estrecha(viewport, caja, 'columnas="tema,practica,criterio,regiones,nivel,tipo,pagina"');
      const host = el.getBoundingClientRect();
      expect(host.width).to.be.at.most(caja ?? viewport);
      const row = part(el, 'row')!;
      expect(getComputedStyle(row).display).to.not.equal('table-row');
      expect(document.documentElement.scrollWidth).to.be.at.most(viewport);
      const scroller = part(el, 'scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      // No cell (nor anything in the table) is wider than the host or sticks out of it.
      for (const cell of shadow(el).querySelectorAll<HTMLElement>('th, td, tr, caption, .ordenar')) {
        const r = cell.getBoundingClientRect();
        expect(r.left, cell.textContent!).to.be.at.least(host.left - 0.5);
        expect(r.right, cell.textContent!).to.be.at.most(host.right + 0.5);
      }
      // Every column of a practice shows its text and, before it, the column's name.
      const fila = shadow(el).querySelector<HTMLElement>('tr[data-practica-id="codigo-conducta-participativo"]')!;
      const celdas = [...fila.querySelectorAll<HTMLElement>('td')];
      expect(celdas.map((c) => c.dataset.label)).to.deep.equal([
        'Práctica',
        'Criterio más relevante',
        'Región(es)',
        'Nivel de gobierno',
        'Estado',
        'Página',
      ]);
      for (const c of celdas) {
        expect(c.checkVisibility(), c.dataset.label).to.equal(true);
        expect(text(c)).to.not.equal('');
        const r = c.getBoundingClientRect();
        expect(r.height).to.be.greaterThan(0);
        // Text is not clipped: the cell is as wide as its content.
        expect(c.scrollWidth).to.be.at.most(c.clientWidth + 1);
        const before = getComputedStyle(c, '::before');
        expect(before.display).to.equal('block');
        // The column's name, with empty alternative text: seen, not read a second time. Chromium
        // computes attr() to the name itself; Firefox keeps attr(data-label), the name above.
        expect(before.content).to.be.oneOf([`"${c.dataset.label}" / ""`, 'attr(data-label) / ""']);
        expect(parseFloat(before.fontSize)).to.be.at.least(12);
      }
      // The topic heads its group, labelled too.
      const tema = shadow(el).querySelector<HTMLElement>('th.tema')!;
      expect(tema.checkVisibility()).to.equal(true);
      expect(tema.dataset.label).to.equal('Tema');
      expect(tema.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
      // Titles no longer wrap to a dozen lines: the practice cell is nearly as wide as the element.
      expect(celdas[0].getBoundingClientRect().width).to.be.greaterThan(host.width * 0.8);
    });

    it(`in ${nombre}: sorting stays on screen and works`, async () => {
      const el = await estrecha(viewport, caja);
      const host = el.getBoundingClientRect();
      const boton = header(el, 'Región(es)').querySelector('button')!;
      expect(boton.checkVisibility()).to.equal(true);
      const r = boton.getBoundingClientRect();
      expect(r.width).to.be.greaterThan(0);
      expect(r.right).to.be.at.most(host.right + 0.5);
      boton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'Región(es)').getAttribute('aria-sort')).to.equal('ascending');
      const ctx = contexto(bundledDataset(), 'es');
      expect(ids(el)).to.deep.equal(
        ordenar(bundledDataset().practicas, { columna: 'regiones', direccion: 'asc' }, ctx).map((p) => p.id),
      );
      // Sorted, the topic is a labelled field of each block.
      const fila = part(el, 'row')!;
      expect([...fila.querySelectorAll<HTMLElement>('td')].map((c) => c.dataset.label)[0]).to.equal('Tema');
      for (const cell of shadow(el).querySelectorAll<HTMLElement>('td')) {
        expect(cell.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
      }
    });
  }

  /** Chromium's accessibility tree of the page (see test/support/arbol-accesible.mjs). */
  const arbol = async () => (await executeServerCommand('arbol-accesible')) as A11yNode;
  /** The table's structure as roles, row by row, with each cell's accessible name. */
  const estructura = (tabla: A11yNode) =>
    all(tabla, (n) => n.role === 'row').map((row) =>
      all(row, (n) => ['cell', 'columnheader', 'rowheader'].includes(n.role)).map((c) => `${c.role}:${c.name}`),
    );

  const itCdp = soloEnChromium("it reads Chromium's accessibility tree through CDP, which Firefox does not offer");
  itCdp('stays a table to assistive technology: the same rows, headers and cells as the wide table, each read once', async () => {
    const el = await estrecha(360, null, 'tema="salud"');
    expect(getComputedStyle(part(el, 'row')!).display).to.not.equal('table-row');
    const table = find(await arbol(), (n) => n.role === 'table')!;
    expect(table, 'a table in the accessibility tree').to.not.equal(null);
    expect(all(table, (n) => n.role === 'rowgroup').length).to.be.at.least(3);
    const filas = estructura(table);
    // The header row, one section row, five practices.
    expect(filas).to.have.length(7);
    expect(filas[0]).to.deep.equal([
      'columnheader:Tema',
      'columnheader:Práctica',
      'columnheader:Criterio más relevante',
      'columnheader:Región(es)',
      'columnheader:Nivel de gobierno',
    ]);
    expect(filas[1]).to.deep.equal(['columnheader:Buenas prácticas (5)']);
    // The visible labels are not read: a cell's name is its value alone.
    expect(filas[3]).to.deep.equal([
      'cell:Gestión articulada multisectorial, intersectorial e intergubernamental con enfoque territorial – Anemia Cero.',
      'cell:Articulación',
      'cell:Arequipa',
      'cell:Regional',
    ]);
    expect(filas[2][0]).to.equal('rowheader:Salud');
    expect(filas.slice(2).every((f) => f.filter((c) => c.startsWith('cell:')).length === 4)).to.equal(true);
    // Exactly what the wide table gives.
    await setViewport({ width: 1280, height: 800 });
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'row')!).display).to.equal('table-row');
    expect(estructura(find(await arbol(), (n) => n.role === 'table')!)).to.deep.equal(filas);
    await setViewport({ width: 360, height: 800 });
    await expect(el).to.be.accessible();
    // Sorting from the stacked header is announced on it.
    header(el, 'Práctica').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'Práctica').getAttribute('aria-sort')).to.equal('ascending');
    const ordenada = find(await arbol(), (n) => n.role === 'table')!;
    const cabecera = find(ordenada, (n) => n.role === 'columnheader' && (n.name ?? '').startsWith('Práctica'));
    expect(cabecera).to.not.equal(null);
  });

  it('opens a practice from its stacked block, like the wide table', async () => {
    const el = await estrecha(320, null, 'tema="salud"');
    const button = shadow(el).querySelector<HTMLButtonElement>('tr[data-practica-id="arequipa-anemia-cero"] button.abrir')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = part<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    const r = dialog.getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(320);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('is stacked or wide by its own width, not the screen’s: a 300 px sidebar stacks, a wide column beside it does not', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="display:flex;gap:16px">
        <anexo-tabla grupo=${nuevoGrupo()} style="flex:1"></anexo-tabla>
        <div style="width:300px;flex:none"><anexo-tabla grupo=${nuevoGrupo()}></anexo-tabla></div>
      </div>`,
    );
    const [ancha, lateral] = [...wrapper.querySelectorAll('anexo-tabla')];
    await Promise.all([ancha.updateComplete, lateral.updateComplete]);
    expect(getComputedStyle(part(ancha, 'row')!).display).to.equal('table-row');
    expect(getComputedStyle(part(lateral, 'row')!).display).to.not.equal('table-row');
  });

  it('on a 10 px-root page, with the page’s content-box reset, no text is under 12 px and nothing overflows', async () => {
    const estilo = document.createElement('style');
    estilo.textContent = 'html { font-size: 62.5% } body { font-size: 1rem } * { box-sizing: content-box }';
    document.head.append(estilo);
    try {
      for (const viewport of [360, 1280]) {
        const el = await estrecha(viewport, null, 'tema="salud"');
        const host = el.getBoundingClientRect();
        for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
          const conTexto = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          if (conTexto && node.checkVisibility())
            expect(parseFloat(getComputedStyle(node).fontSize), node.localName).to.be.at.least(12);
        }
        if (viewport === 360) {
          for (const cell of shadow(el).querySelectorAll<HTMLElement>('td, th')) {
            expect(cell.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
          }
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(viewport);
      }
    } finally {
      estilo.remove();
    }
  });

  it('passes axe stacked, in light and in dark', async () => {
    const el = await estrecha(320, null, 'tema="educacion"');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await estrecha(320, null, 'tema="educacion" esquema="oscuro"');
    await expect(dark).to.be.accessible();
  });
});

describe('<anexo-tabla> colour scheme', () => {
  afterEach(async () => {
    clearDatasetCache();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [caso, estilo, atributo, oscuro] of [
    ['a plain page, reader prefers dark: light', '', '', false],
    ['a page with color-scheme: light dark, reader prefers dark: dark', 'color-scheme: light dark', '', true],
    ['esquema="oscuro" on a plain page: dark', '', 'esquema="oscuro"', true],
  ] as const) {
    it(`${caso}, painting its own surface, dialog included`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await fixture<HTMLElement>(
        `<div style="${estilo}"><anexo-tabla grupo="${nuevoGrupo()}" tema="salud" ${atributo}></anexo-tabla></div>`,
      );
      const el = wrapper.querySelector('anexo-tabla')!;
      await el.updateComplete;
      const fondo = getComputedStyle(el).backgroundColor;
      expect(fondo).to.not.equal('rgba(0, 0, 0, 0)');
      expect(luminancia(fondo) < 0.2).to.equal(oscuro);
      expect(luminancia(getComputedStyle(part(el, 'table')!).color) > 0.5).to.equal(oscuro);
      shadow(el).querySelector<HTMLButtonElement>('button.abrir')!.click();
      await el.updateComplete;
      const dialog = part<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(luminancia(getComputedStyle(dialog).backgroundColor) < 0.2).to.equal(oscuro);
      const card = dialog.querySelector('practica-card')!;
      await card.updateComplete;
      const base = card.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(luminancia(getComputedStyle(base).backgroundColor) < 0.2).to.equal(oscuro);
      dialog.close();
    });
  }
});
