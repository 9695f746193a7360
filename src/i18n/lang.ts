/** Interface languages. Spanish (es-PE) is the default; the data stays as published. */
export type Lang = 'es' | 'en';

export const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en' };

/**
 * The interface language for an element: its own or its nearest ancestor's
 * `lang` (crossing shadow roots), else the document's; anything that is not
 * English gives Spanish. Without a DOM (server rendering with
 * `@lit-labs/ssr`, whose shim element knows only its own attributes), the
 * element's own `lang`, else Spanish.
 */
export function resolveLang(el: Element): Lang {
  if (typeof Element === 'undefined' || typeof ShadowRoot === 'undefined') return pick(el.getAttribute('lang'));
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return pick(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return pick(el.ownerDocument?.documentElement.lang);
}

function pick(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'es';
}
