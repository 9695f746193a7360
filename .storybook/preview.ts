import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { useEffect } from 'storybook/preview-api';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json' with { type: 'json' };
import { DECLARACIONES, ETIQUETAS, argTypesDesdeManifiesto } from '../stories/ayudas.js';

interface Member {
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
}

// Autodocs and controls come from the manifest (generated from the JSDoc by
// `npm run analyze`); private, protected and static members are not API.
const publicManifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: ((module as { declarations?: Declaration[] }).declarations ?? []).map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
    })),
  })),
};
setCustomElementsManifest(publicManifest);

// Stories are read as on a Peruvian portal: Spanish page. The «Idioma» toolbar
// switch (below) sets `lang` on a wrapper, which the widgets follow.
document.documentElement.lang = 'es-PE';

/**
 * Typed controls: the web-components framework gives every attribute the type
 * text of the manifest (`string | null`), which Storybook cannot map to a
 * control, so it showed a JSON editor. This runs after the framework's
 * extraction and before the controls are inferred; a control a story sets
 * itself (`argTypes: { esquema: { control: 'inline-radio' } }`) wins.
 */
const controlesDelManifiesto: ArgTypesEnhancer = (context) => {
  const { argTypes, component } = context;
  if (typeof component !== 'string') return argTypes;
  const resultado: StrictArgTypes = { ...argTypes };
  for (const [nombre, tipado] of Object.entries(argTypesDesdeManifiesto(component))) {
    const actual = argTypes[nombre];
    if (!actual || actual.control !== undefined) continue;
    resultado[nombre] = { ...actual, ...tipado };
  }
  return resultado;
};

type Fondo = 'claro' | 'oscuro' | 'sistema';
type Esquema = 'pagina' | 'claro' | 'oscuro' | 'auto';

const FONDOS: Record<Fondo, { background: string; color: string; 'color-scheme': string }> = {
  // A portal that declares nothing: light, whatever the reader's system prefers.
  claro: { background: '#ffffff', color: '#1f2328', 'color-scheme': 'normal' },
  // A dark portal that says so.
  oscuro: { background: '#121212', color: '#e8eaed', 'color-scheme': 'dark' },
  // A portal that supports both and follows the reader (`color-scheme: light dark`).
  sistema: { background: 'Canvas', color: 'CanvasText', 'color-scheme': 'light dark' },
};

/**
 * Every story, in the docs and on the canvas, inside a "portal page" set by the
 * toolbar: its language (`lang`), its background and `color-scheme`, and the
 * widgets' `esquema`. Also makes every typed control live: an attribute or CSS
 * custom property arg the reader changed is set on the story's widget, even when
 * the story's template does not bind it. Whatever this sets is undone by rendering the story afresh
 * (keyed), so toggling back never leaves a stale attribute behind.
 */
const paginaDelPortal: Decorator = (story, context) => {
  const { globals, args, initialArgs, component, viewMode } = context;
  const idioma = globals.idioma === 'en' ? 'en' : 'es-PE';
  const fondo = FONDOS[(globals.fondo as Fondo) in FONDOS ? (globals.fondo as Fondo) : 'claro'];
  const esquema = (globals.esquema as Esquema | undefined) ?? 'pagina';
  const declaracion = DECLARACIONES.get(String(component));
  const atributos = new Set((declaracion?.attributes ?? []).map((a) => a.name));
  const propiedades = new Set((declaracion?.cssProperties ?? []).map((p) => p.name));
  const cambiados = Object.entries(args).filter(
    ([nombre, valor]) => (atributos.has(nombre) || propiedades.has(nombre)) && valor !== initialArgs[nombre],
  );
  const clave = JSON.stringify([esquema, cambiados]);

  useEffect(() => {
    const raiz = document.querySelector(`[data-practicas-marco="${CSS.escape(context.id)}"]`);
    if (!raiz) return;
    if (esquema !== 'pagina') raiz.querySelectorAll(ETIQUETAS.join(',')).forEach((el) => el.setAttribute('esquema', esquema));
    for (const el of raiz.querySelectorAll(String(component))) {
      for (const [nombre, valor] of cambiados) {
        if (propiedades.has(nombre)) (el as HTMLElement).style.setProperty(nombre, valor ? String(valor) : null);
        else if (valor === undefined || valor === null || valor === false) el.removeAttribute(nombre);
        else el.setAttribute(nombre, valor === true ? '' : String(valor));
      }
    }
  });

  // On the canvas the whole page is the portal; in the docs, each story's box.
  if (viewMode !== 'docs') {
    document.documentElement.lang = idioma;
    document.documentElement.style.colorScheme = fondo['color-scheme'];
    document.body.style.background = fondo.background;
    document.body.style.color = fondo.color;
  }
  const estilo = viewMode === 'docs' ? { ...fondo, padding: '1em' } : { 'color-scheme': fondo['color-scheme'] };
  return html`<div data-practicas-marco=${context.id} lang=${idioma} style=${styleMap(estilo)}>${keyed(clave, story())}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [paginaDelPortal],
  globalTypes: {
    idioma: {
      description: 'Idioma de la interfaz de los elementos (lang) / interface language',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español (es-PE)', right: 'es' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    esquema: {
      description: 'Atributo esquema de cada elemento / every widget’s esquema attribute',
      toolbar: {
        title: 'Esquema',
        icon: 'contrast',
        items: [
          { value: 'pagina', title: 'Esquema: el de la página (sin atributo)' },
          { value: 'claro', title: 'esquema="claro"' },
          { value: 'oscuro', title: 'esquema="oscuro"' },
          { value: 'auto', title: 'esquema="auto" (el del sistema)' },
        ],
        dynamicTitle: true,
      },
    },
    fondo: {
      description: 'La página que rodea a los elementos: fondo y color-scheme / the page around the widgets',
      toolbar: {
        title: 'Página',
        icon: 'paintbrush',
        items: [
          { value: 'claro', title: 'Página clara (no declara color-scheme)' },
          { value: 'oscuro', title: 'Página oscura (color-scheme: dark)' },
          { value: 'sistema', title: 'Página clara u oscura según el sistema (color-scheme: light dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { idioma: 'es', esquema: 'pagina', fondo: 'claro' },
  argTypesEnhancers: [controlesDelManifiesto],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The «Página» switch above replaces the backgrounds tool: a page background alone,
    // without its color-scheme, is not how a dark portal looks to the widgets.
    backgrounds: { disable: true },
    // The inline stories of a docs page read as Spanish; the docs' own prose stays English.
    htmlLang: 'es-PE',
  },
};

export default preview;
