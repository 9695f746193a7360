import { expect } from '@open-wc/testing';
import { FiltrosStore, limpiarFiltros, storeDeGrupo } from '../../src/state/filtros-store.js';

describe('filter state per group', () => {
  it('keeps only known keys with a value', () => {
    expect(limpiarFiltros({ region: ' 08 ', tema: '', q: ' agua ', ...({ otro: 'x' } as object) })).to.deep.equal({ region: '08', q: ' agua ' });
  });

  it('notifies once per real change, with a new frozen state object', () => {
    const store = new FiltrosStore();
    let changes = 0;
    store.addEventListener('cambio', () => changes++);
    const before = store.filtros;
    expect(store.actualizar({ region: '08' })).to.equal(true);
    expect(store.actualizar({ region: '08' })).to.equal(false);
    expect(store.actualizar({ tema: 'salud' })).to.equal(true);
    expect(store.actualizar({ region: '' })).to.equal(true);
    expect(changes).to.equal(3);
    expect(store.filtros).to.deep.equal({ tema: 'salud' });
    expect(store.filtros).not.to.equal(before);
    expect(Object.isFrozen(store.filtros)).to.equal(true);
  });

  it('gives one store per group, shared through globalThis (two copies of the library see the same)', () => {
    expect(storeDeGrupo('a')).to.equal(storeDeGrupo('a'));
    expect(storeDeGrupo('a')).not.to.equal(storeDeGrupo('b'));
    expect(storeDeGrupo()).to.equal(storeDeGrupo(''));
    const registry = (globalThis as unknown as Record<symbol, Map<string, FiltrosStore>>)[Symbol.for('practicas-widgets.filtros@1')];
    expect(registry.get('a')).to.equal(storeDeGrupo('a'));
  });
});
