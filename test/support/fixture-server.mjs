// Test-only HTTP endpoints under /fixtures/, so that the loader meets real
// responses: statuses, HTML, broken JSON, a server that never answers.
import { readFileSync } from 'node:fs';

const dataset = () => readFileSync(new URL('../../data/practicas.json', import.meta.url), 'utf8');
const hits = new Map();

export async function fixtureServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/fixtures/')) return next();
  const route = url.pathname.slice('/fixtures/'.length);
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `fixture status ${status[1]}`;
  } else if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Portal</title><p>Página no encontrada</p>';
  } else if (route === 'broken-json') {
    ctx.type = 'application/json';
    ctx.body = '{"fuente": {"titulo": "Fortaleciendo"';
  } else if (route === 'silent') {
    // Never answers; the connection ends when the client gives up (or after 20 s).
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 20_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.status = 504;
    ctx.body = '';
  } else if (route.startsWith('dataset')) {
    // /fixtures/dataset/<key>?delay=ms : the real dataset, counted per key.
    const key = route.slice('dataset'.length) || '/';
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.type = 'application/json';
    ctx.body = dataset();
  } else if (route === 'csp') {
    // Every widget on a page with a strict Content-Security-Policy: no inline
    // script or style, no eval. A same-origin listener records violations.
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'",
    );
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="es-PE"><head><meta charset="utf-8">
      <script src="/test/fixtures/csp-listener.js"></script>
      <script type="module" src="/cdn/practicas.js"></script></head><body>
      <practicas-filtros grupo="csp"></practicas-filtros>
      <practicas-mapa grupo="csp" region="08"></practicas-mapa>
      <anexo-tabla grupo="csp"></anexo-tabla>
      <practicas-lista grupo="csp" limite="2"></practicas-lista>
      <practica-card practica-id="apurimac-sigei"></practica-card>
      </body></html>`;
  } else if (route.startsWith('flaky/')) {
    // /fixtures/flaky/<key>: a 500 the first time, the dataset after that, so a retry succeeds.
    // Counted under /fixtures/hits/flaky/<key>.
    const key = `/${route}`;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    if (n === 1) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'fixture: the first request fails';
    } else {
      ctx.type = 'application/json';
      ctx.body = dataset();
    }
  } else if (route.startsWith('hits/')) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(route.slice('hits'.length)) ?? 0);
  } else {
    ctx.status = 404;
  }
}
