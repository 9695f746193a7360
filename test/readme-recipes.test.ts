// The README's embedding recipes, tested as written: every ```html block of
// the section "Insertar en un portal / Embedding" is read from README.md at
// test time and pasted into a fresh page (an iframe); the JS recipe runs in a
// module script after recipe 1's elements. Only the library's URLs are
// rewritten, to the locally built bundles (run `npm run build` first); any
// other outside URL must be listed in EXTERNAL below, so a new one fails the
// test until someone decides how to serve it. Each page must render every
// widget (content in its shadow root, no alert, no empty catalogue) and log no
// error.
import { expect, waitUntil } from '@open-wc/testing';
import { MENSAJES } from '../src/i18n/mensajes.js';

const TAGS = ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros'];

/** Example URLs of other servers that recipes name, and the local file that stands in for each. */
const EXTERNAL: Record<string, string> = {
  // Recipe 11: a hypothetical updated dataset with the same schema.
  'https://datos.gob.pe/practicas/2026.json': '/data/practicas.json',
};

interface Recipe {
  name: string;
  lang: 'html' | 'js';
  code: string;
}

/** The code blocks of README.md's embedding section, each named by the recipe it belongs to. */
async function recipes(): Promise<Recipe[]> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.indexOf('\n## Insertar en un portal / Embedding');
  expect(start, 'the README has the embedding section').to.be.greaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const found: Recipe[] = [];
  let name = '(before the first recipe)';
  const lines = section.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^\*\*(\d+b?)\. ([^*]+)\*\*/.exec(lines[i]);
    if (heading) name = `${heading[1]}. ${heading[2].trim()}`;
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    if (fence[1] === 'html' || fence[1] === 'js') found.push({ name, lang: fence[1], code: body.join('\n') });
  }
  return found;
}

/** The library's URLs (self-hosted path or CDN) → the local bundles; every other outside URL must be in EXTERNAL. */
function localise(code: string): string {
  const rewritten = code
    .replace(
      /(["'])[^"']*\/practicas-widgets(?:@[^/"']+)?\/(?:cdn\/)?practicas(\.iife)?\.js\1/g,
      (_m, q: string, iife = '') => `${q}/cdn/practicas${iife}.js${q}`,
    )
    .replace(/https?:\/\/[^\s"'<>)]+/g, (url) => {
      if (url in EXTERNAL) return EXTERNAL[url];
      throw new Error(`a recipe loads ${url}: map it to a local file in EXTERNAL`);
    });
  return rewritten;
}

/** Collects, inside the recipe page, uncaught errors, rejections, console.error and failed loads. */
const WATCH = `<script>
  window.__problemas = [];
  addEventListener('error', (e) => __problemas.push(e.error ? String(e.error.stack || e.error) : 'failed to load ' + (e.target.src || e.target.href || e.target.localName)), true);
  addEventListener('unhandledrejection', (e) => __problemas.push('unhandled rejection: ' + String(e.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { __problemas.push('console.error: ' + args.join(' ')); consoleError(...args); };
</script>`;

let frame: HTMLIFrameElement | undefined;

/** A fresh page with `markup` pasted as a portal's editor would, after a plain head. */
async function page(markup: string): Promise<Window & { __problemas: string[] }> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 800px; border: 0';
  frame.src = '/test/fixtures/receta.html';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __problemas: string[] };
  const doc = win.document;
  doc.open();
  doc.write(`<!doctype html><html lang="es-PE"><head><meta charset="utf-8"><title>Receta</title>${WATCH}\n${markup}\n</html>`);
  doc.close();
  // document.open() drops the window's listeners, so the page's load is read from readyState.
  await waitUntil(() => win.document.readyState === 'complete', 'the recipe page loads', { timeout: 10_000 });
  return win;
}

/** Every widget of the page, once defined and rendered with its data. */
async function rendered(win: Window): Promise<HTMLElement[]> {
  const doc = win.document;
  const widgets = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
  // A misspelt tag would otherwise sit there empty and unnoticed.
  const unknown = [...doc.querySelectorAll('*')]
    .map((el) => el.localName)
    .filter((name) => name.includes('-') && !TAGS.includes(name));
  expect(unknown, 'elements the library does not define').to.deep.equal([]);
  for (const tag of TAGS) await waitUntil(() => win.customElements.get(tag), `<${tag}> is defined`, { timeout: 5000 });
  for (const w of widgets) {
    await (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(
      () => {
        const root = w.shadowRoot;
        if (!root || !root.querySelector(':not(style, link, slot)')) return false;
        // Still loading its dataset?
        return !root.querySelector('[part~="status"][role="status"]') && !(root.textContent ?? '').includes(MENSAJES.es.cargando);
      },
      `<${w.localName}${w.getAttribute('grupo') ? ` grupo="${w.getAttribute('grupo')}"` : ''}> renders its content`,
      { timeout: 8000 },
    );
  }
  return widgets;
}

function expectHealthy(win: Window & { __problemas: string[] }, widgets: HTMLElement[]) {
  for (const w of widgets) {
    const root = w.shadowRoot!;
    const alert = root.querySelector('[part~="error"], [role="alert"]');
    // Strings only: an assertion error must not carry a node of the recipe's frame.
    expect(alert?.textContent?.replace(/\s+/g, ' ').trim() ?? null, `<${w.localName}> shows no alert`).to.equal(null);
    const text = root.textContent ?? '';
    expect(text, `<${w.localName}> is not an empty catalogue`).not.to.contain(MENSAJES.es.vacio);
    expect(text, `<${w.localName}> counts some practices`).not.to.match(/\b0 de \d+ prácticas/);
    const box = w.getBoundingClientRect();
    expect(box.width * box.height, `<${w.localName}> takes up room on the page`).to.be.greaterThan(0);
  }
  expect(win.__problemas).to.deep.equal([]);
}

describe('README recipes, as written', function () {
  this.timeout(30_000);
  let all: Recipe[] = [];

  before(async () => {
    all = await recipes();
  });
  after(() => frame?.remove());

  it('finds the recipes: several HTML ones and the JS one', () => {
    expect(all.filter((r) => r.lang === 'html').length).to.be.greaterThan(5);
    expect(all.filter((r) => r.lang === 'js')).to.have.length(1);
  });

  it('every HTML recipe renders its widgets and logs no error', async () => {
    const html = all.filter((r) => r.lang === 'html');
    // A recipe with no script tag of its own (5, 6b, 7, 11) goes on a page that loads the library as recipe 1 does.
    const loader = localise(html.find((r) => /<script[^>]+type="module"/.test(r.code))!.code.split('\n')[0]);
    for (const recipe of html) {
      const code = localise(recipe.code);
      const markup = /<script\b/.test(code) ? code : `${loader}\n${code}`;
      const win = await page(markup);
      let widgets: HTMLElement[];
      try {
        widgets = await rendered(win);
      } catch (error) {
        throw new Error(`recipe ${recipe.name}: ${(error as Error).message}; problems: ${win.__problemas.join(' | ')}`);
      }
      try {
        expectHealthy(win, widgets);
      } catch (error) {
        (error as Error).message = `recipe ${recipe.name}: ${(error as Error).message}`;
        throw error;
      }
    }
  });

  it('the JS recipe runs after recipe 1 and sets a filter that shows practices', async () => {
    const first = all.find((r) => r.lang === 'html')!;
    const js = all.find((r) => r.lang === 'js')!;
    const win = await page(`${localise(first.code)}\n<script type="module">\n${localise(js.code)}\n</script>`);
    const widgets = await rendered(win);
    const tabla = win.document.querySelector('anexo-tabla')!;
    // The module script runs after the elements; wait for the table to follow the filters it set.
    let count = 31;
    await waitUntil(
      () => {
        const m = /(\d+) de 31 prácticas/.exec(tabla.shadowRoot?.textContent ?? '');
        count = m ? Number(m[1]) : 31;
        return count < 31;
      },
      'the recipe filters the table',
      { timeout: 5000 },
    );
    expect(count).to.be.greaterThan(0);
    const filtros = (win.document.querySelector('practicas-filtros') as unknown as { filtros: Record<string, string> }).filtros;
    expect(Object.keys(filtros).length).to.be.greaterThan(0);
    expectHealthy(win, widgets);
  });
});
