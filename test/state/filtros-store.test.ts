import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/practicas-filtros/practicas-filtros.js';
import '../../src/components/anexo-tabla/anexo-tabla.js';
import type { PracticasFiltros } from '../../src/components/practicas-filtros/practicas-filtros.js';
import type { AnexoTabla } from '../../src/components/anexo-tabla/anexo-tabla.js';
import {
  EstadoFiltros,
  RegistroFiltros,
  limpiarFiltros,
  registroDePagina,
  estadoDeGrupo,
} from '../../src/state/filtros-store.js';
import { part, shadow, text } from '../support/elements.js';

describe('filter state per group', () => {
  it('keeps only known keys with a value', () => {
    expect(limpiarFiltros({ region: ' 08 ', tema: '', q: ' agua ', ...({ otro: 'x' } as object) })).to.deep.equal({
      region: '08',
      q: ' agua ',
    });
  });

  it('notifies once per real change, with a new frozen state object', () => {
    const store = new EstadoFiltros();
    let changes = 0;
    store.addEventListener('cambio', () => changes++);
    const before = store.filtros;
    expect(store.combinar({ region: '08' })).to.equal(true);
    expect(store.combinar({ region: '08' })).to.equal(false);
    expect(store.combinar({ tema: 'salud' })).to.equal(true);
    expect(store.combinar({ region: '' })).to.equal(true);
    expect(changes).to.equal(3);
    expect(store.filtros).to.deep.equal({ tema: 'salud' });
    expect(store.filtros).not.to.equal(before);
    expect(Object.isFrozen(store.filtros)).to.equal(true);
  });

  it('gives one store per group, in the page registry shared through globalThis (two copies of the library see the same)', () => {
    expect(estadoDeGrupo('a')).to.equal(estadoDeGrupo('a'));
    expect(estadoDeGrupo('a')).not.to.equal(estadoDeGrupo('b'));
    expect(estadoDeGrupo()).to.equal(estadoDeGrupo(''));
    const pagina = (globalThis as unknown as Record<symbol, RegistroFiltros>)[Symbol.for('practicas-widgets.registro-filtros@1')];
    expect(pagina).to.equal(registroDePagina());
    expect(pagina.estadoDeGrupo('a')).to.equal(estadoDeGrupo('a'));
  });

  it('a registry of its own holds its own stores', () => {
    const registro = new RegistroFiltros();
    expect(registro.estadoDeGrupo('a')).to.equal(registro.estadoDeGrupo('a'));
    expect(registro.estadoDeGrupo()).to.equal(registro.estadoDeGrupo(''));
    expect(registro.estadoDeGrupo('a')).not.to.equal(estadoDeGrupo('a'));
    expect(registro.estadoDeGrupo('a')).not.to.equal(new RegistroFiltros().estadoDeGrupo('a'));
    registro.estadoDeGrupo('a').reemplazar({ region: '08' });
    expect(estadoDeGrupo('a').filtros).to.deep.equal({});
  });
});

describe('elements with a registry of their own (registroFiltros)', () => {
  const grupo = 'registro-propio';
  const count = (el: Element) => text(part(el, 'count'));
  const address = location.href;
  afterEach(() => {
    estadoDeGrupo(grupo).reemplazar({});
    history.replaceState(null, '', address);
  });

  it('two sets of elements of the same group, with different registries, do not affect each other; without one, the page registry', async () => {
    const a = new RegistroFiltros();
    const b = new RegistroFiltros();
    const page = await fixture(
      html`<div>
        <practicas-filtros id="barra-a" grupo=${grupo} .registroFiltros=${a}></practicas-filtros>
        <anexo-tabla id="tabla-a" grupo=${grupo} .registroFiltros=${a}></anexo-tabla>
        <anexo-tabla id="tabla-b" grupo=${grupo} .registroFiltros=${b}></anexo-tabla>
        <anexo-tabla id="tabla-pagina" grupo=${grupo}></anexo-tabla>
      </div>`,
    );
    const barraA = page.querySelector<PracticasFiltros>('#barra-a')!;
    const [tablaA, tablaB, tablaPagina] = ['#tabla-a', '#tabla-b', '#tabla-pagina'].map((id) =>
      page.querySelector<AnexoTabla>(id)!,
    );
    const all = [barraA, tablaA, tablaB, tablaPagina];
    await Promise.all(all.map((el) => el.updateComplete));
    expect(tablaPagina.registroFiltros).to.equal(null);

    // The reader picks Cusco in A's bar: only A's table follows, and A's event says so.
    const select = shadow(barraA).querySelector<HTMLSelectElement>('select[data-filtro="region"]')!;
    select.value = '08';
    const cambio = oneEvent(barraA, 'practicas-filtros-cambio');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await cambio).detail).to.deep.equal({ grupo, filtros: { region: '08' } });
    await Promise.all(all.map((el) => el.updateComplete));
    expect(count(tablaA)).to.equal('3 de 31 prácticas');
    expect(count(tablaB)).to.equal('31 de 31 prácticas');
    expect(count(tablaPagina)).to.equal('31 de 31 prácticas');
    expect(a.estadoDeGrupo(grupo).filtros).to.deep.equal({ region: '08' });
    expect(b.estadoDeGrupo(grupo).filtros).to.deep.equal({});
    expect(estadoDeGrupo(grupo).filtros).to.deep.equal({});

    // The page registry reaches only the element without a registry of its own.
    estadoDeGrupo(grupo).reemplazar({ tema: 'salud' });
    await Promise.all(all.map((el) => el.updateComplete));
    expect(count(tablaPagina)).to.equal('5 de 31 prácticas');
    expect(count(tablaA)).to.equal('3 de 31 prácticas');
    expect(count(tablaB)).to.equal('31 de 31 prácticas');

    // A registry given later, or taken back, switches the element to that state.
    tablaB.registroFiltros = a;
    await tablaB.updateComplete;
    expect(count(tablaB)).to.equal('3 de 31 prácticas');
    a.estadoDeGrupo(grupo).reemplazar({});
    await tablaB.updateComplete;
    expect(count(tablaB)).to.equal('31 de 31 prácticas');
    tablaB.registroFiltros = null;
    await tablaB.updateComplete;
    expect(count(tablaB)).to.equal('5 de 31 prácticas');
  });

  it('attribute presets and the address (sincronizar-url) go to the element’s registry', async () => {
    history.replaceState(null, '', `?${grupo}.tema=salud`);
    const registro = new RegistroFiltros();
    const page = await fixture(
      html`<div>
        <practicas-filtros grupo=${grupo} sincronizar-url .registroFiltros=${registro}></practicas-filtros>
        <anexo-tabla grupo=${grupo} tipo="buena-practica" .registroFiltros=${registro}></anexo-tabla>
      </div>`,
    );
    const [barra, tabla] = [...page.children] as [PracticasFiltros, AnexoTabla];
    await Promise.all([barra.updateComplete, tabla.updateComplete]);
    expect(registro.estadoDeGrupo(grupo).filtros).to.deep.equal({ tema: 'salud', tipo: 'buena-practica' });
    expect(estadoDeGrupo(grupo).filtros).to.deep.equal({});
    expect(count(tabla)).to.equal('5 de 31 prácticas');
    // A change in that registry is mirrored into the address, once the bar has updated.
    registro.estadoDeGrupo(grupo).combinar({ region: '13' });
    await barra.updateComplete;
    expect(new URL(location.href).searchParams.get(`${grupo}.region`)).to.equal('13');
  });
});
