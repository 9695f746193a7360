// The published manifest (custom-elements.json) against the shipped files and the source:
// every path it names is in dist/, it lists public API only, and every element lists every
// event it dispatches, every part its templates render and every --practicas-* custom property
// its styles read. Needs `npm run build` (which also runs the analyzer) to have run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const leer = (path) => readFileSync(new URL(path, root), 'utf8');
const existe = (path) => existsSync(new URL(path, root));

const faltan = ['dist/index.js', 'dist/react.d.ts', 'custom-elements.json'].filter((p) => !existe(p));
if (faltan.length) {
  throw new Error(`test/node/manifest.test.mjs needs the build: ${faltan.join(', ')} missing. Run \`npm run build\` first.`);
}

const manifest = JSON.parse(leer('custom-elements.json'));
const elementos = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, modulo: m.path })),
);

/** Every `path`/`module` string in the manifest, with where it was found. */
function referencias(node, donde = 'manifest', out = []) {
  if (Array.isArray(node)) node.forEach((n, i) => referencias(n, `${donde}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'path' || k === 'module') && typeof v === 'string') out.push({ ruta: v, donde: `${donde}.${k}` });
      else referencias(v, `${donde}.${k}`, out);
    }
  }
  return out;
}

/** The src file of an element, from its manifest module (dist/components/x/x.component.js). */
const fuenteDe = (el) => el.modulo.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

// Shared helpers an element may call: which parts each renders and which events each
// dispatches, through the helpers it calls in turn (renderConDatos → renderErrorCarga → `button`).
// A method counts only where the element constructs its class (`new FiltrosController(this)`),
// itself or through a mixin it applies (`ConFiltros(`), and calls it (`.cambiarPorUsuario(`).
const ayudantes = [];
const mixins = [];
for (const dir of ['src/components/shared/', 'src/controllers/']) {
  for (const f of readdirSync(new URL(dir, root))) {
    if (!f.endsWith('.ts')) continue;
    const texto = leer(dir + f);
    for (const m of texto.matchAll(/^export const (\w+) = <T extends .*\(Base: T\) => \{$[\s\S]*?^\};$/gm)) {
      mixins.push({ nombre: m[1], cuerpo: m[0] });
    }
    const bloques = [...texto.matchAll(/^export (?:async )?(function|class) (\w+)/gm)];
    bloques.forEach((b, i) => {
      const bloque = texto.slice(b.index, bloques[i + 1]?.index ?? texto.length);
      const piezas =
        b[1] === 'function'
          ? [{ uso: new RegExp(`\\b${b[2]}\\(`), cuerpo: bloque }]
          : [...bloque.matchAll(/^ {2}(?:async )?(\w+)\(.*\)(?::[^{]*)? \{$/gm)].map((m, j, ms) => ({
              clase: b[2],
              uso: new RegExp(`\\.${m[1]}\\(`),
              cuerpo: bloque.slice(m.index, ms[j + 1]?.index ?? bloque.length),
            }));
      for (const { clase, uso, cuerpo } of piezas) {
        ayudantes.push({
          nombre: `${f}:${clase ?? ''}.${uso.source}`,
          usa: (t) => uso.test(t) && (!clase || new RegExp(`new ${clase}\\b`).test(t)),
          partes: [...cuerpo.matchAll(/part="([^"]+)"/g)].flatMap((p) => p[1].split(/\s+/)),
          eventos: [...cuerpo.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((e) => e[1]),
          cuerpo,
        });
      }
    });
  }
}
/** An element's source with the bodies of the mixins it applies. */
const conMixins = (texto) =>
  [texto, ...mixins.filter((m) => new RegExp(`\\b${m.nombre}\\(`).test(texto)).map((m) => m.cuerpo)].join('\n');

function usos(texto, visto = new Set()) {
  const partes = new Set();
  const eventos = new Set();
  for (const a of ayudantes) {
    if (visto.has(a.nombre) || !a.usa(texto)) continue;
    visto.add(a.nombre);
    const dentro = usos(a.cuerpo, visto);
    for (const p of [...a.partes, ...dentro.partes]) partes.add(p);
    for (const e of [...a.eventos, ...dentro.eventos]) eventos.add(e);
  }
  return { partes, eventos };
}

/** `--practicas-*` read (`var(--practicas-…`) by the stylesheets in an element's `static styles`. */
function propiedadesLeidas(texto) {
  const lista = /static override styles = \[([^\]]+)\]/.exec(texto);
  assert.ok(lista, 'the element declares static styles');
  const leidas = new Set();
  for (const nombre of lista[1].split(',').map((s) => s.trim())) {
    const archivo = todosLosFuentes.find((f) => new RegExp(`export const ${nombre} = css`).test(leer(f)));
    assert.ok(archivo, `stylesheet ${nombre} found in src`);
    const hoja = leer(archivo);
    const inicio = hoja.indexOf(`export const ${nombre} = css`);
    const fin = hoja.indexOf('`;', inicio);
    for (const m of hoja.slice(inicio, fin).matchAll(/var\((--practicas-[a-z0-9-]+)/g)) leidas.add(m[1]);
  }
  return leidas;
}
const todosLosFuentes = readdirSync(new URL('src/', root), { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/${f}`);

test('the build produced a manifest with the five elements', () => {
  assert.deepEqual(elementos.map((e) => e.tagName).sort(), [
    'anexo-tabla',
    'practica-card',
    'practicas-filtros',
    'practicas-lista',
    'practicas-mapa',
  ]);
});

test('every path the manifest names is a file the npm build ships', () => {
  const refs = referencias(manifest.modules);
  assert.ok(refs.length > 40);
  for (const { ruta, donde } of refs) {
    assert.match(ruta, /^dist\/.+\.js$/, `${donde}: ${ruta} is not a dist/ ES module`);
    assert.ok(existe(ruta), `${donde}: ${ruta} does not exist after the build`);
  }
});

test('each element is defined by its registration module, which also exports its class', () => {
  for (const el of elementos) {
    const registro = manifest.modules.find((m) => m.path === `dist/components/${el.tagName}/${el.tagName}.js`);
    assert.ok(registro, `dist/components/${el.tagName}/${el.tagName}.js is in the manifest`);
    const def = registro.exports.find((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(def, {
      kind: 'custom-element-definition',
      name: el.tagName,
      declaration: { name: el.name, module: el.modulo },
    });
    assert.ok(
      registro.exports.some((e) => e.kind === 'js' && e.name === el.name),
      `${registro.path} exports ${el.name}`,
    );
    assert.match(leer(fuenteDe(el).replace('.component.ts', '.ts')), new RegExp(`customElements\\.define\\('${el.tagName}'`));
  }
});

test('no private or protected member, no #private or _internal one', () => {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      for (const m of d.members ?? []) {
        assert.equal(m.privacy, undefined, `${d.name}.${m.name} is ${m.privacy}`);
        assert.doesNotMatch(m.name, /^[#_]/, `${d.name}.${m.name} is internal`);
      }
    }
  }
});

test('public methods stay: the table lists csv() and filasActuales()', () => {
  const tabla = elementos.find((e) => e.tagName === 'anexo-tabla');
  const metodos = tabla.members.filter((m) => m.kind === 'method').map((m) => m.name);
  assert.ok(metodos.includes('csv') && metodos.includes('filasActuales'), metodos.join());
});

for (const el of elementos) {
  const texto = leer(fuenteDe(el));
  const compartido = usos(conMixins(texto));

  test(`<${el.tagName}> lists every event it dispatches`, () => {
    const propios = [...texto.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((m) => m[1]);
    const despachados = new Set([...propios, ...compartido.eventos]);
    const listados = new Set((el.events ?? []).map((e) => e.name));
    for (const nombre of despachados)
      assert.ok(listados.has(nombre), `<${el.tagName}> dispatches ${nombre} but the manifest does not list it`);
  });

  test(`<${el.tagName}> lists every part it renders`, () => {
    const propias = [...texto.matchAll(/part="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    assert.doesNotMatch(texto, /part=\$\{/, 'parts are static (the test reads them from the templates)');
    const renderizadas = new Set([...propias, ...compartido.partes]);
    assert.ok(renderizadas.has('button'), 'every element renders the retry button of a loading error');
    const listadas = new Set((el.cssParts ?? []).map((p) => p.name));
    for (const parte of renderizadas)
      assert.ok(listadas.has(parte), `<${el.tagName}> renders part="${parte}" but the manifest does not list it`);
  });

  test(`<${el.tagName}> lists every --practicas-* custom property its styles read`, () => {
    const leidas = propiedadesLeidas(texto);
    assert.ok(leidas.has('--practicas-color-acento') && leidas.has('--practicas-color-acento-texto'));
    const listadas = new Set((el.cssProperties ?? []).map((p) => p.name));
    for (const p of leidas) assert.ok(listadas.has(p), `<${el.tagName}> reads ${p} but the manifest does not list it`);
  });
}

test('the editor data lists every element, its attributes and the values of enumerated ones', () => {
  const vscode = JSON.parse(leer('vscode.html-custom-data.json'));
  const webTypes = JSON.parse(leer('web-types.json'));
  const jb = webTypes.contributions.html.elements;
  for (const el of elementos) {
    const tag = vscode.tags.find((t) => t.name === el.tagName);
    assert.ok(tag, `${el.tagName} in vscode.html-custom-data.json`);
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort());
    assert.deepEqual(
      tag.attributes.find((a) => a.name === 'esquema').values.map((v) => v.name),
      ['auto', 'claro', 'oscuro'],
    );
    const jel = jb.find((e) => e.name === el.tagName);
    assert.ok(jel, `${el.tagName} in web-types.json`);
    assert.equal(jel.attributes.find((a) => a.name === 'esquema').value.type, "'auto' | 'claro' | 'oscuro'");
    assert.deepEqual(jel.source, { module: `./dist/components/${el.tagName}/${el.tagName}.js`, symbol: el.name });
    assert.ok(existe(jel.source.module));
    assert.deepEqual(jel.events.map((e) => e.name).sort(), (el.events ?? []).map((e) => e.name).sort());
  }
  const card = vscode.tags.find((t) => t.name === 'practica-card');
  assert.deepEqual(
    card.attributes.find((a) => a.name === 'variante').values.map((v) => v.name),
    ['completa', 'compacta'],
  );
  const pkg = JSON.parse(leer('package.json'));
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('web-types.json') && pkg.files.includes('vscode.html-custom-data.json'));
});
