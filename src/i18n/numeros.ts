import { LOCALES, type Lang } from './lang.js';

// One formatter per locale and kind, created on first use: building an Intl
// formatter loads locale data, which costs milliseconds on a page's first render.
const numeros = new Map<Lang, Intl.NumberFormat>();

/**
 * A number in the reader's locale. Whole numbers, the counts every widget
 * shows, skip Intl: es-PE and en both write them with a comma every three
 * digits ("10,000"), and a test holds that against Intl for both locales.
 * Creating the first Intl.NumberFormat of a page costs about 15 ms.
 */
export function formatearNumero(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n) && n >= 0) return n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  let f = numeros.get(lang);
  if (!f) numeros.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(n);
}

// Spanish writes "e" for "y" before a word that starts with the sound /i/ ("Lima e Ica",
// "Lima e Hidalgo"), but not before "hie" or "hia" ("Lima y hielo"), as CLDR's own rule does.
const SONIDO_I = /^(?:i|hi(?![ae]))/i;

/**
 * "a, b y c" / "a, b, and c": CLDR's conjunction lists for Spanish and English,
 * written out. Intl.ListFormat gives the same (a test holds it against Intl for
 * both locales), but creating the first one loads locale data: 40–100 ms on a
 * page's first render in Chromium, for every widget that shows regions.
 */
export function formatearLista(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  const ultimo = items[items.length - 1];
  const inicio = items.slice(0, -1).join(', ');
  if (lang === 'en') return items.length === 2 ? `${inicio} and ${ultimo}` : `${inicio}, and ${ultimo}`;
  return `${inicio} ${SONIDO_I.test(ultimo) ? 'e' : 'y'} ${ultimo}`;
}
