// The maintainers' command line (package.json "bin"), run as a user runs it: the built
// dist/cli/practicas-widgets.js in a child Node process, on files in a temporary folder.
// `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './dist.mjs';

const CLI = join(root, 'dist', 'cli', 'practicas-widgets.js');
const DATOS = join(root, 'data', 'practicas.json');
const FIXTURES = join(root, 'test', 'fixtures', 'cli');
const json = readFileSync(DATOS, 'utf8');
const dataset = JSON.parse(json);

if (!existsSync(CLI)) throw new Error('dist/cli/practicas-widgets.js is missing: run `npm run build` first.');

/** Runs the command line; its exit status and what it printed. */
function cli(args, cwd = root) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  // Bad input is a sentence, never a stack trace.
  assert.doesNotMatch(r.stderr + r.stdout, /^\s+at .+:\d+:\d+\)?$/m, `a stack trace for ${args.join(' ')}`);
  return { status: r.status, out: r.stdout, err: r.stderr, lineas: (r.stdout + r.stderr).trim().split('\n') };
}

const carpeta = () => mkdtempSync(join(tmpdir(), 'practicas-cli-'));

test('exportar then importar gives back data/practicas.json byte for byte', () => {
  const dir = carpeta();
  try {
    const exportado = cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv')]);
    assert.equal(exportado.status, 0, exportado.err);
    assert.match(exportado.out, /^Escritas .*hoja\.csv \(31 prácticas\) y .*hoja\.fuentes\.csv \(1 fuente\)\.$/m);
    const importado = cli(['importar', join(dir, 'hoja.csv'), '-o', join(dir, 'datos.json')]);
    assert.equal(importado.status, 0, importado.err);
    assert.match(importado.out, /Datos válidos: 31 prácticas \(18 buenas prácticas, 13 en proceso\)\.$/m);
    assert.equal(readFileSync(join(dir, 'datos.json'), 'utf8'), json);

    // The comparison can fail: one edited cell gives other data.
    const hoja = readFileSync(join(dir, 'hoja.csv'), 'utf8');
    writeFileSync(join(dir, 'hoja.csv'), hoja.replace('Experiencia del trabajo', 'Experiencia del Trabajo'));
    assert.equal(cli(['importar', join(dir, 'hoja.csv'), '-o', join(dir, 'otra.json')]).status, 0);
    assert.notEqual(readFileSync(join(dir, 'otra.json'), 'utf8'), json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sheet is a spreadsheet’s: BOM, CRLF, Spanish headers, regions and topics by name, types in words', () => {
  const dir = carpeta();
  try {
    cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv')]);
    const hoja = readFileSync(join(dir, 'hoja.csv'), 'utf8');
    assert.ok(hoja.startsWith('\uFEFFIdentificador,Tipo,Tema,Título,Título en el Anexo 1,Regiones,'), hoja.slice(0, 80));
    assert.match(hoja, /,Fuente,Página,Página de la sección,Notas\r\n/);
    assert.ok(hoja.endsWith('\r\n'));
    // Every row break outside a cell is CRLF; line breaks inside cells are LF.
    assert.equal(hoja.split('\r\n').length - 1, 32);
    const apurimac = dataset.practicas.find((p) => p.regiones.includes('03'));
    assert.match(hoja, new RegExp(`^${apurimac.id},(Buena práctica|En proceso),`, 'm'));
    assert.match(hoja, /,Apurímac,/);
    assert.doesNotMatch(hoja, /,0\d,/, 'no region code to lose its zero');
    // A name with a comma is quoted (RFC 4180).
    assert.ok(hoja.includes(',"Fortalecimiento institucional: ética, gestión de finanzas públicas y modernización",'));
    const fuentes = readFileSync(join(dir, 'hoja.fuentes.csv'), 'utf8');
    assert.ok(fuentes.startsWith('\uFEFFIdentificador,Título,Subtítulo,Serie,Autores,Cuidado de edición,Editor,'));
    assert.match(fuentes, /\r\nfgd-2018,Fortaleciendo la Gestión Descentralizada,/);
    assert.match(fuentes, /,2018,12,/, 'the date as year and month, which no spreadsheet turns into a date');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a sheet saved by LibreOffice in a Spanish locale (";" separator, LF, no BOM, every text quoted) reads back the same', (t) => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) return t.skip('LibreOffice (soffice) is not installed');
  const dir = carpeta();
  try {
    cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv')]);
    const salida = join(dir, 'libreoffice');
    // Opened as a Spanish (Peru) user opens it, saved as CSV with ";".
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'perfil')}`,
        '--headless',
        '--infilter=CSV:44,34,76,1,,10250',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1,,10250,true,true',
        '--outdir',
        salida,
        join(dir, 'hoja.csv'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    copyFileSync(join(dir, 'hoja.fuentes.csv'), join(salida, 'hoja.fuentes.csv'));
    const guardada = readFileSync(join(salida, 'hoja.csv'), 'utf8');
    assert.ok(guardada.startsWith('"Identificador";"Tipo";'), guardada.slice(0, 40));
    assert.ok(!guardada.includes('\r\n'));
    const importado = cli(['importar', join(salida, 'hoja.csv'), '-o', join(dir, 'datos.json')]);
    assert.equal(importado.status, 0, importado.err);
    assert.equal(readFileSync(join(dir, 'datos.json'), 'utf8'), json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exportar --separador ";" reads back the same, the separator detected from the header', () => {
  const dir = carpeta();
  try {
    assert.equal(cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv'), '--separador', ';']).status, 0);
    assert.ok(readFileSync(join(dir, 'hoja.csv'), 'utf8').startsWith('\uFEFFIdentificador;Tipo;Tema;'));
    assert.equal(cli(['importar', join(dir, 'hoja.csv'), '-o', join(dir, 'datos.json')]).status, 0);
    assert.equal(readFileSync(join(dir, 'datos.json'), 'utf8'), json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('other ways programs save a sheet read back the same: tab-separated UTF-16 (Excel «Texto Unicode»), CR line ends', () => {
  const dir = carpeta();
  try {
    assert.equal(cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv'), '--separador', 'tab']).status, 0);
    const hoja = readFileSync(join(dir, 'hoja.csv'), 'utf8').slice(1);
    assert.ok(hoja.startsWith('Identificador\tTipo\tTema\t'));
    const variantes = {
      'utf16.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hoja, 'utf16le')]),
      'mac.csv': Buffer.from(hoja.replace(/\r\n|\n/g, '\r'), 'utf8'),
    };
    for (const [nombre, bytes] of Object.entries(variantes)) {
      writeFileSync(join(dir, nombre), bytes);
      copyFileSync(join(dir, 'hoja.fuentes.csv'), join(dir, nombre.replace('.csv', '.fuentes.csv')));
      const r = cli(['importar', join(dir, nombre), '-o', join(dir, `${nombre}.json`)]);
      assert.equal(r.status, 0, `${nombre}: ${r.err}`);
      assert.equal(readFileSync(join(dir, `${nombre}.json`), 'utf8'), json, nombre);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a maintainer adds a practice from a new source: a row typed in the sheet, a row in the sources sheet', () => {
  const dir = carpeta();
  try {
    cli(['exportar', DATOS, '-o', join(dir, 'hoja.csv')]);
    for (const [hoja, fila] of [
      ['hoja.csv', 'practica-nueva.csv'],
      ['hoja.fuentes.csv', 'fuente-nueva.csv'],
    ]) {
      writeFileSync(join(dir, hoja), readFileSync(join(dir, hoja), 'utf8') + readFileSync(join(FIXTURES, fila), 'utf8'));
    }
    const r = cli(['importar', join(dir, 'hoja.csv'), '-o', join(dir, 'datos.json')]);
    assert.equal(r.status, 0, r.err + r.out);
    assert.match(r.out, /Datos válidos: 32 prácticas \(18 buenas prácticas, 14 en proceso\)\.$/m);
    const datos = JSON.parse(readFileSync(join(dir, 'datos.json'), 'utf8'));
    // Nothing else changed.
    assert.deepEqual(datos.practicas.slice(0, 31), dataset.practicas);
    assert.deepEqual(datos.fuentes[0], dataset.fuentes[0]);
    assert.deepEqual(datos.fuentes[1], {
      id: 'angr-2025',
      titulo: 'Buenas prácticas de gestión regional 2025',
      autores: ['Ana Quispe Mamani', 'Luis Rojas Vega'],
      editor: 'Asamblea Nacional de Gobiernos Regionales',
      fecha: '2025-03',
      lugar: 'Lima',
      url: 'https://www.angr.org.pe/publicaciones',
    });
    const p = datos.practicas[31];
    assert.equal(p.id, 'cajamarca-agua-segura-escuelas');
    assert.equal(p.tipo, 'en-proceso');
    assert.equal(p.tema, 'salud');
    assert.equal(p.titulo, 'Agua segura en las escuelas rurales de Cajamarca y La Libertad');
    assert.equal(p.tituloAnexo, 'Agua segura en escuelas rurales');
    assert.deepEqual(p.regiones, ['06', '13']);
    assert.equal(p.regionTexto, 'Cajamarca y La Libertad');
    assert.deepEqual(p.niveles, [
      { nivel: 'regional', texto: 'Regional' },
      { nivel: 'provincial', texto: 'Provincial/Cajabamba', entidad: 'Municipalidad Provincial de Cajabamba' },
    ]);
    assert.equal(p.nivelTexto, 'Regional – Provincial');
    assert.equal(p.area, 'Gerencia Regional de Salud');
    assert.equal(p.objetivo, 'Reducir las enfermedades diarreicas agudas en escolares de zonas rurales.');
    assert.deepEqual(p.herramientas, [
      { texto: 'Ordenanza Regional n.° 005-2024-GRC' },
      { texto: 'Convenio con la Municipalidad Provincial de Cajabamba', region: '13', items: ['Adenda de 2025'] },
    ]);
    assert.deepEqual(p.descripcion, [
      {
        tipo: 'parrafo',
        texto: 'El programa instala sistemas de cloración en las escuelas rurales y forma a los docentes en su uso.',
      },
      { tipo: 'parrafo', texto: 'Sus componentes son:' },
      {
        tipo: 'lista',
        ordenada: true,
        items: [
          { texto: 'Instalación de cloradores:', items: ['En 120 escuelas de Cajamarca.', 'En 30 escuelas de La Libertad.'] },
          { texto: 'Capacitación de docentes.' },
        ],
      },
      { tipo: 'parrafo', texto: 'La cobertura llegó al 80 % de las escuelas previstas¹.' },
      { tipo: 'nota-al-pie', marca: '1', texto: 'Datos de la Dirección Regional de Salud.' },
    ]);
    assert.equal(p.criterio, 'articulacion');
    assert.equal(p.fuente, 'angr-2025');
    assert.equal(p.pagina, 14);
    assert.equal(p.paginaSeccion, 12);
    assert.deepEqual(p.notas, [
      {
        campo: 'tituloAnexo',
        tipo: 'titulo-distinto',
        texto: 'El Anexo 1 abrevia el título («en escuelas rurales» por «en las escuelas rurales de Cajamarca y La Libertad»).',
      },
    ]);
    // Fields in the dataset's order, as data/practicas.json has them.
    assert.deepEqual(Object.keys(p), [
      ...['id', 'tipo', 'tema', 'titulo', 'tituloAnexo', 'regiones', 'regionTexto', 'niveles', 'nivelTexto', 'area'],
      ...['objetivo', 'herramientas', 'descripcion', 'criterio', 'fuente', 'pagina', 'paginaSeccion', 'notas'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const ROTA = join(FIXTURES, 'rota.csv');

test('validar names the row, the practice and the column of each problem of a broken sheet, in Spanish', () => {
  const r = cli(['validar', ROTA]);
  assert.equal(r.status, 1);
  assert.deepEqual(r.lineas, [
    'Fila 2 (práctica «piura-ventanilla-unica»), columna «Regiones»: la región «Cuzco» no existe; ¿quiso decir «Cusco»?',
    'Fila 3 (práctica «piura-catastro»), columna «Título»: el texto está vacío',
    'Fila 4 (práctica «piura-ventanilla-unica»), columna «Identificador»: «piura-ventanilla-unica» está repetido; ya aparece en la fila 2',
    'Fila 5 (práctica «piura-presupuesto»), columna «Tipo»: el tipo «Buena» no existe; debe ser «Buena práctica» o «En proceso»',
    '4 problemas en 4 prácticas.',
  ]);
});

test('validar --lang en says the same in English', () => {
  const r = cli(['validar', ROTA, '--lang', 'en']);
  assert.equal(r.status, 1);
  assert.deepEqual(r.lineas, [
    'Row 2 (practice "piura-ventanilla-unica"), column "Regiones": there is no region "Cuzco"; did you mean "Cusco"?',
    'Row 3 (practice "piura-catastro"), column "Título": the text is empty',
    'Row 4 (practice "piura-ventanilla-unica"), column "Identificador": "piura-ventanilla-unica" is repeated; it already appears in row 2',
    'Row 5 (practice "piura-presupuesto"), column "Tipo": there is no type "Buena"; it must be "Buena práctica" or "En proceso"',
    '4 problems in 4 practices.',
  ]);
});

test('validar names the line inside a cell of several lines, and an unknown column with data', () => {
  const dir = carpeta();
  try {
    const hoja = readFileSync(ROTA, 'utf8')
      .replace('Notas\r\n', 'Notas,Comentarios\r\n')
      .replace(
        ',La municipalidad reunió sus trámites en una sola ventanilla.,Innovación,fgd-2018,,40,\r\npiura-catastro',
        ',"Intro:\n- uno\n  dos",Innovación,fgd-2018,,40,,revisar\r\npiura-catastro',
      );
    writeFileSync(join(dir, 'hoja.csv'), hoja);
    const r = cli(['validar', join(dir, 'hoja.csv')]);
    assert.equal(r.status, 1);
    assert.ok(
      r.lineas.includes(
        `${join(dir, 'hoja.csv')}: la columna «Comentarios» no es de esta hoja y tiene datos, que se perderían; bórrela o muévalos a la columna que corresponde`,
      ),
      r.out,
    );
    assert.ok(
      r.lineas.some((l) =>
        l.startsWith('Fila 2 (práctica «piura-ventanilla-unica»), columna «Descripción», línea 3: la línea empieza con espacios'),
      ),
      r.out,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('validar on JSON: the validator’s sentences, one line a problem, and a summary; the valid dataset passes', () => {
  const ok = cli(['validar', DATOS]);
  assert.equal(ok.status, 0);
  assert.equal(ok.out, 'Datos válidos: 31 prácticas (18 buenas prácticas, 13 en proceso).\n');
  const dir = carpeta();
  try {
    const roto = structuredClone(dataset);
    roto.practicas[9].regiones = ['99'];
    roto.practicas[2].titulo = '';
    writeFileSync(join(dir, 'datos.json'), JSON.stringify(roto));
    const r = cli(['validar', join(dir, 'datos.json')]);
    assert.equal(r.status, 1);
    assert.equal(r.lineas.length, 3, r.out);
    assert.match(r.lineas[0], /^La práctica 3 \(id «[a-z-]+»\), en «título»: el texto está vacío$/);
    assert.match(
      r.lineas[1],
      new RegExp(`^La práctica 10 \\(id «${roto.practicas[9].id}»\\), en «regiones» n\\.º 1: la región "99" no existe`),
    );
    assert.equal(r.lineas[2], '2 problemas en 2 prácticas.');
    // A comma forgotten while editing the JSON by hand.
    writeFileSync(join(dir, 'roto.json'), '{\n  "version": 2\n  "fuentes": []\n}');
    const malo = cli(['validar', join(dir, 'roto.json'), '--lang', 'en']);
    assert.equal(malo.status, 1);
    assert.match(malo.lineas[0], /roto\.json: is not valid JSON \(line 3, column 3\)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a sheet that is not UTF-8 is refused in words; nothing is written', () => {
  const dir = carpeta();
  try {
    writeFileSync(join(dir, 'hoja.csv'), Buffer.from(readFileSync(ROTA, 'utf8').slice(1), 'latin1'));
    const r = cli(['importar', join(dir, 'hoja.csv'), '-o', join(dir, 'datos.json')]);
    assert.equal(r.status, 1);
    assert.match(r.err, /hoja\.csv: el archivo no está en UTF-8.*«CSV UTF-8/);
    assert.match(r.err, /No se escribió .*datos\.json\./);
    assert.ok(!existsSync(join(dir, 'datos.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exportar refuses a value the sheet would not give back, naming the practice and the column', () => {
  const dir = carpeta();
  try {
    const raro = structuredClone(dataset);
    raro.practicas[0].descripcion[0].texto = '1. Empieza como una lista';
    writeFileSync(join(dir, 'datos.json'), JSON.stringify(raro));
    const r = cli(['exportar', join(dir, 'datos.json'), '-o', join(dir, 'hoja.csv')]);
    assert.equal(r.status, 1);
    assert.match(
      r.err,
      new RegExp(`^La práctica 1 \\(id «${raro.practicas[0].id}»\\), columna «Descripción»: este valor no cabe en la hoja`, 'm'),
    );
    assert.ok(!existsSync(join(dir, 'hoja.csv')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage: help, exit status 2 for a mistyped command, in either language', () => {
  const ayuda = cli(['--help']);
  assert.equal(ayuda.status, 0);
  assert.match(ayuda.out, /practicas-widgets validar <datos\.json \| hoja\.csv>/);
  assert.match(cli(['--help', '--lang', 'en']).out, /Checks a dataset \(JSON\) or a sheet \(CSV\)/);
  const casos = [
    [[], /^Falta el comando/],
    [['validr', DATOS], /^«validr» no es un comando/],
    [['exportar', DATOS], /^Falta el archivo que exportar escribe: indíquelo con -o <archivo>\./],
    [['validar', 'no-existe.csv'], /^No existe el archivo no-existe\.csv\./],
    [['validar', DATOS, '--rapido'], /^La opción «--rapido» no existe\./],
    [['exportar', DATOS, '-o', 'x.csv', '--separador', '|'], /^«\|» no es un separador/],
    [['validar', DATOS, 'otro.json'], /^Sobra «otro\.json»/],
  ];
  for (const [args, mensaje] of casos) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.err, mensaje, args.join(' '));
    assert.match(r.err, /Escriba «practicas-widgets --help» para ver cómo se usa\./);
  }
  const en = cli(['validar', 'missing.csv', '--lang', 'en']);
  assert.equal(en.status, 2);
  assert.match(en.err, /^The file missing\.csv does not exist\./);
});

test('runs through a link, as npm installs a bin; importing the module runs nothing', () => {
  const dir = carpeta();
  try {
    assert.equal(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['practicas-widgets'],
      'dist/cli/practicas-widgets.js',
    );
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
    symlinkSync(CLI, join(dir, 'practicas-widgets'));
    const r = spawnSync(process.execPath, [join(dir, 'practicas-widgets'), 'validar', DATOS], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const importado = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(CLI)}); console.log('ok')`],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(importado.stdout, 'ok\n', importado.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('installed from the packed package, `npx practicas-widgets` exports and imports, and the guide ships', (t) => {
  const dir = carpeta();
  try {
    const npm = (args, cwd) =>
      spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false' } });
    const pack = npm(['pack', '--pack-destination', dir, '--silent'], root);
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(dir, pack.stdout.trim().split('\n').at(-1));
    const portal = join(dir, 'portal');
    mkdirSync(portal);
    writeFileSync(join(portal, 'package.json'), '{ "name": "portal", "private": true }\n');
    const install = npm(['install', '--offline', '--no-audit', tarball], portal);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr))
      return t.skip('the dependencies are not in the npm cache (offline)');
    assert.equal(install.status, 0, install.stderr);
    assert.ok(existsSync(join(portal, 'node_modules', 'practicas-widgets', 'docs', 'mantenimiento.md')));
    const npx = (args) => spawnSync('npx', ['--no-install', 'practicas-widgets', ...args], { cwd: portal, encoding: 'utf8' });
    const exportado = npx(['exportar', 'node_modules/practicas-widgets/data/practicas.json', '-o', 'hoja.csv']);
    assert.equal(exportado.status, 0, exportado.stderr);
    const importado = npx(['importar', 'hoja.csv', '-o', 'practicas.json']);
    assert.equal(importado.status, 0, importado.stderr);
    assert.equal(readFileSync(join(portal, 'practicas.json'), 'utf8'), json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The tables of `valores` the guide does not carry verbatim. */
function tablasQueFaltan(guia, valores) {
  return valores
    .split(/^## /m)
    .filter(Boolean)
    .map((seccion) => seccion.slice(seccion.indexOf('\n')).trim())
    .filter((tabla) => !guia.includes(tabla));
}

test('the guide’s tables of allowed values are the ones the command line prints for the package’s data', () => {
  const valores = cli(['valores']);
  assert.equal(valores.status, 0);
  assert.match(valores.out, /\| Apurímac \| 03 \| PE-APU \|/);
  const guia = readFileSync(join(root, 'docs', 'mantenimiento.md'), 'utf8');
  assert.deepEqual(tablasQueFaltan(guia, valores.out), []);
  // A guide whose table drifted fails the check.
  assert.equal(tablasQueFaltan(guia.replace('| Apurímac | 03 |', '| Apurimac | 03 |'), valores.out).length, 1);
});
