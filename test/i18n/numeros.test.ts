import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/i18n/lang.js';
import { formatearLista, formatearNumero } from '../../src/i18n/numeros.js';

describe('number and list formatting', () => {
  it('prints exactly what Intl prints, for every supported locale', () => {
    for (const lang of ['es', 'en'] as const) {
      const intl = new Intl.NumberFormat(LOCALES[lang]);
      for (let n = 0; n < 1000; n++) expect(formatearNumero(n, lang)).to.equal(intl.format(n));
      // Whole numbers take a fast path that must agree with Intl at every length.
      for (let digits = 4; digits <= 16; digits++) {
        for (const n of [10 ** (digits - 1), 10 ** digits - 1, Math.floor(10 ** (digits - 1) * 1.2345)]) {
          expect(formatearNumero(n, lang), String(n)).to.equal(intl.format(n));
        }
      }
      for (const n of [1000, 10000, 1234567, Number.MAX_SAFE_INTEGER, 0.3, -5, -12345, 2.5, 12345.678]) {
        expect(formatearNumero(n, lang), String(n)).to.equal(intl.format(n));
      }
    }
    expect(formatearNumero(10000, 'es')).to.equal('10,000');
    expect(formatearNumero(0.3, 'es')).to.equal('0.3');
  });

  it("joins lists in the reader's language", () => {
    expect(formatearLista(['Apurímac', 'Lambayeque', 'San Martín'], 'es')).to.equal('Apurímac, Lambayeque y San Martín');
    expect(formatearLista(['San Martín', 'La Libertad'], 'en')).to.equal('San Martín and La Libertad');
    expect(formatearLista(['Cusco'], 'es')).to.equal('Cusco');
    expect(formatearLista([], 'es')).to.equal('');
  });
});
