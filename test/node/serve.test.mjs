// scripts/serve.mjs, the demo server: compression as the browser allows it, the same
// bytes whatever the encoding, the favicon, HEAD, the 403 rules and held-back paths.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding, startServer } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url);
let server, url, release;
const held = new Promise((resolve) => (release = resolve));

before(async () => {
  ({ server, url } = await startServer({ delays: { '/README.md': () => held } }));
});
after(() => {
  release();
  server.close();
});

/** A raw request (fetch would decompress): status, headers and the bytes as sent. */
function get(path, { method = 'GET', encoding } = {}) {
  return new Promise((resolve, reject) => {
    const headers = encoding === undefined ? {} : { 'Accept-Encoding': encoding };
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the demo page and the bundle: brotli, gzip or none, as asked, always the same bytes', async () => {
  const page = readFileSync(new URL('demo/index.html', root));
  const br = await get('/', { encoding: 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(br.body.length < page.length / 2, `compressed ${br.body.length} of ${page.length} bytes`);
  assert.deepEqual(brotliDecompressSync(br.body), page);

  const gz = await get('/demo/index.html', { encoding: 'gzip;q=1, br;q=0' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), page);

  const plain = await get('/demo/index.html');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  assert.deepEqual(plain.body, page);

  // Asked again: from the cache (quick or, once ready, best compression), the same page.
  const again = await get('/', { encoding: 'br' });
  assert.ok(again.body.length <= br.body.length);
  assert.deepEqual(brotliDecompressSync(again.body), page);
});

test('HEAD: the headers of a GET, no body', async () => {
  const head = await get('/demo/index.html', { method: 'HEAD', encoding: 'br' });
  const full = await get('/demo/index.html', { encoding: 'br' });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers['content-length'], full.headers['content-length']);
  assert.equal(head.headers['content-encoding'], 'br');
});

test('/favicon.ico answers with the demo icon; tiny and binary files are sent as they are', async () => {
  const icon = await get('/favicon.ico', { encoding: 'br' });
  assert.equal(icon.status, 200);
  assert.equal(icon.headers['content-type'], 'image/svg+xml');
  assert.deepEqual(icon.body, readFileSync(new URL('demo/favicon.svg', root)));
  const xlsx = await get('/data/practicas.xlsx', { encoding: 'br' });
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.headers['content-encoding'], undefined);
});

test('403 outside the project, for dot-files and node_modules; 404 for a missing file', async () => {
  assert.equal((await get('/.git/config')).status, 403);
  assert.equal((await get('/node_modules/lit/package.json')).status, 403);
  assert.equal((await get('/%2e%2e%2fetc%2fpasswd')).status, 403);
  assert.equal((await get('/no-existe.js')).status, 404);
});

test('a held-back path answers when its promise settles, and other paths do not wait for it', async () => {
  let answered = false;
  const readme = get('/README.md').then((r) => ((answered = true), r));
  const other = await get('/demo/favicon.svg');
  assert.equal(other.status, 200);
  assert.equal(answered, false, 'the held-back path has not answered yet');
  release();
  assert.equal((await readme).status, 200);
});

test('Accept-Encoding: brotli first, then gzip; q=0 refuses; * allows', () => {
  assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(negotiateEncoding('gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(negotiateEncoding('identity'), null);
  assert.equal(negotiateEncoding(''), null);
  assert.equal(negotiateEncoding(undefined), null);
  assert.equal(negotiateEncoding('*'), 'br');
  assert.equal(negotiateEncoding('*, br;q=0'), 'gzip');
});
