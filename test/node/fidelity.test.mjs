// scripts/check-fidelity.mjs by mutation: schema-valid damaged copies of the dataset
// (each one passes the same validator as `npm run data`, so the schema did not catch
// them) must each make the check fail with a line naming the practice (or catalogue
// entry) and the field. The real dataset passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from '../../scripts/lib/import-ts.mjs';

const root = new URL('../../', import.meta.url);
const script = new URL('scripts/check-fidelity.mjs', root).pathname;
const seed = process.env.PRACTICAS_SEED ?? new URL('../shared/seeds/000_2b2abd419af02b0d.txt', root).pathname;
const real = JSON.parse(readFileSync(new URL('data/practicas.json', root), 'utf8'));
const { validateDataset } = await importTs('scripts/lib/data-entry.ts');
const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Runs the check on a dataset (the real one when `data` is undefined). */
function check(data, name = 'real') {
  const env = { ...process.env, PRACTICAS_SEED: seed };
  delete env.PRACTICAS_DATA;
  if (data !== undefined) {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(data, null, 2));
    env.PRACTICAS_DATA = file;
  }
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env });
  const problems = run.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[\w/-]+: /.test(l) && !l.startsWith('check-fidelity:'));
  return { status: run.status, problems, output: run.stdout + run.stderr };
}

const practica = (data, id) => {
  const p = data.practicas.find((x) => x.id === id);
  assert.ok(p, `the dataset has no practice ${id}`);
  return p;
};

const skip = existsSync(seed) ? false : `source text not found at ${seed}`;
const baseline = skip ? { problems: [] } : check(undefined);

test('the real dataset passes', { skip }, () => {
  assert.equal(baseline.status, 0, baseline.output);
});

test('a practice of another source is counted and skipped, not checked against this text', { skip }, () => {
  const copy = structuredClone(real);
  copy.fuentes.push({
    id: 'pcm-2020',
    titulo: 'Otra publicación',
    editor: 'Presidencia del Consejo de Ministros',
    fecha: '2020',
  });
  const otra = {
    ...structuredClone(copy.practicas[0]),
    id: 'otra-practica',
    fuente: 'pcm-2020',
    titulo: 'Una práctica de 2020',
    notas: [],
  };
  copy.practicas.push(otra);
  validateDataset(structuredClone(copy), 'otra-fuente.json');
  const result = check(copy, 'otra-fuente');
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /1 practice of other sources not checked/);
});

/**
 * Each mutant: a name, the damage done to a copy, and what the message must name
 * (the practice id or catalogue entry, then the field).
 */
const mutants = [
  [
    'last description paragraph dropped',
    (d) => practica(d, 'cusco-desnutricion-comunidades-campesinas').descripcion.pop(),
    'cusco-desnutricion-comunidades-campesinas',
    'descripcion',
  ],
  [
    'one list item dropped',
    (d) =>
      practica(d, 'cusco-genero-discapacidad-inversion-publica')
        .descripcion.find((b) => b.tipo === 'lista')
        .items.splice(1, 1),
    'cusco-genero-discapacidad-inversion-publica',
    'descripcion',
  ],
  [
    'one list item dropped with its sub-items',
    (d) =>
      practica(d, 'lambayeque-gestion-materiales-educativos')
        .descripcion.find((b) => b.tipo === 'lista')
        .items.splice(1, 1),
    'lambayeque-gestion-materiales-educativos',
    'descripcion',
  ],
  [
    'two paragraphs swapped',
    (d) => {
      const b = practica(d, 'sistema-transparencia-regional').descripcion;
      [b[0], b[1]] = [b[1], b[0]];
    },
    'sistema-transparencia-regional',
    'descripcion',
  ],
  [
    'two tools swapped',
    (d) => {
      const h = practica(d, 'ica-siembra-cosecha-agua').herramientas;
      [h[0], h[2]] = [h[2], h[0]];
    },
    'ica-siembra-cosecha-agua',
    'herramientas',
  ],
  [
    'one nested list item dropped',
    (d) => {
      const lista = practica(d, 'huanuco-primera-infancia-articulada').descripcion.find((b) => b.tipo === 'lista');
      lista.items.find((i) => (i.items ?? []).length > 1).items.pop();
    },
    'huanuco-primera-infancia-articulada',
    'descripcion',
  ],
  [
    'a paragraph printed in another section, that a parrafo-cortado nota joins here, dropped',
    (d) => practica(d, 'san-martin-cadenas-de-valor').descripcion.pop(),
    'san-martin-cadenas-de-valor',
    'descripcion',
  ],
  [
    'a paragraph turned into a list item',
    (d) => {
      const b = practica(d, 'apurimac-sigei').descripcion;
      b[1] = { tipo: 'lista', ordenada: false, items: [{ texto: b[1].texto }] };
    },
    'apurimac-sigei',
    'descripcion',
  ],
  [
    'a numbered list marked unordered',
    (d) =>
      (practica(d, 'cusco-genero-discapacidad-inversion-publica').descripcion.find((b) => b.tipo === 'lista').ordenada = false),
    'cusco-genero-discapacidad-inversion-publica',
    'descripcion',
  ],
  [
    'a sentence cut from the end of a paragraph',
    (d) => {
      const b = practica(d, 'apurimac-sigei').descripcion.at(-1);
      b.texto = b.texto.slice(0, b.texto.lastIndexOf('. ') + 1);
    },
    'apurimac-sigei',
    'descripcion',
  ],
  [
    'two practices swap objectives',
    (d) => {
      const [a, b] = [practica(d, 'arequipa-anemia-cero'), practica(d, 'cusco-desnutricion-comunidades-campesinas')];
      [a.objetivo, b.objetivo] = [b.objetivo, a.objetivo];
    },
    'arequipa-anemia-cero',
    'objetivo',
  ],
  [
    "one practice's area replaced by another's",
    (d) => (practica(d, 'sabaino-agente-comunitario-anemia').area = practica(d, 'arequipa-anemia-cero').area),
    'sabaino-agente-comunitario-anemia',
    'area',
  ],
  [
    'the printed level replaced',
    (d) => (practica(d, 'apurimac-sigei').nivelTexto = 'Regional – Provincial'),
    'apurimac-sigei',
    'nivelTexto',
  ],
  [
    "a level's id changed",
    (d) => (practica(d, 'arequipa-anemia-cero').niveles[0].nivel = 'provincial'),
    'arequipa-anemia-cero',
    'niveles',
  ],
  [
    'the printed region replaced',
    (d) => (practica(d, 'ica-soy-emprendedora').regionTexto = 'Ica, Ica'),
    'ica-soy-emprendedora',
    'regionTexto',
  ],
  ['a region code changed', (d) => (practica(d, 'arequipa-anemia-cero').regiones = ['05']), 'arequipa-anemia-cero', 'regiones'],
  [
    'a region code dropped from a practice of two regions',
    (d) => (practica(d, 'sistema-transparencia-regional').regiones = ['22']),
    'sistema-transparencia-regional',
    'regiones',
  ],
  [
    'all tools deleted',
    (d) => (practica(d, 'ica-siembra-cosecha-agua').herramientas = []),
    'ica-siembra-cosecha-agua',
    'herramientas',
  ],
  [
    "a tool replaced by another practice's",
    (d) => (practica(d, 'arequipa-anemia-cero').herramientas[1] = practica(d, 'ica-siembra-cosecha-agua').herramientas[0]),
    'arequipa-anemia-cero',
    'herramientas',
  ],
  [
    "a tool added from the section's header (the area)",
    (d) => {
      const p = practica(d, 'la-libertad-portal-decide');
      p.herramientas.push({ texto: p.area });
    },
    'la-libertad-portal-decide',
    'herramientas',
  ],
  [
    'a paragraph dropped behind a duda nota that quotes it',
    (d) => {
      const p = practica(d, 'apurimac-sigei');
      const dropped = p.descripcion.pop();
      p.notas.push({ campo: 'descripcion', tipo: 'duda', texto: 'Se omite un párrafo.', original: dropped.texto });
    },
    'apurimac-sigei',
    'descripcion',
  ],
  [
    "a paragraph of another practice's description added",
    (d) => practica(d, 'apurimac-sigei').descripcion.push(practica(d, 'sabaino-agente-comunitario-anemia').descripcion[0]),
    'apurimac-sigei',
    'descripcion',
  ],
  ["a topic's name changed", (d) => (d.temas.find((t) => t.id === 'salud').nombre = 'Salud pública'), 'temas/salud', 'nombre'],
  [
    "a criterion's definition changed",
    (d) =>
      (d.criterios.find((c) => c.id === 'articulacion').aristas[0].definicion = 'si promueve mecanismos de diálogo interno.'),
    'criterios/articulacion',
    'definicion',
  ],
  [
    'the citation: isbn changed',
    (d) => (d.fuentes.find((f) => f.id === 'fgd-2018').isbn = '978-612-47647-3-9'),
    'fuentes/fgd-2018',
    'isbn',
  ],
  [
    'the citation: an author dropped',
    (d) => d.fuentes.find((f) => f.id === 'fgd-2018').autores.pop(),
    'fuentes/fgd-2018',
    'autores',
  ],
  [
    'the citation: legal deposit shortened',
    (d) => (d.fuentes.find((f) => f.id === 'fgd-2018').depositoLegal = '2018-1926'),
    'fuentes/fgd-2018',
    'depositoLegal',
  ],
  [
    'an entidad invented',
    (d) => (practica(d, 'la-libertad-equipo-tecnico-planeamiento').niveles[0].entidad = 'Municipalidad Provincial de Trujillo'),
    'la-libertad-equipo-tecnico-planeamiento',
    'entidad',
  ],
  [
    "an errata nota's original changed",
    (d) => {
      const nota = practica(d, 'arequipa-anemia-cero').notas.find((n) => n.tipo === 'errata');
      nota.original = 'Instituto Nacional de Estadística e Informática';
    },
    'arequipa-anemia-cero',
    'errata',
  ],
  [
    'a titulo-distinto nota dropped',
    (d) => {
      const p = practica(d, 'huanuco-primera-infancia-articulada');
      p.notas = p.notas.filter((n) => n.tipo !== 'titulo-distinto');
    },
    'huanuco-primera-infancia-articulada',
    'tituloAnexo',
  ],
  [
    'a titulo-distinto nota where titles differ only in case',
    (d) =>
      practica(d, 'apurimac-monitoreo-avances-educativos').notas.push({
        campo: 'tituloAnexo',
        tipo: 'titulo-distinto',
        texto: 'El título de la sección dice «Monitoreo y Control», el Anexo 1 «Monitoreo y control».',
      }),
    'apurimac-monitoreo-avances-educativos',
    'tituloAnexo',
  ],
  [
    'a nota quoting with straight quotes',
    (d) => {
      const nota = practica(d, 'ica-ventanillas-unicas').notas[0];
      nota.texto = nota.texto.replace(/«([^»]*)»/, '"$1"');
    },
    'ica-ventanillas-unicas',
    'notas',
  ],
  ['an own page added to a 2018 practice', (d) => (practica(d, 'apurimac-sigei').pagina = 30), 'apurimac-sigei', 'pagina'],
  [
    'a criterion changed',
    (d) => (practica(d, 'arequipa-anemia-cero').criterio = 'innovacion'),
    'arequipa-anemia-cero',
    'criterio',
  ],
  ['a topic changed', (d) => (practica(d, 'arequipa-anemia-cero').tema = 'inclusion-social'), 'arequipa-anemia-cero', 'tema'],
  ['paginaSeccion changed', (d) => (practica(d, 'apurimac-sigei').paginaSeccion = 30), 'apurimac-sigei', 'paginaSeccion'],
];

for (const [name, damage, id, field] of mutants) {
  test(`mutant: ${name}`, { skip }, () => {
    const copy = structuredClone(real);
    damage(copy);
    assert.notDeepEqual(copy, real, 'the damage changed nothing');
    // The schema accepts it: what fails below is the fidelity check, not the validator.
    validateDataset(structuredClone(copy), `${name}.json`);
    const result = check(copy, name.replace(/\W+/g, '-'));
    assert.notEqual(result.status, 0, `the check passed:\n${result.output}`);
    const fresh = result.problems.filter((l) => !baseline.problems.includes(l));
    const named = fresh.filter((l) => l.startsWith(`${id}: `) && l.includes(field));
    assert.ok(named.length > 0, `no new problem names ${id} and ${field}; new problems:\n  ${fresh.join('\n  ')}`);
  });
}
