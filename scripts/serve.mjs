#!/usr/bin/env node
// Serves the project on http://127.0.0.1:8000/ (PORT and HOST override):
// "/" is the demo page, every other path a file of the project (dist/, data/…).
// No dependencies; read-only; nothing outside the project is served.
//
// Like any portal's server, it compresses text (brotli or gzip, as the browser's
// Accept-Encoding allows) and answers /favicon.ico, so that what Lighthouse and
// the benchmark see of the demo is what a reader of a real portal gets.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/** Worth compressing: text. Images other than SVG and spreadsheets (zip) are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.map', '.json', '.csv', '.css', '.svg', '.txt', '.md', '.ts']);
/** Below this, compressing costs more than it saves (a TCP packet holds ~1.4 KB). */
const MIN_COMPRESS_BYTES = 1024;
/** Browsers ask for /favicon.ico whatever the page links; the demo's SVG icon answers. */
const FAVICON = 'demo/favicon.svg';

/**
 * Compressed bytes per file, encoding and modification time: each file is compressed
 * once, and again only when it changes. A first request gets quick settings at once
 * (brotli 5, gzip 6: a few milliseconds), while the best ones (brotli 11, gzip 9: about
 * a second for the bundle on a busy machine) run in the background for the next
 * requests, up to 512 KB (Storybook's larger files keep the quick ones). Promises are
 * cached, so concurrent requests share the work.
 */
const BEST_UP_TO_BYTES = 512 * 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const encoders = {
  br: (bytes, best) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes, best) => gzipAsync(bytes, { level: best ? 9 : 6 }),
};

const compressed = new Map();
function compressedBytes(file, info, encoding, bytes) {
  const key = `${encoding}\0${file}`;
  const stamp = `${info.mtimeMs}:${info.size}`;
  const hit = compressed.get(key);
  if (hit?.stamp === stamp) return hit.bytes;
  const quick = encoders[encoding](bytes, false);
  compressed.set(key, { stamp, bytes: quick });
  quick.catch(() => compressed.delete(key));
  if (bytes.length <= BEST_UP_TO_BYTES) {
    encoders[encoding](bytes, true).then(
      (best) => {
        if (compressed.get(key)?.stamp === stamp) compressed.set(key, { stamp, bytes: Promise.resolve(best) });
      },
      () => {},
    );
  }
  return quick;
}

/** The encoding to use for an Accept-Encoding header: brotli, then gzip, unless refused with q=0. */
export function negotiateEncoding(header = '') {
  const accepted = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? (accepted.has('*') ? accepted.get('*') : 0)) > 0;
  return ['br', 'gzip'].find(ok) ?? null;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// `mounts` maps a URL prefix ("/vendor/leaflet/") to a directory served read-only
// under it; the benchmark uses it for its peers' files. `delays` maps a path
// ("/cdn/practicas.js") to milliseconds to wait before answering (a slow network),
// or to a function whose promise the answer waits for (a test decides when it arrives).
const handler =
  ({ mounts, delays }) =>
  async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    const relative =
      pathname === '/' ? 'demo/index.html' : decodeURIComponent(pathname.slice(mount?.length ?? 0)).replace(/^\/+/, '');
    const file = normalize(join(base, relative));
    const outside = !file.startsWith(base.endsWith(sep) ? base : base + sep);
    if (outside || relative.split('/').some((part) => part.startsWith('.') || (!mount && part === 'node_modules'))) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    const delay = delays[pathname];
    if (delay) await (typeof delay === 'function' ? delay(pathname) : wait(delay));
    try {
      const found = await stat(file).catch((error) => {
        // The project has no favicon.ico of its own: the demo's icon stands in.
        if (!mount && relative === 'favicon.ico' && error.code === 'ENOENT') return null;
        throw error;
      });
      const path = found ? file : join(root, FAVICON);
      const info = found ?? (await stat(path));
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const ext = extname(path);
      const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      let body = await readFile(path);
      if (compressible.has(ext) && body.length >= MIN_COMPRESS_BYTES) {
        headers.Vary = 'Accept-Encoding';
        const encoding = negotiateEncoding(req.headers['accept-encoding']);
        if (encoding) {
          body = await compressedBytes(path, info, encoding, body);
          headers['Content-Encoding'] = encoding;
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(missing ? `Not found: ${pathname}` : 'Server error');
    }
  };

/**
 * Starts the server; port 0 picks a free one. `mounts` adds directories under URL
 * prefixes; `delays` holds back the answer for some paths, in milliseconds
 * (`{ '/cdn/practicas.js': 1500 }`: the bundle on a slow network) or until a
 * function's promise settles (`{ '/cdn/practicas.js': () => gate }`). Resolves with
 * the server and its base URL.
 */
export function startServer({ port = 0, host = '127.0.0.1', mounts = {}, delays = {} } = {}) {
  const server = createServer(handler({ mounts, delays }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}

// Run directly (npm start): serve on PORT (8000) until stopped. DELAY="/cdn/practicas.js=1500"
// (comma-separated) holds back those paths, to see the page as a slow network shows it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const delays = Object.fromEntries(
    (process.env.DELAY ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]),
  );
  const { url } = await startServer({
    port: Number(process.env.PORT ?? 8000),
    host: process.env.HOST ?? '127.0.0.1',
    delays,
  });
  console.log(`practicas-widgets demo: ${url}/  (Ctrl+C to stop)`);
  if (!root.endsWith(sep)) console.log(`serving ${root}`);
}
