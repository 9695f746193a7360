import { LOCALES, type Lang } from './lang.js';

// One formatter per locale and kind, created on first use: building an Intl
// formatter loads locale data, which costs milliseconds on a page's first render.
const numeros = new Map<Lang, Intl.NumberFormat>();
const listas = new Map<Lang, Intl.ListFormat>();

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

/** "a, b y c" / "a, b, and c". */
export function formatearLista(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  let f = listas.get(lang);
  if (!f) listas.set(lang, (f = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return f.format(items);
}
