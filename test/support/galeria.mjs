// The portal gallery (test/galeria/*.html): pages built with real theme CSS,
// opened as a reader's browser would open them: a top-level page at a real
// viewport width, with the reader's colour preference emulated. A server command
// of the test runner, because only a top-level page has a real viewport; the
// test (test/galeria.test.ts) asserts on what it measures.
//
// Every view is saved as a screenshot under screenshots/galeria/ (git-ignored);
// Firefox's carry a -firefox suffix.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { emulateColorScheme, prepareTestPage } from '../../scripts/lib/navegador.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const screenshots = new URL('../../screenshots/galeria/', import.meta.url);

const TAGS = ['practica-card', 'practicas-lista', 'practicas-mapa', 'anexo-tabla', 'practicas-filtros'];

/** Runs in the page: every widget defined, rendered and settled. */
async function listo(tags) {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const deadline = performance.now() + 10_000;
  for (;;) {
    const hosts = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(hosts.map((h) => h.updateComplete));
    const cargando = hosts.some((h) => !h.shadowRoot || h.shadowRoot.querySelector('[aria-busy="true"], .cargando'));
    const tabla = document.querySelector('anexo-tabla');
    const contada = !tabla || tabla.shadowRoot?.querySelector('[part~="count"]');
    if (!cargando && contada) break;
    if (performance.now() > deadline) throw new Error('the widgets did not render within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/**
 * Runs in the page: what a reader would see go wrong. Each finding is a short
 * sentence naming the widget and the box, so a failure says where to look.
 */
function medir(tags) {
  const describir = (el) => {
    const host = el.getRootNode().host;
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const part = el.getAttribute?.('part') ? `[part=${el.getAttribute('part')}]` : '';
    return `${host ? `${host.localName} > ` : ''}${el.localName}${cls}${part}`;
  };
  const visible = (el) => {
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || cs.display === 'none' || Number(cs.opacity) === 0) return false;
    if (
      el.checkVisibility &&
      !el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })
    )
      return false;
    const r = el.getBoundingClientRect();
    // A visually hidden box (1 px, clipped) is for assistive technology only.
    return r.width > 1 && r.height > 1;
  };
  const enRecorte = (el, host) => {
    // Inside a scroll container or a clipping box of the same widget: the overflow is the container's business.
    for (
      let p = el.parentElement ?? el.getRootNode().host;
      p && p !== host;
      p = p.parentElement ?? (p.getRootNode() !== document ? p.getRootNode().host : null)
    ) {
      const cs = getComputedStyle(p);
      if (/(auto|scroll|hidden|clip)/.test(cs.overflowX + cs.overflowY) || cs.clipPath !== 'none' || cs.clip !== 'auto')
        return true;
    }
    return false;
  };
  const todos = (root) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  };
  const arriba = (el) => el.closest('dialog, [popover]') || (el.getRootNode().host && el.getRootNode().host.closest?.('dialog'));
  const hallazgos = { desbordes: [], solapes: [], letraPequena: [], tarjetasSolapadas: [] };

  const doc = document.documentElement;
  const scroll = { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, tema: doc.clientWidth, anchos: [] };
  if (doc.scrollWidth > doc.clientWidth) {
    // The theme's own width, with the widgets hidden: a theme can be wider than a narrow
    // viewport by itself (Bulma's columns in Firefox, whose classic scrollbar takes 12 px of
    // 320), and that is not the widgets' doing. They must not make the page any wider.
    const ocultar = document.createElement('style');
    ocultar.textContent = `${tags.join(',')} { display: none !important; }`;
    document.head.append(ocultar);
    scroll.tema = Math.max(doc.clientWidth, doc.scrollWidth);
    ocultar.remove();
    // Name the widest boxes past the right edge, light DOM and shadow DOM alike.
    const anchos = todos(document)
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > doc.clientWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5);
    scroll.anchos = anchos.map(({ el, right }) => `${describir(el)} reaches ${Math.round(right)} px`);
  }

  const hosts = [...document.querySelectorAll(tags.join(','))];
  for (const host of hosts) {
    const caja = host.getBoundingClientRect();
    const dentro = todos(host.shadowRoot).filter((el) => !arriba(el));
    // 1. Nothing visible sticks out of its host, unless a scroll or clip container holds it.
    for (const el of dentro) {
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement) && el.localName !== 'text') continue;
      if (el.getRootNode().host !== host) continue; // a nested widget is checked as a host of its own
      if (!visible(el) || enRecorte(el, host)) continue;
      if (getComputedStyle(el).position === 'fixed') continue;
      const r = el.getBoundingClientRect();
      const fuera = Math.max(caja.left - r.left, r.right - caja.right);
      if (fuera > 1) hallazgos.desbordes.push(`${describir(el)} sticks out of ${host.localName} by ${Math.round(fuera)} px`);
    }
    // 2. No two controls overlap.
    const controles = dentro.filter(
      (el) => el.matches('button, input, select, textarea, a[href], summary') && el.getRootNode().host === host && visible(el),
    );
    for (let i = 0; i < controles.length; i++) {
      for (let j = i + 1; j < controles.length; j++) {
        const [a, b] = [controles[i], controles[j]];
        if (a.contains(b) || b.contains(a)) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 1 && h > 1)
          hallazgos.solapes.push(`${describir(a)} overlaps ${describir(b)} by ${Math.round(w)}×${Math.round(h)} px`);
      }
    }
  }
  // 3. No two cards overlap (each card is a host; compare them across the page).
  const tarjetas = hosts.filter((h) => h.localName === 'practica-card');
  for (const host of hosts)
    for (const el of todos(host.shadowRoot))
      if (el.localName === 'practica-card' && !arriba(el) && visible(el)) tarjetas.push(el);
  for (let i = 0; i < tarjetas.length; i++) {
    for (let j = i + 1; j < tarjetas.length; j++) {
      const ra = tarjetas[i].getBoundingClientRect();
      const rb = tarjetas[j].getBoundingClientRect();
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 1 && h > 1)
        hallazgos.tarjetasSolapadas.push(
          `cards ${tarjetas[i].getAttribute('practica-id')} and ${tarjetas[j].getAttribute('practica-id')} overlap`,
        );
    }
  }
  // 4. No visible text under 12 px (SVG text at the size it is drawn).
  for (const host of hosts) {
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    const pendientes = [walker];
    const vistos = new Set();
    for (const el of todos(host.shadowRoot))
      if (el.shadowRoot) pendientes.push(document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT));
    for (const w of pendientes) {
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const el = n.parentElement;
        if (!el || vistos.has(el) || !n.textContent.trim() || arriba(el)) continue;
        vistos.add(el);
        if (!visible(el)) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        if (el instanceof SVGElement) px *= el.getScreenCTM()?.a ?? 1;
        if (px < 11.95)
          hallazgos.letraPequena.push(`${describir(el)} «${n.textContent.trim().slice(0, 30)}» is ${px.toFixed(1)} px`);
      }
    }
  }
  return { scroll, hallazgos, widgets: hosts.length };
}

export function galeriaPlugin() {
  return {
    name: 'practicas-galeria',
    async executeCommand({ command, payload, session }) {
      if (command !== 'galeria-vista') return undefined;
      const { pagina, ancho, esquema } = payload;
      const launcher = session.browser;
      const origen = new URL(launcher.getPage(session.id).url()).origin;
      const { context } = await launcher.getOrStartBrowser();
      const page = await prepareTestPage(await context.newPage());
      const errores = [];
      page.on('pageerror', (e) => errores.push(String(e.message ?? e)));
      page.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
      try {
        await page.setViewport({ width: ancho, height: 900 });
        const ruta = pagina === 'demo' ? '/demo/index.html' : `/test/galeria/${pagina}.html`;
        // The scheme is set from a web page (Firefox's way, see navegador.mjs; Chromium's works on
        // any): first a blank page of the same origin, then the portal, seen in the reader's scheme
        // from its first paint.
        await page.goto(`${origen}/test/galeria/vacia.html`, { waitUntil: 'load' });
        await emulateColorScheme(page, esquema === 'oscuro' ? 'dark' : 'light');
        await page.goto(`${origen}${ruta}`, { waitUntil: 'load' });
        await page.evaluate(listo, TAGS);
        const medida = await page.evaluate(medir, TAGS);
        await page.addScriptTag({ path: axePath });
        const violaciones = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        });
        await mkdir(screenshots, { recursive: true });
        const motor = launcher.name === 'Chrome' ? '' : `-${launcher.name.toLowerCase()}`;
        const archivo = `${pagina}-${ancho}-${esquema}${motor}.png`;
        await page.screenshot({ path: new URL(archivo, screenshots).pathname, fullPage: true });
        return { ...medida, axe: violaciones, errores };
      } finally {
        // Firefox's colour preference is browser-wide: give the next test the system's.
        await emulateColorScheme(page, null);
        await page.close();
      }
    },
  };
}
