import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/loader.js';
import { LOCALES } from '../../src/i18n/lang.js';
import { formatearLista, formatearNumero } from '../../src/i18n/numeros.js';

const d = bundledDataset();

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
    expect(formatearLista(['Lima', 'Ica'], 'es')).to.equal('Lima e Ica');
  });

  it('joins lists exactly as Intl.ListFormat does, "e" before the sound /i/ included', () => {
    // Every region name, and the words on both sides of Spanish's "y"/"e" rule.
    const palabras = [
      ...d.regiones.map((r) => r.nombre),
      ...['Ica', 'Hidalgo', 'hielo', 'hierba', 'Hiato', 'hio', 'hiu', 'hii', 'hí', 'HÍ', 'hiá', 'Iowa', 'ion', 'Ío', 'Íñigo'],
      ...['i', 'h', 'Hi', 'HIE', 'y', 'Yuri', 'ÍA', 'iéna', 'Huánuco', 'Ucayali', 'Ilave', 'Imperial', '', ' Ica', '«Ica»'],
    ];
    for (const lang of ['es', 'en'] as const) {
      const intl = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
      for (let i = 0; i < palabras.length; i++) {
        const listas = [[palabras[i]], [palabras[(i + 1) % palabras.length], palabras[i]], ['Cusco', 'Piura', palabras[i]]];
        listas.push(['Tacna', 'Puno', 'Tumbes', palabras[i]]);
        for (const lista of listas) expect(formatearLista(lista, lang), JSON.stringify(lista)).to.equal(intl.format(lista));
      }
    }
  });
});
