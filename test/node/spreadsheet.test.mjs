// How the downloads open in a spreadsheet program, checked in LibreOffice Calc
// (headless): the table's .xlsx (as «Descargar Excel» makes it), data/practicas.xlsx
// and data/practicas.csv are converted by soffice, and the cells it read are read
// back from the .xlsx it writes (value and type of every cell). The CSV tests
// document what a CSV gives, honestly: the reason the .xlsx exists.
//
// Without soffice the LibreOffice tests are recorded as skipped (scripts/lib/skipped.mjs)
// and node:test reports them skipped; under CI=true a missing soffice fails.
// SOFFICE names another binary. Run with `node --test test/node/spreadsheet.test.mjs`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { clearSkipped, readSkipped, recordSkipped } from '../../scripts/lib/skipped.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHECK = 'spreadsheet-libreoffice';
const SOFFICE = process.env.SOFFICE || 'soffice';
const probe = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
const sinSoffice =
  probe.error || probe.status !== 0 ? `LibreOffice not found (${SOFFICE}); install libreoffice-calc-nogui` : null;
if (sinSoffice && !process.env.CI) recordSkipped(CHECK, sinSoffice);
if (!sinSoffice) clearSkipped(CHECK);

const { descargasDeTabla, bundledDataset, filasDelDataset, aXlsx, aXlsxPorPartes, partesXlsx, leerFilas } =
  await importTs('test/node/spreadsheet-entry.ts');

/** es-PE, as LibreOffice numbers languages (LCID 0x280A). */
const ES_PE = 10250;
const csvFiltro = (separador) => `Text - txt - csv (StarCalc):${separador},34,76,1,,${ES_PE},false,false`;

/** RFC 4180 text as rows of strings (the BOM is not part of the first cell), by the command line's own reader. */
const leerCsv = (texto) => leerFilas(texto.replace(/^\uFEFF/, ''), ',').filas.map((f) => f.celdas);

const entidades = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodificar = (xml) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : entidades[e],
  );
// OOXML writes characters XML cannot carry as _xHHHH_ (and a literal «_x» as _x005F_x).
const ooxml = (texto) => texto.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
const textos = (xml) =>
  ooxml([...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>|<t(?: [^>]*)?\/>/g)].map((m) => decodificar(m[1] ?? '')).join(''));
const indiceColumna = (letras) => [...letras].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1;

/**
 * The first sheet of an .xlsx as LibreOffice wrote it: rows of cells `{ v, numero }`
 * (`numero` for a number cell), a missing cell as null.
 */
function leerXlsx(bytes) {
  const partes = unzipSync(bytes);
  const xml = (ruta) => (partes[ruta] ? new TextDecoder().decode(partes[ruta]) : '');
  const compartidos = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textos(m[1]));
  const hoja = xml('xl/worksheets/sheet1.xml');
  const filas = [];
  for (const [, atributos, cuerpo] of hoja.matchAll(/<row([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/ r="(\d+)"/.exec(atributos)[1]) - 1;
    const fila = [];
    for (const [, attrs, contenido = ''] of (cuerpo ?? '').matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = indiceColumna(/ r="([A-Z]+)\d+"/.exec(attrs)[1]);
      const tipo = / t="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(contenido)?.[1];
      if (tipo === 'n' && v === undefined) continue;
      const valor =
        tipo === 's'
          ? compartidos[Number(v)]
          : tipo === 'inlineStr'
            ? textos(contenido)
            : tipo === 'n'
              ? v
              : decodificar(v ?? '');
      fila[col] = { v: valor, numero: tipo === 'n' };
    }
    filas[r] = fila;
  }
  return Array.from(filas, (f) => Array.from(f ?? [], (c) => c ?? null));
}

const valores = (filas) => filas.map((f) => f.map((c) => c?.v ?? ''));

describe('the .xlsx writer', () => {
  const hoja = {
    nombre: 'Prácticas',
    encabezados: ['id', 'página'],
    filas: [
      ['a', 29],
      ['b\r\nc', ''],
    ],
  };

  test('the same rows give the same bytes (data/practicas.xlsx changes only with its content)', () => {
    assert.deepEqual(aXlsx(hoja), aXlsx(structuredClone(hoja)));
    assert.notDeepEqual(
      aXlsx(hoja),
      aXlsx({
        ...hoja,
        filas: [
          ['a', 30],
          ['b\r\nc', ''],
        ],
      }),
    );
  });

  test('text cells in the text format, numbers as numbers, an empty string as no cell, a CR kept as _x000D_', () => {
    const xml = partesXlsx(hoja)['xl/worksheets/sheet1.xml'];
    assert.match(
      xml,
      /<c r="A2" s="1" t="inlineStr"><is><t xml:space="preserve">a<\/t><\/is><\/c><c r="B2" s="0"><v>29<\/v><\/c>/,
    );
    assert.match(xml, /<row r="3"><c r="A3" s="1" t="inlineStr"><is><t xml:space="preserve">b_x000D_\nc<\/t><\/is><\/c><\/row>/);
    assert.match(partesXlsx(hoja)['xl/styles.xml'], /<xf numFmtId="49" [^>]*applyNumberFormat="1"\/>/);
  });

  test('what a sheet cannot hold is refused with the row and column named, never cut', () => {
    const con = (filas) => () => aXlsx({ ...hoja, filas });
    assert.throws(con([['x'.repeat(32_768), 1]]), {
      name: 'RangeError',
      message: /^Row 2, column «id»: the text has 32768 characters/,
    });
    assert.throws(con([['a', Number.NaN]]), { name: 'RangeError', message: /^Row 2, column «página»: the number NaN/ });
    assert.throws(con([['a']]), {
      name: 'RangeError',
      message: /^Row 2 of sheet «Prácticas» has 1 cells; the sheet has 2 columns/,
    });
    assert.throws(() => aXlsx({ ...hoja, nombre: 'a/b' }), { name: 'RangeError', message: /«a\/b» cannot name a sheet/ });
  });

  // The writer compresses with a port of fflate's compressor made resumable (src/data/zip.ts):
  // its bytes must stay those of fflate's zipSync, which data/practicas.xlsx was written with.
  const fflate = (h) =>
    zipSync(Object.fromEntries(Object.entries(partesXlsx(h)).map(([ruta, xml]) => [ruta, strToU8(xml)])), {
      level: 9,
      mtime: new Date(1980, 0, 1),
    });

  test("data/practicas.xlsx byte for byte, in one go and in slices, and fflate's zipSync bytes", async () => {
    const [encabezados, ...filas] = filasDelDataset(bundledDataset());
    const datos = { nombre: 'Prácticas', encabezados, filas };
    const archivo = new Uint8Array(readFileSync(join(root, 'data/practicas.xlsx')));
    assert.deepEqual(aXlsx(datos), archivo);
    assert.deepEqual(await aXlsxPorPartes(datos), archivo);
    assert.deepEqual(fflate(datos), archivo);
  });

  test('a sheet of many blocks and long repeats: the same bytes in slices, in one go and from fflate', async () => {
    // 4,000 rows (about 1 MB of XML): many DEFLATE blocks, matches across the 32 KB window.
    const base = filasDelDataset(bundledDataset()).slice(1);
    const grande = {
      nombre: 'Grande',
      encabezados: filasDelDataset(bundledDataset())[0],
      filas: Array.from({ length: 4_000 }, (_, i) => base[i % base.length].map((c, j) => (j === 0 ? `${c}-${i}` : c))),
    };
    const bytes = aXlsx(grande);
    assert.deepEqual(await aXlsxPorPartes(grande, 0), bytes);
    assert.deepEqual(fflate(grande), bytes);
  });

  test("any rows: fflate's zipSync bytes, and the same in slices", async () => {
    const texto = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('', '_x0041_', 'a\r\nb', '<&>"', '\u0001'),
    );
    const celda = fc.oneof(texto, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 31 }).filter((n) => !/[[\]:*?/\\]/.test(n)),
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(texto, { minLength: n, maxLength: n }),
              fc.array(fc.array(celda, { minLength: n, maxLength: n }), { maxLength: 60 }),
            ),
          ),
        async (nombre, [encabezados, filas]) => {
          const h = { nombre, encabezados, filas };
          const bytes = aXlsx(h);
          assert.deepEqual(bytes, fflate(h));
          assert.deepEqual(await aXlsxPorPartes(h, 0), bytes);
        },
      ),
      { numRuns: 80 },
    );
  });

  test('in slices, what a sheet cannot hold is a rejection with the same words', async () => {
    await assert.rejects(aXlsxPorPartes({ ...hoja, filas: [['a', Number.POSITIVE_INFINITY]] }), {
      name: 'RangeError',
      message: /^Row 2, column «página»: the number Infinity/,
    });
    await assert.rejects(aXlsxPorPartes({ ...hoja, nombre: '' }), { name: 'RangeError', message: /cannot name a sheet/ });
  });
});

// Each test carries the skip (a skipped describe would count no test at all).
const lo = { skip: sinSoffice && !process.env.CI ? sinSoffice : false };

describe('the downloads in LibreOffice Calc', () => {
  let dir;
  const leido = {};
  const tabla = descargasDeTabla('es');
  const datos = bundledDataset();
  const esperado = filasDelDataset(datos);
  // Text that trips XML or the OOXML escapes, and a number, through the same writer.
  const especiales = [
    'a & b < c > d "e" \'f\'',
    'línea 1\nlínea 2\r\nlínea 3\ttab',
    'control \u0007 y _x0041_ literal',
    'ñandú, «03», 0042, 1e3, 2018-05, =1+1, -3',
  ];

  before(() => {
    if (lo.skip) return;
    assert.equal(sinSoffice, null, `${sinSoffice}: CI must have it (.ci/run installs it)`);
    dir = mkdtempSync(join(tmpdir(), 'practicas-hojas-'));
    const entrada = (nombre) => join(dir, nombre);
    writeFileSync(entrada('tabla.xlsx'), tabla.xlsx);
    copyFileSync(join(root, 'data/practicas.xlsx'), entrada('practicas.xlsx'));
    copyFileSync(join(root, 'data/practicas.csv'), entrada('practicas-csv.csv'));
    writeFileSync(
      entrada('especial.xlsx'),
      aXlsx({ nombre: 'Prueba', encabezados: ['texto', 'número'], filas: especiales.map((t, i) => [t, i + 0.5]) }),
    );
    // Its own profile, so that parallel runs and a desktop LibreOffice do not clash.
    const perfil = pathToFileURL(join(dir, 'perfil')).href;
    const convertir = (salida, archivos, opciones = []) => {
      const args = [
        `-env:UserInstallation=${perfil}`,
        '--headless',
        ...opciones,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, salida),
      ];
      const r = spawnSync(SOFFICE, [...args, ...archivos.map(entrada)], { encoding: 'utf8', timeout: 180_000 });
      for (const a of archivos) {
        const hecho = join(dir, salida, a.replace(/\.\w+$/, '.xlsx'));
        assert.ok(existsSync(hecho), `soffice did not convert ${a}: ${r.stdout}${r.stderr}${r.error ?? ''}`);
        leido[`${salida}/${a}`] = leerXlsx(readFileSync(hecho));
      }
    };
    // One call per way of opening: soffice takes seconds to start.
    convertir('doble-clic', ['tabla.xlsx', 'practicas.xlsx', 'especial.xlsx', 'practicas-csv.csv']);
    convertir('es-coma', ['practicas-csv.csv'], [`--infilter=${csvFiltro(44)}`]);
    convertir('es-punto-y-coma', ['practicas-csv.csv'], [`--infilter=${csvFiltro(59)}`]);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the table's .xlsx: the CSV's rows and columns, every cell as text, accents intact", lo, () => {
    const filas = leido['doble-clic/tabla.xlsx'];
    const csv = leerCsv(tabla.csv);
    assert.equal(filas.length, datos.practicas.length + 1);
    assert.deepEqual(
      filas[0].map((c) => c.v),
      [...tabla.encabezados],
    );
    assert.deepEqual(valores(filas), csv);
    assert.ok(filas.flat().every((c) => c === null || !c.numero));
    assert.ok(filas.some((f) => f.some((c) => c?.v.includes('Apurímac'))));
  });

  test('data/practicas.xlsx: every cell as in the CSV, region codes as text with their zero, pages as numbers', lo, () => {
    const filas = leido['doble-clic/practicas.xlsx'];
    assert.equal(filas.length, datos.practicas.length + 1);
    const ancho = esperado[0].length;
    assert.deepEqual(
      valores(filas).map((f) => [...f, ...Array(ancho - f.length).fill('')]),
      esperado.map((f) => f.map(String)),
    );
    const ubigeo = esperado[0].indexOf('regiones_ubigeo');
    const seccion = esperado[0].indexOf('pagina_seccion');
    for (const [i, p] of datos.practicas.entries()) {
      const fila = filas[i + 1];
      assert.deepEqual(fila[ubigeo], { v: p.regiones.join('; '), numero: false }, p.id);
      if (p.paginaSeccion !== undefined) assert.deepEqual(fila[seccion], { v: String(p.paginaSeccion), numero: true }, p.id);
    }
    const sabaino = filas.find((f) => f[0].v === 'sabaino-agente-comunitario-anemia');
    assert.equal(sabaino[ubigeo].v, '03');
  });

  test(
    'the writer: XML and OOXML escapes, line breaks, control characters and look-alike numbers come back as written',
    lo,
    () => {
      const filas = leido['doble-clic/especial.xlsx'];
      assert.deepEqual(
        filas.slice(1),
        especiales.map((t, i) => [
          // Calc keeps a cell's lines as paragraphs: a CR LF comes back as one LF (the data has LF only).
          { v: t.replace(/\r\n/g, '\n'), numero: false },
          { v: String(i + 0.5), numero: true },
        ]),
      );
    },
  );

  // What a CSV gives (the reason for the .xlsx): documented, not wished for.
  test('the CSV opened with no options: LibreOffice reads it as Latin-1 and «03» becomes the number 3', lo, () => {
    const filas = leido['doble-clic/practicas-csv.csv'];
    assert.equal(filas[0][0].v, 'ï»¿id');
    assert.ok(filas.some((f) => f.some((c) => c?.v.includes('Ã³'))));
    const sabaino = filas.find((f) => f[0].v === 'sabaino-agente-comunitario-anemia');
    assert.deepEqual(sabaino[esperado[0].indexOf('regiones_ubigeo')], { v: '3', numero: true });
  });

  test('the CSV opened as UTF-8, comma, Spanish (Peru): columns and accents right, but «03» becomes the number 3', lo, () => {
    const filas = leido['es-coma/practicas-csv.csv'];
    assert.deepEqual(
      filas[0].map((c) => c.v),
      esperado[0],
    );
    assert.equal(filas.length, datos.practicas.length + 1);
    const ubigeo = esperado[0].indexOf('regiones_ubigeo');
    const perdidos = datos.practicas.filter((p, i) => p.regiones.length === 1 && filas[i + 1][ubigeo].numero);
    assert.ok(perdidos.length > 0);
    for (const p of perdidos) assert.equal(filas[datos.practicas.indexOf(p) + 1][ubigeo].v, String(Number(p.regiones[0])), p.id);
  });

  test('the CSV opened with «;» as separator (the Spanish list separator): each header lands in one cell', lo, () => {
    const filas = leido['es-punto-y-coma/practicas-csv.csv'];
    assert.deepEqual(
      filas[0].map((c) => c.v),
      [esperado[0].join(',')],
    );
  });
});

const hijo = { skip: process.env.PRACTICAS_HOJAS_HIJO ? 'inside the child run' : false };

describe('a missing LibreOffice', () => {
  const correr = (env) => {
    const dir = mkdtempSync(join(tmpdir(), 'practicas-hojas-skip-'));
    const file = join(dir, 'skipped.json');
    try {
      const base = { ...process.env, PRACTICAS_SKIPPED_FILE: file, PRACTICAS_HOJAS_HIJO: '1', SOFFICE: join(dir, 'no-soffice') };
      delete base.CI;
      // Not as a subprocess of this runner: the child reports on its own stdout.
      delete base.NODE_TEST_CONTEXT;
      const r = spawnSync(process.execPath, ['--test', fileURLToPath(import.meta.url)], {
        cwd: root,
        env: { ...base, ...env },
        encoding: 'utf8',
      });
      return { ...r, record: readSkipped(file) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('outside CI: the LibreOffice tests are reported skipped and recorded, not passed', hijo, () => {
    const r = correr({});
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^# skipped [1-9]/m);
    assert.match(r.stdout, /^# fail 0$/m);
    assert.match(r.stdout, /^ {4}ok \d+ - the table's \.xlsx.* # SKIP LibreOffice not found/m);
    assert.match(r.record[CHECK] ?? '', /LibreOffice not found/);
  });

  test('under CI=true: a missing LibreOffice fails', hijo, () => {
    const r = correr({ CI: 'true' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /CI must have it/);
    assert.deepEqual(r.record, {});
  });
});
