import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/i18n/lang.js';
import { formatearLista, formatearNumero } from '../../src/i18n/numeros.js';

describe('number and list formatting', () => {
  it('prints exactly what Intl prints, for every supported locale', () => {
    for (const lang of ['es', 'en'] as const) {
      const intl = new Intl.NumberFormat(LOCALES[lang]);
      for (let n = 0; n < 1000; n++) expect(formatearNumero(n, lang)).to.equal(intl.format(n));
      for (const n of [1000, 10000, 1234567, 0.3, -5, 2.5]) expect(formatearNumero(n, lang)).to.equal(intl.format(n));
    }
    expect(formatearNumero(10000, 'es')).to.equal('10,000');
    expect(formatearNumero(0.3, 'es')).to.equal('0.3');
  });

  it('joins lists in the reader\'s language', () => {
    expect(formatearLista(['Apurímac', 'Lambayeque', 'San Martín'], 'es')).to.equal('Apurímac, Lambayeque y San Martín');
    expect(formatearLista(['San Martín', 'La Libertad'], 'en')).to.equal('San Martín and La Libertad');
    expect(formatearLista(['Cusco'], 'es')).to.equal('Cusco');
    expect(formatearLista([], 'es')).to.equal('');
  });
});
