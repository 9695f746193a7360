import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/practica-card/practica-card.js';
import type { PracticaCard } from '../../src/components/practica-card/practica-card.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { Practica } from '../../src/data/schema.js';
import { part, parts, shadow, text } from '../support/elements.js';

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<PracticaCard>(template);
  await el.updateComplete;
  return el;
}

const button = (el: PracticaCard, label: RegExp) =>
  [...shadow(el).querySelectorAll('button')].find((b) => label.test(text(b))) as HTMLButtonElement;

/** A practice with only what the schema requires. */
const minima: Practica = {
  id: 'practica-minima',
  tipo: 'en-proceso',
  tema: 'salud',
  titulo: 'Práctica mínima',
  tituloAnexo: 'Práctica mínima.',
  regiones: ['07'],
  regionTexto: 'Callao',
  niveles: [{ nivel: 'regional', texto: 'Regional' }],
  nivelTexto: 'Regional',
  area: 'Gerencia',
  objetivo: 'Un objetivo.',
  herramientas: [],
  descripcion: [{ tipo: 'parrafo', texto: 'Un solo párrafo.' }],
  criterio: 'innovacion',
  fuente: 'fgd-2018',
  paginaSeccion: 32,
  notas: [],
};

describe('<practica-card>', () => {
  afterEach(() => clearDatasetCache());

  describe('rendering', () => {
    it('shows everything the publication says of a practice, in reading order', async () => {
      const el = await card(html`<practica-card practica-id="codigo-conducta-participativo"></practica-card>`);
      expect(text(part(el, 'title'))).to.equal('Código de Conducta elaborado de forma participativa');
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Buena práctica', 'Fortalecimiento institucional']);
      const body = text(part(el, 'body'));
      const header = text(part(el, 'header'));
      expect(header).to.contain('Regiones: Apurímac, Lambayeque y San Martín');
      expect(body).to.contain('Nivel de gobierno Regional y Provincial: Municipalidad Provincial de San Martín');
      expect(body).to.contain(
        'Área que implementa Gerencia General, Recursos Humanos, Desarrollo Social y Planeamiento y Estadística',
      );
      expect(body).to.contain('Objetivo Fortalecer la ética y el comportamiento');
      const tools = [...part(el, 'body')!.querySelectorAll('section:nth-of-type(2) li')].map(text);
      expect(tools).to.deep.equal([
        'Apurímac: Resolución Ejecutiva Regional n° 244-2018-GR. APURIMAC.GR',
        'Lambayeque: Decreto Regional 0053-2018-GR. LAMB/GR.',
        'San Martín: Resolución de Alcaldía n° 391-2018-MPSM',
        'San Martín: Resolución Ejecutiva Regional N° 618-2018-GRSM/GR',
      ]);
      expect(body).to.contain('Criterio más relevante Transparencia');
      expect(text(part(el, 'footer'))).to.contain(
        'Fuente: Fortaleciendo la Gestión Descentralizada (Basel Institute on Governance Sucursal Perú, 2018), sección desde p. 29',
      );
      // Reading order: header, then body, then footer.
      const order = ['header', 'body', 'footer'].map((name) => part(el, name)!);
      expect(order[0].compareDocumentPosition(order[1]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(order[1].compareDocumentPosition(order[2]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('keeps lists, steps with sub-items and footnotes as structure', async () => {
      const el = await card(html`<practica-card practica-id="lambayeque-gestion-materiales-educativos"></practica-card>`);
      button(el, /Leer la descripción completa/).click();
      await el.updateComplete;
      const steps = shadow(el).querySelector('ol')!;
      const ownText = (li: Element) =>
        [...li.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim();
      expect([...steps.children].map(ownText)).to.deep.equal(['Planificación', 'Ejecución', 'Monitoreo']);
      expect(steps.querySelectorAll(':scope > li:first-child li')).to.have.length(3);
      const sanMartin = await card(html`<practica-card practica-id="san-martin-comite-materiales-educativos"></practica-card>`);
      button(sanMartin, /Leer la descripción completa/).click();
      await sanMartin.updateComplete;
      expect(text(shadow(sanMartin).querySelector('.nota-al-pie'))).to.match(/^12 Herramienta digital proveída por Microsoft/);
    });

    it("cites the practice's own source: a later one with its own page, or an unknown id as it is", async () => {
      const { bundledDataset } = await import('../../src/data/loader.js');
      const base = bundledDataset();
      const datos = {
        ...base,
        fuentes: [...base.fuentes, { id: 'angr-2024', titulo: 'Nuevas prácticas regionales', editor: 'ANGR', fecha: '2024' }],
      };
      const propia = { ...minima, fuente: 'angr-2024', pagina: 12, paginaSeccion: undefined };
      const el = await card(html`<practica-card .datos=${datos} .practica=${propia}></practica-card>`);
      expect(text(part(el, 'footer'))).to.equal('Fuente: Nuevas prácticas regionales (ANGR, 2024), p. 12');
      el.practica = { ...minima, fuente: 'no-existe', paginaSeccion: undefined };
      await el.updateComplete;
      expect(text(part(el, 'footer'))).to.equal('Fuente: no-existe');
    });

    it("marks the publication's errata with [sic] only when asked, in the field the nota names", async () => {
      const conErrata: Practica = {
        ...minima,
        objetivo: 'Plantar plántones en la cuenca; más plántones después.',
        area: 'Gerencia de plántones',
        notas: [{ campo: 'objetivo', tipo: 'errata', texto: 'Dice «plántones» por «plantones».', original: 'plántones' }],
      };
      const el = await card(html`<practica-card .practica=${conErrata}></practica-card>`);
      expect(text(part(el, 'body'))).not.to.contain('[sic]');
      el.sic = true;
      await el.updateComplete;
      expect(el.hasAttribute('sic')).to.equal(true);
      const body = text(part(el, 'body'));
      expect(body).to.contain('Objetivo Plantar plántones [sic] en la cuenca; más plántones [sic] después.');
      // Same words in another field, which the nota does not name: not marked.
      expect(body).to.contain('Área que implementa Gerencia de plántones Objetivo');
      const marca = shadow(el).querySelector('abbr.sic')!;
      expect(marca.getAttribute('title')).to.equal('Así en el original (véanse las notas sobre el texto)');
    });

    it('renders a minimal practice without inventing what is missing', async () => {
      const el = await card(html`<practica-card .practica=${minima}></practica-card>`);
      expect(text(part(el, 'title'))).to.equal('Práctica mínima');
      expect(parts(el, 'badge').map(text)).to.deep.equal(['En proceso', 'Salud']);
      expect(text(part(el, 'header'))).to.contain('Callao');
      expect(text(part(el, 'body'))).to.contain('La publicación no detalla herramientas para esta práctica.');
      expect(button(el, /Leer la descripción completa/)).to.equal(undefined);
      expect(shadow(el).querySelector('details')).to.equal(null);
      expect(text(part(el, 'footer'))).to.contain('p. 32');
    });

    it('folds a long description behind a real disclosure button, and says what is hidden', async () => {
      const el = await card(html`<practica-card practica-id="huanuco-primera-infancia-articulada"></practica-card>`);
      const toggle = button(el, /Leer la descripción completa/);
      expect(text(toggle)).to.equal('Leer la descripción completa (4 bloques más)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const rest = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(rest.hidden).to.equal(true);
      // Folded text is in the DOM, not cut.
      expect(rest.textContent).to.contain('57 de los 77 distritos');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(rest.hidden).to.equal(false);
      expect(text(toggle)).to.equal('Mostrar menos');
    });

    it('shows the notes on the source text of a practice', async () => {
      const el = await card(html`<practica-card practica-id="ica-ventanillas-unicas"></practica-card>`);
      const details = shadow(el).querySelector('details')!;
      expect(text(details.querySelector('summary'))).to.equal('Notas sobre el texto de la publicación (4)');
      expect(text(details)).to.contain('«1 60»');
    });

    it('variante="compacta" shows title, badges, regions and objective only', async () => {
      const el = await card(
        html`<practica-card practica-id="sistema-transparencia-regional" variante="compacta"></practica-card>`,
      );
      expect(text(part(el, 'title'))).to.equal('Sistema de Transparencia Regional');
      expect(parts(el, 'badge')).to.have.length(2);
      expect(text(part(el, 'header'))).to.contain('San Martín y La Libertad');
      expect(text(part(el, 'body'))).to.equal(
        'Generar una política institucional que promueve una cultura de transparencia, que implica la movilización de una serie de conocimientos, saberes e instrucciones.',
      );
      expect(part(el, 'footer')).to.equal(null);
    });
  });

  describe('properties and attributes', () => {
    it('follows practica-id changes at run time, folding the new practice again', async () => {
      const el = await card(html`<practica-card practica-id="huanuco-primera-infancia-articulada"></practica-card>`);
      button(el, /Leer la descripción completa/).click();
      await el.updateComplete;
      el.setAttribute('practica-id', 'lambayeque-control-interno');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(
        'Implementación del Sistema de Control Interno mediante el fortalecimiento de capacidades',
      );
      expect(button(el, /Leer la descripción completa/).getAttribute('aria-expanded')).to.equal('false');
    });

    it('a practica property wins over practica-id', async () => {
      const el = await card(html`<practica-card practica-id="arequipa-anemia-cero" .practica=${minima}></practica-card>`);
      expect(text(part(el, 'title'))).to.equal('Práctica mínima');
    });

    it('nivel-encabezado sets the title heading level (2–6), section headings one below', async () => {
      const el = await card(html`<practica-card practica-id="arequipa-anemia-cero" nivel-encabezado="2"></practica-card>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      const levels = [...shadow(el).querySelectorAll('.subtitulo')].map((h) => h.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['3', '3', '3', '3']);
      el.nivelEncabezado = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    });

    it('speaks English with lang="en" on an ancestor; the data stays as published', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><practica-card practica-id="sabaino-agente-comunitario-anemia"></practica-card></div>`,
      );
      const el = wrapper.querySelector('practica-card')!;
      await el.updateComplete;
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Good practice', 'Salud']);
      expect(text(part(el, 'body'))).to.contain('Level of government Municipal: distrito de Sabaino');
      expect(text(part(el, 'body'))).to.contain('Objective Fortalecer la articulación intersectorial');
      expect(text(part(el, 'footer'))).to.contain(
        'Source: Fortaleciendo la Gestión Descentralizada (Basel Institute on Governance Sucursal Perú, 2018), section from p. 20',
      );
    });
  });

  describe('events', () => {
    it('activating the title fires practicas-seleccion with the id, bubbling out of shadow roots', async () => {
      const el = await card(html`<practica-card practica-id="arequipa-anemia-cero"></practica-card>`);
      const heard = oneEvent(document, 'practicas-seleccion');
      part(el, 'title')!.querySelector('button')!.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({ id: 'arequipa-anemia-cero' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    });

    it('fires nothing when code changes properties', async () => {
      const el = await card(html`<practica-card practica-id="arequipa-anemia-cero"></practica-card>`);
      let count = 0;
      document.addEventListener('practicas-seleccion', () => count++);
      el.practicaId = 'apurimac-sigei';
      el.variante = 'compacta';
      await el.updateComplete;
      expect(count).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('reaches the title and disclosures with Tab, and operates them with Enter and Space', async () => {
      const el = await card(html`<practica-card practica-id="huanuco-primera-infancia-articulada"></practica-card>`);
      let selected = '';
      el.addEventListener('practicas-seleccion', (e) => (selected = e.detail.id));
      const title = part(el, 'title')!.querySelector('button')!;
      title.focus();
      await sendKeys({ press: 'Enter' });
      expect(selected).to.equal('huanuco-primera-infancia-articulada');
      await sendKeys({ press: 'Tab' });
      const fold = button(el, /Leer la descripción completa/);
      expect(shadow(el).activeElement).to.equal(fold);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(fold.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      const definition = button(el, /Ver definición/);
      expect(shadow(el).activeElement).to.equal(definition);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(definition.getAttribute('aria-expanded')).to.equal('true');
      const panel = shadow(el).getElementById(definition.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      expect([...panel.querySelectorAll('p')].map(text)).to.deep.equal([
        'Articulación interna: si promueve mecanismos de diálogo interno o si fortalece procesos institucionales clave para la entidad.',
        'Articulación externa: si promueve mecanismos de diálogo externo con otras entidades o niveles de gobierno',
      ]);
    });
  });

  describe('errors', () => {
    it('an unknown practica-id gives an alert that names it', async () => {
      const el = await card(html`<practica-card practica-id="no-existe"></practica-card>`);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.equal('No se encontró la práctica «no-existe» en el catálogo.');
    });

    it('no practice at all gives an alert that says what to do', async () => {
      const el = await card(html`<practica-card></practica-card>`);
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.equal(
        'No se indicó qué práctica mostrar: use el atributo practica-id.',
      );
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits a 320 px wide phone without overflowing', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await card(html`<practica-card practica-id="codigo-conducta-participativo" style="margin: 0"></practica-card>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth + 1);
    });

    it('inherits the host page font by default', async () => {
      const wrapper = await fixture(
        html`<div style="font-family: Georgia, serif"><practica-card practica-id="apurimac-sigei"></practica-card></div>`,
      );
      const el = wrapper.querySelector('practica-card')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'body')!).fontFamily).to.equal('Georgia, serif');
    });
  });

  describe('accessibility (axe-core)', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('the complete card, folded and unfolded', async () => {
      const el = await card(html`<practica-card practica-id="huanuco-primera-infancia-articulada"></practica-card>`);
      await expect(el).to.be.accessible();
      button(el, /Leer la descripción completa/).click();
      button(el, /Ver definición/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('the compact card, and the error state', async () => {
      await expect(
        await card(html`<practica-card practica-id="apurimac-sigei" variante="compacta"></practica-card>`),
      ).to.be.accessible();
      await expect(await card(html`<practica-card practica-id="no-existe"></practica-card>`)).to.be.accessible();
    });

    it('the colour scheme follows the page: light on a page that declares nothing, whatever the reader prefers', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const plain = await card(html`<practica-card practica-id="ica-ventanillas-unicas"></practica-card>`);
        expect(getComputedStyle(part(plain, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(plain).backgroundColor, 'the host paints its own surface').to.equal('rgb(255, 255, 255)');
        await expect(plain).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('the dark scheme: a page that declares color-scheme: light dark, and esquema="oscuro" or "auto"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const wrapper = await fixture(
          html`<div style="color-scheme: light dark; background:#000; padding:8px">
            <practica-card practica-id="ica-ventanillas-unicas"></practica-card>
          </div>`,
        );
        const el = wrapper.querySelector('practica-card')!;
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 24, 28)');
        await expect(wrapper).to.be.accessible();
        const auto = await card(html`<practica-card esquema="auto" practica-id="apurimac-sigei"></practica-card>`);
        expect(getComputedStyle(part(auto, 'base')!).backgroundColor).to.equal('rgb(22, 24, 28)');
        const light = await card(
          html`<div style="color-scheme: dark">
            <practica-card esquema="claro" practica-id="apurimac-sigei"></practica-card>
          </div>`,
        );
        const lightCard = light.querySelector('practica-card')!;
        await lightCard.updateComplete;
        expect(getComputedStyle(part(lightCard, 'base')!).backgroundColor, 'esquema="claro" beats the page').to.equal(
          'rgb(255, 255, 255)',
        );
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
      const forced = await card(html`<practica-card esquema="oscuro" practica-id="apurimac-sigei"></practica-card>`);
      expect(getComputedStyle(part(forced, 'base')!).backgroundColor).to.equal('rgb(22, 24, 28)');
      await expect(forced).to.be.accessible();
    });
  });
});
