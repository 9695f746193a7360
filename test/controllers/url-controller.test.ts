import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/practicas-filtros/practicas-filtros.js';
import type { PracticasFiltros } from '../../src/components/practicas-filtros/practicas-filtros.js';
import { filtrosDeUrl, prefijoUrl, urlConFiltros } from '../../src/controllers/url-controller.js';
import { RegistroFiltros } from '../../src/state/filtros-store.js';
import { shadow } from '../support/elements.js';

describe('the address of a group (url-controller)', () => {
  it('prefixes the parameters of a named group only', () => {
    expect(prefijoUrl(null)).to.equal('');
    expect(prefijoUrl('  ')).to.equal('');
    expect(prefijoUrl(' catalogo ')).to.equal('catalogo.');
  });

  it("reads a group's filters from a query string, ignoring other groups and parameters", () => {
    const search = '?utm_source=boletin&region=08&q=agua%20potable&catalogo.tema=salud&tipo=';
    expect(filtrosDeUrl(search, '')).to.deep.equal({ tipo: '', region: '08', q: 'agua potable' });
    expect(filtrosDeUrl(search, 'catalogo.')).to.deep.equal({ tema: 'salud' });
    expect(filtrosDeUrl('', '')).to.deep.equal({});
  });

  it('writes the filters into an address, keeping other parameters and the hash, removing empty ones', () => {
    const href = 'https://example.org/p?utm_source=boletin&region=03&catalogo.region=08#catalogo';
    expect(urlConFiltros(href, { tema: 'salud', q: 'agua' }, '')).to.equal(
      'https://example.org/p?utm_source=boletin&catalogo.region=08&tema=salud&q=agua#catalogo',
    );
    expect(urlConFiltros(href, {}, 'catalogo.')).to.equal('https://example.org/p?utm_source=boletin&region=03#catalogo');
  });
});

describe('<practicas-filtros sincronizar-url> at run time', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  const params = () => Object.fromEntries(new URLSearchParams(location.search));
  const choose = async (el: PracticasFiltros, dim: string, value: string) => {
    const s = shadow(el).querySelector<HTMLSelectElement>(`select[data-filtro="${dim}"]`)!;
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  };

  it('turned on: restores the group from the address and mirrors it; turned off: leaves the address alone', async () => {
    history.replaceState(null, '', `${location.pathname}?sincro.region=08&otro=1`);
    const el = await fixture<PracticasFiltros>(
      html`<practicas-filtros grupo="sincro" .registroFiltros=${new RegistroFiltros()}></practicas-filtros>`,
    );
    await choose(el, 'tema', 'salud');
    // Off (the default): the address is neither read nor written.
    expect(el.filtros).to.deep.equal({ tema: 'salud' });
    expect(params()).to.deep.equal({ 'sincro.region': '08', otro: '1' });

    el.sincronizarUrl = true;
    await el.updateComplete;
    expect(el.filtros).to.deep.equal({ tema: 'salud', region: '08' });
    expect(params()).to.deep.equal({ 'sincro.region': '08', otro: '1', 'sincro.tema': 'salud' });
    await choose(el, 'tipo', 'en-proceso');
    expect(params()['sincro.tipo']).to.equal('en-proceso');

    el.sincronizarUrl = false;
    await el.updateComplete;
    await choose(el, 'criterio', 'innovacion');
    expect(el.filtros.criterio).to.equal('innovacion');
    expect(params()).to.not.have.property('sincro.criterio');
  });

  it('follows a change of grupo: restores the new group from its parameters and writes under its name', async () => {
    history.replaceState(null, '', `${location.pathname}?b.region=03`);
    const registro = new RegistroFiltros();
    const el = await fixture<PracticasFiltros>(
      html`<practicas-filtros grupo="a" sincronizar-url .registroFiltros=${registro}></practicas-filtros>`,
    );
    await choose(el, 'tema', 'salud');
    expect(params()).to.deep.equal({ 'b.region': '03', 'a.tema': 'salud' });

    el.grupo = 'b';
    await el.updateComplete;
    expect(el.filtros).to.deep.equal({ region: '03' });
    await choose(el, 'nivel', 'municipal');
    expect(params()).to.deep.equal({ 'b.region': '03', 'a.tema': 'salud', 'b.nivel': 'municipal' });
    // Group a keeps its state; only b follows the address now.
    expect(registro.estadoDeGrupo('a').filtros).to.deep.equal({ tema: 'salud' });
  });

  it('follows a change of registry', async () => {
    history.replaceState(null, '', `${location.pathname}?region=21`);
    const el = await fixture<PracticasFiltros>(
      html`<practicas-filtros sincronizar-url .registroFiltros=${new RegistroFiltros()}></practicas-filtros>`,
    );
    await choose(el, 'region', '08');
    expect(params()).to.deep.equal({ region: '08' });
    const otro = new RegistroFiltros();
    el.registroFiltros = otro;
    await el.updateComplete;
    // The new registry's group starts from the address as it is now.
    expect(otro.estadoDeGrupo('').filtros).to.deep.equal({ region: '08' });
    await choose(el, 'tema', 'ambiente');
    expect(params()).to.deep.equal({ region: '08', tema: 'ambiente' });
  });
});
