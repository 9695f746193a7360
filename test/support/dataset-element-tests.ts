// One suite for every element that shows the catalogue (ConDatos): loading from
// `src`, a failed `src` and its retry, the interface language, and the colour
// scheme. Each element's test file runs it with what that element shows once the
// data is there; the behaviour is shared, so its tests are too.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearDatasetCache } from '../../src/data/loader.js';
import { hits, uniqueKey } from './data.js';
import { part, shadow, text, watchUncaught } from './elements.js';

export interface ElementoConDatos {
  tag: string;
  /** Attributes the element needs to show something (`practica-id="…"`); a unique `grupo` is added. */
  atributos?: string;
  /** Whether the content from the dataset is shown. */
  listo(el: HTMLElement): boolean;
  /** A text of the element's own interface, and what it reads in Spanish and in English. */
  idioma: { leer(el: HTMLElement): string; es: string; en: string };
  /** What else must hold while the load has failed (the map offers no region to choose). */
  sinDatos?(el: HTMLElement): void;
}

type Elemento = HTMLElement & { updateComplete: Promise<boolean>; src: string | null; lang: string };

/** Relative luminance of a computed rgb() colour. */
export function luminancia(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function runDatasetElementTests({ tag, atributos = '', listo, idioma, sinDatos }: ElementoConDatos): void {
  /** The element inside a wrapper (`<div ${envoltura}>`), rendered once. */
  async function montar(extra = '', envoltura = ''): Promise<Elemento> {
    const wrapper = await fixture<HTMLElement>(
      `<div ${envoltura}><${tag} grupo="${uniqueKey('suite')}" ${atributos} ${extra}></${tag}></div>`,
    );
    const el = wrapper.querySelector<Elemento>(tag)!;
    await el.updateComplete;
    return el;
  }
  const alerta = (el: Element) => shadow(el).querySelector('[role="alert"]');

  describe(`<${tag}>: the shared behaviour of dataset-backed elements`, () => {
    afterEach(async () => {
      clearDatasetCache();
      await emulateMedia({ colorScheme: 'light' });
    });

    describe('loading', () => {
      it('loads src once, showing a polite loading state meanwhile', async () => {
        const key = uniqueKey(tag);
        const el = await montar(`src="/fixtures/dataset/${key}?delay=150"`);
        const status = part(el, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(text(status)).to.equal('Cargando el catálogo de prácticas…');
        expect(listo(el)).to.equal(false);
        await waitUntil(() => listo(el), 'the content from src renders');
        expect(await hits(key)).to.equal(1);
      });

      it('a failed src gives an alert naming the problem, and its retry button loads again; nothing reaches the page', async () => {
        const key = uniqueKey(tag);
        const watch = watchUncaught();
        try {
          const el = await montar(`src="/fixtures/flaky/${key}"`);
          await waitUntil(() => alerta(el), 'the error renders');
          expect(text(alerta(el)))
            .to.contain('No se pudo cargar el catálogo de prácticas.')
            .and.contain('error 500');
          expect(listo(el)).to.equal(false);
          sinDatos?.(el);
          const boton = alerta(el)!.querySelector('button')!;
          expect(text(boton)).to.equal('Reintentar');
          boton.click();
          await waitUntil(() => listo(el), 'the content renders after the retry');
          expect(alerta(el)).to.equal(null);
          expect(await hits(`flaky/${key}`)).to.equal(2);
        } finally {
          watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
      });

      it('removing a failed src shows the bundled catalogue', async () => {
        const watch = watchUncaught();
        try {
          const el = await montar('src="/fixtures/status/500"');
          await waitUntil(() => alerta(el), 'the error renders');
          el.src = null;
          await waitUntil(() => listo(el), 'the bundled catalogue renders once src is removed');
          expect(alerta(el)).to.equal(null);
        } finally {
          watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
      });
    });

    describe('language', () => {
      it('speaks Spanish by default, and English with lang="en" on an ancestor or on itself, switching at run time', async () => {
        const es = await montar();
        expect(idioma.leer(es)).to.equal(idioma.es);
        const enAncestor = await montar('', 'lang="en"');
        expect(idioma.leer(enAncestor)).to.equal(idioma.en);
        // A lang change is seen by a MutationObserver, which re-renders in a later microtask.
        es.lang = 'en';
        await waitUntil(() => idioma.leer(es) === idioma.en, 'English after lang="en" is set');
        es.lang = 'es-PE';
        await waitUntil(() => idioma.leer(es) === idioma.es, 'Spanish again after lang="es-PE"');
      });

      it('says loading and loading errors in English too', async () => {
        const cargando = await montar(`src="/fixtures/dataset/${uniqueKey(tag)}?delay=150"`, 'lang="en"');
        expect(text(part(cargando, 'status'))).to.equal('Loading the catalogue of practices…');
        const watch = watchUncaught();
        try {
          const fallido = await montar('src="/fixtures/status/404"', 'lang="en"');
          await waitUntil(() => alerta(fallido), 'the error renders');
          expect(text(alerta(fallido))).to.contain('The catalogue of practices could not be loaded.');
          expect(text(alerta(fallido)!.querySelector('button'))).to.equal('Try again');
        } finally {
          watch.stop();
        }
      });
    });

    describe('colour scheme', () => {
      const oscuro = (el: Element) => {
        const fondo = getComputedStyle(el).backgroundColor;
        expect(fondo, 'the host paints its own surface').to.not.equal('rgba(0, 0, 0, 0)');
        const claroSobreOscuro = luminancia(fondo) < 0.2 && luminancia(getComputedStyle(el).color) > 0.5;
        const oscuroSobreClaro = luminancia(fondo) > 0.8 && luminancia(getComputedStyle(el).color) < 0.2;
        expect(claroSobreOscuro || oscuroSobreClaro, `text ${getComputedStyle(el).color} on ${fondo}`).to.equal(true);
        return claroSobreOscuro;
      };

      for (const [caso, extra, envoltura, esperado] of [
        ['a plain page, the reader preferring dark: light', '', '', false],
        ['a page with color-scheme: light dark, the reader preferring dark: dark', '', 'style="color-scheme: light dark"', true],
        ['esquema="oscuro" on a plain page: dark', 'esquema="oscuro"', '', true],
        ['esquema="auto", the reader preferring dark: dark', 'esquema="auto"', '', true],
        ['esquema="claro" on a dark page: light', 'esquema="claro"', 'style="color-scheme: dark"', false],
      ] as const) {
        it(caso, async () => {
          await emulateMedia({ colorScheme: 'dark' });
          expect(oscuro(await montar(extra, envoltura))).to.equal(esperado);
        });
      }

      it('esquema="auto" follows the reader when the preference changes', async () => {
        const el = await montar('esquema="auto"');
        expect(oscuro(el)).to.equal(false);
        await emulateMedia({ colorScheme: 'dark' });
        expect(oscuro(el)).to.equal(true);
      });
    });
  });
}
