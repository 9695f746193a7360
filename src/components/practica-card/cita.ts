/**
 * The card's footer pieces that come from the dataset's sources: the citation
 * of the practice's own source, and the «[sic]» marks after the publication's
 * errata (notas of tipo `errata`), which a page may ask for.
 */
import { html, type TemplateResult } from 'lit';
import type { Dataset, Practica } from '../../data/schema.js';
import type { Lang } from '../../i18n/lang.js';
import type { Mensajes } from '../../i18n/mensajes.js';
import { formatearNumero } from '../../i18n/numeros.js';

/** «Fuente: <cite>Title</cite> (Publisher, 2018), sección desde p. 20». */
export function renderCita(p: Practica, datos: Dataset, lang: Lang, m: Mensajes): TemplateResult {
  // A dataset given in code as `datos` is not validated: an unknown source shows its id, never throws.
  const fuente = datos.fuentes?.find((f) => f.id === p.fuente);
  const anio = fuente?.fecha.slice(0, 4);
  const pagina =
    p.pagina !== undefined
      ? m.pagina(formatearNumero(p.pagina, lang))
      : p.paginaSeccion !== undefined
        ? m.paginaSeccion(formatearNumero(p.paginaSeccion, lang))
        : undefined;
  const detalle = [fuente?.editor, anio].filter(Boolean).join(', ');
  return html`<p>
    <span lang=${lang}>${m.fuente}:</span> <cite>${fuente?.titulo ?? p.fuente}</cite>${detalle ? ` (${detalle})` : ''}${
      pagina ? html`, <span lang=${lang}>${pagina}</span>` : ''
    }
  </p>`;
}

/** Marks a field's text: returns it as it is, or with «[sic]» after each erratum it holds. */
export type Marcador = (campo: string, texto: string) => string | (string | TemplateResult)[];

/** The marker for one practice: a no-op unless `activo` and the practice has errata notas. */
export function marcadorSic(p: Practica, activo: boolean, lang: Lang, m: Mensajes): Marcador {
  const erratas = activo ? p.notas.filter((n) => n.tipo === 'errata' && n.original) : [];
  if (erratas.length === 0) return (_campo, texto) => texto;
  const marca = html`<abbr class="sic" title=${m.sicTitulo} lang=${lang}>[sic]</abbr>`;
  return (campo, texto) => {
    const originales = erratas.filter((n) => n.campo === campo && texto.includes(n.original!)).map((n) => n.original!);
    if (originales.length === 0) return texto;
    // Split after each occurrence of any erratum of this field, longest first so that one inside another marks once.
    originales.sort((a, b) => b.length - a.length);
    const partes: (string | TemplateResult)[] = [];
    let resto = texto;
    for (;;) {
      let mejor: { at: number; original: string } | undefined;
      for (const original of originales) {
        const at = resto.indexOf(original);
        if (at >= 0 && (!mejor || at < mejor.at)) mejor = { at, original };
      }
      if (!mejor) break;
      const fin = mejor.at + mejor.original.length;
      partes.push(resto.slice(0, fin), ' ', marca);
      resto = resto.slice(fin);
    }
    partes.push(resto);
    return partes;
  };
}
