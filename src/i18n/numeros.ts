import { LOCALES, type Lang } from './lang.js';

// One formatter per locale and kind, created on first use: building an Intl
// formatter loads locale data, which costs milliseconds on a page's first render.
const numeros = new Map<Lang, Intl.NumberFormat>();
const listas = new Map<Lang, Intl.ListFormat>();

/**
 * A number in the reader's locale. Integers below 1000 print the same in
 * every supported locale (no grouping, no decimals), so they skip Intl.
 */
export function formatearNumero(n: number, lang: Lang): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
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
