#!/usr/bin/env node
// Serves the project on http://127.0.0.1:8000/ (PORT and HOST override):
// "/" is the demo page, every other path a file of the project (dist/, data/…).
// No dependencies; read-only; nothing outside the project is served.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// `mounts` maps a URL prefix ("/vendor/leaflet/") to a directory served read-only
// under it; the benchmark uses it for its peers' files. None by default.
const handler = (mounts) => async (req, res) => {
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
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : await readFile(file));
  } catch (error) {
    const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
    res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(missing ? `Not found: ${pathname}` : 'Server error');
  }
};

/**
 * Starts the server; port 0 picks a free one. `mounts` adds directories under URL
 * prefixes. Resolves with the server and its base URL.
 */
export function startServer({ port = 0, host = '127.0.0.1', mounts = {} } = {}) {
  const server = createServer(handler(mounts));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}

// Run directly (npm start): serve on PORT (8000) until stopped.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8000), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`practicas-widgets demo: ${url}/  (Ctrl+C to stop)`);
  if (!root.endsWith(sep)) console.log(`serving ${root}`);
}
