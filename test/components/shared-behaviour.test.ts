// Behaviour every element gets from the same mixins, tested once per element:
// the dataset (ConDatos: loading, errors and retry, language, colour scheme) and
// the filter group (ConFiltros: changing `grupo` at run time).
import { expect, fixture } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/practicas.js';
import { bundledDataset } from '../../src/data/loader.js';
import { estadoDeGrupo } from '../../src/state/filtros-store.js';
import { runDatasetElementTests } from '../support/dataset-element-tests.js';
import { uniqueKey } from '../support/data.js';
import { part, parts, shadow, text } from '../support/elements.js';

const filas = (el: Element) => parts(el, 'row').map((tr) => tr.dataset.practicaId!);

runDatasetElementTests({
  tag: 'practica-card',
  atributos: 'practica-id="apurimac-sigei"',
  listo: (el) => text(part(el, 'title')) === 'Sistema Integral de Inversiones (SIGEI)',
  idioma: { leer: (el) => text(parts(el, 'badge')[0]), es: 'Buena práctica', en: 'Good practice' },
});

runDatasetElementTests({
  tag: 'practicas-lista',
  atributos: 'region="03" limite="4"',
  listo: (el) => parts(el, 'item').length === 4,
  idioma: { leer: (el) => text(part(el, 'more')), es: 'Ver todas (7)', en: 'Show all (7)' },
});

runDatasetElementTests({
  tag: 'practicas-mapa',
  listo: (el) => part(el, 'legend') !== null,
  idioma: { leer: (el) => part(el, 'map')!.getAttribute('aria-label')!, es: 'Regiones del Perú', en: 'Regions of Peru' },
  sinDatos: (el) => expect(shadow(el).querySelector('[role="button"]'), 'a region to choose').to.equal(null),
});

runDatasetElementTests({
  tag: 'anexo-tabla',
  listo: (el) => filas(el).length === 31,
  idioma: { leer: (el) => text(part(el, 'count')), es: '31 de 31 prácticas', en: '31 of 31 practices' },
});

runDatasetElementTests({
  tag: 'practicas-filtros',
  listo: (el) => shadow(el).querySelectorAll('select[data-filtro="region"] option').length > 1,
  idioma: { leer: (el) => text(part(el, 'count')), es: '31 de 31 prácticas', en: '31 of 31 practices' },
});

/** The practices of a region, in the publication's order. */
const deRegion = (region: string) =>
  bundledDataset()
    .practicas.filter((p) => p.regiones.includes(region))
    .map((p) => p.id);

/** For each element of a filter group: the region filter it shows, read from what the reader sees. */
const REGION_MOSTRADA: Record<string, (el: HTMLElement) => string> = {
  'practicas-lista': (el) => {
    const ids = parts(el, 'item').map(
      (li) => li.querySelector<HTMLElement & { practicaId: string }>('practica-card')!.practicaId,
    );
    return ['08', '13', '22'].find((r) => JSON.stringify(deRegion(r)) === JSON.stringify(ids)) ?? `none (${ids.length} cards)`;
  },
  'anexo-tabla': (el) =>
    ['08', '13', '22'].find((r) => JSON.stringify(deRegion(r)) === JSON.stringify(filas(el))) ??
    `none (${filas(el).length} rows)`,
  'practicas-mapa': (el) =>
    [...shadow(el).querySelectorAll('path[data-ubigeo][aria-pressed="true"]')].map((p) => p.getAttribute('data-ubigeo')).join() ||
    'none',
  'practicas-filtros': (el) => shadow(el).querySelector<HTMLSelectElement>('select[data-filtro="region"]')!.value || 'none',
};

for (const [tag, regionMostrada] of Object.entries(REGION_MOSTRADA)) {
  describe(`<${tag}>: changing grupo at run time`, () => {
    it('leaves the old group and joins the new one, showing its state', async () => {
      const [viejo, nuevo] = [uniqueKey('viejo'), uniqueKey('nuevo')];
      estadoDeGrupo(viejo).reemplazar({ region: '08' });
      estadoDeGrupo(nuevo).reemplazar({ region: '13' });
      const el = await fixture<ReactiveElement & { grupo: string | null }>(`<${tag} grupo="${viejo}"></${tag}>`);
      await el.updateComplete;
      expect(regionMostrada(el)).to.equal('08');

      el.grupo = nuevo;
      await el.updateComplete;
      expect(regionMostrada(el), 'the new group’s state').to.equal('13');
      // It follows the new group, and no longer the old one.
      estadoDeGrupo(nuevo).combinar({ region: '22' });
      await el.updateComplete;
      expect(regionMostrada(el)).to.equal('22');
      // The old group's changes no longer even ask it to update: it stopped listening.
      const pedir = el.requestUpdate.bind(el);
      let pedidas = 0;
      el.requestUpdate = (...args: Parameters<typeof pedir>) => {
        pedidas++;
        return pedir(...args);
      };
      estadoDeGrupo(viejo).combinar({ region: '13' });
      await el.updateComplete;
      expect(regionMostrada(el), 'a change in the old group').to.equal('22');
      expect(pedidas, 'updates asked by the old group').to.equal(0);
      delete (el as Partial<typeof el>).requestUpdate;
      // The same by attribute, and back.
      el.setAttribute('grupo', viejo);
      await el.updateComplete;
      expect(regionMostrada(el)).to.equal('13');
    });
  });
}
